"""The import wizard: a colleague's sheet in, nothing lost, nothing doubled.

file → sheet and header row → mapping → preview with problems → near
duplicates → import (in a worker, with progress and Cancel) → summary with
"open rejects" and "undo this import".

The wizard only asks and shows. Reading, planning, importing and undoing are
:mod:`liaison.exchange` functions (``inspect_file``, ``plan_import``,
``run_import``, ``undo_import``) run through :class:`ui.worker.Op`, each in
its own session.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from liaison.errors import LiaisonError
from liaison.exchange.mapping import TARGETS, Mapping
from liaison.exchange.read import FileInfo, inspect_file
from liaison.storage.db import Database
from ui.exchange.models import ChoiceDelegate, DuplicatesModel, MappingModel, PreviewModel
from ui.i18n import tr
from ui.worker import Op

FILE_PAGE, SHEET_PAGE, MAPPING_PAGE, PREVIEW_PAGE, DUPLICATES_PAGE, IMPORT_PAGE, SUMMARY_PAGE = (
    range(7)
)
SAMPLE_ROWS = 5
FILE_FILTER = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv"


def _importer() -> Any:
    """The importer module, imported when first needed (it is the heavier half)."""
    from liaison.exchange import importer

    return importer


def failure_sentence(exc: BaseException) -> str:
    if isinstance(exc, LiaisonError):
        return str(exc)
    if isinstance(exc, OSError):
        return tr("The file cannot be read: {reason}.").format(reason=exc.strerror or exc)
    return tr("Something went wrong ({error}: {detail}).").format(
        error=type(exc).__name__, detail=exc
    )


def target_labels() -> dict[str, str]:
    """Field choices in the officer's language (the importer's labels are English)."""
    return {key: tr(t.label) for key, t in TARGETS.items()}


def translatable_target_labels() -> list[str]:
    """The importer's field labels as literals, so that lupdate files them for translation."""
    return [
        tr("Initiative / organisation: name"),
        tr("Initiative / organisation: kind"),
        tr("Initiative: neighbourhood"),
        tr("Initiative: district"),
        tr("Initiative: address"),
        tr("Initiative: e-mail"),
        tr("Initiative: phone"),
        tr("Initiative: website"),
        tr("Initiative: description"),
        tr("Initiative: status"),
        tr("Initiative: tags"),
        tr("Contact person: full name"),
        tr("Contact person: given name"),
        tr("Contact person: infix (van, de…)"),
        tr("Contact person: family name"),
        tr("Contact person: e-mail"),
        tr("Contact person: phone"),
        tr("Contact person: role"),
        tr("Contact person: notes"),
        tr("Partner: name"),
        tr("Partner: kind"),
        tr("Support: kind"),
        tr("Support: amount (€)"),
        tr("Support: start date"),
        tr("Support: end date"),
        tr("Support: renewal decision by"),
        tr("Support: status"),
        tr("Support: structural (yes/no)"),
        tr("Support: notes"),
    ]


def target_choices() -> list[tuple[str | None, str]]:
    return [(None, tr("— not imported —"))] + sorted(
        target_labels().items(), key=lambda kv: list(TARGETS).index(kv[0])
    )


class _Status(QLabel):
    """One line under a page's content: what is happening, or what went wrong."""

    def __init__(self) -> None:
        super().__init__(" ")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def info(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)

    def error(self, text: str) -> None:
        self.setStyleSheet("color: #B00020;")
        self.setText(text)


