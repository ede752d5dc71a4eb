"""Backups with SQLite's online backup API, their rotation, and restore.

The online backup API copies a consistent snapshot even while the app (or a
colleague's process) keeps writing: in WAL mode the copy runs inside one read
transaction, which never blocks writers. Backups land in a private temp file
and are renamed into place, so a backup folder never holds a half-written file.

A restore writes the backup into a temp file next to the database, syncs it to
disk and renames it over the database in one step: killed at any moment, the
database is either the old one or the restored one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.exc import SQLAlchemyError

from liaison.errors import DatabaseLocationError, LiaisonError
from liaison.services.settings import get_setting, set_setting
from liaison.storage.db import Database, resolve_url, sqlite_path
from liaison.storage.failures import DatabaseUnavailableError
from liaison.storage.migrate import head_revision, revision_chain
from liaison.trust.files import (
    atomic_private_file,
    remove_stale_temps,
)
from liaison.trust.integrity import (
    STALE_TEMP_SECONDS,
    VERSION_TABLE,
    quick_check,
    schema_revision,
)

#: Setting key (table ``setting``) that overrides the default backup folder.
BACKUP_FOLDER_SETTING = "backup_folder"
#: Setting key of the database's own id, made at its first backup. Backups are named
#: after it as well as after the file ("liaison-1f0c2a9b-backup-…"): two databases both
#: called liaison.db, in different folders, shared one series in the default backup folder,
#: so each rotated the other's backups away and a restore could be offered the wrong one.
DATABASE_ID_SETTING = "database_id"
KEEP_DAILY = 14
KEEP_MONTHLY = 12
AUTO_INTERVAL = dt.timedelta(days=1)

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-backup-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")

#: progress(done, total, message), as ui.worker.Progress accepts.
ProgressFn = Callable[[int, int, str], None]


class BackupError(LiaisonError):
    """A backup or restore could not be made; the message says why in one sentence."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    stem: str  # the database's file name without suffix
    taken_at: dt.datetime  # local time, from the file name


def default_backup_folder() -> Path:
    """``<user data dir>/backups`` (platformdirs knows each platform's place)."""
    return Path(platformdirs.user_data_dir("Liaison", "Liaison")) / "backups"


def backup_folder(db: Database) -> Path:
    """The folder set in the database's settings, else the default one."""
    with db.session_scope(write=False) as session:
        value = get_setting(session, BACKUP_FOLDER_SETTING)
    return Path(value).expanduser() if value else default_backup_folder()


def set_backup_folder(db: Database, folder: str | Path | None) -> None:
    """Store the backup folder (None: back to the default)."""
    with db.session_scope() as session:
        set_setting(session, BACKUP_FOLDER_SETTING, None if folder is None else str(folder))


def _db_file(db: Database) -> Path:
    path = db.path
    if path is None:
        raise BackupError(
            "Only a database file can be backed up here; "
            "a server database is backed up by its administrator."
        )
    return path


def series_name(path: Path, database_id: str | None) -> str:
    """The name a database's backups share: its file's stem and the start of its id."""
    return f"{path.stem}-{database_id[:8]}" if database_id else path.stem


def database_series(db: Database) -> str:
    """The series of ``db``'s backups; gives the database its id on the first backup.

    A database that cannot be written (read-only) keeps the series of its file name.
    """
    path = _db_file(db)
    database_id = _stored_id(db)
    if not database_id:
        # (the storage layer turns "read-only" into DatabaseUnavailableError, not sqlite3's)
        cannot_write = (sqlite3.Error, SQLAlchemyError, DatabaseUnavailableError)
        with contextlib.suppress(*cannot_write), db.session_scope() as session:
            made = get_setting(session, DATABASE_ID_SETTING) or uuid.uuid4().hex
            set_setting(session, DATABASE_ID_SETTING, made)
        database_id = _stored_id(db)
    return series_name(path, database_id)


def _stored_id(db: Database) -> str | None:
    with db.session_scope(write=False) as session:
        return get_setting(session, DATABASE_ID_SETTING)


def file_series(path: Path) -> str:
    """The series of the backups of the database file at ``path`` (read best-effort)."""
    from liaison.trust.integrity import file_setting

    return series_name(path, file_setting(path, DATABASE_ID_SETTING))


