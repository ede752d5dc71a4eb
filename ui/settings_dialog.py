"""Settings: database, officer name, language, signal thresholds, backup folder.

Database, officer and language are the user's own (QSettings); the backup folder
and the thresholds travel with the database, so a team sees the same signals.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.services.settings import Thresholds, load_thresholds, save_thresholds
from liaison.storage.db import Database
from liaison.trust.backup import backup_folder, default_backup_folder, set_backup_folder
from ui import prefs
from ui.core_text import core_text
from ui.i18n import tr
from ui.widgets.mnemonics import give_mnemonics

KEY_DATABASE = "database"
KEY_OFFICER = "officer"
KEY_LANGUAGE = "language"


def threshold_label(name: str) -> str:
    labels = {
        "single_partner_share": tr("Fragile when one partner gives at least"),
        "cliff_days": tr("Fragile when all support ends within"),
        "municipal_contact_months": tr("Flag no municipal contact after"),
        "dormant_months": tr("Relationship dormant after"),
        "retention_months": tr("Review personal data after no contact for"),
        "agenda_days": tr("Show renewals and end dates for the next"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def threshold_suffix(name: str) -> str:
    if name.endswith("_days"):
        return " " + tr("days")
    if name.endswith("_months"):
        return " " + tr("months")
    return ""


def _path_row(edit: QLineEdit, browse: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return row


class SettingsDialog(QDialog):
    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        personal = QGroupBox(tr("General"))
        form = QFormLayout(personal)
        self.database_edit = QLineEdit(prefs.value(KEY_DATABASE) or (db.display_name if db else ""))
        self.database_edit.setPlaceholderText(
            tr("File, or a URL such as postgresql://server/liaison")
        )
        browse_db = QPushButton(tr("Browse…"))
        browse_db.clicked.connect(self._browse_database)
        database_row = _path_row(self.database_edit, browse_db)
        form.addRow(tr("Database:"), database_row)
        form.labelForField(database_row).setBuddy(self.database_edit)  # Alt+letter lands here
        self.officer_edit = QLineEdit(prefs.value(KEY_OFFICER) or (db.officer if db else ""))
        self.officer_edit.setPlaceholderText(tr("Your name, as colleagues know you"))
        form.addRow(tr("Your name:"), self.officer_edit)
        self.language_box = QComboBox()
        self.language_box.addItem(tr("As the system (%1)").replace("%1", self._system_name()), "")
        self.language_box.addItem("Nederlands", "nl")
        self.language_box.addItem("English", "en")
        index = self.language_box.findData(prefs.value(KEY_LANGUAGE))
        self.language_box.setCurrentIndex(max(0, index))
        self._initial_language = self.language()
        form.addRow(tr("Language:"), self.language_box)
        # The backup folder is the database's own setting (the trust area reads it there).
        self.backup_edit = QLineEdit(self._stored_backup_folder())
        self.backup_edit.setPlaceholderText(str(default_backup_folder()))
        browse_backup = QPushButton(tr("Browse…"))
        browse_backup.clicked.connect(self._browse_backup)
        backup_row = _path_row(self.backup_edit, browse_backup)
        form.addRow(tr("Backup folder:"), backup_row)
        form.labelForField(backup_row).setBuddy(self.backup_edit)
        layout.addWidget(personal)

        team = QGroupBox(tr("Signals (shared by everyone using this database)"))
        tform = QFormLayout(team)
        tform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.threshold_edits: dict[str, QSpinBox | QDoubleSpinBox] = {}
        current = self._load_thresholds()
        for f in dataclasses.fields(Thresholds):
            value = getattr(current, f.name)
            if f.name == "single_partner_share":
                edit: QSpinBox | QDoubleSpinBox = QDoubleSpinBox()
                edit.setRange(1, 100)
                edit.setDecimals(0)
                edit.setSuffix(" %")
                edit.setValue(float(value) * 100)
            else:
                edit = QSpinBox()
                edit.setRange(0, 3650)
                edit.setSuffix(threshold_suffix(f.name))
                edit.setValue(int(value))
            edit.setObjectName(f"threshold_{f.name}")
            edit.setMinimumWidth(130)
            self.threshold_edits[f.name] = edit
            tform.addRow(threshold_label(f.name), edit)
        team.setEnabled(db is not None)
        layout.addWidget(team)
        note = QLabel(
            tr(
                "A new language takes effect right away; a new database is opened the next "
                "time Liaison starts."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout.addWidget(note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        give_mnemonics(self)  # Alt+letter to every field and button, none shared
        self._initial_database = self.database_edit.text().strip()

    @staticmethod
    def _system_name() -> str:
        from ui.i18n import system_language

        return "Nederlands" if system_language() == "nl" else "English"

    def _load_thresholds(self) -> Thresholds:
        if self.db is None:
            return Thresholds()
        with self.db.session_scope(write=False) as session:
            return load_thresholds(session)

    def _browse_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Choose a database file"),
            self.database_edit.text(),
            tr("Liaison database (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_edit.setText(path)

    def _browse_backup(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Backup folder"), self.backup_edit.text())
        if path:
            self.backup_edit.setText(path)

    # --- results ----------------------------------------------------------

    def language(self) -> str:
        return str(self.language_box.currentData() or "")

    def officer(self) -> str:
        return self.officer_edit.text().strip()

    def language_changed(self) -> bool:
        return self.language() != self._initial_language

    def database_changed(self) -> bool:
        return self.database_edit.text().strip() != self._initial_database

    def thresholds(self) -> Thresholds:
        values = {}
        for name, edit in self.threshold_edits.items():
            values[name] = edit.value() / 100 if name == "single_partner_share" else edit.value()
        return Thresholds(**values)

    def save(self) -> bool:
        """Store everything; False (with a message) when a value is refused."""
        try:
            thresholds = self.thresholds().validate()
            if self.db is not None:
                with self.db.session_scope() as session:
                    save_thresholds(session, thresholds)
        except LiaisonError as exc:
            QMessageBox.warning(self, tr("Settings"), core_text(exc))
            return False
        if self.database_changed():
            prefs.set_value(KEY_DATABASE, self.database_edit.text().strip())
        prefs.set_value(KEY_OFFICER, self.officer())
        prefs.set_value(KEY_LANGUAGE, self.language())
        if self.db is not None:
            set_backup_folder(self.db, self.backup_edit.text().strip() or None)
        return True

    def _stored_backup_folder(self) -> str:
        if self.db is None:
            return ""
        folder = backup_folder(self.db)
        return "" if folder == default_backup_folder() else str(folder)

    def accept(self) -> None:
        if self.save():
            super().accept()
