"""Audit of issue 4: importing the same sheet again changes nothing — also when it disagrees
with itself.

A colleague's sheet names the same contact (same e-mail) as "Jan de Vries" in one row
and "J. de Vries" in another. The first import kept "Jan" (row 2) with a warning. The
second import of the very same file changed the given name to "J." (the row agreeing
with the database did not count, so row 4 looked like a change), the third back to
"Jan", and so on: every import of an unchanged file updated and audited the record.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from liaison.exchange.importer import run_import
from liaison.storage.db import Database
from liaison.storage.models import Person


def test_a_sheet_that_disagrees_with_itself_settles_after_the_first_import(
    db: Database, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Contactpersoon", "E-mailadres", "Tel."])
    ws.append(["Buurtkeuken Zuid", "Jan de Vries", "jan@bk.nl", "06-12345678"])
    ws.append(["Taalcafé Zuid", "Piet Jansen", "piet@tc.nl", None])
    ws.append(["Buurtkeuken Zuid", "J. de Vries", "JAN@BK.NL", "06-87654321"])
    path = tmp_path / "contacten.xlsx"
    wb.save(path)

    first = run_import(db, path)
    assert (first.imported, first.unchanged) == (2, 1)  # row 4 adds nothing: it conflicts
    for _ in range(2):
        again = run_import(db, path)
        assert (again.imported, again.unchanged, again.updated) == (0, 3, {})
        assert again.batch_uuid is None  # nothing written, nothing to undo
    with db.session_scope(write=False) as s:
        jan = s.scalars(select(Person).where(Person.email == "jan@bk.nl")).one()
        assert (jan.given_name, jan.phone) == ("Jan", "+31 6 12345678")
    warnings = {p.message for p in again.problems if p.severity == "warning"}
    assert warnings == {
        "The given name differs from row 2; kept 'Jan' from row 2.",
        "The phone differs from row 2; kept '+31 6 12345678' from row 2.",
    }
