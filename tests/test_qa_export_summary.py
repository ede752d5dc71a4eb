"""The Overzicht sheet as a team lead uses it: filter, city total, support per kind.

Found by the export QA helper: the table per kind of support sat beside the
area table, in the same rows, inside the reach of the area table's autofilter;
filtering on a district hid the kinds (and squashed the chart anchored in those
rows). There was no total for the whole city, and nothing said that the figures
are as they stand on the day of the export while the period only limits the
contact log.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import range_boundaries

from liaison.exchange import layout
from liaison.exchange.export import export_workbook
from liaison.services import records
from liaison.storage.models import Commitment, Neighbourhood, Organisation

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def city(db):
    """Two districts, three initiatives, four running commitments of two kinds."""
    with db.session_scope() as s:
        bloemhof = records.create(s, Neighbourhood, name="Bloemhof", district="Feijenoord")
        spangen = records.create(s, Neighbourhood, name="Spangen", district="Delfshaven")
        records.create(s, Neighbourhood, name="Hillesluis", district="Feijenoord")  # empty
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        school = records.create(s, Organisation, name="Albeda", kind="education")
        inis = [
            records.create(s, Organisation, name=n, kind="initiative", neighbourhood=h)
            for n, h in (("Soep", bloemhof), ("Taalcafé", bloemhof), ("Buurtmoeders", spangen))
        ]
        for ini, partner, kind, amount in (
            (inis[0], fund, "financial", "1500"),
            (inis[1], fund, "financial", "250.50"),
            (inis[2], fund, "financial", "1000"),
            (inis[2], school, "space", None),
        ):
            records.create(
                s,
                Commitment,
                partner=partner,
                initiative=ini,
                kind=kind,
                amount=Decimal(amount) if amount else None,
                start=dt.date(2026, 1, 1),
                end=dt.date(2027, 12, 31),
                status="active",
            )
    return db


def _export(db, tmp_path: Path, **kw) -> tuple[Path, openpyxl.worksheet.worksheet.Worksheet]:
    path = tmp_path / "overzicht.xlsx"
    export_workbook(db, path, today=TODAY, **kw)
    return path, openpyxl.load_workbook(path)[layout.SUMMARY_SHEET]


def test_filtering_the_areas_hides_nothing_else(city, tmp_path: Path) -> None:
    path, ws = _export(city, tmp_path)
    min_col, min_row, max_col, max_row = range_boundaries(ws.auto_filter.ref)
    assert ws.cell(min_row, 1).value == "Gebied"
    for row in ws.iter_rows(min_row=min_row, max_row=max_row):
        for cell in row:
            if cell.value is not None:
                assert min_col <= cell.column <= max_col, (cell.coordinate, cell.value)
    # The chart keeps its size and place when the filter hides rows.
    with zipfile.ZipFile(path) as z:
        drawing = z.read("xl/drawings/drawing1.xml").decode()
    assert 'editAs="absolute"' in drawing


def test_city_total_and_support_per_kind_lie_below_the_filtered_rows(city, tmp_path) -> None:
    _path, ws = _export(city, tmp_path)
    _c, _r, _mc, max_row = range_boundaries(ws.auto_filter.ref)
    rows = {
        r[0]: r for r in ws.iter_rows(min_row=max_row + 1, values_only=True) if r[0] is not None
    }
    total = rows["Alle gebieden"]
    assert total[1:5] == ("Totaal", 3, 4, pytest.approx(2750.50))
    assert rows["Soort steun"][2:5] == ("Initiatieven", "Lopende toezeggingen", "Euro's")
    assert rows["Financieel"][2:5] == (3, 3, pytest.approx(2750.50))
    assert rows["Ruimte"][2:5] == (1, 1, 0)
    # The district totals above still add up to the city total.
    districts = [
        r for r in ws.iter_rows(min_row=6, max_row=max_row, values_only=True) if r[1] == "Totaal"
    ]
    assert sum(r[2] for r in districts) == total[2]
    assert sum(r[3] for r in districts) == total[3]


def test_the_note_says_on_which_day_the_figures_stand(city, tmp_path: Path) -> None:
    _path, ws = _export(city, tmp_path, date_from="01-01-2026", date_to="31-03-2026")
    note = ws["A2"].value
    assert re.search(r"stand op 27-11-2026", note), note
    assert "Contactlog: 01-01-2026 t/m 31-03-2026" in note


def test_a_neighbourhood_without_initiatives_has_no_shares(city, tmp_path: Path) -> None:
    """Found later by the same helper: '0 %' fragile and '0 %' with municipal contact
    for a neighbourhood without initiatives read as a bad score; a share of nothing
    is left empty."""
    _path, ws = _export(city, tmp_path)
    rows = {r[1]: r for r in ws.iter_rows(min_row=6, values_only=True) if r[0]}
    assert rows["Hillesluis"][2:7] == (0, 0, 0, None, None)
    assert rows["Spangen"][2] == 1 and rows["Spangen"][5] is not None
    assert rows["Spangen"][6] is not None


def test_signals_read_as_sentences(city, tmp_path: Path) -> None:
    """Found by the same helper: several signals were joined with the list separator,
    'Alle lopende steun is eenmalig; niets is structureel.; Nog geen contact vastgelegd.'"""
    path, _ws = _export(city, tmp_path)
    ws = openpyxl.load_workbook(path)["Initiatieven"]
    h = [c.value for c in ws[1]]
    texts = [r[h.index("Signalen")] for r in ws.iter_rows(min_row=2, values_only=True)]
    several = [t for t in texts if t and t.count(".") > 1]
    assert several, texts
    for text in several:
        assert ".;" not in text, text
        assert ". " in text, text


def test_an_empty_database_keeps_the_city_total_out_of_the_filter(db, tmp_path: Path) -> None:
    _path, ws = _export(db, tmp_path)
    _c, _r, _mc, max_row = range_boundaries(ws.auto_filter.ref)
    below = [r for r in ws.iter_rows(min_row=max_row + 1, values_only=True) if r[0]]
    assert below and below[0][:4] == ("Alle gebieden", "Totaal", 0, 0)
    assert [r for r in ws.iter_rows(min_row=6, max_row=max_row, values_only=True) if any(r)] == []


def test_every_kind_of_support_has_its_row(city, tmp_path: Path) -> None:
    """Found by the same helper: kinds without running support were left out, so the
    gaps in the palette did not show and the rows moved from one monthly export to the
    next."""
    _path, ws = _export(city, tmp_path)
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "Soort steun")
    kinds = [r for r in rows[head + 1 :] if r[0]]
    assert [r[0] for r in kinds] == [
        "Financieel",
        "In natura",
        "Koppeling",
        "Media-aandacht",
        "Ruimte",
        "Vrijwilligers",
        "Expertise",
        "Overig",
    ]
    by_kind = {r[0]: r[2:5] for r in kinds}
    assert by_kind["Financieel"] == (3, 3, pytest.approx(2750.50))
    assert by_kind["Media-aandacht"] == (0, 0, 0)
