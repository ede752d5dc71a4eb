"""Export → import round trips with demo data: same records, nothing doubled, nothing changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from liaison import demo
from liaison.exchange import layout
from liaison.exchange.export import export_workbook
from liaison.exchange.importer import run_import
from liaison.storage.db import open_database

TODAY = dt.date(2026, 11, 27)


def _sheet_rows(path: Path) -> dict[str, list[list[object]]]:
    wb = CalamineWorkbook.from_path(str(path))
    return {
        name: wb.get_sheet_by_name(name).to_python()
        for name in wb.sheet_names
        if name not in (layout.SUMMARY_SHEET, layout.MARKER_SHEET)
    }


def _by_id(rows: list[list[object]], drop: set[str] = frozenset()) -> dict[object, tuple]:
    header = rows[0]
    keep = [i for i, h in enumerate(header) if h not in drop]
    return {r[0]: tuple(r[i] for i in keep) for r in rows[1:]}


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory) -> tuple[Path, Path, dict[str, int]]:
    base = tmp_path_factory.mktemp("demo")
    db = open_database(base / "demo.db", officer="Tester")
    # seed 7: demo.generate(size=300, seed=2020) currently fails inside the demo generator
    # (duplicate interaction_person rows) — reported to the integrator.
    demo.generate(db, size=300, seed=7, today=TODAY)
    out = base / "demo.xlsx"
    report = export_workbook(db, out, today=TODAY)
    db.close()
    return base / "demo.db", out, report.rows


@pytest.mark.slow
def test_demo_export_opens_everywhere_and_is_complete(demo_export) -> None:
    _db, path, rows = demo_export
    assert all(n > 0 for n in rows.values()), rows
    wb = openpyxl.load_workbook(path, read_only=True)
    for spec in layout.DATA_SHEETS:
        assert wb[spec.title].max_row == rows[spec.title] + 1
    for name, sheet in _sheet_rows(path).items():
        assert len(sheet) == rows[name] + 1


@pytest.mark.slow
def test_export_imports_into_an_empty_database_as_the_same_records(
    demo_export, tmp_path: Path
) -> None:
    _db, path, rows = demo_export
    target = open_database(tmp_path / "leeg.db", officer="Collega")
    report = run_import(target, path)
    assert report.rejected == 0, [p.message for p in report.problems if p.severity == "error"]
    assert report.rows == report.imported == sum(rows.values())
    again = tmp_path / "weer.xlsx"
    export_workbook(target, again, today=TODAY)
    # The same records with the same ids and values (signals depend on the contact log,
    # which is the same, so they match too).
    first, second = _sheet_rows(path), _sheet_rows(again)
    for spec in layout.DATA_SHEETS:
        assert _by_id(second[spec.title]) == _by_id(first[spec.title]), spec.title
    # Importing it back changes nothing.
    assert run_import(target, path).unchanged == sum(rows.values())
    target.close()


@pytest.mark.slow
def test_importing_an_export_into_its_source_changes_nothing(demo_export, tmp_path: Path) -> None:
    db_path, path, rows = demo_export
    copy = tmp_path / "bron.db"
    copy.write_bytes(db_path.read_bytes())
    db = open_database(copy, officer="Tester")
    report = run_import(db, path)
    assert report.unchanged == report.rows == sum(rows.values())
    assert report.imported == 0 and report.rejected == 0 and report.batch_uuid is None
    db.close()


@pytest.mark.slow
def test_privacy_safe_demo_export_holds_no_personal_detail(demo_export, tmp_path: Path) -> None:
    from sqlalchemy import select

    from liaison.storage.models import Person

    db_path, _path, rows = demo_export
    db = open_database(db_path, officer="Tester")
    with db.session_scope(write=False) as s:
        people = s.execute(
            select(Person.given_name, Person.infix, Person.family_name, Person.email, Person.phone)
        ).all()
    secrets = set()
    for given, infix, family, email, phone in people:
        secrets.add(" ".join(p for p in (given, infix, family) if p))
        secrets.update(v for v in (email, phone) if v)
    assert len(secrets) > 300
    out = tmp_path / "veilig.xlsx"
    report = export_workbook(db, out, privacy_safe=True, today=TODAY)
    db.close()
    assert report.rows == rows
    text = "\n".join(
        str(v)
        for sheet in _sheet_rows(out).values()
        for row in sheet
        for v in row
        if v not in (None, "")
    )
    leaks = sorted(s for s in secrets if s in text)
    assert leaks == []


def test_two_roles_of_one_person_at_one_organisation_survive_the_round_trip(
    tmp_path: Path,
) -> None:
    from liaison.services import records
    from liaison.storage.models import Affiliation, Organisation, Person

    source = open_database(tmp_path / "bron.db", officer="Tester")
    with source.session_scope() as s:
        org = records.create(s, Organisation, name="Buurthuis De Mussen", kind="welfare")
        person = records.create(s, Person, given_name="Ria", family_name="Peters")
        records.create(s, Affiliation, person=person, organisation=org, role="volunteer",
                       start=dt.date(2020, 1, 1), end=dt.date(2022, 1, 1))  # fmt: skip
        records.create(s, Affiliation, person=person, organisation=org, role="board",
                       start=dt.date(2022, 1, 1))  # fmt: skip
    out = tmp_path / "rollen.xlsx"
    export_workbook(source, out, today=TODAY)
    target = open_database(tmp_path / "doel.db", officer="Collega")
    report = run_import(target, out)
    assert report.imported == report.rows == 4
    again = tmp_path / "weer.xlsx"
    export_workbook(target, again, today=TODAY)
    assert _by_id(_sheet_rows(again)["Rollen"]) == _by_id(_sheet_rows(out)["Rollen"])
