"""The demo loads its contact log with the contact summary's per-row triggers off, and
the summary still comes out exact (issue 2: ``liaison demo --size 100000`` under a minute;
the triggers, run for each of 730,000 links, cost 20 of its 63-68 seconds)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from liaison import demo
from liaison.storage import contact_summary
from liaison.storage.db import open_database
from liaison.storage.models import contact_summary as summary_table


def test_the_contact_log_is_loaded_without_the_per_row_triggers(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.db", officer="Tester")
    links_with_triggers = []

    def watch(dbapi_conn: Any, _record: Any) -> None:
        # A temporary trigger of this connection sees every link row the demo writes and
        # notes those written while the summary's own trigger is in place.
        dbapi_conn.create_function("noted", 0, lambda: links_with_triggers.append(1))
        dbapi_conn.execute(
            "CREATE TEMP TRIGGER watch_links AFTER INSERT ON main.interaction_organisation "
            "WHEN EXISTS (SELECT 1 FROM main.sqlite_master "
            "WHERE type = 'trigger' AND name = 'contact_summary_link_insert') "
            "BEGIN SELECT noted(); END"
        )

    db.engine.dispose()
    event.listen(db.engine, "connect", watch)
    summary = demo.generate(db, size=60)
    db.close()

    assert summary.interactions >= 300
    assert links_with_triggers == []  # before: one per link (over 400 here)

    db = open_database(tmp_path / "demo.db")
    try:
        with db.session_scope(write=False) as s:
            kept = set(s.execute(select(summary_table)).all())
            expected = set(s.execute(contact_summary.aggregate()).all())
            triggers = {
                name
                for (name,) in s.connection().exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
        assert kept == expected and len(kept) > 50
        assert "contact_summary_link_insert" in triggers  # back for the officers' own writes
    finally:
        db.close()
