"""QA of the crash message by keyboard: the report's path can be selected and copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.crash_report import CrashReporter


def test_the_crash_reports_path_can_be_selected_without_a_mouse(qapp, qtbot, tmp_path: Path):
    """'Please send that file…': the path was selectable by mouse only."""
    seen: list[Qt.TextInteractionFlag] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.textInteractionFlags())
        box.done(0)

    QTimer.singleShot(20, look)
    reporter = CrashReporter(tmp_path)
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        reporter.handle(RuntimeError, exc, exc.__traceback__)
    assert seen, "no message box"
    assert seen[0] & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert list(tmp_path.iterdir())  # the report it names was written
