"""Helpers shared by the subcommand modules: opening the database, printing results."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from liaison.storage.db import Database, open_database


class CommandError(Exception):
    """A refusal of the command line itself, said in one sentence (exit 2).

    Not a LiaisonError: those sentences are the core's and are translated for
    the app (ui.core_catalog); these only ever reach a terminal.
    """


def whole_number(low: int, high: int, unit: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, refused in one sentence.

    The upper bound keeps a typo (an extra zero too many) from reaching SQLite
    or the calendar as an OverflowError.
    """
    suffix = f" {unit}" if unit else ""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"'{text}' must be at least {low}{suffix}")
        if value > high:
            raise argparse.ArgumentTypeError(f"'{text}' must be at most {high:,}{suffix}")
        return value

    return parse


def database(args: argparse.Namespace, *, create: bool = True) -> Database:
    """Open the database named by ``--db`` (or its defaults)."""
    location = getattr(args, "db", None)
    shown = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", str(location))  # never echo a password
    try:
        return open_database(location, create=create)
    except ImportError as exc:  # a server URL whose driver is not installed
        raise CommandError(
            f"Liaison cannot connect to '{shown}': its database driver "
            f"'{exc.name or exc}' is not installed."
        ) from None
    except Exception as exc:
        if type(exc).__name__ not in ("NoSuchModuleError", "ArgumentError"):
            raise
        raise CommandError(
            f"'{shown}' is not a database Liaison can use: give a file path, "
            "sqlite:///FILE or postgresql://HOST/NAME."
        ) from None


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
