"""Importing a real .xlsx into PostgreSQL: the importer's portable write path, undo, re-import.

PostgreSQL gets the importer's portable path (Core inserts, ids read back by uuid);
SQLite its bulk writer. The same workbook must give the same report and the same
rows on both, an undo must leave both as they were, a second import of the same
sheet must change nothing, and the export and calendar must say the same.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from pg_cluster import pg_cluster, pg_url, waiting_for_a_lock  # noqa: F401
from sqlalchemy import func, select

from liaison import demo
from liaison.exchange.calendar import export_calendar
from liaison.exchange.export import export_workbook
from liaison.exchange.importer import run_import
from liaison.exchange.undo import list_batches, undo_import
from liaison.storage.db import Database, open_database
from liaison.storage.models import Base, Organisation, Person

HEADERS = ["Initiatief", "Wijk", "Labels", "Contactpersoon", "E-mailadres", "Tel.", "Verstrekt door",
           "Soort steun", "Bedrag (€)", "Startdatum", "Einddatum", "Besluit verlenging voor"]  # fmt: skip
#: Columns whose values differ between two databases by nature (fresh uuids, the clock).
VOLATILE = {"uuid", "record_uuid", "at", "created_at", "updated_at", "imported_at", "undone_at",
            "file_sha256", "summary", "deleted_at"}  # fmt: skip
TABLES = ("neighbourhood", "tag", "organisation", "organisation_tag", "person", "affiliation",
          "commitment", "audit_entry", "import_batch")  # fmt: skip
TODAY = dt.date(2026, 5, 1)


def sheet(path: Path, changed: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Overzicht 2026"
    ws.append(HEADERS)
    for i in range(24):
        ws.append([
            f"Buurthuis {['Bloemhof', 'Hillesluis', 'Feijenoord', 'Afrikaanderwijk'][i % 4]} {i % 12}",
            ["Bloemhof", "Hillesluis", "Feijenoord", "Afrikaanderwijk"][i % 4],
            "ouderen, voedsel" if i % 3 else None,
            ["Ayşe Yılmaz", "Gerrit van den Berg", "Fatima el Amrani", "Jan de Vries", "Kees Bakker",
             "Priya Ramdin"][i % 6],
            f"contact{i % 6}@buurt.nl",
            "06-87654321" if changed and i % 6 == 3 else f"06-1234 56{i % 6:02d}",
            ["Oranje Fonds", "Gemeente Rotterdam", "Woonstad Rotterdam"][i % 3],
            ["Financieel", "In natura", "Ruimte"][i % 3],
            f"€ {1000 + 25 * i},50",
            f"{1 + i % 28}-1-2026",
            "31-12-2026",
            dt.datetime(2026, 6, 1 + i % 28) if i % 2 else None,
        ])  # fmt: skip
    ws.append(["Totaal", None, None, None, None, None, None, None, "=SUM(I2:I25)"])
    wb.save(path)
    return path


def dump(db: Database) -> dict[str, list[tuple]]:
    out = {}
    with db.session_scope(write=False) as s:
        for table in TABLES:
            t = Base.metadata.tables[table]  # typed columns: dates are dates on both
            result = s.execute(select(t).order_by(*(t.primary_key.columns or t.c)))
            keep = [i for i, c in enumerate(result.keys()) if c not in VOLATILE]
            out[table] = [tuple(row[i] for i in keep) for row in result]
    return out


def workbook_values(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's cells, uuids and the export's clock left out."""
    book = openpyxl.load_workbook(path, read_only=True)
    uuid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    out = {}
    for ws in book.worksheets:
        out[ws.title] = [
            tuple(uuid.sub("<uuid>", v) if isinstance(v, str) else v for v in row)
            for row in ws.iter_rows(values_only=True)
        ]
    book.close()
    out.pop("Liaison", None)  # the marker sheet: export time and database
    return out


@pytest.fixture
def pair(pg_url: str, tmp_path: Path):  # noqa: F811
    dbs = {
        "sqlite": open_database(tmp_path / "lite.db", officer="Fatima"),
        "postgresql": open_database(pg_url, officer="Fatima"),
    }
    yield dbs
    for db in dbs.values():
        db.close()


