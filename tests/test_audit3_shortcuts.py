"""The shortcuts dialog (F1) says where Del works (acceptance audit of issue 3).

It listed "Del — Delete" as a key of the whole window, but Del trashes only the
selected rows of a list (on a record page, where a table of roles or support may
have the focus, it does nothing, on purpose): an officer pressing it on an
initiative's page saw nothing happen.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_shell_data import filled, shell_env, window  # noqa: F401


def test_the_delete_key_is_listed_for_lists_and_works_there_not_on_a_page(
    window, filled, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _db, ids = filled
    window.show_shortcuts()
    rows = dict(window.shortcuts_dialog.rows)
    assert rows["Del"] == "Move the selected rows to the trash (in a list)"
    window.shortcuts_dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.open_record("organisation", ids["food"])
    page = window.record_widget
    assert page is not None and page.wait_loaded()
    qtbot.keyClick(page, Qt.Key.Key_Delete)  # nothing happens on a page
    view = window.show_view("initiative")
    assert ids["food"] in view.model.ids()
    view.table.setFocus()
    view.select_id(ids["food"])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # in the list it goes to the trash
    assert ids["food"] not in view.model.ids()
