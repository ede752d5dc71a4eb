"""The search results (Ctrl+K) are as tall as what they show (acceptance audit of issue 3).

"Nothing found" was one faint grey line (a disabled item) at the top of a
420-pixel empty box that covered the list under it; a single hit got the same
box. Growing the box after the first hit was selected also scrolled the first
group's title ("Initiatives") out of sight.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_shell_data import filled, shell_env, window  # noqa: F401


def _search(window, text: str):  # type: ignore[no-untyped-def]
    window.search.setText(text)
    window.search.run_search()
    QApplication.processEvents()  # the popup lays out its list, as before it is painted
    return window.search.popup


def test_nothing_found_is_one_readable_line_not_a_big_empty_box(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    popup = _search(window, "zzzqqq")
    assert popup.isVisible()
    line = popup.tree.topLevelItem(0)
    assert line.text(0) == "Nothing found for “zzzqqq”"
    assert line.flags() & Qt.ItemFlag.ItemIsEnabled  # drawn in the text colour, not greyed
    assert not line.flags() & Qt.ItemFlag.ItemIsSelectable
    row = popup.tree.sizeHintForRow(0)
    assert popup.height() < 3 * row, popup.height()


def test_one_hit_gets_a_small_box_with_its_group_title_in_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    popup = _search(window, "Voedselbank")
    assert popup.hit_count() == 1
    row = popup.tree.sizeHintForRow(0)
    assert popup.height() < 4 * row, popup.height()  # the title and the hit
    header = popup.tree.topLevelItem(0)
    viewport = popup.tree.viewport().rect()
    assert viewport.contains(popup.tree.visualItemRect(header))
    assert viewport.contains(popup.tree.visualItemRect(popup.first_hit()))
    assert popup.tree.currentItem() is popup.first_hit()  # Enter still opens it
