"""Benchmark: importing a 100,000-row overview sheet against calamine merely reading it.

    uv run python benchmarks/bench_import.py [--rows N]

Writes the sheet once (cached in the temp folder), then, side by side in one
run and each in a fresh child process (so peak memory is the child's own):

1. python-calamine reads every cell of the sheet (the floor: no import can be faster);
2. ``run_import`` of the same file into an empty database: read, find the table,
   map, parse every value (dates, euros, phones, e-mails), match, bulk insert
   initiatives, partners, people, roles and commitments with their search
   documents (a writer thread inserts while the importer builds the next
   chunk), one transaction.

Goal (issue 4): import ≤ 4× the calamine read; peak memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADERS = [
    "Initiatief", "Contactpersoon", "E-mailadres", "Tel.", "Wijk", "Gebied", "Verstrekt door",
    "Soort steun", "Bedrag (€)", "Startdatum", "Einddatum", "Opmerkingen",
]  # fmt: skip
PARTNERS = [
    "Gemeente Rotterdam", "Oranje Fonds", "Havensteder", "Woonstad Rotterdam", "Kansfonds",
    "VSB Fonds", "Stichting DOEN", "Rabobank Rotterdam", "Humanitas", "Dock", "SOL",
    "Voedselbank Rotterdam", "Albert Heijn Zuid", "Gemeente Rotterdam – Wijkteam", "Fonds 1818",
]  # fmt: skip
KINDS = ["Financieel", "In natura", "Koppeling", "Media-aandacht", "Ruimte", "Vrijwilligers"]
HOODS = [f"Wijk {i}" for i in range(70)]
GIVEN = ["Jan", "Fatima", "Mohamed", "Anna", "Sanne", "Ayşe", "Kees", "Priya", "Tom", "Noor"]
INFIX = ["", "", "", "van", "de", "van der", "van den"]
FAMILY = ["Berg", "Jansen", "el Amrani", "Yılmaz", "Vries", "Bakker", "Visser", "Smit", "Dijk"]


def sheet_path(rows: int) -> Path:
    # v2: mobile numbers that exist (the first sheet had 22 % that cannot)
    return Path(tempfile.gettempdir()) / f"liaison-bench-import-v2-{rows}.xlsx"


def write_sheet(path: Path, rows: int) -> None:
    import datetime as dt

    import xlsxwriter

    rnd = random.Random(42)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Overzicht")
    date_fmt = wb.add_format({"num_format": "dd-mm-yyyy"})
    ws.write_string(0, 0, "Overzicht steun aan initiatieven")
    for c, h in enumerate(HEADERS):
        ws.write_string(2, c, h)
    base = dt.date(2019, 1, 1)
    for i in range(rows):
        r = i + 3
        given, infix, family = rnd.choice(GIVEN), rnd.choice(INFIX), rnd.choice(FAMILY)
        person = " ".join(p for p in (given, infix, family) if p) + f" {i}"
        ws.write_string(r, 0, f"Initiatief {i} {rnd.choice(['Buurtkracht', 'Samen', 'Eten'])}")
        ws.write_string(r, 1, person)
        ws.write_string(r, 2, f"contact{i}@initiatief{i % 997}.nl")
        if rnd.random() < 0.7:
            # real mobile numbers (06-1… to 06-5…): the importer warns on 06-7… and 06-9…
            ws.write_string(r, 3, f"06-{rnd.randrange(10_000_000, 59_999_999)}")
        else:
            ws.write_string(r, 3, f"010-{rnd.randrange(1_000_000, 9_999_999)}")
        hood = rnd.randrange(len(HOODS))
        ws.write_string(r, 4, HOODS[hood])
        ws.write_string(r, 5, f"Gebied {hood // 10}")
        ws.write_string(r, 6, rnd.choice(PARTNERS))
        ws.write_string(r, 7, rnd.choice(KINDS))
        if rnd.random() < 0.5:
            ws.write_number(r, 8, rnd.randrange(100, 50_000))
        else:
            ws.write_string(r, 8, f"€ {rnd.randrange(1, 50)}.{rnd.randrange(100, 999)},-")
        start = base + dt.timedelta(days=rnd.randrange(0, 1500))
        ws.write_datetime(r, 9, dt.datetime.combine(start, dt.time()), date_fmt)
        ws.write_string(r, 10, (start + dt.timedelta(days=365)).strftime("%d-%m-%Y"))
        if rnd.random() < 0.3:
            ws.write_string(r, 11, "Afspraak gemaakt over verlenging")
    wb.close()


CHILD_CALAMINE = """
import json, resource, sys, time
import python_calamine as pc
t, cpu = time.perf_counter(), time.process_time()
wb = pc.CalamineWorkbook.from_path(sys.argv[1])
rows = wb.get_sheet_by_index(0).to_python()
n = sum(len(r) for r in rows)
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu, "cells": n,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

