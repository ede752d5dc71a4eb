"""One record's history (who, when, field, old → new) with "Restore this value".

Record pages embed it as a tab: ``HistoryPanel(db, "person", 12)``. Rows are
newest first; a restore goes through ``liaison.trust.history.restore_field`` (so
it is audited and version-checked) and emits :attr:`HistoryPanel.restored` so the
page can reload its fields.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, NotFoundError
from liaison.services import records
from liaison.storage.db import Database
from liaison.trust.history import REDACTED, HistoryEntry, record_history, restore_field
from liaison.trust.retry import run_with_retry
from ui.core_text import core_text
from ui.formatting import format_date, format_datetime, format_euros, format_stamp
from ui.i18n import tr
from ui.widgets import labels

_ENUM_LABELS = {
    "kind": labels.organisation_kinds,
    "status": labels.organisation_statuses,
    "role": labels.roles,
    "channel": labels.channels,
    "legal_basis": labels.legal_bases,
}


def display_value(entity: str, field: str | None, text: str | None) -> str:
    """An audit value (ISO text) as a person reads it: Dutch dates, labels, "(removed)"."""
    if text is None:
        return ""
    if text == REDACTED:
        return tr("(removed)")
    if field in _ENUM_LABELS:
        table = _ENUM_LABELS[field]()
        if entity == "commitment" and field == "status":
            table = labels.commitment_statuses()
        if entity == "commitment" and field == "kind":
            table = labels.support_kinds()
        return labels.label(table, text)
    if text in ("true", "false"):
        return tr("yes") if text == "true" else tr("no")
    if entity == "commitment" and field == "amount":  # "1500.00" read as € 1.500,00
        with contextlib.suppress(ArithmeticError, ValueError):
            return format_euros(Decimal(text))
    try:
        if len(text) == 10:
            return format_date(dt.date.fromisoformat(text))
        if len(text) == 19 and text[4] == "-" and text[10] == " ":
            return format_datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        pass
    return text


#: Widest the action column gets (in characters) before a long import file name is cut.
ACTION_COLUMN_CHARS = 34


class HistoryModel(QAbstractTableModel):
    """History entries of one record, newest first (a record has hundreds at most)."""

    COLUMNS = ("when", "officer", "action", "field", "old", "new")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(reversed(entries))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("When"), tr("Officer"), tr("Action"), tr("Field"), tr("Old"), tr("New"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "when":
                return format_stamp(e.at)
            if column == "officer":
                return e.officer or ""
            if column == "action":
                action = labels.label(labels.audit_actions(), e.action)
                if e.import_file and e.import_undone:
                    return (
                        tr("%1 (undo of the import of “%2”)")
                        .replace("%1", action)
                        .replace("%2", e.import_file)
                    )
                if e.import_file:
                    return (
                        tr("%1 (import of “%2”)").replace("%1", action).replace("%2", e.import_file)
                    )
                return action
            if column == "field":
                return labels.label(labels.field_names(), e.field) if e.field else ""
            label = e.old_label if column == "old" else e.new_label
            if label is not None:
                return label
            value = e.old if column == "old" else e.new
            return display_value(e.entity, e.field, value)
        if role == Qt.ItemDataRole.ForegroundRole and column == "old" and e.old is not None:
            from ui.widgets import tone

            return tone.colour("error")
        return None

    def entry(self, row: int) -> HistoryEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None


class HistoryPanel(QWidget):
    """Who changed what and when, for one record; any old value can be put back."""

    restored = Signal(object)  # the HistoryEntry whose old value was restored

    def __init__(
        self, db: Database, entity: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.entity, self.record_id = db, entity, record_id
        self._version: int | None = None
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the action names the import's file: as wide as it needs, up to a limit (tooltip: all)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(tr("&Restore this value"), self)
        self.restore_button.setObjectName("restoreValue")
        self.restore_button.setToolTip(
            tr("Put the selected change's old value back (the restore is recorded too)")
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.reload()

    def reload(self) -> None:
        """Read the history again (one short read session)."""
        cls = records.entity_class(self.entity)
        try:
            with self.db.session_scope(write=False) as session:
                entries = record_history(session, self.entity, self.record_id)
                obj = records.get(session, cls, self.record_id, include_deleted=True)
                self._version = obj.version
        except NotFoundError:
            entries = []
        self.model.set_entries(entries)
        self.table.resizeColumnToContents(2)
        limit = self.fontMetrics().horizontalAdvance("x") * ACTION_COLUMN_CHARS
        if self.table.columnWidth(2) > limit:
            self.table.setColumnWidth(2, limit)
        self._selection_changed()
        if not entries:
            self.status.setText(tr("No changes recorded yet."))
        elif not self.status.text() or self.status.property("kind") != "result":
            self.status.setText(tr("%n change(s)", "", len(entries)))

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        entry = self.selected_entry()
        self.restore_button.setEnabled(bool(entry and entry.restorable))

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.restorable:
            return
        try:
            run_with_retry(
                self.db,
                lambda s: restore_field(
                    s, self.entity, self.record_id, entry.id, expected_version=self._version
                ),
            )
        except LiaisonError as exc:
            QMessageBox.warning(self, tr("Restore this value"), core_text(exc))
            self.reload()
            return
        field = labels.label(labels.field_names(), entry.field)
        value = entry.old_label or display_value(entry.entity, entry.field, entry.old)
        value = value or tr("(empty)")
        self.status.setProperty("kind", "result")
        self.status.setText(tr("%1 is back to “%2”.").replace("%1", field).replace("%2", value))
        self.reload()
        self.status.setProperty("kind", None)
        self.restored.emit(entry)
