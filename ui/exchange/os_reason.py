"""The system's reason for a failed file operation, in the officer's language."""

from __future__ import annotations

import errno

from ui.i18n import tr


def os_reason(exc: OSError) -> str:
    """The system's reason in the officer's language (strerror is always English)."""
    reasons = {
        errno.ENOENT: tr("the file or folder does not exist"),
        errno.EACCES: tr("you have no permission for it"),
        errno.EPERM: tr("you have no permission for it"),
        errno.EROFS: tr("the disk is read-only"),
        errno.ENOSPC: tr("the disk is full"),
        errno.EISDIR: tr("it is a folder"),
        errno.ENOTDIR: tr("part of the path is not a folder"),
        errno.EBUSY: tr("another program is using it"),
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


def database_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked": another program or colleague holds the write lock.

    (Recognised by name and text: ui/ imports no SQLAlchemy.)
    """
    return type(exc).__name__ == "OperationalError" and "database is locked" in str(exc)


def unexpected(exc: BaseException) -> str:
    """One line for an error nobody foresaw: its kind and the first line of its text."""
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def busy_sentence() -> str:
    return tr(
        "The database is busy: another program or a colleague is saving to it. "
        "Try again in a moment."
    )


__all__ = ["busy_sentence", "database_busy", "os_reason", "unexpected"]
