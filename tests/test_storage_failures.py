"""A database another program is writing to is one sentence, from every path that writes,
and nothing is changed: the app, the command line and the importer say the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from liaison.exchange.importer import run_import
from liaison.services import records
from liaison.storage import db as db_module
from liaison.storage.db import open_database
from liaison.storage.failures import DatabaseUnavailableError
from liaison.storage.models import Organisation


@pytest.fixture
def held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A database (waiting 0.2 s, not 15, for a lock) whose write lock a colleague holds."""
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    db = open_database(tmp_path / "team.db", officer="Fatima")
    colleague = sqlite3.connect(tmp_path / "team.db", isolation_level=None)
    colleague.execute("BEGIN IMMEDIATE")
    yield db
    colleague.execute("ROLLBACK")
    colleague.close()
    db.close()


def test_a_write_while_a_colleague_writes_is_one_sentence(held) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DatabaseUnavailableError) as caught, held.session_scope() as s:
        records.create(s, Organisation, name="Buurtkracht", kind="initiative")
    message = str(caught.value)
    assert message.startswith("The database is busy") and "\n" not in message
    assert "sqlalchemy" not in message.lower() and "INSERT" not in message


def test_an_import_while_a_colleague_writes_is_one_sentence_and_changes_nothing(
    held, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    wb.active.append(["Initiatief", "Contactpersoon"])
    wb.active.append(["Buurtkracht", "Ayşe Yılmaz"])
    wb.save(tmp_path / "overzicht.xlsx")
    with pytest.raises(DatabaseUnavailableError, match="^The database is busy"):
        run_import(held, tmp_path / "overzicht.xlsx")


def test_other_errors_pass_unchanged(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.db", officer="Fatima")
    try:
        with pytest.raises(ZeroDivisionError), db.session_scope():
            1 / 0  # noqa: B018
    finally:
        db.close()