def list_backups(
    folder: Path, stem: str | None = None, *, family: str | None = None
) -> list[BackupFile]:
    """Backups in ``folder`` (optionally of one series), newest first.

    ``family`` instead takes every series of a file name ("liaison", "liaison-1f0c2a9b"…):
    for a damaged database whose own id can no longer be read.
    """
    in_family = re.compile(rf"{re.escape(family)}(?:-[0-9a-f]{{8}})?") if family else None
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        if stem is not None and match["stem"] != stem:
            continue
        if in_family is not None and not in_family.fullmatch(match["stem"]):
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
        found.append(BackupFile(entry, match["stem"], taken))
    found.sort(key=lambda b: (b.taken_at, _sequence(b.path.name)), reverse=True)
    return found


def _sequence(name: str) -> int:
    """Second and later backups within one second get "-2", "-3"… in their name."""
    match = _NAME.match(name)
    return int(match["n"]) if match and match["n"] else 1


def _new_backup_name(folder: Path, stem: str, now: dt.datetime) -> Path:
    base = f"{stem}-backup-{now.strftime(_STAMP)}"
    candidate = folder / f"{base}.db"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}.db"
        n += 1
    return candidate


def copy_database(
    source: Path, target_tmp: Path, progress: ProgressFn | None = None, *, readonly: bool = True
) -> None:
    """Copy ``source`` into the (private, empty) file ``target_tmp`` with the backup API.

    The copy is one step (one read transaction): with WAL, writers go on
    meanwhile and the copy is the state at its start. The result uses a
    rollback journal so that it is one self-contained file.
    """
    uri = f"{source.absolute().as_uri()}?mode=ro" if readonly else str(source)
    try:
        src = sqlite3.connect(uri, uri=readonly, timeout=15)
        if readonly:
            try:
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                if "readonly" not in str(exc).lower():
                    raise
                # a read-only folder: SQLite cannot make its lock file there, and so
                # nobody can be writing the file; read it as it lies
                src.close()
                src = sqlite3.connect(f"{uri}&immutable=1", uri=True, timeout=15)
    except sqlite3.Error as exc:
        raise BackupError(f"'{source}' cannot be read: {exc}.") from exc
    try:
        dst = sqlite3.connect(target_tmp)
        try:
            if progress:
                progress(0, 1, "")

            def report(_status: int, remaining: int, total: int) -> None:
                if progress and total:
                    progress(total - remaining, total, "")

            src.backup(dst, pages=-1, progress=report)
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
        finally:
            dst.close()
    except sqlite3.Error as exc:
        if "disk is full" in str(exc).lower():  # the copy's disk, not the database's
            raise BackupError(
                f"The disk of '{target_tmp.parent}' is full, so nothing was written there; "
                "free some space or choose another folder."
            ) from exc
        raise BackupError(f"'{source}' could not be copied: {exc}.") from exc
    finally:
        src.close()
    if progress:
        progress(1, 1, "")


def backup_now(
    db: Database,
    folder: str | Path | None = None,
    *,
    to: str | Path | None = None,
    overwrite: bool = False,
    progress: ProgressFn | None = None,
) -> Path:
    """Back the database up now; return the new file (mode 0600).

    ``to`` names the file exactly; otherwise a time-stamped file is made in
    ``folder`` (default: :func:`backup_folder`) and old ones are rotated out.
    An existing ``to`` is replaced only with ``overwrite``: it is often last week's
    backup — the one copy of what has changed since — or a file that is no backup at all.
    """
    source = _db_file(db)
    if to is not None:
        target = Path(to).expanduser().absolute()
        if target.is_dir():
            raise BackupError(f"'{target}' is a folder; give a file name for the backup.")
        if target.resolve() == source.resolve():
            raise BackupError("A backup cannot overwrite the database it copies.")
        if not target.parent.is_dir():
            raise BackupError(f"The folder '{target.parent}' does not exist.")
        if target.exists() and not overwrite:
            raise BackupError(
                f"There is already a file at '{target}'; choose another name, or let the "
                "backup replace it (liaison backup --to FILE --force)."
            )
        remove_stale_temps(target.parent, target.name, older_than=STALE_TEMP_SECONDS)
        rotate_in: Path | None = None
    else:
        chosen = Path(folder).expanduser() if folder is not None else backup_folder(db)
        try:
            chosen.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(
                f"The backup folder '{chosen}' cannot be created: {exc.strerror}."
            ) from exc
        series = database_series(db)
        target = _new_backup_name(chosen, series, dt.datetime.now())
        rotate_in = chosen
    if not os.access(target.parent, os.W_OK):
        raise BackupError(f"The folder '{target.parent}' is not writable.")
    with atomic_private_file(target) as tmp:
        copy_database(source, tmp, progress)
        _refuse_damaged_copy(source, tmp)
    if rotate_in is not None:
        rotate(rotate_in, series)
        if series != source.stem:
            expire_unnamed(rotate_in, source.stem)
    return target


