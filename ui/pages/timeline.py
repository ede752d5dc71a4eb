"""A hand-drawn timeline of commitments: start → end bars, renewal-decision diamonds, today.

One row per commitment. Structural support is a solid bar, one-off support a
hatched one; an open end runs to the edge with an arrow; ended or declined
support is grey. The red line is today, so "everything stops in March" shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from liaison.services.relations import CommitmentRow
from ui.formatting import format_date, format_euros, locale
from ui.widgets import labels
from ui.widgets.labels import KIND_COLOURS

ROW_H = 26.0
AXIS_H = 30.0
LEGEND_H = 26.0


class CommitmentTimeline(QWidget):
    """Paints :class:`CommitmentRow` periods; ``rowActivated(index)`` on double-click."""

    rowActivated = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        label: Callable[[CommitmentRow], str] | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows: list[CommitmentRow] = []
        self.label = label or (lambda r: r.partner_name)
        self.today = today or dt.date.today()
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[CommitmentRow]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(600, int(AXIS_H + max(len(self.rows), 1) * ROW_H + LEGEND_H + 8))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(300, self.sizeHint().height())

    # --- geometry ----------------------------------------------------------

    def span(self) -> tuple[dt.date, dt.date]:
        """The visible period: all dates plus today, padded, at least a year wide."""
        days = [self.today]
        for r in self.rows:
            days += [d for d in (r.start, r.end, r.renew_by) if d is not None]
        lo, hi = min(days) - dt.timedelta(days=31), max(days) + dt.timedelta(days=62)
        if (hi - lo).days < 365:
            extra = (365 - (hi - lo).days) // 2
            lo, hi = lo - dt.timedelta(days=extra), hi + dt.timedelta(days=extra)
        return lo, hi

    def _label_width(self) -> float:
        fm = QFontMetricsF(self.font())
        widest = max((fm.horizontalAdvance(self.label(r)) for r in self.rows), default=60)
        return min(max(widest + 16, 90), 230, self.width() * 0.35)

    def _x(self, day: dt.date, lo: dt.date, hi: dt.date, left: float, right: float) -> float:
        return left + (right - left) * (day - lo).days / max((hi - lo).days, 1)

    def _row_at(self, y: float) -> int | None:
        i = int((y - AXIS_H) // ROW_H)
        return i if 0 <= i < len(self.rows) and y >= AXIS_H else None

    def today_rect(self) -> QRectF:
        """Where the red "today" tag sits above the axis."""
        fm = QFontMetricsF(self.font())
        lo, hi = self.span()
        xt = self._x(self.today, lo, hi, self._label_width(), self.width() - 12.0)
        tw = fm.horizontalAdvance(self.tr("today"))
        return QRectF(xt - tw / 2 - 4, 0, tw + 8, fm.height() + 2)

    def axis_labels(self) -> list[tuple[float, str]]:
        """The month/year labels drawn above the axis, as (x, text).

        A label the "today" tag would cover, or that would run off the right edge,
        is left out ("okt 2026" under "vandaag", "2027" cut off at 1024×700).
        """
        fm = QFontMetricsF(self.font())
        left, right = self._label_width(), self.width() - 12.0
        lo, hi = self.span()
        months = (hi.year - lo.year) * 12 + hi.month - lo.month
        every = 1 if months <= 14 else 3 if months <= 40 else 12
        loc = locale()
        today = self.today_rect().adjusted(-4, 0, 4, 0)
        labels: list[tuple[float, str]] = []
        day = dt.date(lo.year, lo.month, 1)
        while day <= hi:
            if day >= lo and (day.month - 1) % every == 0:
                x = self._x(day, lo, hi, left, right) + 3
                text = (
                    str(day.year)
                    if every == 12
                    else f"{loc.monthName(day.month, loc.FormatType.ShortFormat)} {day.year}"
                )
                box = QRectF(x, AXIS_H - 10 - fm.ascent(), fm.horizontalAdvance(text), fm.height())
                if not box.intersects(today) and box.right() <= self.width():
                    labels.append((x, text))
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return labels

    # --- painting ----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetricsF(self.font())
        label_w = self._label_width()
        left, right = label_w, self.width() - 12.0
        lo, hi = self.span()
        bottom = AXIS_H + len(self.rows) * ROW_H

        if not self.rows:
            p.setPen(QColor("#78909c"))
            p.drawText(
                QRectF(0, AXIS_H, self.width(), ROW_H),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No support registered yet."),
            )
            bottom = AXIS_H + ROW_H

        # ticks: months, labelled per quarter (or per year for long spans)
        months = (hi.year - lo.year) * 12 + hi.month - lo.month
        every = 1 if months <= 14 else 3 if months <= 40 else 12
        day = dt.date(lo.year, lo.month, 1)
        while day <= hi:
            major = (day.month - 1) % every == 0
            if day >= lo and (major or months <= 40):
                x = self._x(day, lo, hi, left, right)
                p.setPen(QPen(QColor("#eceff1" if not major else "#cfd8dc"), 1))
                p.drawLine(QPointF(x, AXIS_H - 4), QPointF(x, bottom))
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        p.setPen(QColor("#607d8b"))
        for x, text in self.axis_labels():
            p.drawText(QPointF(x, AXIS_H - 10), text)

        # rows
        for i, r in enumerate(self.rows):
            y = AXIS_H + i * ROW_H
            if i % 2:
                p.fillRect(QRectF(0, y, self.width(), ROW_H), QColor("#f7f9fa"))
            p.setPen(QColor("#263238") if r.current else QColor("#90a4ae"))
            name = fm.elidedText(self.label(r), Qt.TextElideMode.ElideRight, label_w - 12)
            p.drawText(QRectF(6, y, label_w - 10, ROW_H), Qt.AlignmentFlag.AlignVCenter, name)
            colour = QColor(KIND_COLOURS.get(r.partner_kind, "#546e7a"))
            if not r.current:
                colour = QColor("#b0bec5")
            x0 = self._x(r.start, lo, hi, left, right) if r.start else left
            x1 = self._x(r.end, lo, hi, left, right) if r.end else right
            bar = QRectF(x0, y + 6, max(x1 - x0, 3), ROW_H - 12)
            if r.structural:
                p.setPen(QPen(colour.darker(120), 1))
                p.setBrush(colour)
            else:
                p.setPen(QPen(colour.darker(110), 1.2, Qt.PenStyle.DashLine))
                fill = QColor(colour)
                fill.setAlpha(70)
                p.setBrush(fill)
                p.drawRoundedRect(bar, 3, 3)
                p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(bar, 3, 3)
            if r.end is None:
                tip = QPolygonF(
                    [
                        QPointF(right - 1, y + 4),
                        QPointF(right + 8, y + ROW_H / 2),
                        QPointF(right - 1, y + ROW_H - 4),
                    ]
                )
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawPolygon(tip)
            if r.renew_by is not None:
                xr = self._x(r.renew_by, lo, hi, left, right)
                cy = y + ROW_H / 2
                diamond = QPolygonF(
                    [
                        QPointF(xr, cy - 7),
                        QPointF(xr + 7, cy),
                        QPointF(xr, cy + 7),
                        QPointF(xr - 7, cy),
                    ]
                )
                p.setPen(QPen(QColor("white"), 1.5))
                p.setBrush(QColor("#ff8f00"))
                p.drawPolygon(diamond)

        # today
        xt = self._x(self.today, lo, hi, left, right)
        p.setPen(QPen(QColor("#d32f2f"), 2))
        p.drawLine(QPointF(xt, AXIS_H - 6), QPointF(xt, bottom))
        today_text = self.tr("today")
        p.fillRect(self.today_rect(), QColor("#d32f2f"))
        p.setPen(QColor("white"))
        p.drawText(self.today_rect(), Qt.AlignmentFlag.AlignCenter, today_text)

        # legend
        y = bottom + 8
        x = left
        items = [
            ("solid", self.tr("structural")),
            ("hatched", self.tr("one-off")),
            ("diamond", self.tr("renewal decision")),
            ("grey", self.tr("ended or declined")),
        ]
        for kind, text in items:
            box = QRectF(x, y + 3, 22, 11)
            dark = QColor("#546e7a")
            if kind == "solid":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(dark)
                p.drawRoundedRect(box, 2, 2)
            elif kind == "hatched":
                p.setPen(QPen(dark, 1, Qt.PenStyle.DashLine))
                p.setBrush(QBrush(dark, Qt.BrushStyle.BDiagPattern))
                p.drawRoundedRect(box, 2, 2)
            elif kind == "diamond":
                c = box.center()
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#ff8f00"))
                p.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(c.x(), c.y() - 6),
                            QPointF(c.x() + 6, c.y()),
                            QPointF(c.x(), c.y() + 6),
                            QPointF(c.x() - 6, c.y()),
                        ]
                    )
                )
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#b0bec5"))
                p.drawRoundedRect(box, 2, 2)
            p.setPen(QColor("#455a64"))
            p.drawText(QPointF(x + 28, y + 13), text)
            x += 28 + fm.horizontalAdvance(text) + 18
        p.end()

    # --- interaction -------------------------------------------------------

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            i = self._row_at(e.position().y() if hasattr(e, "position") else e.pos().y())
            if i is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(e.globalPos(), self.describe(self.rows[i]), self)
            return True
        return super().event(e)

    def describe(self, r: CommitmentRow) -> str:
        kind = labels.label(labels.support_kinds(), r.kind)
        lines = [f"{r.partner_name} → {r.initiative_name}", kind]
        if r.amount is not None:
            lines[-1] += f" · {format_euros(r.amount)}"
        lines.append(
            self.tr("From %1 to %2")
            .replace("%1", format_date(r.start) or "…")
            .replace("%2", format_date(r.end) or self.tr("open end"))
        )
        if r.renew_by:
            lines.append(self.tr("Renewal decision by %1").replace("%1", format_date(r.renew_by)))
        lines.append(self.tr("structural") if r.structural else self.tr("one-off"))
        return "\n".join(lines)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        i = self._row_at(event.position().y())
        if i is not None:
            self.rowActivated.emit(i)
