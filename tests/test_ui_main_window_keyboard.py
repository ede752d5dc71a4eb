"""The main window by keyboard and screen reader (found by the look QA helper).

Opening a record left the focus in the navigation or the list behind the page;
Tab went navigation → Back → the search field above them; the search field and
the navigation had no accessible name, only a placeholder.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from ui_shell_data import filled, shell_env, window  # noqa: F401


def _tab_through(window, count: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab visits from the search field, as an officer pressing it sees them."""
    window.search.setFocus()
    QApplication.processEvents()
    seen = []
    for _ in range(count):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        seen.append(QApplication.focusWidget())
    return seen


def test_an_opened_record_has_the_focus_in_its_page(window, filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    _db, ids = filled
    window.show()
    qtbot.waitExposed(window)
    window.show_view("initiative")
    window.nav.setFocus()
    window.open_record("organisation", ids["food"])
    page = window.record_widget
    assert page is not None and page.wait_loaded()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert page.isAncestorOf(QApplication.focusWidget())


def test_tab_runs_from_the_search_field_to_the_navigation_then_into_the_page(
    window, filled, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _db, ids = filled
    window.show()
    qtbot.waitExposed(window)
    window.open_record("organisation", ids["food"])
    page = window.record_widget
    assert page is not None and page.wait_loaded()
    seen = _tab_through(window, 4)
    assert seen[:2] == [window.nav, window.back_button]
    assert page.isAncestorOf(seen[2])  # and on into the page, not back up to the search


def test_the_search_field_and_the_navigation_have_names(window) -> None:  # type: ignore[no-untyped-def]
    assert window.search.accessibleName()
    assert window.nav.accessibleName()


def test_tab_leaves_a_list_and_its_parts_have_names(window, filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab went from cell to cell (ten presses a row); filter and table had no names."""
    window.show()
    qtbot.waitExposed(window)
    for key in ("initiative", "trash"):
        view = window.show_view(key)
        view.table.setFocus()
        QApplication.processEvents()
        QTest.keyClick(view.table, Qt.Key.Key_Tab)
        QApplication.processEvents()
        assert QApplication.focusWidget() is not view.table, key
        assert view.table.accessibleName(), key
    assert window.view("initiative").search.accessibleName()
