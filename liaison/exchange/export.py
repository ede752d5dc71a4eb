"""The overview workbook for team leads, in the layout the importer reads back.

Written with XlsxWriter in ``constant_memory`` mode: rows are streamed from
the database in chunks through Core selects (no ORM object per row) and each
row is flushed to disk as soon as the next one starts, so 100,000 records cost
little memory and little more time than XlsxWriter needs for the cells alone.
Formats are made once per column (a few extra for highlighted renewal dates),
never per cell.

Text typed by users is always written with ``write_string`` and the workbook
is told never to turn strings into formulas, numbers or links, so a note that
starts with ``=``, ``+``, ``-`` or ``@`` stays text.

A privacy-safe export (``privacy_safe=True``) drops the columns marked
``personal`` in :mod:`liaison.exchange.layout` and, because an informal
initiative's address, e-mail and phone are usually a resident's own, those
three columns of the Initiatieven sheet too, and the officers' names (Eigenaar,
Medewerker) on every sheet, in the summary line and the file properties. The Personen sheet keeps one row
per person with only the ID, neighbourhood and legal basis, so counts per
neighbourhood survive; the Contactlog keeps date, channel, organisations,
person IDs (random, meaningless outside the database), officer and follow-up.
The hidden marker sheet then carries :data:`PRIVACY_SAFE_TAG` in A2.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy import BigInteger, Select, and_, func, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from liaison.errors import LiaisonError, ValidationError
from liaison.exchange import layout
from liaison.exchange.layout import ColumnSpec, SheetSpec
from liaison.services.renewals import DUE_WITHIN, renewal_state  # the agenda's rule
from liaison.services.settings import load_thresholds
from liaison.storage.db import Database
from liaison.storage.models import (
    Affiliation,
    Channel,
    Commitment,
    CommitmentStatus,
    Interaction,
    LegalBasis,
    Neighbourhood,
    Officer,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Person,
    Role,
    SupportKind,
    Tag,
    interaction_organisation,
    interaction_person,
    organisation_tag,
)

EURO_FORMAT = "[$€-413] #,##0.00"
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
PERCENT_FORMAT = "0%"
#: First characters that make a spreadsheet read typed text as a formula (OWASP's list).
FORMULA_STARTS = frozenset("=+-@\t\r\n")
#: Written to A2 of the marker sheet of a privacy-safe export.
PRIVACY_SAFE_TAG = "privacy-safe"
#: Separator between the items of a list cell (tags, organisations, ids).
LIST_SEPARATOR = "; "
#: Rows fetched from the database per round trip.
CHUNK = 2000
#: Extra columns treated as personal on the Initiatieven sheet of a privacy-safe export.
INITIATIVE_CONTACT_FIELDS = frozenset({"address", "email", "phone"})
#: Officers' names (owner, officer) are personal data too once the workbook leaves the team.
OFFICER_FIELDS = frozenset({"owner", "officer"})

#: Dutch words for the stored codes; the importer recognises both.
LABELS: dict[str, dict[str, str]] = {
    "kind": {
        OrganisationKind.INITIATIVE: "Initiatief",
        OrganisationKind.FUND: "Fonds",
        OrganisationKind.COMPANY: "Bedrijf",
        OrganisationKind.WELFARE: "Welzijnsorganisatie",
        OrganisationKind.HOUSING: "Woningcorporatie",
        OrganisationKind.MUNICIPALITY: "Gemeente",
        OrganisationKind.EDUCATION: "Onderwijs",
        OrganisationKind.FAITH: "Geloofsgemeenschap",
        OrganisationKind.OTHER: "Overig",
    },
    "org_status": {
        OrganisationStatus.ACTIVE: "Actief",
        OrganisationStatus.DORMANT: "Slapend",
        OrganisationStatus.ENDED: "Gestopt",
    },
    "role": {
        Role.INITIATOR: "Initiatiefnemer",
        Role.CONTACT: "Contactpersoon",
        Role.VOLUNTEER: "Vrijwilliger",
        Role.BOARD: "Bestuur",
        Role.STAFF: "Medewerker",
        Role.LIAISON: "Wijkverbinder",
    },
    "support_kind": {
        SupportKind.FINANCIAL: "Financieel",
        SupportKind.IN_KIND: "In natura",
        SupportKind.BROKERING: "Koppeling",
        SupportKind.MEDIA: "Media-aandacht",
        SupportKind.SPACE: "Ruimte",
        SupportKind.VOLUNTEERS: "Vrijwilligers",
        SupportKind.EXPERTISE: "Expertise",
        SupportKind.OTHER: "Overig",
    },
    "commitment_status": {
        CommitmentStatus.PROPOSED: "Voorgesteld",
        CommitmentStatus.ACTIVE: "Lopend",
        CommitmentStatus.ENDED: "Beëindigd",
        CommitmentStatus.DECLINED: "Afgewezen",
        CommitmentStatus.RENEWED: "Verlengd",
    },
    "channel": {
        Channel.CALL: "Telefoon",
        Channel.VISIT: "Bezoek",
        Channel.MEETING: "Overleg",
        Channel.EMAIL: "E-mail",
        Channel.MESSAGE: "Bericht",
        Channel.EVENT: "Bijeenkomst",
    },
    "legal_basis": {
        LegalBasis.CONSENT: "Toestemming",
        LegalBasis.PUBLIC_TASK: "Publieke taak",
        LegalBasis.LEGITIMATE_INTEREST: "Gerechtvaardigd belang",
        LegalBasis.CONTRACT: "Overeenkomst",
        LegalBasis.LEGAL_OBLIGATION: "Wettelijke verplichting",
        LegalBasis.UNKNOWN: "Onbekend",
    },
}

# How each field is written: text (default), date, datetime, money, bool.
_TYPES: dict[str, str] = {
    "start": "date",
    "end": "date",
    "renew_by": "date",
    "follow_up_on": "date",
    "occurred_at": "datetime",
    "amount": "money",
    "structural": "bool",
    "follow_up_done": "bool",
}
# Column widths in characters, by field; anything else gets 18.
_WIDTHS: dict[str, float] = {
    "uuid": 13,
    "name": 34,
    "kind": 18,
    "neighbourhood": 20,
    "district": 18,
    "status": 12,
    "address": 28,
    "email": 28,
    "phone": 15,
    "website": 26,
    "description": 40,
    "tags": 22,
    "owner": 16,
    "signals": 50,
    "given_name": 14,
    "infix": 8,
    "family_name": 18,
    "legal_basis": 20,
    "data_source": 20,
    "notes": 40,
    "person_uuid": 13,
    "person": 26,
    "organisation_uuid": 13,
    "organisation": 32,
    "role": 16,
    "start": 12,
    "end": 12,
    "renew_by": 14,
    "initiative_uuid": 13,
    "initiative": 32,
    "partner_uuid": 13,
    "partner": 30,
    "amount": 14,
    "structural": 12,
    "officer": 16,
    "occurred_at": 17,
    "channel": 12,
    "summary": 44,
    "organisations": 34,
    "organisation_uuids": 13,
    "people": 26,
    "person_uuids": 13,
    "follow_up_on": 12,
    "follow_up_done": 11,
}

_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()
_FIRST_SERIAL_DAY = dt.date(1900, 3, 1)

Progress = Callable[..., Any]


class ExportCancelled(LiaisonError):
    """The user stopped the export; nothing was written."""


@dataclass
class ExportReport:
    """What was written: the file and the data rows per sheet."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    privacy_safe: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: Cells cut at Excel's limit of 32,767 characters: (sheet, row, header).
    truncated: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def warnings(self) -> list[str]:
        """Sentences about anything the workbook could not hold in full."""
        return [
            f"The text in '{header}' on row {row} of the sheet '{sheet}' is longer than "
            "Excel allows (32,767 characters) and was cut off."
            for sheet, row, header in self.truncated
        ]


