"""A sentence in an empty table, so that "nothing here" reads as an answer, not a fault.

A list with no rows (an empty database, a filter nothing matches, an empty trash)
showed only its header over white space: an officer could not tell whether it was
still loading, broken, or truly empty, nor what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget

from ui.widgets import tone


class NotedTable(QTableView):
    """A table view that shows ``empty_text`` (when set) while its model has no rows, and
    that marks the row the keys will act on when the keyboard brings the focus to it.

    Qt gives such a table a current cell but no selection: Down then selected the second
    row, and in a trash of one record no arrow key could select it, so Ctrl+7 and
    Alt+T (Restore) did nothing until the mouse came out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """The sentence shown while there are no rows ("" for none, e.g. while loading)."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def showing_empty_text(self) -> str:
        """The sentence on screen now: set, and no rows to show."""
        model = self.model()
        empty = model is None or model.rowCount() == 0
        return self._empty_text if empty else ""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return  # the click selects its own row
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None or selection.hasSelection():
            return
        if model.rowCount() == 0:
            return
        current = self.currentIndex()
        index = model.index(current.row() if current.isValid() else 0, 0)
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        text = self.showing_empty_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(tone.colour("muted", self.palette()))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        box = QRect(area.left(), area.top() + area.height() // 5, area.width(), area.height())
        painter.drawText(
            box,
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            text,
        )
        painter.end()
