"""Helpers shared by the subcommand modules: opening the database, printing results."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from liaison.storage.db import Database, open_database


def database(args: argparse.Namespace, *, create: bool = True) -> Database:
    """Open the database named by ``--db`` (or its defaults)."""
    return open_database(getattr(args, "db", None), create=create)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def print_json(value: Any) -> None:
    """One JSON value on stdout (ISO dates, euros as "1500.00")."""
    json.dump(value, sys.stdout, default=_json_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, Decimal | dt.date):
        return _json_default(value)
    return str(value)


def print_table(rows: Sequence[Mapping[str, Any]], columns: Iterable[str]) -> None:
    """A plain aligned text table for people reading a terminal."""
    cols = list(columns)
    cells = [[_cell(row.get(c)) for c in cols] for row in rows]
    widths = [min(40, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(cols)]
    out = sys.stdout
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        fitted = [v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(r, widths, strict=True)]
        out.write(
            "  ".join(v.ljust(w) for v, w in zip(fitted, widths, strict=True)).rstrip() + "\n"
        )
    if not rows:
        out.write("(none)\n")
