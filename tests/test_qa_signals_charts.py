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
