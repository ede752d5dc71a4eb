"""A throwaway PostgreSQL server for the tests that run the core on PostgreSQL.

DESIGN promises that the same code runs on SQLite and on a team's PostgreSQL
server; these fixtures make that checkable on a developer's machine and in CI
without a server of their own: one cluster per test session (``initdb`` into a
temporary folder, listening only on a unix socket there, fsync off), a fresh
database per test, everything removed at the end.

Use it like ``ui_shell_data``: ``from pg_cluster import pg_url  # noqa: F401``.
Tests that ask for ``pg_url`` are SKIPPED, with the reason, when the machine has
no PostgreSQL server binaries or no psycopg driver.

PostgreSQL refuses to run as root; as root the server runs as ``nobody``
(``setpriv``, else ``runuser``), which then owns the temporary folder.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: The role the tests connect as (superuser of the throwaway cluster, trust auth on the socket).
USER = "liaison"
_UNPRIVILEGED = "nobody"


def _binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH first, then Debian's versioned folders."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    return None


def _as_server_user() -> list[str] | None:
    """The command prefix that runs the server as a non-root user (None: not possible)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv"):
        return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
    if shutil.which("runuser"):
        return ["runuser", "-u", _UNPRIVILEGED, "--"]
    return None


@dataclass
class Cluster:
    """A running throwaway cluster: its folder, socket folder and the URLs of its databases."""

    root: Path
    bin: Path
    prefix: list[str]
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    #: CREATE DATABASE options for a Dutch collation (ICU), as a municipality's server
    #: would sort text; empty where this server has no ICU. The cluster's own C.UTF-8
    #: sorts like SQLite (code points), which the comparisons with SQLite rely on.
    dutch: str = ""

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            [*self.prefix, *args], capture_output=True, text=True, timeout=120, check=False
        )
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stderr or result.stdout}\n{tail}")

    def start(self) -> None:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=USER, dbname="postgres") as conn:
            dutch = conn.execute(
                "SELECT count(*) FROM pg_collation WHERE collname = 'nl-NL-x-icu'"
            ).fetchone()
        if dutch and dutch[0]:
            self.dutch = "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'nl-NL'"

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(Exception):
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@/{database}?host={self.socket_dir}"

    def create_database(self, *, dutch: bool = False) -> str:
        """A new empty database (``dutch``: sorting text as Dutch); returns its URL."""
        import psycopg

        name = f"liaison_test_{next(self._numbers)}"
        with psycopg.connect(
            host=str(self.socket_dir), user=USER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}" {self.dutch if dutch else ""}')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.split("/")[-1].split("?")[0]
        with (
            contextlib.suppress(psycopg.Error),
            psycopg.connect(
                host=str(self.socket_dir), user=USER, dbname="postgres", autocommit=True
            ) as conn,
        ):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_cluster: Cluster | None = None
_failure: str | None = None


def _start_cluster() -> Cluster:
    """The session's one cluster (started on first use, stopped at exit), or a skip."""
    global _cluster, _failure
    if _cluster is not None:
        return _cluster
    if _failure is not None:
        pytest.skip(_failure)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _failure = "the psycopg driver is not installed (uv sync installs the dev group)"
        pytest.skip(_failure)
    folder = _binaries()
    if folder is None:
        _failure = "PostgreSQL server binaries (initdb, pg_ctl) are not on this machine"
        pytest.skip(_failure)
    prefix = _as_server_user()
    if prefix is None:
        _failure = "running as root without setpriv or runuser to start PostgreSQL as another user"
        pytest.skip(_failure)
    root = Path(tempfile.mkdtemp(prefix="liaison-pg-"))
    if os.geteuid() == 0:
        import pwd

        entry = pwd.getpwnam(_UNPRIVILEGED)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    cluster = Cluster(root=root, bin=folder, prefix=prefix)
    try:
        cluster.start()
    except Exception as exc:
        cluster.stop()
        _failure = f"a throwaway PostgreSQL server could not be started: {exc}"
        raise
    _cluster = cluster
    atexit.register(cluster.stop)  # also if the session ends without fixture teardown
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The throwaway cluster of this test session (one, whichever modules import this)."""
    cluster = _start_cluster()
    yield cluster
    # Every module that imports this fixture has its own session-scoped copy; they all
    # share the one cluster, which atexit stops once the last of them is done.


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database for one test."""
    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(url)


def waiting_for_a_lock(db: object) -> bool:
    """Whether some session of ``db``'s database waits for a lock (row, advisory…) now."""
    from sqlalchemy import text

    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        return bool(
            conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        )
