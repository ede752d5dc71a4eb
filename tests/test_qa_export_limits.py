"""A sheet Excel cannot hold is refused before anything is written (XlsxWriter drops rows
past 1,048,576 without a word: a contact log that long lost its newest entries)."""

from __future__ import annotations

import datetime as dt

import pytest

from liaison.errors import ValidationError
from liaison.exchange import export
from liaison.services import contact_log, records
from liaison.storage.models import Organisation


def test_a_contact_log_longer_than_a_sheet_is_refused_and_no_file_is_left(
    db, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Buurtkracht Bospolder", kind="initiative")
        s.flush()
        for day in range(1, 6):
            contact_log.log_interaction(
                s, occurred_at=dt.datetime(2026, 3, day, 10), channel="call",
                summary=f"Gebeld {day}", organisation_ids=[ini.id], person_ids=[],
            )  # fmt: skip
    monkeypatch.setattr(export, "MAX_SHEET_ROWS", 4)  # a sheet of four rows, for the test
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "overzicht.xlsx"
    with pytest.raises(ValidationError, match=r"contact log would take 5 rows.*shorter period"):
        export.export_workbook(db, target)
    assert list(out.iterdir()) == []  # nothing half-written
    export.export_workbook(db, target, date_from=dt.date(2026, 3, 2))  # four fit
    assert target.exists()
