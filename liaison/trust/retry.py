"""Retry a unit of work when another process holds the write lock a little too long.

Write sessions start with BEGIN IMMEDIATE and SQLite waits up to the busy
timeout (15 s) for the lock, so "database is locked" is rare — but a long
import in another window can outlast it, and a checkpoint can briefly refuse.
Then the whole unit of work (never a half of it) is run again after a pause.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from liaison.errors import LiaisonError
from liaison.storage.db import Database
from liaison.storage.failures import DatabaseUnavailableError

T = TypeVar("T")

_BUSY_WORDS = ("database is locked", "database is busy", "database table is locked")


class DatabaseBusyError(LiaisonError):
    """Another window or program kept the database busy through every retry."""


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's lock/busy errors (and nothing else: a real error is not retried)."""
    if isinstance(exc, DatabaseUnavailableError):  # the storage layer's one sentence for it
        return exc.busy
    if not isinstance(exc, OperationalError):
        return False
    text = str(getattr(exc, "orig", exc)).lower()
    return any(word in text for word in _BUSY_WORDS)


def run_with_retry(
    db: Database,
    fn: Callable[[Session], T],
    attempts: int = 5,
    *,
    write: bool = True,
    first_pause: float = 0.25,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run ``fn(session)`` in its own session scope; on lock/busy errors start over.

    Each attempt is a complete transaction (rolled back on failure), so a retry
    never applies half a change twice. Pauses grow (0.25 s, 0.5 s, 1 s…, with
    jitter so two waiting processes do not collide again). After ``attempts``
    tries a :class:`DatabaseBusyError` says so in one sentence.
    """
    pause = first_pause
    for attempt in range(1, attempts + 1):
        try:
            with db.session_scope(write=write) as session:
                return fn(session)
        except (OperationalError, DatabaseUnavailableError) as exc:
            if not is_busy(exc):
                raise
            if attempt == attempts:
                raise DatabaseBusyError(
                    "The database stayed busy with another window or program; "
                    "wait until it has finished and try again."
                ) from exc
            sleep(pause * (0.5 + random.random()))
            pause *= 2
    raise AssertionError("unreachable")  # pragma: no cover
