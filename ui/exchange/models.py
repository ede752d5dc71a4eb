"""Item models of the import wizard: mapping, preview with problems, near duplicates.

Small, plain models over data the importer already holds in memory (a plan
of one sheet); the views ask for rows as they paint them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from liaison.exchange.mapping import column_letter
from ui.core_text import core_text
from ui.formatting import format_date, format_datetime, format_euros
from ui.i18n import tr
from ui.widgets import tone

Index = QModelIndex | QPersistentModelIndex
ERROR_COLOUR = QColor("#FFC7CE")
WARNING_COLOUR = QColor("#FFEB9C")
MERGE_COLOUR = QColor("#E2EFDA")
#: Text on those pastel cells, also when the palette is dark (Windows dark mode).
MARKED_TEXT = QColor(tone.INK)
#: Near duplicates at least this alike (rapidfuzz score) are pre-set to "merge".
MERGE_BY_DEFAULT = 95.0


def cell_display(value: Any) -> str:
    """A cell as the officer typed it, with dates and euros the Dutch way."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return format_date(value.date())
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_euros(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):  # 2250.5 from Excel is 2250,5 to a Dutch officer
        return repr(value).replace(".", QLocale().decimalPoint())
    return str(value)


class TitledTableModel(QAbstractTableModel):
    """A table over a Python list with titled columns: subclasses say which list
    (:meth:`row_items`) and the titles (:meth:`column_titles`)."""

    @staticmethod
    def column_titles() -> list[str]:
        raise NotImplementedError

    def row_items(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.row_items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_titles())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.column_titles()[section]
        return None


