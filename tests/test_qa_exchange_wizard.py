"""QA of the import wizard as a liaison officer uses it: real sheets, real database, real widgets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from liaison.storage.models import Commitment, Organisation, Person
from ui import i18n
from ui.exchange import import_wizard as iw
from ui.exchange.models import MappingModel

TIMEOUT = 60_000


@pytest.fixture
def dutch(qapp):
    i18n.install("nl")
    yield
    i18n.install("en")


def _count(db, cls) -> int:
    with db.session_scope(write=False) as s:
        return s.execute(
            select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))
        ).scalar_one()


def _open(qtbot, db, path: Path) -> iw.ImportWizard:
    wizard = iw.ImportWizard(db, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT)
    return wizard


def _to_mapping(qtbot, wizard: iw.ImportWizard) -> iw.MappingPage:
    wizard.next()
    wizard.next()
    assert wizard.currentId() == iw.MAPPING_PAGE
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page._op is None, timeout=TIMEOUT)
    return page


def _choose(page: iw.MappingPage, row: int, target: str | None) -> None:
    """Pick a field in a column's combo box, as the officer does."""
    combo = page.view.indexWidget(page.model.index(row, MappingModel.TARGET))
    combo.setCurrentIndex(combo.findData(target))
    combo.activated.emit(combo.currentIndex())


def _sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aanvragen"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def unknown_headers(tmp_path: Path) -> Path:
    """A colleague's sheet whose name column Liaison does not recognise."""
    return _sheet(
        tmp_path / "Aanvragen wijkbudget.xlsx",
        ["Bewonersinitiatief", "Aanvrager", "Mail", "Bedrag", "Fonds"],
        [
            ["Buurttuin Pendrecht", "Kees Verhoef", "kees@buurttuin.nl", "€ 1.500,-", "Fonds 1818"],
            ["Leesclub Zuidwijk", "Anouk Smit", "anouk@leesclub.nl", "750", "Oranje Fonds"],
        ],
    )


def test_a_sheet_without_a_recognised_name_column_can_be_mapped_by_hand(
    qtbot, db, unknown_headers: Path
) -> None:
    """The importer refuses it ('map one with a mapping file (--mapping)'); the wizard
    used to stop there with that command-line advice. Now every column is offered."""
    wizard = _open(qtbot, db, unknown_headers)
    page = _to_mapping(qtbot, wizard)
    assert page.isComplete()
    assert "--mapping" not in page.status.text()
    assert page.model is not None
    assert page.model.headers == ["Bewonersinitiatief", "Aanvrager", "Mail", "Bedrag", "Fonds"]
    assert page.model.targets[2] == "person.email"  # what it did recognise is kept
    assert "name" in page.source_label.text()

    # Next without a name column: one sentence, the page stays.
    wizard.next()
    assert wizard.currentId() == iw.MAPPING_PAGE
    assert "name" in page.status.text()

    _choose(page, 0, "initiative.name")
    _choose(page, 1, "person.name")
    wizard.next()
    assert wizard.currentId() == iw.PREVIEW_PAGE
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    assert wizard.preview_page.model.rowCount() == 2
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    assert wizard.report.imported == 2
    with db.session_scope(write=False) as s:
        names = set(s.scalars(select(Organisation.name)))
    assert {"Buurttuin Pendrecht", "Leesclub Zuidwijk", "Fonds 1818"} <= names
    assert _count(db, Person) == 2 and _count(db, Commitment) == 2


def test_the_hand_made_mapping_is_remembered_for_the_next_sheet(
    qtbot, db, unknown_headers: Path, tmp_path: Path
) -> None:
    wizard = _open(qtbot, db, unknown_headers)
    page = _to_mapping(qtbot, wizard)
    _choose(page, 0, "initiative.name")
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    wizard.close()

    next_month = _sheet(
        tmp_path / "Aanvragen december.xlsx",
        ["Bewonersinitiatief", "Aanvrager", "Mail", "Bedrag", "Fonds"],
        [["Kookclub Lombardijen", "Sem de Jong", "sem@kookclub.nl", "300", "Fonds 1818"]],
    )
    again = _open(qtbot, db, next_month)
    page = _to_mapping(qtbot, again)
    assert again.plan is not None and again.plan.mapping.source == "remembered"
    assert page.model.targets[0] == "initiative.name"


