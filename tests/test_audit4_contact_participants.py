"""Audit of issue 4: people a colleague added to a shared contact are an audited, undoable update.

My export goes to a colleague; she adds the neighbour she met to that contact
(same id) and sends her export back. Importing it linked the new person to my
contact without a line in the contact's history, and the import could then not
be undone: "1 records made after it refer to organisations or people it
created" — the record referring to them was my own contact, changed by this
very import.
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
from liaison.storage.models import AuditEntry, Interaction, Organisation, Person


def _participants(db: Database) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    with db.session_scope(write=False) as s:
        return {
            i.summary: (
                tuple(sorted(o.name for o in i.organisations)),
                tuple(sorted(p.full_name for p in i.people)),
            )
            for i in s.scalars(select(Interaction).where(Interaction.deleted_at.is_(None)))
        }


def test_a_participant_added_by_a_colleague_is_audited_and_undone(
    db: Database, tmp_path: Path
) -> None:
    with db.session_scope() as s:
        org = records.create(s, Organisation, name="Buurtkeuken Bloemhof", kind="initiative")
        jan = records.create(s, Person, given_name="Jan", family_name="Bakker",
                             email="jan@buurtkeuken.nl", legal_basis="consent")  # fmt: skip
        records.create(s, Interaction, occurred_at=dt.datetime(2026, 10, 6, 20, 0),
                       channel="meeting", summary="Wijkoverleg", organisations=[org],
                       people=[jan])  # fmt: skip
    mine = tmp_path / "mijn.xlsx"
    export_workbook(db, mine)
    colleague = open_database(tmp_path / "colleague.db", officer="Sevda Yıldız")
    try:
        run_import(colleague, mine)
        with colleague.session_scope() as s:
            contact = s.scalars(select(Interaction)).one()
            noor = records.create(s, Person, given_name="Noor", family_name="Visser",
                                  email="noor@bloemhof.nl", legal_basis="consent")  # fmt: skip
            records.update(s, Interaction, contact.id, None, people=[*contact.people, noor])
        theirs = tmp_path / "collega.xlsx"
        export_workbook(colleague, theirs)
    finally:
        colleague.close()
    before = _participants(db)

    report = run_import(db, theirs)
    assert _participants(db)["Wijkoverleg"] == (
        ("Buurtkeuken Bloemhof",),
        ("Jan Bakker", "Noor Visser"),
    )
    assert report.updated.get("interaction") == 1
    with db.session_scope(write=False) as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "interaction", AuditEntry.import_batch_id.is_not(None)
            )
        ).one()
        jan_uuid, noor_uuid = (
            s.scalars(select(Person.uuid).where(Person.email == e)).one()
            for e in ("jan@buurtkeuken.nl", "noor@bloemhof.nl")
        )
    assert (entry.action, entry.field) == ("update", "people")
    assert entry.old == jan_uuid
    assert entry.new == "; ".join(sorted([jan_uuid, noor_uuid]))

    undone = undo_import(db, report.batch_uuid)
    assert undone.removed.get("person") == 1
    assert _participants(db) == before
