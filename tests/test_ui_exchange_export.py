"""The export dialog and the calendar action, driven as an officer would."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt

from liaison.exchange import layout
from liaison.exchange.export import PRIVACY_SAFE_TAG
from liaison.services import records
from liaison.storage.models import Commitment, Interaction, Organisation, Person
from ui.exchange.export_dialog import ExportDialog, export_calendar_interactive


@pytest.fixture
def filled(db):
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Buurtkeuken Spangen", kind="initiative")
        fund = records.create(s, Organisation, name="Fonds 1818", kind="fund")
        person = records.create(
            s, Person, given_name="Sanne", family_name="de Wit", email="sanne@example.nl"
        )
        records.create(
            s,
            Commitment,
            partner=fund,
            initiative=ini,
            kind="financial",
            end=dt.date.today() + dt.timedelta(days=30),
            renew_by=dt.date.today() + dt.timedelta(days=10),
        )
        for day in (dt.datetime(2025, 3, 1, 10), dt.datetime.now().replace(microsecond=0)):
            records.create(
                s,
                Interaction,
                occurred_at=day,
                summary="Gesprek met Sanne",
                organisations=[ini],
                people=[person],
            )
    return db


def test_defaults_are_safe(qtbot, filled) -> None:
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    assert dialog.privacy.isChecked()
    assert not dialog.date_from.isEnabled()
    assert dialog.period() == (None, None)
    dialog.limit_period.setChecked(True)
    assert dialog.date_from.isEnabled() and dialog.date_to.isEnabled()
    start, end = dialog.period()
    assert start == dt.date(dt.date.today().year, 1, 1) and end == dt.date.today()
    dialog.path_edit.setText("/tmp/zonder-extensie")
    assert dialog.target().name == "zonder-extensie.xlsx"


def test_export_runs_in_the_background_and_offers_the_folder(qtbot, filled, tmp_path) -> None:
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    out = tmp_path / "team.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.limit_period.setChecked(True)
    assert not dialog.open_folder_button.isVisible()
    dialog.show()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert out.exists()
    assert "team.xlsx" in dialog.status.text()
    assert dialog.open_folder_button.isVisible()
    assert dialog.export_button.isEnabled()
    assert dialog.progress.value() == dialog.progress.maximum()
    wb = openpyxl.load_workbook(out)
    assert wb[layout.MARKER_SHEET]["A2"].value == PRIVACY_SAFE_TAG
    assert wb["Contactlog"].max_row == 2  # only this year's contact
    texts = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not any("Sanne" in t for t in texts)


def test_an_unwritable_target_is_one_sentence(qtbot, filled, tmp_path) -> None:
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "bestaat-niet" / "x.xlsx"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=30_000)
    assert "does not exist" in dialog.status.text()
    assert "\n" not in dialog.status.text()
    assert dialog.report is None and dialog.export_button.isEnabled()
    assert not dialog.open_folder_button.isVisible()


def test_cancel_stops_the_export(qtbot, filled, tmp_path) -> None:
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    out = tmp_path / "weg.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.start()
    assert dialog.cancel_button.text() == "Cancel"
    dialog.cancel_button.click()  # the worker checks the flag before writing any row
    qtbot.waitUntil(lambda: dialog.op is None, timeout=30_000)
    assert "cancelled" in dialog.status.text()
    assert not out.exists()
    assert dialog.isVisible() is False or dialog.result() == 0


def test_calendar_action_writes_the_file(qtbot, filled, tmp_path) -> None:
    out = tmp_path / "steun.ics"
    assert export_calendar_interactive(filled, None, out) == 2
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 2
