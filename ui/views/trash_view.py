"""The trash (Prullenbak): deleted records, newest first, restorable with what went with them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.services.trash import TrashRow, trash_rows
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.formatting import format_date, format_stamp
from ui.i18n import tr
from ui.models.labels import entity_label, value_label
from ui.views.empty_note import NotedTable
from ui.worker import IN_PLACE_RECORDS, run_with_progress

if TYPE_CHECKING:
    from liaison.services import editing


@dataclass(frozen=True)
class TrashItem:
    entity: str  #: records entity name: organisation, person, commitment, interaction
    record_id: int
    kind: str  #: what people call it: initiative, partner, person, commitment, interaction
    title: str
    deleted_at: dt.datetime
    deleted_by: str


def _describe(row: TrashRow) -> str:
    """The title a trashed record is listed under."""
    if row.entity == "commitment":
        # kind and period: a partner's yearly renewals were five identical lines
        bits = [value_label("kind", row.support_kind or "")]
        if row.start or row.end:
            bits.append(f"{format_date(row.start) or '…'} – {format_date(row.end) or '…'}")
        return f"{row.name} → {row.initiative} ({', '.join(bits)})"
    if row.entity == "interaction":
        return f"{format_date(row.occurred_at)} {row.name}".strip()
    return row.name


def load_trash(db: Database) -> list[TrashItem]:
    """Every trashed record, newest first (one read session, plain rows: no ORM objects)."""
    with db.session_scope(write=False) as session:
        found = trash_rows(session)
    return [
        TrashItem(r.entity, r.record_id, r.kind, _describe(r), r.deleted_at, r.deleted_by)
        for r in found
    ]


class TrashModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[TrashItem] = []

    def set_items(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("What"), tr("Name"), tr("Deleted"), tr("Deleted by"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # only the cell asked for: see TrashView
            column = index.column()
            if column == 0:
                return entity_label(item.kind)
            if column == 1:
                return item.title
            return format_stamp(item.deleted_at) if column == 2 else item.deleted_by
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


class TrashView(QWidget):
    """Lists the trash; Restore brings the selected records back."""

    restored = Signal(list)  #: list of (entity, id)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("trash")
        self.model = TrashModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        intro = QLabel(
            tr(
                "Deleted records stay here until you restore them. "
                "Restoring brings back the roles and support deleted with them."
            )
        )
        intro.setWordWrap(True)
        bar.addWidget(intro, 1)
        self.restore_button = QPushButton(tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        bar.addWidget(self.restore_button)
        layout.addLayout(bar)
        self.table = NotedTable()
        self.table.setAccessibleName(tr("Records in the trash"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to Restore, not cell to cell
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(90)
        # Columns sized to the first rows, not all: with 13,364 records in the trash (a
        # cleared import) sizing to every row read 73,000 cells and showing the trash
        # took 570 ms beyond reading it.
        hh.setResizeContentsPrecision(200)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(bool(self.selected()))
        )
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        self.model.set_items(load_trash(self.db))
        self.table.set_empty_text(tr("The trash is empty."))  # the line above says the rest

    def selected(self) -> list[TrashItem]:
        # from the selection's row ranges: selectedRows() makes an index per row
        ranges = self.table.selectionModel().selection()
        rows = sorted({row for r in ranges for row in range(r.top(), r.bottom() + 1)})
        return [self.model.items[r] for r in rows if r < len(self.model.items)]

    def restore_selected(self) -> list[TrashItem]:
        """Restore the selected records (one write session); returns what came back.

        Support whose partner or initiative is still in the trash stays there (it would
        come back pointing at a deleted organisation: listed under Support, missing on
        the initiative's page); the user is told which organisation to restore first.
        Many records are restored in a worker behind a progress bar: the list returned
        is then empty, and ``restored`` says what came back when it is done.
        """
        from liaison.services import editing  # loaded on first use: not at start-up

        items = self.selected()
        if not items:
            return []
        chosen = [(i.entity, i.record_id) for i in items]

        def work(progress: Any = None) -> editing.TrashRestore:
            with self.db.session_scope() as session:
                return editing.restore_from_trash(session, chosen, progress)

        if len(items) > IN_PLACE_RECORDS:
            self.restore_op = run_with_progress(
                self,
                tr("Restore"),
                tr("Restoring %1 records…").replace("%1", QLocale().toString(len(items))),
                work,
                lambda outcome: self._restored(items, outcome),
                cancel_text=tr("Stop"),
            )
            return []
        try:
            outcome = work()
        except LiaisonError as exc:
            QMessageBox.warning(self, tr("Restore"), core_text(exc))
            return []
        return self._restored(items, outcome)

    def _restored(self, items: list[TrashItem], outcome: editing.TrashRestore) -> list[TrashItem]:
        """Show the trash as it is now, say what stayed and why, tell the window what is back."""
        by_key = {(i.entity, i.record_id): i for i in items}
        done = [by_key[key] for key in outcome.done]
        self.load()
        if outcome.blocked:
            QMessageBox.information(
                self,
                tr("Restore"),
                "\n".join(
                    tr("“%1” was not restored: “%2” is in the trash. Restore “%2” first.")
                    .replace("%1", by_key[key].title)
                    .replace("%2", name)
                    for key, name in outcome.blocked[:10]
                ),
            )
        if done:
            self.restored.emit([(i.kind, i.record_id) for i in done])
        return done