def test_unmapping_the_name_column_is_stopped_on_the_mapping_page(
    qtbot, db, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Wijk"],
        [["Soepgroep Bloemhof", "Bloemhof"]],
    )
    wizard = _open(qtbot, db, sheet)
    page = _to_mapping(qtbot, wizard)
    _choose(page, 0, None)
    wizard.next()
    assert wizard.currentId() == iw.MAPPING_PAGE
    assert "name" in page.status.text()


def test_an_empty_sheet_is_still_refused_in_one_sentence(qtbot, db, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Leeg"
    wb.save(tmp_path / "leeg.xlsx")
    wizard = _open(qtbot, db, tmp_path / "leeg.xlsx")
    page = _to_mapping(qtbot, wizard)
    assert not page.isComplete()
    assert page.model is None
    text = page.status.text()
    assert text and "\n" not in text and "Traceback" not in text
    # It said "no column holds a name (headers in row 0: none); map one with a mapping
    # file (--mapping)": command-line advice for a sheet that is simply empty.
    assert "--mapping" not in text and "is empty" in text and "'Leeg'" in text


def test_a_header_row_without_rows_below_says_so(qtbot, db, tmp_path: Path) -> None:
    sheet = _sheet(
        tmp_path / "Steun.xlsx", ["Naam initiatief", "Wijk"], [["Soepgroep", "Bloemhof"]]
    )
    wizard = _open(qtbot, db, sheet)
    wizard.next()
    wizard.sheet_page.header_spin.setValue(2)  # the officer picked the data row
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page._op is None, timeout=TIMEOUT)
    assert not page.isComplete()
    text = page.status.text()
    assert "--mapping" not in text and "no rows below header row 2" in text


def _dutch_csv(path: Path) -> Path:
    """A sheet as Dutch Excel saves it: semicolons, cp1252, euros and day-first dates."""
    path.write_bytes(
        (
            "Initiatief;Contactpersoon;E-mailadres;Soort steun;Verstrekt door;Bedrag;"
            "Startdatum;Einddatum\r\n"
            "Buurtcafé Zuidplein;José Álvarez;jose@cafe.nl;Financieel;Oranje Fonds;"
            "€ 1.500,-;1-5-2026;30-4-2027\r\n"
            "Repair Café Charlois;Ingrid de Bruijn;ingrid@repair.nl;In natura;Woonstad;"
            "2.250,50;15/06/2026;\r\n"
            "Totaal;;;;;3.750,50;;\r\n"
        ).encode("cp1252")
    )
    return path


def _import_all(qtbot, db, path: Path) -> iw.ImportWizard:
    wizard = _open(qtbot, db, path)
    _to_mapping(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    return wizard


def test_importing_the_same_sheet_twice_says_plainly_that_nothing_changed(
    qtbot, db, tmp_path: Path
) -> None:
    import datetime as dt
    from decimal import Decimal

    csv = _dutch_csv(tmp_path / "Steunoverzicht Charlois.csv")
    first = _import_all(qtbot, db, csv)
    assert (first.report.imported, first.report.rows) == (2, 2)
    assert "Nothing changed" not in first.summary_page.counts.text()
    assert first.summary_page.undo_button.isVisibleTo(first)
    with db.session_scope(write=False) as s:
        amounts = {c.start: c.amount for c in s.scalars(select(Commitment))}
    assert amounts == {
        dt.date(2026, 5, 1): Decimal("1500"),
        dt.date(2026, 6, 15): Decimal("2250.50"),
    }
    first.close()

    second = _import_all(qtbot, db, csv)
    assert (second.report.unchanged, second.report.imported) == (2, 0)
    page = second.summary_page
    assert "Nothing changed" in page.counts.text()
    assert not page.undo_button.isVisibleTo(second)  # there is no batch to undo
    page.undo()  # even when called, no error about an import 'None'
    assert page.status.text().strip() == ""
    assert _count(db, Commitment) == 2


def test_a_sheet_of_only_rejected_rows_says_so(qtbot, db, tmp_path: Path) -> None:
    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Wijk", "Soort steun"],
        [[None, "Bloemhof", "Financieel"], [None, "Hillesluis", "Ruimte"]],
    )
    wizard = _import_all(qtbot, db, sheet)
    assert wizard.report.rejected == 2
    assert "every row was rejected" in wizard.summary_page.counts.text()
    assert wizard.summary_page.open_rejects.isVisibleTo(wizard)


