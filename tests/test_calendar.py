"""The .ics calendar: structure Outlook accepts, folding, escaping, stable UIDs."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from liaison.errors import LiaisonError
from liaison.exchange.calendar import escape_text, euros_nl, export_calendar, fold
from liaison.services import records
from liaison.storage.models import Commitment, Organisation

TODAY = dt.date(2026, 11, 27)


def _unfold(text: str) -> list[str]:
    """RFC 5545 §3.1: a CRLF followed by one space or tab continues the line."""
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def _unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _events(text: str) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    in_alarm = False
    for line in _unfold(text):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif line == "BEGIN:VALARM":
            in_alarm = True
            assert current is not None
            current["ALARM"] = "yes"
        elif line == "END:VALARM":
            in_alarm = False
        elif current is not None and not in_alarm and line:
            name, _, value = line.partition(":")
            current[name] = value
        elif current is not None and in_alarm and line.startswith("TRIGGER:"):
            current["TRIGGER"] = line.split(":", 1)[1]
    return events


@pytest.fixture
def support(db):
    long_name = "Stichting Buurtmaaltijden; koken, eten & delen in Bloemhof-Zuid " * 2
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name=long_name.strip(), kind="initiative")
        fund = records.create(s, Organisation, name="Fonds Ñandú, Rotterdam", kind="fund")
        live = records.create(
            s,
            Commitment,
            partner=fund,
            initiative=ini,
            kind="financial",
            amount=Decimal("1500"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
            renew_by=dt.date(2026, 12, 1),
            status="active",
            notes="private note about Jan",
        )
        records.create(
            s,
            Commitment,
            partner=fund,
            initiative=ini,
            kind="space",
            end=dt.date(2026, 6, 30),
            status="ended",
        )
        trashed = records.create(
            s, Commitment, partner=fund, initiative=ini, kind="media", end=dt.date(2027, 1, 1)
        )
        s.flush()
        records.delete(s, Commitment, trashed.id)
        return live.uuid


def test_calendar_structure_folding_and_escaping(db, support, tmp_path: Path) -> None:
    out = tmp_path / "steun.ics"
    count = export_calendar(db, out, today=TODAY)
    raw = out.read_bytes()
    text = raw.decode("utf-8")
    assert count == 2  # end + renew_by of the one live commitment; ended and trashed left out
    # CRLF everywhere, no bare LF, every physical line at most 75 octets.
    assert b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")
    assert physical[-1] == b""
    assert all(len(line) <= 75 for line in physical)
    assert any(line.startswith(b" ") for line in physical), "long lines must be folded"
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)

    events = {e["UID"]: e for e in _events(text)}
    assert set(events) == {
        f"{support}-end@liaison.invalid",
        f"{support}-renewby@liaison.invalid",
    }
    end = events[f"{support}-end@liaison.invalid"]
    assert end["DTSTART;VALUE=DATE"] == "20261231"
    assert end["DTEND;VALUE=DATE"] == "20270101"
    assert re.fullmatch(r"\d{8}T\d{6}Z", end["DTSTAMP"])
    assert "ALARM" not in end
    renew = events[f"{support}-renewby@liaison.invalid"]
    assert renew["DTSTART;VALUE=DATE"] == "20261201"
    assert renew["ALARM"] == "yes" and renew["TRIGGER"] == "-P7D"
    # Escaped on the wire, intact after unescaping; the private note is not in the calendar.
    assert "\\;" in renew["SUMMARY"] and "\\," in renew["SUMMARY"]
    summary = _unescape(renew["SUMMARY"])
    assert summary.startswith("Besluit verlenging: Fonds Ñandú, Rotterdam → Stichting Buurt")
    description = _unescape(renew["DESCRIPTION"])
    assert "Bedrag: € 1.500,00" in description.split("\n")
    assert "private note" not in text

    # Stable: a second export gives the same UIDs (Outlook updates instead of doubling).
    again = tmp_path / "again.ics"
    export_calendar(db, again, today=TODAY)
    assert {e["UID"] for e in _events(again.read_bytes().decode("utf-8"))} == set(events)


def test_fold_never_splits_a_utf8_character() -> None:
    line = "SUMMARY:" + "é€" * 60
    folded = fold(line)
    pieces = folded.encode("utf-8").split(b"\r\n")
    assert len(pieces) > 2
    for piece in pieces:
        assert len(piece) <= 75
        piece.decode("utf-8")  # would raise if a sequence were cut
    assert folded.replace("\r\n ", "") == line


def test_escape_and_euros() -> None:
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    assert euros_nl(Decimal("1234567.5")) == "€ 1.234.567,50"
    assert euros_nl(None) == ""


def test_calendar_refuses_a_folder_and_a_missing_folder(db, tmp_path: Path) -> None:
    with pytest.raises(LiaisonError, match="folder"):
        export_calendar(db, tmp_path, today=TODAY)
    with pytest.raises(LiaisonError, match="does not exist"):
        export_calendar(db, tmp_path / "nope" / "x.ics", today=TODAY)


def test_empty_database_gives_an_empty_valid_calendar(db, tmp_path: Path) -> None:
    out = tmp_path / "leeg.ics"
    assert export_calendar(db, out, today=TODAY) == 0
    lines = _unfold(out.read_bytes().decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and "END:VCALENDAR" in lines
    assert "BEGIN:VEVENT" not in lines
    # RFC 5545 §3.6: a calendar holds at least one component; the time zone is one
    components = [line for line in lines if line.startswith("BEGIN:") and line != "BEGIN:VCALENDAR"]
    assert components[:1] == ["BEGIN:VTIMEZONE"]
    assert lines.index("END:VTIMEZONE") < lines.index("END:VCALENDAR")
