"""Delete by keyboard keeps the officer's place; Ctrl+Z selects what came back (audit of issue 3).

After Delete in a list nothing was selected (the current row was gone too): Down
started again at the top and a second Delete did nothing, so working down a list
by keyboard meant reaching for the mouse after every record. After Ctrl+Z the
record was back but not selected; and selecting it while Ctrl was still held
would have added it to another row's selection instead.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_shell_data import filled, shell_env, window  # noqa: F401


def test_delete_selects_the_next_row_and_ctrl_z_selects_the_record_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view = window.show_view("initiative")
    qtbot.waitUntil(view.model.is_complete)
    order = view.model.ids()
    assert len(order) == 3
    view.table.setFocus()
    view.select_id(order[0])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert order[0] not in view.model.ids()
    assert view.selected_ids() == [order[1]]  # the next one took its place
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # and Delete again goes on down the list
    assert view.model.ids() == [order[2]]
    assert view.selected_ids() == [order[2]]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.ids() == [order[1], order[2]]
    assert view.selected_ids() == [order[1]]  # what came back, alone
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.ids() == order
    assert view.selected_ids() == [order[0]]
