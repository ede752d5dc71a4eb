"""Is this database file sound? Checked on every open, and before a backup is restored.

``PRAGMA quick_check`` reads every page and verifies the b-tree structure
(it skips only the slow index-vs-table comparison of ``integrity_check``), so a
torn or overwritten file is caught when it is opened, not weeks later when a
query happens to touch the damaged page.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from liaison.errors import LiaisonError
from liaison.storage.failures import DatabaseUnavailableError

#: The table Alembic stamps; a file without it is not a Liaison database (or is empty).
VERSION_TABLE = "alembic_version"


class DamagedDatabaseError(LiaisonError):
    """The database file fails SQLite's integrity check; the way out is a restore.

    ``problems`` lists what SQLite reported, ``backup`` is the newest backup that
    passes the check (or None), so a window can offer to restore it.
    """

    def __init__(
        self, message: str, *, path: Path, problems: list[str], backup: Path | None = None
    ) -> None:
        super().__init__(message)
        self.path = path
        self.problems = problems
        self.backup = backup


def _connect_readonly(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    # mode=ro: a check must never create, migrate or "repair" the file it inspects.
    # immutable=1 also spares SQLite its lock files (-shm), which it cannot make in a
    # read-only folder; only for telling "cannot write here" from "damaged".
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?{query}", uri=True, timeout=15)
    return conn


#: What SQLite says when the file or its folder cannot be written: about access, not content.
_ACCESS_WORDS = ("readonly database", "read-only database", "unable to open database file")


class ReadOnlyDatabaseError(DatabaseUnavailableError):
    """The file or its folder cannot be written: the data is sound, nothing to restore."""

    def __init__(self, message: str, *, path: Path) -> None:
        super().__init__(message)
        self.path = path


def _busy(problems: list[str]) -> bool:
    """SQLite waited its whole timeout for another connection's lock: busy, not damaged."""
    text = " ".join(problems).lower()
    return len(problems) == 1 and ("database is locked" in text or "database is busy" in text)


def _about_access(problems: list[str]) -> bool:
    text = " ".join(problems).lower()
    return len(problems) == 1 and any(word in text for word in _ACCESS_WORDS)


#: Files up to this size get the whole quick_check when opened. Measured: about 6 ms
#: per MB (39 MB: 0.24 s; 685 MB with 100k people and 500k contacts: 2.5 s), so this
#: keeps opening under ~0.3 s. Bigger files get a check of the schema and the small
#: tables at open (about 1 ms) and the whole check in the background (:func:`background_check`).
FULL_CHECK_ON_OPEN_BYTES = 48 * 1024 * 1024
#: Checked at open for big files: the tables the app reads before anything else.
OPEN_TABLES = ("alembic_version", "setting", "officer", "neighbourhood", "tag", "import_batch")


