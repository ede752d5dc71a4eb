"""Restoring the newest backup over a damaged database at start shows its progress.

Before the window exists, the damaged-database dialog restored the backup on the
window's thread behind a wait cursor: nothing on screen for the 4-9 seconds a team
lead's database (685 MB) takes, and a system that may call Liaison "not
responding". It now runs in a worker behind a progress bar.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from liaison.services import records
from liaison.storage.db import open_database
from liaison.storage.models import Person
from liaison.trust.backup import backup_now
from liaison.trust.integrity import DamagedDatabaseError


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


class _Shown(QObject):
    """Notes every progress dialog that is shown (an application event filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.titles.append(watched.windowTitle())
        return False


def test_the_restore_at_start_runs_behind_a_progress_bar(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.trust.backup_actions import DamagedDatabaseDialog, handle_damaged_database

    path = tmp_path / "liaison.db"
    db = open_database(path, officer="Tester")
    with db.session_scope() as s:
        for n in range(400):
            records.create(
                s, Person, given_name="Bewoner", family_name=f"Nummer {n}", notes="x" * 300
            )
    backup_now(db)  # into the default folder
    db.close()
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(4096 * (size // 4096 // 2))
        fh.write(b"\x13\x37" * 4096)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)

    def click_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedDatabaseDialog)
        dialog.newest_button.click()

    shown = _Shown()
    QApplication.instance().installEventFilter(shown)
    try:
        QTimer.singleShot(0, click_restore)
        assert handle_damaged_database(caught.value) is True
    finally:
        QApplication.instance().removeEventFilter(shown)
    assert shown.titles and set(shown.titles) == {"Restore from a backup"}
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 400
    finally:
        conn.close()
    assert path.with_name("liaison-damaged.db").exists()
