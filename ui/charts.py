"""The dashboard's two charts (QtCharts): support per kind, initiatives per district."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from liaison.services.overview import NO_DISTRICT, NO_NEIGHBOURHOOD
from ui.i18n import tr
from ui.models.labels import value_label
from ui.widgets import tone

STABLE = QColor("#4c8c6b")
FRAGILE = QColor("#d9822b")
SUPPORT = QColor("#3b6ea8")
LABEL = QColor("#333333")
#: Title, legend, axis and margins of a chart: the height that is not bars (measured).
CHART_CHROME = 140


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def integer_axis(largest: float, headroom: float = 1.1) -> QValueAxis:
    """A count axis with whole-number ticks and a little room after the longest bar.

    ``headroom``: how far the axis runs past the longest bar; a chart with its
    counts beside the bars needs room for the longest one's number.
    """
    top = max(5, int(largest * headroom) + 1)
    step = 1
    while top / step > 5:
        for factor in (2, 5, 10):
            if top / (step * factor) <= 5:
                step *= factor
                break
        else:
            step *= 10
    top = ((top + step - 1) // step) * step
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    return axis


class ChartView(QChartView):
    """A chart view that draws smoothly and keeps a sensible minimum height.

    ``empty_text``, when set, is written in the middle of the plot: a chart with
    nothing to show was an empty grid from 0 to 5 that said nothing.
    """

    def __init__(self, chart: QChart, empty_text: str = "") -> None:
        super().__init__(chart)
        self.empty_text = empty_text
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt naming
        super().drawForeground(painter, rect)
        if self.empty_text:
            painter.save()
            flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            area = self.chart().plotArea()
            box = painter.boundingRect(area, flags, self.empty_text).adjusted(-8, -4, 8, 4)
            painter.fillRect(box, self.chart().backgroundBrush())  # not over the grid lines
            painter.setPen(tone.colour("muted", self.palette()))
            painter.drawText(area, flags, self.empty_text)
            painter.restore()


def support_chart(rows: Sequence[Any]) -> ChartView:
    """Active commitments per support kind (money, space, brokering…)."""
    chart = _chart(tr("Active support per kind"))
    rows = sorted(rows, key=lambda r: r.active_commitments)
    series = QHorizontalBarSeries()
    bars = QBarSet(tr("Active commitments"))
    bars.setColor(SUPPORT)
    # The counts stand beside the bars on the chart's white: the theme's label colour
    # is white (meant for labels inside a bar) and left them invisible.
    bars.setLabelColor(LABEL)
    categories = []
    for row in rows:
        bars.append(row.active_commitments)
        categories.append(value_label("kind", row.kind))
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(categories)
    axis_y.setTruncateLabels(False)
    axis_x = integer_axis(max([r.active_commitments for r in rows] or [1]), headroom=1.25)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    chart.legend().setVisible(False)
    return ChartView(chart, "" if rows else tr("No active support yet."))


def district_label(district: str | None) -> str:
    """A district's name; the overview's placeholders in the user's language.

    The core marks initiatives without a neighbourhood, and neighbourhoods
    without a district, with fixed labels ("(geen wijk)", "(geen gebied)").
    """
    if not district or district == NO_DISTRICT:
        return tr("No district")
    if district == NO_NEIGHBOURHOOD:
        return tr("No neighbourhood")
    return district


def district_counts(rows: Sequence[Any]) -> list[tuple[str, int, int]]:
    """(district, fragile, stable) initiatives per district from the overview rows.

    The overview has one row per neighbourhood and may add district subtotals
    (neighbourhood None); subtotals win when present, so nothing counts twice.
    """
    totals: dict[str, list[float]] = {}
    subtotals: dict[str, list[float]] = {}
    for row in rows:
        district = district_label(row.district)
        target = subtotals if row.neighbourhood is None else totals
        entry = target.setdefault(district, [0.0, 0.0])
        n = row.initiatives or 0
        entry[0] += n * (row.fragile_share or 0.0)
        entry[1] += n
    merged = {**totals, **subtotals}
    result = []
    for district, (fragile, total) in merged.items():
        if round(total) <= 0:
            continue
        f = round(fragile)
        result.append((district, f, max(0, round(total) - f)))
    result.sort(key=lambda r: (r[1] + r[2], r[0]))
    return result


def district_chart(rows: Sequence[Any]) -> ChartView:
    """Initiatives per district, the fragile part in orange."""
    chart = _chart(tr("Initiatives per district"))
    counts = district_counts(rows)
    series = QHorizontalStackedBarSeries()
    fragile = QBarSet(tr("Fragile"))
    fragile.setColor(FRAGILE)
    stable = QBarSet(tr("Not fragile"))
    stable.setColor(STABLE)
    for _district, f, s in counts:
        fragile.append(f)
        stable.append(s)
    series.append(fragile)
    series.append(stable)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([c[0] for c in counts])
    axis_y.setTruncateLabels(False)  # district names are the point of this chart
    axis_x = integer_axis(max([f + s for _d, f, s in counts] or [1]))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    # What orange and green mean, above the bars: below them the legend was under the
    # fold of a 768-pixel screen (14 districts make the chart tall), and the colours
    # explained nothing at first sight (the README's picture too).
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    view = ChartView(chart, "" if counts else tr("No initiatives yet."))
    # Qt drops category labels that do not fit (at 300 pixels Rotterdam's 14 districts
    # showed every other name): give each district a line of its own.
    line = QFontMetrics(axis_y.labelsFont()).height() + 6
    view.setMinimumHeight(max(view.minimumHeight(), CHART_CHROME + line * len(counts)))
    return view
