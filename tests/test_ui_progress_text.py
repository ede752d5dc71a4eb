"""Every progress message the core sends reaches a Dutch officer in Dutch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from liaison import demo
from liaison.exchange.export import export_workbook
from liaison.exchange.importer import run_import
from liaison.storage.db import open_database
from ui import i18n
from ui.progress_text import progress_text


class Collect:
    def __init__(self) -> None:
        self.messages: set[str] = set()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if message:
            self.messages.add(message)


@pytest.fixture
def dutch(qapp):
    i18n.install("nl")
    yield
    i18n.install("en")


def test_demo_export_import_and_reimport_speak_dutch(dutch, tmp_path: Path) -> None:
    seen = Collect()
    source = open_database(tmp_path / "source.db", officer="Fatima")
    demo.generate(source, size=30, today=dt.date(2026, 3, 16), progress=seen, force=False)
    export_workbook(source, tmp_path / "overzicht.xlsx")  # its dialog shows no messages
    source.close()
    target = open_database(tmp_path / "target.db", officer="Kees")
    run_import(target, tmp_path / "overzicht.xlsx", progress=seen)  # officers, tags, contacts
    with target.session_scope() as s:  # a colleague's edit: the import updates it back
        s.execute(demo_edit())
    run_import(target, tmp_path / "overzicht.xlsx", progress=seen)
    run_import(target, overview_sheet(tmp_path / "sheet.xlsx", 2_000), progress=seen)
    target.close()
    for expected in ("Writing interaction records", "Writing officer records", "Matching records",
                     "Writing the audit trail", "Updating records", "Contact log", "Reading rows", "Saving"):  # fmt: skip
        assert expected in seen.messages
    untranslated = sorted(m for m in seen.messages if progress_text(m) == m)
    assert not untranslated, untranslated


def overview_sheet(path: Path, rows: int) -> Path:
    """A colleague's sheet long enough for the matching to report progress."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Overzicht")
    ws.append(["Initiatief", "Contactpersoon", "E-mailadres", "Verstrekt door", "Bedrag (€)"])
    for i in range(rows):
        ws.append(
            [f"Buurtinitiatief {i}", f"Anna de Vries {i}", f"anna{i}@buurt.nl", "Oranje Fonds", 100]
        )
    wb.save(path)
    return path


def demo_edit():
    from sqlalchemy import text

    return text("UPDATE organisation SET description = 'door een collega gewijzigd'")


def test_an_unknown_message_is_shown_as_it_came(dutch) -> None:
    assert progress_text("Writing organisation records") == "Organisaties opslaan"
    assert progress_text("Iets nieuws") == "Iets nieuws"
    i18n.install("en")
    assert progress_text("Writing organisation records") == "Saving organisations"
