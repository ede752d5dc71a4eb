"""Erasure marks cover a person's earlier addresses, numbers and names, and no shared mailbox.

A colleague's sheet made before a forget is often older than the person's last
change too. Only the values stored at the moment of the forget were marked, so
"Ricardo Fortes, 06-57055968, r.fortes@ziggo.nl" from last year's sheet came back
as a new person after "Ricardo Fortes Lopes, 06-12345678" was forgotten. And a
resident noted with the community centre's info@ mailbox, once forgotten, kept
every new volunteer noted with that mailbox out of imports.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from liaison.exchange.importer import run_import
from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import Affiliation, Organisation, Person
from liaison.trust.privacy import forget_person

HEADERS = ["Initiatief", "Contactpersoon", "E-mailadres", "Tel.", "Verstrekt door", "Soort steun"]


def _sheet(path: Path, rows: list[list[str | None]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _live(db: Database, family: str) -> list[str]:
    with db.session_scope(write=False) as s:
        stmt = select(Person.given_name, Person.family_name).where(
            Person.family_name.like(f"%{family}%"), Person.forgotten_at.is_(None)
        )
        return sorted(" ".join(r) for r in s.execute(stmt))


def test_last_years_sheet_with_his_old_details_does_not_bring_him_back(
    db: Database, tmp_path: Path
) -> None:
    with db.session_scope() as s:
        kitchen = records.create(s, Organisation, name="Buurtkeuken Zuid", kind="initiative")
        ricardo = records.create(
            s,
            Person,
            given_name="Ricardo",
            family_name="Fortes",
            email="r.fortes@ziggo.nl",
            phone="06-57055968",
        )
        records.create(s, Affiliation, person=ricardo, organisation=kitchen, role="volunteer")
        ricardo_id = ricardo.id
    with db.session_scope() as s:
        records.update(
            s,
            Person,
            ricardo_id,
            None,
            family_name="Fortes Lopes",
            email="ricardo.fortes@gmail.com",
            phone="06-12345678",
        )
    forget_person(db, ricardo_id)

    sheet = _sheet(
        tmp_path / "vorig-jaar.xlsx",
        [
            ["Samen Sterk", "Ricardo Fortes", "r.fortes@ziggo.nl", None, None, None],
            ["Samen Sterk", "R. Fortes", None, "0657055968", None, None],
            ["Buurtkeuken Zuid", "Ricardo Fortes", None, None, None, None],
        ],
    )
    report = run_import(db, sheet)
    forgotten = [p.row for p in report.problems if "forgotten at their request" in p.message]
    assert forgotten == [2, 3, 4]
    assert _live(db, "Fortes") == []


def test_a_shared_mailbox_keeps_nobody_out(db: Database, tmp_path: Path) -> None:
    with db.session_scope() as s:
        kees = records.create(
            s, Person, given_name="Kees", family_name="Verbeek", email="info@degaffel.nl"
        )
        kees_id = kees.id
    forget_person(db, kees_id)

    sheet = _sheet(
        tmp_path / "vrijwilligers.xlsx",
        [["Wijkcentrum De Gaffel", "Anja de Wit", "info@degaffel.nl", None, None, None]],
    )
    report = run_import(db, sheet)
    assert not [p for p in report.problems if "forgotten" in p.message]
    assert _live(db, "Wit") == ["Anja Wit"]
