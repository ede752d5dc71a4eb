"""The retention review reads a new period in a worker, once the arrows rest.

Each read of the review list is a scan of every person with two correlated
subqueries: about a second on a team lead's database (100,000 people, 500,000
contacts; 0.8-1.5 s measured). The dialog read it on the window's thread at every
step of the period's spin box, so holding an arrow down froze it for seconds.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import Interaction, Person


def _residents(db: Database) -> None:
    """Three residents, last spoken to 3, 8 and 30 months ago, none with a role."""
    today = dt.datetime.now().replace(microsecond=0)
    with db.session_scope() as s:
        for name, months_ago in (("Fatima", 3), ("Henk", 8), ("Ayşe", 30)):
            person = records.create(s, Person, given_name=name, family_name="Bakker")
            records.create(
                s,
                Interaction,
                occurred_at=today - dt.timedelta(days=31 * months_ago),
                channel="visit",
                summary="Huisbezoek",
                people=[person],
            )
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE person SET created_at = '2020-01-01 00:00:00'")


def test_the_period_is_read_once_in_a_worker_after_the_arrows_rest(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.trust.privacy_dialogs import RetentionDialog

    _residents(db)
    dialog = RetentionDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1  # 24 months: Ayşe

    reads: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        if "retention_kept_on" in statement and statement.lstrip().startswith("SELECT"):
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        for months in (20, 15, 12, 9, 6):  # the down arrow held
            dialog.months.setValue(months)
        assert reads == []  # nothing read on the window's thread while the arrow moves
        assert dialog.model.rowCount() == 1
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)  # Henk, Ayşe
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(reads) == 1  # one read, for the period the officer stopped at
    names = sorted(dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount()))
    assert names == ["Ayşe Bakker", "Henk Bakker"]