def quick_check(
    db_path: str | Path,
    *,
    full: bool = False,
    tables: tuple[str, ...] | None = None,
    immutable: bool = False,
) -> list[str]:
    """What is wrong with the SQLite file at ``db_path``; an empty list means it is sound.

    ``full=True`` runs ``integrity_check`` (also compares indexes with tables; slower),
    which restore uses on backups. ``tables`` limits a quick_check to those tables
    and their indexes (SQLite 3.33+; older versions check everything).
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = _connect_readonly(Path(db_path), immutable=immutable)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the schema must parse
        if tables and not full and sqlite3.sqlite_version_info >= (3, 33, 0):
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            rows: list[str] = []
            for table in tables:
                if table in present:
                    found = [str(r[0]) for r in conn.execute(f'PRAGMA quick_check("{table}")')]
                    rows.extend(r for r in found if r != "ok")
            return rows
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def problems_of(path: Path, *, full: bool = False) -> list[str]:
    """:func:`quick_check`, where a file SQLite could not open for want of its lock files
    (a read-only folder) is checked again without them: access is not damage."""
    problems = quick_check(path, full=full)
    if problems and _about_access(problems):
        problems = quick_check(path, full=full, immutable=True)
    return problems


def schema_revision(db_path: str | Path) -> str | None:
    """The Alembic revision stamped in the file, or None (empty file, or not Liaison's)."""
    try:
        conn = _connect_readonly(Path(db_path))
    except sqlite3.Error:
        return None
    try:
        return conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()[0]  # type: ignore[no-any-return]
    except (sqlite3.Error, TypeError):
        return None
    finally:
        conn.close()


def is_good_backup(path: Path) -> bool:
    """A backup worth offering: sound, and stamped with a Liaison schema revision."""
    return not quick_check(path) and schema_revision(path) is not None


def newest_good_backup(
    folder: str | Path | None, stem: str | None = None, *, family: str | None = None
) -> Path | None:
    """The most recent backup in ``folder`` that passes the check (damaged ones are skipped).

    ``stem`` limits the search to one database's series of backups, ``family`` to every
    series of one file name (see :func:`liaison.trust.backup.list_backups`).
    """
    from liaison.trust.backup import list_backups  # backup imports this module

    if folder is None or not Path(folder).is_dir():
        return None
    for backup in list_backups(Path(folder), stem=stem, family=family):
        if is_good_backup(backup.path):
            return backup.path
    return None


def _backup_folder_of(path: Path) -> Path:
    """The backup folder setting, read best-effort from a possibly damaged file."""
    from liaison.trust.backup import default_backup_folder

    return _setting_folder(path) or default_backup_folder()


def file_setting(path: Path, key: str) -> str | None:
    """A setting read best-effort, read-only, from a database file that may be damaged."""
    with contextlib.suppress(sqlite3.Error, TypeError):
        conn = _connect_readonly(path)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
        if row and row[0]:
            return str(row[0])
    return None


def _setting_folder(path: Path) -> Path | None:
    from liaison.trust.backup import BACKUP_FOLDER_SETTING

    folder = file_setting(path, BACKUP_FOLDER_SETTING)
    return Path(folder) if folder else None


def newest_good_backup_for(path: Path) -> Path | None:
    """The newest good backup of the database at ``path``: in its backup folder setting
    (if that can still be read) or else in the default folder; its own backups first
    (by the id in their names), then those named only after its file (older backups)."""
    from liaison.trust.backup import default_backup_folder, file_series

    series = file_series(path)
    # its own series; then backups named after the file alone (made before backups carried
    # the id); if the id cannot be read from the damaged file, any series of its name
    searches = [{"stem": series}] if series != path.stem else [{"family": path.stem}]
    if series != path.stem:
        searches.append({"stem": path.stem})
    for search in searches:
        for folder in (_setting_folder(path), default_backup_folder()):
            found = newest_good_backup(folder, **search)
            if found is not None:
                return found
    return None


#: A temp file of a restore or backup untouched this long was left by a killed run.
STALE_TEMP_SECONDS = 3600.0


def check_on_open(path: Path) -> None:
    """Raise :class:`DamagedDatabaseError` if the file at ``path`` is damaged.

    Called by ``open_database`` for SQLite files, after the location checks. A sound
    file about to be migrated to a newer schema is first copied among its backups.
    """
    # A restore killed halfway leaves its hidden copy beside the database: a copy of
    # an old backup, possibly still holding someone forgotten since. An hour after it
    # last changed nobody is writing it any more.
    from liaison.trust.files import remove_stale_temps

    remove_stale_temps(path.parent, path.name, older_than=STALE_TEMP_SECONDS)
    if not path.exists() or path.stat().st_size == 0:
        return  # a new, empty database: nothing to check yet
    tables = OPEN_TABLES if needs_background_check(path) else None
    problems = quick_check(path, tables=tables)
    if problems and _busy(problems):
        # another program held the database locked the whole time (an exclusive lock):
        # a damaged-database dialog here offered to restore a backup over good data
        raise DatabaseUnavailableError(
            "The database is busy: another Liaison window or command is writing to it; "
            "try again when it has finished.",
            busy=True,
        )
    if problems and _about_access(problems):
        # SQLite could not make its lock files: a read-only folder (or file), not damage.
        # Checked again without them; a sound file is never offered a restore over it.
        problems = quick_check(path, tables=tables, immutable=True)
        if not problems:
            raise ReadOnlyDatabaseError(
                f"The database at '{path}' is read-only (its file or folder cannot be "
                "written), so Liaison cannot open it; it is not damaged: copy it to a "
                "folder you can write to, or ask for write access.",
                path=path,
            )
    if problems:
        raise damaged(path, problems)
    from liaison.storage.migrate import head_revision

    if schema_revision(path) in (None, head_revision()):
        return  # nothing to migrate: spare start-up the backup module
    from liaison.trust.backup import backup_before_migration

    backup_before_migration(path)


def needs_background_check(path: Path) -> bool:
    """True when the file is too big for the whole check at open (see FULL_CHECK_ON_OPEN_BYTES)."""
    try:
        return path.stat().st_size > FULL_CHECK_ON_OPEN_BYTES
    except OSError:
        return False


def background_check(path: Path) -> DamagedDatabaseError | None:
    """The whole quick_check, for a worker after a big database was opened; the error or None."""
    problems = quick_check(path)
    if problems and _busy(problems):
        return None  # busy for the whole timeout is not damage; the next start checks again
    if problems and _about_access(problems):
        problems = quick_check(path, immutable=True)
    return damaged(path, problems) if problems else None


def damaged(path: Path, problems: list[str]) -> DamagedDatabaseError:
    """The error (one sentence, pointing at the newest good backup) for a damaged file."""
    backup = newest_good_backup_for(path)
    if backup is not None:
        advice = (
            f"restore the newest good backup ({backup.name}) with File → Restore… "
            f'or \'liaison restore "{backup}" --db "{path}" --yes\''
        )
    else:
        advice = "restore a backup with File → Restore… or 'liaison restore FILE --yes'"
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("***")
    ] or ["unknown damage"]
    return DamagedDatabaseError(
        f"The database at '{path}' is damaged ({lines[0]}); {advice}.",
        path=path,
        problems=lines,
        backup=backup,
    )