def test_import_undo_reimport_export_and_calendar_agree_with_sqlite(
    pair: dict[str, Database], tmp_path: Path
) -> None:
    first, second = sheet(tmp_path / "mei.xlsx"), sheet(tmp_path / "juni.xlsx", changed=True)
    seen: dict[str, dict] = {}
    for name, db in pair.items():
        got = seen[name] = {}
        reports = [run_import(db, first).to_json(), run_import(db, first).to_json()]
        got["dump after import"] = dump(db)
        reports.append(run_import(db, second).to_json())
        for report in reports:
            report.pop("batch")
        got["reports"] = reports
        got["dump after update"] = dump(db)
        with db.session_scope(write=False) as s:
            batches = list_batches(s)
        got["undo"] = undo_import(db, batches[0].uuid).to_json()
        assert got["undo"].pop("batch") == batches[0].uuid
        got["dump after undo"] = dump(db)
        export_workbook(db, tmp_path / f"{name}.xlsx", today=TODAY)
        got["export"] = workbook_values(tmp_path / f"{name}.xlsx")
        export_workbook(db, tmp_path / f"{name}-safe.xlsx", privacy_safe=True, today=TODAY)
        got["privacy-safe export"] = workbook_values(tmp_path / f"{name}-safe.xlsx")
        export_calendar(db, tmp_path / f"{name}.ics", today=TODAY)
        ics = (tmp_path / f"{name}.ics").read_text(encoding="utf-8")
        got["calendar"] = [
            line
            for line in ics.splitlines()
            if not line.startswith(("UID:", "DTSTAMP:", "LAST-MODIFIED:"))
        ]
        # an export of the database imported into it changes nothing
        again = run_import(db, tmp_path / f"{name}.xlsx").to_json()
        got["export re-imported"] = (again["imported"], again["rejected"], again["created"])
    lite, pg = seen["sqlite"], seen["postgresql"]
    first_report = pg["reports"][0]
    assert (first_report["rejected"], first_report["created"]["commitment"]) == (0, 24)
    assert pg["reports"][1]["imported"] == 0  # the same sheet again: nothing changes
    assert pg["reports"][2]["updated"] == {"person": 1}
    changed = "+31 6 87654321"
    assert changed in str(pg["dump after update"]["person"])
    assert changed not in str(pg["dump after undo"]["person"])  # the undo put it back
    assert pg["export re-imported"] == (0, 0, {})
    assert "BEGIN:VEVENT" in pg["calendar"]
    for key in lite:
        assert pg[key] == lite[key], key


def test_a_name_longer_than_its_column_is_left_out_not_a_crash(
    pair: dict[str, Database], tmp_path: Path
) -> None:
    """PostgreSQL refuses a value longer than its VARCHAR column (SQLite stores it): the
    importer's length check must know every column it fills, not just 200 for names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Wijk", "Labels", "Voornaam", "Achternaam", "Contactpersoon"])
    ws.append(["Buurthuis Bloemhof", "W" * 150, "ouderen, " + "l" * 90, "Ayşe", "Y" * 130, None])
    ws.append(["Buurthuis Hillesluis", "Hillesluis", None, None, None, "Jan " + "v" * 150])
    ws.append(["Buurthuis Feijenoord", "Feijenoord", None, "Fatima", "el Amrani", None])
    path = tmp_path / "lang.xlsx"
    wb.save(path)
    reports = {}
    for name, db in pair.items():
        report = run_import(db, path).to_json()
        report.pop("batch")
        reports[name] = report
        with db.session_scope(write=False) as s:
            people = sorted(p.family_name for p in s.query(Person))
        reports[name]["people"] = people
    assert reports["postgresql"] == reports["sqlite"]
    report = reports["postgresql"]
    assert report["created"]["organisation"] == 3 and report["rejected"] == 0
    warnings = {(p["row"], p["message"]) for p in report["problems"]}
    assert (2, "The value is longer than 120 characters and was left out.") in warnings
    assert (2, "The value is longer than 80 characters and was left out.") in warnings
    assert (3, "The value is longer than 120 characters and was left out.") in warnings


def test_a_nul_character_in_a_cell_is_dropped_not_a_crash(
    pair: dict[str, Database], tmp_path: Path
) -> None:
    """Excel writes a NUL character as '_x0000_' (some systems' exports hold them) and
    shows nothing; PostgreSQL refuses text with a NUL, so the whole import failed."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Wijk", "Labels", "Contactpersoon"])
    ws.append(["Buurthuis_x0000_ Bloemhof", "Bloemhof", "ouderen_x0000_", "Ayşe_x0000_ Yılmaz"])
    path = tmp_path / "nul.xlsx"
    wb.save(path)
    for db in pair.values():
        first = run_import(db, path).to_json()
        assert (first["imported"], first["rejected"]) == (1, 0)
        assert run_import(db, path).to_json()["imported"] == 0  # the same again: unchanged
        with db.session_scope(write=False) as s:
            org = s.scalars(select(Organisation)).one()
            person = s.scalars(select(Person)).one()
            assert (org.name, [t.name for t in org.tags]) == ("Buurthuis Bloemhof", ["ouderen"])
            assert (person.given_name, person.family_name) == ("Ayşe", "Yılmaz")


