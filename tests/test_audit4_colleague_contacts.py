"""Audit of issue 4: merging a colleague's export keeps two officers' contacts apart.

Two officers each log "Wijkoverleg" at 20:00 on the same evening, each with
their own initiative. Merging the colleague's export (other ids) matched her
contact to mine by time and summary alone: my contact took her officer and
gained her initiative and contact person, hers was gone, and the import could
not be undone ("records made after it refer to organisations or people it
created"). Found with two demo databases (seeds 2020 and 7): one contact of
5,000 was merged that way.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from liaison.exchange.export import export_workbook
from liaison.exchange.importer import run_import
from liaison.exchange.undo import undo_import
from liaison.services import records
from liaison.storage.db import Database, open_database
from liaison.storage.models import Interaction, Officer, Organisation, Person

EVENING = dt.datetime(2026, 10, 6, 20, 0)


def _log(db: Database, officer: str, initiative: str, person: str, email: str) -> None:
    with db.session_scope() as s:
        who = records.create(s, Officer, name=officer)
        org = records.create(s, Organisation, name=initiative, kind="initiative")
        given, family = person.split(" ", 1)
        p = records.create(s, Person, given_name=given, family_name=family, email=email,
                           legal_basis="consent")  # fmt: skip
        records.create(s, Interaction, occurred_at=EVENING, channel="meeting",
                       summary="Wijkoverleg", organisations=[org], people=[p],
                       officer_id=who.id)  # fmt: skip


def _contacts(db: Database) -> set[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    with db.session_scope(write=False) as s:
        return {
            (
                i.uuid,
                i.officer.name,
                tuple(sorted(o.name for o in i.organisations)),
                tuple(sorted(p.full_name for p in i.people)),
            )
            for i in s.scalars(select(Interaction).where(Interaction.deleted_at.is_(None)))
        }


def test_a_colleagues_contact_at_the_same_minute_with_other_people_stays_hers(
    db: Database, tmp_path: Path
) -> None:
    _log(db, "Sanne de Wit", "Buurtkeuken Bloemhof", "Jan Bakker", "jan@buurtkeuken.nl")
    colleague = open_database(tmp_path / "colleague.db", officer="Sevda Yıldız")
    try:
        _log(colleague, "Sevda Yıldız", "Taalcafé Spangen", "Noor Visser", "noor@taalcafe.nl")
        path = tmp_path / "collega.xlsx"
        export_workbook(colleague, path)
        theirs = _contacts(colleague)
    finally:
        colleague.close()
    mine = _contacts(db)
    report = run_import(db, path)
    assert report.rejected == 0
    assert _contacts(db) == mine | theirs  # two contacts, each with its own officer and people
    assert report.updated.get("interaction", 0) == 0
    undo_import(db, report.batch_uuid)  # nothing of mine refers to what the import made
    assert _contacts(db) == mine


def test_the_same_meeting_logged_by_both_is_still_one_contact(db: Database, tmp_path: Path) -> None:
    _log(db, "Sanne de Wit", "Buurtkeuken Bloemhof", "Jan Bakker", "jan@buurtkeuken.nl")
    colleague = open_database(tmp_path / "colleague.db", officer="Sanne de Wit")
    try:  # her own copy of the same initiative and person (other ids), the same meeting
        _log(colleague, "Sanne de Wit", "Buurtkeuken Bloemhof", "Jan Bakker", "jan@buurtkeuken.nl")
        path = tmp_path / "collega.xlsx"
        export_workbook(colleague, path)
    finally:
        colleague.close()
    mine = _contacts(db)
    report = run_import(db, path)
    assert _contacts(db) == mine
    assert report.created.get("interaction", 0) == 0
