"""Helpers shared by the subcommand modules: opening the database, printing results."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from liaison.errors import LiaisonError
from liaison.storage.db import Database, open_database, resolve_url, sqlite_path


class CommandError(Exception):
    """A refusal of the command line itself, said in one sentence (exit 2).

    Not a LiaisonError: those sentences are the core's and are translated for
    the app (ui.core_catalog); these only ever reach a terminal.
    """


class Termination:
    """Whether SIGTERM (or Ctrl+C) arrived during this command.

    The signal handler raises :class:`liaison.cli.Terminated`, but Python drops an
    exception raised while a weakref callback or ``__del__`` runs (SQLAlchemy has
    such callbacks), and the command then went on to the end. So the request is
    also noted here: progress callbacks report it through ``cancelled()`` (the
    core then rolls back at its next step), and ``main`` exits with 143 after all.
    """

    requested = False
    code = 143  #: the exit code it asks for: 143 for SIGTERM, 130 for Ctrl+C

    @classmethod
    def cancelled(cls) -> bool:
        return cls.requested


def whole_number(low: int, high: int, unit: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, refused in one sentence.

    ``unit`` is singular ("day", "month"): "at least 1 month", "at most 3,650 days".

    The upper bound keeps a typo (an extra zero too many) from reaching SQLite
    or the calendar as an OverflowError.
    """

    def bound(n: int) -> str:  # "1 month", "0 days", "1,200 months"
        return counted(n, unit) if unit else f"{n:,}"

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"'{text}' must be at least {bound(low)}")
        if value > high:
            raise argparse.ArgumentTypeError(f"'{text}' must be at most {bound(high)}")
        return value

    return parse


def day(text: str) -> dt.date:
    """An argparse type: a date as people type it, day first (31-12-2026, 1-5-26,
    1 mei 2026, 2026-12-31) — the same reading the importer gives a sheet's dates.

    Bare numbers are refused: in a sheet they are Excel serials, on a command line
    they are a typo ("20260501").
    """
    from liaison.exchange.values import parse_date

    try:
        if text.strip().isdigit():
            raise ValueError(text)
        value = parse_date(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (write it as 31-12-2026)")
    return value


def database(args: argparse.Namespace, *, create: bool = True) -> Database:
    """Open the database named by ``--db`` (or its defaults)."""
    location = getattr(args, "db", None)
    shown = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", str(location))  # never echo a password
    try:
        return open_database(location, create=create)
    except LiaisonError as exc:
        folder = _read_only_folder(location)
        if type(exc).__name__ == "DamagedDatabaseError" and folder is not None:
            # SQLite cannot make its -wal/-shm files beside a sound file: not damage,
            # and a restore is the wrong advice (it could not write there either).
            raise CommandError(
                f"The database in '{folder}' cannot be opened: the folder is read-only and "
                "SQLite must write beside the file; copy the database to a folder you can write."
            ) from None
        raise
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


def _read_only_folder(location: str | None) -> Path | None:
    """The folder of the SQLite file at ``location`` if it cannot be written, else None."""
    try:
        path = sqlite_path(resolve_url(location))
    except Exception:
        return None
    if path is None or not path.exists():
        return None
    folder = path.absolute().parent
    return None if os.access(folder, os.W_OK) else folder


#: The irregular plurals among the nouns the CLI counts ("2 people", not "2 person").
_PLURALS = {"person": "people", "entry": "entries", "contact-log entry": "contact-log entries"}


def counted(n: int, noun: str) -> str:
    """'1 organisation', '2 organisations', '3 people' (record kinds and plain nouns)."""
    if n == 1:
        return f"{n} {noun}"
    return f"{n:,} {_PLURALS.get(noun, noun + 's')}"


def counts_text(counts: Mapping[str, int]) -> str:
    """'410 organisations, 1,982 people' for a {record kind: count} mapping."""
    return ", ".join(counted(n, kind) for kind, n in counts.items())


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


def speaks_unicode(stream: Any) -> bool:
    """Whether ``stream`` can carry every name ("Yılmaz", "Ayşe") as it is.

    A Windows console or a redirect there writes cp1252, which has no 'ı'.
    """
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding.startswith("utf")


def tolerate_narrow_output() -> None:
    """On a stream that cannot carry every character, write '?' instead of failing.

    The old behaviour was half a table, then 'unexpected error (UnicodeEncodeError…)'.
    JSON never needs this: :func:`json_ascii` escapes it losslessly.
    """
    for stream in (sys.stdout, sys.stderr):
        if not speaks_unicode(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def json_ascii() -> bool:
    """``ensure_ascii`` for JSON on stdout: \\u escapes (still exact) where UTF-8 cannot go."""
    return not speaks_unicode(sys.stdout)


def print_json(value: Any) -> None:
    """One JSON value on stdout (ISO dates, euros as "1500.00")."""
    json.dump(value, sys.stdout, default=_json_default, ensure_ascii=json_ascii(), indent=2)
    sys.stdout.write("\n")


def _cell(value: Any) -> str:
    """Table text: dates the Dutch way (31-12-2026), as the headings and the app show them."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dt.datetime):
        return f"{value:%d-%m-%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, Decimal):
        return _json_default(value)
    return " ".join(str(value).split())  # a line break or tab in a note would break the row


def print_table(rows: Sequence[Mapping[str, Any]], columns: Iterable[str]) -> None:
    """A plain aligned text table for people reading a terminal.

    Columns are capped at 40 characters, except the last: nothing follows it, and
    it is often the one to read whole (a signal's reason, a search hit's details).
    """
    cols = list(columns)
    cells = [[_cell(row.get(c)) for c in cols] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    widths = [w if i == len(cols) - 1 else min(40, w) for i, w in enumerate(widths)]
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
