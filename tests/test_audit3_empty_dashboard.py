"""The dashboard of a new, empty database says so readably (acceptance audit of issue 3).

Its two charts were empty grids from 0 to 5 that said nothing, and the cards'
"nothing here" lines ("Geen verlengingen of einddata op komst.") were drawn in the
disabled grey, about 1.8:1 on the card's white: hard to read for anyone.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from ui_shell_data import shell_env  # noqa: F401

from ui import i18n
from ui.widgets import tone


def _plot_ink(view) -> int:  # type: ignore[no-untyped-def]
    """Pixels in the middle of the plot that are neither the chart's white nor a grid line."""
    QApplication.processEvents()
    image = view.grab().toImage()
    area = view.chart().plotArea().toRect()
    middle = area.adjusted(area.width() // 4, area.height() // 3, -area.width() // 4, 0)
    middle.setHeight(area.height() // 3)
    colours = [
        QColor(image.pixel(x, y))
        for x in range(middle.left(), middle.right())
        for y in range(middle.top(), middle.bottom())
    ]
    return sum(c.lightness() < 160 for c in colours)


def test_an_empty_database_shows_charts_that_say_there_is_nothing_yet(db, shell_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dashboard import Dashboard

    i18n.install("nl")
    dashboard = Dashboard(db)
    qtbot.addWidget(dashboard)
    dashboard.resize(1100, 1000)
    dashboard.show()
    dashboard.refresh()
    qtbot.waitUntil(lambda: getattr(dashboard, "data", None) is not None)
    support, districts = dashboard.support_view, dashboard.district_view
    assert support.empty_text == "Nog geen actieve steun."
    assert districts.empty_text == "Nog geen initiatieven."
    assert _plot_ink(support) > 30 and _plot_ink(districts) > 30  # the sentence is drawn


def test_a_card_with_nothing_in_it_says_so_in_readable_ink(shell_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dashboard import Card

    card = Card("renewals", "Renewals", "No renewals or end dates coming up.")
    qtbot.addWidget(card)
    card.set_items([])
    line = card.list.item(0)
    assert line.text() == "No renewals or end dates coming up."
    assert line.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not line.flags() & Qt.ItemFlag.ItemIsSelectable  # nothing to open
    ink = line.foreground().color()
    base = card.list.palette().color(card.list.viewport().backgroundRole())
    assert tone.contrast(ink, base) >= 4.5
