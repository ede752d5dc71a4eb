"""The trash read as plain rows lists what the ORM walk listed, in the same order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from liaison.services import editing, records
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Interaction, Organisation, Person
from ui.formatting import format_date, format_stamp
from ui.views.trash_view import TrashView


def test_trash_lists_every_kind_newest_first(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    call_day = dt.datetime(2026, 3, 4, 10, 0)
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Buurtkeuken Bloemhof", kind="initiative")
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        records.create(
            s,
            Commitment,
            partner_id=fund.id,
            initiative_id=ini.id,
            kind="financial",
            amount=Decimal("1500"),
            start=dt.date(2026, 2, 7),
            end=dt.date(2027, 2, 6),
        )
        gerrit = records.create(s, Person, given_name="Gerrit", infix="van den", family_name="Berg")
        call = records.create(
            s,
            Interaction,
            occurred_at=call_day,
            summary="Belletje over de huur",
            organisations=[ini],
        )
        ids = {"ini": ini.id, "fund": fund.id, "person": gerrit.id, "call": call.id}
    for entity, key in (
        ("interaction", "call"),
        ("person", "person"),
        ("organisation", "fund"),  # its support goes along, at the same moment
    ):
        with db.session_scope() as s:
            editing.delete_record(s, entity, ids[key])
    view = TrashView(db)
    qtbot.addWidget(view)
    view.load()
    shown = [
        tuple(view.model.index(r, c).data() for c in range(2)) for r in range(view.model.rowCount())
    ]
    start, end, when = (
        format_date(d) for d in (dt.date(2026, 2, 7), dt.date(2027, 2, 6), call_day)
    )
    assert [title for _kind, title in shown] == [
        "Oranje Fonds",
        f"Oranje Fonds → Buurtkeuken Bloemhof (Financial, {start} – {end})",
        "Gerrit van den Berg",
        f"{when} Belletje over de huur",
    ]
    items = view.model.items
    assert [(i.entity, i.kind) for i in items] == [
        ("organisation", "partner"),
        ("commitment", "commitment"),
        ("person", "person"),
        ("interaction", "interaction"),
    ]
    assert all(i.deleted_by == "Tester" for i in items)
    assert items[0].deleted_at == items[1].deleted_at > items[2].deleted_at > items[3].deleted_at
    assert [view.model.index(0, c).data() for c in (2, 3)] == [
        format_stamp(items[0].deleted_at),
        "Tester",
    ]
    flags = view.table.selectionModel().SelectionFlag
    view.table.clearSelection()
    for row in (3, 1):  # Ctrl+click, bottom row first: still in row order
        view.table.selectionModel().select(view.model.index(row, 0), flags.Select | flags.Rows)
    assert view.selected() == [items[1], items[3]]
    # restoring from the list still works with the plain rows
    flags = view.table.selectionModel().SelectionFlag
    view.table.clearSelection()
    for row in (0, 1):
        view.table.selectionModel().select(view.model.index(row, 0), flags.Select | flags.Rows)
    done = view.restore_selected()
    assert {i.entity for i in done} == {"organisation", "commitment"}
    assert [i.entity for i in view.model.items] == ["person", "interaction"]