def test_two_colleagues_importing_the_same_sheet_at_once_create_nothing_twice(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The importer matches the sheet against the database, then writes. On SQLite its
    write transaction (BEGIN IMMEDIATE) keeps a second importer out until the first has
    committed; on PostgreSQL both matched the same empty database and every initiative,
    person and support line was created twice."""
    path = sheet(tmp_path / "mei.xlsx")
    fatima = open_database(pg_url, officer="Fatima")
    jan = open_database(pg_url, officer="Jan")
    matching, go = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def paused(done: int, total: int, message: str) -> None:
        if message.startswith("Writing") and not matching.is_set():
            matching.set()  # Fatima's import has matched, not yet written: let Jan start
            go.wait(20)

    def run(name: str, db: Database, progress: object) -> None:
        try:
            outcome[name] = run_import(db, path, progress=progress).to_json()
        except Exception as exc:  # handed to the test
            outcome[name] = exc

    first = threading.Thread(target=run, args=("fatima", fatima, paused))
    try:
        first.start()
        assert matching.wait(20)
        second = threading.Thread(target=run, args=("jan", jan, None))
        second.start()
        deadline = time.monotonic() + 20
        while second.is_alive() and not waiting_for_a_lock(jan):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        go.set()
        first.join(30)
        second.join(30)
        created = [outcome[n]["created"].get("organisation", 0) for n in ("fatima", "jan")]
        with jan.session_scope(write=False) as s:
            organisations = s.scalar(select(func.count()).select_from(Organisation))
        assert (sorted(created), organisations) == ([0, 15], 15)
    finally:
        go.set()
        fatima.close()
        jan.close()


def test_a_team_moves_its_laptop_database_to_the_server_through_an_export(
    pair: dict[str, Database], tmp_path: Path
) -> None:
    """Export the SQLite database, import the workbook into an empty server database:
    everything arrives (same uuids), a second import changes nothing, and the server's
    own export is the same workbook."""
    lite, pg = pair["sqlite"], pair["postgresql"]
    demo.generate(lite, size=60, seed=11, today=TODAY)
    export_workbook(lite, tmp_path / "laptop.xlsx", today=TODAY)
    moved = run_import(pg, tmp_path / "laptop.xlsx").to_json()
    assert (moved["rejected"], moved["problems"]) == (0, [])
    assert moved["created"]["interaction"] > 100
    assert run_import(pg, tmp_path / "laptop.xlsx").to_json()["imported"] == 0
    export_workbook(pg, tmp_path / "server.xlsx", today=TODAY)
    laptop, server = (
        workbook_values(tmp_path / "laptop.xlsx"),
        workbook_values(tmp_path / "server.xlsx"),
    )
    assert [name for name in laptop if laptop[name] != server[name]] == []