CHILD_IMPORT = """
import json, resource, sys, tempfile, time, os
from liaison.storage.db import open_database
from liaison.exchange.importer import run_import
folder = tempfile.mkdtemp()
db = open_database(os.path.join(folder, "bench.db"), officer="Bench")
phases, last = [], [None, 0.0]
def progress(done, total, message=""):
    now = time.perf_counter() - t
    if message != last[0]:
        if last[0] is not None:
            phases.append((last[0], round(now - last[1], 2)))
        last[0], last[1] = message, now
t, cpu = time.perf_counter(), time.process_time()
report = run_import(db, sys.argv[1], progress=progress)
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "cpu": time.process_time() - cpu, "rows": report.rows, "imported": report.imported,
                  "rejected": report.rejected, "created": report.created,
                  "warnings": sum(1 for p in report.problems if p.severity == "warning"),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "phases": phases}))
db.close()
import shutil; shutil.rmtree(folder, ignore_errors=True)  # 400 MB a run otherwise
"""


def run_child(code: str, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed: {out.stderr.strip()[-500:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def rows_argument(description: str) -> int:
    """The ``--rows`` of a benchmark on the overview sheet (default 100,000)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--rows", type=int, default=100_000)
    return parser.parse_args().rows


def cached_sheet(rows: int) -> Path:
    """The benchmark sheet of ``rows`` rows, written once and kept in the temp folder."""
    path = sheet_path(rows)
    if not path.exists():
        t = time.perf_counter()
        write_sheet(path, rows)
        print(
            f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s"
        )
    return path


def main() -> None:
    rows = rows_argument(__doc__.splitlines()[0])
    path = cached_sheet(rows)
    read = run_child(CHILD_CALAMINE, path)
    imp = run_child(CHILD_IMPORT, path)
    ratio = imp["seconds"] / read["seconds"]
    cpu_ratio = imp["cpu"] / read["cpu"]
    print(f"rows: {rows:,} × {len(HEADERS)} columns ({path.stat().st_size / 1e6:.1f} MB)")
    print(
        f"calamine read:  {read['seconds']:6.2f} s (CPU {read['cpu']:5.2f} s)"
        f"   peak {read['peak_mb']:5.0f} MB"
    )
    print(
        f"run_import:     {imp['seconds']:6.2f} s (CPU {imp['cpu']:5.2f} s)"
        f"   peak {imp['peak_mb']:5.0f} MB"
    )
    # CPU time as well: on a machine shared with other work wall time swings by 2x.
    print(f"ratio: {ratio:.2f}× wall, {cpu_ratio:.2f}× CPU (goal ≤ 4×); peak memory goal < 400 MB")
    print("import phases (s): " + ", ".join(f"{m} {sec}" for m, sec in imp["phases"]))
    print(
        f"report: {imp['rows']:,} rows, {imp['imported']:,} imported, {imp['rejected']} rejected, "
        f"{imp['warnings']} warnings; created {imp['created']}"
    )


if __name__ == "__main__":
    main()
