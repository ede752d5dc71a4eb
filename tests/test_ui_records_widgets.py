"""Input widgets: euro and date parsing, e-mail/phone checks, the record picker with completion."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from liaison.storage.db import Database
from tests.ui_records_world import english_ui, make_world  # noqa: F401 - autouse fixture
from ui.editing.validation import check_email, check_phone
from ui.widgets import DateEdit, EuroEdit, RecordPicker, parse_date, parse_euros
from ui.widgets.record_picker import organisation_source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.500,00", Decimal("1500.00")),
        ("1500", Decimal("1500.00")),
        ("€ 1.500,-", Decimal("1500.00")),
        ("€1.500", Decimal("1500.00")),
        ("12,5", Decimal("12.50")),
        ("1,500.00", Decimal("1500.00")),
        ("2.000.000", Decimal("2000000.00")),
        ("0,99", Decimal("0.99")),
        ("1500 euro", Decimal("1500.00")),  # as people type it (the importer took it already)
        ("EUR 12,50", Decimal("12.50")),
        ("2,50 Euro", Decimal("2.50")),
        ("", None),
    ],
)
def test_parse_euros_accepts_dutch_forms(text: str, value: Decimal | None) -> None:
    assert parse_euros(text) == value


@pytest.mark.parametrize("text", ["abc", "-5", "1.50,00", "12,345", "1,5,0", "€", "1,234"])
def test_parse_euros_refuses(text: str) -> None:
    # a single comma is a decimal comma in Dutch, so "12,345" has three decimals: refused
    with pytest.raises(ValueError):
        parse_euros(text)


def test_parse_date_forms() -> None:
    today = dt.date(2026, 11, 27)
    assert parse_date("31-12-2026", today) == dt.date(2026, 12, 31)
    assert parse_date("4-12", today) == dt.date(2026, 12, 4)
    assert parse_date("4/1/27", today) == dt.date(2027, 1, 4)
    assert parse_date("2026-12-31", today) == dt.date(2026, 12, 31)
    assert parse_date("+7", today) == dt.date(2026, 12, 4)
    assert parse_date("+2w", today) == dt.date(2026, 12, 11)
    assert parse_date("+3m", today) == dt.date(2027, 2, 27)
    assert parse_date("vandaag", today) == today
    assert parse_date("", today) is None
    assert parse_date("1 mei 2026", today) == dt.date(2026, 5, 1)  # the month in words
    assert parse_date("15 juni", today) == dt.date(2026, 6, 15)
    for bad in ("31-02-2026", "morgen?", "12", "x mei"):
        with pytest.raises(ValueError):
            parse_date(bad, today)


def test_email_and_phone_checks() -> None:
    assert check_email("Jan@Example.NL") == ("Jan@example.nl", None)
    assert check_email("jan@")[1] is not None
    assert check_phone("06-12345678") == ("06 12345678", None)
    assert check_phone("0101234567") == ("010 123 4567", None)
    assert check_phone("010-12")[1] is not None
    assert check_phone("+32 2 555 12 12")[1] is None
    assert check_phone("") == (None, None)


def test_date_edit_and_euro_edit_widgets(qtbot) -> None:  # type: ignore[no-untyped-def]
    date_edit = DateEdit(required=True)
    qtbot.addWidget(date_edit)
    assert date_edit.error() is not None  # required and empty
    qtbot.keyClicks(date_edit.edit, "31-12-2026")
    assert date_edit.date() == dt.date(2026, 12, 31) and date_edit.error() is None
    date_edit.edit.setText("32-12-2026")
    assert date_edit.date() is None and date_edit.error() is not None
    date_edit.edit.setText("31-2-2026")  # a day that does not exist is told as such
    assert "does not exist" in (date_edit.error() or "")
    euro = EuroEdit()
    qtbot.addWidget(euro)
    euro.setText("€ ")  # QTest types ASCII only
    qtbot.keyClicks(euro, "1.500,-")
    assert euro.value() == Decimal("1500.00") and euro.error() is None
    euro.setText("twaalf")
    assert euro.value() is None and euro.error() is not None


def test_record_picker_takes_first_match_on_enter(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    picker = RecordPicker(organisation_source(db))
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.edit, "oranje")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.ids() == [ids["fund"]]
    assert picker.pending_text() == ""
    qtbot.keyClicks(picker.edit, "buurtk")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.ids() == [ids["fund"], ids["ini"]]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)  # empty field: drops the last chip
    assert picker.ids() == [ids["fund"]]
    qtbot.keyClicks(picker.edit, "zzzz")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.ids() == [ids["fund"]] and picker.pending_text() == "zzzz"


def test_record_picker_offers_new_name_last(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    picker = RecordPicker(organisation_source(db), new_entity="organisation")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.edit, "oranje")
    picker.refresh()
    rows = [picker.model.index(r, 0).data() for r in range(picker.model.rowCount())]
    assert rows == ["Oranje Fonds", "New: oranje"]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # the first match still wins
    assert picker.ids() == [ids["fund"]] and picker.new_names() == []
    for _ in range(2):  # the same new name twice gives one new record
        qtbot.keyClicks(picker.edit, "Zzz Nieuw")
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.new_names() == ["Zzz Nieuw"] and picker.ids() == [ids["fund"]]
    assert [r.id < 0 for r in picker.refs()] == [False, True]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)  # drops the new chip
    assert picker.new_names() == [] and picker.ids() == [ids["fund"]]
