"""The files a command reads and writes: outputs that never overwrite an input, and a
database a failed command created that does not outlive it (see liaison.cli)."""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from liaison.cli.support import CommandError, database
from liaison.storage.db import Database, open_database, resolve_url, sqlite_path


def database_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file ``--db`` (or its defaults) names; None for a server or a bad URL."""
    try:
        return sqlite_path(resolve_url(getattr(args, "db", None)))
    except Exception:  # a bad URL: opening it says why, in one sentence
        return None


@contextlib.contextmanager
def database_for_import(args: argparse.Namespace, *, dry_run: bool) -> Iterator[Database]:
    """The database an import (or the demo) writes to, leaving no trace where it should leave none.

    A dry run against a database that does not exist yet matches against an
    empty scratch copy (the same result) instead of creating the file and its
    folders. A real import that fails or is interrupted removes the database it
    created, so a typo in ``--db`` or a wrong file leaves no empty database behind.
    """
    path = database_file(args)
    if path is None or path.exists():
        db = database(args)
        try:
            yield db
        finally:
            db.close()
        return
    if dry_run:
        with tempfile.TemporaryDirectory(prefix="liaison-dry-run-") as scratch:
            db = open_database(Path(scratch) / "dry-run.db")
            try:
                yield db
            finally:
                db.close()
        return
    made = [d for d in (path.absolute().parent, *path.absolute().parent.parents) if not d.exists()]
    db = None
    try:
        db = database(args)  # inside: a stop while the new file is being set up counts too
        yield db
    except BaseException:
        if db is not None:
            db.close()
        if _holds_nothing(path):  # never remove what a committed import wrote
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
            for folder in made:  # deepest first; only the empty ones this run made
                with contextlib.suppress(OSError):
                    folder.rmdir()
        raise
    finally:
        if db is not None:
            db.close()


def _holds_nothing(path: Path) -> bool:
    """True when the SQLite file at ``path`` has no import batch and no record."""
    import sqlite3

    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        ) as c:
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            for table in ("import_batch", "organisation", "person", "interaction"):
                if table in tables and c.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                    return False
        return True
    except sqlite3.Error:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def output_path(
    text: str, suffix: str, option: str = "", *, not_over: Iterable[Path | str | None] = ()
) -> Path:
    """An output file the command may write: the right kind, in a folder that exists,
    and never one of its inputs — checked before any work is done.

    Writing a workbook over ``--db`` (``liaison export team.db --db team.db``) or
    the rejects over the sheet being imported destroyed the very data it came from.
    """
    path = Path(text).expanduser()
    named = f"{option} '{text}'" if option else f"'{text}'"
    if path.is_dir():
        ending = f" ending in {suffix}" if suffix else ""
        raise CommandError(f"{named} is a folder; give a file name{ending}.")
    if suffix and path.suffix.lower() != suffix:
        raise CommandError(f"{named} must end in {suffix}.")
    folder = path.absolute().parent
    if not folder.is_dir():
        raise CommandError(f"The folder '{folder}' for {named} does not exist.")
    if not os.access(folder, os.W_OK):
        raise CommandError(f"The folder '{folder}' for {named} is not writable.")
    for other in not_over:
        if other is not None and _same_file(path, Path(other).expanduser()):
            raise CommandError(f"{named} is a file this command reads; choose another file.")
    return path
