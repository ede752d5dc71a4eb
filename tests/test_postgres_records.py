"""The core's records on PostgreSQL: migrations, audited CRUD, trash, history, locking.

Run through ``open_database(URL)`` exactly as the app and the CLI do with ``--db``.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pg_cluster import pg_cluster, pg_url, waiting_for_a_lock  # noqa: F401
from sqlalchemy import text

from liaison.errors import NotFoundError, SchemaTooNewError, StaleRecordError, ValidationError
from liaison.services import contact_log, editing, records
from liaison.storage import db as db_module
from liaison.storage.db import Database, open_database
from liaison.storage.failures import DatabaseUnavailableError
from liaison.storage.migrate import head_revision, include_name
from liaison.storage.models import Base, Commitment, Interaction, Organisation, Person


@pytest.fixture
def pg(pg_url: str) -> Database:  # noqa: F811
    db = open_database(pg_url, officer="Fatima")
    yield db
    db.close()


def test_migrations_build_the_models_schema_on_an_empty_server_database(
    pg: Database,
    pg_url: str,  # noqa: F811
) -> None:
    with pg.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, Base.metadata) == []
    pg.close()
    open_database(pg_url).close()  # at head: opens again without migrating
    with pg.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fromthefuture'"))
    with pytest.raises(SchemaTooNewError, match="newer version of Liaison"):
        open_database(pg_url)


def test_create_update_trash_restore_and_history(pg: Database, tmp_path: Path) -> None:
    lite = open_database(tmp_path / "lite.db", officer="Fatima")
    results = {}
    try:
        for name, db in (("sqlite", lite), ("postgresql", pg)):
            with db.session_scope() as s:
                fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
                kitchen = records.create(
                    s, Organisation, name="Buurtkeuken Bloemhof", kind="initiative",
                    tags=records.tags_by_name(s, ["voedsel", "ouderen"]),
                )  # fmt: skip
                ayse = records.create(s, Person, given_name="Ayşe", family_name="Yılmaz",
                                      email="ayse@example.nl")  # fmt: skip
                support = records.create(
                    s, Commitment, partner=fund, initiative=kitchen, kind="financial",
                    amount=Decimal("1500.50"), start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
                )  # fmt: skip
                ids = (kitchen.id, ayse.id, support.id)
            with db.session_scope() as s:
                saved = editing.save_record(s, "person", ids[1], 1, {"phone": "06-12345678"})
                assert saved.version == 2
            with (
                pytest.raises(StaleRecordError, match="Fatima changed this person"),
                db.session_scope() as s,
            ):
                editing.save_record(s, "person", ids[1], 1, {"phone": "06-87654321"})
            with db.session_scope() as s:
                version = editing.delete_record(s, "organisation", ids[0])  # support goes along
                assert records.trash(s, Commitment)[0].id == ids[2]
            with db.session_scope() as s:
                editing.restore_record(s, "organisation", ids[0], version)
            with db.session_scope(write=False) as s:
                kitchen = records.get(s, Organisation, ids[0])
                support = records.get(s, Commitment, ids[2])
                results[name] = {
                    "history": [
                        (e.action, e.field, e.old, e.new, e.officer)
                        for e in records.history(s, records.get(s, Person, ids[1]))
                    ],
                    "kitchen": (kitchen.version, sorted(t.name for t in kitchen.tags)),
                    "support": (support.amount, support.version, support.deleted_at),
                    "trash": records.trash(s, Organisation),
                }
    finally:
        lite.close()
    assert results["postgresql"] == results["sqlite"]
    assert results["postgresql"]["support"] == (Decimal("1500.50"), 3, None)
    assert ("update", "phone", None, "06-12345678", "Fatima") in results["postgresql"]["history"]


def _second_save(db: Database, action, outcome: dict) -> threading.Thread:  # type: ignore[no-untyped-def]
    def run() -> None:
        try:
            with db.session_scope() as s:
                action(s)
            outcome["saved"] = True
        except Exception as exc:  # handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 20
    while not waiting_for_a_lock(db) and thread.is_alive():
        assert time.monotonic() < deadline, "the second save never waited for the first"
        time.sleep(0.02)
    return thread


@pytest.mark.parametrize("second", ["edit", "mark follow-up done", "undo a delete"])
def test_a_colleagues_save_in_flight_makes_a_stale_save_fail_not_overwrite(
    pg_url: str,  # noqa: F811
    second: str,
) -> None:
    """Fatima and Jan, on one server, both opened a record at the same version.

    On SQLite the second writer's BEGIN IMMEDIATE waits for the first, then reads
    the new version and is refused. On PostgreSQL both read the old version at once
    and Jan's save silently overwrote Fatima's: optimistic locking broke exactly
    where colleagues share a database.
    """
    fatima = open_database(pg_url, officer="Fatima")
    jan = open_database(pg_url, officer="Jan")
    try:
        with fatima.session_scope() as s:
            ayse = records.create(s, Person, given_name="Ayşe", family_name="Yılmaz")
            bob = records.create(s, Person, given_name="Bob", family_name="Jansen")
            talk = contact_log.log_interaction(
                s, occurred_at=dt.datetime(2026, 3, 2, 10), channel="call",
                summary="Gesprek", person_ids=[ayse.id], follow_up_on=dt.date(2026, 3, 9),
            )  # fmt: skip
        with fatima.session_scope() as s:
            trashed_at = editing.delete_record(s, "person", bob.id)  # Jan may undo this
        if second == "edit":
            fatimas = lambda t: records.update(t, Person, ayse.id, 1, phone="06-12345678")  # noqa: E731
            jans = lambda t: editing.save_record(t, "person", ayse.id, 1, {"phone": "010"})  # noqa: E731
        elif second == "mark follow-up done":
            fatimas = lambda t: records.update(t, Interaction, talk.id, 1, summary="Verslag")  # noqa: E731
            jans = lambda t: contact_log.mark_follow_up_done(t, talk.id, 1)  # noqa: E731
        else:
            fatimas = lambda t: records.restore(t, Person, bob.id)  # noqa: E731
            jans = lambda t: editing.restore_record(t, "person", bob.id, trashed_at)  # noqa: E731
        outcome: dict = {}
        with fatima.session_scope() as s:
            fatimas(s)  # saved, not yet committed, while Jan saves
            thread = _second_save(jan, jans, outcome)
        thread.join(20)
        assert isinstance(outcome.get("error"), StaleRecordError), outcome
        with jan.session_scope(write=False) as s:
            assert s.get(Person, ayse.id).phone == ("06-12345678" if second == "edit" else None)
            assert s.get(Interaction, talk.id).follow_up_done is False
            assert s.get(Person, bob.id).version == trashed_at + (second == "undo a delete")
    finally:
        fatima.close()
        jan.close()


def test_a_record_trashed_by_a_colleague_meanwhile_is_not_found(pg_url: str) -> None:  # noqa: F811
    fatima = open_database(pg_url, officer="Fatima")
    jan = open_database(pg_url, officer="Jan")
    try:
        with fatima.session_scope() as s:
            pid = records.create(s, Person, given_name="Ayşe", family_name="Yılmaz").id
        outcome: dict = {}
        with fatima.session_scope() as s:
            records.delete(s, Person, pid)
            thread = _second_save(
                jan, lambda t: records.update(t, Person, pid, None, phone="010"), outcome
            )
        thread.join(20)
        assert isinstance(outcome.get("error"), NotFoundError), outcome
    finally:
        fatima.close()
        jan.close()


def test_a_writer_waiting_too_long_gets_the_busy_sentence(
    pg_url: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Write scopes take turns on a server too; one that waits past the busy timeout is
    told so in one sentence (busy=True, so the retry helper tries again), as on SQLite."""
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    fatima = open_database(pg_url, officer="Fatima")
    jan = open_database(pg_url, officer="Jan")
    try:
        with fatima.session_scope() as s:
            records.create(s, Person, given_name="Ayşe", family_name="Yılmaz")
            with (
                pytest.raises(DatabaseUnavailableError, match="^The database is busy") as caught,
                jan.session_scope() as t,
            ):
                records.create(t, Person, given_name="Jan", family_name="de Vries")
            assert caught.value.busy
            with jan.session_scope(write=False) as t:  # readers never wait
                assert t.query(Person).count() == 0
        with jan.session_scope() as t:
            records.create(t, Person, given_name="Jan", family_name="de Vries")
            assert t.query(Person).count() == 2
    finally:
        fatima.close()
        jan.close()


