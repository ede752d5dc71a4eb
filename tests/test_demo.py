"""Demo data: deterministic, realistic (the agenda and signals find work), honest about refusing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison import demo
from liaison.services import agenda, queries, search, signals
from liaison.storage.db import Database, open_database
from liaison.storage.models import (
    Affiliation,
    AuditEntry,
    Commitment,
    ImportBatch,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    OrganisationKind,
    Person,
    interaction_organisation,
    interaction_person,
)
from liaison.text import name_key, person_sort_key

TODAY = dt.date(2026, 3, 16)
SIZE = 400


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One generated demo database shared by the read-only tests of this module."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db", officer="Tester")
    demo.generate(database, size=SIZE, seed=7, today=TODAY)
    yield database
    database.close()


def fingerprint(db: Database) -> dict[str, object]:
    with db.session_scope(write=False) as s:
        return {
            "people": s.execute(
                select(Person.uuid, Person.given_name, Person.infix, Person.family_name).order_by(
                    Person.id
                )
            ).all(),
            "orgs": s.execute(
                select(Organisation.uuid, Organisation.name, Organisation.kind).order_by(
                    Organisation.id
                )
            ).all(),
            "commitments": s.execute(
                select(
                    Commitment.uuid, Commitment.amount, Commitment.start, Commitment.renew_by
                ).order_by(Commitment.id)
            ).all(),
            "log": s.execute(
                select(Interaction.uuid, Interaction.occurred_at, Interaction.summary).order_by(
                    Interaction.id
                )
            ).all(),
            "links": s.execute(select(func.count()).select_from(interaction_person)).scalar(),
        }


def test_same_seed_same_database_other_seed_other_names(tmp_path: Path) -> None:
    runs = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        db = open_database(tmp_path / f"{name}.db", officer="Tester")
        summary = demo.generate(db, size=40, seed=seed, today=TODAY)
        runs.append((summary, fingerprint(db)))
        db.close()
    (sa, fa), (sb, fb), (sc, fc) = runs
    assert sa == sb
    assert fa == fb
    assert fa["people"] != fc["people"]
    assert sa.people == 40 and sa.initiatives == 25  # at least 25 initiatives, even for few people


def test_sizes_follow_the_number_of_people(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        people = s.scalar(select(func.count(Person.id)))
        initiatives = s.scalar(
            select(func.count(Organisation.id)).where(Organisation.kind == "initiative")
        )
        log = s.scalar(select(func.count(Interaction.id)))
        officers = s.scalar(select(func.count(Officer.id)))
        hoods = s.scalar(select(func.count(Neighbourhood.id)))
    assert people == SIZE
    assert initiatives == max(25, SIZE // 10)
    assert log == 5 * SIZE  # about five contact-log entries per person
    assert 5 <= officers <= 10
    assert hoods >= 70  # Rotterdam's list was loaded


def test_every_partner_kind_and_the_named_partners_are_there(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        kinds = set(s.scalars(select(Organisation.kind).distinct()))
        names = set(s.scalars(select(Organisation.name)))
    assert kinds == {k.value for k in OrganisationKind}
    for name in ("Oranje Fonds", "VSBfonds", "Kansfonds", "Woonstad Rotterdam", "SMR", "Dock"):
        assert name in names
    assert any(n.startswith("Gemeente Rotterdam – gebiedscommissie") for n in names)
    assert any(n.startswith("Voedselbank ") for n in names)
    assert any(n.startswith("Digitale Maatjes ") for n in names)


def test_names_from_several_communities_with_infixes(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        people = s.execute(select(Person.given_name, Person.infix, Person.family_name)).all()
    infixes = Counter(p.infix for p in people)
    assert infixes["van den"] + infixes["van der"] + infixes["de"] > 0
    assert infixes["el"] > 0
    families = {p.family_name for p in people}
    assert families & {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Özdemir"}
    assert families & {"Tavares", "Lopes", "Fortes", "Monteiro", "Semedo", "Silva", "Santos"}
    assert families & {"Pinas", "Doelwijt", "Ramdin", "Sewnath", "Biharie", "Wijngaarde"}


def test_bulk_rows_read_back_like_orm_rows(demo_db: Database) -> None:
    """Derived keys, money, dates and stamps are what the ORM would have written."""
    with demo_db.session_scope(write=False) as s:
        for p in s.scalars(select(Person).limit(50)):
            assert p.sort_key == person_sort_key(p.given_name, p.infix, p.family_name)
            assert p.version == 1 and p.created_by == "Tester" and p.uuid
            assert p.legal_basis and p.data_source
        for o in s.scalars(select(Organisation).limit(50)):
            assert o.name_key == name_key(o.name)
        amounts = list(s.scalars(select(Commitment.amount).where(Commitment.amount.is_not(None))))
        assert amounts and all(isinstance(a, Decimal) for a in amounts)
        assert any(a != a.to_integral_value() for a in amounts) or Decimal("750.00") in amounts
        entry = s.scalars(select(Interaction).limit(1)).one()
        assert isinstance(entry.occurred_at, dt.datetime)
        assert entry.organisations  # linked through the association table


def test_commitments_spread_over_the_years_relative_to_today(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        rows = s.execute(select(Commitment.start, Commitment.end, Commitment.status)).all()
    years = {r.start.year for r in rows}
    assert min(years) == 2020
    assert max(r.end for r in rows) > TODAY + dt.timedelta(days=365)
    assert {r.status for r in rows} >= {"active", "ended", "renewed", "proposed"}


def test_renewals_come_up_in_the_next_weeks_and_some_are_overdue(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        items = agenda.renewals(s, within_days=56, today=TODAY)
    renew = [i for i in items if i.what == "renew_by"]
    assert any(0 <= i.days_left <= 56 for i in renew)
    assert any(i.days_left < 0 for i in renew)


def test_signals_find_fragile_unconnected_and_dormant_initiatives(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        found = signals.all_signals(s, today=TODAY)
        n_initiatives = s.scalar(
            select(func.count(Organisation.id)).where(Organisation.kind == "initiative")
        )
    codes = Counter(sig.code for sig in found)
    for code in (
        signals.SINGLE_PARTNER,
        signals.ONE_OFF_ONLY,
        signals.NO_MUNICIPAL_CONTACT,
        signals.DORMANT,
    ):
        assert codes[code] > 0, code
    fragile = {sig.initiative_id for sig in found if sig.code in signals.FRAGILE_CODES}
    # Fragile initiatives are common, but there are structural coalitions too.
    assert 0.1 * n_initiatives < len(fragile) < 0.8 * n_initiatives


def test_contact_log_has_open_done_and_overdue_follow_ups(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        rows = s.execute(select(Interaction.follow_up_on, Interaction.follow_up_done)).all()
        people_links = s.scalar(select(func.count()).select_from(interaction_person))
        org_links = s.scalar(select(func.count()).select_from(interaction_organisation))
        channels = set(s.scalars(select(Interaction.channel).distinct()))
    with_follow_up = [r for r in rows if r.follow_up_on is not None]
    assert any(r.follow_up_done for r in with_follow_up)
    assert any(not r.follow_up_done and r.follow_up_on < TODAY for r in with_follow_up)
    assert any(not r.follow_up_done and r.follow_up_on >= TODAY for r in with_follow_up)
    assert people_links > 0 and org_links >= len(rows)
    assert channels == {"call", "visit", "meeting", "email", "message", "event"}


def test_every_initiative_has_an_initiator(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        without = s.scalar(
            select(func.count(Organisation.id)).where(
                Organisation.kind == "initiative",
                ~Organisation.id.in_(
                    select(Affiliation.organisation_id).where(Affiliation.role == "initiator")
                ),
            )
        )
    assert without == 0


def test_demo_is_one_audited_batch_and_searchable(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        batch = s.scalars(select(ImportBatch)).one()
        assert batch.file_name == "demo data"
        unbatched = s.scalar(
            select(func.count(Person.id)).where(Person.import_batch_id.is_not(batch.id))
        )
        assert unbatched == 0
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "import_batch")).all()
        assert len(entries) == 1 and entries[0].record_uuid == batch.uuid
        someone = s.scalars(select(Person).order_by(Person.id).limit(1)).one()
        hits = search.search(s, f"{someone.given_name} {someone.family_name}")
        assert any(h.entity == "person" and h.id == someone.id for h in hits)
        assert search.search(s, "voedselbank")


def test_lists_work_on_demo_data(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        for entity in queries.LIST_ENTITIES:
            found = queries.ids(s, queries.ListQuery(entity))
            assert found
            assert len(queries.serialise(s, entity, found[:20])) == 20


def test_a_filled_database_is_refused_unless_forced(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db", officer="Tester")
    first = demo.generate(db, size=30, today=TODAY)
    with pytest.raises(demo.DemoRefused) as err:
        demo.generate(db, size=30, today=TODAY)
    assert "--force" in str(err.value)
    second = demo.generate(db, size=30, today=TODAY, force=True)  # same seed: new UUIDs
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count(Person.id))) == 60
        assert s.scalar(select(func.count(Officer.id))) == first.officers  # reused by name
    assert second.batch_id != first.batch_id
    db.close()


class Cancelling:
    """A progress callback like ui.worker.Progress that cancels after a few reports."""

    def __init__(self, after: int) -> None:
        self.calls: list[tuple[int, int, str]] = []
        self.after = after

    def __call__(self, done: int, total: int, message: str) -> None:
        self.calls.append((done, total, message))

    def cancelled(self) -> bool:
        return len(self.calls) >= self.after


def test_a_cancel_after_saving_comes_too_late_and_is_not_reported(tmp_path: Path) -> None:
    """Pressed while the demo data was being saved: it is there, so no "nothing written"."""

    class CancelWhileSaving(Cancelling):
        def cancelled(self) -> bool:
            return any(message == "Saving" for _, _, message in self.calls)

    db = open_database(tmp_path / "d.db", officer="Tester")
    demo.generate(db, size=30, today=TODAY, progress=CancelWhileSaving(after=0), force=False)
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count(Organisation.id))) > 0
    db.close()


def test_progress_is_reported_and_cancel_writes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db", officer="Tester")
    progress = Cancelling(after=10**9)
    demo.generate(db, size=30, today=TODAY, progress=progress, force=False)
    done = [c[0] for c in progress.calls]
    assert done == sorted(done) and done[-1] == progress.calls[-1][1] == 100
    db.close()

    db = open_database(tmp_path / "e.db", officer="Tester")
    with pytest.raises(demo.DemoCancelled):
        demo.generate(db, size=30, today=TODAY, progress=Cancelling(after=3))
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count(Organisation.id))) == 0
        assert s.scalar(select(func.count(ImportBatch.id))) == 0
    db.close()


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every stored value with its SQLite storage type; "now" stamps only by type and length."""
    stamps = {"created_at", "updated_at", "imported_at", "at"}
    # Neighbourhoods are loaded through records.create (random UUIDs), as are their audits.
    random_ids = {("neighbourhood", "uuid"), ("audit_entry", "record_uuid")}
    out = {}
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search_fts%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            exprs = [
                f'typeof("{c}"), length("{c}")'
                if c in stamps or (table, c) in random_ids
                else f'typeof("{c}"), "{c}"'
                for c in cols
            ]
            out[table] = conn.execute(
                f'SELECT {", ".join(exprs)} FROM "{table}" ORDER BY 1'
            ).fetchall()
            out[table].sort(key=repr)
    return out


