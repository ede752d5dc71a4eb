"""Two processes on one database: no "database is locked" crash, nothing lost, stale edits refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError

from liaison.errors import StaleRecordError
from liaison.services import records
from liaison.storage.db import Database, make_engine, open_database
from liaison.storage.models import Organisation, Person
from liaison.trust.retry import DatabaseBusyError, is_busy, run_with_retry

WORKER = str(Path(__file__).with_name("trust_worker.py"))
ROOT = Path(__file__).resolve().parents[1]


def worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, WORKER, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def impatient(db_path: Path, timeout_ms: int = 100) -> Database:
    """The same database with a short busy timeout, so lock waits show up in a test quickly."""
    base = open_database(db_path, officer="impatient")
    engine = make_engine(base.url)

    @event.listens_for(engine, "connect")
    def _short(conn, _record):  # type: ignore[no-untyped-def]
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")

    base.close()
    return Database(url=base.url, engine=engine, officer="impatient")


def hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    conn.execute("ROLLBACK")
    conn.close()


def test_run_with_retry_outlasts_a_lock_held_longer_than_the_busy_timeout(
    db: Database, db_path: Path
) -> None:
    quick = impatient(db_path)
    started = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(db_path, 0.8, started))
    holder.start()
    started.wait()
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        time.sleep(seconds)

    org = run_with_retry(
        quick, lambda s: records.create(s, Organisation, name="Na het wachten"), sleep=sleep
    )
    holder.join()
    assert pauses, "the lock should have been met at least once"
    with db.session_scope(write=False) as s:
        assert s.get(Organisation, org.id).name == "Na het wachten"
    quick.close()


def test_run_with_retry_gives_up_with_one_sentence(db: Database, db_path: Path) -> None:
    quick = impatient(db_path, timeout_ms=20)
    started = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(db_path, 1.5, started))
    holder.start()
    started.wait()
    try:
        with pytest.raises(DatabaseBusyError, match="stayed busy"):
            run_with_retry(
                quick,
                lambda s: records.create(s, Organisation, name="x"),
                attempts=3,
                first_pause=0.05,
            )
    finally:
        holder.join()
        quick.close()


def test_real_errors_are_not_retried(db: Database) -> None:
    calls = []

    def broken(session):  # type: ignore[no-untyped-def]
        calls.append(1)
        return session.execute(text("SELECT * FROM no_such_table"))

    with pytest.raises(OperationalError) as caught:
        run_with_retry(db, broken)
    assert not is_busy(caught.value) and calls == [1]


def _count(db_path: Path, cls: type) -> int:
    db = open_database(db_path)
    try:
        with db.session_scope(write=False) as s:
            return s.scalar(select(func.count()).select_from(cls)) or 0
    finally:
        db.close()


@pytest.mark.slow
def test_two_writer_processes_lose_nothing(db: Database, db_path: Path) -> None:
    db.close()
    n = 120
    a = worker("write", str(db_path), str(n), "Alfa")
    b = worker("write", str(db_path), str(n), "Bravo")
    results = [p.communicate(timeout=240) for p in (a, b)]
    for p, (out, err) in zip((a, b), results, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err and out.strip().endswith("done")
    again = open_database(db_path)
    with again.session_scope(write=False) as s:
        names = set(s.scalars(select(Organisation.name)))
    again.close()
    assert names == {f"{w} {i}" for w in ("Alfa", "Bravo") for i in range(n)}
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


@pytest.mark.slow
def test_reading_cli_while_another_process_bulk_writes(db: Database, db_path: Path) -> None:
    with db.session_scope() as s:
        org = records.create(s, Organisation, name="Leesbaar")
    db.close()
    bulk = worker("bulk", str(db_path), "4000")
    assert bulk.stdout.readline().strip() == "ready"
    readers = [
        subprocess.run(
            [sys.executable, "-m", "liaison", *args, "--db", str(db_path)],
            capture_output=True,
            text=True,
            timeout=240,
        )
        for args in (
            ["history", f"organisation:{org.id}", "--json"],
            ["privacy", "retention", "--json"],
            ["backup", "--to", str(db_path.with_name("during.db"))],
        )
    ]
    out, err = bulk.communicate(timeout=240)
    assert bulk.returncode == 0, err
    for done in readers:
        assert done.returncode == 0, done.stderr
        assert "locked" not in done.stderr
    assert _count(db_path, Person) == 4000
    # The backup taken during the bulk write is consistent: all of it or none of it.
    assert _count(db_path.with_name("during.db"), Person) in (0, 4000)


@pytest.mark.slow
def test_stale_edit_between_two_processes_is_refused(db: Database, db_path: Path) -> None:
    with db.session_scope() as s:
        org = records.create(s, Organisation, name="Buurthuis De Brug")
    seen_version = org.version
    # Another process saves first…
    other = worker("update", str(db_path), str(org.id), str(seen_version), "Buurthuis De Boog")
    out, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    # …so this one, still holding version 1, is refused with a clear sentence.
    with db.session_scope() as s, pytest.raises(StaleRecordError) as caught:
        records.update(s, Organisation, org.id, seen_version, name="Buurthuis De Baai")
    assert "worker-update changed this organisation after you opened it" in str(caught.value)
    assert caught.value.current["name"] == "Buurthuis De Boog"
    # And the other way round: the worker holding an old version gets the sentence (exit 2).
    with db.session_scope() as s:
        records.update(s, Organisation, org.id, 2, name="Buurthuis De Baai")
    late = worker("update", str(db_path), str(org.id), "2", "Buurthuis Oud")
    out, err = late.communicate(timeout=120)
    assert late.returncode == 2
    assert "Tester changed this organisation after you opened it" in err
    with db.session_scope(write=False) as s:
        assert s.get(Organisation, org.id).name == "Buurthuis De Baai"


@pytest.mark.slow
def test_cli_list_while_another_process_imports_sees_before_or_after(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    """``liaison list people`` during a real ``liaison import``: never an error, never half."""
    import json

    from test_trust_crash import make_workbook

    with db.session_scope() as s:
        records.create(s, Person, given_name="Al", family_name="Aanwezig")
    db.close()
    sheet = tmp_path / "contacten.xlsx"
    make_workbook(sheet, 12_000)
    importer = subprocess.Popen(
        [sys.executable, "-m", "liaison", "import", str(sheet), "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[int] = []
    during = 0
    while True:
        running_before = importer.poll() is None
        done = subprocess.run(
            [sys.executable, "-m", "liaison", "list", "people", "--json", "--db", str(db_path)],
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert done.returncode == 0, done.stderr
        assert "locked" not in done.stderr
        seen.append(len(json.loads(done.stdout)))
        if running_before and importer.poll() is None:
            during += 1
        if not running_before:
            break
    out, err = importer.communicate(timeout=240)
    assert importer.returncode == 0, err
    assert during >= 1, "no reader overlapped the import; make the workbook bigger"
    assert set(seen) <= {1, 12_001}  # each read saw the state before or after, never half
    assert seen[-1] == 12_001
