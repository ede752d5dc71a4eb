"""Text that looks like a formula stays text, also once a colleague edits the workbook.

Found by the export QA helper: such text was written as a plain string cell,
which Excel shows as text, but Excel turns it into a live formula as soon as
the cell is edited (F2, Enter) or Find & Replace runs over the sheet — the
classic route of formula injection. Excel's quote prefix (the hidden leading
apostrophe) keeps it text; the value read back is unchanged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from liaison.exchange import layout
from liaison.exchange.export import export_workbook
from liaison.services import records
from liaison.storage.models import Interaction, Neighbourhood, Organisation

TODAY = dt.date(2026, 11, 27)
RISKY = ['=HYPERLINK("http://x","klik")', "+31 6 1234 5678", "-2+3", "@SUM(A1)"]


@pytest.fixture
def tricky(db):
    with db.session_scope() as s:
        hood = records.create(s, Neighbourhood, name="=1+1", district="@Zuid")
        for i, text in enumerate(RISKY):
            org = records.create(
                s, Organisation, name=f"Initiatief {i}", kind="initiative", neighbourhood=hood
            )
            org.description = text  # as an import or an older version could have stored it
            records.create(
                s,
                Interaction,
                occurred_at=dt.datetime(2026, 11, 1, 10, 0),
                channel="call",
                summary=text,
                organisations=[org],
            )
        records.create(s, Organisation, name="Gewone tekst", kind="initiative", description="ok")
    return db


def test_formula_like_text_carries_the_quote_prefix(tricky, tmp_path: Path) -> None:
    path = tmp_path / "overzicht.xlsx"
    export_workbook(tricky, path, today=TODAY)
    wb = openpyxl.load_workbook(path)
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value and value[0] in "=+-@":
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
                    assert cell.quotePrefix, (ws.title, cell.coordinate, value)
                    seen += 1
    # descriptions, summaries, the neighbourhood and district on every sheet and the summary
    assert seen >= 2 * len(RISKY) + 4
    plain = next(r for r in wb["Initiatieven"].iter_rows(min_row=2) if r[1].value == "Gewone tekst")
    assert not plain[1].quotePrefix
    # The values themselves are unchanged for the importer (python-calamine).
    log = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Contactlog").to_python()
    summaries = {r[layout.CONTACT_LOG.headers.index("Samenvatting")] for r in log[1:]}
    assert summaries == set(RISKY)