@pytest.mark.parametrize(
    ("entity", "values", "field"),
    [
        ("person", {"given_name": "A" * 121, "family_name": "Yılmaz"}, "given_name"),
        ("organisation", {"name": "Buurthuis " + "x" * 200, "kind": "initiative"}, "name"),
        ("organisation", {"name": "Buurthuis", "kind": "initiative", "tags": ["l" * 81]}, "tags"),
    ],
)
def test_text_longer_than_its_column_is_refused_in_one_sentence_on_both(
    pg: Database, tmp_path: Path, entity: str, values: dict, field: str
) -> None:
    """A form has no length limit; PostgreSQL refused the save with a DataError (the app's
    'something went wrong'), SQLite stored it and its export could not be imported."""
    lite = open_database(tmp_path / "lite.db", officer="Fatima")
    try:
        for db in (lite, pg):
            with (
                pytest.raises(
                    ValidationError, match=r" can be at most \d+ characters long\.$"
                ) as e,
                db.session_scope() as s,
            ):
                editing.save_record(s, entity, None, None, values)
            assert e.value.field == field
            with db.session_scope() as s:  # the longest value that fits is saved
                short = {k: v[: 120 if k == "given_name" else 200] if isinstance(v, str) else v
                         for k, v in values.items() if k != "tags"}  # fmt: skip
                editing.save_record(s, entity, None, None, short)
    finally:
        lite.close()


