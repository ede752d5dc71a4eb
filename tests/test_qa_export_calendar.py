"""The .ics as Outlook receives it again and again: clean TEXT, updates that replace.

Found by the export QA helper: names holding control characters (a vertical
tab or NUL pasted from Word; the database accepts them) went into SUMMARY and
DESCRIPTION as they were, which RFC 5545 forbids, and U+2028 / NEL, which many
readers take as line breaks, broke a content line in two. Events had no
SEQUENCE or LAST-MODIFIED, so a renewal date moved in Liaison and exported again
had nothing that told a calendar the new copy was the newer one.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from sqlalchemy import update

from liaison.exchange.calendar import calendar_text
from liaison.services import records
from liaison.storage.models import Commitment, Organisation

TODAY = dt.date(2026, 11, 27)
NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
CONTENT_LINE = re.compile(r"[A-Z][A-Z0-9-]*(;[A-Z-]+=[^:;]+)*:.*")


def _unfold(text: str) -> list[str]:
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def _events(text: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in _unfold(text):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            out[current["UID"]] = current
        elif ":" in line:
            name, _, value = line.partition(":")
            current.setdefault(name, value)
    return out


@pytest.fixture
def support(db):
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Buurtkeuken Zuid", kind="initiative")
        s.flush()
        # Saving drops a NUL now; an older database or another tool may still hold one,
        # so the calendar's own defence is tested on text written past the services.
        s.execute(
            update(Organisation)
            .where(Organisation.id == ini.id)
            .values(name="Buurt\x0bkeuken\x00 Zuid\u2028Oost")
        )
        s.expire(ini)
        fund = records.create(s, Organisation, name="Fonds\x85Rotterdam\x7f", kind="fund")
        c = records.create(
            s,
            Commitment,
            partner=fund,
            initiative=ini,
            kind="financial",
            amount=Decimal("500"),
            end=dt.date(2027, 3, 31),
            renew_by=dt.date(2027, 1, 15),
            status="active",
        )
        return c.id


def test_no_control_characters_or_stray_line_breaks_reach_the_calendar(db, support) -> None:
    text, count = calendar_text(db, today=TODAY, now=NOW)
    assert count == 2
    body = text.replace("\r\n", "")
    assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]", body)
    for line in _unfold(text)[:-1]:
        assert CONTENT_LINE.fullmatch(line), repr(line)
    summaries = [e["SUMMARY"] for e in _events(text).values()]
    assert any("Buurt keuken  Zuid\\nOost" in s for s in summaries), summaries


def test_a_moved_renewal_date_comes_with_a_higher_sequence(db, support) -> None:
    before = _events(calendar_text(db, today=TODAY, now=NOW)[0])
    with db.session_scope() as s:
        records.update(s, Commitment, support, None, renew_by=dt.date(2027, 2, 1))
    after = _events(calendar_text(db, today=TODAY, now=NOW)[0])
    assert set(after) == set(before)  # same UIDs: the event is replaced, not doubled
    uid = next(u for u in after if "-renewby@" in u)
    assert after[uid]["DTSTART;VALUE=DATE"] == "20270201"
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"]) >= 0
    assert re.fullmatch(r"\d{8}T\d{6}Z", after[uid]["LAST-MODIFIED"])


def test_no_reminder_for_a_decision_day_gone_by(db) -> None:
    """Found by the same helper: every renewal decision of the past year carried a
    reminder, which Outlook shows as overdue on every import (7 in the demo)."""
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Taalcafé", kind="initiative")
        fund = records.create(s, Organisation, name="Kansfonds", kind="fund")
        for renew_by in (TODAY - dt.timedelta(days=10), TODAY, TODAY + dt.timedelta(days=20)):
            records.create(
                s,
                Commitment,
                partner=fund,
                initiative=ini,
                kind="financial",
                start=renew_by - dt.timedelta(days=300),
                end=renew_by + dt.timedelta(days=60),
                renew_by=renew_by,
                status="active",
            )
    text, _count = calendar_text(db, today=TODAY, now=NOW)
    events = re.sub(r"\r\n[ \t]", "", text).split("BEGIN:VEVENT")[1:]
    alarms = {
        re.search(r"DTSTART;VALUE=DATE:(\d{8})", e).group(1): "BEGIN:VALARM" in e
        for e in events
        if "-renewby@" in e
    }
    assert alarms == {"20261117": False, "20261127": True, "20261217": True}