class MappingModel(TitledTableModel):
    """One row per sheet column: letter, header, examples, and the field it feeds."""

    TARGET = 3

    @staticmethod
    def column_titles() -> list[str]:
        return [tr("Column"), tr("Header"), tr("Examples"), tr("Imported as")]

    def __init__(
        self,
        headers: Sequence[str],
        samples: Sequence[Sequence[Any]],
        targets: dict[int, str | None],
        choices: Sequence[tuple[str | None, str]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.samples = [list(s) for s in samples]
        self.targets = dict(targets)
        self.choices = list(choices)  # (target key or None, label)
        self._labels = dict(self.choices)

    def row_items(self) -> Sequence[Any]:
        return self.headers

    def examples(self, row: int) -> str:
        values = [cell_display(s[row]) for s in self.samples if row < len(s)]
        # "; " between examples: a comma is also the Dutch decimal sign ("2250,5, 750")
        text = "; ".join(v for v in values if v)
        return text if len(text) <= 90 else text[:89].rstrip("; ") + "…"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return column_letter(row)
            if col == 1:
                return self.headers[row] or tr("(no header)")
            if col == 2:
                return self.examples(row)
            if col == self.TARGET:
                return self._labels.get(self.targets.get(row), tr("— not imported —"))
        if role == Qt.ItemDataRole.EditRole and col == self.TARGET:
            return self.targets.get(row)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == self.TARGET
            and self.targets.get(row) is None
        ):
            return QBrush(QColor("#777777"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        target = value or None
        row = index.row()
        if self.targets.get(row) == target:
            return False
        # A field is fed by one column at most: the column that had it lets go.
        if target is not None:
            for other, t in list(self.targets.items()):
                if t == target and other != row:
                    self.targets[other] = None
                    changed = self.index(other, self.TARGET)
                    self.dataChanged.emit(changed, changed)
        self.targets[row] = target
        self.dataChanged.emit(index, index)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (value, label) choices for one column of a model."""

    def __init__(self, choices: Callable[[], Sequence[tuple[Any, str]]], parent: Any = None):
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self._choices():
            combo.addItem(label, value)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.setProperty("choiceRow", index.row())
        combo.setProperty("choiceColumn", index.column())
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Tab moves to the next widget, not the next cell: cell by cell it never left the table."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            return False  # the combo box passes it on to the focus chain
        if event.type() == QEvent.Type.FocusIn and isinstance(editor, QWidget):
            _scroll_to_editor(editor)
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        pos = editor.findData(current)
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _scroll_to_editor(editor: QWidget) -> None:
    """A combo box reached with Tab below the fold is scrolled into view."""
    viewport = editor.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    row, column = editor.property("choiceRow"), editor.property("choiceColumn")
    if isinstance(view, QAbstractItemView) and view.model() is not None and row is not None:
        view.scrollTo(view.model().index(int(row), int(column)))


def open_choice_editors(
    view: QAbstractItemView, column: int, after: Sequence[QWidget] = ()
) -> None:
    """Show the combo boxes of ``column`` and put them in the Tab order: table, combos, ``after``."""
    model = view.model()
    view.setTabKeyNavigation(False)
    chain: list[QWidget] = [view]
    for row in range(model.rowCount()):
        index = model.index(row, column)
        view.openPersistentEditor(index)
        editor = view.indexWidget(index)
        if editor is not None:
            chain.append(editor)
    chain.extend(after)
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


class PreviewModel(QAbstractTableModel):
    """The sheet's data rows; cells with a problem are coloured and explain themselves."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[tuple[int, Sequence[Any]]],
        problems: Sequence[Any],
        targets: dict[int, str | None] | None = None,
        target_labels: dict[str, str] | None = None,
        parent: Any = None,
        *,
        known_columns: bool = False,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows = list(rows)
        self.known_columns = known_columns  # a Liaison export: no "→ field" line
        self.targets = targets or {}
        self.target_labels = target_labels or {}
        self.cell_problems: dict[tuple[int, int], list[Any]] = defaultdict(list)
        self.row_problems: dict[int, list[Any]] = defaultdict(list)
        for p in problems:
            col = getattr(p, "column", None)
            if isinstance(col, int):
                self.cell_problems[(p.row, col)].append(p)
            else:
                self.row_problems[p.row].append(p)
        self._row_of = {sheet_row: i for i, (sheet_row, _v) in enumerate(self.rows)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def problems_at(self, row: int, col: int) -> list[Any]:
        sheet_row = self.rows[row][0]
        return self.cell_problems.get((sheet_row, col), [])

    def rows_with_problems(self) -> set[int]:
        """Sheet rows that have a coloured cell or a problem of their own."""
        return {row for row, _col in self.cell_problems} | set(self.row_problems)

    @staticmethod
    def _is_error(problems: Sequence[Any]) -> bool:
        return any(getattr(p, "severity", "error") == "error" for p in problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = self.rows[row][1]
            return cell_display(values[col]) if col < len(values) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            found = self.problems_at(row, col)
            if found:
                return QBrush(ERROR_COLOUR if self._is_error(found) else WARNING_COLOUR)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and self.problems_at(row, col):
            return QBrush(MARKED_TEXT)  # the palette's white text of dark mode vanishes on pastel
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.problems_at(row, col)
            if found:
                return "\n".join(core_text(p.message) for p in found)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                header = self.headers[section] or column_letter(section)
                if self.known_columns:
                    return header
                target = self.targets.get(section)
                label = self.target_labels.get(target, "") if target else tr("not imported")
                return f"{header}\n→ {label}"
            return None
        sheet_row = self.rows[section][0]
        found = self.row_problems.get(sheet_row, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(sheet_row)
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return "\n".join(core_text(p.message) for p in found)
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return QBrush(ERROR_COLOUR if self._is_error(found) else WARNING_COLOUR)
        return None


class ProblemRowsFilter(QSortFilterProxyModel):
    """Shows only the rows of a :class:`PreviewModel` that have a problem, when on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keep: set[int] | None = None

    def set_only_problems(self, on: bool) -> None:
        source = self.sourceModel()
        self.beginFilterChange()
        self._keep = source.rows_with_problems() if on and source is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._keep is None:
            return True
        return self.sourceModel().rows[source_row][0] in self._keep


class DuplicatesModel(TitledTableModel):
    """Near matches to review: what the sheet says, what exists, merge or keep separate."""

    DECISION = 5

    @staticmethod
    def column_titles() -> list[str]:
        return [
            tr("Row"),
            tr("Kind"),
            tr("In the sheet"),
            tr("Looks like"),
            tr("Similarity"),
            tr("Decision"),
        ]

    def __init__(self, items: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.items = list(items)
        # Nearly identical names start as "merge"; the officer confirms or changes it.
        self.decisions: dict[int, str] = {
            i: "merge" if float(getattr(it, "score", 0)) >= MERGE_BY_DEFAULT else "separate"
            for i, it in enumerate(self.items)
        }

    def choices(self) -> list[tuple[str, str]]:
        return [("merge", tr("Same: merge")), ("separate", tr("Different: keep separate"))]

    def row_items(self) -> Sequence[Any]:
        return self.items

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                rows = getattr(item, "rows", None) or []
                return ", ".join(str(r) for r in rows[:3]) + ("…" if len(rows) > 3 else "")
            if col == 1:
                return kind_label(getattr(item, "entity", ""))
            if col == 2:
                return str(getattr(item, "name", "") or "")
            if col == 3:
                name = str(getattr(item, "candidate_name", "") or "")
                rows = getattr(item, "candidate_rows", None) or []
                if getattr(item, "in_sheet", False) and rows:  # another name in the sheet
                    return tr("{name} (row {row} of the sheet)").format(name=name, row=rows[0])
                return name
            if col == 4:
                score = getattr(item, "score", None)
                return f"{round(float(score))}%" if score is not None else ""
            if col == self.DECISION:
                return dict(self.choices())[self.decisions[index.row()]]
        if role == Qt.ItemDataRole.EditRole and col == self.DECISION:
            return self.decisions[index.row()]
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and col == self.DECISION
            and self.decisions[index.row()] == "merge"
        ):
            return QBrush(MERGE_COLOUR)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == self.DECISION
            and self.decisions[index.row()] == "merge"
        ):
            return QBrush(MARKED_TEXT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.DECISION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.DECISION
            or value
            not in (
                "merge",
                "separate",
            )
        ):
            return False
        self.decisions[index.row()] = value
        self.dataChanged.emit(index, index)
        return True


def kind_label(entity: str) -> str:
    labels = {
        "organisation": tr("organisation"),
        "initiative": tr("initiative"),
        "partner": tr("partner"),
        "person": tr("person"),
        "commitment": tr("support"),
    }
    return labels.get(entity, tr("record"))
