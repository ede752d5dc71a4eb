"""Earlier imports, each undoable later: the app's side of ``liaison imports`` / ``undo-import``.

The wizard's summary offers "Undo this import" only until it is closed; the
issue promises an import can be undone later in the app too. The list comes
from :func:`liaison.exchange.undo.list_batches` (one read session), the undo is
:func:`liaison.exchange.undo.undo_import` in a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.exchange.undo import BatchInfo, list_batches, undo_import
from liaison.storage.db import Database
from ui.exchange.import_wizard import failure_sentence
from ui.exchange.models import TitledTableModel
from ui.exchange.warmup import warm_up
from ui.formatting import format_datetime
from ui.i18n import tr
from ui.widgets import tone
from ui.widgets.mnemonics import give_mnemonics
from ui.worker import Op

Index = QModelIndex | QPersistentModelIndex


class BatchesModel(TitledTableModel):
    """One row per import, newest first (a few hundred at most: held in memory)."""

    def __init__(self, batches: list[BatchInfo], parent: Any = None) -> None:
        super().__init__(parent)
        self.batches = batches

    @staticmethod
    def column_titles() -> list[str]:
        return [tr("Imported"), tr("File"), tr("Sheet"), tr("By"), tr("Rows"), tr("Undone")]

    def row_items(self) -> list[BatchInfo]:
        return self.batches

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self.batches[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return format_datetime(b.imported_at)
            if col == 1:
                return b.file_name
            if col == 2:
                return b.sheet or tr("all sheets")
            if col == 3:
                return b.imported_by or ""
            if col == 4:
                s = b.summary
                if "imported" not in (s or {}):  # the demo data: no rows of a sheet
                    return ""
                text = tr("%n imported", None, int(s["imported"]))
                if s.get("rejected"):  # as 'liaison imports' says: the rows that did not come in
                    text += ", " + tr("%n rejected", None, int(s["rejected"]))
                return text
            if col == 5:
                return format_datetime(b.undone_at) if b.undone_at else ""
        if role == Qt.ItemDataRole.ForegroundRole and b.undone_at is not None:
            return QBrush(QColor("#777777"))
        return None


class ImportsDialog(QDialog):
    """Earlier imports with "Undo import"; ``undone(batch_uuid)`` tells the window to refresh."""

    undone = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        warm_up()  # before the worker: a first import off the UI thread can crash PySide6
        self.db = db
        self.op: Op | None = None
        self.setWindowTitle(tr("Earlier imports"))
        self.setMinimumSize(820, 380)
        intro = QLabel(
            tr(
                "Undoing an import removes the records it created and puts back the values "
                "it changed. It is refused when those records were changed since."
            )
        )
        intro.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("importsView")
        self.view.setAccessibleName(self.windowTitle())  # a screen reader names the table
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)  # a long file name is elided, not wrapped
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(" ")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.undo_button = self.buttons.addButton(
            tr("&Undo import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.undo_button.setAutoDefault(False)  # Enter on the list is not "undo this import"
        self.confirm_box: QMessageBox | None = None  # open while asking
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.close_button.setDefault(True)  # inside the dialog now, so Qt keeps it
        give_mnemonics(self)
        self.model: BatchesModel | None = None
        self.reload()

    def reload(self) -> None:
        with self.db.session_scope(write=False) as session:
            batches = list_batches(session)
        self.model = BatchesModel(batches, self)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if batches:
            self.view.selectRow(0)
        else:
            self.status.setText(tr("Nothing has been imported into this database yet."))
        self._update_buttons()

    def selected(self) -> BatchInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows or self.model is None:
            return None
        return self.model.batches[rows[0].row()]

    def _update_buttons(self, *_args: Any) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(
            self.op is None and batch is not None and batch.undone_at is None
        )

    def confirm(self, batch: BatchInfo) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Undo import"),
            tr(
                "Undo the import of '{file}' of {when}? The records it created are removed "
                "and the values it changed are put back."
            ).format(file=batch.file_name, when=format_datetime(batch.imported_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box
        answer = box.exec()
        self.confirm_box = None
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None or self.op is not None:
            return
        if not self.confirm(batch):
            return
        db, key = self.db, batch.uuid
        self.status.setStyleSheet("")
        self.status.setText(tr("Undoing the import…"))
        self.busy.show()
        self.op = Op(self, lambda _progress: undo_import(db, key))
        self.op.success(lambda _report: self._undone(key)).failure(self._failed)
        self._update_buttons()
        self.op.run_in_background()

    def _undone(self, key: str) -> None:
        self.op = None
        self.busy.hide()
        self.reload()
        self.status.setText(tr("The import was undone; the database is as it was before."))
        self.undone.emit(key)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.busy.hide()
        self.status.setStyleSheet(tone.css(self, "error"))
        self.status.setText(failure_sentence(exc))
        self._update_buttons()

    def reject(self) -> None:
        if self.op is not None:  # an undo cannot be cancelled: let it end
            return
        super().reject()


def open_imports_dialog(db: Database, parent: QWidget) -> None:
    dialog = ImportsDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    refresh = getattr(parent, "refresh", None)
    if callable(refresh):
        dialog.undone.connect(lambda _key: refresh())
    dialog.exec()


__all__ = ["ImportsDialog", "open_imports_dialog"]
