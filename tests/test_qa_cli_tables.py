"""QA of the human-readable tables: read whole where it matters, dates and times as a
Dutch officer reads them. Each test failed on the old code (reasons cut at 40
characters, ISO dates under a Dutch heading, UTC times shown as if local)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from liaison.cli import main

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DUTCH_DAY = re.compile(r"\b\d{2}-\d{2}-\d{4}\b")


@pytest.fixture(scope="module")
def team_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tables") / "team.db"
    assert main(["demo", "--size", "60", "--db", str(path)]) == 0
    return path


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_signals_table_shows_each_reason_whole(
    team_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reasons = [
        s["reason"]
        for s in json.loads(output(capsys, "signals", "--json", "--db", str(team_db)))["signals"]
    ]
    assert any(len(r) > 40 for r in reasons)
    table = output(capsys, "signals", "--db", str(team_db))
    for reason in reasons:
        assert reason in table


@pytest.mark.parametrize("argv", [["renewals", "--within", "400"], ["list", "commitments"]])
def test_tables_show_days_the_dutch_way(
    team_db: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    body = output(capsys, *argv, "--db", str(team_db)).splitlines()[2:]
    assert body and any(DUTCH_DAY.search(line) for line in body)
    assert not any(ISO_DAY.search(line) for line in body), body[:3]


def test_import_and_history_times_are_the_officers_local_time(
    tmp_path: Path, amsterdam: None, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sheet = tmp_path / "team.db", tmp_path / "sheet.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Initiatief", "Wijk"])
    wb.active.append(["Buurtmoestuin Oost", "Kralingen-West"])
    wb.save(sheet)
    output(capsys, "import", str(sheet), "--db", str(db))
    with sqlite3.connect(db) as c:
        stored = c.execute("SELECT imported_at FROM import_batch").fetchone()[0]
        org = c.execute("SELECT id FROM organisation").fetchone()[0]
    utc = dt.datetime.fromisoformat(str(stored)).replace(tzinfo=dt.UTC)
    local = utc.astimezone()
    assert local.utcoffset() != dt.timedelta(0)  # Amsterdam is never UTC
    listing = output(capsys, "imports", "--db", str(db))
    assert f"{local:%d-%m-%Y %H:%M}" in listing and f"{utc:%d-%m-%Y %H:%M}" not in listing
    history = output(capsys, "history", f"organisation:{org}", "--db", str(db))
    shown = re.search(r"\b(\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2})\b", history)
    assert shown and "UTC" not in history, history
    at = dt.datetime.strptime(shown[1], "%d-%m-%Y %H:%M:%S").replace(tzinfo=local.tzinfo)
    assert abs(at - local) < dt.timedelta(minutes=2)


def test_the_renewals_heading_owns_up_to_the_missed_decisions_it_lists(
    team_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The old heading said 'within 7 days' above decisions missed months ago."""
    items = json.loads(output(capsys, "renewals", "--within", "7", "--json", "--db", str(team_db)))
    overdue = sum(1 for item in items["items"] if item["days_left"] < 0)
    assert overdue > 0
    heading = output(capsys, "renewals", "--within", "7", "--db", str(team_db)).splitlines()[0]
    assert "within 7 days" in heading
    assert f"and {overdue} missed renewal decision" in heading


def test_a_line_break_in_a_value_does_not_break_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "team.db"
    assert main(["demo", "--size", "12", "--db", str(db)]) == 0
    with sqlite3.connect(db) as c:
        c.execute(
            "UPDATE organisation SET name = 'Buurt' || char(10) || 'huis' || char(9) || 'Oost'"
        )
    lines = output(capsys, "list", "organisations", "--db", str(db)).splitlines()
    assert all(line.strip() for line in lines)
    assert sum("Buurt huis Oost" in line for line in lines) == len(lines) - 2
