"""A table model over record ids (after Anki's browser table model).

All ids are fetched once, already sorted and filtered in SQL
(``liaison.services.queries.ids``); the cells of a row are fetched only when
the view draws it, a block of rows at a time, and cached. Sorting asks SQL for
a new id order instead of sorting in Python, so 100,000 rows stay quick.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from liaison.services import queries
from liaison.services.renewals import DUE_WITHIN, renewal_state
from liaison.services.settings import load_thresholds
from liaison.storage.db import Database
from ui.formatting import STAMP_FIELDS, format_date, format_datetime, format_euros, format_stamp
from ui.i18n import tr
from ui.models.labels import CODED_FIELDS, column_label, value_label
from ui.widgets import tone
from ui.worker import Op

#: Fills of due and overdue renewal dates: the ones the export's Steun sheet uses (Excel's
#: light yellow and light red), so the list and the workbook look alike.
OVERDUE_FILL = "#FFC7CE"
DUE_FILL = "#FFEB9C"
_MARK_ROLES = frozenset(
    {
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
BLOCK = 256  #: rows fetched per query when the view reaches uncached rows
FIRST_PAGE = 200  #: ids read at once so the first screen paints without waiting for all
FULL_LIST_DELAY_MS = 40  #: the full id list is read this long after the first screen
CACHE_ROWS = 8_192  #: rows kept in memory; the least recently drawn go first

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    sortable: bool = True
    kind: str = "text"  #: text, date, money, int, bool (from queries.ColumnInfo)


def format_value(key: str, value: Any) -> str:
    """A cell as people read it: Dutch dates and euros, translated codes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else ""
    if isinstance(value, dt.datetime):
        return format_stamp(value) if key in STAMP_FIELDS else format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_euros(value)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(format_value(key, v) for v in value)
    if isinstance(value, str) and key in CODED_FIELDS:
        return value_label(key, value)
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """Rows are record ids of one entity; cells come from ``queries.rows`` on demand."""

    completed = Signal()  #: all ids are known (rowCount is final)

    def __init__(self, db: Database, entity: str, *, only_deleted: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self.entity = entity
        self.only_deleted = only_deleted
        self.columns = [
            Column(c.key, column_label(c.key), c.sortable, c.kind) for c in queries.columns(entity)
        ]
        self.sort_key: str | None = None
        self.descending = False
        self.filters: dict[str, Any] = {}
        self.text = ""
        self._ids: list[int] = []
        self._loaded = False
        self._complete = True
        self._generation = 0
        self._op: Op | None = None
        self._pending: Any = None  #: the Progress (cancel flag) of the worker reading all ids
        self._cache: OrderedDict[int, Mapping[str, Any]] = OrderedDict()
        self.fetches = 0  #: number of row queries made (the tests watch laziness with it)
        self._due_within = DUE_WITHIN

    # --- querying ----------------------------------------------------------

    def query(self) -> queries.ListQuery:
        return queries.ListQuery(
            entity=self.entity,
            sort=self.sort_key,
            descending=self.descending,
            filters={k: v for k, v in self.filters.items() if v not in (None, "")},
            text=self.text or None,
            include_deleted=self.only_deleted,
            only_deleted=self.only_deleted,
        )

    def reload(self) -> None:
        """Fetch the ids again (after a filter, sort or data change); rows refill lazily.

        The first screenful of ids comes at once (a LIMIT query the index
        answers), so the table paints right away; all ids follow from a worker
        and the rows are appended when they arrive (``completed`` fires).
        """
        self._generation += 1
        generation = self._generation
        self._drop_pending()
        query = self.query()
        with self.db.session_scope(write=False) as session:
            first = list(queries.ids(session, query, limit=FIRST_PAGE))
            if self.entity == "commitment":  # the agenda's window marks due renewals
                self._due_within = dt.timedelta(days=load_thresholds(session).agenda_days)
        self.beginResetModel()
        self._loaded = True
        self._ids = first
        self._complete = len(first) < FIRST_PAGE
        self._cache.clear()
        self.endResetModel()
        if self._complete:
            self.completed.emit()
            return

        def all_ids(progress: Any) -> list[int] | None:
            if progress.cancelled():  # a newer reload came before this one started
                return None
            with self.db.session_scope(write=False) as session:
                return list(queries.ids(session, query))

        op = Op(self, all_ids).success(lambda ids: self._all_ids(generation, ids))
        op.failure(lambda _exc: None)  # the first page stays; the next reload retries
        op.finished.connect(op.deleteLater)  # one per reload: typing in the filter box made many
        self._op = op
        self._pending = op.progress
        if Op.run_inline:
            op.run_in_background()
        else:  # let the first screen paint before the worker competes for the interpreter
            QTimer.singleShot(FULL_LIST_DELAY_MS, op.run_in_background)

    def _drop_pending(self) -> None:
        """Tell the worker of an earlier reload not to read all ids if it has not begun.

        Each sort click, filter choice or pause in typing reloads; on a big database
        every superseded worker still read all ids (150-400 ms each) one after the other
        on the pool's threads, so the list wanted last got its ids seconds later.
        """
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def _all_ids(self, generation: int, ids: list[int] | None) -> None:
        if ids is None or generation != self._generation or self._complete:
            return  # a newer query (or ensure_complete) got there first
        known = len(self._ids)
        if ids == self._ids:  # exactly one first page: nothing to add, nothing to reset
            self._complete = True
        elif ids[:known] == self._ids and len(ids) > known:
            self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
            self._ids = ids
            self._complete = True
            self.endInsertRows()
        else:  # the data changed in between: start over with the full list
            self.beginResetModel()
            self._ids = ids
            self._complete = True
            self._cache.clear()
            self.endResetModel()
        self.completed.emit()

    def is_complete(self) -> bool:
        return self._complete

    def ensure_complete(self) -> None:
        """Read all ids now if the worker has not delivered them yet (e.g. to find a row)."""
        if self._complete:
            return
        self._drop_pending()
        with self.db.session_scope(write=False) as session:
            ids = list(queries.ids(session, self.query()))
        self._all_ids(self._generation, ids)

    def set_filter(self, key: str, value: Any) -> None:
        self.filters[key] = value
        self.reload()

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self.reload()

    def ids(self) -> list[int]:
        """Every id in the list's order (waits for the full list if need be)."""
        self.ensure_complete()
        return list(self._ids)

    def ids_in(self, first: int, last: int) -> list[int]:
        """The ids of rows ``first`` to ``last`` (inclusive) that exist."""
        return self._ids[max(first, 0) : max(last + 1, 0)]

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        if record_id not in self._ids:
            self.ensure_complete()
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record(self, row: int) -> Mapping[str, Any]:
        """The row's values (fetching its block if needed)."""
        record_id = self._ids[row]
        cached = self._cache.get(record_id)
        if cached is not None:
            self._cache.move_to_end(record_id)
            return cached
        self._fetch_block(row)
        return self._cache.get(record_id, {})

    def _fetch_block(self, row: int) -> None:
        start = max(0, row - BLOCK // 4)
        wanted = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        with self.db.session_scope(write=False) as session:
            fetched = queries.rows(session, self.entity, wanted)
        self.fetches += 1
        for record_id in wanted:
            self._cache[record_id] = fetched.get(record_id, {})
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def forget(self, record_ids: list[int] | None = None) -> None:
        """Drop cached rows (after an edit) so they are read again when drawn."""
        if record_ids is None:
            self._cache.clear()
        else:
            for record_id in record_ids:
                self._cache.pop(record_id, None)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    # --- Qt model ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(key, self.record(index.row()).get(key))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].kind in (
            "money",
            "int",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key in ("renew_by", "end") and self.entity == "commitment" and role in _MARK_ROLES:
            return self._renewal_mark(index.row(), key, role)
        return None

    def renewal(self, row: int) -> tuple[str | None, str | None]:
        """("due"|"overdue"|None, its field) for a support row: the agenda's rule."""
        values = self.record(row)
        return renewal_state(
            values.get("status"),
            values.get("end"),
            values.get("renew_by"),
            dt.date.today(),
            self._due_within,
        )

    def _renewal_mark(self, row: int, key: str, role: int) -> Any:
        """Overdue renewal decisions on red and bold, due ones on yellow, with a tooltip."""
        state, field = self.renewal(row)
        if state is None or field != key:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(OVERDUE_FILL if state == "overdue" else DUE_FILL)
        if role == Qt.ItemDataRole.ForegroundRole:  # the fills are light in dark mode too
            return QColor(tone.INK)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(state == "overdue")
            return font
        day = self.record(row).get(key)
        if state == "overdue":
            return tr("The renewal decision was due on %1.").replace("%1", format_value(key, day))
        if key == "end":
            return tr("This support ends on %1.").replace("%1", format_value(key, day))
        return tr("The renewal decision is due on %1.").replace("%1", format_value(key, day))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # else the first reload() reads the ids in this order
            self.reload()
