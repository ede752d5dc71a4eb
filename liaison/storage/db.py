"""Opening a Liaison database: where it lives, how SQLite is tuned, migrations, sessions.

``open_database(location)`` is the one entry point: it resolves the location,
creates the file with mode 0600 if needed, tunes SQLite (WAL, foreign keys,
busy timeout), refuses a schema newer than the app and migrates an older one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from liaison.errors import DatabaseLocationError, LiaisonError
from liaison.storage import search_index  # noqa: F401  (keeps the search index in step)
from liaison.storage.failures import unavailable

ENV_VAR = "LIAISON_DB"
BUSY_TIMEOUT_MS = 15_000
WRITE_OPTION = "liaison_write"


def login_name() -> str:
    """Who records are stamped by when no officer is given (the command line, scripts).

    LIAISON_OFFICER, else the login name as the platform keeps it: getpass reads
    USERNAME on Windows, where USER is not set and records said "door officer".
    """
    import getpass

    if name := os.environ.get("LIAISON_OFFICER", "").strip():
        return name
    try:
        return getpass.getuser() or "officer"
    except Exception:  # noqa: BLE001 - no login name anywhere (a bare container)
        return "officer"


DEFAULT_OFFICER = login_name()


def default_database_path() -> Path:
    """The per-user data folder's database (platformdirs knows each platform's rule)."""
    return Path(platformdirs.user_data_dir("Liaison", "Liaison")) / "liaison.db"


def resolve_url(location: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` value, else ``LIAISON_DB``, else the per-user data folder, as a URL."""
    raw = location if location is not None else os.environ.get(ENV_VAR)
    if raw is None or str(raw).strip() == "":
        return _sqlite_url(default_database_path())
    text = str(raw)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError as exc:
            raise DatabaseLocationError(f"'{text}' is not a valid database URL.") from exc
    return _sqlite_url(Path(text).expanduser())


def _sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path.absolute()))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other backends."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _check_sqlite_file(path: Path, create: bool) -> None:
    """Give one clear sentence for a location that cannot hold a database."""
    if path.is_dir():
        raise DatabaseLocationError(f"'{path}' is a folder, not a database file.")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseLocationError(f"'{path}' cannot be read (check its permissions).")
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise DatabaseLocationError(f"'{path}' is not a Liaison database (not an SQLite file).")
        return
    if not create:
        raise DatabaseLocationError(f"There is no database at '{path}'.")
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseLocationError(
            f"The folder '{parent}' cannot be created: {exc.strerror}."
        ) from exc
    if not os.access(parent, os.W_OK):
        raise DatabaseLocationError(f"The folder '{parent}' is not writable.")
    # Create the file ourselves so it is private from the first byte (mode 0600).
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)


def _tune_sqlite(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when transactions begin.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = NORMAL")
    with contextlib.suppress(sqlite3.OperationalError):
        cur.execute("PRAGMA journal_mode = WAL")
    cur.close()


def _optimize_on_close(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # SQLite's advice for long-lived connections: refresh the planner statistics
    # of the tables this connection used, sampling at most 400 rows per index.
    # Without them SQLite picked the date index for one organisation's contact
    # log (112 ms instead of 0.3 ms at 500,000 entries).
    with contextlib.suppress(sqlite3.Error):
        dbapi_conn.execute("PRAGMA busy_timeout = 100")  # never wait for another writer
        dbapi_conn.execute("PRAGMA analysis_limit = 400")
        dbapi_conn.execute("PRAGMA optimize")


def _begin(conn: Any) -> None:
    # A write scope starts with BEGIN IMMEDIATE: a deferred BEGIN would let two
    # writers both read, then one fail with "database is locked" when it
    # upgrades to a write lock; IMMEDIATE makes the second one wait its turn
    # (busy timeout). Read scopes keep a plain BEGIN so they never queue
    # behind a writer (WAL lets readers run alongside).
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


#: The key of the PostgreSQL advisory lock that write scopes take (ASCII "LIAISON").
WRITE_LOCK_KEY = 0x4C494149534F4E


def _begin_server(conn: Any) -> None:
    # A server lets write transactions run side by side: two colleagues' imports both
    # matched the same records and both inserted them, and any service that reads,
    # checks, then writes could act on what a colleague was changing. A write scope
    # takes one lock per database first, as BEGIN IMMEDIATE does on SQLite (waiting
    # for the other writer as long as SQLite's busy timeout); readers never wait.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def follow_explicit_ids(bind: Session | Any) -> None:
    """After rows were inserted with ids of the writer's own (the demo's bulk load):
    move PostgreSQL's id counters past them, or the next record added the usual way
    would be given an id that is taken. SQLite numbers on from the largest id anyway."""
    conn = bind.connection() if isinstance(bind, Session) else bind
    if conn.dialect.name != "postgresql":
        return
    from liaison.storage.models import Base

    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.primary_key or column.autoincrement is False:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f'coalesce(max(id), 0) + 1, false) FROM "{table.name}"'
        )


def make_engine(url: URL) -> Engine:
    """An engine with Liaison's connection settings for the URL's backend."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "close", _optimize_on_close)
        event.listen(engine, "begin", _begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if url.get_backend_name() == "postgresql":
        event.listen(engine, "begin", _begin_server)
    return engine


@dataclass
class Database:
    """An opened, migrated database: the engine and a session factory."""

    url: URL
    engine: Engine
    officer: str = DEFAULT_OFFICER
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    def session(self, *, write: bool = True) -> Session:
        """A new session stamped with the acting officer (see services.records).

        ``write=False`` marks a read-only unit of work, which on SQLite never
        waits for a writer.
        """
        session = self._factory()
        session.info["officer"] = self.officer
        if write:
            try:  # BEGIN IMMEDIATE: waits for another writer, then gives up
                session.connection(execution_options={WRITE_OPTION: True})
            except BaseException as exc:
                session.close()
                failure = unavailable(exc)
                if failure is not None:
                    raise failure from exc
                raise
        return session

    @contextlib.contextmanager
    def session_scope(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        session = self.session(write=write)
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            failure = unavailable(exc)  # busy, read-only, disk full: one sentence
            if failure is not None:
                raise failure from exc
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    location: str | os.PathLike[str] | URL | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    officer: str | None = None,
) -> Database:
    """Open (and create, and migrate) the database at ``location``.

    Raises :class:`LiaisonError` subclasses with one readable sentence for
    every way this can fail: a folder, an unreadable or foreign file, a
    schema newer than this app.
    """
    url = location if isinstance(location, URL) else resolve_url(location)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
        from liaison.trust.integrity import check_on_open  # DamagedDatabaseError: offer a restore

        check_on_open(path)
    engine = make_engine(url)
    try:
        if migrate:
            from liaison.storage.migrate import upgrade_to_head

            upgrade_to_head(engine)
    except LiaisonError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise DatabaseLocationError(
            f"The database at '{path or url}' cannot be opened: {_reason(exc)}."
        ) from exc
    return Database(url=url, engine=engine, officer=officer or DEFAULT_OFFICER)


def _reason(exc: Exception) -> str:
    """The driver's reason as part of one sentence: its first line, without end punctuation.

    A server's driver explains over several lines ('… failed: Connection refused',
    then a tab and 'Is the server running …?'), which reached the officer as two
    lines ending in '?.'; the first line says what happened.
    """
    text = str(getattr(exc, "orig", None) or exc)
    first = next((line.strip() for line in text.splitlines() if line.strip()), text.strip())
    return first.rstrip(".?!;: ") or type(exc).__name__
