"""Private, atomic files: created 0600 before any byte is written, renamed into place.

Backups, restores and access exports hold residents' personal data; a file that
is readable by others for even a moment, or half-written after a crash, is a leak
or a loss. Every file this package writes goes through here.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from liaison.errors import LiaisonError

PRIVATE = stat.S_IRUSR | stat.S_IWUSR  # 0600
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FolderNotWritableError(LiaisonError):
    """Nothing can be made in a folder (read-only, no permission): one sentence, not a bug."""


def private_temp(folder: Path, name: str) -> Path:
    """An empty new file with mode 0600 in ``folder`` (same file system as the target)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # a restore into a read-only folder ended as "unexpected error"
        raise FolderNotWritableError(
            f"Nothing can be written in the folder '{folder}': {exc.strerror}."
        ) from exc
    os.fchmod(fd, PRIVATE)  # mkstemp already uses 0600; say so explicitly
    os.close(fd)
    return Path(tmp)


def refuse_unwritable_folder(folder: Path, name: str) -> None:
    """FolderNotWritableError unless a file can be made in ``folder`` (tried, then removed).

    Asked of the folder before work that would be wasted there (a restore's safety copy);
    file modes say too little (root, network shares, read-only mounts).
    """
    private_temp(folder, name).unlink()


@contextlib.contextmanager
def atomic_private_file(
    target: Path, *, before_replace: Callable[[], None] | None = None
) -> Iterator[Path]:
    """Yield a private temp path next to ``target``; on success fsync and rename it in place.

    A crash (or kill) at any moment leaves either the old ``target`` or the new one,
    never a mix; on error the temp file is removed. ``before_replace`` runs once the
    new file is complete and durable, just before the swap (a restore lets go of the
    old database's WAL there).
    """
    target = Path(target)
    tmp = private_temp(target.parent, target.name)
    try:
        yield tmp
        os.chmod(tmp, PRIVATE)
        fsync_file(tmp)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        # SQLite writes the temp copy with a rollback journal beside it: a copy that
        # failed (a full disk) left "<temp>-journal" behind in the backup folder for good
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in _SQLITE_SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def remove_stale_temps(folder: Path, name: str, *, older_than: float | None = None) -> None:
    """Delete temp files a killed run left behind for ``name``.

    ``older_than`` (seconds since the file last changed) spares a temp file that
    another process may still be writing.
    """
    import time

    for pattern in (f".{name}.*.tmp", *(f".{name}.*.tmp{s}" for s in _SQLITE_SIDE_FILES)):
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if older_than is None or time.time() - leftover.stat().st_mtime > older_than:
                    leftover.unlink()
