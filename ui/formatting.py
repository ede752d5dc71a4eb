"""Dates, euros and names shown the way the user's locale writes them (31-12-2026, € 1.500,00)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def locale() -> QLocale:
    """The application's locale (set from the language setting at start)."""
    return QLocale()


def format_date(value: dt.date | None) -> str:
    """Dutch: 31-12-2026; English: 31/12/2026 — the locale's short numeric form."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    loc = locale()
    fmt = "dd-MM-yyyy" if loc.language() == QLocale.Language.Dutch else "dd/MM/yyyy"
    return loc.toString(QDate(value.year, value.month, value.day), fmt)


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    time = locale().toString(QTime(value.hour, value.minute), "HH:mm")
    return f"{format_date(value)} {time}"


#: Bookkeeping times (created, updated, deleted, audit) are stored in UTC.
STAMP_FIELDS = frozenset({"created_at", "updated_at", "deleted_at", "at"})


def format_stamp(value: dt.datetime | None) -> str:
    """A bookkeeping time (stored in UTC) in the computer's own time zone.

    Contact-log times (``occurred_at``) are what the officer typed, in local
    time already: those go through :func:`format_datetime`.
    """
    if value is None:
        return ""
    return format_datetime(value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))


def format_euros(value: Decimal | None) -> str:
    """€ 1.500,00 in Dutch, €1,500.00 in English; empty for no amount."""
    if value is None:
        return ""
    return locale().toCurrencyString(float(value), "€", 2)


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))
