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

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from liaison.exchange import layout
from liaison.exchange.mapping import (
    TARGETS,
    Mapping,
    guess_mapping,
    is_header_group,
    is_known_header,
)
from liaison.exchange.read import FileInfo, ImportRefused, inspect_file, read_workbook
from liaison.exchange.table import find_table
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.exchange.models import (
    ChoiceDelegate,
    DuplicatesModel,
    MappingModel,
    PreviewModel,
    ProblemRowsFilter,
    open_choice_editors,
)
from ui.exchange.os_reason import os_reason, unexpected
from ui.exchange.warmup import warm_up
from ui.i18n import tr
from ui.progress_text import progress_text
from ui.widgets import tone
from ui.worker import Op

FILE_PAGE, SHEET_PAGE, MAPPING_PAGE, PREVIEW_PAGE, DUPLICATES_PAGE, IMPORT_PAGE, SUMMARY_PAGE = (
    range(7)
)
SAMPLE_ROWS = 5
ALL_SHEETS = "\x00all"  # the sheet choice "every sheet of a Liaison export"
FILE_FILTER = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv"


def _importer() -> Any:
    """The importer module, imported when first needed (it is the heavier half)."""
    from liaison.exchange import importer

    return importer


class NoTable(Exception):
    """The chosen sheet holds no table below its header row (told in the officer's words)."""

    def __init__(self, sheet: str, header_row: int, *, has_cells: bool) -> None:
        super().__init__(sheet)
        self.sheet, self.header_row, self.has_cells = sheet, header_row, has_cells


def failure_sentence(exc: BaseException) -> str:
    if isinstance(exc, NoTable):
        if not exc.has_cells:
            return tr("Sheet '{sheet}' is empty; go back and choose another sheet.").format(
                sheet=exc.sheet
            )
        if exc.header_row:
            return tr(
                "Sheet '{sheet}' has no rows below header row {row}; go back and choose "
                "another sheet or header row."
            ).format(sheet=exc.sheet, row=exc.header_row)
        return tr(
            "Liaison cannot find the header row of sheet '{sheet}'; go back and choose it."
        ).format(sheet=exc.sheet)
    if isinstance(exc, LiaisonError):
        return core_text(exc)
    if isinstance(exc, OSError):
        return tr("The file cannot be read: {reason}.").format(reason=os_reason(exc))
    return tr("Something went wrong ({error}).").format(error=unexpected(exc))


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


# Every row needs one of these mapped: it is what the row's records hang on.
NAME_TARGETS = ("initiative.name", "person.name", "person.given_name", "person.family_name")


def has_name_column(mapping: Mapping) -> bool:
    return mapping.has(*NAME_TARGETS)


@dataclass
class Unmapped:
    """A sheet in which Liaison recognised no name column: the officer maps it by hand."""

    header_row: int
    headers: list[str]
    samples: list[list[Any]]
    rows: int
    guess: Mapping


def plan_or_unmapped(
    db: Database, path: Path, sheet: str | None, mapping: Mapping | None, header_row: int | None
) -> Any:
    """The import plan, or the sheet's headers when the importer finds no name column.

    The importer refuses such a sheet (on the command line only a mapping file
    can help); in the wizard the officer simply picks the name column, so the
    mapping page needs the headers and a few rows instead of the refusal.
    """
    try:
        return _importer().plan_import(
            db, path, sheet=sheet, mapping=mapping, header_row=header_row
        )
    except ImportRefused as refused:
        if sheet is None:
            raise
        try:
            wb = read_workbook(path, sheet=sheet)
            rows = [r for r in wb.rows(sheet) if any(v not in (None, "") for v in r)]
            table = find_table(
                wb.rows(sheet),
                header_row=header_row,
                known=is_known_header,
                hidden_rows=wb.hidden_rows(sheet),
                groups=is_header_group,
            )
        except LiaisonError:
            raise refused from None
        if not table.rows or not any(table.headers):
            # The importer's sentence would send the officer to a mapping file (--mapping).
            raise NoTable(sheet, table.header_row, has_cells=bool(rows)) from None
        guess = guess_mapping(table.headers)
        if mapping is not None and mapping.headers == table.headers:
            guess = Mapping(list(table.headers), dict(mapping.columns), mapping.source)
        if has_name_column(guess):
            raise  # refused for another reason than the missing name
        samples = [list(cells) for _row, cells in table.rows[:SAMPLE_ROWS]]
        return Unmapped(table.header_row, list(table.headers), samples, len(table.rows), guess)


