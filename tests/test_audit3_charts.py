"""The district chart explains its colours above the bars (acceptance audit of issue 3).

"Initiatives per district, coloured by fragility": the legend (orange fragile,
green not) sat under the bars, and with Rotterdam's districts the chart is taller
than what a 768-pixel screen shows of the dashboard, so an officer (and the
README's picture) saw two colours and no key.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from ui_shell_data import filled, shell_env  # noqa: F401


def test_the_fragility_key_is_above_the_bars(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dashboard import Dashboard

    db, _ids = filled
    dashboard = Dashboard(db)
    qtbot.addWidget(dashboard)
    dashboard.resize(1100, 1000)
    dashboard.show()
    dashboard.refresh()
    qtbot.waitUntil(lambda: getattr(dashboard, "data", None) is not None)
    QApplication.processEvents()
    chart = dashboard.district_view.chart()
    assert [m.label() for m in chart.legend().markers()] == ["Fragile", "Not fragile"]
    assert chart.legend().isVisible()
    assert chart.legend().geometry().bottom() <= chart.plotArea().top()
