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


def unexpected(exc: BaseException) -> str:
    """One line for an error nobody foresaw: its kind and the first line of its text."""
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


__all__ = ["os_reason", "unexpected"]
