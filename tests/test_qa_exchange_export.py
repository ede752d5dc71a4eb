"""QA of the export dialog as an officer uses it: real database, real files, real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import liaison.demo as demo
from ui import i18n
from ui.exchange.export_dialog import ExportDialog

TIMEOUT = 60_000


@pytest.fixture
def dutch(qapp):
    i18n.install("nl")
    yield
    i18n.install("en")


@pytest.fixture
def filled(db):
    demo.generate(db, size=120)
    return db


def _export(qtbot, db, target: str) -> ExportDialog:
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(target)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=TIMEOUT)
    return dialog


def test_a_folder_as_target_puts_the_workbook_in_it(qtbot, filled, tmp_path: Path) -> None:
    """'Documenten' typed or pasted as the target used to write 'Documenten.xlsx' beside it."""
    folder = tmp_path / "Documenten"
    folder.mkdir()
    dialog = _export(qtbot, filled, str(folder))
    assert dialog.report is not None
    expected = folder / f"Liaison-overzicht-{dt.date.today():%Y-%m-%d}.xlsx"
    assert dialog.report.path == expected
    assert expected.exists()
    assert not (tmp_path / "Documenten.xlsx").exists()
    assert openpyxl.load_workbook(expected, read_only=True).sheetnames


def test_the_row_count_is_written_the_dutch_way(qtbot, filled, dutch, tmp_path: Path) -> None:
    dialog = _export(qtbot, filled, str(tmp_path / "overzicht.xlsx"))
    total = dialog.report.total
    assert total >= 1000
    dutch_number = f"{total:,}".replace(",", ".")
    assert f"({dutch_number} rijen)" in dialog.status.text()


def _answer(qtbot, dialog: ExportDialog, button) -> None:
    """Click ``button`` in the replace question as soon as it shows."""
    from PySide6.QtCore import QTimer

    def click() -> None:
        box = dialog.replace_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_an_existing_workbook_is_not_replaced_without_asking(qtbot, filled, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    out = tmp_path / "overzicht.xlsx"
    out.write_bytes(b"mijn aantekeningen van vanochtend")
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(out))
    dialog.show()

    _answer(qtbot, dialog, QMessageBox.StandardButton.No)
    dialog.start()
    assert dialog.op is None and dialog.report is None
    assert out.read_bytes() == b"mijn aantekeningen van vanochtend"

    _answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=TIMEOUT)
    assert dialog.report is not None
    assert openpyxl.load_workbook(out, read_only=True).sheetnames


def test_a_closed_export_dialog_is_freed(qtbot, db) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.exchange.export_dialog import open_export_dialog

    window = QMainWindow()
    qtbot.addWidget(window)

    def close_when_shown() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExportDialog) and w.isVisible()
        ]
        if shown:
            shown[0].reject()
        else:
            QTimer.singleShot(20, close_when_shown)

    QTimer.singleShot(0, close_when_shown)
    open_export_dialog(db, window)
    qtbot.waitUntil(
        lambda: not [c for c in window.children() if isinstance(c, ExportDialog)], timeout=5_000
    )


def test_open_folder_without_a_file_manager_says_where_the_workbook_is(
    qtbot, filled, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    dialog = _export(qtbot, filled, str(tmp_path / "overzicht.xlsx"))
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert str(tmp_path / "overzicht.xlsx") in dialog.status.text()


def _box_text(qtbot, run) -> str:
    """Run ``run`` and return the text of the message box it shows (closing it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def close_box() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [b for b in boxes if b.isVisible()]
        if shown:
            seen.append(shown[0].text())
            shown[0].accept()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)
    run()
    return seen[0]


def test_an_empty_calendar_does_not_send_the_officer_to_outlook(qtbot, db, tmp_path) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.exchange.export_dialog import export_calendar_interactive

    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "steun.ics"
    text = _box_text(qtbot, lambda: export_calendar_interactive(db, parent, out))
    assert "empty" in text and "Outlook" not in text
    assert out.exists()


def test_a_period_that_ends_before_it_starts_is_told_without_command_line_flags(
    qtbot, filled, tmp_path: Path
) -> None:
    from ui.formatting import to_qdate

    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "o.xlsx"))
    dialog.limit_period.setChecked(True)
    dialog.date_from.setDate(to_qdate(dt.date(2026, 11, 28)))
    dialog.date_to.setDate(to_qdate(dt.date(2026, 1, 1)))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=TIMEOUT)
    text = dialog.status.text()
    assert "--from" not in text and "--to" not in text and "before it starts" in text
    assert not (tmp_path / "o.xlsx").exists()


def test_without_a_documents_folder_the_suggested_file_can_be_written(
    qtbot, db, tmp_path: Path, monkeypatch
) -> None:
    """On an account without ~/Documents the dialog suggested a file in it, and Export
    said at once that the folder does not exist."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target().parent.is_dir()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=TIMEOUT)
    assert dialog.report is not None and dialog.report.path.parent == home
