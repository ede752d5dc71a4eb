"""Privacy (AVG/GDPR) in the app: access export, forget with a confirmation that names what
goes, and the retention review list (forget or keep)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.storage.db import Database
from liaison.trust import privacy
from liaison.trust.retry import run_with_retry
from ui.core_text import core_text
from ui.formatting import format_date
from ui.i18n import tr
from ui.trust.wrap_label import WrapLabel
from ui.widgets import labels
from ui.widgets.mnemonics import give_mnemonics
from ui.worker import Op


def _elide(text: str, width: int = 56) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _mention_label(m: privacy.Mention) -> str:
    kind = labels.label(labels.entity_names(), m.entity)
    field = labels.label(labels.field_names(), m.field)
    return f"{kind.capitalize()} {m.record_id} · {field}: “{_elide(m.text)}”"


# --- pick a person -------------------------------------------------------------


class PersonPickerDialog(QDialog):
    """Type part of a name, pick the person (the Privacy menu's first step)."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets.record_picker import RecordPicker

        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.picker = RecordPicker(
            privacy_people(db), self, multiple=False, placeholder=tr("Type part of a name…")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(tr("Person:"), self.picker)
        layout.addRow(buttons)
        # The picker holds the line edit; a label's Alt letter needs the edit itself.
        layout.labelForField(self.picker).setBuddy(self.picker.edit)
        give_mnemonics(self)

    def person_id(self) -> int | None:
        ref = self.picker.ref()
        return ref.id if ref else None


def privacy_people(db: Database) -> Callable[[str], list[Any]]:
    """The picker's people for a privacy request: those in the trash too, marked so.

    A person moved to the trash keeps every detail in the database; the usual
    completion leaves them out, so their access or erasure request could not be
    carried out in the app at all.
    """
    from liaison.services.relations import Ref

    def find(prefix: str) -> list[Ref]:
        with db.session_scope(write=False) as session:
            found = privacy.find_people(session, prefix)
        return [
            Ref("person", person_id, in_trash_label(name) if in_trash else name)
            for person_id, name, in_trash in found
        ]

    return find


def in_trash_label(name: str) -> str:
    return tr("%1 (in the trash)").replace("%1", name)


def pick_person_then(
    parent: QWidget, db: Database, action: Callable[[QWidget, Database, int], Any]
) -> Any:
    dialog = PersonPickerDialog(db, tr("Choose a person"), parent)
    if dialog.exec() and dialog.person_id() is not None:
        return action(parent, db, dialog.person_id())  # type: ignore[arg-type]
    return None


# --- access export -------------------------------------------------------------


def _safe_file_part(name: str) -> str:
    return re.sub(r"[^\w.-]+", "-", name).strip("-") or "persoon"


def export_person_dialog(
    parent: QWidget | None, db: Database, person_id: int, path: Path | None = None
) -> Op | None:
    """Ask where (unless ``path``), then write the access export in a worker."""
    if path is None:
        with db.session_scope(write=False) as session:
            # the name alone: the whole forget preview (every mention, searched through
            # the contact log) took 1.4 s on a team lead's database before the file dialog
            name = privacy.person_name(session, person_id)
        stamp = dt.date.today().isoformat()
        suggested = Path.home() / f"inzage-{_safe_file_part(name)}-{stamp}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            parent, tr("Access export"), str(suggested), tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)

    def done(written: Path) -> None:
        if parent is not None:
            QMessageBox.information(
                parent,
                tr("Access export"),
                tr("Everything stored about this person is in %1.").replace("%1", str(written))
                + "\n\n"
                + tr(
                    "Before you hand it over, read the notes and mentions in it: remove what "
                    "they say about other people, whose data is not theirs to receive."
                )
                + "\n\n"
                + tr("The file holds personal data: hand it over securely and delete your copy."),
            )

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, tr("Access export"), core_text(exc))

    op = Op(parent, lambda progress: privacy.export_person(db, person_id, path, progress=progress))
    return op.success(done).failure(failed).run_in_background()


# --- forget --------------------------------------------------------------------


class ForgetDialog(QDialog):
    """Names exactly what will be erased and what stays; needs an explicit tick to go on."""

    def __init__(self, db: Database, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.person_id = db, person_id
        self.report: privacy.ForgetReport | None = None
        with db.session_scope(write=False) as session:
            self.preview = p = privacy.forget_preview(session, person_id)
        self.setWindowTitle(tr("Forget a person"))
        self.setMinimumWidth(680)
        heading = WrapLabel("", self)
        heading.setText(
            "<b>"
            + tr("Remove the personal data of %1?").replace("%1", p.name.replace("<", "&lt;"))
            + "</b>"
        )
        gone = QListWidget(self)
        gone.setObjectName("removed")
        items = [tr("Name: %1").replace("%1", p.name)]
        if p.email:
            items.append(tr("E-mail: %1").replace("%1", p.email))
        if p.phone:
            items.append(tr("Phone: %1").replace("%1", p.phone))
        if p.has_notes:
            items.append(tr("Notes about this person"))
        if p.audit_entries:
            items.append(tr("%n earlier value(s) in the history", "", p.audit_entries))
        if p.audit_mentions:
            items.append(tr("%n mention(s) in other records' history", "", p.audit_mentions))
        items.extend(tr("Mention in %1").replace("%1", _mention_label(m)) for m in p.mentions)
        gone.addItems(items)
        gone.setMinimumHeight(min(200, 8 + 20 * len(items)))
        gone.setMaximumHeight(min(320, 12 + 20 * len(items)))
        stays = WrapLabel("", self)
        stays.setText(
            tr(
                "What stays: %1 contact moment(s) and %2 role(s), shown under "
                "“Verwijderde persoon”, so that the counts per initiative remain right. "
                "Backups made before today still contain the data until they are rotated out "
                "(after at most 12 months); restoring one of them keeps this person forgotten. "
                "An unreadable fingerprint of the e-mail address, mobile number and name is kept, "
                "so that an import does not add this person again. "
                "Files saved earlier (exports, workbooks of rejected rows) are not changed: "
                "delete those yourself."
            )
            .replace("%1", str(p.interactions_kept))
            .replace("%2", str(p.roles_kept))
        )
        self.understood = QCheckBox(tr("&I understand that this cannot be undone"), self)
        self.understood.setObjectName("understood")
        buttons = QDialogButtonBox(self)
        self.forget_button = QPushButton(tr("Remove personal data"), self)
        self.forget_button.setObjectName("forgetButton")
        self.forget_button.setEnabled(False)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.forget_button.clicked.connect(self.forget)
        self.understood.toggled.connect(self.forget_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(tr("This will be erased everywhere, including the history:"), self))
        layout.addWidget(gone)
        layout.addWidget(stays)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        give_mnemonics(self)
        if p.already_forgotten:
            heading.setText("<b>" + tr("This person's data has already been removed.") + "</b>")
            self.understood.setEnabled(False)

    def forget(self) -> Op:
        """Erase in a worker: on a big database re-indexing the search takes seconds."""
        self.forget_button.setEnabled(False)
        self.understood.setEnabled(False)
        self.forget_button.setText(tr("Removing…"))

        def done(report: privacy.ForgetReport) -> None:
            self.report = report
            self.accept()

        def failed(exc: BaseException) -> None:
            self.forget_button.setText(tr("Remove personal data"))
            self.understood.setEnabled(True)
            self.forget_button.setEnabled(self.understood.isChecked())
            QMessageBox.warning(self, tr("Forget a person"), core_text(exc))

        op = Op(self, lambda _progress: privacy.forget_person(self.db, self.person_id))
        return op.success(done).failure(failed).run_in_background()


def forget_person_dialog(parent: QWidget | None, db: Database, person_id: int) -> bool:
    return bool(ForgetDialog(db, person_id, parent).exec())


# --- retention review ------------------------------------------------------------


class RetentionModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[privacy.RetentionCandidate] = []

    def set_rows(self, rows: list[privacy.RetentionCandidate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Name"), tr("Last contact"), tr("Last role ended"), tr("Legal basis"))[
                section
            ]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        return (
            in_trash_label(c.name) if c.in_trash else c.name,
            format_date(c.last_contact) if c.last_contact else tr("never"),
            format_date(c.last_role_end) if c.last_role_end else tr("no role"),
            labels.label(labels.legal_bases(), c.legal_basis),
        )[index.column()]


class RetentionDialog(QDialog):
    """People with no current role and no contact for N months: forget them, or keep them."""

    #: The list now shows the period in the spin box (read after the arrows rested).
    reloaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Retention review"))
        self.resize(760, 440)
        with db.session_scope(write=False) as session:
            months = privacy.retention_months(session)
        self.months = QSpinBox(self)
        self.months.setRange(1, 240)
        self.months.setValue(months)
        self.months.setSuffix(tr(" months"))
        # A new period is read in a worker once the arrows rest: on a team lead's database
        # (100,000 people, 500,000 contacts) each read takes about a second, and read on the
        # window's thread at every arrow step, holding an arrow froze the dialog for seconds.
        self._generation = 0
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(self.PERIOD_SETTLES_MS)
        self.reload_timer.timeout.connect(lambda: self.reload_in_background())
        self.months.valueChanged.connect(lambda _v: self.reload_timer.start())
        intro = WrapLabel(
            tr(
                "People with no current role and no contact moment for this long. "
                "Keep those you still need (they return after another period) and "
                "forget the others."
            ),
            self,
        )
        top = QHBoxLayout()
        period = QLabel(tr("No contact for:"), self)
        period.setBuddy(self.months)  # names the field for a screen reader; Alt+letter
        top.addWidget(period)
        top.addWidget(self.months)
        top.addStretch(1)
        self.count = QLabel(self)
        top.addWidget(self.count)
        self.model = RetentionModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.keep_button = QPushButton(tr("&Keep"), self)
        self.keep_button.setToolTip(tr("Still needed: off this list until the next review"))
        self.export_button = QPushButton(tr("&Access export…"), self)
        self.forget_button = QPushButton(tr("&Forget…"), self)
        close = QPushButton(tr("Close"), self)
        self.keep_button.clicked.connect(self.keep_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.forget_button.clicked.connect(self.forget_selected)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.keep_button, self.export_button, self.forget_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reload()
        give_mnemonics(self)

    #: How long the period must stay unchanged before it is read (ms).
    PERIOD_SETTLES_MS = 300

    def reload(self) -> None:
        """Read the list now (after keep or forget, which the officer waits for anyway)."""
        self._generation += 1  # a read still running for an earlier period is not shown
        self.reload_timer.stop()
        with self.db.session_scope(write=False) as session:
            rows = privacy.retention_candidates(session, self.months.value())
        self._show(rows)

    def reload_in_background(self) -> Op:
        """Read the list for the period now shown, in a worker; only the newest read shows."""
        self._generation += 1
        generation, months, db = self._generation, self.months.value(), self.db

        def read(_progress: Any) -> list[privacy.RetentionCandidate]:
            with db.session_scope(write=False) as session:
                return privacy.retention_candidates(session, months)

        def done(rows: list[privacy.RetentionCandidate]) -> None:
            if generation == self._generation:
                self._show(rows)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                QMessageBox.warning(self, tr("Retention review"), core_text(exc))

        return Op(self, read).success(done).failure(failed).run_in_background()

    def _show(self, rows: list[privacy.RetentionCandidate]) -> None:
        self.model.set_rows(rows)
        self.count.setText(tr("%n person(s) to review", "", len(rows)))
        self._enable()
        self.reloaded.emit()

    def selected(self) -> list[privacy.RetentionCandidate]:
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def _enable(self) -> None:
        chosen = self.selected()
        self.keep_button.setEnabled(bool(chosen))
        self.export_button.setEnabled(len(chosen) == 1)
        self.forget_button.setEnabled(len(chosen) == 1)

    def keep_selected(self) -> None:
        ids = [c.id for c in self.selected()]
        if not ids:
            return

        def keep_all(session: Any) -> None:
            for person_id in ids:
                privacy.keep(session, person_id)

        try:
            run_with_retry(self.db, keep_all)
        except LiaisonError as exc:
            QMessageBox.warning(self, tr("Retention review"), core_text(exc))
        self.reload()

    def export_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            export_person_dialog(self, self.db, chosen[0].id)

    def forget_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and forget_person_dialog(self, self.db, chosen[0].id):
            self.reload()
