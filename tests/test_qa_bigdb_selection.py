"""A list's selected ids come from the selection's row ranges, in row order."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from sqlalchemy import insert

from liaison.storage.db import Database
from liaison.storage.models import Person
from liaison.text import person_sort_key
from ui.views.list_view import ListView


def test_selected_ids_in_row_order_for_every_kind_of_selection(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 1, 1)
    families = ["Berg", "Bakker", "Yılmaz", "Öztürk", "Jansen", "Dijk"]
    with db.engine.begin() as conn:
        conn.execute(
            insert(Person),
            [
                {
                    "uuid": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "given_name": f"Anna{i}",
                    "infix": "van den" if i % 2 else "",
                    "family_name": families[i % len(families)],
                    "sort_key": person_sort_key(
                        f"Anna{i}", "van den" if i % 2 else "", families[i % len(families)]
                    ),
                    "legal_basis": "consent",
                }
                for i in range(40)
            ],
        )
    view = ListView(db, "person")
    qtbot.addWidget(view)
    view.load()
    model, sm = view.model, view.table.selectionModel()
    order = model.ids()
    assert view.selected_ids() == []

    flags = QItemSelectionModel.SelectionFlag
    view.table.clearSelection()
    for row in (30, 2, 17):  # Ctrl+click, out of order
        sm.select(model.index(row, 0), flags.Select | flags.Rows)
    assert view.selected_ids() == [order[2], order[17], order[30]]

    ranges = QItemSelection()  # Shift+click ranges that overlap and touch
    ranges.select(model.index(5, 0), model.index(9, model.columnCount() - 1))
    ranges.select(model.index(8, 0), model.index(12, model.columnCount() - 1))
    ranges.select(model.index(13, 0), model.index(13, model.columnCount() - 1))
    sm.select(ranges, flags.ClearAndSelect)
    assert view.selected_ids() == order[5:14]

    view.table.selectAll()
    assert view.selected_ids() == order
    view.table.clearSelection()
    view.table.selectRow(0)
    assert view.selected_ids() == [order[0]]
    # the first row is "Bakker" (Anna, no infix) or a "van den Berg": under B either way
    assert model.record(0)["family_name"] in ("Bakker", "Berg")
