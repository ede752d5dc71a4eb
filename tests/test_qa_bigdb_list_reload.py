"""A list asked for several orders in a row reads all ids once, for the last one.

Each sort click, filter choice or keystroke in the filter box reloads the list:
the first page at once, all ids from a worker. The workers of the earlier
reloads still ran their full query (150-400 ms each on a team lead's database)
one after the other on the two pool threads, so the last list's ids, and its
count, came seconds later.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QThreadPool
from sqlalchemy import event, insert

from liaison.storage.db import Database
from liaison.storage.models import Person
from liaison.text import person_sort_key
from ui.models.record_table import FIRST_PAGE, RecordTableModel


def _people(db: Database, n: int) -> None:
    now = dt.datetime(2026, 1, 1)
    rows = []
    for i in range(n):
        given, infix, family = "Anna", "van den" if i % 3 == 0 else "", f"Berg{i:04d}"
        rows.append(
            {
                "uuid": str(uuid.uuid4()),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "given_name": given,
                "infix": infix,
                "family_name": family,
                "sort_key": person_sort_key(given, infix, family),
                "email": f"anna{i}@example.nl",
                "legal_basis": "consent",
            }
        )
    with db.engine.begin() as conn:
        conn.execute(insert(Person), rows)


def test_superseded_reloads_do_not_read_all_ids(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    _people(db, FIRST_PAGE * 3)
    model = RecordTableModel(db, "person")
    full_reads: list[str] = []

    def seen(_conn, _cursor, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        if "FROM person" in statement and "LIMIT" not in statement and "ORDER BY" in statement:
            full_reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        # four clicks before the event loop runs: four reloads, one list wanted
        for column in (1, 2, 0, 1):
            model.sort(column)
            if not model._loaded:
                model.reload()
        with qtbot.waitSignal(model.completed, timeout=10_000):
            pass
        QThreadPool.globalInstance().waitForDone(10_000)
        qtbot.wait(50)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert model.is_complete()
    assert model.rowCount() == FIRST_PAGE * 3
    assert model.sort_key == "email"
    emails = [model.record(r)["email"] for r in range(model.rowCount())]
    assert emails == sorted(emails)
    assert len(full_reads) == 1, full_reads
