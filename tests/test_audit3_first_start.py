"""First start: stopping the demo leaves no empty database behind (acceptance audit of issue 3).

Choosing the demo database and pressing Cancel in its progress dialog showed a
warning ("could not be made: … was cancelled") for the officer's own stop, and
left an empty liaison.db in the data folder. Closing the welcome dialog then, the
next start opened that empty file without a word and never offered the demo
again: the README's "the first start offers an empty database or a demo
database" no longer held.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from ui_shell_data import shell_env  # noqa: F401

from liaison.storage.db import default_database_path
from ui.app import chosen_location
from ui.worker import Op


def test_a_cancelled_demo_leaves_no_file_and_the_next_start_asks_again(
    shell_env, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ui.first_start import FirstStartDialog

    monkeypatch.setenv("XDG_DATA_HOME", str(shell_env / "data"))  # a fresh user's data folder
    monkeypatch.setattr(Op, "run_inline", False)  # as in the app: a worker behind the dialog
    target = default_database_path()
    assert str(target).startswith(str(shell_env)) and chosen_location(None) is None
    dialog = FirstStartDialog(target, "Sanne")
    qtbot.addWidget(dialog)
    dialog.demo_choice.setChecked(True)
    dialog.demo_size = 3000
    told: list[str] = []
    pressed: list[bool] = []

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                told.append(widget.text())
                widget.done(0)
            elif isinstance(widget, QProgressDialog) and widget.isVisible() and not pressed:
                writing = widget.value() > 0  # the worker is writing: the officer presses Cancel
                if writing:
                    pressed.append(True)
                    widget.findChild(QPushButton).click()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    try:
        assert dialog.create() is None  # the welcome dialog stays, to choose again
    finally:
        timer.stop()
    assert pressed
    assert told == []  # no warning for a stop the officer asked for
    assert not target.exists()
    assert chosen_location(None) is None  # so the next start offers empty or demo again
