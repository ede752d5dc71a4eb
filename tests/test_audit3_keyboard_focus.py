"""A list reached by keyboard marks the row the keys act on (acceptance audit of issue 3).

Qt gives a table that gets the focus a current cell but no selection. In a list,
Ctrl+2 then Down selected the second row (the first needed Down, Up); Enter did
nothing. In a trash holding one record no arrow key could select it, so Ctrl+7 and
Alt+T (Restore) did nothing until the officer took the mouse.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_shell_data import filled, shell_env, window  # noqa: F401


def _active(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_ctrl_7_then_the_restore_key_restores_the_one_record_in_the_trash(
    window, filled, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _db, ids = filled
    assert window.delete_records("person", [ids["gerrit"]])
    _active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    trash = window.view("trash")
    assert QApplication.focusWidget() is trash.table
    assert [i.record_id for i in trash.selected()] == [ids["gerrit"]]
    assert trash.restore_button.isEnabled()
    assert trash.restore_button.text() == "&Restore"  # Alt+T in Dutch ("&Terugzetten")
    qtbot.keyClick(trash.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0, timeout=3000)
    assert ids["gerrit"] in window.view("person").model.ids()


def test_ctrl_2_then_down_goes_to_the_second_row_from_the_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.view("initiative")
    qtbot.waitUntil(view.model.is_complete)
    assert QApplication.focusWidget() is view.table
    first, second = view.model.id_at(0), view.model.id_at(1)
    assert view.selected_ids() == [first]  # Enter would open it
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected_ids() == [second]