def _refuse_damaged_copy(source: Path, copy: Path) -> None:
    """Raise instead of keeping a damaged copy (it is then removed with its temp file).

    A big database is only partly checked when opened, so a damaged one was backed up
    day after day without a word, each damaged backup rotating a good one away. The
    check reads the fresh private copy, which nobody writes: about a second per 700 MB.
    """
    from liaison.trust.integrity import damaged

    problems = quick_check(copy)
    if not problems:
        return
    if quick_check(source):  # the database itself: say so, with the backup to restore
        raise damaged(source, problems)
    first = next((ln for p in problems for ln in p.splitlines() if "***" not in ln), "")
    raise BackupError(f"'{source}' could not be copied: {first.strip() or 'unknown damage'}.")


def newest_backup(folder: Path, stem: str | None = None) -> BackupFile | None:
    backups = list_backups(folder, stem)
    return backups[0] if backups else None


def auto_backup(
    db: Database,
    folder: str | Path | None = None,
    *,
    now: dt.datetime | None = None,
    progress: ProgressFn | None = None,
) -> Path | None:
    """Back up when there is no backup from today yet; return the new file or None.

    Meant for application start. A server database (no file) is skipped. "Today", not
    "in the last 24 hours": an officer who started at 09:00 on Monday and at 08:30 on
    Tuesday got no backup on Tuesday (23.5 hours), so "daily" backups came every other
    day whenever the start drifted earlier; rotation keeps one per calendar day too.
    """
    if db.path is None:
        return None
    chosen = Path(folder).expanduser() if folder is not None else backup_folder(db)
    now = now or dt.datetime.now()
    newest = newest_backup(chosen, database_series(db))
    if newest is not None and newest.taken_at.date() >= now.date():
        return None
    return backup_now(db, chosen, progress=progress)


def _oldest_month(now: dt.datetime, monthly: int) -> tuple[int, int]:
    """(year, month) of the first of the last ``monthly`` calendar months."""
    first = now.year * 12 + now.month - 1 - max(monthly - 1, 0)
    return first // 12, first % 12 + 1


def backups_to_keep(
    backups: list[BackupFile],
    daily: int = KEEP_DAILY,
    monthly: int = KEEP_MONTHLY,
    *,
    now: dt.datetime | None = None,
) -> set[Path]:
    """Every backup of the last 24 hours, plus the newest backup of each of the last
    ``daily`` days and ``monthly`` months that have one — and nothing from before the
    last ``monthly`` calendar months.

    (A "Back up now" made this morning is not rotated away by tonight's automatic one.)
    The calendar bound keeps the forget dialog's promise that a forgotten person's data
    leaves the backups within 12 months: "the last 12 months that have one" kept a
    backup of years ago for good when the app had not been used every month.
    """
    now = now or dt.datetime.now()
    keep: set[Path] = {b.path for b in backups if now - b.taken_at < AUTO_INTERVAL}
    oldest_month = _oldest_month(now, monthly)
    days: set[dt.date] = set()
    months: set[tuple[int, int]] = set()
    for b in sorted(backups, key=lambda b: (b.taken_at, _sequence(b.path.name)), reverse=True):
        day = b.taken_at.date()
        if (day.year, day.month) < oldest_month:
            break  # (newest first: every one after this is older still)
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(b.path)
        month = (day.year, day.month)
        if month not in months and len(months) < monthly:
            months.add(month)
            keep.add(b.path)
    return keep