def test_driver_inserts_store_exactly_what_core_inserts_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast SQLite path must leave the same bytes as SQLAlchemy Core would."""
    paths = []
    for name, driver in (("driver", True), ("core", False)):
        monkeypatch.setattr(demo, "DRIVER_INSERTS", driver)
        db = open_database(tmp_path / f"{name}.db", officer="Tester")
        demo.generate(db, size=30, today=TODAY)
        db.close()
        paths.append(tmp_path / f"{name}.db")
    driver_dump, core_dump = (dump(p) for p in paths)
    assert driver_dump.keys() == core_dump.keys()
    for table in core_dump:
        assert driver_dump[table] == core_dump[table], table


def test_chunked_contact_log_is_the_same_data_and_cancels_midway(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contact log is built in a helper thread a chunk ahead: same data, clean cancel."""
    whole = open_database(tmp_path / "whole.db", officer="Tester")
    demo.generate(whole, size=30, today=TODAY)
    monkeypatch.setattr(demo, "CHUNK", 40)  # 150 entries → four chunks
    chunked = open_database(tmp_path / "chunked.db", officer="Tester")
    progress = Cancelling(after=10**9)
    demo.generate(chunked, size=30, today=TODAY, progress=progress)
    assert fingerprint(whole) == fingerprint(chunked)
    assert sum(1 for c in progress.calls if c[2] == "Contact log") >= 4
    whole.close()
    chunked.close()

    db = open_database(tmp_path / "cancelled.db", officer="Tester")
    reports_before_log = next(i for i, c in enumerate(progress.calls) if c[2] == "Contact log")
    with pytest.raises(demo.DemoCancelled):
        demo.generate(db, size=30, today=TODAY, progress=Cancelling(after=reports_before_log + 3))
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count(Interaction.id))) == 0
        assert s.scalar(select(func.count(Person.id))) == 0
    db.close()


def test_nobody_holds_two_roles_at_one_organisation(demo_db: Database) -> None:
    with demo_db.session_scope(write=False) as s:
        pairs = s.execute(select(Affiliation.person_id, Affiliation.organisation_id)).all()
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize(
    "size",
    [1, 2, 7, pytest.param(3000, marks=pytest.mark.slow)],  # 3000 once hit a duplicate link
)
def test_odd_and_larger_sizes_generate(tmp_path: Path, size: int) -> None:
    db = open_database(tmp_path / "d.db", officer="Tester")
    summary = demo.generate(db, size=size, today=TODAY)
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count(Person.id))) == size == summary.people
        assert s.scalar(select(func.count(Interaction.id))) == summary.interactions
    db.close()


def test_prefetch_hands_over_items_in_order_and_raises_the_producers_error() -> None:
    assert list(demo._prefetch(iter(range(50)), depth=2)) == list(range(50))

    def broken() -> Iterator[int]:
        yield 1
        raise ValueError("generator broke")

    got = []
    with pytest.raises(ValueError, match="generator broke"):
        for item in demo._prefetch(broken()):
            got.append(item)
    assert got == [1]