def test_colleagues_starting_a_new_release_at_once_both_open_the_database(
    pg_url: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first to open an empty (or older) server database migrates it; a colleague
    opening it meanwhile ran the same DDL and failed ('cannot be opened: … already
    exists'). Fatima's migration is held before its commit while Jan opens."""
    from alembic import command

    upgrade, held, go = command.upgrade, threading.Event(), threading.Event()

    def upgrade_and_hold(*args: object, **kwargs: object) -> None:
        upgrade(*args, **kwargs)
        if threading.current_thread().name == "fatima":
            held.set()
            go.wait(20)

    monkeypatch.setattr(command, "upgrade", upgrade_and_hold)
    opened: dict[str, object] = {}

    def open_as(name: str) -> None:
        try:
            opened[name] = open_database(pg_url, officer=name)
        except Exception as exc:  # handed to the test
            opened[name] = exc

    fatima = threading.Thread(target=open_as, args=("fatima",), name="fatima")
    jan = threading.Thread(target=open_as, args=("jan",), name="jan")
    try:
        fatima.start()
        assert held.wait(20)
        jan.start()
        deadline = time.monotonic() + 20
        probe = open_database(pg_url, migrate=False)
        try:
            while jan.is_alive() and not waiting_for_a_lock(probe):
                assert time.monotonic() < deadline
                time.sleep(0.02)
        finally:
            probe.close()
        go.set()
        fatima.join(20)
        jan.join(20)
        assert {n: type(db).__name__ for n, db in opened.items()} == {
            "fatima": "Database",
            "jan": "Database",
        }
    finally:
        go.set()
        for db in opened.values():
            if isinstance(db, Database):
                db.close()


def test_a_connection_lost_mid_save_is_one_sentence_and_the_next_save_works(
    pg: Database,
    pg_cluster,  # noqa: F811
) -> None:
    """A laptop's VPN drops or the server restarts while an officer saves: one sentence
    (it was a raw OperationalError: 'something went wrong' in the app, a traceback-like
    line and exit 1 from the command line), and the next save reconnects."""
    import psycopg

    lost = "^The connection to the database server was lost"
    with pytest.raises(DatabaseUnavailableError, match=lost), pg.session_scope() as s:
        records.create(s, Person, given_name="Ayşe", family_name="Yılmaz")
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(host=str(pg_cluster.socket_dir), user="liaison",
                             dbname="postgres", autocommit=True) as admin:  # fmt: skip
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        records.create(s, Person, given_name="Jan", family_name="de Vries")
    with pg.session_scope() as s:
        records.create(s, Person, given_name="Jan", family_name="de Vries")
    with pg.session_scope(write=False) as s:
        assert [p.given_name for p in s.query(Person)] == ["Jan"]


def test_a_nul_character_in_a_saved_text_is_dropped(pg: Database, tmp_path: Path) -> None:
    """PostgreSQL refuses text holding a NUL (a DataError: 'something went wrong')."""
    lite = open_database(tmp_path / "lite.db", officer="Fatima")
    try:
        for db in (lite, pg):
            with db.session_scope() as s:
                saved = editing.save_record(
                    s, "organisation", None, None,
                    {"name": "Buurt\x00keuken", "kind": "initiative", "description": "\x00"},
                )  # fmt: skip
            with db.session_scope(write=False) as s:
                org = s.get(Organisation, saved.id)
                assert (org.name, org.name_key, org.description) == (
                    "Buurtkeuken",
                    "buurtkeuken",
                    None,
                )
    finally:
        lite.close()
