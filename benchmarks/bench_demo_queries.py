"""Demo data and list queries at scale, each against the raw library doing the same work.

    uv run python benchmarks/bench_demo_queries.py [--size 100000] [--keep FILE] [--existing FILE]

1. ``liaison.demo.generate(size=N)`` wall and CPU time, per stage, next to
   the pure-SQLite floor for the same rows: copying every generated table
   into a fresh, migrated database with ``INSERT … SELECT`` (same indexes,
   same FTS rebuild excluded) on a plain ``sqlite3`` connection.
2. ``services.queries.ids`` for every list (natural order, and one joined
   sort) against the same SQL run on a plain ``sqlite3`` connection.

Medians of five runs after a warm-up. The machine is shared: read ratios,
not absolute figures.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from liaison import demo
from liaison.services import queries
from liaison.storage.db import open_database

TABLES = (
    "officer",
    "tag",
    "organisation",
    "organisation_tag",
    "person",
    "affiliation",
    "commitment",
    "interaction",
    "interaction_organisation",
    "interaction_person",
)


def median_ms(fn: Callable[[], Any], runs: int = 5) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_demo(size: int, path: Path) -> None:
    db = open_database(path, officer="Bench")
    stages: list[tuple[float, float, str]] = []

    def progress(done: int, total: int, message: str) -> None:
        stages.append((time.perf_counter(), time.process_time(), f"{done:3d}% {message}"))

    wall, cpu = time.perf_counter(), time.process_time()
    summary = demo.generate(db, size=size, progress=progress)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    db.close()
    print(f"demo --size {size}: {wall:.1f} s wall, {cpu:.1f} s CPU")
    print(
        f"  {summary.people} people, {summary.initiatives} initiatives, {summary.partners} "
        f"partners, {summary.commitments} commitments, {summary.interactions} log entries"
    )
    for (w0, c0, label), (w1, c1, _) in zip(stages, stages[1:], strict=False):
        print(f"  {label:<36} {w1 - w0:6.2f} s wall {c1 - c0:6.2f} s CPU")

    floor_path = path.with_name("floor.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{floor_path}{suffix}").unlink(missing_ok=True)
    open_database(floor_path).close()
    conn = sqlite3.connect(floor_path, isolation_level=None)
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute(f"ATTACH DATABASE '{path}' AS src")
    start = time.perf_counter()
    conn.execute("BEGIN")
    for table in TABLES:
        conn.execute(f'INSERT INTO main."{table}" SELECT * FROM src."{table}"')
    conn.execute("COMMIT")
    floor = time.perf_counter() - start
    conn.close()
    print(
        f"  raw sqlite3 INSERT … SELECT of the same rows: {floor:.1f} s → demo/raw {wall / floor:.1f}×"
    )


def bench_queries(path: Path) -> None:
    db = open_database(path)
    raw = sqlite3.connect(path)
    cases = [queries.ListQuery(e) for e in queries.LIST_ENTITIES] + [
        queries.ListQuery("person", sort="neighbourhood"),
        queries.ListQuery("commitment", sort="partner", descending=True),
        queries.ListQuery("interaction", filters={"follow_up_open": True}),
    ]
    print("queries.ids vs the same SQL on a plain sqlite3 connection (median ms):")
    with db.session_scope(write=False) as session:
        dialect = session.get_bind().dialect
        for q in cases:
            stmt = queries._id_select(q)
            compiled = stmt.compile(dialect=dialect)
            sql = str(compiled)
            params = compiled.construct_params()
            ordered = [params[name] for name in compiled.positiontup or []]
            n = len(queries.ids(session, q))
            ours = median_ms(lambda q=q: queries.ids(session, q))
            theirs = median_ms(
                lambda sql=sql, ordered=ordered: raw.execute(sql, ordered).fetchall()
            )
            label = f"{q.entity} {q.sort or 'default'} {q.filters or ''}".strip()
            print(
                f"  {label:<48} {n:7d} rows {ours:8.1f} ms  raw {theirs:8.1f} ms  {ours / theirs:4.1f}×"
            )
        ids = queries.ids(session, queries.ListQuery("interaction"))
        window = ids[len(ids) // 2 : len(ids) // 2 + 100]
        ours = median_ms(lambda: queries.rows(session, "interaction", window))
        print(f"  rows() for a window of 100 contact-log entries: {ours:.1f} ms")
    raw.close()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the demo database here")
    parser.add_argument("--existing", type=Path, help="only time the queries on this database")
    args = parser.parse_args()
    if args.existing:
        bench_queries(args.existing)
        return
    folder = Path(tempfile.mkdtemp(prefix="liaison-bench-"))
    path = args.keep or folder / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    bench_demo(args.size, path)
    bench_queries(path)


if __name__ == "__main__":
    main()