# --- 1. the file ------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Choose the sheet to import"))
        self.setSubTitle(
            tr(
                "Excel (.xlsx, .xlsm, .xlsb, .xls), OpenDocument (.ods) or CSV. Every row "
                "comes in, or you are told which rows did not and why."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(tr("File to import"))
        self.path_edit.editingFinished.connect(self.inspect)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.status = _Status()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._op: Op | None = None
        self._inspected: str | None = None

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose the sheet to import"),
            self.path_edit.text(),
            tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self.inspect()

    def inspect(self) -> None:
        """Read the file's sheets in the background (a big .xls can take seconds)."""
        text = self.path_edit.text().strip()
        if not text or text == self._inspected:
            return
        self._inspected = text
        self.w.info = None
        self.completeChanged.emit()
        self.status.info(tr("Reading {file}…").format(file=Path(text).name))
        path = Path(text).expanduser()
        op = Op(self, lambda _progress: inspect_file(path))
        self._op = op
        op.success(lambda info, p=path, o=op: self._inspected_ok(o, p, info))
        op.failure(lambda exc, o=op: self._inspected_failed(o, exc))
        op.run_in_background()

    def _inspected_ok(self, op: Op, path: Path, info: FileInfo) -> None:
        if op is not self._op:
            return  # an older inspection of another file
        self._op = None
        self.w.path = path
        self.w.info = info
        sheets = info.visible_sheets or info.sheets
        self.status.info(
            tr("{format} file with %n sheet(s).", None, len(sheets)).format(
                format=info.format.upper()
            )
        )
        self.completeChanged.emit()

    def _inspected_failed(self, op: Op, exc: BaseException) -> None:
        if op is not self._op:
            return
        self._op = None
        self._inspected = None
        self.status.error(failure_sentence(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.info is not None and self._op is None


# --- 2. sheet and header row ----------------------------------------------------------


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Sheet and header row"))
        self.setSubTitle(
            tr(
                "Liaison finds the table below any title rows by itself; choose a row "
                "only if it guessed wrong."
            )
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setRange(0, 1000)
        self.header_spin.setSpecialValueText(tr("find automatically"))
        self.header_spin.setMinimumWidth(180)
        self.size_label = QLabel()
        form = QFormLayout(self)
        form.addRow(tr("&Sheet:"), self.sheet_combo)
        form.addRow(tr("&Header row:"), self.header_spin)
        form.addRow("", self.size_label)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)

    def initializePage(self) -> None:
        info = self.w.info
        self.sheet_combo.clear()
        if info is None:
            return
        for s in info.sheets:
            if s.chart:
                continue
            label = s.name if s.visible else tr("{name} (hidden)").format(name=s.name)
            self.sheet_combo.addItem(label, s.name)
        visible = [s.name for s in info.visible_sheets]
        wanted = self.w.sheet if self.w.sheet in visible else (visible[0] if visible else None)
        if wanted is not None:
            self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(wanted))
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        info = self.w.info
        name = self.sheet_combo.currentData()
        if info is None or name is None:
            self.size_label.setText("")
            return
        s = next(x for x in info.sheets if x.name == name)
        self.size_label.setText(
            tr("%n row(s)", None, s.rows) + ", " + tr("%n column(s)", None, s.cols)
        )

    def validatePage(self) -> bool:
        sheet = self.sheet_combo.currentData()
        header = self.header_spin.value() or None
        if (sheet, header) != (self.w.sheet, self.w.header_row):
            self.w.mapping = None  # another table: guess again
            self.w.plan = None
        self.w.sheet = sheet
        self.w.header_row = header
        return sheet is not None


# --- 3. mapping ---------------------------------------------------------------


class _PlanningPage(QWizardPage):
    """A page that (re)plans the import in the background when entered."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.status = _Status()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self._op: Op | None = None

    def plan(self, mapping: Mapping | None) -> None:
        w = self.w
        path, sheet, header = w.path, w.sheet, w.header_row
        db = w.db
        self.status.info(tr("Reading the sheet…"))
        self.busy.show()
        op = Op(
            self,
            lambda _p: _importer().plan_import(
                db, path, sheet=sheet, mapping=mapping, header_row=header
            ),
        )
        self._op = op
        op.success(lambda plan, o=op: self._planned(o, plan))
        op.failure(lambda exc, o=op: self._failed(o, exc))
        self.completeChanged.emit()
        op.run_in_background()

    def _planned(self, op: Op, plan: Any) -> None:
        if op is not self._op:
            return
        self._op = None
        self.busy.hide()
        self.w.plan = plan
        self.w.mapping = plan.mapping
        self.status.info("")
        self.show_plan(plan)
        self.completeChanged.emit()

    def _failed(self, op: Op, exc: BaseException) -> None:
        if op is not self._op:
            return
        self._op = None
        self.busy.hide()
        self.w.plan = None
        self.status.error(failure_sentence(exc))
        self.completeChanged.emit()

    def show_plan(self, plan: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def isComplete(self) -> bool:
        return self._op is None and self.w.plan is not None


class MappingPage(_PlanningPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Which column is what?"))
        self.setSubTitle(
            tr(
                "Liaison recognised the headers it knows. Change a field where it guessed "
                "wrong; columns left at “not imported” are ignored. The mapping is "
                "remembered for sheets with the same headers."
            )
        )
        self.view = QTableView()
        self.view.setObjectName("mappingView")
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setItemDelegateForColumn(MappingModel.TARGET, ChoiceDelegate(target_choices))
        self.model: MappingModel | None = None
        self.save_button = QPushButton(tr("&Save mapping…"))
        self.save_button.clicked.connect(self.save_mapping)
        self.load_button = QPushButton(tr("&Load mapping…"))
        self.load_button.clicked.connect(self.load_mapping)
        self.source_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.source_label, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        if self.w.plan is None:
            self.model = None
            self.view.setModel(None)
            self.plan(self.w.mapping)
        else:
            self.show_plan(self.w.plan)

    def show_plan(self, plan: Any) -> None:
        table = plan.table
        samples = [values for _row, values in table.rows[:SAMPLE_ROWS]]
        mapping = plan.mapping
        self.model = MappingModel(
            table.headers, samples, dict(mapping.columns), target_choices(), self
        )
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 170)
        self.view.setColumnWidth(3, 280)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingModel.TARGET))
        self.view.resizeRowsToContents()
        sources = {
            "guessed": tr("Guessed from the headers."),
            "remembered": tr("Remembered from an earlier sheet with these headers."),
            "file": tr("Loaded from a mapping file."),
            "given": tr("Your mapping."),
        }
        self.source_label.setText(sources.get(mapping.source, ""))
        if table.header_row:
            self.status.info(
                tr("Header row {row}; %n data row(s).", None, len(table.rows)).format(
                    row=table.header_row
                )
            )

    def current_mapping(self) -> Mapping | None:
        if self.model is None or self.w.plan is None:
            return None
        return Mapping(list(self.model.headers), dict(self.model.targets), "given")

    def save_mapping(self) -> None:
        mapping = self.current_mapping()
        if mapping is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save mapping"), "mapping.json", tr("Mapping (*.json)")
        )
        if chosen:
            try:
                mapping.save(chosen)
            except OSError as exc:
                self.status.error(failure_sentence(exc))
            else:
                self.status.info(tr("Mapping saved to {file}.").format(file=Path(chosen).name))

    def load_mapping(self, path: str | None = None) -> None:
        from liaison.exchange.mapping import load_mapping

        if self.w.plan is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Load mapping"), "", tr("Mapping (*.json)")
            )
        if not path:
            return
        try:
            mapping = load_mapping(path, self.w.plan.table.headers)
        except LiaisonError as exc:
            self.status.error(str(exc))
            return
        self.w.plan = None
        self.plan(mapping)

    def validatePage(self) -> bool:
        mapping = self.current_mapping()
        if mapping is None:
            return False
        if not mapping.mapped:
            self.status.error(tr("Choose a field for at least one column."))
            return False
        if mapping.columns != self.w.plan.mapping.columns:
            self.w.mapping = mapping
            self.w.plan = None  # the preview plans again with this mapping
        return True


# --- 4. preview ---------------------------------------------------------------


class PreviewPage(_PlanningPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Check before importing"))
        self.setSubTitle(
            tr(
                "Red cells cannot be read and cost their row; yellow cells are imported "
                "with a warning. Point at a cell to see why."
            )
        )
        self.view = QTableView()
        self.view.setObjectName("previewView")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("previewSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.model: PreviewModel | None = None

    def initializePage(self) -> None:
        if self.w.plan is None:
            self.view.setModel(None)
            self.summary.setText("")
            self.plan(self.w.mapping)
        else:
            self.show_plan(self.w.plan)

    def show_plan(self, plan: Any) -> None:
        table = plan.table
        self.model = PreviewModel(
            table.headers,
            table.rows,
            list(plan.problems),
            dict(plan.mapping.columns),
            target_labels(),
            self,
        )
        self.view.setModel(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(150)
        self.view.horizontalHeader().setMinimumHeight(44)
        errors = {p.row for p in plan.problems if p.severity == "error"}
        warnings = sum(1 for p in plan.problems if p.severity != "error")
        parts = [tr("%n row(s) to import.", None, len(table.rows))]
        if errors:
            parts.append(tr("%n row(s) cannot be read and will be rejected.", None, len(errors)))
        if warnings:
            parts.append(tr("%n warning(s).", None, warnings))
        if table.totals_rows:
            parts.append(tr("%n totals row(s) skipped.", None, len(table.totals_rows)))
        dupes = len(getattr(plan, "duplicates", []) or [])
        if dupes:
            parts.append(tr("%n near duplicate(s) to review next.", None, dupes))
        self.summary.setText(" ".join(parts))
        self.setButtonText(
            QWizard.WizardButton.NextButton, tr("&Next >") if dupes else tr("&Import")
        )

    def nextId(self) -> int:
        plan = self.w.plan
        if plan is not None and not (getattr(plan, "duplicates", None) or []):
            return IMPORT_PAGE
        return DUPLICATES_PAGE


# --- 5. near duplicates -----------------------------------------------------------


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Are these the same?"))
        self.setSubTitle(
            tr(
                "These names in the sheet look like records Liaison already has. Merge "
                "when they are the same; keep separate when they only look alike."
            )
        )
        self.view = QTableView()
        self.view.setObjectName("duplicatesView")
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.model: DuplicatesModel | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def initializePage(self) -> None:
        items = list(getattr(self.w.plan, "duplicates", []) or [])
        self.model = DuplicatesModel(items, self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            DuplicatesModel.DECISION, ChoiceDelegate(self.model.choices, self.view)
        )
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, DuplicatesModel.DECISION))
        self.view.setColumnWidth(DuplicatesModel.DECISION, 230)
        header.setSectionResizeMode(DuplicatesModel.DECISION, QHeaderView.ResizeMode.Fixed)

    def validatePage(self) -> bool:
        self.w.decisions = self.decisions()
        return True

    def decisions(self) -> dict[Any, str]:
        """Decision per near duplicate, keyed as the importer names them."""
        if self.model is None:
            return {}
        out: dict[Any, str] = {}
        for i, item in enumerate(self.model.items):
            key = getattr(item, "key", None) or i
            out[key] = self.model.decisions[i]
        return out


# --- 6. import ------------------------------------------------------------------


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Importing"))
        self.setSubTitle(
            tr("All rows are imported in one go; Cancel leaves the database as it was.")
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton(tr("&Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = _Status()
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.op: Op | None = None

    def initializePage(self) -> None:
        self.w.report = None
        self.start()

    def start(self) -> None:
        w = self.w
        db, path, sheet, mapping = w.db, w.path, w.sheet, w.mapping
        header_row, decisions = w.header_row, dict(w.decisions)
        rejects = w.rejects_path()
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.status.info(tr("Importing {file}…").format(file=path.name if path else ""))
        self.op = Op(
            self,
            lambda progress: _importer().run_import(
                db,
                path,
                sheet=sheet,
                mapping=mapping,
                header_row=header_row,
                rejects_path=rejects,
                decisions=decisions,
                progress=progress,
            ),
        )
        self.op.progressed.connect(self._progressed)
        self.op.success(self._done).failure(self._failed)
        self.completeChanged.emit()
        self.op.run_in_background()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if message:
            self.status.info(message)

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.cancel_button.setEnabled(False)
            self.status.info(tr("Cancelling…"))

    def _done(self, report: Any) -> None:
        self.op = None
        self.w.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        self.status.info(tr("Done."))
        self.completeChanged.emit()
        self.w.next()

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(False)
        self.status.error(failure_sentence(exc) + " " + tr("Nothing was imported."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.report is not None

    def cleanupPage(self) -> None:
        self.cancel()


# --- 7. summary -------------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Import finished"))
        self.counts = QLabel()
        self.counts.setObjectName("summaryCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.open_rejects = QPushButton(tr("&Open rejected rows"))
        self.open_rejects.clicked.connect(self.show_rejects)
        self.undo_button = QPushButton(tr("&Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        self.status = _Status()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_rejects)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.undone = False

    def initializePage(self) -> None:
        r = self.w.report
        if r is None:
            return
        self.undone = False
        lines = [
            tr("%n row(s) in the sheet:", None, r.rows),
            tr("%n imported", None, r.imported),
            tr("%n unchanged (already known)", None, r.unchanged),
            tr("%n rejected", None, r.rejected),
        ]
        created = sum((getattr(r, "created", {}) or {}).values())
        updated = sum((getattr(r, "updated", {}) or {}).values())
        detail = tr("%n record(s) created", None, created) + ", " + tr("%n updated", None, updated)
        html = f"<p><b>{lines[0]}</b></p><ul>" + "".join(f"<li>{x}</li>" for x in lines[1:])
        html += f"</ul><p>{detail}.</p>"
        self.counts.setText(html)
        self.open_rejects.setVisible(bool(r.rejected) and self.w.rejects_file_exists())
        self.undo_button.setEnabled(bool(getattr(r, "batch_uuid", None)))
        self.status.info("")

    def show_rejects(self) -> None:
        path = self.w.rejects_path()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def undo(self) -> None:
        r = self.w.report
        if r is None or self.undone:
            return
        try:
            _importer().undo_import(self.w.db, r.batch_uuid)
        except LiaisonError as exc:
            self.status.error(str(exc))
            return
        self.undone = True
        self.undo_button.setEnabled(False)
        self.status.info(tr("The import was undone; the database is as it was before."))


# --- the wizard -------------------------------------------------------------------


class ImportWizard(QWizard):
    """Import a spreadsheet into ``db``; ``path`` skips the file choice's typing."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, path: str | Path | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.path: Path | None = None
        self.info: FileInfo | None = None
        self.sheet: str | None = None
        self.header_row: int | None = None
        self.mapping: Mapping | None = None
        self.plan: Any = None
        self.decisions: dict[Any, str] = {}
        self.report: Any = None
        self._rejects_dir = tempfile.mkdtemp(prefix="liaison-rejects-")
        self.setWindowTitle(tr("Import a sheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(860, 560)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for pid, page in (
            (FILE_PAGE, self.file_page),
            (SHEET_PAGE, self.sheet_page),
            (MAPPING_PAGE, self.mapping_page),
            (PREVIEW_PAGE, self.preview_page),
            (DUPLICATES_PAGE, self.duplicates_page),
            (IMPORT_PAGE, self.import_page),
            (SUMMARY_PAGE, self.summary_page),
        ):
            self.setPage(pid, page)
        self.setStartId(FILE_PAGE)
        # Once the import runs there is no going back, only "undo this import".
        self.import_page.setCommitPage(True)
        self.import_page.setButtonText(QWizard.WizardButton.CommitButton, tr("&Next >"))
        self.duplicates_page.setButtonText(QWizard.WizardButton.NextButton, tr("&Import"))
        if path is not None:
            self.file_page.path_edit.setText(str(path))
            self.file_page.inspect()

    def rejects_path(self) -> Path:
        stem = self.path.stem if self.path else "import"
        return Path(self._rejects_dir) / f"{stem} - afgewezen rijen.xlsx"

    def rejects_file_exists(self) -> bool:
        return self.rejects_path().exists()

    def reject(self) -> None:
        if self.import_page.op is not None:  # closing while importing: cancel first
            self.import_page.cancel()
            return
        super().reject()


__all__ = ["ImportWizard"]
