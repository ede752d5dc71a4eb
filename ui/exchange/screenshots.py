"""Render the import wizard's pages and the export dialog to PNG, with realistic data.

``render_all(db, outdir)`` is called by the screenshots command (ui.screenshots);
it writes a colleague's overview sheet of the kind officers mail each other,
walks the wizard through it against ``db`` (nothing is committed unless the
import page runs — it does, on a copy the caller gave us), and exports a
workbook from ``db`` into a temporary folder for the finished dialog.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from liaison.storage.db import Database

SHEET_HEADERS = [
    "Naam initiatief",
    "Wijk",
    "Contactpersoon",
    "E-mailadres",
    "Tel.",
    "Soort steun",
    "Verstrekt door",
    "Bedrag (€)",
    "Startdatum",
    "Einddatum",
    "Opmerkingen",
]

SHEET_ROWS = [
    ["Soepgroep Bloemhof", "Bloemhof", "Ans de Vries", "ans@soepgroep.nl", "06-12345678",
     "Financieel", "Oranje Fonds", "€ 1.500,-", "1-5-2026", "30-4-2027", "jaarlijks"],
    ["Digibuddies Zuid", "Afrikaanderwijk", "Karim Bennani", "karim@digibuddies.nl",
     "010 4123456", "In natura", "Woonstad Rotterdam", "750", "15/06/2026", "", ""],
    ["Taalcafé Spangen", "Spangen", "Lotte van der Berg", "lotte@", "06 98765432",
     "Koppeling", "Gemeente Rotterdam", "", "2026-09-01", "2026-12-31", "e-mail klopt niet"],
    ["Moestuin Het Zuiden", "Tarwewijk", "Gerrit Jansen", "gerrit@moestuin.nl", "",
     "Financieel", "Fonds 1818", "veel", "31-02-2026", "", "bedrag onduidelijk"],
    ["Kookclub Oud-Charlois", "Oud-Charlois", "Fatma Yilmaz", "fatma@kookclub.nl",
     "+31 6 11122233", "Ruimte", "Buurthuis De Mussen", "", "1-1-2026", "31-12-2026", ""],
    ["Speeltuin Vreewijk", "Vreewijk", "Piet Bakker", "piet@speeltuin.nl", "06-55544433",
     "Media-aandacht", "RTV Rijnmond", "", "10-3-2026", "", ""],
    ["Klusteam Hillesluis", "Hillesluis", "Noor el Amrani", "noor@klusteam.nl",
     "06-22233344", "Vrijwilligers", "Hogeschool Rotterdam", "", "1-9-2026", "1-7-2027", ""],
    ["Soepgroep Bloemhof", "Bloemhof", "Ans de Vries", "ans@soepgroep.nl", "06-12345678",
     "Expertise", "Gemeente Rotterdam", "", "1-6-2026", "", "tweede regel zelfde initiatief"],
    ["", "Katendrecht", "Mo Yilmaz", "mo@example.nl", "", "Financieel", "Fonds 1818", "500",
     "1-2-2026", "", "naam initiatief vergeten"],
]  # fmt: skip


def write_sample_sheet(path: Path) -> Path:
    """A colleague's overview: a title row, headers, data with a few typos, a totals row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Steun 2026"
    ws.append(["Overzicht steun initiatieven Feijenoord 2026"])
    ws.append([])
    ws.append(SHEET_HEADERS)
    for row in SHEET_ROWS:
        ws.append(row)
    ws.append(["Totaal", None, None, None, None, None, None, 2250])
    notes = wb.create_sheet("Toelichting")
    notes.append(["Bijgehouden door team Feijenoord"])
    wb.save(path)
    return path


def _settle(rounds: int = 8) -> None:
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        _settle(2)
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _save(widget: QWidget, outdir: Path, name: str) -> Path:
    _settle()
    path = outdir / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    return path


def render_export_dialog(db: Database, outdir: Path, workdir: Path) -> list[Path]:
    from ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(db)
    dialog.path_edit.setText(str(workdir / "Liaison-overzicht.xlsx"))
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    shots = [_save(dialog, outdir, "export_dialog")]
    dialog.limit_period.setChecked(True)
    dialog.start()
    _wait(lambda: dialog.op is None)
    shots.append(_save(dialog, outdir, "export_dialog_done"))
    dialog.close()
    return shots


def _known_lookalike(db: Database) -> None:
    """An initiative whose name is close to one in the sheet, so the review page has work."""
    from liaison.services import records
    from liaison.storage.models import Organisation

    with db.session_scope() as session:
        records.create(session, Organisation, name="Digi Buddies Zuid", kind="initiative")


def render_wizard(db: Database, outdir: Path, workdir: Path) -> list[Path]:
    from ui.exchange.import_wizard import ImportWizard

    _known_lookalike(db)
    sheet = write_sample_sheet(workdir / "Steun Feijenoord 2026.xlsx")
    wizard = ImportWizard(db, path=sheet)
    wizard.resize(980, 640)
    wizard.show()
    _wait(lambda: wizard.file_page.isComplete())
    shots = [_save(wizard, outdir, "import_1_file")]
    steps = (
        ("import_2_sheet", lambda: True),
        ("import_3_mapping", lambda: wizard.mapping_page.isComplete()),
        ("import_4_preview", lambda: wizard.preview_page.isComplete()),
    )
    for name, ready in steps:
        wizard.next()
        if not _wait(ready):
            break
        shots.append(_save(wizard, outdir, name))
    if wizard.currentId() == 3 and wizard.preview_page.isComplete():  # PREVIEW_PAGE
        wizard.next()
        if wizard.currentId() == 4:
            shots.append(_save(wizard, outdir, "import_5_duplicates"))
            wizard.next()
        _wait(lambda: wizard.report is not None or wizard.import_page.op is None)
        _wait(lambda: wizard.currentId() == 6, timeout=5)
        shots.append(_save(wizard, outdir, "import_6_summary"))
    wizard.close()
    return shots


def render_imports_dialog(db: Database, outdir: Path) -> list[Path]:
    from ui.exchange.imports_dialog import ImportsDialog

    dialog = ImportsDialog(db)
    dialog.show()
    shots = [_save(dialog, outdir, "imports_dialog")]
    dialog.close()
    return shots


def render_all(db: Database, outdir: str | Path) -> list[Path]:
    """PNG of every wizard page and of the export dialog (before and after exporting)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="liaison-exchange-shots-") as tmp:
        work = Path(tmp)
        shots = render_export_dialog(db, out, work)
        shots += render_wizard(db, out, work)
        shots += render_imports_dialog(db, out)  # after the wizard's import: it is listed
    return shots


__all__ = ["SHEET_HEADERS", "SHEET_ROWS", "render_all", "write_sample_sheet"]