def _mnemonics(top) -> dict[str, list[str]]:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    found: dict[str, list[str]] = {}
    for widget in top.findChildren(QAbstractButton) + top.findChildren(QLabel):
        if widget.isVisibleTo(top):
            m = re.search(r"&(\w)", widget.text())
            if m:
                found.setdefault(m.group(1).lower(), []).append(widget.text())
    return found


def test_summary_page_alt_keys_are_unique_in_dutch(qtbot, db, dutch, tmp_path: Path) -> None:
    """'Afgewezen rijen &openen' and 'Deze import &ongedaan maken' both took Alt+O."""
    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Wijk"],
        [["Soepgroep Bloemhof", "Bloemhof"], [None, "Hillesluis"]],
    )
    wizard = _import_all(qtbot, db, sheet)
    assert wizard.summary_page.open_rejects.isVisibleTo(wizard)
    assert wizard.summary_page.undo_button.isVisibleTo(wizard)
    clashes = {k: v for k, v in _mnemonics(wizard).items() if len(v) > 1}
    assert clashes == {}


def _big_sheet(path: Path, rows: int = 400) -> Path:
    return _sheet(
        path,
        ["Naam initiatief", "Wijk", "Contactpersoon", "Soort steun", "Verstrekt door", "Bedrag"],
        [
            [f"Initiatief {i}", "Bloemhof", f"Persoon {i}", "Financieel", "Fonds 1818", 100 + i]
            for i in range(rows)
        ],
    )


