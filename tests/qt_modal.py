"""Answering a modal message box from a test: exec() blocks, so the answer is scheduled."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_message(said: list[str], button: QMessageBox.StandardButton | None = None) -> None:
    """When the next message box is up, note its text in ``said`` and press ``button``
    (without one, close it as Esc would)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        said.append(box.text())
        if button is None:
            box.done(0)
        else:
            box.button(button).click()

    QTimer.singleShot(20, poll)
