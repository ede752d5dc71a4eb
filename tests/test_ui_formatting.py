"""Dates, times and euros as a Dutch officer reads them."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from ui.formatting import format_date, format_datetime, format_euros, format_stamp


@pytest.fixture
def dutch_in_amsterdam() -> Iterator[None]:
    old_tz, old_locale = os.environ.get("TZ"), QLocale()
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    if old_tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old_tz
    time.tzset()
    QLocale.setDefault(old_locale)


def test_dutch_dates_and_euros(dutch_in_amsterdam: None) -> None:
    assert format_date(dt.date(2026, 12, 31)) == "31-12-2026"
    assert format_euros(Decimal("1500")).replace("\u00a0", " ") == "€ 1.500,00"  # no-break space
    assert format_euros(None) == ""


def test_stamps_are_stored_in_utc_and_shown_in_local_time(dutch_in_amsterdam: None) -> None:
    # A change saved at 10:00 UTC in summer happened at 12:00 in Rotterdam (CEST)…
    assert format_stamp(dt.datetime(2026, 7, 1, 10, 0)) == "01-07-2026 12:00"
    # …and at 23:30 UTC on New Year's Eve it is already next year there (CET).
    assert format_stamp(dt.datetime(2026, 12, 31, 23, 30)) == "01-01-2027 00:30"
    # A contact-log time is what the officer typed: shown as it is.
    assert format_datetime(dt.datetime(2026, 7, 1, 10, 0)) == "01-07-2026 10:00"
