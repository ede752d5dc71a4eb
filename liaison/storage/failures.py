"""Failures of the world, not of Liaison: a busy or read-only database, a full disk.

SQLite reports them as ``OperationalError``; SQLAlchemy wraps that in a text of
several lines (the SQL, a web address) that no officer should see. Here each
becomes one sentence (a :class:`~liaison.errors.LiaisonError`), so the app, the
command line and scripts say the same thing.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError

from liaison.errors import LiaisonError


class DatabaseUnavailableError(LiaisonError):
    """The database cannot be written just now, or at all; nothing was changed.

    ``busy``: another writer held the lock, so trying again later may work
    (:func:`liaison.trust.retry.run_with_retry` does).
    """

    def __init__(self, message: str, *, busy: bool = False) -> None:
        super().__init__(message)
        self.busy = busy


def _causes(exc: BaseException) -> list[BaseException]:
    found = []
    for cause in (exc, getattr(exc, "orig", None), exc.__cause__, exc.__context__):
        if isinstance(cause, OperationalError | sqlite3.OperationalError):
            found.append(cause)
    return found


def unavailable(exc: BaseException) -> DatabaseUnavailableError | None:
    """The sentence for ``exc`` when SQLite says the world is in the way, else None."""
    causes = _causes(exc)
    if any(getattr(c, "connection_invalidated", False) for c in causes):
        # A database server (PostgreSQL) went away mid-transaction: a network or VPN
        # drop, a restart. The pool reconnects on the next try.
        return DatabaseUnavailableError(
            "The connection to the database server was lost; check the network and try again."
        )
    text = " ".join(str(c) for c in causes).lower()
    if not text:
        return None
    busy = ("database is locked", "database is busy", "table is locked", "lock timeout")
    if any(m in text for m in busy):  # the last: PostgreSQL's wait for a writer ran out
        return DatabaseUnavailableError(
            "The database is busy: another Liaison window or command is writing to it; "
            "try again when it has finished.",
            busy=True,
        )
    if "readonly database" in text or "read-only database" in text:
        return DatabaseUnavailableError(
            "The database cannot be changed: its file or folder is read-only."
        )
    if "database or disk is full" in text:
        return DatabaseUnavailableError(
            "The disk is full: the database could not be changed; free some space and try again."
        )
    return None
