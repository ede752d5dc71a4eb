"""Export the overview workbook (and the renewal calendar) from the app.

The dialog only gathers choices and shows progress: the work is
:func:`liaison.exchange.export.export_workbook` in a worker (ui.worker.Op),
so the window stays responsive and Cancel really stops the export.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.exchange.calendar import export_calendar
from liaison.exchange.export import ExportCancelled, ExportReport, export_workbook
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.exchange.os_reason import os_reason
from ui.exchange.warmup import warm_up
from ui.formatting import from_qdate, to_qdate
from ui.i18n import tr
from ui.widgets import tone
from ui.widgets.mnemonics import give_mnemonics
from ui.worker import Op


def documents_folder() -> Path:
    """The officer's documents folder, or the home folder when there is none.

    A fresh Linux account often has no ~/Documents: the suggested file then sat in a
    folder that does not exist and Export failed at once.
    """
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def default_file_name() -> str:
    return f"Liaison-overzicht-{dt.date.today():%Y-%m-%d}.xlsx"


def error_sentence(exc: BaseException) -> str:
    """What a person reads when the export fails: our sentence, or a plain one."""
    if isinstance(exc, LiaisonError):
        return core_text(exc)
    if isinstance(exc, OSError):
        return tr("The file cannot be written: {reason}.").format(reason=os_reason(exc))
    return tr("The export failed unexpectedly ({error}).").format(error=type(exc).__name__)


class ExportDialog(QDialog):
    """File, privacy and period → a progress bar → "open folder"."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        warm_up()  # before the worker: a first import off the UI thread can crash PySide6
        self.db = db
        self.op: Op | None = None
        self.report: ExportReport | None = None
        self.replace_box: QMessageBox | None = None  # open while asking to replace a file
        self._confirmed: Path | None = None  # replacing this file was agreed in Browse…
        self.setWindowTitle(tr("Export overview workbook"))
        self.setMinimumWidth(560)

        intro = QLabel(
            tr(
                "An Excel workbook for team leads: a summary per district, neighbourhood "
                "and kind of support, the initiatives with their signals, partners, "
                "people, support with renewal dates, and the contact log."
            )
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(str(documents_folder() / default_file_name()))
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # Enter in the path field exports; it opened a browser
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.privacy = QCheckBox(tr("&Privacy-safe: leave out personal details"))
        self.privacy.setChecked(True)  # the safe choice unless the officer says otherwise
        privacy_note = QLabel(
            tr(
                "Keep this on when the workbook leaves the team: names, e-mail addresses, "
                "phone numbers and notes are left out; counts stay."
            )
        )
        privacy_note.setWordWrap(True)
        privacy_note.setObjectName("hint")

        today = dt.date.today()
        self.limit_period = QCheckBox(tr("Only contacts &from"))
        self.date_from = QDateEdit(to_qdate(dt.date(today.year, 1, 1)))
        self.date_to = QDateEdit(to_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.limit_period.toggled.connect(self.date_from.setEnabled)
        self.limit_period.toggled.connect(self.date_to.setEnabled)
        # No label of their own: a screen reader names them after the words around them.
        self.date_from.setAccessibleName(self.limit_period.text().replace("&", ""))
        self.date_to.setAccessibleName(tr("to"))
        period_row = QHBoxLayout()
        period_row.addWidget(self.limit_period)
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel(tr("to")))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)

        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(file_label, file_row)
        form.addRow(tr("Contact log:"), period_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.status = QLabel(" ")
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_folder_button = self.buttons.addButton(
            tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder_button.setVisible(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.cancel_button.clicked.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.privacy)
        layout.addWidget(privacy_note)
        layout.addSpacing(6)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Only now: a button becomes its dialog's default once it is inside the dialog;
        # made default before, Qt chose the first button after the path field on show.
        self.export_button.setDefault(True)
        give_mnemonics(self)  # Browse and Cancel too, without clashing with the others

    # --- choices -------------------------------------------------------------

    def target(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        if path.is_dir():  # a folder was chosen: the workbook goes in it, not beside it
            return path / default_file_name()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.limit_period.isChecked():
            return None, None
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Export overview workbook"), self.path_edit.text(), tr("Excel (*.xlsx)")
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._confirmed = self.target()  # the file dialog asked about replacing already

    # --- the work ------------------------------------------------------------

    def start(self) -> None:
        """Run the export in a worker; the dialog shows progress and can cancel."""
        if self.op is not None:
            return
        if not self.path_edit.text().strip():
            self._show_error(tr("Choose a file to export to."))
            return
        date_from, date_to = self.period()
        if date_from and date_to and date_from > date_to:  # the core's sentence names --from/--to
            self._show_error(
                tr(
                    "The period ends before it starts: choose a 'to' date on or after the 'from' date."
                )
            )
            self.date_to.setFocus()
            return
        path = self.target()
        if path.exists() and path != self._confirmed and not self.confirm_replace(path):
            return
        privacy_safe = self.privacy.isChecked()
        db = self.db
        self.report = None
        self._busy(True)
        self.status.setText(tr("Exporting…"))
        self.op = Op(
            self,
            lambda progress: export_workbook(
                db,
                path,
                privacy_safe=privacy_safe,
                date_from=date_from,
                date_to=date_to,
                progress=progress,
            ),
        )
        self.op.progressed.connect(self._progressed)
        self.op.success(self._done).failure(self._failed).run_in_background()

    def confirm_replace(self, path: Path) -> bool:
        """Typed names get no file dialog's overwrite question, so ask here (default: No)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Export overview workbook"),
            tr("'{file}' already exists. Do you want to replace it?").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.replace_box = box
        answer = box.exec()
        self.replace_box = None
        return answer == QMessageBox.StandardButton.Yes

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _done(self, report: ExportReport) -> None:
        self.op = None
        self.report = report
        self._busy(False)
        self.progress.setValue(self.progress.maximum())
        text = tr("Written: {file} ({rows} rows).").format(
            file=report.path.name, rows=QLocale().toString(report.total)
        )
        if report.privacy_safe:
            text += " " + tr("Without personal details.")
        if report.truncated:
            text += " " + tr(
                "%n cell(s) held more text than Excel allows and were cut off.",
                None,
                len(report.truncated),
            )
        self.status.setText(text)
        self.status.setStyleSheet("")
        self.open_folder_button.setVisible(True)
        self.cancel_button.setText(tr("Close"))

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self._busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, ExportCancelled):
            self.status.setStyleSheet("")
            self.status.setText(tr("The export was cancelled; no file was written."))
            return
        self._show_error(error_sentence(exc))

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet(tone.css(self, "error"))
        self.status.setText(text)

    def _busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.path_edit, self.privacy, self.limit_period):
            widget.setEnabled(not busy)
        period_on = self.limit_period.isChecked() and not busy
        self.date_from.setEnabled(period_on)
        self.date_to.setEnabled(period_on)
        if busy:
            self.open_folder_button.setVisible(False)
            self.progress.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setText(tr("Cancel"))

    def _cancel_or_close(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.status.setText(tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.op is not None:  # Esc while exporting: stop the work first
            self.op.cancel()
            return
        super().reject()

    def open_folder(self) -> None:
        if self.report is None:
            return
        folder = self.report.path.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.status.setText(
                tr("No program could open the folder; the workbook is here: {path}").format(
                    path=self.report.path
                )
            )


def export_calendar_interactive(
    db: Database, parent: QWidget | None = None, path: str | Path | None = None
) -> int | None:
    """Ask for a file (unless given), write the renewal calendar, say how it went.

    Returns the number of events written, or None when cancelled or failed.
    The calendar is small (one row per live commitment), so it runs inline.
    """
    if path is None:
        suggested = documents_folder() / "Liaison-steun.ics"
        chosen, _ = QFileDialog.getSaveFileName(
            parent, tr("Export renewal calendar"), str(suggested), tr("Calendar (*.ics)")
        )
        if not chosen:
            return None
        path = chosen
    try:
        count = export_calendar(db, path)
    except LiaisonError as exc:
        QMessageBox.warning(parent, tr("Export renewal calendar"), core_text(exc))
        return None
    if parent is not None and count == 0:  # it said "0 dates written. Import the file in Outlook…"
        QMessageBox.information(
            parent,
            tr("Export renewal calendar"),
            tr("No support has an end date or a renewal date yet, so the calendar is empty."),
        )
    elif parent is not None:
        QMessageBox.information(
            parent,
            tr("Export renewal calendar"),
            tr(
                "%n end and renewal date(s) written. Import the file in Outlook "
                "(File → Open → Import) to see them in your calendar.",
                None,
                count,
            ),
        )
    return count


def open_export_dialog(db: Database, parent: QWidget) -> None:
    """Run the dialog; it is deleted when closed (a child of the window would stay)."""
    dialog = ExportDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


__all__ = [
    "ExportDialog",
    "open_export_dialog",
    "export_calendar_interactive",
]
