"""QA of record history as an officer reads it. Each test failed on the old code."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from liaison.cli import main
from liaison.storage.db import open_database
from liaison.storage.models import Person


@pytest.fixture
def imported_then_undone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A colleague's sheet changed one resident's phone; the import was then undone."""
    db_path = tmp_path / "team.db"
    assert main(["demo", "--size", "6", "--db", str(db_path)]) == 0
    assert main(["export", str(tmp_path / "lijst.xlsx"), "--db", str(db_path)]) == 0
    book = openpyxl.load_workbook(tmp_path / "lijst.xlsx")
    sheet = book["Personen"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("Telefoon") + 1).value = "06-99998888"
    uuid = str(sheet.cell(2, headers.index("ID") + 1).value)
    book.save(tmp_path / "lijst-van-sanne.xlsx")
    assert main(["import", str(tmp_path / "lijst-van-sanne.xlsx"), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    batch = out.split("undo-import ")[1].split(")")[0]
    assert main(["undo-import", batch, "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path, uuid


def _phone_changes(db_path: Path, uuid: str) -> list[tuple[str, str]]:
    from liaison.trust.history import record_history

    db = open_database(db_path, officer="Tester")
    try:
        with db.session_scope(write=False) as s:
            entries = record_history(s, None, uuid)
            return [
                (f"{e.old} → {e.new}", str(e.import_undone)) for e in entries if e.field == "phone"
            ]
    finally:
        db.close()


def test_history_tells_an_undone_import_from_the_import(
    imported_then_undone: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Both the import and its undo read 'update … lijst-van-sanne.xlsx': the undo looked
    like the colleague's sheet changing the phone number a second time."""
    db_path, uuid = imported_then_undone
    changes = _phone_changes(db_path, uuid)
    assert [undone for _change, undone in changes] == ["False", "True"]
    assert main(["history", uuid, "--db", str(db_path)]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if " phone " in ln]
    assert lines[0].rstrip().endswith(" lijst-van-sanne.xlsx")
    assert lines[1].rstrip().endswith("undo of lijst-van-sanne.xlsx")


def test_history_panel_says_undo_of_the_import_in_dutch(  # type: ignore[no-untyped-def]
    qtbot, imported_then_undone: tuple[Path, str]
) -> None:
    from ui import i18n
    from ui.trust.history_panel import HistoryPanel

    db_path, uuid = imported_then_undone
    db = open_database(db_path, officer="Tester")
    with db.session_scope(write=False) as s:
        person_id = s.scalars(select(Person.id).where(Person.uuid == uuid)).one()
    i18n.install("nl")
    try:
        panel = HistoryPanel(db, "person", person_id)
        qtbot.addWidget(panel)
        actions = [
            panel.model.index(r, 2).data()
            for r in range(panel.model.rowCount())
            if panel.model.index(r, 3).data() == "Telefoon"
        ]
        assert actions == [  # newest first
            "gewijzigd (ongedaan maken van de import van “lijst-van-sanne.xlsx”)",
            "gewijzigd (import van “lijst-van-sanne.xlsx”)",
        ]
    finally:
        i18n.install("en")
        db.close()


def test_history_json_gives_times_with_the_officers_offset(
    imported_then_undone: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """'history --json' gave the stored UTC stamp without an offset ("2026-11-28T05:30:46"),
    which a script reads as Dutch time, an hour or two off; the table and 'imports --json'
    give local time ('imports' with its offset)."""
    import datetime as dt
    import json
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        db_path, uuid = imported_then_undone
        assert main(["history", uuid, "--db", str(db_path), "--json"]) == 0
        entries = json.loads(capsys.readouterr().out)["entries"]
        assert main(["history", uuid, "--db", str(db_path)]) == 0
        table = capsys.readouterr().out
    finally:
        monkeypatch.undo()
        time.tzset()
    stamp = dt.datetime.fromisoformat(entries[-1]["at"])
    assert stamp.utcoffset() in (dt.timedelta(hours=1), dt.timedelta(hours=2))
    assert f"{stamp:%d-%m-%Y %H:%M:%S}" in table
