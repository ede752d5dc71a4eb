"""Benchmark: the least any import of the 100,000-row overview sheet can cost on this schema.

    uv run python benchmarks/bench_import_floor.py [--rows N]

Why: issue 4 asks for an import ≤ 4× calamine's read. This script measures the
floor under that goal with the raw libraries alone, in one fresh child process:
calamine reads the sheet, then plain ``sqlite3`` writes the same 400,000 records
(initiative, person, affiliation, commitment per row; 15 partners, 70
neighbourhoods) into a database with Liaison's schema, its indexes and its
search index, in one transaction. No value is parsed, checked or matched, no
duplicate is looked for, nothing is audited: whatever ``run_import`` does on top
of this is the price of the issue's other promises.

Reported side by side with calamine's bare read in the same run (the sheet is
the one ``bench_import.py`` writes and caches).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import CHILD_CALAMINE, cached_sheet, rows_argument, run_child  # noqa: E402

CHILD_FLOOR = r"""
import json, os, resource, sqlite3, sys, tempfile, time, uuid
import python_calamine as pc
from liaison.storage.db import open_database

folder = tempfile.mkdtemp()
path = os.path.join(folder, "floor.db")
open_database(path, officer="Bench").engine.dispose()  # the schema, indexes and search index
con = sqlite3.connect(path, isolation_level=None)
con.execute("PRAGMA foreign_keys = ON")
con.execute("PRAGMA synchronous = NORMAL")
NOW = "2026-11-28 09:00:00.000000"
STAMP = (NOW, "Bench", NOW, "Bench", 1)
ids = iter(range(1, 10**9))
def uid():
    return str(uuid.UUID(int=(1 << 100) + next(ids)))  # ascending, as the importer hands out

times = {}
t0 = cpu0 = None
def lap(name):
    global t0
    now = time.perf_counter()
    times[name] = round(now - t0, 3)
    t0 = now

t0 = start = time.perf_counter(); cpu0 = time.process_time()
rows = pc.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()[3:]
lap("read")
con.execute("BEGIN IMMEDIATE")
hoods, partners, orgs, people, links, commitments, docs = {}, {}, [], [], [], [], []
org_id = person_id = 0
for r in rows:
    initiative, person, email, phone, hood, area, partner, kind, amount, begin, end, notes = r
    if hood not in hoods:
        hoods[hood] = len(hoods) + 1
        con.execute("INSERT INTO neighbourhood (id, uuid, name, district, city, created_at, "
                    "created_by, updated_at, updated_by, version) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (hoods[hood], uid(), hood, area, "Rotterdam", *STAMP))
    if partner not in partners:
        org_id += 1
        partners[partner] = org_id
        orgs.append((org_id, uid(), partner, partner.lower(), "fund", None, "active", *STAMP))
        docs.append((org_id * 4 + 1, "organisation", org_id, partner.lower(), ""))
    org_id += 1
    orgs.append((org_id, uid(), initiative, initiative.lower(), "initiative", hoods[hood],
                 "active", *STAMP))
    docs.append((org_id * 4 + 1, "organisation", org_id, initiative.lower(), ""))
    person_id += 1
    given, _, family = person.partition(" ")
    people.append((person_id, uid(), given, "", family, person.lower(), email, phone, notes or None,
                   "legitimate_interest", *STAMP))
    docs.append((person_id * 4 + 2, "person", person_id, person.lower(),
                 " | ".join(p for p in (email, notes, phone) if p)))
    links.append((person_id, uid(), person_id, org_id, "contact", *STAMP))
    commitments.append((person_id, uid(), partners[partner], org_id, "financial",
                        int(amount) if isinstance(amount, float) else None,
                        begin.date().isoformat() if hasattr(begin, "date") else None,
                        end, "active", 0, *STAMP))
lap("build tuples")
# Staged first in temporary tables (not counted): what is timed below is SQLite's
# own work of putting 400,000 records and 200,000 documents into this schema.
STAMPS = "created_at, created_by, updated_at, updated_by, version"
TABLES = {
    "organisation": f"id, uuid, name, name_key, kind, neighbourhood_id, status, {STAMPS}",
    "person": f"id, uuid, given_name, infix, family_name, sort_key, email, phone, notes, "
              f"legal_basis, {STAMPS}",
    "affiliation": f"id, uuid, person_id, organisation_id, role, {STAMPS}",
    "commitment": f'id, uuid, partner_id, initiative_id, kind, amount, start, "end", status, '
                  f"structural, {STAMPS}",
}
for (table, cols), records in zip(TABLES.items(), (orgs, people, links, commitments)):
    width = cols.count(",") + 1
    con.execute(f"CREATE TEMP TABLE stage_{table} ({cols})")
    con.executemany(f"INSERT INTO stage_{table} VALUES ({', '.join('?' * width)})", records)
docs.sort()  # FTS5 flushes its pending terms whenever a rowid goes down
con.execute("CREATE TEMP TABLE stage_fts (rowid_, entity, record_id, title, body)")
con.executemany("INSERT INTO stage_fts VALUES (?,?,?,?,?)", docs)
lap("staging (not counted)")
for table, cols in TABLES.items():
    con.execute(f"INSERT INTO main.{table} ({cols}) SELECT * FROM stage_{table}")
lap("records")
con.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)")
con.execute("INSERT INTO search_fts(rowid, entity, record_id, title, body) SELECT * FROM stage_fts")
con.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)")
lap("search index")
for table in [*TABLES, "fts"]:
    con.execute(f"DROP TABLE stage_{table}")
con.execute("COMMIT")
lap("commit")
print(json.dumps({"phases": times, "records": len(orgs) + len(people) + len(links) + len(commitments),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
con.close()
import shutil; shutil.rmtree(folder, ignore_errors=True)
"""


def main() -> None:
    rows = rows_argument(__doc__.splitlines()[0])
    path = cached_sheet(rows)
    read = run_child(CHILD_CALAMINE, path)
    floor = run_child(CHILD_FLOOR, path)
    ph = floor["phases"]
    base = read["seconds"]
    sqlite_work = ph["records"] + ph["search index"] + ph["commit"]
    print(f"rows: {rows:,}; records written: {floor['records']:,}; peak {floor['peak_mb']:.0f} MB")
    print(f"calamine read (its own child):  {base:5.2f} s")
    print("phases in the floor's child (s): " + ", ".join(f"{k} {v}" for k, v in ph.items()))
    for label, seconds in (
        ("SQLite alone (records, index, commit)", sqlite_work),
        ("SQLite alone without the search index", sqlite_work - ph["search index"]),
        ("read + SQLite, one after the other", base + sqlite_work),
        ("read + minimal Python + SQLite", base + ph["build tuples"] + sqlite_work),
    ):
        print(f"{label:40s} {seconds:5.2f} s = {seconds / base:.2f}× calamine")


if __name__ == "__main__":
    main()
