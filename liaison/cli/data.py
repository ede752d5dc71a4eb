"""Subcommands of the data group: demo, list, search, renewals, signals (see liaison.cli).

These are a contract that team leads script and checks rely on: ``--json``
prints exactly one JSON value on stdout (ISO dates, euros as "1500.00"
strings); without it people get plain tables. Every handler only parses
arguments, calls a service and prints: the work lives in ``liaison.services``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import sys
import time
from typing import Any

from liaison.cli.files import database_for_import
from liaison.cli.support import (
    Termination,
    counted,
    database,
    json_ascii,
    print_json,
    print_table,
    whole_number,
)

#: ``liaison list`` names → list entities of :mod:`liaison.services.queries`.
LIST_NAMES = {
    "organisations": "organisation",
    "initiatives": "initiative",
    "partners": "partner",
    "people": "person",
    "commitments": "commitment",
    "interactions": "interaction",
}
#: Columns of the human-readable tables.
TABLE_COLUMNS = {
    "organisation": ["name", "kind", "neighbourhood", "status"],
    "initiative": ["name", "neighbourhood", "status"],
    "partner": ["name", "kind", "neighbourhood", "status"],
    "person": ["name", "email", "phone", "neighbourhood"],
    "commitment": [
        "initiative",
        "partner",
        "kind",
        "amount",
        "start",
        "end",
        "renew_by",
        "status",
    ],
    "interaction": ["date", "channel", "summary", "organisations"],
}


#: Bounds of the numeric options: generous, but inside what SQLite and dates can hold.
MAX_RECORDS = 1_000_000_000
MAX_DAYS = 36_500  # a century ahead
MAX_DEMO_PEOPLE = 1_000_000


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the ``liaison`` parser."""
    p = subparsers.add_parser(
        "demo", parents=[common], help="fill a database with realistic demo data"
    )
    p.add_argument(
        "--size",
        type=whole_number(1, MAX_DEMO_PEOPLE),
        default=1000,
        metavar="N",
        help="people (1000)",
    )
    p.add_argument("--seed", type=int, default=2020, metavar="S", help="random seed (2020)")
    p.add_argument(
        "--force", action="store_true", help="add demo data even if the database holds records"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("list", parents=[common], help="list records")
    p.add_argument("what", choices=list(LIST_NAMES), metavar="WHAT", help=", ".join(LIST_NAMES))
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.add_argument(
        "--limit", type=whole_number(0, MAX_RECORDS), metavar="N", help="at most N records"
    )
    p.add_argument("--deleted", action="store_true", help="list the trash instead")
    p.set_defaults(handler=cmd_list)

    p = subparsers.add_parser(
        "search", parents=[common], help="find organisations, people and contacts"
    )
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.add_argument(
        "--limit",
        type=whole_number(1, MAX_RECORDS),
        default=50,
        metavar="N",
        help="at most N hits (50)",
    )
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser(
        "renewals",
        parents=[common],
        help="support to renew or ending within N days, and missed renewal decisions",
    )
    p.add_argument(
        "--within",
        type=whole_number(0, MAX_DAYS, "day"),
        default=56,
        metavar="DAYS",
        help="days ahead (56)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_renewals)

    p = subparsers.add_parser(
        "signals", parents=[common], help="fragile initiatives, missing municipal contact…"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_signals)

    p = subparsers.add_parser(
        "neighbourhoods",
        parents=[common],
        help="list the neighbourhoods, or load a city's list (CSV: city;district;name)",
    )
    p.add_argument(
        "--load",
        metavar="FILE",
        help="add the neighbourhoods of a CSV file, or of a shipped list by city (rotterdam)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON value")
    p.set_defaults(handler=cmd_neighbourhoods)


# --- demo ----------------------------------------------------------------------


class _StderrProgress:
    """One overwritten progress line on a terminal; silent when stderr is not one."""

    cancelled = staticmethod(Termination.cancelled)  # SIGTERM stops the core at its next step

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        if self.tty:
            sys.stderr.write(f"\r{100 * done // max(total, 1):3d}%  {message:<40}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\r" + " " * 48 + "\r")


def cmd_demo(args: argparse.Namespace) -> int:
    from liaison.demo import generate  # the vocabulary is large; load it only here

    progress = _StderrProgress()
    started = time.perf_counter()
    # Interrupted or refused, a database this command created is removed again.
    with database_for_import(args, dry_run=False) as db:
        try:
            summary = generate(
                db, size=args.size, seed=args.seed, progress=progress, force=args.force
            )
        finally:
            progress.finish()
    seconds = time.perf_counter() - started
    if args.json:
        print_json({**summary.as_dict(), "seconds": round(seconds, 2)})
        return 0
    print(
        f"Demo data written to {db.display_name} in {seconds:.1f} s: "
        f"{counted(summary.initiatives, 'initiative')}, {counted(summary.partners, 'partner')}, "
        f"{counted(summary.people, 'person')}, {counted(summary.commitments, 'commitment')}, "
        f"{counted(summary.interactions, 'contact-log entry')}."
    )
    return 0


# --- list ----------------------------------------------------------------------


#: Records serialised per query when streaming a big list.
LIST_BATCH = 2000


def cmd_list(args: argparse.Namespace) -> int:
    from liaison.services import queries  # here, not at the top: the app starts without it

    entity = LIST_NAMES[args.what]
    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            q = queries.ListQuery(entity, only_deleted=args.deleted)
            ids = queries.ids(session, q, limit=args.limit)
            if args.json:
                _stream_json_array(session, entity, ids)
                return 0
            records = queries.serialise(session, entity, ids)
    finally:
        db.close()
    print_table([_dated(r) for r in records], TABLE_COLUMNS[entity])
    return 0


#: Columns of the tables that hold a day (ISO text in the JSON records).
DATE_COLUMNS = ("date", "start", "end", "renew_by", "follow_up_on")


def _dated(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its ISO days as dates, so the table shows them as 31-12-2026."""
    out = dict(record)
    for key in DATE_COLUMNS:
        value = out.get(key)
        if isinstance(value, str) and len(value) == 10:
            with contextlib.suppress(ValueError):
                out[key] = dt.date.fromisoformat(value)
    return out


def _stream_json_array(session: Any, entity: str, ids: list[int]) -> None:
    """One JSON array, one record per line, written batch by batch.

    500,000 contact-log entries stay a stream (flat memory) and each record is
    encoded by the C JSON encoder, which ``indent=`` would switch off.
    """
    from liaison.services import queries

    out = sys.stdout
    ascii_only = json_ascii()
    out.write("[")
    first = True
    for start in range(0, len(ids), LIST_BATCH):
        for record in queries.serialise(session, entity, ids[start : start + LIST_BATCH]):
            out.write("\n" if first else ",\n")
            out.write(json.dumps(record, ensure_ascii=ascii_only, default=str))
            first = False
    out.write("\n]\n" if not first else "]\n")


# --- search --------------------------------------------------------------------


def cmd_search(args: argparse.Namespace) -> int:
    from liaison.services.search import search

    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            hits = search(session, args.text, limit=args.limit)
    finally:
        db.close()
    records = [
        {
            "entity": h.entity,
            "id": h.uuid,
            "record_id": h.id,
            "title": h.title,
            "subtitle": h.subtitle,
            "score": round(h.score, 3),
        }
        for h in hits
    ]
    if args.json:
        print_json(records)
    else:
        print_table(records, ["entity", "title", "subtitle"])
    return 0


# --- renewals ------------------------------------------------------------------


def _plain(obj: Any) -> dict[str, Any]:
    return dataclasses.asdict(obj)


def cmd_renewals(args: argparse.Namespace) -> int:
    from liaison.services.agenda import renewals

    today = dt.date.today()
    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            items = renewals(session, within_days=args.within, today=today)
    finally:
        db.close()
    rows = [_plain(item) for item in items]
    if args.json:
        print_json({"within_days": args.within, "today": today, "items": rows})
    else:
        overdue = sum(1 for item in items if item.days_left < 0)
        print(
            f"Renewal decisions and ends within {args.within} days of {today:%d-%m-%Y}"
            + (
                f", and {counted(overdue, 'missed renewal decision')} on running support:"
                if overdue
                else ":"
            )
        )
        print_table(rows, ["date", "what", "days_left", "initiative", "partner", "kind", "amount"])
    return 0


# --- signals -------------------------------------------------------------------


def cmd_signals(args: argparse.Namespace) -> int:
    from liaison.services.signals import all_signals

    today = dt.date.today()
    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            found = all_signals(session, today=today)
    finally:
        db.close()
    rows = [_plain(s) for s in found]
    if args.json:
        print_json({"today": today, "count": len(rows), "signals": rows})
    else:
        print_table(rows, ["initiative", "code", "reason"])
    return 0


# --- neighbourhoods ------------------------------------------------------------


def cmd_neighbourhoods(args: argparse.Namespace) -> int:
    """The neighbourhood list is data: a team in another city loads its own (issue 2)."""
    from liaison.services.neighbourhoods import list_neighbourhoods, load_neighbourhoods

    db = database(args, create=args.load is not None)
    try:
        if args.load is not None:
            with db.session_scope() as session:
                added = load_neighbourhoods(session, args.load)
        with db.session_scope(write=False) as session:
            hoods = list_neighbourhoods(session)
    finally:
        db.close()
    if args.load is not None:
        if args.json:
            print_json({"added": added, "neighbourhoods": len(hoods)})
        else:
            print(
                f"{counted(added, 'neighbourhood')} added from {args.load}; "
                f"the database now holds {counted(len(hoods), 'neighbourhood')}."
            )
        return 0
    rows = [{"id": h.uuid, "name": h.name, "district": h.district, "city": h.city} for h in hoods]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["city", "district", "name"])
    return 0
