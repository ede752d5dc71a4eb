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


__all__ = ["os_reason"]
