"""Finding the table in a sheet: header row below title rows, blank rows, totals rows.

Real overview sheets start with a title ("Overzicht steun 2020"), a date line,
a blank row, and only then the header row; they end with a totals row. The
rules here:

- the header row is the row among the first :data:`HEADER_SEARCH` non-blank
  rows that looks most like headers: several short text cells, extra weight
  for headers Liaison recognises (see :mod:`liaison.exchange.mapping`); the
  earliest of the best wins. A caller may name it (``header_row``, 1-based);
- every non-blank row below it is a data row; blank rows are skipped and not
  counted;
- a totals row — its first text cell says "Totaal", "Total", "Subtotaal",
  "Som" or "Sum", or, at the end of the table, it holds only numbers where
  the other rows hold names — is recognised and not imported;
- hidden rows (known for xlsx/xlsm) are imported like the others — a row
  hidden by a filter is still data, and the promise is that nothing is lost —
  and reported once as information; hidden columns are mapped like the others.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from liaison.text import fold

HEADER_SEARCH = 30
_TOTAL_WORDS = ("totaal", "totalen", "total", "totals", "subtotaal", "subtotal", "som", "sum")
_TOTAL_RE = re.compile(r"^(?:" + "|".join(_TOTAL_WORDS) + r")\b")


@dataclass
class Table:
    """The table found in a sheet (row numbers are 1-based sheet rows)."""

    header_row: int  # 0 when the sheet holds no rows
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    totals_rows: list[int] = field(default_factory=list)
    blank_rows: int = 0
    hidden_rows: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.headers)


def is_blank_row(row: Sequence[Any]) -> bool:
    for v in row:  # noqa: SIM110 - a plain loop is faster here than all() over a generator
        if v is not None and (not isinstance(v, str) or v.strip()):
            return False
    return True


def header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _looks_like_header_cell(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    s = value.strip()
    return 0 < len(s) <= 60 and not s.replace(".", "").replace(",", "").isdigit()


def header_score(row: Sequence[Any], known: Callable[[str], bool] | None = None) -> float:
    """How much a row looks like a header row."""
    texts = [header_text(v) for v in row if _looks_like_header_cell(v)]
    if len(texts) < 2 and not (len(texts) == 1 and len([v for v in row if v is not None]) == 1):
        return 0.0
    distinct = len(set(t.casefold() for t in texts))
    score = float(distinct)
    if known is not None:
        score += 3.0 * sum(1 for t in texts if known(t))
    others = sum(1 for v in row if v is not None and not _looks_like_header_cell(v))
    return score - others


def find_header_row(
    rows: Sequence[Sequence[Any]], known: Callable[[str], bool] | None = None
) -> int | None:
    """0-based index of the header row, or None if the sheet holds nothing."""
    candidates: list[tuple[int, float]] = []
    for i, row in enumerate(rows):
        if is_blank_row(row):
            continue
        candidates.append((i, header_score(row, known)))
        if len(candidates) >= HEADER_SEARCH:
            break
    if not candidates:
        return None
    best = max(score for _, score in candidates)
    if best <= 0:
        return candidates[0][0]
    for i, score in candidates:
        if score >= best * 0.9:
            return i
    return candidates[0][0]  # pragma: no cover - the loop always finds the best


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def is_totals_row(row: Sequence[Any]) -> bool:
    """The first text cell says total ("Totaal", "Total", "Subtotaal"…)."""
    for v in row:
        if v is None:
            continue
        if isinstance(v, str):
            head = v.lstrip()[:1]
            return head in _TOTAL_INITIALS and bool(_TOTAL_RE.match(fold(v).strip(" :")))
        if not _is_number(v):
            return False
    return False


_TOTAL_INITIALS = frozenset("tTsS")


def find_table(
    rows: Sequence[Sequence[Any]],
    *,
    header_row: int | None = None,
    known: Callable[[str], bool] | None = None,
    hidden_rows: set[int] | None = None,
    text_columns: Sequence[int] = (),
    groups: Callable[[str], bool] | None = None,
) -> Table:
    """The table in ``rows`` (0-based list of lists), see the module docstring.

    ``text_columns`` are columns expected to hold names; a trailing row with
    only numbers and nothing in those columns counts as a totals row.
    ``groups`` says which labels in a row just above the headers name a group of
    columns (see :func:`two_level_headers`).
    """
    if header_row is not None:
        if header_row < 1 or header_row > max(len(rows), 1):
            from liaison.exchange.read import ImportRefused

            raise ImportRefused(
                f"Row {header_row} cannot be the header row: the sheet has {len(rows)} rows."
            )
        h = header_row - 1
    else:
        found = find_header_row(rows, known)
        if found is None:
            return Table(0, [])
        h = found
    head = list(rows[h]) if h < len(rows) else []
    width = max([len(head)] + [len(r) for r in rows[h + 1 : h + 200]])
    headers = [header_text(v) for v in head] + [""] * (width - len(head))
    if groups is not None and h > 0:
        headers = two_level_headers(rows[h - 1], headers, groups)
    table = Table(h + 1, headers)
    hidden = hidden_rows or set()
    for i in range(h + 1, len(rows)):
        row = rows[i]  # no copy: a big sheet is big enough once
        if is_blank_row(row):
            table.blank_rows += 1
            continue
        if is_totals_row(row):
            table.totals_rows.append(i + 1)
            continue
        if len(row) < width:
            row = list(row) + [None] * (width - len(row))
        table.rows.append((i + 1, row))
        if i in hidden:
            table.hidden_rows.append(i + 1)
    drop_trailing_sums(table, text_columns)
    return table


def two_level_headers(
    above: Sequence[Any], headers: list[str], groups: Callable[[str], bool]
) -> list[str]:
    """Headers under a row of group labels, read as one header each.

    Overview sheets often have two header rows with merged cells: "Contactpersoon"
    over "Naam | E-mail | Telefoon", "Steun" over "Partner | Soort | Bedrag", and
    "Initiatief" or "Wijk" merged down over both rows. Read alone, the lower row
    made "Naam" the initiative's name and left the merged columns without a header
    (not imported). A label over an empty header becomes that header; a group label
    (``groups``) is put before each header under it, up to the next label or an
    empty header: "Contactpersoon Naam". Only when the row above holds nothing but
    labels, at least one of them a group, and two or more of them (or one over an
    empty header): a title row stays a title.
    """
    labels = [header_text(v) if isinstance(v, str) else "" for v in above[: len(headers)]]
    labels += [""] * (len(headers) - len(labels))
    filled = [c for c, label in enumerate(labels) if label]
    if (
        not filled
        or any(v is not None and not isinstance(v, str) for v in above)
        or not any(groups(labels[c]) for c in filled)
        or (len(filled) < 2 and all(headers[c] for c in filled))
    ):
        return headers
    out = list(headers)
    group = ""
    for c, label in enumerate(labels):
        if label:
            group = label if groups(label) else ""
            if not out[c]:  # merged down over both rows: the label is the header
                out[c] = label
                group = ""
                continue
        elif not out[c]:
            group = ""
            continue
        if group and out[c] != group:
            out[c] = f"{group} {out[c]}"
    return out


def drop_trailing_sums(table: Table, text_columns: Sequence[int]) -> None:
    """Rows at the end holding only numbers, with the name columns empty, are sums."""
    if not text_columns or len(table.rows) < 2:
        return
    while len(table.rows) >= 2:
        number, row = table.rows[-1]
        filled = [v for v in row if v is not None]
        names_empty = all(c >= len(row) or row[c] is None for c in text_columns)
        if names_empty and filled and all(_is_number(v) for v in filled):
            table.rows.pop()
            table.totals_rows.append(number)
            if number in table.hidden_rows:
                table.hidden_rows.remove(number)
            continue
        break


def cell_text(value: Any) -> str:
    """A cell as a person would read it (for rejects and messages)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
