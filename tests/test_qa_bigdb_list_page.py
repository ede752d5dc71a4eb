"""A list of exactly one first page keeps its selection when all ids arrive.

The first ``FIRST_PAGE`` ids come at once, all ids from a worker. When the
list held exactly that many records, the worker's (same) ids were taken for
changed data and the model was reset: the row the officer had just selected
lost its selection and the detail pane emptied.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import insert

from liaison.storage.db import Database
from liaison.storage.models import Person
from liaison.text import person_sort_key
from ui.models.record_table import FIRST_PAGE
from ui.views.list_view import ListView


def _people(db: Database, n: int) -> None:
    now = dt.datetime(2026, 1, 1)
    with db.engine.begin() as conn:
        conn.execute(
            insert(Person),
            [
                {
                    "uuid": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "given_name": "Sanne",
                    "infix": "de",
                    "family_name": f"Vries{i:04d}",
                    "sort_key": person_sort_key("Sanne", "de", f"Vries{i:04d}"),
                    "legal_basis": "consent",
                }
                for i in range(n)
            ],
        )


def test_selection_survives_the_full_list_of_one_page(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    _people(db, FIRST_PAGE)
    view = ListView(db, "person")
    qtbot.addWidget(view)
    view.load()
    assert not view.model.is_complete()  # a full first page: the rest may follow
    view.table.selectRow(5)
    chosen = view.selected_ids()
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(view.model.completed, timeout=10_000):
        pass
    assert view.model.rowCount() == FIRST_PAGE
    assert resets == []
    assert view.selected_ids() == chosen
    assert view.count_label.text().startswith(f"{FIRST_PAGE} record")
