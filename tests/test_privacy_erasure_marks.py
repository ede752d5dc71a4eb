"""A forgotten resident stays forgotten when a colleague's older sheet lists them again.

Before the erasure marks, a sheet without Liaison's ids (a colleague's own list,
made before the forget) matched nobody and created the person anew, name,
e-mail and phone included: the AVG request undone by one import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
from sqlalchemy import select

from liaison.exchange.importer import run_import
from liaison.services import records
from liaison.storage.db import Database, open_database
from liaison.storage.models import Affiliation, Commitment, Organisation, Person
from liaison.trust.backup import backup_now, restore
from liaison.trust.privacy import forget_person

HEADERS = ["Initiatief", "Contactpersoon", "E-mailadres", "Tel.", "Verstrekt door", "Soort steun"]


def _resident(db: Database, organisation: str = "Buurtkeuken Zuid") -> int:
    with db.session_scope() as s:
        org = records.create(s, Organisation, name=organisation, kind="initiative")
        fatima = records.create(
            s,
            Person,
            given_name="Fatima",
            family_name="Boukhari",
            email="Fatima.Boukhari@buurtkeuken.nl",
            phone="+31 6 12345678",
        )
        records.create(s, Affiliation, person=fatima, organisation=org, role="initiator")
        return fatima.id


def _sheet(path: Path, rows: list[list[str | None]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _live_people(db: Database, family: str) -> list[tuple[str, str | None, str | None]]:
    with db.session_scope(write=False) as s:
        rows = s.execute(
            select(Person.given_name, Person.email, Person.phone).where(
                Person.family_name == family, Person.forgotten_at.is_(None)
            )
        )
        return sorted(tuple(r) for r in rows)


def test_a_colleagues_sheet_does_not_bring_a_forgotten_resident_back(
    db: Database, tmp_path: Path
) -> None:
    forget_person(db, _resident(db))
    sheet = _sheet(
        tmp_path / "collega.xlsx",
        [
            # by e-mail (other case and spacing), at another initiative
            ["Samen Sterk", "Fatima Boukhari", " fatima.boukhari@BUURTKEUKEN.nl", None,
             "Oranje Fonds", "Financieel"],
            # by phone, in another notation, without a name the database could know
            ["Samen Sterk", "F. Boukhari", None, "06-12 34 56 78", None, None],
            # by name at the initiative she was linked to
            ["Buurtkeuken Zuid", "Fatima Boukhari", None, None, "Kansfonds", "In natura"],
            # the same name elsewhere, nothing else: somebody else, and welcome
            ["Wijkcentrum Noord", "Fatima Boukhari", None, None, None, None],
            ["Wijkcentrum Noord", "Said Boukhari", "said@noord.nl", None, None, None],
        ],
    )  # fmt: skip
    report = run_import(db, sheet)
    assert report.rows == 5 and report.rejected == 0
    forgotten = [p for p in report.problems if "forgotten at their request" in p.message]
    assert [p.row for p in forgotten] == [2, 3, 4]  # sheet rows (the header is row 1)
    assert all(p.severity == "warning" for p in forgotten)
    assert _live_people(db, "Boukhari") == [("Fatima", None, None), ("Said", "said@noord.nl", None)]
    with db.session_scope(write=False) as s:
        # the rest of each row came in: the initiatives and the support
        names = set(s.scalars(select(Organisation.name)))
        assert {"Samen Sterk", "Wijkcentrum Noord", "Oranje Fonds", "Kansfonds"} <= names
        assert s.scalar(select(Commitment.id).where(Commitment.kind == "in_kind")) is not None
        # nobody hangs on Samen Sterk: the forgotten person was not linked back in either
        samen = s.scalar(select(Organisation.id).where(Organisation.name == "Samen Sterk"))
        assert s.scalar(select(Affiliation.id).where(Affiliation.organisation_id == samen)) is None


def test_someone_who_agreed_again_and_was_added_by_hand_is_matched_as_ever(
    db: Database, tmp_path: Path
) -> None:
    forget_person(db, _resident(db))
    with db.session_scope() as s:
        records.create(
            s,
            Person,
            given_name="Fatima",
            family_name="Boukhari",
            email="fatima.boukhari@buurtkeuken.nl",
        )
    sheet = _sheet(
        tmp_path / "collega.xlsx",
        [["Buurtkeuken Zuid", "Fatima Boukhari", "fatima.boukhari@buurtkeuken.nl", "010-1234567",
          None, None]],
    )  # fmt: skip
    report = run_import(db, sheet)
    assert not [p for p in report.problems if "forgotten" in p.message]
    assert _live_people(db, "Boukhari") == [
        ("Fatima", "fatima.boukhari@buurtkeuken.nl", "+31 10 123 4567")
    ]


def test_a_colleagues_liaison_export_does_not_bring_her_back_either(
    db: Database, tmp_path: Path
) -> None:
    """Their export has their own ids: she matches nobody here but her marks."""
    import datetime as dt

    from liaison.exchange.export import export_workbook
    from liaison.storage.models import Interaction

    colleague = open_database(tmp_path / "collega.db", officer="Sanne")
    try:
        theirs = _resident(colleague)
        with colleague.session_scope() as s:
            fatima = s.get(Person, theirs)
            records.create(
                s,
                Interaction,
                occurred_at=dt.datetime(2026, 10, 1, 10),
                summary="Overleg over de buurtkeuken",
                people=[fatima],
            )
        export_workbook(colleague, tmp_path / "collega.xlsx")
    finally:
        colleague.close()
    forget_person(db, _resident(db))
    report = run_import(db, tmp_path / "collega.xlsx")
    assert [p.sheet for p in report.problems if "forgotten at their request" in p.message] == [
        "Personen"
    ]
    assert report.rejected == 0  # her role is left out with her, not refused row by row
    assert _live_people(db, "Boukhari") == []
    with db.session_scope(write=False) as s:  # the contact itself came in, without her
        contact = s.scalars(
            select(Interaction).where(Interaction.summary == "Overleg over de buurtkeuken")
        ).one()
        assert contact.people == []


def test_a_shared_landline_does_not_keep_the_rest_of_the_household_out(
    db: Database, tmp_path: Path
) -> None:
    with db.session_scope() as s:
        said = records.create(
            s, Person, given_name="Said", family_name="Boukhari", phone="010-4123456"
        )
        said_id = said.id
    forget_person(db, said_id)
    sheet = _sheet(
        tmp_path / "gezin.xlsx",
        [["Buurtkeuken Zuid", "Redouan Boukhari", None, "010 412 34 56", None, None]],
    )
    report = run_import(db, sheet)
    assert not [p for p in report.problems if "forgotten" in p.message]
    assert _live_people(db, "Boukhari") == [("Redouan", None, "+31 10 412 3456")]


def test_the_marks_hold_no_readable_detail(db: Database) -> None:
    forget_person(db, _resident(db))
    assert db.path is not None
    conn = sqlite3.connect(db.path)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(erasure_mark)")]
        keys = [r[0] for r in conn.execute("SELECT key FROM erasure_mark")]
    finally:
        conn.close()
    assert columns == ["key", "forgotten_at"]
    assert len(keys) == 3  # e-mail, phone, name at Buurtkeuken Zuid
    assert all(len(k) == 64 and set(k) <= set("0123456789abcdef") for k in keys)


def test_a_restored_older_backup_keeps_later_forgotten_people_out_of_imports(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path, officer="Tester")
    backup = backup_now(db, to=tmp_path / "voor.db")  # before Fatima was ever entered
    forget_person(db, _resident(db))
    db.close()
    restore(backup, db_path, overwrite=True)
    db = open_database(db_path, officer="Tester")
    try:
        sheet = _sheet(
            tmp_path / "collega.xlsx",
            [["Buurtkeuken Zuid", "Fatima Boukhari", "fatima.boukhari@buurtkeuken.nl", None,
              None, None]],
        )  # fmt: skip
        report = run_import(db, sheet)
        assert [p.row for p in report.problems if "forgotten" in p.message] == [2]
        assert _live_people(db, "Boukhari") == []
    finally:
        db.close()
