"""A team lead's database after a year, used as the app uses it, against raw sqlite3.

    uv run python benchmarks/bench_big_db.py [--runs 5] [--fresh] [--only WORDS]

Builds once (cached under /tmp) the database a team lead has after a year:
the demo (5,000 people, 500 initiatives, 25,000 contacts), the import
benchmark sheet on top (``bench_import.py``: 100,000 rows → 100,000
initiatives, people, roles and support lines), a year of contact-log entries
(200,000, each with an initiative and most with a person) and a few hundred
records in the trash.

Then, in one run, every operation the desktop app makes on it — each list
opened, sorted on each column, filtered, quick-filtered as typed and scrolled
to its end (``services.queries``: the table model's first page, all ids, the
rows of the last screen), the dashboard (signals, agenda, overview), search as
you type and a record page with many contact moments — each against the very
SQL statements it sent, replayed on a plain ``sqlite3`` connection in the same
run: the ratio is the cost of the Python around the SQL; ``raw ms`` is what
SQLite itself needs for that SQL (a slow raw figure is a query or index to look
at, not Python).

Medians of ``--runs`` runs after a warm-up; CPU time beside wall time (the
machine is shared). Pin to one core with ``taskset -c 0`` when timing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from liaison.storage.db import Database, open_database

# the SQL capture and its replay on bare sqlite3 are bench_core's (same folder)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import captured_sql, replay, write_contacts  # noqa: E402

HERE = Path(__file__).resolve().parent
DB_PATH = Path("/tmp/liaison-bench-bigdb-v1.db")
YEAR_OF_CONTACTS = 200_000
SUMMARIES = [
    "Belletje over de subsidieaanvraag",
    "Bezoek aan de buurtkeuken",
    "Overleg met het wijkteam",
    "Gesprek over verlenging van de steun",
    "Mail over de huur van de ruimte",
    "Inloopochtend bezocht",
    "Afspraak over vrijwilligers",
    "Taalcafé: nieuwe locatie",
]


def _sheet() -> Path:
    sys.path.insert(0, str(HERE))
    import bench_import  # the import benchmark's own sheet (written once, cached)

    path = bench_import.sheet_path(100_000)
    if not path.exists():
        bench_import.write_sheet(path, 100_000)
    return path


def add_contacts(db: Database, count: int, seed: int = 11) -> None:
    """A year of contact-log entries, inserted with Core and then indexed (one rebuild)."""
    from liaison.storage import search_index
    from liaison.storage.models import (
        Officer,
        Organisation,
        Person,
    )

    rnd = random.Random(seed)
    now = dt.datetime.now().replace(microsecond=0)
    today = now.date()
    with db.engine.begin() as conn:
        officers = list(conn.execute(select(Officer.id)).scalars())
        orgs = list(
            conn.execute(
                select(Organisation.id).where(
                    Organisation.kind == "initiative", Organisation.deleted_at.is_(None)
                )
            ).scalars()
        )
        people = list(conn.execute(select(Person.id).where(Person.deleted_at.is_(None))).scalars())
        first = (conn.exec_driver_sql("SELECT max(id) FROM interaction").scalar() or 0) + 1
        moments = sorted(rnd.random() * 365 * 86400 for _ in range(count))
        rows, io, ip = [], [], []
        for n, offset in enumerate(moments):
            at = now - dt.timedelta(seconds=365 * 86400 - offset)
            follow, done = None, False
            if rnd.random() < 0.2:
                follow = at.date() + dt.timedelta(days=rnd.randint(3, 30))
                done = follow < today and rnd.random() < 0.95
            rows.append(
                {
                    "uuid": str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                    "created_at": at,
                    "updated_at": at,
                    "created_by": "bench",
                    "version": 1,
                    "occurred_at": at,
                    "channel": rnd.choice(["call", "visit", "meeting", "email", "message"]),
                    "officer_id": rnd.choice(officers),
                    "summary": rnd.choice(SUMMARIES),
                    "notes": "Afspraak gemaakt" if rnd.random() < 0.3 else None,
                    "follow_up_on": follow,
                    "follow_up_done": done,
                }
            )
            io.append({"interaction_id": first + n, "organisation_id": rnd.choice(orgs)})
            if rnd.random() < 0.7:
                ip.append({"interaction_id": first + n, "person_id": rnd.choice(people)})
            if len(rows) == 20_000:
                write_contacts(conn, rows, io, ip)
                rows, io, ip = [], [], []
        write_contacts(conn, rows, io, ip)
        search_index.rebuild(conn)


def trash_some(db: Database) -> None:
    """A few hundred records in the trash, deleted as the app deletes them."""
    from liaison.services import editing, queries

    with db.session_scope() as session:
        for entity, kind, first, step in (
            ("person", "person", 40, 331),
            ("initiative", "organisation", 3, 977),
        ):
            found = queries.ids(session, queries.ListQuery(entity))
            for record_id in found[first::step][:150]:
                editing.delete_record(session, kind, record_id)


def build(path: Path) -> str:
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    work = path.with_suffix(".building")
    work.unlink(missing_ok=True)
    run = [sys.executable, "-m", "liaison", "--db", str(work)]
    subprocess.run([*run[:3], "demo", "--db", str(work), "--size", "5000"], check=True)
    subprocess.run(
        [*run[:3], "import", str(_sheet()), "--db", str(work)], check=True, capture_output=True
    )
    db = open_database(work, officer="bench")
    add_contacts(db, YEAR_OF_CONTACTS)
    trash_some(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    shutil.move(str(work), str(path))
    return f"built in {time.perf_counter() - started:.0f} s"


# --- measuring ----------------------------------------------------------------------------

#: CPU medians (process_time) of the last median_ms call, per label.
CPU: dict[str, float] = {}


def median_ms(fn: Callable[[], Any], runs: int, key: str) -> float:
    fn()  # warm-up
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
    CPU[key] = statistics.median(cpu)
    return statistics.median(times)


def operations(db: Database) -> list[tuple[str, Callable[[], Any]]]:
    """(label, call) for everything the app does on the big database, as the UI does it."""
    from liaison.services import agenda, overview, queries, relations, search, signals
    from liaison.services.settings import load_thresholds

    def scoped(fn: Callable[[Any], Any]) -> Callable[[], Any]:
        def call() -> Any:
            with db.session_scope(write=False) as s:
                return fn(s)

        return call

    ops: list[tuple[str, Callable[[], Any]]] = []
    with db.session_scope(write=False) as s:
        samples = {
            "district": s.connection()
            .exec_driver_sql("SELECT district FROM neighbourhood WHERE district IS NOT NULL")
            .scalar(),
            "neighbourhood_id": s.connection()
            .exec_driver_sql("SELECT id FROM neighbourhood ORDER BY id LIMIT 1 OFFSET 5")
            .scalar(),
            "officer_id": 1,
        }
        choices = {e: queries.filter_choices(s, e) for e in queries.LIST_ENTITIES}
        busiest_org = (
            s.connection()
            .exec_driver_sql(
                "SELECT organisation_id FROM interaction_organisation io JOIN organisation o"
                " ON o.id = io.organisation_id WHERE o.kind = 'initiative'"
                " GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1"
            )
            .scalar()
        )
        busiest_partner = (
            s.connection()
            .exec_driver_sql(
                "SELECT partner_id FROM commitment GROUP BY partner_id ORDER BY count(*) DESC"
                " LIMIT 1"
            )
            .scalar()
        )
        busiest_person = (
            s.connection()
            .exec_driver_sql(
                "SELECT person_id FROM interaction_person GROUP BY person_id"
                " ORDER BY count(*) DESC LIMIT 1"
            )
            .scalar()
        )
    for entity in queries.LIST_ENTITIES:
        base = queries.ListQuery(entity)
        ops.append(
            (f"{entity}: open (first page)", scoped(lambda s, q=base: queries.ids(s, q, limit=200)))
        )
        ops.append((f"{entity}: all ids", scoped(lambda s, q=base: queries.ids(s, q))))
        ops.append((f"{entity}: count", scoped(lambda s, q=base: queries.count(s, q))))
        ops.append(
            (f"{entity}: filter choices", scoped(lambda s, e=entity: queries.filter_choices(s, e)))
        )
        with db.session_scope(write=False) as s:
            every = queries.ids(s, base)
        ops.append(
            (
                f"{entity}: rows of the first block",
                scoped(lambda s, e=entity, i=every[:256]: queries.rows(s, e, i)),
            )
        )
        ops.append(
            (
                f"{entity}: scroll to the end (last block)",
                scoped(lambda s, e=entity, i=every[-256:]: queries.rows(s, e, i)),
            )
        )
        for col in queries.columns(entity):
            if not col.sortable:
                continue
            for desc in (False, True):
                q = queries.ListQuery(entity, sort=col.key, descending=desc)
                arrow = "↓" if desc else "↑"
                ops.append(
                    (
                        f"{entity}: sort {col.key} {arrow}, first page",
                        scoped(lambda s, q=q: queries.ids(s, q, limit=200)),
                    )
                )
                ops.append(
                    (
                        f"{entity}: sort {col.key} {arrow}, all ids",
                        scoped(lambda s, q=q: queries.ids(s, q)),
                    )
                )
        for key, values in choices[entity].items():
            if not values:
                continue
            value = samples.get(key, values[min(1, len(values) - 1)][0])
            q = queries.ListQuery(entity, filters={key: value})
            ops.append(
                (
                    f"{entity}: filter {key}={value!r}, all ids",
                    scoped(lambda s, q=q: queries.ids(s, q)),
                )
            )
        for typed in ("b", "be", "ber", "berg", "van den berg", "06-1"):
            q = queries.ListQuery(entity, text=typed)
            ops.append(
                (
                    f"{entity}: filter box {typed!r}, first page",
                    scoped(lambda s, q=q: queries.ids(s, q, limit=200)),
                )
            )
            ops.append(
                (
                    f"{entity}: filter box {typed!r}, all ids",
                    scoped(lambda s, q=q: queries.ids(s, q)),
                )
            )

    ops += [
        (
            "dashboard: renewal agenda (first 200 + total)",
            scoped(lambda s: agenda.renewal_agenda(s, limit=200)),
        ),
        ("dashboard: due follow-ups today", scoped(lambda s: agenda.due_follow_ups(s, 0))),
        (
            "dashboard: overdue follow-ups, first 200",
            scoped(lambda s: agenda.overdue_follow_ups(s, limit=200)),
        ),
        ("agenda: overdue follow-ups, all", scoped(lambda s: agenda.overdue_follow_ups(s))),
        (
            "dashboard: overdue follow-ups, count",
            scoped(lambda s: agenda.count_overdue_follow_ups(s)),
        ),
        (
            "dashboard: signals (evaluate)",
            scoped(lambda s: signals.evaluate(s, thresholds=load_thresholds(s))),
        ),
        ("dashboard: neighbourhood overview", scoped(lambda s: overview.neighbourhood_overview(s))),
        ("dashboard: support by kind", scoped(lambda s: overview.support_by_kind(s))),
    ]
    for typed in (
        "g",
        "ge",
        "gem",
        "geme",
        "gemeente",
        "fatima",
        "van den b",
        "06-1234",
        "initiatief 4711",
    ):
        ops.append(
            (f"search as you type {typed!r}", scoped(lambda s, t=typed: search.search(s, t)))
        )
    for label, entity, rid in (
        ("busiest initiative", "organisation", busiest_org),
        ("busiest partner", "organisation", busiest_partner),
        ("busiest person", "person", busiest_person),
    ):
        if entity == "organisation":
            ops.append(
                (
                    f"record page {label}: detail",
                    scoped(lambda s, r=rid: relations.organisation_detail(s, r)),
                )
            )
            ops.append(
                (f"record page {label}: people", scoped(lambda s, r=rid: relations.people_of(s, r)))
            )
            ops.append(
                (
                    f"record page {label}: support",
                    scoped(lambda s, r=rid: relations.commitments_of(s, r)),
                )
            )
            ops.append(
                (
                    f"record page {label}: signals",
                    scoped(lambda s, r=rid: signals.initiative_signals(s, r)),
                )
            )
        else:
            ops.append(
                (
                    f"record page {label}: detail",
                    scoped(lambda s, r=rid: relations.person_detail(s, r)),
                )
            )
            ops.append(
                (f"record page {label}: roles", scoped(lambda s, r=rid: relations.roles_of(s, r)))
            )
        ops.append(
            (
                f"record page {label}: contact log (200)",
                scoped(lambda s, e=entity, r=rid: relations.interactions_of(s, e, r, 200)),
            )
        )
    return ops


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    ap.add_argument("--only", default="", help="measure only labels containing one of these words")
    args = ap.parse_args(argv)
    how = build(DB_PATH) if args.fresh or not DB_PATH.exists() else "cached"
    print(f"database: {DB_PATH} ({how})")
    db = open_database(DB_PATH, officer="bench")
    raw = sqlite3.connect(str(DB_PATH))
    with raw:
        counts = {
            t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("organisation", "person", "commitment", "interaction", "search_fts")
        }
    print("rows:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    wanted = args.only.split(",") if args.only else []
    print(
        "\nmedian ms of --runs runs; raw = the same SQL statements replayed on a plain sqlite3"
        " connection; cpu = process time; stmts = statements sent\n"
    )
    header = f"{'operation':<62} {'ours ms':>9} {'raw ms':>9} {'ratio':>6} {'cpu ms':>9} {'raw cpu':>9} {'stmts':>5}"
    print(header)
    results = []
    for label, fn in operations(db):
        if wanted and not any(w in label for w in wanted):
            continue
        statements = captured_sql(db, fn)
        ours = median_ms(fn, args.runs, label)
        raw_ms = median_ms(lambda st=statements: replay(raw, st), args.runs, label + " raw")
        results.append((label, ours, raw_ms))
        ratio = f"{ours / raw_ms:6.2f}" if raw_ms >= 0.05 else f"{'-':>6}"
        print(
            f"{label:<62} {ours:9.1f} {raw_ms:9.1f} {ratio}"
            f" {CPU[label]:9.1f} {CPU[label + ' raw']:9.1f} {len(statements):5d}",
            flush=True,
        )
    if results:
        print(
            "\nslowest (what an officer waits for; 'first page' and 'rows' run on the window's thread):"
        )
        for label, ours, raw_ms in sorted(results, key=lambda r: -r[1])[:12]:
            print(f"  {label:<62} {ours:9.1f} ms (raw {raw_ms:.1f})")
        costly = [r for r in results if r[2] >= 1.0]
        print("\nmost Python around the SQL (raw ≥ 1 ms):")
        for label, ours, raw_ms in sorted(costly, key=lambda r: -(r[1] / r[2]))[:8]:
            print(f"  {label:<62} {ours / raw_ms:6.2f}× ({ours:.1f} against {raw_ms:.1f} ms)")
    raw.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
