"""Renewal dates in the workbook and the calendar follow the agenda's rule.

Found by the export QA helper: the Steun sheet and the .ics left out support
with status 'renewed' (the current term of a renewed commitment, the one that
needs the next decision), and coloured support red whose end had long passed,
so the workbook disagreed with the dashboard and ``liaison renewals``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from liaison import demo
from liaison.exchange.calendar import calendar_text
from liaison.exchange.export import export_workbook, renewal_state
from liaison.services import records
from liaison.services.agenda import renewals
from liaison.storage.models import Commitment, Organisation

TODAY = dt.date(2026, 11, 27)
RED, YELLOW = "FFC7CE", "FFEB9C"


def _day(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


@pytest.fixture
def support(db):
    """Three renewed terms and one stale 'active' line whose support ended long ago."""
    with db.session_scope() as s:
        fund = records.create(s, Organisation, name="Kansfonds", kind="fund")

        def line(name: str, status: str, end: dt.date, renew_by: dt.date) -> None:
            ini = records.create(s, Organisation, name=name, kind="initiative")
            records.create(
                s,
                Commitment,
                partner=fund,
                initiative=ini,
                kind="financial",
                amount=Decimal("1000"),
                start=_day(-300),
                end=end,
                renew_by=renew_by,
                status=status,
                structural=True,
            )

        line("Verlengd te laat", "renewed", _day(60), _day(-10))
        line("Verlengd binnenkort", "renewed", _day(200), _day(20))
        line("Verlengd loopt af", "renewed", _day(30), _day(120))
        line("Al lang voorbij", "active", _day(-100), _day(-130))
    return db


def _fills(path: Path) -> dict[str, dict[str, str]]:
    ws = openpyxl.load_workbook(path)["Steun"]
    h = [c.value for c in ws[1]]
    out = {}
    for r in ws.iter_rows(min_row=2):
        out[r[h.index("Initiatief")].value] = {
            h[i]: r[i].fill.fgColor.rgb[-6:]
            for i in range(len(h))
            if r[i].fill is not None and r[i].fill.fill_type
        }
    return out


def test_renewed_support_is_highlighted_like_the_agenda_shows_it(support, tmp_path) -> None:
    path = tmp_path / "overzicht.xlsx"
    export_workbook(support, path, today=TODAY)
    fills = _fills(path)
    assert fills["Verlengd te laat"]["Besluit verlenging voor"] == RED
    assert fills["Verlengd binnenkort"]["Besluit verlenging voor"] == YELLOW
    assert fills["Verlengd loopt af"]["Einde"] == YELLOW
    assert fills["Al lang voorbij"] == {}  # history, as on the agenda
    assert renewal_state("renewed", _day(60), _day(-10), TODAY) == ("overdue", "renew_by")
    assert renewal_state("active", _day(-100), _day(-130), TODAY) == (None, None)


def test_renewed_support_is_in_the_calendar(support) -> None:
    now = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    text, count = calendar_text(support, today=TODAY, now=now)
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    for name in ("Verlengd te laat", "Verlengd binnenkort", "Verlengd loopt af"):
        assert f"Besluit verlenging: Kansfonds → {name}" in unfolded, name
        assert f"Einde steun: Kansfonds → {name}" in unfolded, name
    assert count == 8  # the stale line's two dates are recent history and stay


def test_the_workbook_colours_exactly_the_agenda_items(db, tmp_path) -> None:
    demo.generate(db, size=120, seed=7, today=TODAY)
    path = tmp_path / "demo.xlsx"
    export_workbook(db, path, today=TODAY)
    ws = openpyxl.load_workbook(path)["Steun"]
    h = [c.value for c in ws[1]]
    coloured = {
        r[0].value
        for r in ws.iter_rows(min_row=2)
        if any(r[h.index(col)].fill.fill_type for col in ("Einde", "Besluit verlenging voor"))
    }
    with db.session_scope(write=False) as s:
        agenda = {item.commitment_uuid for item in renewals(s, within_days=56, today=TODAY)}
    assert agenda, "the demo data should have renewals coming up"
    assert coloured == agenda


def test_the_teams_agenda_window_decides_what_is_due(support, tmp_path) -> None:
    """Found by the same helper: the workbook always coloured 8 weeks ahead, while the
    dashboard's agenda looks as far ahead as the team set (agenda_days)."""
    from liaison.services.settings import load_thresholds, save_thresholds

    with support.session_scope() as s:
        t = load_thresholds(s)
        t.agenda_days = 130
        save_thresholds(s, t)
    path = tmp_path / "overzicht.xlsx"
    export_workbook(support, path, today=TODAY)
    fills = _fills(path)
    # renew_by 120 days ahead: outside 8 weeks, inside the team's 130 days
    assert fills["Verlengd loopt af"]["Besluit verlenging voor"] == YELLOW
    legend = openpyxl.load_workbook(path)["Overzicht"]["A3"].value
    assert "binnen 130 dagen" in legend, legend
    with support.session_scope(write=False) as s:
        agenda = {i.initiative for i in renewals(s, within_days=130, today=TODAY)}
    coloured = {name for name, cells in fills.items() if cells}
    assert coloured == agenda
