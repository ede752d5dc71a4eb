"""An empty list or trash says why it is empty and what to do (acceptance audit of issue 3).

On a new, empty database (the first start's "Empty database, for real work") every
list showed only its column headers over white space, and so did a list whose filter
matched nothing and the empty trash: nothing told the officer whether it was still
loading, broken, or empty, nor how to add the first record.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from ui_shell_data import filled, shell_env, window  # noqa: F401

from ui import i18n


def _ink_pixels(table) -> int:  # type: ignore[no-untyped-def]
    """Pixels of the table's viewport that differ from its background: text drawn on it."""
    QApplication.processEvents()
    image = table.viewport().grab().toImage()
    base = table.palette().color(table.viewport().backgroundRole()).rgb()
    return sum(
        QColor(image.pixel(x, y)).rgb() != base
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_every_list_of_an_empty_database_says_how_to_fill_it(db, shell_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    i18n.install("nl")
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    wanted = {
        "initiative": "Nog geen initiatieven",
        "partner": "Nog geen partners",
        "person": "Nog geen personen",
        "commitment": "Nog geen steun vastgelegd",  # filtered on running support, but empty
        "interaction": "Ctrl+L",
    }
    for key, words in wanted.items():
        view = win.show_view(key)
        qtbot.waitUntil(view.model.is_complete)
        shown = view.table.showing_empty_text()
        assert words in shown, (key, shown)
        assert _ink_pixels(view.table) > 100, key  # and it is really drawn
    trash = win.show_view("trash")
    assert trash.table.showing_empty_text().startswith("De prullenbak is leeg")
    assert _ink_pixels(trash.table) > 100


def test_a_filter_that_matches_nothing_says_so_and_rows_hide_the_sentence(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("initiative")
    qtbot.waitUntil(view.model.is_complete)
    assert view.model.rowCount() == 3
    assert view.table.showing_empty_text() == ""  # rows: no sentence over them
    view.model.set_text("zzzqqq")
    qtbot.waitUntil(lambda: view.model.is_complete() and view.model.rowCount() == 0)
    assert "Nothing matches this filter" in view.table.showing_empty_text()
    assert _ink_pixels(view.table) > 100
    view.model.set_text("")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.table.showing_empty_text() == ""


def test_the_support_list_tells_a_filter_from_an_empty_database(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("commitment")
    qtbot.waitUntil(view.model.is_complete)
    assert view.model.rowCount() > 0 and view.table.showing_empty_text() == ""
    view.model.set_filter("status", "declined")  # support exists, none declined
    qtbot.waitUntil(lambda: view.model.is_complete() and view.model.rowCount() == 0)
    assert "Nothing matches this filter" in view.table.showing_empty_text()
