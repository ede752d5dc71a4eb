"""End and renewal-decision dates of support as an iCalendar (.ics) file for Outlook.

Hand-written rather than a dependency: we emit one small, fixed subset of
RFC 5545 (all-day VEVENTs with an optional VALARM), and the rules that make
Outlook accept it are few and tested here — CRLF line ends, lines folded at
75 octets without splitting a UTF-8 character, escaped TEXT values, stable
UIDs so that importing a newer file updates events instead of doubling them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from liaison.errors import LiaisonError
from liaison.exchange.export import LABELS
from liaison.services.agenda import OPEN_STATUSES
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Organisation

PRODID = "-//Liaison//Liaison steun-agenda//NL"
UID_DOMAIN = "liaison.invalid"
#: Dates further back than this are left out: old history is noise in a calendar.
HORIZON_PAST = dt.timedelta(days=365)
ALARM_BEFORE = "-P7D"


#: Characters RFC 5545 does not allow in a TEXT value (CONTROL, except HTAB and the
#: line breaks escaped below); names can hold them (a vertical tab pasted from Word).
_CONTROL = {c: " " for c in [*range(0x00, 0x09), *range(0x0B, 0x0D), *range(0x0E, 0x20), 0x7F]}
#: Unicode line and paragraph separators and NEL: line breaks to many readers.
_BREAKS = {0x85: "\\n", 0x2028: "\\n", 0x2029: "\\n"}


def escape_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines; no control characters."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
        .translate(_CONTROL)
        .translate(_BREAKS)
    )


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line into CRLF + space continuations of at most ``limit`` octets.

    Cuts fall between characters, never inside a UTF-8 sequence.
    """
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    parts: list[str] = []
    current = bytearray()
    room = limit
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > room:
            parts.append(current.decode("utf-8"))
            current = bytearray()
            room = limit - 1  # the leading space of a continuation counts
        current += b
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def euros_nl(amount: Decimal | None) -> str:
    """€ 1.500,00 — Dutch grouping without needing a locale."""
    if amount is None:
        return ""
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"


def _utc(stamp: dt.datetime) -> str:
    """A stored stamp (naive UTC) in iCalendar's UTC form."""
    return stamp.strftime("%Y%m%dT%H%M%SZ")


def _day(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def _events(db: Database, today: dt.date, stamp: str) -> Iterator[list[str]]:
    c = Commitment
    ini, par = aliased(Organisation), aliased(Organisation)
    stmt = (
        select(
            c.uuid,
            ini.name,
            par.name,
            c.kind,
            c.amount,
            c.start,
            c.end,
            c.renew_by,
            c.status,
            c.structural,
            c.version,
            c.updated_at,
        )
        .join(ini, ini.id == c.initiative_id)
        .join(par, par.id == c.partner_id)
        .where(
            c.deleted_at.is_(None),
            ini.deleted_at.is_(None),
            par.deleted_at.is_(None),
            c.status.in_(OPEN_STATUSES),
        )
        .order_by(c.id)
    )
    kinds = {str(k): v for k, v in LABELS["support_kind"].items()}
    statuses = {str(k): v for k, v in LABELS["commitment_status"].items()}
    oldest = today - HORIZON_PAST
    with db.session_scope(write=False) as session:
        rows = session.execute(stmt).all()
    for (uuid, initiative, partner, kind, amount, start, end, renew_by, status, structural,
         version, updated_at) in rows:  # fmt: skip
        kind_nl = kinds.get(kind, kind)
        details = [
            f"Initiatief: {initiative}",
            f"Partner: {partner}",
            f"Soort steun: {kind_nl}",
        ]
        if amount is not None:
            details.append(f"Bedrag: {euros_nl(amount)}")
        if start:
            details.append(f"Start: {start:%d-%m-%Y}")
        if end:
            details.append(f"Einde: {end:%d-%m-%Y}")
        if renew_by:
            details.append(f"Besluit verlenging voor: {renew_by:%d-%m-%Y}")
        details.append(f"Status: {statuses.get(status, status)}")
        details.append("Structureel: " + ("ja" if structural else "nee"))
        description = "\n".join(details)
        for field, day, title in (
            ("end", end, f"Einde steun: {partner} → {initiative} ({kind_nl})"),
            ("renew_by", renew_by, f"Besluit verlenging: {partner} → {initiative} ({kind_nl})"),
        ):
            if day is None or day < oldest:
                continue
            lines = [
                "BEGIN:VEVENT",
                f"UID:{uuid}-{field.replace('_', '')}@{UID_DOMAIN}",
                f"DTSTAMP:{stamp}",
                # A changed date must replace the event in Outlook, not be taken for an
                # old copy: the record's version only grows (0 for a new record).
                f"SEQUENCE:{max((version or 1) - 1, 0)}",
                *([f"LAST-MODIFIED:{_utc(updated_at)}"] if updated_at else []),
                f"DTSTART;VALUE=DATE:{_day(day)}",
                f"DTEND;VALUE=DATE:{_day(day + dt.timedelta(days=1))}",
                f"SUMMARY:{escape_text(title)}",
                f"DESCRIPTION:{escape_text(description)}",
                "CATEGORIES:Liaison",
                "TRANSP:TRANSPARENT",
            ]
            # No reminder for a day gone by: calendars such as Outlook list past
            # reminders as overdue after an import, again at every monthly import.
            if field == "renew_by" and day >= today:
                lines += [
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    f"DESCRIPTION:{escape_text(title)}",
                    f"TRIGGER:{ALARM_BEFORE}",
                    "END:VALARM",
                ]
            lines.append("END:VEVENT")
            yield lines


#: RFC 5545 wants at least one component in a calendar, also when no support has a
#: date to show: an empty export must still replace last month's events in Outlook.
#: The officers' own time zone is one that every calendar program understands (the
#: events themselves are whole days and need no zone).
TIMEZONE = (
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def calendar_text(
    db: Database, *, today: dt.date | None = None, now: dt.datetime | None = None
) -> tuple[str, int]:
    """The whole calendar as text (CRLF, folded) and the number of events in it."""
    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Liaison steun",
        "X-WR-TIMEZONE:Europe/Amsterdam",
        *TIMEZONE,
    ]
    count = 0
    for event in _events(db, today, stamp):
        out.extend(event)
        count += 1
    out.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in out), count


def export_calendar(
    db: Database, path: str | os.PathLike[str], *, today: dt.date | None = None
) -> int:
    """Write the .ics file; return how many events it holds."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise LiaisonError(f"'{target}' is a folder; give a file name ending in .ics.")
    if not target.parent.is_dir():
        raise LiaisonError(f"The folder '{target.parent}' does not exist.")
    text, count = calendar_text(db, today=today)
    partial = target.with_name(f".{target.name}.part")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise LiaisonError(f"'{target}' cannot be written: {exc.strerror or exc}.") from exc
    return count
