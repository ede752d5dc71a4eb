"""A record opened in its list (a follow-up from the dashboard) is in view (audit of issue 3).

Opening a follow-up on the dashboard showed the contact log with the contact
selected and in the detail pane, but its row sat below the fold: the list was
scrolled to it before the filter bar and the window's size were final, which
then took the last rows of the view away (at 1366×768, 2 of its 24 pixels showed).
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert
from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.storage.models import Interaction, utcnow


def _contacts(db, n: int) -> None:  # type: ignore[no-untyped-def]
    now = utcnow()
    start = dt.datetime(2026, 1, 1, 9, 0)
    rows = [
        {
            "uuid": str(uuid.uuid4()),
            "occurred_at": start - dt.timedelta(days=i),
            "channel": "call",
            "summary": f"Gebeld over de begroting ({i})",
            "follow_up_done": False,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for i in range(n)
    ]
    with db.session_scope() as session:
        session.execute(insert(Interaction), rows)


def test_a_contact_opened_from_the_dashboard_is_in_view_in_its_list(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    db, _ids = filled
    _contacts(db, 300)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.start("today")
    win.show()
    qtbot.waitExposed(win)
    view = win.view("interaction")  # read once, as the dashboard's count did
    view.load()
    qtbot.waitUntil(view.model.is_complete)
    target = view.model.id_at(120)  # far below the first screen
    win.show_view("today")
    win.open_record("interaction", target)
    for _ in range(20):  # the list settles: filter boxes, column widths, layout
        QApplication.processEvents()
    assert view.selected_ids() == [target]
    row = view.model.row_of(target)
    rect = view.table.visualRect(view.model.index(row, 0))
    assert view.table.viewport().rect().contains(rect), (rect, view.table.viewport().rect())


def test_a_reload_leaves_the_selected_row_where_the_officer_left_it(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Saving an edit reloads the lists: the selected row must not jump to the middle."""
    from ui.main_window import MainWindow

    db, _ids = filled
    _contacts(db, 300)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    view = win.show_view("interaction")
    qtbot.waitUntil(view.model.is_complete)
    for _ in range(10):
        QApplication.processEvents()
    table = view.table
    last_shown = table.rowAt(table.viewport().height() - 30)  # low on the first screen
    assert last_shown > 5
    table.setFocus()
    table.selectRow(last_shown)
    before = table.verticalScrollBar().value()
    win.refresh()  # as after a save: the ids are read again
    for _ in range(10):
        QApplication.processEvents()
    assert view.selected_ids() == [view.model.id_at(last_shown)]
    assert table.verticalScrollBar().value() == before