@dataclass(frozen=True)
class CellProblem:
    """A problem placed on the preview grid: sheet row, column index (None: whole row)."""

    row: int
    column: int | None
    severity: str
    message: str


def grid_problems(sheet_plan: Any, extra: Sequence[Any] = ()) -> list[CellProblem]:
    """The importer names columns by header text; the preview needs their positions."""
    headers = list(sheet_plan.headers)
    by_header = {h: i for i, h in reversed(list(enumerate(headers))) if h}
    out: list[CellProblem] = []
    rows = {rp.row for rp in sheet_plan.rows}
    problems = [p for rp in sheet_plan.rows for p in rp.problems]
    problems += [p for p in extra if getattr(p, "sheet", None) in (None, sheet_plan.name)]
    for p in problems:
        if p.row is None or p.row not in rows:
            continue
        col = by_header.get(p.column) if p.column else None
        if col is None and p.column and p.column.isalpha() and p.column.isupper():
            col = _letter_index(p.column)
        out.append(CellProblem(p.row, col, p.severity, p.message))
    for rp in sheet_plan.rows:
        if rp.rejected and not any(p.severity == "error" for p in rp.problems):
            out.append(CellProblem(rp.row, None, "error", rp.rejected))
    return out


def _letter_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


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
        self.setStyleSheet(tone.css(self, "error"))
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
        # A typed or pasted path is read once the typing pauses: Next stayed grey until
        # Enter or Tab, with nothing to say why.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self._inspect_if_file)
        self.path_edit.textEdited.connect(self._edited)
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

    def _edited(self) -> None:
        if self.w.info is not None:  # the path no longer names the file that was read
            self.w.info = None
            self._inspected = None
            self.status.info(" ")
            self.completeChanged.emit()
        self._typing.start()

    def _inspect_if_file(self) -> None:
        if Path(self.path_edit.text().strip()).expanduser().is_file():
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
        op = Op(self, lambda _progress: self._inspect(path))
        self._op = op
        op.success(lambda info, p=path, o=op: self._inspected_ok(o, p, info))
        op.failure(lambda exc, o=op: self._inspected_failed(o, exc))
        op.run_in_background()

    def _inspect(self, path: Path) -> tuple[FileInfo, str | None]:
        """The file's sheets and, with several, the one the import would take (a cover
        sheet before the data is passed over, as by the command)."""
        info = inspect_file(path)
        several = len([s for s in info.visible_sheets if s.name != layout.MARKER_SHEET]) > 1
        return info, _importer().table_sheet(self.w.db, path) if several else None

    def _inspected_ok(self, op: Op, path: Path, found: tuple[FileInfo, str | None]) -> None:
        if op is not self._op:
            return  # an older inspection of another file
        info, self.w.table_sheet = found
        self._op = None
        tables = [s for s in info.sheets if not s.chart]
        if not tables:  # the sheet page would offer nothing and Next would do nothing
            self._inspected = None
            self.status.error(
                tr("'{file}' holds only charts, no sheet with cells to import.").format(
                    file=path.name
                )
            )
            self.completeChanged.emit()
            return
        self.w.path = path
        self.w.info = info
        sheets = info.visible_sheets or tables
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
        export = any(s.name == layout.MARKER_SHEET for s in info.sheets)
        if export:
            self.sheet_combo.addItem(tr("All sheets (a Liaison export)"), ALL_SHEETS)
        for s in info.sheets:
            if s.chart or s.name == layout.MARKER_SHEET:
                continue
            label = s.name if s.visible else tr("{name} (hidden)").format(name=s.name)
            self.sheet_combo.addItem(label, s.name)
        visible = [s.name for s in info.visible_sheets]
        if export:
            visible.insert(0, ALL_SHEETS)
        first = self.w.table_sheet if self.w.table_sheet in visible else None
        wanted = self.w.sheet if self.w.sheet in visible else (first or next(iter(visible), None))
        if wanted is not None:
            self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(wanted))
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        info = self.w.info
        name = self.sheet_combo.currentData()
        if info is None or name is None:
            self.size_label.setText("")
            return
        if name == ALL_SHEETS:
            self.size_label.setText(
                tr("Every sheet is read by its known columns; records keep their ids.")
            )
            self.header_spin.setEnabled(False)
            return
        self.header_spin.setEnabled(True)
        s = next(x for x in info.sheets if x.name == name)
        self.size_label.setText(
            tr("%n row(s)", None, s.rows) + ", " + tr("%n column(s)", None, s.cols)
        )

    def validatePage(self) -> bool:
        sheet = self.sheet_combo.currentData()
        header = self.header_spin.value() or None
        if sheet == ALL_SHEETS:
            header = None
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
        path, sheet, header = w.path, w.import_sheet(), w.header_row
        db = w.db
        self.status.info(tr("Reading the sheet…"))
        self.busy.show()
        work = self.work
        op = Op(self, lambda _p: work(db, path, sheet, mapping, header))
        self._op = op
        op.success(lambda plan, o=op: self._planned(o, plan))
        op.failure(lambda exc, o=op: self._failed(o, exc))
        self.completeChanged.emit()
        op.run_in_background()

    @staticmethod
    def work(
        db: Database, path: Any, sheet: str | None, mapping: Mapping | None, header: int | None
    ) -> Any:
        return _importer().plan_import(db, path, sheet=sheet, mapping=mapping, header_row=header)

    def _planned(self, op: Op, plan: Any) -> None:
        if op is not self._op:
            return
        self._op = None
        self.busy.hide()
        if isinstance(plan, Unmapped):
            self.w.plan = None
            self.show_unmapped(plan)
            self.completeChanged.emit()
            return
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

    def show_unmapped(self, unmapped: Unmapped) -> None:  # pragma: no cover - mapping page
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
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # parented to the view: an unowned delegate is freed by Python while the view still
        # uses it (a segmentation fault when the page was torn down after Tab through it)
        self.delegate = ChoiceDelegate(target_choices, self.view)
        self.view.setItemDelegateForColumn(MappingModel.TARGET, self.delegate)
        self.model: MappingModel | None = None
        self.save_button = QPushButton(tr("&Save mapping…"))
        self.save_button.clicked.connect(self.save_mapping)
        self.load_button = QPushButton(tr("&Load mapping…"))
        self.load_button.clicked.connect(self.load_mapping)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.unmapped: Unmapped | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.source_label, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

    work = staticmethod(plan_or_unmapped)

    def initializePage(self) -> None:
        if self.w.plan is None:
            self.model = None
            self.unmapped = None
            self.view.setModel(None)
            self.plan(self.w.mapping)
        else:
            self.show_plan(self.w.plan)

    def plan(self, mapping: Mapping | None) -> None:
        self.unmapped = None
        super().plan(mapping)

    def isComplete(self) -> bool:
        return self._op is None and (self.w.plan is not None or self.unmapped is not None)

    def show_unmapped(self, unmapped: Unmapped) -> None:
        """No name column recognised: every column offered, the officer picks the name."""
        self.unmapped = unmapped
        self._show_model(unmapped.headers, unmapped.samples, unmapped.guess.columns)
        self.source_label.setText(
            tr(
                "Liaison did not recognise a column with names. Choose under “Imported as” "
                "which column holds the name of the initiative or of the contact person."
            )
        )
        self.status.info(
            tr("Header row {row}; %n data row(s).", None, unmapped.rows).format(
                row=unmapped.header_row
            )
        )

    def _show_model(
        self, headers: Sequence[str], samples: Sequence[Sequence[Any]], columns: dict[int, Any]
    ) -> None:
        self.view.show()
        self.save_button.setEnabled(True)
        self.load_button.setEnabled(True)
        self.model = MappingModel(headers, samples, dict(columns), target_choices(), self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 170)
        self.view.setColumnWidth(3, 280)
        open_choice_editors(self.view, MappingModel.TARGET, (self.load_button, self.save_button))
        self.view.resizeRowsToContents()

    def show_plan(self, plan: Any) -> None:
        if plan.liaison_export or plan.mapping is None:
            self.model = None
            self.view.setModel(None)
            self.view.hide()
            self.save_button.setEnabled(False)
            self.load_button.setEnabled(False)
            self.source_label.setText(
                tr(
                    "This workbook is a Liaison export: every column is known, there is "
                    "nothing to map. Records keep their ids, so nothing is doubled."
                )
            )
            self.source_label.setWordWrap(True)
            self.status.info(tr("%n sheet(s) to read.", None, len(plan.sheets)))
            return
        sp = plan.sheets[0]
        samples = [rp.cells for rp in sp.rows[:SAMPLE_ROWS]]
        mapping = plan.mapping
        self._show_model(sp.headers, samples, mapping.columns)
        table = sp
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
        if self.model is None:
            return None
        return Mapping(list(self.model.headers), dict(self.model.targets), "given")

    def save_mapping(self, path: str | None = None) -> None:
        mapping = self.current_mapping()
        if mapping is None:
            return
        if not path:
            # Beside the sheet, named after it (it opened "mapping.json" in the app's
            # working folder, wherever that was).
            stem = self.w.path.stem if self.w.path else "import"
            folder = self.w.path.parent if self.w.path else Path.home()
            suggested = str(folder / tr("{sheet} - mapping.json").format(sheet=stem))
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Save mapping"), suggested, tr("Mapping (*.json)")
            )
        if not path:
            return
        try:
            mapping.save(path)
        except OSError as exc:  # it said "The file cannot be read: Permission denied."
            self.status.error(
                tr("The mapping cannot be saved to {file}: {reason}.").format(
                    file=path, reason=os_reason(exc)
                )
            )
        else:
            self.status.info(tr("Mapping saved to {file}.").format(file=Path(path).name))

    def load_mapping(self, path: str | None = None) -> None:
        from liaison.exchange.mapping import load_mapping

        if self.model is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Load mapping"), "", tr("Mapping (*.json)")
            )
        if not path:
            return
        try:
            mapping = load_mapping(path, self.model.headers)
        except LiaisonError as exc:
            self.status.error(core_text(exc))
            return
        self.w.plan = None
        self.plan(mapping)

    def validatePage(self) -> bool:
        if self.w.plan is not None and self.w.plan.liaison_export:
            self.w.mapping = None
            return True
        mapping = self.current_mapping()
        if mapping is None:
            return False
        if not mapping.mapped:
            self.status.error(tr("Choose a field for at least one column."))
            return False
        if not has_name_column(mapping):
            self.status.error(
                tr("Choose which column holds the name of the initiative or of the contact person.")
            )
            return False
        planned = self.w.plan.mapping if self.w.plan is not None else None
        if planned is None or mapping.columns != planned.columns:
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
        self.sheet_choice = QComboBox()
        self.sheet_choice.setObjectName("previewSheet")
        self.sheet_choice.currentIndexChanged.connect(self._show_sheet)
        self.view = QTableView()
        self.view.setObjectName("previewView")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("previewSummary")
        # A few coloured cells among hundreds of rows (or off to the right) were hard to find.
        self.only_problems = QCheckBox(tr("Only rows with &problems"))
        self.only_problems.setObjectName("onlyProblems")
        self.only_problems.toggled.connect(self._filter_rows)
        self.rows_filter = ProblemRowsFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.sheet_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.model: PreviewModel | None = None

    def initializePage(self) -> None:
        if self.w.plan is None:
            self.view.setModel(None)
            self.summary.setText("")
            self.sheet_choice.hide()
            self.plan(self.w.mapping)
        else:
            self.show_plan(self.w.plan)

    def show_plan(self, plan: Any) -> None:
        self.sheet_choice.blockSignals(True)
        self.sheet_choice.clear()
        for i, sp in enumerate(plan.sheets):
            self.sheet_choice.addItem(
                tr("{sheet} (%n row(s))", None, len(sp.rows)).format(sheet=sp.name), i
            )
        self.sheet_choice.setVisible(len(plan.sheets) > 1)
        worst = max(
            range(len(plan.sheets)),
            key=lambda i: sum(len(rp.problems) for rp in plan.sheets[i].rows),
            default=0,
        )
        self.sheet_choice.setCurrentIndex(worst)
        self.sheet_choice.blockSignals(False)
        self._show_sheet()

        rows = plan.rows
        problems = plan.all_problems
        rejected = {rp.row for rp in rows if rp.rejected}
        rejected_rows = sum(1 for rp in rows if rp.rejected)
        warnings = sum(1 for p in problems if p.severity == "warning")
        # The rows that will come in: "9 to import, 1 rejected" read as nine imported.
        parts = [tr("%n row(s) to import.", None, len(rows) - rejected_rows)]
        if rejected:
            parts.append(tr("%n row(s) cannot be read and will be rejected.", None, rejected_rows))
        if warnings:
            parts.append(tr("%n warning(s).", None, warnings))
        totals = sum(len(sp.totals_rows) for sp in plan.sheets)
        if totals:
            parts.append(tr("%n totals row(s) skipped.", None, totals))
        dupes = len(plan.near_duplicates)
        if dupes:
            parts.append(tr("%n near duplicate(s) to review next.", None, dupes))
        # Notes about the whole sheet (hidden rows or columns imported) were never shown:
        # rows a colleague hid are often rows they meant to drop.
        for note in plan.problems:
            if note.row is None and note.column is None:
                parts.append(core_text(note.message))
            elif note.row is None and (
                note.severity == "warning" or "hidden" in note.message.lower()
            ):  # hidden columns imported; values in columns without a header not imported
                parts.append(f"{core_text(note.message).rstrip('.')}: {note.column}.")
        self.summary.setText(" ".join(parts))
        self.setButtonText(
            QWizard.WizardButton.NextButton, tr("&Next >") if dupes else tr("&Import")
        )

    def _show_sheet(self) -> None:
        plan = self.w.plan
        if plan is None or not plan.sheets:
            return
        sp = plan.sheets[max(self.sheet_choice.currentIndex(), 0)]
        targets: dict[int, str | None] = dict(sp.mapping.columns) if sp.mapping else {}
        labels = target_labels()
        if sp.spec is not None:  # a Liaison export sheet: columns are its own headers
            targets = {i: None for i in range(len(sp.headers))}
            labels = {}
        self.model = PreviewModel(
            sp.headers,
            [(rp.row, rp.cells) for rp in sp.rows],
            grid_problems(sp, plan.problems),
            targets,
            labels,
            self,
            known_columns=sp.spec is not None,
        )
        self.rows_filter.setSourceModel(self.model)
        self.view.setModel(self.rows_filter)
        self._filter_rows()
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)  # look at a window of rows, not all of them
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.view.setColumnWidth(col, min(max(self.view.columnWidth(col), 80), 280))
        # In a Liaison export the ids (36-character uuids) took the first, widest column:
        # they are for the importer; shown only when one of them has a problem.
        id_fields = {c.header for c in sp.spec.columns if "uuid" in c.field} if sp.spec else set()
        with_problems = {col for (_row, col) in self.model.cell_problems}
        for col, name in enumerate(sp.headers):
            self.view.setColumnHidden(col, name in id_fields and col not in with_problems)

    def _filter_rows(self) -> None:
        if self.model is None:
            return
        with_problems = bool(self.model.rows_with_problems())
        self.only_problems.setVisible(with_problems)
        self.rows_filter.set_only_problems(with_problems and self.only_problems.isChecked())

    def nextId(self) -> int:
        plan = self.w.plan
        if plan is not None and not plan.near_duplicates:
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
                "These names in the sheet look like records Liaison already has, or like "
                "another name higher up in the sheet. Merge when they are the same; keep "
                "separate when they only look alike."
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
        items = list(self.w.plan.near_duplicates) if self.w.plan is not None else []
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
        open_choice_editors(self.view, DuplicatesModel.DECISION)
        self.view.setColumnWidth(DuplicatesModel.DECISION, 230)
        header.setSectionResizeMode(DuplicatesModel.DECISION, QHeaderView.ResizeMode.Fixed)

    def validatePage(self) -> bool:
        self.w.decisions = self.decisions()
        return True

    def decisions(self) -> dict[str, str]:
        """For the importer: near duplicate key → uuid of the record to merge into."""
        if self.model is None:
            return {}
        return {
            item.key: item.merge_value
            for i, item in enumerate(self.model.items)
            if self.model.decisions[i] == "merge"
        }


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
        db, path, sheet, mapping = w.db, w.path, w.import_sheet(), w.mapping
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
                translate=core_text,
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
            self.status.info(progress_text(message))

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.cancel_button.setEnabled(False)
            self.status.info(tr("Cancelling…"))

    def _done(self, report: Any) -> None:
        self.op = None
        self.w.report = report
        if not getattr(report, "dry_run", False):
            self.w.imported.emit(report)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        self.status.info(tr("Done."))
        self.completeChanged.emit()
        # On to the summary once the wizard has finished arriving here: an import that
        # ends at once (a tiny sheet, Op.run_inline) ends inside initializePage, and a
        # nested next() there left both pages drawn on top of each other without buttons.
        QTimer.singleShot(0, self._to_summary)

    def _to_summary(self) -> None:
        if self.w.currentId() == IMPORT_PAGE and self.w.report is not None:
            self.w.next()

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(False)
        if isinstance(exc, _importer().ImportCancelled):
            self.status.info(tr("The import was cancelled; nothing was changed."))
        else:
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
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_rejects)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.undone = False
        self.undo_op: Op | None = None

    def initializePage(self) -> None:
        r = self.w.report
        if r is None:
            return
        self.undone = False
        several = len(getattr(r, "sheets", None) or []) > 1  # a Liaison export: many sheets
        lines = [
            tr("%n row(s) in the workbook:", None, r.rows)
            if several
            else tr("%n row(s) in the sheet:", None, r.rows),
            tr("%n imported", None, r.imported),
            tr("%n unchanged (already known)", None, r.unchanged),
            tr("%n rejected", None, r.rejected),
        ]
        if r.near_duplicates:
            merged = len(self.w.decisions)
            lines.append(tr("%n near duplicate(s) merged", None, merged))
            lines.append(tr("%n kept separate", None, len(r.near_duplicates) - merged))
        created = sum(r.created.values())
        updated = sum(r.updated.values())
        detail = tr("%n record(s) created", None, created) + ", " + tr("%n updated", None, updated)
        html = f"<p><b>{escape(lines[0])}</b></p><ul>"
        html += "".join(f"<li>{escape(x)}</li>" for x in lines[1:])
        html += f"</ul><p>{escape(detail)}.</p>"
        if r.dry_run:
            html += "<p>" + escape(tr("This was a trial run: nothing was saved.")) + "</p>"
        elif not created and not updated:
            html += f"<p><b>{escape(self.nothing_changed(r))}</b></p>"
        rejects = bool(r.rejected) and self.w.rejects_file_exists()
        if rejects:
            html += (
                "<p>"
                + escape(
                    tr("The rejected rows, each with its reason, are in {file}.").format(
                        file=self.w.rejects_path()
                    )
                )
                + "</p>"
            )
        self.counts.setText(html)
        self.open_rejects.setVisible(rejects)
        # No batch (nothing was written): no undo to offer, rather than a grey button.
        has_batch = bool(getattr(r, "batch_uuid", None))
        self.undo_button.setVisible(has_batch)
        self.undo_button.setEnabled(has_batch)
        self.status.info("")

    @staticmethod
    def nothing_changed(r: Any) -> str:
        """Why an import that wrote nothing wrote nothing, in one sentence."""
        if r.rejected and not r.unchanged:
            return tr(
                "Nothing was imported: every row was rejected. Open the rejected rows to see why."
            )
        return tr(
            "Nothing changed: everything in this sheet was already in Liaison, "
            "so there is nothing to undo either."
        )

    def show_rejects(self) -> None:
        path = self.w.rejects_path()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            # Without a program for .xlsx the click did nothing at all; say where it is.
            self.status.info(
                tr("No program could open the rejected rows; the file is here: {path}").format(
                    path=path
                )
            )

    def undo(self) -> None:
        """Undo in a worker: a big import takes seconds to take back (20,000 rows: 1.6 s)."""
        r = self.w.report
        if r is None or self.undone or self.undo_op is not None:
            return
        batch = getattr(r, "batch_uuid", None)
        if not batch:
            return
        db = self.w.db
        self.undo_button.setEnabled(False)
        self.busy.show()
        self.status.info(tr("Undoing the import…"))
        self.undo_op = Op(self, lambda _progress: _importer().undo_import(db, batch))
        self.undo_op.success(lambda _report: self._undone(batch)).failure(self._undo_failed)
        self.completeChanged.emit()  # no Finish while undoing
        self.undo_op.run_in_background()

    def _undone(self, batch: str) -> None:
        self.undo_op = None
        self.busy.hide()
        self.undone = True
        self.w.undone.emit(batch)
        self.status.info(tr("The import was undone; the database is as it was before."))
        self.completeChanged.emit()

    def _undo_failed(self, exc: BaseException) -> None:
        self.undo_op = None
        self.busy.hide()
        self.undo_button.setEnabled(True)
        self.status.error(failure_sentence(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.undo_op is None


# --- the wizard -------------------------------------------------------------------


class ImportWizard(QWizard):
    """Import a spreadsheet into ``db``; ``path`` skips the file choice's typing.

    ``imported(report)`` and ``undone(batch_uuid)`` tell the main window to refresh.
    """

    imported = Signal(object)
    undone = Signal(str)

    def __init__(
        self, db: Database, parent: QWidget | None = None, path: str | Path | None = None
    ) -> None:
        super().__init__(parent)
        warm_up()  # before any worker: a first import off the UI thread can crash PySide6
        self.db = db
        self.path: Path | None = None
        self.info: FileInfo | None = None
        self.table_sheet: str | None = None  # the sheet the import takes by itself
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
        # QWizard enables Back on the import page; while the import runs, Back would only
        # cancel it behind the officer's back (or, once committed, re-run it from the
        # preview). These run after QWizard's own button update, so the lock sticks.
        self.import_page.completeChanged.connect(self._lock_back_while_importing)
        self.currentIdChanged.connect(self._lock_back_while_importing)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
            self.file_page.inspect()

    def _lock_back_while_importing(self, *_args: Any) -> None:
        if self.currentId() == IMPORT_PAGE and self.import_page.op is not None:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def rejects_path(self) -> Path:
        """Where rejected rows go: the report's path once known, else beside the sheet.

        They went to a temporary folder: an officer who corrected them in Excel and
        pressed Save kept the corrections in /tmp, to be cleaned away. Beside the sheet
        (the temporary folder only when that folder is read-only), never over a file.
        """
        written = getattr(self.report, "rejects_path", None)
        if written:
            return Path(written)
        if self.path is None:
            return Path(self._rejects_dir) / "import.xlsx"
        folder = self.path.parent
        if not os.access(folder, os.W_OK):
            folder = Path(self._rejects_dir)
        name = tr("{sheet} - rejected rows").format(sheet=self.path.stem)
        target, n = folder / f"{name}.xlsx", 2
        while target.exists():
            target, n = folder / f"{name} ({n}).xlsx", n + 1
        return target

    def rejects_file_exists(self) -> bool:
        return self.rejects_path().exists()

    def import_sheet(self) -> str | None:
        """The sheet argument for the importer (None: every sheet of a Liaison export)."""
        return None if self.sheet == ALL_SHEETS else self.sheet

    def reject(self) -> None:
        if self.import_page.op is not None:  # closing while importing: cancel first
            self.import_page.cancel()
            return
        if self.summary_page.undo_op is not None:  # an undo cannot be cancelled: let it end
            return
        super().reject()


def open_import_wizard(db: Database, parent: QWidget) -> None:
    """Run the wizard; the parent's lists refresh after an import or an undo."""
    wizard = ImportWizard(db, parent)
    # A child of the main window lives as long as it does: without this every import
    # kept its wizard, plan and rows in memory until the app closed.
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    refresh = getattr(parent, "refresh", None)
    if callable(refresh):
        wizard.imported.connect(lambda _report: refresh())
        wizard.undone.connect(lambda _batch: refresh())
    wizard.exec()


__all__ = ["ImportWizard", "open_import_wizard"]
