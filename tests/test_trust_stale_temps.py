"""A restore killed halfway leaves a hidden copy of an old backup beside the database.

That copy may still hold a person forgotten since (the forget is repeated on it only
at the end of the restore). It used to stay until the next restore, which may never
come; opening the database now removes it once nobody can still be writing it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from liaison.storage.db import open_database
from liaison.trust.integrity import STALE_TEMP_SECONDS


def test_opening_the_database_removes_a_killed_restores_copy_but_not_a_fresh_one(
    db_path: Path,
) -> None:
    open_database(db_path, officer="Tester").close()
    left = db_path.with_name(f".{db_path.name}.k3j2h1.tmp")
    left_journal = db_path.with_name(left.name + "-journal")
    busy = db_path.with_name(f".{db_path.name}.q9w8e7.tmp")  # another process's restore, now
    for path in (left, left_journal, busy):
        path.write_bytes(b"SQLite format 3\x00 old backup with Fatima Boukhari")
    hours_ago = time.time() - STALE_TEMP_SECONDS - 60
    for path in (left, left_journal):
        os.utime(path, (hours_ago, hours_ago))
    open_database(db_path, officer="Tester").close()
    assert not left.exists() and not left_journal.exists()
    assert busy.exists()
    assert db_path.exists()
