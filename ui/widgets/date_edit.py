"""A date field that may stay empty, accepts fast typing and has a calendar on F4.

Qt's QDateEdit cannot be empty and is slow to type into; officers write
"4-12", "4-12-26", "+7" (a week from today) or "vandaag" and move on.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui.formatting import format_date, from_qdate, to_qdate

_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_REL = re.compile(r"^\+\s*(\d{1,3})\s*([dwm]?)$")

_TODAY_WORDS = {"vandaag", "today", "nu", "now"}
_TOMORROW_WORDS = {"morgen", "tomorrow"}


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """Parse a date typed by a Dutch user; None for empty; ValueError if not a date."""
    today = today or dt.date.today()
    s = (text or "").strip().lower()
    if not s:
        return None
    if s in _TODAY_WORDS:
        return today
    if s in _TOMORROW_WORDS:
        return today + dt.timedelta(days=1)
    if m := _REL.match(s):
        n, unit = int(m.group(1)), m.group(2) or "d"
        if unit == "w":
            return today + dt.timedelta(weeks=n)
        if unit == "m":
            month = today.month - 1 + n
            year, month = today.year + month // 12, month % 12 + 1
            q = QDate(year, month, 1)
            return dt.date(year, month, min(today.day, q.daysInMonth()))
        return today + dt.timedelta(days=n)
    if m := _ISO.match(s):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _COMPACT.match(s):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DMY.match(s):
        d, mo = int(m.group(1)), int(m.group(2))
        y_text = m.group(3)
        if y_text is None:
            y = today.year
        elif len(y_text) == 2:
            y = 2000 + int(y_text)
        else:
            y = int(y_text)
    else:
        return _written_out(s, today)
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValueError("no such day") from None


def _written_out(text: str, today: dt.date) -> dt.date:
    """A date with its month in words ("1 mei 2026"; "15 juni" is this year), read as the
    importer reads a cell."""
    from liaison.exchange.values import ValueProblem
    from liaison.exchange.values import parse_date as parse_cell_date

    with_year = text if re.search(r"\d{4}", text) else f"{text} {today.year}"
    try:
        found = parse_cell_date(with_year)
    except ValueProblem:
        raise ValueError("not a date") from None
    if found is None:
        raise ValueError("not a date")
    return found


class DateEdit(QWidget):
    """An optional date: a line edit (dd-mm-jjjj) plus a calendar button (F4 / Alt+↓)."""

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Choose from a calendar (F4)"))
        self.button.setAccessibleName(self.button.toolTip())  # a screen reader said "▾"
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _t: self.dateChanged.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.setToolTip(
            self.tr('Type 31-12-2026, 31-12, "+7" (in a week), "+2w", "+3m" or "vandaag".')
        )

    # --- value -------------------------------------------------------------

    def date(self) -> dt.date | None:
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def setDate(self, value: dt.date | None) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(format_date(value) if value else "")

    def text(self) -> str:
        return self.edit.text()

    def error(self) -> str | None:
        try:
            value = parse_date(self.edit.text())
        except ValueError as exc:
            if str(exc) == "no such day":
                return QCoreApplication.translate(
                    "DateEdit", "That day does not exist; check the day and the month."
                )
            return QCoreApplication.translate(
                "DateEdit", "Write a date as day-month-year, for example 31-12-2026."
            )
        if value is None and self.required:
            return QCoreApplication.translate("DateEdit", "A date is needed here.")
        return None

    def _tidy(self) -> None:
        value = self.date()
        if value is not None:
            tidy = format_date(value)
            if tidy != self.edit.text():
                self.edit.setText(tidy)

    # --- calendar ----------------------------------------------------------

    def show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(False)
        current = self.date()
        calendar.setSelectedDate(to_qdate(current) if current else QDate.currentDate())
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(qdate: QDate) -> None:
            self.setDate(from_qdate(qdate))
            menu.close()
            self.edit.setFocus()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.setFocus()

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802 - Qt naming
        if (
            obj is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.show_calendar()
                return True
        return super().eventFilter(obj, event)