def test_back_is_locked_while_importing_and_a_cancelled_import_can_be_run_again(
    qtbot, db, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    wizard = _open(qtbot, db, _big_sheet(tmp_path / "Steun.xlsx"))
    _to_mapping(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    assert wizard.currentId() == iw.IMPORT_PAGE and wizard.import_page.op is not None
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not back.isEnabled()  # Back used to cancel the running import silently

    qtbot.mouseClick(wizard.import_page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_page.op is None, timeout=TIMEOUT)
    assert wizard.report is None and _count(db, Organisation) == 0
    assert back.isEnabled()  # after the cancel the officer can go back and try again

    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == iw.PREVIEW_PAGE
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    assert wizard.report.imported == 400
    assert _count(db, Organisation) == 401  # 400 initiatives and the fund


def test_undo_runs_in_the_background_and_the_wizard_waits_for_it(qtbot, db, tmp_path: Path) -> None:
    """Undo ran on the UI thread: 1.6 s of frozen window for 20,000 rows, no sign of life."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    wizard = _import_all(qtbot, db, _big_sheet(tmp_path / "Steun.xlsx", rows=50))
    page = wizard.summary_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisibleTo(wizard) and "Undoing" in page.status.text()
    assert not page.undo_button.isEnabled() and not finish.isEnabled()
    wizard.reject()  # Esc while undoing: the wizard stays until the undo is done
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: page.undo_op is None, timeout=TIMEOUT)
    assert "undone" in page.status.text() and not page.busy.isVisibleTo(wizard)
    assert finish.isEnabled() and not page.undo_button.isEnabled()
    assert _count(db, Organisation) == 0 and _count(db, Commitment) == 0


def test_the_mapping_can_be_changed_with_the_keyboard_and_tab_leaves_the_table(
    qtbot, db, tmp_path: Path
) -> None:
    """Tab went cell by cell (four presses a column) and wrapped round: it never reached
    'Load mapping…', 'Save mapping…' or the wizard's buttons."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QComboBox, QWizard

    from ui.exchange.screenshots import write_sample_sheet

    wizard = _open(qtbot, db, write_sample_sheet(tmp_path / "Steun.xlsx"))
    wizard.activateWindow()
    page = _to_mapping(qtbot, wizard)
    rows = page.model.rowCount()
    page.view.setFocus()
    seen = []
    for _ in range(rows + 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    combos = [page.view.indexWidget(page.model.index(r, MappingModel.TARGET)) for r in range(rows)]
    assert seen[:rows] == combos
    assert seen[rows : rows + 3] == [
        page.load_button,
        page.save_button,
        wizard.button(QWizard.WizardButton.BackButton),
    ]

    # 'Opmerkingen' (the last column) not imported: Shift+Tab back to its combo, Home.
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    last = QApplication.focusWidget()
    assert isinstance(last, QComboBox) and last is combos[-1]
    qtbot.keyClick(last, Qt.Key.Key_Home)
    qtbot.keyClick(last, Qt.Key.Key_Tab)  # leaving the combo box keeps the choice
    assert page.model.targets[rows - 1] is None
    wizard.next()
    assert wizard.mapping.columns[rows - 1] is None


def test_an_import_that_ends_at_once_still_shows_a_clean_summary(qtbot, db, tmp_path: Path) -> None:
    """With the import finishing inside the import page's initializePage (Op.run_inline,
    as the screenshots run it) the nested next() left the import page drawn over the
    summary, no header and no Finish button."""
    from PySide6.QtWidgets import QWizard

    from ui.exchange.screenshots import write_sample_sheet
    from ui.worker import Op

    wizard = _open(qtbot, db, write_sample_sheet(tmp_path / "Steun.xlsx"))
    _to_mapping(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    Op.run_inline = True
    try:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    finally:
        Op.run_inline = False
    assert wizard.report.imported == 8
    assert not wizard.import_page.isVisible()
    assert wizard.summary_page.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


WALK_SCRIPT = r'''
import json, sys, threading
from pathlib import Path

off_main = []


class Spy:
    """Notes every module imported for the first time off the UI thread."""

    def find_spec(self, name, path, target=None):
        if threading.current_thread() is not threading.main_thread():
            off_main.append(name)
        return None


sys.meta_path.insert(0, Spy())
from PySide6.QtWidgets import QApplication

app = QApplication([])
from liaison.services import records
from liaison.storage.db import open_database
from liaison.storage.models import Organisation
from ui.exchange import import_wizard as iw
from ui.exchange.export_dialog import ExportDialog
from ui.exchange.screenshots import _wait

work = Path(sys.argv[1])
db = open_database(work / "liaison.db", officer="Tester")
with db.session_scope() as s:
    records.create(s, Organisation, name="Buurtcafe Zuid Plein", kind="initiative")
csv = work / "steun.csv"
csv.write_bytes(
    "Initiatief;Contactpersoon;Tel.;E-mailadres;Soort steun;Verstrekt door;Bedrag\r\n"
    "Buurtcafé Zuidplein;José Álvarez;+32 470 12 34 56;jose@cafe.nl;Financieel;Fonds;€ 1.500,-\r\n"
    ";Ömer Çelik;06-12345678;omer@tuin.nl;Ruimte;Woonstad;\r\n".encode("cp1252")
)
w = iw.ImportWizard(db, path=csv)
w.show()
assert _wait(w.file_page.isComplete)
w.next()
w.next()
assert _wait(w.mapping_page.isComplete)
w.next()
assert _wait(w.preview_page.isComplete)
w.next()
if w.currentId() == iw.DUPLICATES_PAGE:
    w.next()
assert _wait(lambda: w.currentId() == iw.SUMMARY_PAGE)
assert w.report.rejected == 1 and w.rejects_file_exists()
w.summary_page.undo()
assert _wait(lambda: w.summary_page.undo_op is None)
d = ExportDialog(db)
d.path_edit.setText(str(work / "overzicht.xlsx"))
d.start()
assert _wait(lambda: d.op is None) and d.report is not None
print(json.dumps(off_main))
'''


def test_the_workers_import_nothing_for_the_first_time(tmp_path: Path) -> None:
    """A module imported for the first time in a worker runs PySide6's import hook off
    the UI thread; the wizard crashed with a segmentation fault on its way to the
    mapping page (the lazily imported importer, phonenumbers, rapidfuzz…), 2 runs in 6.
    A fresh process walks file → summary → undo → export and lists such imports."""
    import json
    import os
    import subprocess
    import sys

    script = tmp_path / "walk.py"
    script.write_text(WALK_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    off_main = json.loads(done.stdout.strip().splitlines()[-1])
    assert off_main == []


def test_a_closed_wizard_is_freed_with_its_plan(qtbot, db, tmp_path: Path) -> None:
    """open_import_wizard made the wizard a child of the main window and never deleted
    it: every import left its wizard, its plan and every row of the sheet in memory
    until the app was closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)

    def close_when_shown() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, iw.ImportWizard) and w.isVisible()
        ]
        if shown:
            shown[0].reject()
        else:
            QTimer.singleShot(20, close_when_shown)

    for _ in range(2):
        QTimer.singleShot(0, close_when_shown)
        iw.open_import_wizard(db, window)
    # (children(), not findChildren(): PySide6 6.11's findChildren crashes on this tree)
    qtbot.waitUntil(
        lambda: not [c for c in window.children() if isinstance(c, iw.ImportWizard)],
        timeout=5_000,
    )


def test_a_workbook_of_only_charts_is_refused_on_the_file_page(qtbot, db, tmp_path: Path) -> None:
    """It was accepted ('XLSX file with 1 sheet'); the sheet page then offered no sheet
    and Next did nothing, without a word."""
    import xlsxwriter

    path = tmp_path / "grafiek.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    chartsheet = wb.add_chartsheet("Grafiek")
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": "=Grafiek!$A$1:$A$3"})
    chartsheet.set_chart(chart)
    wb.close()
    wizard = iw.ImportWizard(db, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page._op is None, timeout=TIMEOUT)
    assert not wizard.file_page.isComplete()
    assert "only charts" in wizard.file_page.status.text()


def test_the_preview_of_a_liaison_export_leaves_out_the_ids(qtbot, db, tmp_path: Path) -> None:
    """The 36-character ids filled the first and widest column of every sheet."""
    from liaison.exchange.export import export_workbook
    from liaison.services import records
    from liaison.storage.db import open_database

    source = open_database(tmp_path / "bron.db", officer="Collega")
    with source.session_scope() as s:
        ini = records.create(s, Organisation, name="Buurtkeuken Spangen", kind="initiative")
        fund = records.create(s, Organisation, name="Fonds 1818", kind="fund")
        records.create(s, Commitment, partner=fund, initiative=ini, kind="financial")
    out = tmp_path / "collega.xlsx"
    export_workbook(source, out)
    source.close()

    wizard = _open(qtbot, db, out)
    _to_mapping(qtbot, wizard)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)
    for i in range(page.sheet_choice.count()):
        page.sheet_choice.setCurrentIndex(i)
        headers = page.model.headers
        hidden = {h for c, h in enumerate(headers) if page.view.isColumnHidden(c)}
        assert hidden and all(h.endswith(("ID", "IDs")) for h in hidden), hidden
        assert not page.view.isColumnHidden(headers.index("Naam")) if "Naam" in headers else True

    # The summary counted "4 row(s) in the sheet" for six sheets.
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    assert "in the workbook" in wizard.summary_page.counts.text()


def test_open_rejects_without_a_program_for_it_says_where_the_file_is(
    qtbot, db, tmp_path: Path
) -> None:
    """Without a program for .xlsx (here: the offscreen platform has none) the button
    did nothing at all."""
    from PySide6.QtCore import Qt

    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Wijk"],
        [["Soepgroep Bloemhof", "Bloemhof"], [None, "Hillesluis"]],
    )
    wizard = _import_all(qtbot, db, sheet)
    page = wizard.summary_page
    qtbot.mouseClick(page.open_rejects, Qt.MouseButton.LeftButton)
    assert str(wizard.rejects_path()) in page.status.text()


def test_saving_a_mapping_that_fails_says_so_in_dutch(qtbot, db, dutch, tmp_path: Path) -> None:
    """It said 'Het bestand kan niet worden gelezen: No such file or directory.' for a
    mapping that could not be *saved*, with the system's English reason."""
    from ui.exchange.screenshots import write_sample_sheet

    wizard = _open(qtbot, db, write_sample_sheet(tmp_path / "Steun.xlsx"))
    page = _to_mapping(qtbot, wizard)
    page.save_mapping(str(tmp_path / "bestaat-niet" / "koppeling.json"))
    text = page.status.text()
    assert "opgeslagen" in text and "gelezen" not in text
    assert "No such file" not in text and "bestaat niet" in text

    target = tmp_path / "koppeling.json"
    page.save_mapping(str(target))
    assert target.exists() and "koppeling.json" in page.status.text()


def test_a_typed_path_is_read_without_enter_and_a_changed_path_disables_next(
    qtbot, db, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWizard

    from ui.exchange.screenshots import write_sample_sheet

    first = write_sample_sheet(tmp_path / "Steun.xlsx")
    second = _sheet(tmp_path / "Ander.xlsx", ["Naam initiatief"], [["Kookclub"]])
    wizard = iw.ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    edit = wizard.file_page.path_edit
    qtbot.keyClicks(edit, str(first))  # typed (or pasted), no Enter, no Tab
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT)
    assert wizard.path == first
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()

    edit.selectAll()
    qtbot.keyClicks(edit, str(second))
    assert not next_button.isEnabled()  # not on with the file that was read before
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT)
    assert wizard.path == second


def test_the_preview_says_that_hidden_rows_and_columns_are_imported(
    qtbot, db, dutch, tmp_path: Path
) -> None:
    """The importer notes them for the whole sheet; the wizard showed those notes nowhere."""
    path = tmp_path / "Steun.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam initiatief", "Wijk", "Contactpersoon"])
    for name in ("Soepgroep Bloemhof", "Oud initiatief (gestopt)", "Kookclub Lombardijen"):
        ws.append([name, "Bloemhof", "Ans de Vries"])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["C"].hidden = True
    wb.save(path)
    wizard = _open(qtbot, db, path)
    _to_mapping(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    text = wizard.preview_page.summary.text()
    assert "verborgen" in text and "Rij 3" in text  # the hidden row, by its number
    assert "Contactpersoon" in text  # the hidden column, by its header


def test_the_preview_counts_only_the_rows_that_will_come_in(qtbot, db, tmp_path: Path) -> None:
    """'3 row(s) to import. 1 row(s) cannot be read and will be rejected.' for a sheet
    of which two rows were imported."""
    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Wijk"],
        [["Soepgroep Bloemhof", "Bloemhof"], [None, "Hillesluis"], ["Kookclub", "Zuidwijk"]],
    )
    wizard = _open(qtbot, db, sheet)
    _to_mapping(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    summary = wizard.preview_page.summary.text()
    assert summary.startswith("2 row(s) to import.") and "1 row(s) cannot be read" in summary
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    assert wizard.report.imported == 2


def test_the_dutch_of_the_exchange_dialogs_addresses_the_officer_as_u() -> None:
    """'Your mapping.' was 'Jouw koppeling.'; everything else says 'u'."""
    import re
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "liaison_nl_exchange.ts"
    informal = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
    found = [
        "".join(t.itertext())
        for t in ET.parse(ts).getroot().iter("translation")
        if informal.search("".join(t.itertext()))
    ]
    assert found == []


def test_the_preview_can_show_only_the_rows_with_problems(qtbot, db, tmp_path: Path) -> None:
    """Three warnings and a rejected row among the sample's nine rows, two of them off to
    the right: 'Only rows with problems' leaves the four rows to look at."""
    from PySide6.QtCore import Qt

    from ui.exchange.screenshots import write_sample_sheet

    wizard = _open(qtbot, db, write_sample_sheet(tmp_path / "Steun.xlsx"))
    _to_mapping(qtbot, wizard)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)
    shown = page.view.model()
    assert page.only_problems.isVisibleTo(wizard) and shown.rowCount() == 9
    page.only_problems.click()
    rows = [shown.headerData(r, Qt.Orientation.Vertical) for r in range(shown.rowCount())]
    assert rows == ["6", "7", "12"]  # bad e-mail; bad amount and date; no name
    first = shown.index(0, 3)
    assert "lotte@" in shown.data(first, Qt.ItemDataRole.ToolTipRole)
    page.only_problems.setChecked(False)
    assert shown.rowCount() == 9


@pytest.mark.slow  # waits out SQLite's 15-second busy timeout
def test_a_database_locked_by_another_program_is_one_sentence_and_can_be_retried(
    qtbot, db, db_path: Path, tmp_path: Path
) -> None:
    """It showed SQLAlchemy's text: '(sqlite3.OperationalError) database is locked
    [SQL: BEGIN IMMEDIATE] (Background on this error at: https://sqlalche.me/…)'."""
    import sqlite3

    from ui.exchange.screenshots import write_sample_sheet

    wizard = _open(qtbot, db, write_sample_sheet(tmp_path / "Steun.xlsx"))
    _to_mapping(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a colleague's program holds the write lock
    try:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.import_page.op is None, timeout=TIMEOUT)
    finally:
        other.execute("ROLLBACK")
        other.close()
    text = wizard.import_page.status.text()
    assert "busy" in text and "SQL" not in text and "\n" not in text and "http" not in text
    wizard.back()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == iw.SUMMARY_PAGE, timeout=TIMEOUT)
    assert wizard.report.imported == 8


def test_numbers_from_excel_show_a_dutch_decimal_comma(qtbot, db, dutch, tmp_path: Path) -> None:
    """An amount typed in Excel as 2250,50 is the float 2250.5 in the file; the mapping
    examples and the preview showed '2250.5'."""
    from PySide6.QtCore import Qt

    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Bedrag"],
        [["Soepgroep Bloemhof", 2250.5], ["Kookclub", 750]],
    )
    wizard = _open(qtbot, db, sheet)
    page = _to_mapping(qtbot, wizard)
    examples = page.model.data(page.model.index(1, 2))
    assert examples == "2250,5; 750"
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    pv = wizard.preview_page.model
    assert pv.data(pv.index(0, 1), Qt.ItemDataRole.DisplayRole) == "2250,5"


def test_rejected_rows_are_written_beside_the_sheet_and_never_over_a_file(
    qtbot, db, tmp_path: Path
) -> None:
    """They went to a temporary folder, where corrections saved from Excel would be
    cleaned away; the summary did not say where they were."""
    sheet = _sheet(
        tmp_path / "Steun.xlsx",
        ["Naam initiatief", "Wijk"],
        [["Soepgroep Bloemhof", "Bloemhof"], [None, "Hillesluis"]],
    )
    earlier = tmp_path / "Steun - rejected rows.xlsx"
    earlier.write_bytes(b"mijn verbeteringen")  # the officer's corrected rejects of last time
    wizard = _import_all(qtbot, db, sheet)
    written = Path(wizard.report.rejects_path)
    assert written == tmp_path / "Steun - rejected rows (2).xlsx" and written.exists()
    assert earlier.read_bytes() == b"mijn verbeteringen"
    assert str(written) in wizard.summary_page.counts.text()
    rows = list(openpyxl.load_workbook(written, read_only=True).active.iter_rows(values_only=True))
    assert any("Hillesluis" in [str(v) for v in row] for row in rows)