def rotate(
    folder: Path,
    stem: str,
    daily: int = KEEP_DAILY,
    monthly: int = KEEP_MONTHLY,
    *,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Delete this database's backups beyond the daily/monthly windows; return the removed."""
    # A backup killed halfway (the laptop shut during the backup at start) left its hidden,
    # partial copy here for good: personal data no rotation ever removed, and disk space.
    # An hour after it last changed no backup is still writing it.
    remove_stale_temps(folder, f"{glob.escape(stem)}-backup-*.db", older_than=STALE_TEMP_SECONDS)
    backups = list_backups(folder, stem)
    keep = backups_to_keep(backups, daily, monthly, now=now)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def expire_unnamed(
    folder: Path, stem: str, monthly: int = KEEP_MONTHLY, *, now: dt.datetime | None = None
) -> list[Path]:
    """Delete backups named after the file alone ("liaison-backup-…", made before backups
    carried the database's id) from before the last ``monthly`` calendar months.

    They are not rotated (two databases of one name cannot be told apart in them), so
    they stayed for good, a forgotten person's data with them; past the monthly window
    no database's rotation would keep them, whichever database they are of.
    """
    oldest_month = _oldest_month(now or dt.datetime.now(), monthly)
    removed = []
    for b in list_backups(folder, stem):
        if (b.taken_at.year, b.taken_at.month) < oldest_month:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


# --- restore ---------------------------------------------------------------


def verify_backup(backup_path: Path) -> None:
    """Refuse a file that is missing, not SQLite, damaged, not Liaison's or from a newer Liaison."""
    if not backup_path.is_file():
        raise BackupError(f"There is no backup file at '{backup_path}'.")
    with backup_path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise BackupError(f"'{backup_path}' is not a Liaison backup (not an SQLite file).")
    # integrity_check also compares every index with its table, which takes ~40x a file
    # copy on a 685 MB file; above the open-check size the quick_check (~2x) must do.
    from liaison.trust.integrity import FULL_CHECK_ON_OPEN_BYTES

    thorough = backup_path.stat().st_size <= FULL_CHECK_ON_OPEN_BYTES
    problems = quick_check(backup_path, full=thorough)
    if problems:
        first = next(
            (
                ln.strip()
                for p in problems
                for ln in p.splitlines()
                if ln.strip() and "***" not in ln
            ),
            "unknown damage",
        )
        raise BackupError(
            f"The backup '{backup_path}' is damaged ({first}); choose another backup."
        )
    revision = schema_revision(backup_path)
    if revision is None:
        raise BackupError(
            f"'{backup_path}' is not a Liaison backup (it has no {VERSION_TABLE} table)."
        )
    if revision not in revision_chain():
        raise BackupError(
            f"The backup '{backup_path}' was made by a newer version of Liaison "
            f"(schema {revision}); update Liaison to restore it."
        )


def _in_use(target: Path) -> bool:
    """True while another connection has the database open, even an idle one.

    A window that merely has the database open keeps its connection; the restore
    would swap the file under it, and everything that window saved afterwards went
    into the replaced file, lost without a word. SQLite grants an exclusive lock
    only when no other connection is open (in WAL mode every open connection holds
    a shared lock on the wal-index), which holds on every platform.
    """
    try:
        conn = sqlite3.connect(target, timeout=0.5, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        return "locked" in text or "busy" in text
    except sqlite3.DatabaseError:
        return False  # a damaged target: nobody can be working in it
    finally:
        conn.close()


def refuse_if_in_use(target: Path) -> None:
    """BackupError when another window or program has ``target`` open (see :func:`_in_use`)."""
    if target.exists() and _in_use(target):
        raise BackupError(
            f"The database '{target}' is in use by another window or program; "
            "close it and try the restore again."
        )


def of_another_database(backup_path: Path, target: Path) -> bool:
    """True when the backup carries another database's id than ``target`` (both known).

    A backup folder holds the backups of every database of the user ("liaison-1f0c2a9b-…",
    "liaison-9e4d07aa-…"): picking the wrong one replaced the team's data with, say,
    the demo database's, behind the same question as any restore.
    """
    from liaison.trust.integrity import file_setting

    if not target.is_file():
        return False
    ours = file_setting(target, DATABASE_ID_SETTING)
    theirs = file_setting(Path(backup_path), DATABASE_ID_SETTING)
    return bool(ours and theirs and ours != theirs)


def _release_wal(target: Path) -> None:
    """Fold the target's WAL into the file and empty it, so no stale WAL outlives the swap.

    A leftover ``-wal`` would be replayed onto the restored file and ruin it. If
    another program holds the database, the checkpoint cannot finish: refuse.
    """
    refuse_if_in_use(target)
    wal = target.with_name(target.name + "-wal")
    if not wal.exists():
        return
    try:
        conn = sqlite3.connect(target, timeout=2)
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        busy = 0  # a damaged target: its WAL is worthless, remove it below
    if busy:
        raise BackupError(
            f"The database '{target}' is in use by another window or program; "
            "close it and try the restore again."
        )
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()


def restore(
    backup_path: str | Path,
    target_location: str | os.PathLike[str] | None,
    *,
    overwrite: bool = False,
    progress: ProgressFn | None = None,
    officer: str | None = None,
    forgotten_again: list[str] | None = None,
) -> Path:
    """Put the backup in place of the database at ``target_location``; return its path.

    Refuses to replace an existing database unless ``overwrite``. The backup is
    checked (``integrity_check``, schema) first; the swap is atomic. Close every
    connection to the target before calling this.

    People forgotten in the replaced database stay forgotten: a backup made before
    the request still holds them, and they are forgotten in the new file before it
    is put in place (their uuids are added to ``forgotten_again``); the marks that
    keep them out of imports are carried over too.
    """
    backup = Path(backup_path).expanduser().absolute()
    target = sqlite_path(resolve_url(target_location))
    if target is None:
        raise BackupError("A backup can only be restored into a database file, not a server.")
    if target.is_dir():
        raise DatabaseLocationError(f"'{target}' is a folder, not a database file.")
    verify_backup(backup)
    if target.exists() and not overwrite:
        raise BackupError(
            f"There is already a database at '{target}'; confirm that the backup may replace "
            "it (liaison restore --yes)."
        )
    if target.exists() and target.resolve() == backup.resolve():
        raise BackupError("The backup is the database itself; choose another file.")
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target.parent, target.name)

    def let_go_of_the_old() -> None:
        if target.exists():
            _release_wal(target)

    from liaison.trust.erasure import carry_marks
    from liaison.trust.privacy import forget_again, forgotten_uuids

    forgotten = forgotten_uuids(target) if target.exists() else set()
    with atomic_private_file(target, before_replace=let_go_of_the_old) as tmp:
        copy_database(backup, tmp, progress)
        again = forget_again(tmp, forgotten, officer)
        if target.exists():  # and people forgotten after the backup stay out of imports
            carry_marks(target, tmp)
    if forgotten_again is not None:
        forgotten_again.extend(again)
    return target


def safety_copy(target: Path) -> Path | None:
    """Before a restore replaces ``target``: keep a copy of it (None if there is no file).

    A sound file is copied among its backups (so it rotates like one); a damaged
    one is copied byte for byte next to it as ``<name>-damaged.db`` — never thrown away.
    """
    from liaison.trust.integrity import _backup_folder_of, problems_of

    if not target.is_file():
        return None
    if problems_of(target):  # (a sound file in a read-only folder is not damaged)
        return _keep_damaged(target)
    folder = _backup_folder_of(target)
    folder.mkdir(parents=True, exist_ok=True)
    copy = _new_backup_name(folder, file_series(target), dt.datetime.now())
    with atomic_private_file(copy) as tmp:
        copy_database(target, tmp)
    return copy


def _keep_damaged(path: Path) -> Path:
    import shutil

    aside = path.with_name(f"{path.stem}-damaged{path.suffix}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.stem}-damaged-{n}{path.suffix}")
        n += 1
    with atomic_private_file(aside) as tmp:
        shutil.copyfile(path, tmp)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():  # keep what the WAL held too, for whoever tries to rescue it
            kept_wal = aside.with_name(aside.name + "-wal")
            shutil.copyfile(wal, kept_wal)
            os.chmod(kept_wal, 0o600)
    return aside


def backup_before_migration(path: Path) -> Path | None:
    """Copy a database made by an older Liaison among its backups before it is migrated.

    Migrations run in a transaction, but a bug in one would still change every
    record; this copy is the way back. Nothing happens for a new file, a file at
    this release's schema, or one from a newer release (that one is refused).
    """
    from liaison.trust.integrity import _backup_folder_of

    revision = schema_revision(path)
    if revision is None or revision == head_revision() or revision not in revision_chain():
        return None
    folder = _backup_folder_of(path)
    folder.mkdir(parents=True, exist_ok=True)
    copy = _new_backup_name(folder, file_series(path), dt.datetime.now())
    with atomic_private_file(copy) as tmp:
        copy_database(path, tmp)
    return copy