# --- value conversion ---------------------------------------------------------


def _date_serial(value: Any) -> float | str | None:
    """Excel's serial day number for a date (stored as ISO text on SQLite).

    A day before 1 March 1900 becomes Dutch text instead ("01-05-0202"): Excel
    has no serial for days before 1900, shows a negative one as ####, and
    counts a 29 February 1900 that never was, so its first two months come out
    a day off. Typos like year 0202 exist; as text they read back unchanged.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10]) if len(value) <= 10 else _parse_dt(value)
    if (value.date() if isinstance(value, dt.datetime) else value) < _FIRST_SERIAL_DAY:
        return _day_text(value)
    if isinstance(value, dt.datetime):
        day = value.toordinal() - _EXCEL_EPOCH
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return day + seconds / 86400
    return float(value.toordinal() - _EXCEL_EPOCH)


def _day_text(value: dt.date) -> str:
    """dd-mm-yyyy (hh:mm) with a four-digit year (strftime drops the zeros of year 202)."""
    text = f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if isinstance(value, dt.datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def _write_day(ws: Any) -> Callable[..., int]:
    """A cell writer for dates: a serial number, or text where :func:`_date_serial` says so."""
    number, string = ws.write_number, ws.write_string

    def write(row: int, col: int, value: float | str, fmt: Any = None) -> int:
        return (
            string(row, col, value, fmt) if isinstance(value, str) else number(row, col, value, fmt)
        )

    return write


def _parse_dt(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _label(group: str) -> Callable[[Any], str | None]:
    table = {str(k): v for k, v in LABELS[group].items()}
    return lambda code: None if code is None else table.get(code, code)


def _full_name(given: str | None, infix: str | None, family: str | None) -> str:
    return " ".join(p for p in (given, infix, family) if p)


def _parse_day(value: dt.date | str | None, what: str) -> dt.date | None:
    """Accept a date or text like 31-12-2026 / 2026-12-31; one sentence if it is neither."""
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(f"'{value}' is not a date for {what} (write it as 31-12-2026).")


def _span_nl(span: dt.timedelta) -> str:
    """'8 weken', '1 week', '30 dagen', '1 dag'."""
    days = span.days
    if days and days % 7 == 0:
        weeks = days // 7
        return f"{weeks} {'week' if weeks == 1 else 'weken'}"
    return f"{days} {'dag' if days == 1 else 'dagen'}"


def _nl_day(value: Any) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, dt.date) else str(value)


def signal_text_nl(signal: Any) -> str:
    """A signal as one Dutch sentence, built from its code and params (see services.signals).

    Every code in ``services.signals.CODES`` needs a branch here: anything else
    falls back to the English reason (tests/test_qa_export_signals.py keeps watch).
    """
    p = signal.params or {}
    code = signal.code
    try:
        if code == "single_partner":
            partner = p.get("partner", "?")
            if p.get("partners") == 1:
                return f"{partner} is de enige partner met lopende steun."
            pct = f"{round(float(p.get('share', 0)) * 100)}%"
            if p.get("basis") == "euros":
                return f"{partner} geeft {pct} van de lopende steun in euro's."
            return f"{partner} geeft {pct} van de lopende toezeggingen."
        if code == "one_off_only":
            if int(p.get("commitments", 2)) == 1:
                return "De enige lopende steun is eenmalig, niet structureel."
            return "Alle lopende steun is eenmalig; niets is structureel."
        if code == "support_cliff":
            days, last = int(p["days"]), _nl_day(p["last_end"])
            if days <= 0:
                return f"Alle lopende steun stopt vandaag ({last})."
            span = "1 dag" if days == 1 else f"{days} dagen"
            return f"Alle lopende steun stopt binnen {span} (de laatste op {last})."
        if code == "support_ended":
            return (
                f"Alle steun is gestopt, de laatste op {_nl_day(p['last_end'])}; "
                "er loopt nu niets meer."
            )
        if code == "no_municipal_contact":
            return f"Geen contact met of steun van de gemeente in {p['months']} maanden."
        if code == "dormant":
            last = p.get("last_contact")
            if last:
                return f"Geen contact in {p['months']} maanden (het laatst op {_nl_day(last)})."
            return "Nog geen contact vastgelegd."
    except (KeyError, TypeError, ValueError):
        pass
    return str(signal.reason)


# --- the workbook -------------------------------------------------------------


class _Formats:
    """Every format the workbook uses, made once."""

    def __init__(self, wb: xlsxwriter.Workbook) -> None:
        self.header = wb.add_format(
            {"bold": True, "bg_color": "#DCE6F1", "bottom": 1, "text_wrap": True, "valign": "top"}
        )
        self.text = None
        # Text that a spreadsheet would read as a formula (see FORMULA_STARTS) also
        # gets Excel's quote prefix, so that editing the cell or Find & Replace
        # over it keeps it text; the value itself is unchanged.
        self.quoted = wb.add_format({"quote_prefix": True})
        self.bold_quoted = wb.add_format({"bold": True, "quote_prefix": True})
        self.date = wb.add_format({"num_format": DATE_FORMAT, "align": "left"})
        self.datetime = wb.add_format({"num_format": DATETIME_FORMAT, "align": "left"})
        self.money = wb.add_format({"num_format": EURO_FORMAT})
        # Excel shows booleans as WAAR/ONWAAR whatever the format; LibreOffice follows it.
        self.bool = wb.add_format({"align": "center", "num_format": '"ja";"ja";"nee"'})
        self.percent = wb.add_format({"num_format": PERCENT_FORMAT})
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.note = wb.add_format({"italic": True, "font_color": "#555555"})
        self.bold = wb.add_format({"bold": True})
        self.bold_money = wb.add_format({"bold": True, "num_format": EURO_FORMAT})
        self.bold_percent = wb.add_format({"bold": True, "num_format": PERCENT_FORMAT})
        self.due = wb.add_format(
            {"num_format": DATE_FORMAT, "align": "left", "bg_color": "#FFEB9C"}
        )
        self.overdue = wb.add_format(
            {"num_format": DATE_FORMAT, "align": "left", "bg_color": "#FFC7CE", "bold": True}
        )
        self.due_text = wb.add_format({"bg_color": "#FFEB9C"})
        self.overdue_text = wb.add_format({"bg_color": "#FFC7CE", "bold": True})

    def for_type(self, kind: str) -> Any:
        return getattr(self, kind)


def _page_setup(ws: Any, header_row: int) -> None:
    """Printable as it opens: A4 landscape, one page wide, header repeated."""
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header_row)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)


def _columns(spec: SheetSpec, privacy_safe: bool) -> list[ColumnSpec]:
    if not privacy_safe:
        return list(spec.columns)
    extra = OFFICER_FIELDS | (
        INITIATIVE_CONTACT_FIELDS if spec is layout.INITIATIVES else frozenset()
    )
    return [c for c in spec.columns if not c.personal and c.field not in extra]


class _Sheet:
    """One data sheet: header row, column formats, typed cell writers."""

    def __init__(
        self,
        wb: xlsxwriter.Workbook,
        fmts: _Formats,
        spec: SheetSpec,
        privacy_safe: bool,
    ) -> None:
        self.spec = spec
        self.columns = _columns(spec, privacy_safe)
        self.ws = wb.add_worksheet(spec.title)
        self.rows = 0
        self.truncated: list[tuple[str, int, str]] = []
        self.quoted = fmts.quoted
        ws = self.ws
        self.writers: list[tuple[int, Callable[..., Any], Any, Callable[[Any], Any] | None]] = []
        for col, c in enumerate(self.columns):
            kind = _TYPES.get(c.field, "text")
            fmt = fmts.for_type(kind)
            ws.set_column(col, col, _WIDTHS.get(c.field, 18), fmt)
            if kind == "money":
                # Whole cents from the database → euros as a number.
                self.writers.append((col, ws.write_number, fmt, lambda v: v / 100))
            elif kind in ("date", "datetime"):
                self.writers.append((col, _write_day(ws), fmt, _date_serial))
            elif kind == "bool":
                self.writers.append((col, ws.write_boolean, fmt, bool))
            else:
                self.writers.append((col, ws.write_string, fmt, None))
        ws.freeze_panes(1, 0)
        _page_setup(ws, 0)
        ws.set_row(0, 30)
        for col, c in enumerate(self.columns):
            ws.write_string(0, col, c.header, fmts.header)

    def index(self, field_name: str) -> int | None:
        for i, c in enumerate(self.columns):
            if c.field == field_name:
                return i
        return None

    def write_rows(self, rows: Iterable[Sequence[Any]], tick: Callable[[int], None]) -> None:
        """Write value tuples in column order; None and "" leave the cell empty."""
        writers, quoted = self.writers, self.quoted
        r = self.rows
        for values in rows:
            r += 1
            for (col, write, fmt, conv), v in zip(writers, values, strict=True):
                if v is None or v == "":
                    continue
                if conv is None:
                    v = str(v)
                    if v[:1] in FORMULA_STARTS:
                        fmt = quoted
                else:
                    v = conv(v)
                if write(r, col, v, fmt) == -2:
                    # XlsxWriter cut a string at Excel's cell limit: say so, never silently.
                    self.truncated.append((self.spec.title, r + 1, self.columns[col].header))
            if r % CHUNK == 0:
                tick(CHUNK)
        tick(r % CHUNK)
        self.rows = r

    def finish(self) -> None:
        last_col = max(len(self.columns) - 1, 0)
        self.ws.autofilter(0, 0, max(self.rows, 1), last_col)


# --- row sources (Core selects, streamed) -----------------------------------------


def _stream(conn: Connection, stmt: Select[Any]) -> Iterator[Any]:
    result = conn.execution_options(yield_per=CHUNK).execute(stmt)
    yield from result


def _live(*tables: Any) -> Any:
    return and_(*(t.deleted_at.is_(None) for t in tables))


def _names_by(conn: Connection, stmt: Select[Any]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for key, name in conn.execute(stmt):
        out[key].append(name or "")
    return out


def _officer_names(conn: Connection) -> dict[int, str]:
    return dict(conn.execute(select(Officer.id, Officer.name)).all())


def _organisation_rows(
    conn: Connection,
    sheet: _Sheet,
    *,
    initiatives: bool,
    signal_text: dict[int, str],
) -> Iterator[tuple[Any, ...]]:
    o = Organisation
    n = Neighbourhood
    officers = _officer_names(conn)
    tags = _names_by(
        conn,
        select(organisation_tag.c.organisation_id, Tag.name)
        .join(Tag, Tag.id == organisation_tag.c.tag_id)
        .where(Tag.deleted_at.is_(None))
        .order_by(organisation_tag.c.organisation_id, Tag.name),
    )
    kind_cond = o.kind == OrganisationKind.INITIATIVE.value
    stmt = (
        select(
            o.id,
            o.uuid,
            o.name,
            o.kind,
            n.name,
            n.district,
            o.status,
            o.address,
            o.email,
            o.phone,
            o.website,
            o.description,
            o.owner_id,
        )
        .outerjoin(n, n.id == o.neighbourhood_id)
        .where(o.deleted_at.is_(None), kind_cond if initiatives else ~kind_cond)
        .order_by(o.name_key, o.id)
    )
    kind_l, status_l = _label("kind"), _label("org_status")
    fields = [c.field for c in sheet.columns]
    for (oid, uuid, name, kind, nb, district, status, address, email, phone, web, desc,
         owner_id) in _stream(conn, stmt):  # fmt: skip
        values = {
            "uuid": uuid,
            "name": name,
            "kind": kind_l(kind),
            "neighbourhood": nb,
            "district": district,
            "status": status_l(status),
            "address": address,
            "email": email,
            "phone": phone,
            "website": web,
            "description": desc,
            "tags": LIST_SEPARATOR.join(tags.get(oid, ())),
            "owner": officers.get(owner_id) if owner_id else None,
            "signals": signal_text.get(oid),
        }
        yield tuple(values[f] for f in fields)


def _people_rows(conn: Connection, sheet: _Sheet) -> Iterator[tuple[Any, ...]]:
    p, n = Person, Neighbourhood
    stmt = (
        select(
            p.uuid,
            p.given_name,
            p.infix,
            p.family_name,
            p.email,
            p.phone,
            n.name,
            p.legal_basis,
            p.data_source,
            p.notes,
        )
        .outerjoin(n, n.id == p.neighbourhood_id)
        .where(p.deleted_at.is_(None))
        .order_by(p.sort_key, p.id)
    )
    basis_l = _label("legal_basis")
    fields = [c.field for c in sheet.columns]
    for uuid, given, infix, family, email, phone, nb, basis, source, notes in _stream(conn, stmt):
        values = {
            "uuid": uuid,
            "given_name": given,
            "infix": infix,
            "family_name": family,
            "email": email,
            "phone": phone,
            "neighbourhood": nb,
            "legal_basis": basis_l(basis),
            "data_source": source,
            "notes": notes,
        }
        yield tuple(values[f] for f in fields)


def _role_rows(conn: Connection, sheet: _Sheet) -> Iterator[tuple[Any, ...]]:
    a, p, o = Affiliation, Person, Organisation
    stmt = (
        select(
            a.uuid,
            p.uuid,
            p.given_name,
            p.infix,
            p.family_name,
            o.uuid,
            o.name,
            a.role,
            a.start,
            a.end,
        )
        .join(p, p.id == a.person_id)
        .join(o, o.id == a.organisation_id)
        .where(_live(a, p, o))
        .order_by(o.name_key, p.sort_key, a.id)
    )
    role_l = _label("role")
    fields = [c.field for c in sheet.columns]
    for uuid, p_uuid, given, infix, family, o_uuid, o_name, role, start, end in _stream(conn, stmt):
        values = {
            "uuid": uuid,
            "person_uuid": p_uuid,
            "person": _full_name(given, infix, family),
            "organisation_uuid": o_uuid,
            "organisation": o_name,
            "role": role_l(role),
            "start": start,
            "end": end,
        }
        yield tuple(values[f] for f in fields)


def _support_query() -> Select[Any]:
    c = Commitment
    ini, par = aliased(Organisation), aliased(Organisation)
    return (
        select(
            c.uuid,
            ini.uuid,
            ini.name,
            par.uuid,
            par.name,
            c.kind,
            type_coerce(c.amount, BigInteger),  # whole cents: no Decimal per row
            c.start,
            c.end,
            c.renew_by,
            c.status,
            c.structural,
            c.officer_id,
            c.notes,
        )
        .join(ini, ini.id == c.initiative_id)
        .join(par, par.id == c.partner_id)
        .where(_live(c), ini.deleted_at.is_(None), par.deleted_at.is_(None))
        .order_by(ini.name_key, c.start, c.id)
    )


def _support_rows(
    conn: Connection, sheet: _Sheet, today: dt.date, fmts: _Formats, within: dt.timedelta
) -> Iterator[tuple[Any, ...]]:
    """Rows of the Steun sheet; highlighted renewal cells are written here directly."""
    officers = _officer_names(conn)
    kind_l, status_l = _label("support_kind"), _label("commitment_status")
    fields = [c.field for c in sheet.columns]
    col_of = {f: i for i, f in enumerate(fields)}
    ws = sheet.ws
    row = sheet.rows
    for (uuid, i_uuid, i_name, p_uuid, p_name, kind, cents, start, end, renew_by, status,
         structural, officer_id, notes) in _stream(conn, _support_query()):  # fmt: skip
        row += 1
        values = {
            "uuid": uuid,
            "initiative_uuid": i_uuid,
            "initiative": i_name,
            "partner_uuid": p_uuid,
            "partner": p_name,
            "kind": kind_l(kind),
            "amount": cents,
            "start": start,
            "end": end,
            "renew_by": renew_by,
            "status": status_l(status),
            "structural": structural,
            "officer": officers.get(officer_id) if officer_id else None,
            "notes": notes,
        }
        state, which = renewal_state(status, end, renew_by, today, within)
        if state is not None and which in col_of:
            # Written first (constant_memory wants a row's cells before the next row,
            # in any order); the plain writer below skips it.
            fmt = fmts.due if state == "due" else fmts.overdue
            _write_day(ws)(row, col_of[which], _date_serial(values[which]), fmt)
            status_col = col_of.get("status")
            if status_col is not None:
                ws.write_string(
                    row,
                    status_col,
                    values["status"],
                    fmts.due_text if state == "due" else fmts.overdue_text,
                )
                values["status"] = None
            values[which] = None
        yield tuple(values[f] for f in fields)


def _period(date_from: dt.date | None, date_to: dt.date | None) -> list[Any]:
    conds: list[Any] = []
    if date_from is not None:
        conds.append(Interaction.occurred_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to is not None:
        conds.append(
            Interaction.occurred_at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        )
    return conds


def _contact_rows(
    conn: Connection, sheet: _Sheet, date_from: dt.date | None, date_to: dt.date | None
) -> Iterator[tuple[Any, ...]]:
    i, o, p = Interaction, Organisation, Person
    period = _period(date_from, date_to)
    officers = _officer_names(conn)
    fields = set(c.field for c in sheet.columns)
    io, ip = interaction_organisation, interaction_person
    orgs: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for iid, uuid, name in conn.execute(
        select(io.c.interaction_id, o.uuid, o.name)
        .join(o, o.id == io.c.organisation_id)
        .join(i, i.id == io.c.interaction_id)
        .where(o.deleted_at.is_(None), i.deleted_at.is_(None), *period)
        .order_by(io.c.interaction_id, o.name_key)
    ):
        orgs[iid].append((uuid, name))
    people: dict[int, list[tuple[str, str]]] = defaultdict(list)
    want_names = "people" in fields
    for iid, uuid, given, infix, family in conn.execute(
        select(ip.c.interaction_id, p.uuid, p.given_name, p.infix, p.family_name)
        .join(p, p.id == ip.c.person_id)
        .join(i, i.id == ip.c.interaction_id)
        .where(p.deleted_at.is_(None), i.deleted_at.is_(None), *period)
        .order_by(ip.c.interaction_id, p.sort_key)
    ):
        people[iid].append((uuid, _full_name(given, infix, family) if want_names else ""))
    stmt = (
        select(
            i.id,
            i.uuid,
            i.occurred_at,
            i.channel,
            i.summary,
            i.officer_id,
            i.notes,
            i.follow_up_on,
            i.follow_up_done,
        )
        .where(i.deleted_at.is_(None), *period)
        .order_by(i.occurred_at, i.id)
    )
    channel_l = _label("channel")
    order = [c.field for c in sheet.columns]
    for iid, uuid, at, channel, summary, officer_id, notes, follow_on, done in _stream(conn, stmt):
        o_list, p_list = orgs.get(iid, ()), people.get(iid, ())
        values = {
            "uuid": uuid,
            "occurred_at": at,
            "channel": channel_l(channel),
            "summary": summary,
            "organisations": LIST_SEPARATOR.join(n for _, n in o_list),
            "organisation_uuids": LIST_SEPARATOR.join(u for u, _ in o_list),
            "people": LIST_SEPARATOR.join(n for _, n in p_list),
            "person_uuids": LIST_SEPARATOR.join(u for u, _ in p_list),
            "officer": officers.get(officer_id) if officer_id else None,
            "notes": notes,
            "follow_up_on": follow_on,
            "follow_up_done": done,
        }
        yield tuple(values[f] for f in order)


#: Rows a sheet holds below its header (Excel's 1,048,576 in all); XlsxWriter drops the
#: rest without a word, so a longer sheet is refused before anything is written.
MAX_SHEET_ROWS = 1_048_575


def _counts(conn: Connection, date_from: dt.date | None, date_to: dt.date | None) -> int:
    """Number of rows to write, for the progress bar; refuses a sheet Excel cannot hold."""
    total = 0
    for cls, extra in (
        (Organisation, ()),
        (Person, ()),
        (Affiliation, ()),
        (Commitment, ()),
        (Interaction, tuple(_period(date_from, date_to))),
    ):
        n = conn.execute(
            select(func.count()).select_from(cls).where(cls.deleted_at.is_(None), *extra)
        ).scalar_one()
        if n > MAX_SHEET_ROWS and cls is Interaction:
            raise ValidationError(
                f"The contact log would take {n:,} rows, more than an Excel sheet holds "
                f"({MAX_SHEET_ROWS + 1:,}); export a shorter period of it."
            )
        if n > MAX_SHEET_ROWS:
            raise ValidationError(
                f"This export would put {n:,} rows on one sheet, more than an Excel sheet "
                f"holds ({MAX_SHEET_ROWS + 1:,})."
            )
        total += n
    return total


# --- the summary sheet ----------------------------------------------------------


def _write_summary(
    wb: xlsxwriter.Workbook,
    fmts: _Formats,
    session: Any,
    *,
    today: dt.date,
    privacy_safe: bool,
    date_from: dt.date | None,
    date_to: dt.date | None,
    officer: str,
    within: dt.timedelta = DUE_WITHIN,
) -> None:
    """Overzicht: per district and neighbourhood, per support kind, and a chart.

    The area table carries the autofilter, so nothing else may share its rows:
    filtering on a district hides whole rows, and the table per kind used to sit
    beside it and vanish with them. The city total and the table per kind come
    below the filtered range; the chart floats at the top right and keeps its
    size when rows are hidden. The figures are as they stand on ``today``; the
    period only limits the contact log, and the note line says both.
    """
    from liaison.services.overview import KindRow, neighbourhood_overview, support_by_kind

    areas = list(neighbourhood_overview(session, today=today))
    # Every kind, also those without running support: a gap in the palette is news,
    # and a monthly export keeps the same rows for a colleague's lookups.
    found = {str(k.kind): k for k in support_by_kind(session, today=today)}
    kinds = [
        found.pop(k.value, None) or KindRow(k.value, 0, Decimal(0), 0) for k in SupportKind
    ] + list(found.values())
    kind_l = _label("support_kind")

    ws = wb.add_worksheet(layout.SUMMARY_SHEET)
    _page_setup(ws, 4)
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 24)
    ws.set_column(2, 3, 14)
    ws.set_column(4, 4, 16)
    ws.set_column(5, 6, 16)
    ws.set_column(7, 7, 3)

    def d(day: dt.date) -> str:
        return day.strftime("%d-%m-%Y")

    period = "alles"
    if date_from or date_to:
        period = f"{d(date_from) if date_from else '…'} t/m {d(date_to) if date_to else '…'}"
    ws.write_string(0, 0, "Overzicht steun aan initiatieven", fmts.title)
    made = f"Gemaakt op {d(today)}" + ("" if privacy_safe else f" door {officer}")
    ws.write_string(
        1,
        0,
        f"{made}. Cijfers: stand op {d(today)}. Contactlog: {period}. "
        + ("Privacyveilig: zonder persoonsgegevens." if privacy_safe else "Met persoonsgegevens."),
        fmts.note,
    )
    ws.write_string(
        2,
        0,
        f"Steun: geel = besluit over verlenging of einde binnen {_span_nl(within)}, "
        "rood = besluit over verlenging te laat terwijl de steun nog loopt.",
        fmts.note,
    )

    head = 4
    area_headers = (
        "Gebied",
        "Wijk",
        "Initiatieven",
        "Lopende toezeggingen",
        "Euro's",
        "Aandeel kwetsbaar",
        "Aandeel met gemeentelijk contact",
    )
    ws.set_row(head, 45)
    for col, h in enumerate(area_headers):
        ws.write_string(head, col, h, fmts.header)

    def text(r: int, col: int, value: str, bold: bool) -> None:
        """Names come from the editable neighbourhood list: never a formula."""
        quoted = value[:1] in FORMULA_STARTS
        fmt = (
            (fmts.bold_quoted if quoted else fmts.bold)
            if bold
            else (fmts.quoted if quoted else None)
        )
        ws.write_string(r, col, value, fmt)

    def figures(
        r: int, n: int, count: int, euros: Any, fragile: int, municipal: int, bold: bool
    ) -> None:
        ws.write_number(r, 2, n, fmts.bold if bold else None)
        ws.write_number(r, 3, count, fmts.bold if bold else None)
        ws.write_number(r, 4, float(euros or 0), fmts.bold_money if bold else fmts.money)
        if n:  # a share of no initiatives is not 0 %: those cells stay empty
            pf = fmts.bold_percent if bold else fmts.percent
            ws.write_number(r, 5, fragile / n, pf)
            ws.write_number(r, 6, municipal / n, pf)

    r = head
    city = [0, 0, Decimal(0), 0, 0]
    for a in areas:
        r += 1
        total = a.neighbourhood is None
        n = a.initiatives
        fragile = round(float(a.fragile_share or 0) * n)
        municipal = round(float(a.municipal_contact_share or 0) * n)
        text(r, 0, a.district or "(geen gebied)", total)
        text(r, 1, "Totaal" if total else a.neighbourhood, total)
        figures(r, n, a.active_commitments, a.euros, fragile, municipal, total)
        if total:
            for i, v in enumerate((n, a.active_commitments, a.euros or 0, fragile, municipal)):
                city[i] += v
    last_area = max(r, head + 1)  # an empty table still filters one (empty) row
    ws.freeze_panes(head + 1, 0)
    ws.autofilter(head, 0, last_area, len(area_headers) - 1)

    # The city total, below the filtered range so that a filter never hides it.
    r = last_area + 1
    ws.write_string(r, 0, "Alle gebieden", fmts.bold)
    ws.write_string(r, 1, "Totaal", fmts.bold)
    figures(r, city[0], city[1], city[2], city[3], city[4], True)

    # Support per kind, in the columns of the same figures above.
    r += 2
    ws.write_string(r, 0, "Lopende steun per soort", fmts.bold)
    kind_head = r + 1
    ws.set_row(kind_head, 30)
    for col, h in (
        (0, "Soort steun"),
        (1, ""),
        (2, "Initiatieven"),
        (3, "Lopende toezeggingen"),
        (4, "Euro's"),
    ):
        ws.write_string(kind_head, col, h, fmts.header)
    for i, k in enumerate(kinds, start=kind_head + 1):
        ws.write_string(i, 0, kind_l(str(k.kind)) or "")
        ws.write_number(i, 2, k.initiatives)
        ws.write_number(i, 3, k.active_commitments)
        ws.write_number(i, 4, float(k.euros or 0), fmts.money)

    if kinds:
        first, last = kind_head + 1, kind_head + len(kinds)
        chart = wb.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": "Lopende toezeggingen",
                "categories": [layout.SUMMARY_SHEET, first, 0, last, 0],
                "values": [layout.SUMMARY_SHEET, first, 3, last, 3],
                "fill": {"color": "#4F81BD"},
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": "Lopende steun per soort"})
        chart.set_legend({"none": True})
        chart.set_y_axis({"name": "Toezeggingen", "major_gridlines": {"visible": True}})
        chart.set_size({"width": 560, "height": 300})
        # Fixed size and place: hidden rows (a filter) must not squash it.
        ws.insert_chart(head + 1, 8, chart, {"object_position": 3})


# --- the entry point ----------------------------------------------------------------


def _tick_factory(progress: Progress | None, total: int) -> Callable[[int], None]:
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is None:
            return
        cancelled = getattr(progress, "cancelled", None)
        if cancelled is not None and cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")
        progress(min(done, total), total, "")

    return tick


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise LiaisonError(f"'{path}' is a folder; give a file name ending in .xlsx.")
    parent = path.parent
    if not parent.is_dir():
        raise LiaisonError(f"The folder '{parent}' does not exist.")
    if not os.access(parent, os.W_OK):
        raise LiaisonError(f"The folder '{parent}' is not writable.")
    if path.exists() and not os.access(path, os.W_OK):
        raise LiaisonError(f"'{path}' cannot be overwritten (is it open in Excel?).")


def export_workbook(
    db: Database,
    path: str | os.PathLike[str],
    *,
    privacy_safe: bool = False,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ExportReport:
    """Write the overview workbook to ``path`` and say what it holds.

    The file appears only when complete (written next to it, then renamed),
    so a failed or cancelled export never leaves half a workbook behind or
    destroys the previous one. ``progress(done, total, message)`` is called
    every few thousand rows; if it has ``cancelled()`` returning True the
    export stops with :class:`ExportCancelled`.
    """
    target = Path(path).expanduser().absolute()
    date_from = _parse_day(date_from, "--from")
    date_to = _parse_day(date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise ValidationError("The period ends before it starts (--from is after --to).")
    today = today or dt.date.today()
    _check_target(target)
    report = ExportReport(target, {}, privacy_safe, date_from, date_to)

    try:
        with contextlib.ExitStack() as stack:
            tmpdir = stack.enter_context(tempfile.TemporaryDirectory(prefix="liaison-export-"))
            fd, partial = tempfile.mkstemp(
                prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent
            )
            os.close(fd)
            stack.callback(lambda: Path(partial).unlink(missing_ok=True))
            wb = xlsxwriter.Workbook(
                partial,
                {
                    "constant_memory": True,
                    "tmpdir": tmpdir,
                    "strings_to_formulas": False,
                    "strings_to_numbers": False,
                    "strings_to_urls": False,
                    "default_date_format": DATE_FORMAT,
                },
            )
            wb.set_properties(
                {
                    "title": "Liaison overzicht",
                    "author": "Liaison" if privacy_safe else db.officer,
                    "comments": "Liaison export" + (" (privacy-safe)" if privacy_safe else ""),
                }
            )
            fmts = _Formats(wb)
            session = stack.enter_context(db.session_scope(write=False))
            conn = session.connection()
            total = _counts(conn, date_from, date_to)
            tick = _tick_factory(progress, total)
            tick(0)

            # The dashboard's agenda window, so the colours match what officers see there.
            within = dt.timedelta(days=load_thresholds(session).agenda_days)
            _write_summary(
                wb,
                fmts,
                session,
                today=today,
                privacy_safe=privacy_safe,
                date_from=date_from,
                date_to=date_to,
                officer=db.officer,
                within=within,
            )
            from liaison.services.signals import signals as compute_signals

            signal_text = {
                oid: " ".join(signal_text_nl(s) for s in found)  # whole sentences
                for oid, found in compute_signals(session, today=today).items()
                if found
            }

            for spec in layout.DATA_SHEETS:
                sheet = _Sheet(wb, fmts, spec, privacy_safe)
                if spec is layout.INITIATIVES:
                    rows = _organisation_rows(
                        conn, sheet, initiatives=True, signal_text=signal_text
                    )
                elif spec is layout.PARTNERS:
                    rows = _organisation_rows(conn, sheet, initiatives=False, signal_text={})
                elif spec is layout.PEOPLE:
                    rows = _people_rows(conn, sheet)
                elif spec is layout.ROLES:
                    rows = _role_rows(conn, sheet)
                elif spec is layout.SUPPORT:
                    rows = _support_rows(conn, sheet, today, fmts, within)
                elif spec is layout.CONTACT_LOG:
                    rows = _contact_rows(conn, sheet, date_from, date_to)
                else:  # a sheet added to the layout but not to the exporter
                    raise LiaisonError(f"The exporter does not know the sheet '{spec.title}'.")
                sheet.write_rows(rows, tick)
                sheet.finish()
                report.rows[spec.title] = sheet.rows
                report.truncated.extend(sheet.truncated)

            marker = wb.add_worksheet(layout.MARKER_SHEET)
            marker.write_string(0, 0, layout.FORMAT_TAG)
            if privacy_safe:
                marker.write_string(1, 0, PRIVACY_SAFE_TAG)
            marker.hide()
            wb.worksheets()[0].activate()
            try:
                wb.close()
            except OSError as exc:
                raise LiaisonError(f"'{target}' cannot be written: {exc.strerror or exc}.") from exc
            try:
                os.replace(partial, target)
            except OSError as exc:
                raise LiaisonError(f"'{target}' cannot be written: {exc.strerror or exc}.") from exc
    except OSError as exc:  # no room, a vanished folder, a file system that refuses
        reason = exc.strerror or str(exc)
        raise LiaisonError(f"'{target}' cannot be written: {reason}.") from exc
    if progress is not None:
        progress(total, total, "")
    return report


def is_privacy_safe(marker_values: Sequence[Any]) -> bool:
    """True when the marker sheet's column A (A1, A2…) says the export is privacy-safe."""
    return PRIVACY_SAFE_TAG in [str(v).strip() for v in marker_values if v is not None]


__all__ = [
    "DATE_FORMAT",
    "EURO_FORMAT",
    "LABELS",
    "LIST_SEPARATOR",
    "PRIVACY_SAFE_TAG",
    "ExportCancelled",
    "ExportReport",
    "export_workbook",
    "is_privacy_safe",
    "renewal_state",
]
