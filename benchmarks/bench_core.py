"""Core services at scale: search, agenda, signals and overview on a big database.

    uv run python benchmarks/bench_core.py [--people 100000] [--interactions 500000] [--fresh]

Builds (once, cached under /tmp) a database with 100,000 people and 500,000
contact-log entries — through ``liaison.demo.generate`` when that exists,
otherwise with the bulk generator below — and measures, in one run, the
service calls against the raw library doing the same core work:

- search: ``services.search.search`` vs the bare FTS5 MATCH … ORDER BY bm25
  LIMIT 50 on a plain ``sqlite3`` connection (goal ≤ 5 ms and ≤ 2× raw);
- renewals, overdue follow-ups, signals (goal < 100 ms each), the
  neighbourhood overview and support by kind, each against the very SQL
  statements it sent, replayed on a plain ``sqlite3`` connection (so the
  ratio is the cost of the Python around the SQL).

Medians of several runs; the first run of each is a warm-up. The machine's
load matters: run it on a quiet machine and compare ratios, not absolutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert

from liaison.services import agenda, overview, search, signals
from liaison.storage import search_index
from liaison.storage.db import Database, open_database
from liaison.storage.models import (
    Commitment,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    Person,
    interaction_organisation,
    interaction_person,
)
from liaison.text import fold, name_key, person_sort_key

GIVEN = [
    "Jan",
    "Pieter",
    "Gerrit",
    "Anne",
    "Sanne",
    "Fatima",
    "Mohamed",
    "Youssef",
    "Ayşe",
    "Mehmet",
    "Emre",
    "Zeynep",
    "Priya",
    "Ravi",
    "Kwame",
    "Maria",
    "José",
    "Ana",
    "Carla",
    "Nelson",
    "Stéphanie",
    "Dewi",
    "Sharon",
    "Errol",
    "Chantal",
    "Noor",
    "Bram",
    "Daan",
    "Sevda",
    "Hatice",
    "Ilse",
    "Joost",
    "Wouter",
    "Lotte",
    "Iris",
    "Kevin",
    "Marloes",
    "Rachid",
    "Khadija",
    "Naima",
    "Samira",
]
FAMILY = [
    ("van den", "Berg"),
    ("de", "Vries"),
    ("", "Jansen"),
    ("van", "Dijk"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "El Amrani"),
    ("", "Bouzid"),
    ("", "Yılmaz"),
    ("", "Öztürk"),
    ("", "Kaya"),
    ("", "Çelik"),
    ("", "Doekhie"),
    ("", "Ramdin"),
    ("", "Sewnath"),
    ("", "Lopes"),
    ("", "Tavares"),
    ("", "Fortes"),
    ("van der", "Heijden"),
    ("", "Mulder"),
    ("de", "Boer"),
    ("", "Smit"),
    ("", "Hoekstra"),
    ("", "Benali"),
    ("", "Koç"),
    ("", "Aydın"),
]
WORDS = [
    "buurtkeuken",
    "voedselbank",
    "maaltijden",
    "digitale",
    "maatjes",
    "laptops",
    "huiswerk",
    "taalcafé",
    "moestuin",
    "speeltuin",
    "ouderen",
    "eenzaamheid",
    "sport",
    "dans",
    "muziek",
    "repaircafé",
    "kledingbank",
    "wijktuin",
    "jongeren",
    "vrouwen",
    "koffie",
    "inloop",
    "spreekuur",
    "schuldhulp",
]
DISTRICTS = {
    "Feijenoord": ["Afrikaanderwijk", "Bloemhof", "Hillesluis", "Katendrecht", "Vreewijk"],
    "Delfshaven": ["Bospolder", "Tussendijken", "Spangen", "Oud-Mathenesse", "Schiemond"],
    "Charlois": ["Carnisse", "Tarwewijk", "Zuidwijk", "Pendrecht", "Oud-Charlois"],
    "Noord": ["Oude Noorden", "Agniesebuurt", "Blijdorp", "Liskwartier", "Provenierswijk"],
    "IJsselmonde": ["Beverwaard", "Groot-IJsselmonde", "Lombardijen"],
    "Kralingen-Crooswijk": ["Crooswijk", "Kralingen-West", "Rubroek"],
}


def build_bulk(db: Database, people: int, interactions: int, seed: int = 7) -> None:
    """A deterministic database filled with SQLAlchemy Core inserts, then one index rebuild."""
    rnd = random.Random(seed)
    today = dt.date.today()
    now = dt.datetime.now()
    base = {"created_at": now, "updated_at": now, "version": 1, "created_by": "bench"}

    def rec(**values: Any) -> dict[str, Any]:
        return {"uuid": str(uuid.UUID(int=rnd.getrandbits(128), version=4)), **base, **values}

    with db.engine.begin() as conn:
        conn.execute(insert(Officer), [rec(name=f"Medewerker {i}") for i in range(1, 21)])
        hoods = [(d, n) for d, names in DISTRICTS.items() for n in names]
        conn.execute(
            insert(Neighbourhood),
            [rec(name=n, district=d, city="Rotterdam") for d, n in hoods],
        )
        n_init = max(people // 40, 20)
        n_partner = max(people // 70, 20)
        kinds = ["fund", "company", "welfare", "housing", "municipality", "education", "faith"]
        orgs = []
        for i in range(n_init):
            name = f"{rnd.choice(WORDS).capitalize()} {rnd.choice(WORDS)} {i}"
            status = rnd.choices(["active", "dormant", "ended"], [85, 10, 5])[0]
            orgs.append(
                rec(
                    name=name,
                    name_key=name_key(name),
                    kind="initiative",
                    status=status,
                    neighbourhood_id=rnd.randint(1, len(hoods)) if rnd.random() < 0.93 else None,
                    email=f"info@{fold(name).replace(' ', '')}.nl",
                    phone=f"010-{rnd.randint(1000000, 9999999)}",
                    description=f"{rnd.choice(WORDS)} en {rnd.choice(WORDS)} voor de buurt",
                )
            )
        for i in range(n_partner):
            kind = rnd.choices(kinds, [20, 25, 20, 8, 10, 10, 7])[0]
            name = f"{kind.capitalize()} {rnd.choice(FAMILY)[1]} {i}"
            orgs.append(
                rec(
                    name=name,
                    name_key=name_key(name),
                    kind=kind,
                    status="active",
                    neighbourhood_id=None,
                    email=None,
                    phone=f"010-{rnd.randint(1000000, 9999999)}",
                    description=None,
                )
            )
        conn.execute(insert(Organisation), orgs)
        init_ids = list(range(1, n_init + 1))
        partner_ids = list(range(n_init + 1, n_init + n_partner + 1))

        commitments = []
        for ini in init_ids:
            for _ in range(rnd.choice([0, 1, 1, 2, 3, 4, 5])):
                start = dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randint(0, 6 * 365))
                end = (
                    start + dt.timedelta(days=rnd.randint(60, 900)) if rnd.random() < 0.9 else None
                )
                renew = end - dt.timedelta(days=rnd.randint(14, 90)) if end else None
                status = rnd.choices(["active", "proposed", "ended", "declined", "renewed"])[0]
                if end and end < today and status == "active" and rnd.random() < 0.8:
                    status = "ended"
                commitments.append(
                    rec(
                        partner_id=rnd.choice(partner_ids),
                        initiative_id=ini,
                        kind=rnd.choice(
                            ["financial", "financial", "in_kind", "space", "brokering", "media"]
                        ),
                        amount=rnd.randint(2, 400) * 250 if rnd.random() < 0.7 else None,
                        start=start,
                        end=end,
                        renew_by=renew,
                        status=status,
                        structural=rnd.random() < 0.25,
                        officer_id=rnd.randint(1, 20),
                    )
                )
        conn.execute(insert(Commitment), commitments)

        batch = []
        for i in range(1, people + 1):
            given = rnd.choice(GIVEN)
            infix, family = rnd.choice(FAMILY)
            batch.append(
                rec(
                    given_name=given,
                    infix=infix,
                    family_name=family,
                    sort_key=person_sort_key(given, infix, family),
                    email=f"{fold(given)}.{fold(family).replace(' ', '')}{i}@example.nl",
                    phone=f"06-{rnd.randint(10000000, 99999999)}",
                    neighbourhood_id=rnd.randint(1, len(hoods)),
                    legal_basis="consent",
                    notes=f"Helpt bij {rnd.choice(WORDS)}" if rnd.random() < 0.3 else None,
                )
            )
            if len(batch) == 20_000:
                conn.execute(insert(Person), batch)
                batch.clear()
        if batch:
            conn.execute(insert(Person), batch)

        start_day = dt.datetime(2020, 1, 1)
        span = (now - start_day).total_seconds()
        municipal = [
            p
            for p, o in zip(partner_ids, orgs[n_init:], strict=True)
            if o["kind"] == "municipality"
        ]
        # Logged in time order, as in real use: ids grow with occurred_at.
        moments = sorted(rnd.random() * span for _ in range(interactions))
        rows, io, ip = [], [], []
        for i, offset in enumerate(moments, start=1):
            at = start_day + dt.timedelta(seconds=offset)
            follow = None
            done = False
            if rnd.random() < 0.2:
                follow = at.date() + dt.timedelta(days=rnd.randint(3, 30))
                done = follow < today and rnd.random() < 0.97
            rows.append(
                rec(
                    occurred_at=at,
                    channel=rnd.choice(["call", "visit", "meeting", "email", "message", "event"]),
                    officer_id=rnd.randint(1, 20),
                    summary=f"{rnd.choice(['Gesprek', 'Bezoek', 'Belletje', 'Overleg'])} over "
                    f"{rnd.choice(WORDS)}",
                    notes=f"Afspraak {rnd.choice(WORDS)} {rnd.choice(WORDS)}"
                    if rnd.random() < 0.4
                    else None,
                    follow_up_on=follow,
                    follow_up_done=done,
                )
            )
            ini = rnd.choice(init_ids)
            io.append({"interaction_id": i, "organisation_id": ini})
            if municipal and rnd.random() < 0.15:
                io.append({"interaction_id": i, "organisation_id": rnd.choice(municipal)})
            elif rnd.random() < 0.2:
                io.append({"interaction_id": i, "organisation_id": rnd.choice(partner_ids)})
            if rnd.random() < 0.6:
                ip.append({"interaction_id": i, "person_id": rnd.randint(1, people)})
            if len(rows) == 20_000:
                write_contacts(conn, rows, io, ip)
                rows, io, ip = [], [], []
        write_contacts(conn, rows, io, ip)
        search_index.rebuild(conn)


def write_contacts(conn: Any, rows: list[dict], io: list[dict], ip: list[dict]) -> None:
    """Insert a batch of contact-log rows with their organisation and person links."""
    if rows:
        conn.execute(insert(Interaction), rows)
    if io:
        conn.execute(insert(interaction_organisation), io)
    if ip:
        conn.execute(insert(interaction_person), ip)


def prepare(path: Path, people: int, interactions: int, fresh: bool) -> tuple[Database, str]:
    if fresh and path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    if path.exists():
        return open_database(path, officer="bench"), "cached"
    db = open_database(path, officer="bench")
    started = time.perf_counter()
    try:
        from liaison import demo  # written by another helper; used when present

        generate = demo.generate
    except (ImportError, AttributeError):
        generate = None
    if generate is not None and interactions == 500_000:
        generate(db, size=people)
        how = "liaison.demo.generate"
    else:
        build_bulk(db, people, interactions)
        how = "bulk generator"
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return db, f"built with {how} in {time.perf_counter() - started:.1f} s"


#: Median CPU times (process_time) of the last median_ms call, per label: on a shared
#: machine CPU time moves far less with the neighbours' load than wall time.
CPU: dict[str, float] = {}


def median_ms(fn: Callable[[], Any], runs: int, cpu_key: str | None = None) -> float:
    fn()  # warm-up
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
    if cpu_key is not None:
        CPU[cpu_key] = statistics.median(cpu)
    return statistics.median(times)


def captured_sql(db: Database, fn: Callable[[], Any]) -> list[tuple[str, Any]]:
    """The SQL statements (with their parameters) a service call sends to SQLite."""
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA", "COMMIT", "ROLLBACK")):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    return seen


def replay(raw: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    """The same SQL on a bare sqlite3 connection: the raw library doing the same work."""
    for statement, parameters in statements:
        raw.execute(statement, parameters).fetchall()


def sample(s: Any, sql: str) -> Any:
    return s.connection().exec_driver_sql(sql).scalar()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--interactions", type=int, default=500_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    args = ap.parse_args(argv)
    path = Path(f"/tmp/liaison-bench-core-{args.people}-{args.interactions}.db")
    db, how = prepare(path, args.people, args.interactions, args.fresh)
    print(f"database: {path} ({how})")

    raw = sqlite3.connect(str(path))
    raw_sql = search_index.raw_match_sql()
    rows: list[tuple[str, float, float | None, str]] = []
    with db.session_scope(write=False) as s:
        counts = {
            t: sample(s, f"SELECT count(*) FROM {t}")
            for t in ("person", "organisation", "commitment", "interaction", "search_fts")
        }
        print("rows:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        family = sample(s, "SELECT family_name FROM person ORDER BY id LIMIT 1 OFFSET 4321")
        accented = sample(
            s, "SELECT family_name FROM person WHERE family_name GLOB '*[^ -~]*' LIMIT 1"
        )
        email = sample(s, "SELECT email FROM person WHERE email IS NOT NULL LIMIT 1 OFFSET 777")
        phone = sample(s, "SELECT phone FROM person WHERE phone IS NOT NULL LIMIT 1 OFFSET 999")
        initiative = sample(
            s, "SELECT name FROM organisation WHERE kind = 'initiative' LIMIT 1 OFFSET 55"
        )
        queries = [
            ("family name", family or "Berg"),
            ("accents left out", fold(accented or "Öztürk")),
            ("e-mail part", (email or "jan@example.nl").split("@")[0][:12]),
            ("phone digits", "".join(c for c in (phone or "0612345678") if c.isdigit())),
            ("initiative", (initiative or "Buurtkeuken")[:14]),
            ("word in notes", "repaircafé"),
            ("common word", "gemeente"),
            ("nothing", "zzqx"),
        ]
        for label, q in queries:
            match = search_index.match_expression(search_index.clean_query(q))
            hits = len(search.search(s, q))
            name = f"search {label} {q!r} ({hits} hits)"
            ours = median_ms(lambda q=q: search.search(s, q), args.runs, name)
            raw_ms = median_ms(
                lambda m=match: raw.execute(raw_sql, (m, 50)).fetchall(), args.runs, name + " raw"
            )
            rows.append((name, ours, raw_ms, "≤ 5 ms, ≤ 2× raw"))

        services: list[tuple[str, Callable[[], Any], str]] = [
            (
                f"renewals 56 days ({len(agenda.renewals(s))} items)",
                lambda: agenda.renewals(s),
                "< 100 ms",
            ),
            (
                f"overdue follow-ups ({len(agenda.overdue_follow_ups(s))})",
                lambda: agenda.overdue_follow_ups(s),
                "< 100 ms",
            ),
            (
                "renewals, first 200",
                lambda: agenda.renewals(s, limit=200),
                "< 100 ms",
            ),
            ("renewals, count", lambda: agenda.count_renewals(s), "< 100 ms"),
            (
                "overdue follow-ups, first 200",
                lambda: agenda.overdue_follow_ups(s, limit=200),
                "< 100 ms",
            ),
            ("overdue follow-ups, count", lambda: agenda.count_overdue_follow_ups(s), "< 100 ms"),
        ]
        found = signals.signals(s)
        n_sig = sum(len(v) for v in found.values())
        services += [
            (
                f"signals ({len(found)} initiatives, {n_sig} signals)",
                lambda: signals.signals(s),
                "< 100 ms",
            ),
            (
                "signals of one initiative",
                lambda: signals.initiative_signals(s, next(iter(found))),
                "< 100 ms",
            ),
            ("neighbourhood overview", lambda: overview.neighbourhood_overview(s), "-"),
            (
                "dashboard: signals + overview, one evaluation",
                lambda: overview.neighbourhood_overview(s, evaluation=signals.evaluate(s)),
                "-",
            ),
            ("support by kind", lambda: overview.support_by_kind(s), "-"),
        ]
        for label, fn, goal in services:
            statements = captured_sql(db, fn)
            ours = median_ms(fn, args.runs, label)
            raw_ms = median_ms(lambda st=statements: replay(raw, st), args.runs, label + " raw")
            rows.append((label, ours, raw_ms, goal))
    raw.close()
    db.close()

    width = max(len(r[0]) for r in rows)
    print(
        "\nmedian ms; raw = the bare FTS5 query (search) or the same SQL statements replayed"
        " on a plain sqlite3 connection (the rest)"
    )
    print("cpu = the same medians in CPU time (process_time), steadier on a shared machine")
    print(
        f"\n{'measure':<{width}}  {'service ms':>10}  {'raw ms':>8}  {'ratio':>6}"
        f"  {'cpu ms':>8}  {'raw cpu':>8}  {'ratio':>6}  goal"
    )
    for label, ours, raw_ms, goal in rows:
        raw_txt = f"{raw_ms:8.2f}" if raw_ms is not None else f"{'':>8}"
        ratio = f"{ours / raw_ms:6.2f}" if raw_ms else f"{'':>6}"
        cpu, raw_cpu = CPU.get(label), CPU.get(label + " raw")
        cpu_txt = f"{cpu:8.2f}" if cpu is not None else f"{'':>8}"
        raw_cpu_txt = f"{raw_cpu:8.2f}" if raw_cpu is not None else f"{'':>8}"
        cpu_ratio = f"{cpu / raw_cpu:6.2f}" if cpu is not None and raw_cpu else f"{'':>6}"
        print(
            f"{label:<{width}}  {ours:10.2f}  {raw_txt}  {ratio}"
            f"  {cpu_txt}  {raw_cpu_txt}  {cpu_ratio}  {goal}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
