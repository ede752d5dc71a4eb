"""Importing a sheet: plan (read, find the table, map, parse), match, write one batch, undo.

Two kinds of workbook come in:

- an *overview sheet* made by a person: each row an initiative (the main
  record), perhaps its contact person and a commitment of support from a
  partner, columns mapped by :mod:`liaison.exchange.mapping`;
- *Liaison's own export* (:mod:`liaison.exchange.layout`): every data sheet,
  stable ids (uuids) kept, references resolved by uuid.

Matching, within the file and against the database: records carrying a known
uuid match it; organisations by ``name_key``; people by e-mail, else by name
within the same organisation; affiliations by person + organisation (in a Liaison export also by role);
commitments by initiative + partner + kind + start. Existing records are
updated only where the sheet adds or changes a value — an empty cell never
clears anything — and each change is audited with the batch id so that
:func:`undo_import` can revert it.

Writing is bulk in one transaction (on SQLite through a
:class:`~liaison.storage.bulk.BulkWriter`, which inserts in a thread of its own
while the next chunk is built, the search documents alongside; elsewhere Core
executemany): all-or-nothing; ``dry_run`` does
everything and rolls back. Every data row ends as imported, unchanged or
rejected. A record the import creates carries ``import_batch_id`` (the batch
says which file, who, when) rather than one audit row per record; every
*change* to an existing record is audited field by field with the batch id.

Rules a user meets: an unreadable optional value is a warning and the row is
imported without it; a row without the main name is rejected; a commitment
without a partner is not recorded (warning); a new commitment without a status
is "ended" when its end date has passed, else "active"; a partner's kind is
guessed from its name ("Gemeente …" → municipality, "… Fonds" → fund); a
person matched by name within the organisation keeps the e-mail address
already on record (the address is how people are told apart).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import re
import time
import uuid as uuid_mod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Date, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from liaison.errors import LiaisonError
from liaison.exchange import layout
from liaison.exchange import values as V
from liaison.exchange.mapping import (
    TARGETS,
    Mapping,
    column_letter,
    guess_mapping,
    is_header_group,
    is_known_header,
    load_mapping,
    remember_mapping,
    remembered_mapping,
)
from liaison.exchange.read import FileInfo, ImportRefused, Workbook, read_workbook
from liaison.exchange.table import Table, cell_text, drop_trailing_sums, find_table
from liaison.services.records import to_text
from liaison.storage import search_index
from liaison.storage.bulk import BulkWriter
from liaison.storage.failures import unavailable
from liaison.storage.models import (
    PERSONAL_FIELDS,
    Affiliation,
    AuditEntry,
    Commitment,
    CommitmentStatus,
    ImportBatch,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    OrganisationKind,
    Person,
    RecordMixin,
    SupportKind,
    Tag,
    interaction_organisation,
    interaction_person,
    organisation_tag,
    utcnow,
)
from liaison.text import fold, person_sort_key
from liaison.text import name_key as _slow_name_key
from liaison.trust import erasure

_NON_ALNUM_ASCII = re.compile(r"[^0-9a-z]+")


def name_key(name: str | None) -> str:
    """liaison.text.name_key, with a fast path for ASCII; the same result (see tests)."""
    if not name:
        return ""
    if name.isascii():
        return _NON_ALNUM_ASCII.sub(" ", name.casefold()).strip()
    return _slow_name_key(name)


@lru_cache(maxsize=4096)
def _partner_key(name: str) -> str:
    """name_key of a partner: the same few partners recur on thousands of rows."""
    return name_key(name)


def ordered_uuids(count: int) -> list[str]:
    """``count`` new uuids in ascending order: version 7 (RFC 9562), one batch.

    :func:`iter_ordered_uuids` hands them out one by one instead (no list of
    100,000 strings held at once).

    The time in milliseconds and 26 random bits are shared by the batch; the last
    48 bits start at a random value and count up. Inserted in this order, the
    unique uuid index grows at its end like the id does, instead of each insert
    landing on a random page; and no sorting is needed (random uuids sorted cost
    0.7 s per 400,000).
    """
    return list(iter_ordered_uuids(count))


def iter_ordered_uuids(count: int) -> Iterator[str]:
    """The uuids of :func:`ordered_uuids`, made as they are taken."""
    if count <= 0:
        return iter(())
    if count >= 1 << 40:  # pragma: no cover - far beyond any sheet
        raise ValueError("too many uuids for one batch")
    millis = time.time_ns() // 1_000_000
    high = int.from_bytes(os.urandom(4), "big")
    rand_a, rand_b = high >> 20, high & 0x3FFF
    start = int.from_bytes(os.urandom(6), "big") % ((1 << 48) - count)  # room to count up
    head = f"{millis >> 16 & 0xFFFFFFFF:08x}-{millis & 0xFFFF:04x}-7{rand_a:03x}-{0x8000 | rand_b:04x}-"
    return (f"{head}{n:012x}" for n in range(start, start + count))


#: Most name comparisons spent looking for near duplicates (rapidfuzz).
NEAR_DUPLICATE_BUDGET = 3_000_000
NEAR_DUPLICATE_SCORE = 88.0

Progress = Callable[..., Any]


class ImportCancelled(LiaisonError):
    """The user cancelled; nothing was written."""


# --- results ---------------------------------------------------------------------


@dataclass
class Problem:
    """Something about one cell or row. severity: error (row rejected), warning, info."""

    row: int | None
    column: str | None
    severity: str
    message: str
    sheet: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "row": self.row,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
        }
        if self.sheet is not None:
            out["sheet"] = self.sheet
        return out


@dataclass
class RowPlan:
    """One data row: its original cells, parsed values (target → value), problems."""

    row: int
    cells: list[Any]
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    rejected: str | None = None
    status: str = ""  # imported, unchanged, rejected (after run_import)


@dataclass
class SheetPlan:
    name: str
    header_row: int
    headers: list[str]
    mapping: Mapping | None
    rows: list[RowPlan]
    spec: layout.SheetSpec | None = None  # set for the sheets of a Liaison export
    totals_rows: list[int] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)


@dataclass
class NearDuplicate:
    """A new organisation whose name is close to an existing one: merge or keep apart?

    Or close to another new name higher up in the same sheet ("Stichting Buurtkeuken
    Zuid" in row 6, "Buurtkeuken Zuid" in row 2): then ``candidate_uuid`` is empty,
    ``candidate_key`` is the other name's key and ``candidate_rows`` its rows; merging
    is ``decisions[key] = IN_SHEET + candidate_key``.
    """

    key: str  # the imported name's name_key: use it in ``decisions``
    name: str
    rows: list[int]
    candidate_uuid: str
    candidate_name: str
    score: float
    entity: str = "organisation"
    candidate_key: str = ""
    candidate_rows: list[int] = field(default_factory=list)

    @property
    def in_sheet(self) -> bool:
        return not self.candidate_uuid

    @property
    def merge_value(self) -> str:
        """What ``decisions[key]`` holds to merge this name into its candidate."""
        return self.candidate_uuid or IN_SHEET + self.candidate_key


#: In ``decisions``: merge into another name of the same sheet (followed by its key).
IN_SHEET = "sheet:"


@dataclass
class ImportPlan:
    path: Path
    info: FileInfo
    sheets: list[SheetPlan]
    problems: list[Problem]
    near_duplicates: list[NearDuplicate] = field(default_factory=list)
    liaison_export: bool = False
    epoch1904: bool = False

    @property
    def format(self) -> str:
        return self.info.format

    @property
    def sheet(self) -> str | None:
        return self.sheets[0].name if self.sheets else None

    @property
    def header_row(self) -> int | None:
        return self.sheets[0].header_row if self.sheets else None

    @property
    def headers(self) -> list[str]:
        return self.sheets[0].headers if self.sheets else []

    @property
    def mapping(self) -> Mapping | None:
        return self.sheets[0].mapping if self.sheets else None

    @property
    def rows(self) -> list[RowPlan]:
        return [r for s in self.sheets for r in s.rows]

    @property
    def all_problems(self) -> list[Problem]:
        return self.problems + [p for s in self.sheets for r in s.rows for p in r.problems]


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    unchanged: int = 0
    rejected: int = 0
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    batch_uuid: str | None = None
    dry_run: bool = False
    file: str = ""
    sheets: list[str] = field(default_factory=list)
    near_duplicates: list[NearDuplicate] = field(default_factory=list)
    rejects_path: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "imported": self.imported,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "created": dict(self.created),
            "updated": dict(self.updated),
            "problems": [p.to_json() for p in self.problems],
            "batch": self.batch_uuid,
            "dry_run": self.dry_run,
            "file": self.file,
            "sheets": list(self.sheets),
            "rejects": self.rejects_path,
            "near_duplicates": [
                {
                    "key": d.key,
                    "name": d.name,
                    "rows": d.rows,
                    "candidate": d.candidate_uuid or None,
                    "candidate_name": d.candidate_name,
                    "candidate_rows": d.candidate_rows if d.in_sheet else None,
                    "score": round(d.score, 1),
                }
                for d in self.near_duplicates
            ],
        }


# --- parsing rows --------------------------------------------------------------------

_LENGTHS = {"name": 200, "address": 300, "email": 254, "phone": 40, "website": 300}
_LIMITS: dict[str, int] = {}
for _t in (*TARGETS, "name", "address", "email", "phone", "website"):
    if _t.rsplit(".", 1)[-1] in _LENGTHS:
        _LIMITS[_t] = _LENGTHS[_t.rsplit(".", 1)[-1]]
#: The other targets (of a mapped sheet, and fields of a Liaison export) whose text lands
#: in a column of limited length, and that column: PostgreSQL refuses a longer value
#: (the whole import failed there), SQLite stored it beyond the schema.
_COLUMNS: dict[str, Any] = {
    "initiative.neighbourhood": Neighbourhood.name, "initiative.district": Neighbourhood.district,
    "initiative.tags": Tag.name, "person.given_name": Person.given_name,
    "person.infix": Person.infix, "person.family_name": Person.family_name,
    "neighbourhood": Neighbourhood.name, "district": Neighbourhood.district, "tags": Tag.name,
    "owner": Officer.name, "officer": Officer.name, "given_name": Person.given_name,
    "infix": Person.infix, "family_name": Person.family_name, "data_source": Person.data_source,
    "summary": Interaction.summary,
}  # fmt: skip
for _t, _column in _COLUMNS.items():
    _LIMITS.setdefault(_t, _column.type.length)
#: The parts of a person's name (read once: an attribute's type is slow to reach per row).
_GIVEN_MAX, _INFIX_MAX, _FAMILY_MAX = (
    c.type.length for c in (Person.given_name, Person.infix, Person.family_name)
)


def _longer(value: Any, limit: int) -> bool:
    """Text longer than ``limit``, or a list (of labels) with such a text in it."""
    if isinstance(value, str):
        return len(value) > limit
    return isinstance(value, list) and any(isinstance(v, str) and len(v) > limit for v in value)


def _parser(kind: str, epoch1904: bool) -> Callable[[Any], Any]:
    if kind == "text":
        return V.parse_text
    if kind == "email":
        return V.parse_email
    if kind == "phone":
        return V.parse_phone
    if kind == "website":
        return V.parse_website
    if kind == "amount":
        return V.parse_amount
    if kind == "date":
        return lambda v: V.parse_date(v, epoch1904=epoch1904)
    if kind == "datetime":
        return lambda v: V.parse_datetime(v, epoch1904=epoch1904)
    if kind == "bool":
        return V.parse_bool
    if kind == "tags":
        return V.parse_tags
    if kind == "uuid":
        return _parse_uuid
    if kind == "uuids":
        return _parse_uuids
    if kind == "list":
        return lambda v: [p.strip() for p in str(v).split(";") if p.strip()] or None
    return lambda v: V.parse_choice(v, kind)


_MISS = object()
#: Kinds whose values repeat down a column (a few kinds, dates, amounts) and whose
#: parsed values are immutable: worth remembering per column.
_MEMO_KINDS = frozenset({"amount", "date", "datetime", "bool"})
_MEMO_SIZE = 20_000


def _memo(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``parse`` remembering its answers (and its problems) for one column of one import."""
    cache: dict[tuple[type, Any], Any] = {}

    def cached(raw: Any) -> Any:
        key = (raw.__class__, raw)  # 1, 1.0 and True are equal keys otherwise
        hit = cache.get(key, _MISS)
        if hit is _MISS:
            try:
                hit = parse(raw)
            except V.PartlyRead as exc:
                hit = exc  # raised again below, value and warning both
            except V.ValueProblem as exc:
                hit = _Failed(str(exc))
            if len(cache) < _MEMO_SIZE:
                cache[key] = hit
        if hit.__class__ is _Failed:
            raise V.ValueProblem(hit.message)
        if hit.__class__ is V.PartlyRead:
            raise hit
        return hit

    return cached


class _Failed:
    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def _column_parser(kind: str, epoch1904: bool) -> Callable[[Any], Any]:
    """The parser for one column of a sheet: memoised for kinds whose values repeat."""
    parse = _parser(kind, epoch1904)
    if kind in _MEMO_KINDS or kind not in _UNMEMOISED:
        return _memo(parse)
    return parse


#: Text-like kinds: mostly unique per row (names, e-mails, phones) or mutable (lists).
_UNMEMOISED = frozenset({"text", "email", "phone", "website", "tags", "uuid", "uuids", "list"})


def _parse_uuid(value: Any) -> str | None:
    if V.is_blank(value):
        return None
    try:
        return str(uuid_mod.UUID(str(value).strip()))
    except ValueError:
        raise V.ValueProblem(f"'{value}' is not a Liaison record id.") from None


def _parse_uuids(value: Any) -> list[str] | None:
    if V.is_blank(value):
        return None
    return [u for u in (_parse_uuid(p) for p in str(value).split(";")) if u] or None


def _parse_cells(
    row_number: int,
    cells: list[Any],
    columns: Sequence[tuple[int, str, str, Callable[[Any], Any]]],
    sheet: str,
) -> RowPlan:
    values: dict[str, Any] = {}
    plan = RowPlan(row_number, cells, values)
    width = len(cells)
    for col, target, header, parse in columns:
        raw = cells[col] if col < width else None
        if raw is None:
            continue
        try:
            if parse is V.parse_text and type(raw) is str:  # the commonest cell: inline
                value = raw.strip() or None
            else:
                value = parse(raw)
        except V.PartlyRead as exc:  # used, and reported
            plan.problems.append(Problem(row_number, header, "warning", str(exc), sheet))
            value = exc.value
        except V.ValueProblem as exc:
            plan.problems.append(Problem(row_number, header, "warning", str(exc), sheet))
            continue
        if value is None:
            continue
        limit = _LIMITS.get(target)
        if limit is not None and _longer(value, limit):
            _too_long(plan, target, header, limit, sheet)
            continue
        values[target] = value
    return plan


def _parse_rows(
    rows: Sequence[tuple[int, list[Any]]],
    columns: Sequence[tuple[int, str, str, Callable[[Any], Any]]],
    sheet: str,
    progress: Progress | None,
) -> list[RowPlan]:
    """:func:`_parse_cells` for every row, column by column: one parser and one limit
    per inner loop instead of a lookup per cell (a third less time at 100,000 rows).
    Each row's problems still come in column order."""
    plans = [RowPlan(number, cells, {}) for number, cells in rows]
    total = len(plans)
    parse_text = V.parse_text
    for n, (col, target, header, parse) in enumerate(columns):
        limit = _LIMITS.get(target)
        inline = parse is parse_text
        for rp in plans:
            cells = rp.cells
            if col >= len(cells):
                continue
            raw = cells[col]
            if raw is None:
                continue
            if inline and raw.__class__ is str:  # the commonest cell
                value = raw.strip() or None
            else:
                try:
                    value = parse(raw)
                except V.PartlyRead as exc:  # used, and reported
                    rp.problems.append(Problem(rp.row, header, "warning", str(exc), sheet))
                    value = exc.value
                except V.ValueProblem as exc:
                    rp.problems.append(Problem(rp.row, header, "warning", str(exc), sheet))
                    continue
            if value is None:
                continue
            if limit is not None and (
                len(value) > limit if value.__class__ is str else _longer(value, limit)
            ):
                _too_long(rp, target, header, limit, sheet)
                continue
            rp.values[target] = value
        if progress is not None:
            _tick(progress, total * (n + 1) // len(columns), total * 2, "Reading rows")
    return plans


def _too_long(rp: RowPlan, target: str, header: str, limit: int, sheet: str) -> None:
    if target.endswith(".name"):
        rp.rejected = f"The name in column '{header}' is longer than {limit} characters."
        rp.problems.append(Problem(rp.row, header, "error", rp.rejected, sheet))
    else:
        rp.problems.append(
            Problem(
                rp.row,
                header,
                "warning",
                f"The value is longer than {limit} characters and was left out.",
                sheet,
            )
        )


# --- planning ---------------------------------------------------------------------------


def _is_liaison_export(wb: Workbook) -> bool:
    if layout.MARKER_SHEET not in wb.sheet_names:
        return False
    try:
        rows = wb.rows(layout.MARKER_SHEET)
    except ImportRefused:
        return False
    return bool(rows and rows[0] and str(rows[0][0]).strip() == layout.FORMAT_TAG)


def _session_of(db_or_session: Any) -> tuple[Session, bool]:
    if isinstance(db_or_session, Session):
        return db_or_session, False
    return db_or_session.session(write=False), True


def plan_import(
    db_or_session: Any,
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    mapping: Mapping | str | os.PathLike[str] | None = None,
    header_row: int | None = None,
    workbook: Workbook | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read the file and work out what would be imported, without writing anything.

    ``mapping`` may be a :class:`Mapping` or the path of a mapping JSON file;
    without it a remembered mapping for the same headers is used, else one is
    guessed. Raises :class:`ImportRefused` with one sentence when nothing can
    be read.
    """
    session, own = _session_of(db_or_session)
    try:
        wb = workbook or read_workbook(path, sheet=sheet)
        if _is_liaison_export(wb) and sheet is None and mapping is None:
            plan = _plan_export(wb, progress)
        else:
            plan = _plan_overview(session, wb, sheet, mapping, header_row, progress)
        plan.near_duplicates = _near_duplicates(session, plan)
        return plan
    finally:
        if own:
            session.close()


def _names_its_records(session: Session) -> Callable[[list[str]], bool]:
    """Whether a table's headers name an initiative or person (or were mapped before)."""

    def usable(headers: list[str]) -> bool:
        return (
            _main_target(guess_mapping(headers)) is not None
            or remembered_mapping(session, headers) is not None
        )

    return usable


def table_sheet(db_or_session: Any, path: str | os.PathLike[str]) -> str | None:
    """The sheet an import of ``path`` takes when none is named (None: a Liaison export,
    or no table at all), for the wizard to open on the same sheet as the command."""
    session, own = _session_of(db_or_session)
    try:
        wb = read_workbook(path)
        if _is_liaison_export(wb):
            return None
        return _pick_sheet(wb, None, _names_its_records(session))[0]
    except LiaisonError:
        return None
    finally:
        if own:
            session.close()


def _pick_sheet(
    wb: Workbook, sheet: str | None, usable: Callable[[list[str]], bool] | None = None
) -> tuple[str, list[list[Any]], Table]:
    """The named sheet, else the first visible one with a table that ``usable`` takes (its
    headers name an initiative or person): a cover sheet ("Toelichting: Versie | Datum")
    before the data was picked and refused. Else the first with a table at all."""
    if sheet is not None:
        sheet = wb.sheet_name(sheet)
        rows = wb.rows(sheet)
        return (
            sheet,
            rows,
            find_table(
                rows,
                known=is_known_header,
                hidden_rows=wb.hidden_rows(sheet),
                groups=is_header_group,
            ),
        )
    candidates = [s for s in wb.info.sheets if s.visible and not s.chart] or [
        s for s in wb.info.sheets if not s.chart
    ]
    first_error: ImportRefused | None = None
    first_table: tuple[str, list[list[Any]], Table] | None = None
    for info in candidates:
        if info.name == layout.MARKER_SHEET:
            continue
        try:
            rows = wb.rows(info.name)
        except ImportRefused as exc:
            first_error = first_error or exc
            continue
        table = find_table(
            rows,
            known=is_known_header,
            hidden_rows=wb.hidden_rows(info.name),
            groups=is_header_group,
        )
        if table.rows:
            if usable is None or usable(table.headers):
                return info.name, rows, table
            first_table = first_table or (info.name, rows, table)
    if first_table is not None:  # none names what it holds: the first, as before
        return first_table
    if first_error is not None:
        raise first_error
    raise ImportRefused(
        f"'{wb.path.name}' holds no table to import: no visible sheet has a header row "
        "with data rows below it."
    )


def _plan_overview(
    session: Session,
    wb: Workbook,
    sheet: str | None,
    mapping: Mapping | str | os.PathLike[str] | None,
    header_row: int | None,
    progress: Progress | None,
) -> ImportPlan:
    usable = None if mapping is not None else _names_its_records(session)
    name, rows, table = _pick_sheet(wb, sheet, usable)
    if header_row is not None:
        table = find_table(
            rows,
            header_row=header_row,
            known=is_known_header,
            hidden_rows=wb.hidden_rows(name),
            groups=is_header_group,
        )
    headers = table.headers
    if isinstance(mapping, Mapping):
        chosen = Mapping(list(headers), dict(mapping.columns), mapping.source)
    elif mapping is not None:
        chosen = load_mapping(mapping, headers)
    else:
        chosen = remembered_mapping(session, headers) or guess_mapping(headers)
    problems: list[Problem] = []
    main = _main_target(chosen)
    if main is None:
        shown = _listed([f"'{h}'" for h in headers if h], 300) or "none"
        raise ImportRefused(
            f"No column of sheet '{name}' in '{wb.path.name}' holds the name of an initiative, "
            f"organisation or person (headers in row {table.header_row}: {shown}); "
            "map one with a mapping file (--mapping)."
        )
    # Trailing rows with numbers only where names belong are sums, not data.
    drop_trailing_sums(table, [c for c, t in chosen.mapped.items() if TARGETS[t].parser == "text"])
    columns = [
        (c, t, headers[c] or column_letter(c), _column_parser(TARGETS[t].parser, wb.epoch1904))
        for c, t in chosen.mapped.items()
    ]
    plans = _parse_rows(table.rows, columns, name, progress)
    errors = wb.error_cells(name)
    if errors:  # a broken formula ('#N/A' of a VLOOKUP) is read as empty: said, not hidden
        by_row = {rp.row: rp for rp in plans}
        for (r, c), shown in sorted(errors.items()):
            rp = by_row.get(r + 1)
            if rp is not None and chosen.columns.get(c):
                header = headers[c] or column_letter(c)
                rp.problems.append(
                    Problem(rp.row, header, "warning",
                            f"The cell shows Excel's error '{shown}'; it was read as empty.",
                            name)
                )  # fmt: skip
    for rp in plans:
        if rp.rejected is None:
            _check_main(rp, chosen, main, headers, name)
    for number in table.totals_rows:
        problems.append(
            Problem(
                number, None, "info", "This looks like a totals row; it was not imported.", name
            )
        )
    if table.hidden_rows:
        shown = ", ".join(str(r) for r in table.hidden_rows[:10])
        more = "…" if len(table.hidden_rows) > 10 else ""
        problems.append(
            Problem(
                None,
                None,
                "info",
                f"{len(table.hidden_rows)} rows hidden in the sheet ({shown}{more}) "
                "were imported like the others."
                if len(table.hidden_rows) > 1
                else f"Row {shown}, hidden in the sheet, was imported like the others.",
                name,
            )
        )
    hidden_cols = [c for c in chosen.mapped if c in wb.hidden_cols(name)]
    if hidden_cols:
        problems.append(
            Problem(
                None,
                ", ".join(headers[c] or column_letter(c) for c in hidden_cols),
                "info",
                "Hidden columns were imported like the others.",
                name,
            )
        )
    unnamed = [c for c, h in enumerate(headers) if not h and chosen.columns.get(c) is None]
    filled = [c for c in unnamed if any(c < len(r) and r[c] is not None for _, r in table.rows)]
    if filled:  # typed into a column without a header: said, not silently dropped
        problems.append(
            Problem(
                None,
                ", ".join(column_letter(c) for c in filled),
                "warning",
                "These columns have no header and hold values that are not imported; "
                "give them a header or choose a field for them.",
                name,
            )
        )
    unmapped = [h for c, h in enumerate(headers) if h and chosen.columns.get(c) is None]
    if unmapped:
        problems.append(
            Problem(
                None,
                ", ".join(unmapped)[:300],
                "info",
                "These columns are not imported (no field chosen for them).",
                name,
            )
        )
    sp = SheetPlan(
        name, table.header_row, headers, chosen, plans, None, table.totals_rows, table.hidden_rows
    )
    return ImportPlan(wb.path, wb.info, [sp], problems, epoch1904=wb.epoch1904)


def _listed(items: Sequence[str], limit: int) -> str:
    """``items`` joined by commas, whole items only, within about ``limit`` characters."""
    shown: list[str] = []
    length = 0
    for item in items:
        if shown and length + len(item) > limit:
            return ", ".join(shown) + ", …"
        shown.append(item)
        length += len(item) + 2
    return ", ".join(shown)


def _main_target(mapping: Mapping) -> str | None:
    if mapping.has("initiative.name"):
        return "initiative"
    if mapping.has("person.name", "person.given_name", "person.family_name"):
        return "person"
    return None


#: Columns that make a sheet describe support: a row there without its initiative is
#: rejected (the support would have nothing to belong to), not imported as a person alone.
_SUPPORT_TARGETS = (
    "partner.name", "partner.kind", "commitment.kind", "commitment.amount", "commitment.start",
    "commitment.end", "commitment.renew_by", "commitment.status", "commitment.structural",
    "commitment.notes",
)  # fmt: skip


def _contacts_list(mapping: Mapping) -> bool:
    """A sheet about people, the organisation a detail: "Voornaam | Achternaam | … |
    Organisatie", or "Naam | Organisatie | E-mail" (the name first) — and no support.
    "Naam initiatief | Contactpersoon" is a list of initiatives with their contacts."""
    if mapping.has(*_SUPPORT_TARGETS):
        return False
    if mapping.has("person.given_name", "person.family_name"):
        return True
    person, org = mapping.column_of("person.name"), mapping.column_of("initiative.name")
    return person is not None and org is not None and person < org


def _check_main(rp: RowPlan, mapping: Mapping, main: str, headers: list[str], sheet: str) -> None:
    v = rp.values
    if main == "initiative":
        if v.get("initiative.name"):
            return
        if (
            v.get("person.name") or v.get("person.given_name") or v.get("person.family_name")
        ) and _contacts_list(mapping):
            return  # a list of contacts: a person with no organisation comes in alone
        col = mapping.column_of("initiative.name")
        header = headers[col] if col is not None else None
        rp.rejected = (
            f"The row has no name in column '{header}', so there is nothing to attach it to."
        )
    else:
        if v.get("person.name") or v.get("person.given_name") or v.get("person.family_name"):
            return
        rp.rejected = "The row has no name of a person."
        header = None
    rp.problems.append(Problem(rp.row, header, "error", rp.rejected, sheet))


_EXPORT_PARSERS: dict[str, str] = {
    "uuid": "uuid",
    "kind": "organisation_kind",
    "status": "organisation_status",
    "email": "text",
    "phone": "text",
    "website": "text",
    "tags": "tags",
    "legal_basis": "legal_basis",
    "person_uuid": "uuid",
    "organisation_uuid": "uuid",
    "initiative_uuid": "uuid",
    "partner_uuid": "uuid",
    "role": "role",
    "start": "date",
    "end": "date",
    "renew_by": "date",
    "follow_up_on": "date",
    "amount": "amount",
    "structural": "bool",
    "follow_up_done": "bool",
    "occurred_at": "datetime",
    "channel": "channel",
    "organisation_uuids": "uuids",
    "person_uuids": "uuids",
    "organisations": "list",
    "people": "list",
}
_EXPORT_SKIP = {"signals"}


def _plan_export(wb: Workbook, progress: Progress | None) -> ImportPlan:
    problems: list[Problem] = []
    sheets: list[SheetPlan] = []
    for spec in layout.DATA_SHEETS:
        if spec.title not in wb.sheet_names:
            continue
        rows = wb.rows(spec.title)
        if not rows:
            continue
        headers = [cell_text(v).strip() for v in rows[0]]
        by_header = {h: i for i, h in enumerate(headers) if h}
        columns = []
        for c in spec.columns:
            if c.field in _EXPORT_SKIP or c.header not in by_header:
                continue
            kind = _EXPORT_PARSERS.get(c.field, "text")
            if spec.entity == "commitment" and c.field == "kind":
                kind = "support_kind"
            if spec.entity == "commitment" and c.field == "status":
                kind = "commitment_status"
            columns.append((by_header[c.header], c.field, c.header, _parser(kind, wb.epoch1904)))
        plans = []
        for i, cells in enumerate(rows[1:], start=2):
            if not any(v is not None for v in cells):
                continue
            rp = _parse_cells(i, list(cells), columns, spec.title)
            plans.append(rp)
        sheets.append(SheetPlan(spec.title, 1, headers, None, plans, spec))
    if not sheets:
        raise ImportRefused(f"'{wb.path.name}' is a Liaison export without any data sheets.")
    return ImportPlan(wb.path, wb.info, sheets, problems, liaison_export=True)


def _near_duplicates(session: Session, plan: ImportPlan) -> list[NearDuplicate]:
    """New organisation names close to existing ones (rapidfuzz), for the user to review."""
    from rapidfuzz import fuzz, process

    existing = session.execute(
        select(Organisation.name_key, Organisation.uuid, Organisation.name, Organisation.kind)
        .where(Organisation.deleted_at.is_(None))
        .order_by(Organisation.id)
    ).all()
    if not existing and not _few_names_in_sheet(plan):
        return []  # nothing to compare with (fast: a 100,000-row sheet into an empty database)
    wanted: dict[str, tuple[str, list[int]]] = {}
    not_only_initiative: set[str] = set()  # keys also seen as a partner or plain organisation
    targets = (("initiative.name", True), ("partner.name", False))
    for sp in plan.sheets:
        for rp in sp.rows:
            if rp.rejected:
                continue
            names = (
                [(rp.values.get(t), initiative) for t, initiative in targets]
                if sp.spec is None
                else ([(rp.values.get("name"), False)] if sp.spec.entity == "organisation" else [])
            )
            for n, initiative in names:
                if n and (k := name_key(n)):
                    wanted.setdefault(k, (n, []))[1].append(rp.row)
                    if not initiative:
                        not_only_initiative.add(k)
    if not wanted:
        return []
    exact = {r[0] for r in existing}
    new = {k: v for k, v in wanted.items() if k not in exact}
    if not new:
        return []
    in_sheet = (
        _near_duplicates_in_sheet(new, not_only_initiative, fuzz, process)
        if all(sp.spec is None for sp in plan.sheets)  # an export's ids keep its rows apart
        else []
    )
    if not existing:
        return in_sheet
    if len(new) * len(existing) > NEAR_DUPLICATE_BUDGET:
        plan.problems.append(
            Problem(
                None,
                None,
                "info",
                f"Too many names to look for near duplicates ({len(new):,} new against "
                f"{len(existing):,} existing); only exact matches were merged.",
            )
        )
        return []
    # A name only ever in the initiative column is an initiative: offering a fund or a
    # company ("Oranje Fonds" for the initiative "Oranje Fondsen") as the same only
    # costs the officer a "keep apart". A partner may be anything, initiatives too.
    initiatives = [r for r in existing if r[3] == OrganisationKind.INITIATIVE]
    choices = {False: [_bare(r[0]) for r in existing], True: [_bare(r[0]) for r in initiatives]}
    among = {False: existing, True: initiatives}
    found = []
    for key, (name, rows) in new.items():
        as_initiative = key not in not_only_initiative
        hit = process.extractOne(
            _bare(key), choices[as_initiative], scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE_SCORE
        )
        if hit is None:
            continue
        _, score, idx = hit
        candidate = among[as_initiative][idx]
        found.append(NearDuplicate(key, name, rows[:20], candidate[1], candidate[2], score))
    known = {d.key for d in found}
    return found + [d for d in in_sheet if d.key not in known]


_DIGITS = re.compile(r"\d+")


def _few_names_in_sheet(plan: ImportPlan) -> bool:
    """Whether an overview sheet names few enough organisations to compare them pairwise."""
    if any(sp.spec is not None for sp in plan.sheets):
        return False
    most = int((2 * NEAR_DUPLICATE_BUDGET) ** 0.5) + 1  # n names make n(n-1)/2 pairs
    names: set[str] = set()
    for sp in plan.sheets:
        for rp in sp.rows:
            if rp.rejected:
                continue
            v = rp.values
            for n in (v.get("initiative.name"), v.get("partner.name")):
                if n:
                    names.add(n)
            if len(names) > most:
                return False  # stops early on a sheet of thousands of initiatives
    return len(names) * (len(names) - 1) // 2 <= NEAR_DUPLICATE_BUDGET


def _near_duplicates_in_sheet(
    new: dict[str, tuple[str, list[int]]], not_only_initiative: set[str], fuzz: Any, process: Any
) -> list[NearDuplicate]:
    """New names close to a new name higher up in the same sheet.

    "Stichting Buurtkeuken Zuid" and "Buurtkeuken Zuid" in one colleague's sheet
    were two organisations without a question. Each name is offered against the
    names above it (first row first), initiatives against initiatives; skipped for
    sheets with more names than :data:`NEAR_DUPLICATE_BUDGET` pairs (exact matches
    still merge).
    """
    if len(new) * (len(new) - 1) // 2 > NEAR_DUPLICATE_BUDGET:
        return []
    order = sorted(new.items(), key=lambda kv: kv[1][1][0])
    above: dict[bool, list[tuple[str, str, list[int]]]] = {False: [], True: []}
    bare_above: dict[bool, list[str]] = {False: [], True: []}
    found = []
    for key, (name, rows) in order:
        group = key not in not_only_initiative
        hit = process.extractOne(
            _bare(key), bare_above[group], scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE_SCORE
        )
        if hit is not None and _DIGITS.findall(key) == _DIGITS.findall(above[group][hit[2]][0]):
            _, score, idx = hit  # ("Buurthuis 2" is not "Buurthuis 12")
            other_key, other_name, other_rows = above[group][idx]
            found.append(
                NearDuplicate(key, name, rows[:20], "", other_name, score,
                              candidate_key=other_key, candidate_rows=other_rows[:20])
            )  # fmt: skip
        above[group].append((key, name, rows))
        bare_above[group].append(_bare(key))
    return found


# --- matching against the database -------------------------------------------------


_NO_CHANGES: dict[str, tuple[Any, Any]] = {}  # shared and never written to (see Rec)


_LEGAL_FORMS = re.compile(
    r"\b(?:stichting|st|vereniging|ver|bv|b v|nv|vof|foundation|the|de|het)\b"
)


def _bare(key: str) -> str:
    """A name key without legal forms and articles, for near-duplicate scoring only."""
    return " ".join(_LEGAL_FORMS.sub(" ", key).split()) or key


_RELEASED: dict[str, Any] = {}  # stands for values no longer needed (see _resolve_overview)


class Rec:
    """One record touched by the import: existing (id set) or new (id after insert)."""

    __slots__ = ("entity", "id", "uuid", "values", "changes", "new", "set_by", "row")

    def __init__(
        self, entity: str, id: int | None, uuid: str | None, values: dict[str, Any], new: bool
    ):
        self.entity = entity
        self.id = id
        self.uuid = uuid
        self.values = values
        self.changes: dict[str, tuple[Any, Any]] = _NO_CHANGES  # made on the first change
        self.new = new
        self.set_by: dict[str, int] | None = None  # field → the row that set it (new: .row)
        self.row = 0


def _same(field_name: str, old: Any, new: Any) -> bool:
    if old == new:
        return True
    if old is None or new is None:
        return False
    if isinstance(old, Rec) or isinstance(new, Rec):
        return old is new
    if field_name == "email":
        return str(old).strip().casefold() == str(new).strip().casefold()
    if field_name == "phone":
        try:
            return V.parse_phone(old) == V.parse_phone(new)
        except V.ValueProblem:
            return str(old).strip() == str(new).strip()
    if isinstance(new, Decimal):
        try:
            return Decimal(str(old)) == new
        except ArithmeticError:
            return False
    if isinstance(new, str) and isinstance(old, str):
        return old.strip() == new.strip()
    if isinstance(new, list):
        return sorted(map(str, old)) == sorted(map(str, new))
    return False


_ORG_COLS = (
    "name", "kind", "neighbourhood_id", "address", "email", "phone", "website",
    "description", "status", "owner_id",
)  # fmt: skip
_PERSON_COLS = (
    "given_name", "infix", "family_name", "email", "phone", "neighbourhood_id", "notes",
    "legal_basis", "data_source",
)  # fmt: skip
_AFF_COLS = ("person_id", "organisation_id", "role", "start", "end")
_COMMIT_COLS = (
    "partner_id", "initiative_id", "kind", "amount", "start", "end", "renew_by", "status",
    "structural", "officer_id", "notes",
)  # fmt: skip
_INTER_COLS = ("occurred_at", "channel", "officer_id", "summary", "notes", "follow_up_on",
               "follow_up_done")  # fmt: skip
#: Fields holding a reference: audited and written as the column, valued as a Rec.
_REF_FIELDS = {"neighbourhood_id", "owner_id", "officer_id", "person_id", "organisation_id",
               "partner_id", "initiative_id"}  # fmt: skip
_CLASSES: dict[str, type[RecordMixin]] = {
    "officer": Officer,
    "neighbourhood": Neighbourhood,
    "tag": Tag,
    "organisation": Organisation,
    "person": Person,
    "affiliation": Affiliation,
    "commitment": Commitment,
    "interaction": Interaction,
}


def _person_key(given: str, infix: str, family: str) -> str:
    return name_key(" ".join(p for p in (given, infix, family) if p))


def _forgotten_not_added(rp: RowPlan, sheet: str) -> None:
    """Say on the row that a person matching an erasure mark was left out (see erasure)."""
    rp.problems.append(
        Problem(rp.row, None, "warning",
                "This person was forgotten at their request and was not added again; "
                "add them by hand only if they agree to be registered again.", sheet)
    )  # fmt: skip


class Matcher:
    """Everything the import touches, keyed the ways rows find it (see module docstring)."""

    def __init__(self, session: Session, officer: str | None) -> None:
        self.session = session
        self.officer = officer
        self.recs: dict[str, list[Rec]] = defaultdict(list)
        self.by_uuid: dict[str, dict[str, Rec]] = defaultdict(dict)
        self.alias: dict[str, dict[str, Rec]] = defaultdict(dict)  # a colleague's uuid → ours
        #: Every id the rows of a Liaison export carry, per entity (see :meth:`fallback`).
        self.claimed: dict[str, set[str]] = defaultdict(set)
        self.deleted: dict[str, set[str]] = defaultdict(set)
        self.org_by_key: dict[str, Rec] = {}
        self.person_by_email: dict[str, Rec] = {}
        self.person_by_org_name: dict[tuple[int, str], Rec] = {}
        self.person_by_name: dict[str, list[Rec]] = defaultdict(list)
        self.aff_by_pair: dict[tuple[int, int], Rec] = {}
        self.aff_by_role: dict[tuple[int, int, str | None], Rec] = {}
        self.commit_by_key: dict[tuple[int, int, str, Any], Rec] = {}
        self.commit_by_pair_start: dict[tuple[int, int, Any], list[Rec]] = defaultdict(list)
        self.inter_by_key: dict[tuple[Any, str], Rec] = {}
        self.hood_by_name: dict[str, list[Rec]] = defaultdict(list)
        self._hood_memo: dict[tuple[str, str | None], Rec] = {}
        self.officer_by_name: dict[str, Rec] = {}
        self.tag_by_name: dict[str, Rec] = {}
        self.org_tags: dict[int, set[int]] = defaultdict(set)  # id(org rec) → id(tag rec)
        self.org_tags_new: dict[int, tuple[Rec, set[int]]] = {}
        self.inter_links: list[tuple[str, Rec, Rec]] = []
        self.existing_links: set[tuple[str, int, int]] = set()
        self._load()

    # -- loading -------------------------------------------------------------------

    def _add(self, rec: Rec, *, by_uuid: bool = True) -> Rec:
        self.recs[rec.entity].append(rec)
        if by_uuid:
            self.by_uuid[rec.entity][rec.uuid] = rec
        return rec

    def _load(self) -> None:
        s = self.session
        ids: dict[str, dict[int, Rec]] = defaultdict(dict)

        def load(entity: str, cls: Any, cols: Sequence[str]) -> Iterable[Rec]:
            stmt = select(cls.id, cls.uuid, cls.deleted_at, *[getattr(cls, c) for c in cols])
            for row in s.execute(stmt):
                if row[2] is not None:
                    self.deleted[entity].add(row[1])
                    continue
                rec = Rec(entity, row[0], row[1], dict(zip(cols, row[3:], strict=True)), False)
                ids[entity][row[0]] = rec
                self._add(rec)
                yield rec

        for rec in load("officer", Officer, ("name",)):
            self.officer_by_name.setdefault(fold(rec.values["name"]), rec)
        for rec in load("neighbourhood", Neighbourhood, ("name", "district", "city")):
            self.hood_by_name[fold(rec.values["name"])].append(rec)
        for rec in load("tag", Tag, ("name",)):
            self.tag_by_name.setdefault(fold(rec.values["name"]), rec)
        for rec in load("organisation", Organisation, _ORG_COLS):
            self.org_by_key.setdefault(name_key(rec.values["name"]), rec)
        # forgotten people (AVG): matched as ever, but their personal details stay gone
        self.forgotten = set(s.scalars(select(Person.uuid).where(Person.forgotten_at.is_not(None))))
        # and a sheet without our ids must not bring them back as someone new
        self.erased = erasure.all_marks(s)
        self.erased_uuids: set[str] = set()  # a colleague's ids of people skipped for that
        for rec in load("person", Person, _PERSON_COLS):
            if rec.values.get("email"):
                self.person_by_email.setdefault(rec.values["email"].casefold(), rec)
            v = rec.values
            key = _person_key(v["given_name"], v["infix"], v["family_name"])
            if key:
                self.person_by_name[key].append(rec)
        for _ in load("affiliation", Affiliation, _AFF_COLS):
            pass
        for _ in load("commitment", Commitment, _COMMIT_COLS):
            pass
        for rec in load("interaction", Interaction, _INTER_COLS):
            v = rec.values
            self.inter_by_key.setdefault((v["occurred_at"], fold(v["summary"])), rec)
        # references become Recs so that new and existing records compare alike
        for _entity, recs in self.recs.items():
            for rec in recs:
                for f in _REF_FIELDS & rec.values.keys():
                    ref_id = rec.values[f]
                    if ref_id is not None:
                        target = {
                            "neighbourhood_id": "neighbourhood",
                            "owner_id": "officer",
                            "officer_id": "officer",
                            "person_id": "person",
                        }.get(f, "organisation")
                        rec.values[f] = ids[target].get(ref_id)
        for aff in self.recs["affiliation"]:
            p, o = aff.values["person_id"], aff.values["organisation_id"]
            if p is not None and o is not None:
                v = p.values
                key = _person_key(v["given_name"], v["infix"], v["family_name"])
                self.person_by_org_name.setdefault((id(o), key), p)
        self.aff_by_pair = {
            (id(a.values["person_id"]), id(a.values["organisation_id"])): a
            for a in self.recs["affiliation"]
            if a.values["person_id"] is not None and a.values["organisation_id"] is not None
        }
        # A Liaison export may hold several roles of one person at one organisation
        # (volunteer, later board member): its rows match by role as well.
        self.aff_by_role = {
            (*pair, a.values.get("role")): a
            for pair, a in (
                ((id(a.values["person_id"]), id(a.values["organisation_id"])), a)
                for a in self.recs["affiliation"]
                if a.values["person_id"] is not None and a.values["organisation_id"] is not None
            )
        }
        self.commit_by_key = {}
        self.commit_by_pair_start = defaultdict(list)
        for c in self.recs["commitment"]:
            v = c.values
            if v["initiative_id"] is None or v["partner_id"] is None:
                continue
            self.commit_by_key.setdefault(
                (id(v["initiative_id"]), id(v["partner_id"]), v["kind"], v["start"]), c
            )
            self.commit_by_pair_start[
                (id(v["initiative_id"]), id(v["partner_id"]), v["start"])
            ].append(c)
        orgs = ids["organisation"]
        tags = ids["tag"]
        for org_id, tag_id in s.execute(
            select(organisation_tag.c.organisation_id, organisation_tag.c.tag_id)
        ):
            if org_id in orgs and tag_id in tags:
                self.org_tags[id(orgs[org_id])].add(id(tags[tag_id]))
        self._tag_recs = {id(t): t for t in self.recs["tag"]}
        people = ids["person"]
        inters = ids["interaction"]
        for table, kind, pool in (
            (interaction_organisation, "organisation", orgs),
            (interaction_person, "person", people),
        ):
            other = table.c.organisation_id if kind == "organisation" else table.c.person_id
            for i_id, o_id in s.execute(select(table.c.interaction_id, other)):
                if i_id in inters and o_id in pool:
                    self.existing_links.add((kind, id(inters[i_id]), id(pool[o_id])))

    # -- finding or making records ---------------------------------------------------------

    def new(self, entity: str, values: dict[str, Any], row: int, uuid: str | None = None) -> Rec:
        # A fresh uuid is made only when the record is written (400,000 strings less).
        rec = Rec(entity, None, uuid, values, True)
        rec.row = row
        # a fresh uuid is never looked up; only uuids from a workbook are
        return self._add(rec, by_uuid=uuid is not None)

    def find_uuid(self, entity: str, uuid: str | None) -> Rec | None:
        if not uuid:
            return None
        return self.by_uuid[entity].get(uuid) or self.alias[entity].get(uuid)

    def fallback(self, entity: str, rec: Rec | None, uuid: str | None) -> Rec | None:
        """``rec``, found by name, e-mail or date for a row whose own id is unknown here,
        unless it is another row's record: rows with distinct ids stay distinct (#4.10).

        Never a record this import made from another row's id (a couple sharing one
        mailbox, two calls in the same minute come back as two). Nor, except for
        organisations, an existing record the workbook has a row of its own for. An
        organisation is matched by name to an existing one even so: the same
        organisation registered by two colleagues is one.
        """
        if rec is None or not uuid or rec.uuid == uuid:
            return rec
        if rec.new and rec.uuid is not None:
            return None
        if entity != "organisation" and rec.uuid in self.claimed[entity]:
            return None
        return rec

    def merge(self, rec: Rec, values: MappingABC[str, Any], rp: RowPlan, sheet: str) -> bool:
        """Add or change the given (non-empty) values; True if anything changed."""
        if rec.entity == "person" and rec.uuid in self.forgotten:
            values = self._without_personal_data(rec, values, rp, sheet)
        changed = False
        for f, value in values.items():
            if value is None or value == "" or value == []:
                continue
            cur = rec.values.get(f)
            if _same(f, cur, value):
                if not rec.new:  # this row agrees with the database: a later row that
                    if rec.set_by is None:  # differs is a conflict, not a change (else
                        rec.set_by = {}  # 'Jan' and 'J.' in one sheet flip on each import)
                    rec.set_by.setdefault(f, rp.row)
                continue
            first = (rec.set_by or {}).get(f, rec.row if rec.new and cur is not None else None)
            if first is not None and first != rp.row:
                shown = cell_text(cur.values.get("name") if isinstance(cur, Rec) else cur)
                rp.problems.append(
                    Problem(
                        rp.row,
                        f,
                        "warning",
                        f"The {f.replace('_id', '').replace('_', ' ')} differs from row {first}; "
                        f"kept '{shown}' from row {first}.",
                        sheet,
                    )
                )
                continue
            if not rec.new:
                if rec.changes is _NO_CHANGES:
                    rec.changes = {}
                rec.changes[f] = (rec.changes[f][0] if f in rec.changes else cur, value)
            rec.values[f] = value
            if rec.set_by is None:
                rec.set_by = {}
            rec.set_by[f] = rp.row
            changed = True
        return changed

    def _without_personal_data(
        self, rec: Rec, values: MappingABC[str, Any], rp: RowPlan, sheet: str
    ) -> dict[str, Any]:
        """A forgotten person's row: everything but their personal details (said once)."""
        kept = {f: v for f, v in values.items() if f not in PERSONAL_FIELDS}
        if any(
            values.get(f) not in (None, "") and not _same(f, rec.values.get(f), values[f])
            for f in PERSONAL_FIELDS
        ):
            rp.problems.append(
                Problem(
                    rp.row, None, "warning",
                    "This person was forgotten at their request; their personal details "
                    "were not imported again.",
                    sheet,
                )
            )  # fmt: skip
        return kept

    def erased_person(
        self, email: str | None, phone: str | None, key: str, org: Rec | None
    ) -> bool:
        """Whether a person the import would create was forgotten at their request."""
        if not self.erased:
            return False
        marks = [*erasure.email_mark(email), *erasure.phone_marks(phone)]
        if org is not None and key:
            marks += erasure.name_mark(key, name_key(org.values.get("name")))
        return any(m in self.erased for m in marks)

    def officer_rec(self, name: str | None, row: int) -> Rec | None:
        if not name:
            return None
        key = fold(name)
        rec = self.officer_by_name.get(key)
        if rec is None:
            rec = self.new("officer", {"name": name.strip()}, row)
            self.officer_by_name[key] = rec
        return rec

    def hood_rec(self, name: str | None, district: str | None, row: int) -> Rec | None:
        if not name:
            return None
        memo = self._hood_memo.get((name, district))
        if memo is not None:
            return memo
        rec = self._hood_rec(name, district, row)
        self._hood_memo[(name, district)] = rec
        return rec

    def _hood_rec(self, name: str, district: str | None, row: int) -> Rec:
        candidates = self.hood_by_name.get(fold(name), [])
        if district:
            exact = [h for h in candidates if fold(h.values.get("district")) == fold(district)]
            if exact:
                return exact[0]
        if candidates:
            return candidates[0]
        values = {"name": name.strip(), "district": (district or "").strip(), "city": "Rotterdam"}
        rec = self.new("neighbourhood", values, row)
        self.hood_by_name[fold(name)].append(rec)
        return rec

    def tag_recs(self, names: Iterable[str], row: int) -> list[Rec]:
        out = []
        for n in names:
            key = fold(n)
            rec = self.tag_by_name.get(key)
            if rec is None:
                rec = self.new("tag", {"name": n.strip()}, row)
                self.tag_by_name[key] = rec
                self._tag_recs[id(rec)] = rec
            out.append(rec)
        return out

    def set_tags(self, org: Rec, names: list[str] | None, row: int) -> bool:
        """Add tags (never removes one); True if the organisation got a new tag."""
        if not names:
            return False
        have = self.org_tags[id(org)]
        wanted = {id(t) for t in self.tag_recs(names, row)}
        missing = wanted - have
        if not missing:
            return False
        if not org.new and "tags" not in org.changes:
            if org.changes is _NO_CHANGES:
                org.changes = {}
            org.changes["tags"] = (self._tag_names(have), None)
        have |= missing
        if not org.new:
            org.changes["tags"] = (org.changes["tags"][0], self._tag_names(have))
        return True

    def _tag_names(self, ids: set[int]) -> str | None:
        names = sorted(self._tag_recs[i].values["name"] for i in ids)
        return "; ".join(names) if names else None

    def org(
        self, name: str, values: dict[str, Any], rp: RowPlan, sheet: str,
        *, kind_default: str, uuid: str | None = None, decisions: MappingABC[str, Any] | None = None,
        key: str | None = None,
    ) -> tuple[Rec, bool]:  # fmt: skip
        """Find or create an organisation; returns (record, whether the row changed it)."""
        key = key if key is not None else name_key(name)
        own_key = key
        rec = self.find_uuid("organisation", uuid)
        if rec is None and uuid and uuid in self.deleted["organisation"]:
            raise _InTrash("organisation", name)
        if rec is None:
            if decisions:
                key = _merged_key(key, decisions)
            rec = self.fallback("organisation", self.org_by_key.get(key), uuid)
            if rec is None and decisions and decisions.get(key):
                rec = self.find_uuid("organisation", str(decisions[key]))
            if rec is not None and uuid:
                self.alias["organisation"][uuid] = rec
        if rec is None:
            fresh = {"name": name, "kind": values.get("kind") or kind_default}
            fresh.update({k: v for k, v in values.items() if v is not None and k != "kind"})
            fresh["name_key"] = own_key  # written as is (see _bulk_insert)
            rec = self.new("organisation", fresh, rp.row, uuid=uuid)
            self.org_by_key[key] = rec
            if own_key != key:  # merged in the sheet with a name further down
                self.org_by_key[own_key] = rec
            return rec, True
        vals = dict(values)
        if uuid is None or rec.uuid != uuid:
            vals.pop("name", None)  # matched by name: keep the name as written here
        return rec, self.merge(rec, vals, rp, sheet)


def _merged_key(key: str, decisions: MappingABC[str, Any]) -> str:
    """The key a name is merged into within the sheet (followed along a chain), else itself."""
    seen = {key}
    while isinstance(d := decisions.get(key), str) and d.startswith(IN_SHEET):
        nxt = d[len(IN_SHEET) :]
        if nxt in seen:
            break
        seen.add(nxt)
        key = nxt
    return key


class _InTrash(Exception):
    def __init__(self, entity: str, name: str) -> None:
        super().__init__(entity)
        self.entity = entity
        self.name = name


# --- resolving rows into records ---------------------------------------------------------


def _resolve_overview(
    m: Matcher,
    sp: SheetPlan,
    decisions: MappingABC[str, Any] | None,
    tick: Callable[[int], None],
    *,
    release: bool = False,
) -> None:
    """Match every row; ``release`` frees each row's values once used (big imports)."""
    today = dt.date.today()
    for i, rp in enumerate(sp.rows):
        if release and i:
            prev = sp.rows[i - 1]
            if prev.status != "rejected":
                prev.values, prev.cells = _RELEASED, []
        if i % 2000 == 1999:
            tick(i + 1)
        if rp.rejected:
            rp.status = "rejected"
            continue
        v = rp.values
        changed = False
        org: Rec | None = None
        if v.get("initiative.name"):
            hood = m.hood_rec(
                v.get("initiative.neighbourhood"), v.get("initiative.district"), rp.row
            )
            org_values = {
                "kind": v.get("initiative.kind"),
                "neighbourhood_id": hood,
                "address": v.get("initiative.address"),
                "email": v.get("initiative.email"),
                "phone": v.get("initiative.phone"),
                "website": v.get("initiative.website"),
                "description": v.get("initiative.description"),
                "status": v.get("initiative.status"),
            }
            org, c = m.org(
                v["initiative.name"], org_values, rp, sp.name,
                kind_default=OrganisationKind.INITIATIVE.value, decisions=decisions,
            )  # fmt: skip
            changed |= c
            changed |= m.set_tags(org, v.get("initiative.tags"), rp.row)
        person = _resolve_person(m, v, org, rp, sp.name)
        if person is not None:
            rec, c = person
            changed |= c
            if org is not None:
                key = (id(rec), id(org))
                aff = m.aff_by_pair.get(key)
                role = v.get("person.role")
                if aff is None:
                    aff = m.new(
                        "affiliation",
                        {"person_id": rec, "organisation_id": org, "role": role or "contact"},
                        rp.row,
                    )
                    m.aff_by_pair[key] = aff
                    changed = True
                elif role:
                    changed |= m.merge(aff, {"role": role}, rp, sp.name)
        changed |= _resolve_commitment(m, v, org, rp, sp.name, decisions, today)
        rp.status = "imported" if changed else "unchanged"


def _resolve_person(
    m: Matcher, v: dict[str, Any], org: Rec | None, rp: RowPlan, sheet: str
) -> tuple[Rec, bool] | None:
    given, infix, family = V.split_name(v.get("person.name"))
    given = v.get("person.given_name") or given
    infix = v.get("person.infix") or infix
    family = v.get("person.family_name") or family
    if (
        (given and len(given) > _GIVEN_MAX)
        or (infix and len(infix) > _INFIX_MAX)
        or (family and len(family) > _FAMILY_MAX)
    ):  # a full name's part beyond its column
        limit = next(n for p, n in ((given, _GIVEN_MAX), (infix, _INFIX_MAX),
                                    (family, _FAMILY_MAX)) if p and len(p) > n)  # fmt: skip
        rp.problems.append(Problem(rp.row, None, "warning",
            f"The value is longer than {limit} characters and was left out.", sheet))  # fmt: skip
        return None
    email = v.get("person.email")
    if not (given or family or email):
        if v.get("person.phone") or v.get("person.role"):
            rp.problems.append(
                Problem(rp.row, None, "warning",
                        "Contact details without a name or e-mail were not imported.", sheet)
            )  # fmt: skip
        return None
    key = _person_key(given, infix, family)
    rec = m.person_by_email.get(email.casefold()) if email else None
    if rec is None and key:
        if org is not None:
            rec = m.person_by_org_name.get((id(org), key))
        else:  # a list of people: the same name without e-mail is the same person
            named = m.person_by_name.get(key)
            rec = named[0] if named else None
    hood = None
    if org is None:
        hood = m.hood_rec(v.get("initiative.neighbourhood"), v.get("initiative.district"), rp.row)
    values = {
        "given_name": given or None,
        "infix": infix or None,
        "family_name": family or None,
        "email": email,
        "phone": v.get("person.phone"),
        "notes": v.get("person.notes"),
        "neighbourhood_id": hood,
    }
    if rec is None and m.erased_person(email, values["phone"], key, org):
        _forgotten_not_added(rp, sheet)
        return None
    if rec is None:
        fresh = {k: val for k, val in values.items() if val is not None}
        fresh.setdefault("given_name", "")
        fresh.setdefault("infix", "")
        fresh.setdefault("family_name", "")
        rec = m.new("person", fresh, rp.row)
        if email:
            m.person_by_email[email.casefold()] = rec
        if key and org is None:  # only people lists match by name alone
            m.person_by_name[key].append(rec)
        changed = True
    else:
        if email is None or (rec.values.get("email") or "").casefold() != email.casefold():
            values.pop("email", None) if rec.values.get("email") else None
        changed = m.merge(rec, values, rp, sheet)
    if org is not None and key:
        m.person_by_org_name.setdefault((id(org), key), rec)
    return rec, changed


def _resolve_commitment(
    m: Matcher,
    v: dict[str, Any],
    org: Rec | None,
    rp: RowPlan,
    sheet: str,
    decisions: MappingABC[str, Any] | None,
    today: dt.date,
) -> bool:
    partner_name = v.get("partner.name")
    has_support = any(
        v.get(k) is not None
        for k in ("commitment.kind", "commitment.amount", "commitment.start", "commitment.end")
    )
    if not partner_name:
        if has_support and org is not None:
            rp.problems.append(
                Problem(rp.row, None, "warning",
                        "Support is described but no partner gives it; the support was not recorded.",
                        sheet)
            )  # fmt: skip
        return False
    if org is None:
        return False
    partner_key = _partner_key(partner_name)
    same_name = partner_name.casefold() == str(v.get("initiative.name", "")).casefold()
    if same_name or m.org_by_key.get(partner_key) is org:
        rp.problems.append(
            Problem(rp.row, None, "warning",
                    "The partner is the initiative itself; the support was not recorded.", sheet)
        )  # fmt: skip
        return False
    partner_kind = v.get("partner.kind")
    partner, changed = m.org(
        partner_name, {"kind": partner_kind}, rp, sheet,
        kind_default=V.guess_partner_kind(partner_name), decisions=decisions, key=partner_key,
    )  # fmt: skip
    kind = v.get("commitment.kind")
    start = v.get("commitment.start")
    rec = None
    if kind is None:
        same_start = m.commit_by_pair_start.get((id(org), id(partner), start), [])
        if len(same_start) == 1:
            rec = same_start[0]
        kind = (
            SupportKind.FINANCIAL.value if v.get("commitment.amount") else SupportKind.OTHER.value
        )
    if rec is None:
        rec = m.commit_by_key.get((id(org), id(partner), kind, start))
    values = {
        "amount": v.get("commitment.amount"),
        "end": v.get("commitment.end"),
        "renew_by": v.get("commitment.renew_by"),
        "status": v.get("commitment.status"),
        "structural": v.get("commitment.structural"),
        "notes": v.get("commitment.notes"),
    }
    end = values["end"]
    if start and end and end < start:
        rp.problems.append(
            Problem(
                rp.row,
                None,
                "warning",
                "The support ends before it starts; check the dates.",
                sheet,
            )
        )
    if rec is None:
        status = values["status"] or (
            CommitmentStatus.ENDED.value if end and end < today else CommitmentStatus.ACTIVE.value
        )
        fresh = {k: val for k, val in values.items() if val is not None}
        fresh.update(
            {"initiative_id": org, "partner_id": partner, "kind": kind, "start": start,
             "status": status, "structural": bool(values["structural"])}
        )  # fmt: skip
        rec = m.new("commitment", fresh, rp.row)
        m.commit_by_key[(id(org), id(partner), kind, start)] = rec
        if v.get("commitment.kind") is None:  # only rows without a kind look here
            m.commit_by_pair_start[(id(org), id(partner), start)].append(rec)
        return True
    return m.merge(rec, values, rp, sheet) or changed


def _resolve_export(
    m: Matcher,
    plan: ImportPlan,
    decisions: MappingABC[str, Any] | None,
    tick: Callable[[int], None],
) -> None:
    for sp in plan.sheets:
        assert sp.spec is not None
        m.claimed[sp.spec.entity].update(
            u for rp in sp.rows if not rp.rejected and (u := rp.values.get("uuid"))
        )
    done = 0
    for sp in plan.sheets:
        assert sp.spec is not None
        entity = sp.spec.entity
        for rp in sp.rows:
            done += 1
            if done % 2000 == 0:
                tick(done)
            if rp.rejected:
                rp.status = "rejected"
                continue
            try:
                changed = _EXPORT_RESOLVERS[entity](m, rp, sp, decisions)
            except _InTrash as exc:
                rp.problems.append(
                    Problem(rp.row, "ID", "warning",
                            f"This {exc.entity} is in the trash here; it was left there.", sp.name)
                )  # fmt: skip
                changed = False
            if rp.rejected:
                rp.status = "rejected"
                rp.problems.append(Problem(rp.row, None, "error", rp.rejected, sp.name))
            else:
                rp.status = "imported" if changed else "unchanged"


def _export_org(m: Matcher, rp: RowPlan, sp: SheetPlan, decisions: Any) -> bool:
    v = rp.values
    name = v.get("name")
    if not name:
        rp.rejected = "The row has no name."
        return False
    hood = m.hood_rec(v.get("neighbourhood"), v.get("district"), rp.row)
    values = {
        "name": name,
        "kind": v.get("kind"),
        "neighbourhood_id": hood,
        "status": v.get("status"),
        "address": v.get("address"),
        "email": v.get("email"),
        "phone": v.get("phone"),
        "website": v.get("website"),
        "description": v.get("description"),
        "owner_id": m.officer_rec(v.get("owner"), rp.row),
    }
    default = (
        OrganisationKind.INITIATIVE.value
        if sp.spec is layout.INITIATIVES
        else V.guess_partner_kind(name)
    )
    rec, changed = m.org(
        name, values, rp, sp.name, kind_default=default, uuid=v.get("uuid"), decisions=decisions
    )
    changed |= m.set_tags(rec, v.get("tags"), rp.row)
    return changed


def _export_person(m: Matcher, rp: RowPlan, sp: SheetPlan, decisions: Any) -> bool:
    v = rp.values
    uuid = v.get("uuid")
    given, infix, family = (
        v.get("given_name") or "",
        v.get("infix") or "",
        v.get("family_name") or "",
    )
    email = v.get("email")
    rec = m.find_uuid("person", uuid)
    if rec is None and uuid and uuid in m.deleted["person"]:
        raise _InTrash("person", given)
    if rec is None and email:
        rec = m.fallback("person", m.person_by_email.get(email.casefold()), uuid)
    if rec is None and not (given or family or email):
        rp.rejected = "The row has no name of a person (a privacy-safe export?)."
        return False
    values = {
        "given_name": given or None,
        "infix": infix or None,
        "family_name": family or None,
        "email": email,
        "phone": v.get("phone"),
        "neighbourhood_id": m.hood_rec(v.get("neighbourhood"), None, rp.row),
        "legal_basis": v.get("legal_basis"),
        "data_source": v.get("data_source"),
        "notes": v.get("notes"),
    }
    if rec is None and m.erased_person(email, values["phone"], "", None):
        _forgotten_not_added(rp, sp.name)
        if uuid:  # their roles in this workbook go with them, without a rejection each
            m.erased_uuids.add(uuid)
        return False
    if rec is None:
        fresh = {k: val for k, val in values.items() if val is not None}
        for k in ("given_name", "infix", "family_name"):
            fresh.setdefault(k, "")
        rec = m.new("person", fresh, rp.row, uuid=uuid)
        if email:
            m.person_by_email[email.casefold()] = rec
        return True
    if uuid and rec.uuid != uuid:
        m.alias["person"][uuid] = rec
    return m.merge(rec, values, rp, sp.name)


def _ref(m: Matcher, entity: str, uuid: str | None, name: str | None) -> Rec | None:
    rec = m.find_uuid(entity, uuid)
    if rec is None and name and entity == "organisation":
        rec = m.org_by_key.get(name_key(name))
    return rec


def _export_affiliation(m: Matcher, rp: RowPlan, sp: SheetPlan, decisions: Any) -> bool:
    v = rp.values
    person = _ref(m, "person", v.get("person_uuid"), None)
    org = _ref(m, "organisation", v.get("organisation_uuid"), v.get("organisation"))
    if person is None and v.get("person_uuid") in m.erased_uuids:
        return False  # a forgotten person's role: said on their own row
    if person is None or org is None:
        rp.rejected = "The person or organisation of this role is not in the workbook or database."
        return False
    role = v.get("role") or "contact"
    rec = m.find_uuid("affiliation", v.get("uuid")) or m.fallback(
        "affiliation", m.aff_by_role.get((id(person), id(org), role)), v.get("uuid")
    )
    values = {"role": v.get("role"), "start": v.get("start"), "end": v.get("end")}
    if rec is None:
        fresh = {k: val for k, val in values.items() if val is not None}
        fresh.update({"person_id": person, "organisation_id": org})
        fresh.setdefault("role", "contact")
        rec = m.new("affiliation", fresh, rp.row, uuid=v.get("uuid"))
        m.aff_by_pair.setdefault((id(person), id(org)), rec)
        m.aff_by_role[(id(person), id(org), role)] = rec
        return True
    return m.merge(rec, values, rp, sp.name)


def _export_commitment(m: Matcher, rp: RowPlan, sp: SheetPlan, decisions: Any) -> bool:
    v = rp.values
    init = _ref(m, "organisation", v.get("initiative_uuid"), v.get("initiative"))
    partner = _ref(m, "organisation", v.get("partner_uuid"), v.get("partner"))
    if init is None or partner is None:
        rp.rejected = (
            "The initiative or partner of this support is not in the workbook or database."
        )
        return False
    kind = v.get("kind") or SupportKind.OTHER.value
    start = v.get("start")
    rec = m.find_uuid("commitment", v.get("uuid")) or m.fallback(
        "commitment", m.commit_by_key.get((id(init), id(partner), kind, start)), v.get("uuid")
    )
    values = {
        "amount": v.get("amount"),
        "end": v.get("end"),
        "renew_by": v.get("renew_by"),
        "status": v.get("status"),
        "structural": v.get("structural"),
        "officer_id": m.officer_rec(v.get("officer"), rp.row),
        "notes": v.get("notes"),
    }
    if rec is None:
        fresh = {k: val for k, val in values.items() if val is not None}
        fresh.update({"initiative_id": init, "partner_id": partner, "kind": kind, "start": start})
        fresh.setdefault("structural", False)
        rec = m.new("commitment", fresh, rp.row, uuid=v.get("uuid"))
        m.commit_by_key[(id(init), id(partner), kind, start)] = rec
        return True
    values["kind"] = v.get("kind")
    values["start"] = start
    return m.merge(rec, values, rp, sp.name)


def _export_interaction(m: Matcher, rp: RowPlan, sp: SheetPlan, decisions: Any) -> bool:
    v = rp.values
    when = v.get("occurred_at")
    if when is None:
        rp.rejected = "The contact has no date."
        return False
    summary = v.get("summary") or ""
    rec = m.find_uuid("interaction", v.get("uuid"))
    if rec is None:
        rec = m.fallback("interaction", m.inter_by_key.get((when, fold(summary))), v.get("uuid"))
        if rec is not None and not _shares_a_participant(m, rec, v):
            rec = None  # same minute, same words, other people: a colleague's own contact
    values = {
        "channel": v.get("channel"),
        "summary": summary or None,
        "officer_id": m.officer_rec(v.get("officer"), rp.row),
        "notes": v.get("notes"),
        "follow_up_on": v.get("follow_up_on"),
        "follow_up_done": v.get("follow_up_done"),
    }
    changed = False
    if rec is None:
        fresh = {k: val for k, val in values.items() if val is not None}
        fresh["occurred_at"] = when
        fresh.setdefault("summary", "")
        fresh.setdefault("follow_up_done", False)
        rec = m.new("interaction", fresh, rp.row, uuid=v.get("uuid"))
        m.inter_by_key[(when, fold(summary))] = rec
        changed = True
    else:
        changed = m.merge(rec, values, rp, sp.name)
    for kind, uuids in (
        ("organisation", v.get("organisation_uuids")),
        ("person", v.get("person_uuids")),
    ):
        for u in uuids or []:
            other = m.find_uuid(kind, u)
            if other is None:
                continue
            link = (kind, id(rec), id(other))
            if link not in m.existing_links:
                m.existing_links.add(link)
                m.inter_links.append((kind, rec, other))
                changed = True
    return changed


def _shares_a_participant(m: Matcher, rec: Rec, v: MappingABC[str, Any]) -> bool:
    """Whether a contact found by its time and summary alone is the row's contact.

    "Wijkoverleg" at 20:00 logged by two officers with other organisations and people
    is two contacts: merged, one officer's contact took the other's officer and
    participants. A row naming none of its participants here is taken as the same.
    """
    named = False
    for kind in ("organisation", "person"):
        for u in v.get(f"{kind}_uuids") or []:
            other = m.find_uuid(kind, u)
            if other is None:
                continue
            named = True
            if (kind, id(rec), id(other)) in m.existing_links:
                return True
    return not named


_EXPORT_RESOLVERS: dict[str, Callable[..., bool]] = {
    "organisation": _export_org,
    "person": _export_person,
    "affiliation": _export_affiliation,
    "commitment": _export_commitment,
    "interaction": _export_interaction,
}


# --- writing ---------------------------------------------------------------------------------

_WRITE_ORDER = (
    "officer", "neighbourhood", "tag", "organisation", "person", "affiliation", "commitment",
    "interaction",
)  # fmt: skip


def _column_value(value: Any) -> Any:
    if isinstance(value, Rec):
        return value.id
    return value


def _write(
    m: Matcher, batch_id: int, now: dt.datetime, tick: Callable[[str], None]
) -> tuple[dict[str, int], dict[str, int]]:
    """Insert new records, update changed ones, audit everything; returns (created, updated)."""
    conn = m.session.connection()
    officer = m.officer
    created: dict[str, int] = {}
    updated: dict[str, int] = {}
    audit_rows: list[dict[str, Any]] = []
    stamp = {
        "created_at": now, "created_by": officer, "updated_at": now, "updated_by": officer,
        "version": 1, "import_batch_id": batch_id,
    }  # fmt: skip
    if conn.dialect.name in BULK_WRITER_DIALECTS:
        created = _insert_new_sqlite(m, conn, stamp, tick)
    else:
        for entity in _WRITE_ORDER:
            new = [r for r in m.recs[entity] if r.new]
            if not new:
                continue
            tick(f"Writing {entity} records")
            table = _CLASSES[entity].__table__  # type: ignore[attr-defined]
            _bulk_insert(conn, table, entity, new, stamp)
            ids = dict(
                conn.execute(
                    select(table.c.uuid, table.c.id).where(table.c.import_batch_id == batch_id)
                ).all()
            )
            for r in new:
                r.id = ids[r.uuid]
            created[entity] = len(new)
            _release(entity, new)
    # Creation needs no audit row per record: import_batch_id points at the
    # ImportBatch, which says which file, who and when (and undo uses it).
    # links: tags and contact-log participants
    tag_rows = []
    for org in m.recs["organisation"]:
        tags = m.org_tags.get(id(org))
        if not tags:
            continue
        if org.new or "tags" in org.changes:
            existing = set() if org.new else _existing_tag_ids(conn, org.id)
            for t in tags:
                tid = m._tag_recs[t].id
                if tid not in existing:
                    tag_rows.append({"organisation_id": org.id, "tag_id": tid})
    if tag_rows:
        conn.execute(insert(organisation_tag), tag_rows)
    for kind, table, col in (
        ("organisation", interaction_organisation, "organisation_id"),
        ("person", interaction_person, "person_id"),
    ):
        link_rows = [
            {"interaction_id": rec.id, col: other.id}
            for k, rec, other in m.inter_links
            if k == kind
        ]
        if link_rows:
            conn.execute(insert(table), link_rows)
    # updates, grouped by the set of fields they change
    tick("Updating records")
    for entity in _WRITE_ORDER:
        changed = [r for r in m.recs[entity] if not r.new and r.changes]
        if not changed:
            continue
        table = _CLASSES[entity].__table__  # type: ignore[attr-defined]
        groups: dict[tuple[str, ...], list[Rec]] = defaultdict(list)
        for r in changed:
            groups[tuple(sorted(f for f in r.changes if f != "tags"))].append(r)
        for fields, recs in groups.items():
            values: dict[str, Any] = {
                "version": table.c.version + 1,
                "updated_at": bindparam("_now"),
                "updated_by": bindparam("_by"),
            }
            for f in fields:
                values[f] = bindparam(f"v_{f}")
            if entity == "organisation" and "name" in fields:
                values["name_key"] = bindparam("v_name_key")
            if entity == "person" and {"given_name", "infix", "family_name"} & set(fields):
                values["sort_key"] = bindparam("v_sort_key")
            with_key = "name_key" in values
            with_sort = "sort_key" in values
            stmt = update(table).where(table.c.id == bindparam("_id")).values(values)
            params = []
            for r in recs:
                p = {"_id": r.id, "_now": now, "_by": officer}
                for f in fields:
                    p[f"v_{f}"] = _column_value(r.values[f])
                if with_key:
                    p["v_name_key"] = name_key(r.values["name"])
                if with_sort:
                    rv = r.values
                    p["v_sort_key"] = person_sort_key(
                        rv.get("given_name"), rv.get("infix"), rv.get("family_name")
                    )
                params.append(p)
            conn.execute(stmt, params)
        updated[entity] = len(changed)
        for r in changed:
            for f, (old, new) in r.changes.items():
                audit_rows.append(
                    {"at": now, "officer": officer, "entity": entity, "record_id": r.id,
                     "record_uuid": r.uuid, "action": "update", "field": f,
                     "old": _audit_text(old), "new": _audit_text(new),
                     "import_batch_id": batch_id}
                )  # fmt: skip
    joined = _participants_added(conn, m)
    if joined:
        fields_changed = {r.id for r in m.recs["interaction"] if not r.new and r.changes}
        updated["interaction"] = len(fields_changed | {rid for rid, *_ in joined})
        audit_rows.extend(
            {"at": now, "officer": officer, "entity": "interaction", "record_id": rid,
             "record_uuid": ruuid, "action": "update", "field": f, "old": old, "new": new,
             "import_batch_id": batch_id}
            for rid, ruuid, f, old, new in joined
        )  # fmt: skip
    if audit_rows:
        tick("Writing the audit trail")
        conn.execute(insert(AuditEntry.__table__), audit_rows)  # type: ignore[attr-defined]
    return created, updated


def _participants_added(
    conn: Any, m: Matcher
) -> list[tuple[int, str, str, str | None, str | None]]:
    """Organisations and people this import linked to contacts that were already here.

    As records.update audits them: field "organisations" or "people", old and new as
    sorted uuids. Without it the contact's history missed them, and undo took the
    contact for later work referring to what the import made, and refused.
    Returns (contact id, contact uuid, field, old, new); read after the links are written.
    """
    added: dict[tuple[int, str], set[int]] = defaultdict(set)
    for kind, rec, other in m.inter_links:
        if not rec.new:
            added[(rec.id, kind)].add(other.id)
    if not added:
        return []
    contacts = sorted({rid for rid, _ in added})
    inter = Interaction.__table__  # type: ignore[attr-defined]
    uuids = dict(
        conn.execute(select(inter.c.id, inter.c.uuid).where(inter.c.id.in_(contacts))).all()
    )
    found: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for kind, link, col, cls in (
        ("organisation", interaction_organisation, interaction_organisation.c.organisation_id,
         Organisation),
        ("person", interaction_person, interaction_person.c.person_id, Person),
    ):  # fmt: skip
        t = cls.__table__  # type: ignore[attr-defined]
        for rid, oid, u in conn.execute(
            select(link.c.interaction_id, t.c.id, t.c.uuid)
            .join(t, t.c.id == col)
            .where(link.c.interaction_id.in_(contacts))
        ):
            found[(rid, kind)].append((oid, u))
    out = []
    for (rid, kind), ids in sorted(added.items()):
        now_ = found[(rid, kind)]
        before = [u for oid, u in now_ if oid not in ids]
        field_name = "organisations" if kind == "organisation" else "people"
        out.append((rid, uuids[rid], field_name, to_text(before) if before else None,
                    to_text([u for _, u in now_])))  # fmt: skip
    return out


#: Databases whose new records go through the SQLite bulk writer (ids numbered here, search
#: documents written alongside); the others get portable Core inserts, ids read back by uuid.
BULK_WRITER_DIALECTS = frozenset({"sqlite"})


def _release(entity: str, new: Sequence[Rec]) -> None:
    """Written: only the id is needed from here on (tags keep their names for the links)."""
    if entity != "tag":
        for r in new:
            r.values = _RELEASED


def _insert_new_sqlite(
    m: Matcher, conn: Any, stamp: dict[str, Any], tick: Callable[[str], None]
) -> dict[str, int]:
    """Insert the new records, and their search documents, through a :class:`BulkWriter`.

    Every id is handed out first (inside BEGIN IMMEDIATE nobody else writes, so
    numbering the rows ourselves spares reading 400,000 ids back), then the
    writer owns the connection: while it inserts one chunk, this thread builds
    the next one. Indexing the documents alongside spares reading every new
    record back for the search index afterwards.
    """
    news = {e: new for e in _WRITE_ORDER if (new := [r for r in m.recs[e] if r.new])}
    first_ids: dict[str, int] = {}
    for entity, new in news.items():
        table = _CLASSES[entity].__table__  # type: ignore[attr-defined]
        first_ids[entity] = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        for n, r in enumerate(new, start=first_ids[entity]):
            r.id = n
    indexed = {e: first for e, first in first_ids.items() if e in search_index.ENTITY_CODES}
    if indexed:
        search_index.begin_bulk(conn, indexed)
    created: dict[str, int] = {}
    with BulkWriter(conn.connection.dbapi_connection) as writer:
        for entity, new in news.items():
            tick(f"Writing {entity} records")
            table = _CLASSES[entity].__table__  # type: ignore[attr-defined]
            _bulk_insert(conn, table, entity, new, stamp, writer=writer)
            created[entity] = len(new)
        tick("Writing the last records")
        writer.wait()
    if indexed:
        search_index.end_bulk(conn)
    return created


INSERT_CHUNK = 2_000


def _bulk_insert(
    conn: Any,
    table: Any,
    entity: str,
    recs: Sequence[Rec],
    stamp: dict[str, Any],
    *,
    writer: BulkWriter | None = None,
) -> None:
    """Insert new records in chunks, bind processing done once per column.

    With a ``writer`` (SQLite) the records already carry their ids; each chunk
    goes to the writer as tuples, the column types' own bind processors applied
    here, and the search documents of indexed records with it. Other backends
    get a plain Core executemany of dicts and number the rows themselves.
    """
    with_ids = writer is not None
    # every column (defaults filled in here); the id too when the caller numbered the rows
    cols = [k for k in table.c.keys() if k != "id" or with_ids]  # noqa: SIM118
    defaults = {}
    for k in cols:
        d = table.c[k].default
        if d is not None and d.is_scalar:
            defaults[k] = d.arg
        elif d is not None and d.is_callable and k not in ("uuid", "id"):
            defaults[k] = d.arg(None)  # e.g. a timestamp: one value for the whole batch
        else:
            defaults[k] = None
    dialect = conn.dialect
    # New uuids handed out in sorted order: the unique uuid index then grows at
    # its end like the id does, instead of every insert landing on a random page.
    # (Not kept on the records: 400,000 uuid strings would cost ~35 MB of peak memory.)
    missing = sum(1 for r in recs if r.uuid is None)
    fresh_uuids = iter_ordered_uuids(missing)

    if writer is None:  # other backends: plain Core executemany of dicts

        def row_dict(r: Rec) -> dict[str, Any]:
            v = r.values
            d = {k: _column_value(v.get(k, defaults[k])) for k in cols}
            d.update(stamp)
            if r.uuid is None:  # kept: the ids are read back by uuid
                r.uuid = next(fresh_uuids)
            d["uuid"] = r.uuid
            if entity == "organisation":
                d["name_key"] = v.get("name_key") or name_key(v["name"])
            elif entity == "person":
                d["sort_key"] = person_sort_key(
                    v.get("given_name"), v.get("infix"), v.get("family_name")
                )
            return d

        for i in range(0, len(recs), INSERT_CHUNK):
            conn.execute(insert(table), [row_dict(r) for r in recs[i : i + INSERT_CHUNK]])
        return
    # Our own column order: stamps, id, uuid, derived key, then the values; the
    # value columns are gathered by one comprehension, then only the columns that
    # need it are converted (references → ids, dates/money → the driver's form).
    derived = {"organisation": "name_key", "person": "sort_key"}.get(entity)
    # Columns no record sets and whose default is NULL are left out of the INSERT:
    # SQLite fills them in for free.
    present: set[str] = set()
    for r in recs:
        present.update(r.values)
    value_cols = [
        k
        for k in cols
        if k not in stamp
        and k not in ("id", "uuid", derived)
        and (k in present or defaults[k] is not None or table.c[k].server_default is not None)
    ]
    stamp_values = []
    for k, value in stamp.items():
        proc = table.c[k].type.dialect_impl(dialect).bind_processor(dialect)
        stamp_values.append(proc(value) if proc is not None and value is not None else value)
    # The stamps are the same on every row: written into the statement once as
    # literals rather than carried 100,000 times (-0.25 s per 400,000 rows).
    literals = [_sql_literal(value) for value in stamp_values]
    inline = all(lit is not None for lit in literals)
    stamp_tuple = () if inline else tuple(stamp_values)
    head_cols = ["uuid", "id", *([derived] if derived else [])]
    row_cols = [*([] if inline else stamp), *head_cols, *value_cols]
    fixed = dict(zip(stamp, literals, strict=True)) if inline else None
    refs = {k for k in value_cols if k in _REF_FIELDS}
    procs = {
        k: p
        for k in value_cols
        if k not in refs
        and (p := table.c[k].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    # SQLite keeps a Date as "YYYY-MM-DD", SQLAlchemy's storage format and date.isoformat alike
    iso_dates = {k for k in procs if isinstance(table.c[k].type, Date)}
    doc_cols = (
        search_index.source_columns(entity)[1:] if entity in search_index.ENTITY_CODES else None
    )
    # Column by column (a list comprehension each, then zip in C): a third of the
    # Python time of building the same tuples row by row.
    for i in range(0, len(recs), INSERT_CHUNK):
        chunk = recs[i : i + INSERT_CHUNK]
        vals = [r.values for r in chunk]
        columns: list[Sequence[Any]] = [[value] * len(chunk) for value in stamp_tuple]
        columns.append([r.uuid or next(fresh_uuids) for r in chunk])
        ids = [r.id for r in chunk]
        columns.append(ids)
        if derived == "name_key":
            columns.append([v.get("name_key") or name_key(v["name"]) for v in vals])
        elif derived == "sort_key":
            columns.append(
                [
                    person_sort_key(v.get("given_name"), v.get("infix"), v.get("family_name"))
                    for v in vals
                ]
            )
        for k in value_cols:
            default = defaults[k]
            column = [v.get(k, default) for v in vals]
            if k in refs:
                column = [None if x is None else x.id for x in column]
            elif k in iso_dates:  # date.isoformat is the text SQLAlchemy writes, 3× faster
                proc = procs[k]
                column = [
                    None if x is None else x.isoformat() if x.__class__ is dt.date else proc(x)
                    for x in column
                ]
            elif (proc := procs.get(k)) is not None:
                column = [None if x is None else proc(x) for x in column]
            columns.append(column)
        writer.insert_columns(table.name, row_cols, columns, literals=fixed)
        if doc_cols is not None:
            sources = zip(ids, *([v.get(k) for v in vals] for k in doc_cols), strict=True)
            writer.insert(
                search_index.TABLE, search_index.COLUMNS, search_index.documents(entity, sources)
            )
        del vals
        _release(entity, chunk)  # chunk by chunk: the values are the import's biggest memory


def _sql_literal(value: Any) -> str | None:
    """``value`` as an SQLite literal, or None when it should rather be bound."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _existing_tag_ids(conn: Any, org_id: int) -> set[int]:
    return set(
        conn.execute(
            select(organisation_tag.c.tag_id).where(organisation_tag.c.organisation_id == org_id)
        ).scalars()
    )


def _audit_text(value: Any) -> str | None:
    if isinstance(value, Rec):
        return str(value.id)
    return to_text(value)


def _refresh_search(m: Matcher) -> None:
    """Re-index the records the import changed (new ones were indexed as they were written)."""
    for entity in search_index.ENTITY_CODES:
        ids = [r.id for r in m.recs[entity] if not r.new and r.changes and r.id is not None]
        if ids:
            search_index.index_records(m.session, entity, ids)


# --- running an import ------------------------------------------------------------------------


def _tick(
    progress: Progress | None, done: int, total: int, message: str, *, can_cancel: bool = True
) -> None:
    """Report progress; raise ImportCancelled when the officer cancelled (unless too late)."""
    if progress is None:
        return
    cancelled = getattr(progress, "cancelled", None)
    if can_cancel and callable(cancelled) and cancelled():
        raise ImportCancelled("The import was cancelled; nothing was changed.")
    progress(done, total, message)


def _staged_rejects(
    path: str | os.PathLike[str] | None,
    plan: ImportPlan,
    report: ImportReport,
    translate: Callable[[str], str] | None,
) -> contextlib.AbstractContextManager[Path | None]:
    """The rejects workbook staged until the block ends (None: no file asked for or needed)."""
    if path is None or not report.rejected:
        return contextlib.nullcontext()
    from liaison.exchange.rejects import staged_rejects

    return staged_rejects(path, plan, translate=translate)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run_import(
    db: Any,
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    mapping: Mapping | str | os.PathLike[str] | None = None,
    header_row: int | None = None,
    dry_run: bool = False,
    rejects_path: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    decisions: MappingABC[str, Any] | None = None,
    remember: bool = True,
    translate: Callable[[str], str] | None = None,
) -> ImportReport:
    """Import a file in one transaction (all-or-nothing) and report what happened.

    ``translate`` puts the reasons in the rejects workbook into the officer's
    language (the app passes its translator; the sentences here are English).

    ``decisions`` maps a near duplicate's ``key`` to the uuid of the existing
    organisation to merge it into (see :class:`NearDuplicate`); others stay apart.
    ``dry_run`` does all the work and rolls back. Raises :class:`ImportRefused`
    when nothing can be read and :class:`ImportCancelled` when cancelled.
    """
    # Hundreds of thousands of small objects live until the batch is written; the
    # cyclic garbage collector would walk them again and again for nothing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_import(
            db, path, sheet=sheet, mapping=mapping, header_row=header_row, dry_run=dry_run,
            rejects_path=rejects_path, progress=progress, decisions=decisions, remember=remember,
            translate=translate,
        )  # fmt: skip
    finally:
        if was_enabled:
            gc.enable()


def _run_import(
    db: Any,
    path: str | os.PathLike[str],
    *,
    sheet: str | None,
    mapping: Mapping | str | os.PathLike[str] | None,
    header_row: int | None,
    dry_run: bool,
    rejects_path: str | os.PathLike[str] | None,
    progress: Progress | None,
    decisions: MappingABC[str, Any] | None,
    remember: bool,
    translate: Callable[[str], str] | None,
) -> ImportReport:
    p = Path(path)
    _tick(progress, 0, 1, "Reading the file")
    wb = read_workbook(p, sheet=sheet)
    session = db.session(write=True)
    try:
        plan = plan_import(
            session, p, sheet=sheet, mapping=mapping, header_row=header_row, workbook=wb,
            progress=progress,
        )  # fmt: skip
        total = max(len(plan.rows), 1)
        report = ImportReport(dry_run=dry_run, file=p.name, sheets=[s.name for s in plan.sheets])
        report.near_duplicates = plan.near_duplicates
        wb._rows.clear()  # rows live on in the plan only, and are let go as they are matched
        m = Matcher(session, db.officer)

        def resolve_tick(done):
            return _tick(progress, total + done // 2, total * 2, "Matching records")  # noqa: E731

        if plan.liaison_export:
            _resolve_export(m, plan, decisions, resolve_tick)
        else:
            _resolve_overview(m, plan.sheets[0], decisions, resolve_tick, release=True)
        rows = plan.rows
        for r in rows:
            if r.status != "rejected":
                r.cells = []
        report.rows = len(rows)
        report.imported = sum(1 for r in rows if r.status == "imported")
        report.unchanged = sum(1 for r in rows if r.status == "unchanged")
        report.rejected = sum(1 for r in rows if r.status == "rejected")
        report.problems = plan.all_problems
        for d in plan.near_duplicates:
            if decisions and decisions.get(d.key):
                continue  # merged as the officer decided
            row = d.rows[0] if d.rows else None
            if d.in_sheet:
                other = d.candidate_rows[0] if d.candidate_rows else "?"
                report.problems.append(
                    Problem(
                        row, None, "info",
                        f"'{d.name}' looks like '{d.candidate_name}' in row {other} "
                        f"({d.score:.0f}% alike); imported as a separate organisation.",
                    )
                )  # fmt: skip
            else:
                report.problems.append(
                    Problem(
                        row, None, "info",
                        f"'{d.name}' looks like the existing '{d.candidate_name}' "
                        f"({d.score:.0f}% alike); imported as a separate organisation.",
                    )
                )  # fmt: skip
        write_tick = lambda message: _tick(progress, int(total * 1.6), total * 2, message)  # noqa: E731
        anything = (
            any(r.new or r.changes for recs in m.recs.values() for r in recs) or m.inter_links
        )
        if anything:
            now = utcnow()
            batch = ImportBatch(
                file_name=p.name,
                file_sha256=_sha256(p),
                sheet=", ".join(report.sheets)[:200] or None,
                imported_at=now,
                imported_by=db.officer,
            )
            session.add(batch)
            session.flush()
            created, updated = _write(m, batch.id, now, write_tick)
            report.created, report.updated = created, updated
            batch.summary = json.dumps(
                {k: report.to_json()[k] for k in ("rows", "imported", "unchanged", "rejected",
                                                   "created", "updated")}
            )  # fmt: skip
            _tick(progress, int(total * 1.8), total * 2, "Updating the search index")
            _refresh_search(m)
            if not dry_run:
                report.batch_uuid = batch.uuid
        if remember and plan.mapping is not None and not plan.liaison_export:
            remember_mapping(session, plan.mapping)
        # The rejects are written before the commit and put in place after it: a file that
        # cannot be written stops the import with nothing committed, and a failed commit
        # leaves no rejects file behind.
        with _staged_rejects(rejects_path, plan, report, translate) as rejects:
            if dry_run:
                session.rollback()
            else:
                _tick(
                    progress, int(total * 1.9), total * 2, "Saving"
                )  # the commit: about 1 s at 100,000 rows
                session.commit()
        if rejects is not None:
            report.rejects_path = str(rejects)
    except BaseException as exc:
        session.rollback()
        failure = unavailable(exc)  # busy, read-only, disk full: one sentence
        if failure is not None:
            raise failure from exc
        raise
    finally:
        session.close()
    # Committed: a cancel now comes too late, and saying "nothing was changed" would be wrong.
    _tick(progress, total * 2, total * 2, "Done", can_cancel=False)
    assert report.rows == report.imported + report.unchanged + report.rejected
    return report


# The undo side lives in its own module; re-exported here for callers of the importer.
from liaison.exchange.undo import BatchInfo, UndoReport, list_batches, undo_import  # noqa: E402

__all__ = [
    "BatchInfo",
    "ImportCancelled",
    "ImportPlan",
    "ImportRefused",
    "ImportReport",
    "IN_SHEET",
    "NearDuplicate",
    "table_sheet",
    "Problem",
    "RowPlan",
    "SheetPlan",
    "UndoReport",
    "list_batches",
    "plan_import",
    "run_import",
    "undo_import",
]
