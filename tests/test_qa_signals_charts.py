"""QA of the dashboard's charts: what a team lead can read off them."""

from __future__ import annotations

from types import SimpleNamespace

from ui.charts import support_chart


def test_the_support_counts_beside_the_bars_are_readable(qtbot) -> None:
    """The counts stand outside the bars, on the chart's white background: they must
    be drawn in a dark colour (the theme's default label colour is white: invisible)."""
    rows = [
        SimpleNamespace(kind="financial", active_commitments=22),
        SimpleNamespace(kind="space", active_commitments=8),
    ]
    view = support_chart(rows)
    qtbot.addWidget(view)
    series = view.chart().series()[0]
    assert series.isLabelsVisible()
    for bars in series.barSets():
        assert bars.labelColor().lightness() < 100, bars.labelColor().name()


def test_every_district_gets_room_for_its_name(qtbot) -> None:
    """Rotterdam has 14 districts: at the chart's old fixed 300 pixels Qt left out every
    other name, and a team lead could not tell Charlois's bar from Feijenoord's."""
    from PySide6.QtGui import QFontMetrics

    from ui.charts import district_chart

    names = [
        "Centrum",
        "Charlois",
        "Delfshaven",
        "Feijenoord",
        "Hillegersberg-Schiebroek",
        "Hoek van Holland",
        "Hoogvliet",
        "IJsselmonde",
        "Kralingen-Crooswijk",
        "Noord",
        "Overschie",
        "Pernis",
        "Prins Alexander",
        "Rozenburg",
    ]
    rows = [
        SimpleNamespace(district=name, neighbourhood=None, initiatives=i + 1, fragile_share=0.5)
        for i, name in enumerate(names)
    ]
    view = district_chart(rows)
    qtbot.addWidget(view)
    view.resize(560, view.minimumHeight())
    view.show()
    qtbot.waitExposed(view)
    axis = view.chart().axes()[0]
    line = QFontMetrics(axis.labelsFont()).height()
    assert view.chart().plotArea().height() / len(names) >= line


def test_the_longest_support_bar_leaves_room_for_its_count(qtbot) -> None:
    """134 on an axis to 150 left no room beside the bar at 1024 pixels: Qt drew the
    number on the blue bar itself (seen in the screenshot)."""
    rows = [
        SimpleNamespace(kind="financial", active_commitments=134),
        SimpleNamespace(kind="space", active_commitments=36),
    ]
    view = support_chart(rows)
    qtbot.addWidget(view)
    from PySide6.QtCharts import QValueAxis

    axis = next(a for a in view.chart().axes() if isinstance(a, QValueAxis))
    assert axis.max() >= 134 * 1.2
