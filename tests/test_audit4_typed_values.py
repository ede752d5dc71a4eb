"""Audit of issue 4: values as Dutch officers type them, none of them lost.

Two numbers in one phone cell ("06-12345678 / 010-1234567", a mobile and the
office) lost both: the cell was "not a phone number" and the contact person
came in without a phone. E-mail cells with two addresses already kept the
first; phones now do the same. And "Toegezegd" (promised), "Afgerond" and
"Verlopen" are the words colleagues use for the status of support: they were
unknown statuses, so the status was left out with a warning.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from sqlalchemy import select

from liaison.exchange.importer import run_import
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Person

HEADERS = ["Initiatief", "Contactpersoon", "Tel.", "Verstrekt door", "Soort steun",
           "Startdatum", "Status"]  # fmt: skip
ROWS = [
    ["Buurtkeuken Bloemhof", "Fatima el Amrani", "06-12345678 / 010-1234567", "Oranje Fonds",
     "Financieel", "1-2-2026", "Toegezegd"],
    ["Taalcafé Spangen", "Jan de Vries", "06 87654321 of 010 7654321", "Kansfonds",
     "In natura", "1-3-2025", "Afgerond"],
    ["Moestuin Hillesluis", "Ayşe Yılmaz", "06-1234 / 010-1234567", "Havensteder",
     "Ruimte", "1-1-2024", "Verlopen"],
]  # fmt: skip


def test_two_phone_numbers_in_a_cell_keep_the_first_and_known_statuses(
    db: Database, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    path = tmp_path / "steun.xlsx"
    wb.save(path)

    report = run_import(db, path)
    assert (report.rows, report.imported, report.rejected) == (3, 3, 0)
    with db.session_scope(write=False) as s:
        phones = {p.full_name: p.phone for p in s.scalars(select(Person))}
        statuses = {c.initiative.name: c.status for c in s.scalars(select(Commitment))}
    assert phones == {
        "Fatima el Amrani": "+31 6 12345678",
        "Jan de Vries": "+31 6 87654321",
        "Ayşe Yılmaz": "06-1234 / 010-1234567",  # the first incomplete: kept as typed
    }
    assert statuses == {
        "Buurtkeuken Bloemhof": "active",
        "Taalcafé Spangen": "ended",
        "Moestuin Hillesluis": "ended",
    }
    warnings = {(p.row, p.column): p.message for p in report.problems if p.severity == "warning"}
    assert warnings == {
        (2, "Tel."): "'06-12345678 / 010-1234567' holds 2 phone numbers; "
        "the first, '+31 6 12345678', was kept.",
        (3, "Tel."): "'06 87654321 of 010 7654321' holds 2 phone numbers; "
        "the first, '+31 6 87654321', was kept.",
        (4, "Tel."): "'06-1234 / 010-1234567' does not look like a complete phone number; "
        "it was kept as written.",
    }


def test_forms_of_address_and_surnames_alone_are_split_as_dutch_names(
    db: Database, tmp_path: Path
) -> None:
    """Municipal lists write "dhr. J. de Vries", "Mw. A. Bakker" or only "van Dam": the
    import made "dhr." the given name (and "J. de Vries" the family name, sorted under J),
    and "van" the given name of "van Dam"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Contactpersoon", "E-mailadres"])
    ws.append(["Buurtkeuken Bloemhof", "dhr. J. de Vries", "j.devries@buurtkeuken.nl"])
    ws.append(["Buurtkeuken Bloemhof", "Mw. A. Bakker", "a.bakker@buurtkeuken.nl"])
    ws.append(["Taalcafé Spangen", "van Dam", "vandam@taalcafe.nl"])
    ws.append(["Taalcafé Spangen", "Mevrouw Öztürk", "ozturk@taalcafe.nl"])
    ws.append(["Taalcafé Spangen", "Jan van der Berg", "jan@taalcafe.nl"])
    path = tmp_path / "contacten.xlsx"
    wb.save(path)

    report = run_import(db, path)
    assert (report.imported, report.rejected) == (5, 0)
    with db.session_scope(write=False) as s:
        names = {(p.given_name, p.infix, p.family_name) for p in s.scalars(select(Person))}
    assert names == {
        ("J.", "de", "Vries"),
        ("A.", "", "Bakker"),
        ("", "van", "Dam"),
        ("", "", "Öztürk"),
        ("Jan", "van der", "Berg"),
    }
    assert run_import(db, path).unchanged == 5


def test_not_known_yet_and_ongoing_are_no_value_not_a_problem(db: Database, tmp_path: Path) -> None:
    """'n.t.b.' (to be decided) and 'p.m.' for an amount, 'doorlopend' (ongoing) for an end
    date: each row came with a warning that the cell 'is not an amount' / 'not a date'."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Verstrekt door", "Soort steun", "Bedrag", "Startdatum", "Einddatum"])
    ws.append(["Buurtkeuken", "Oranje Fonds", "Financieel", "n.t.b.", "1-2-2026", "doorlopend"])
    ws.append(["Taalcafé", "Kansfonds", "Financieel", "p.m.", "1-3-2026", "Voor onbepaalde tijd"])
    ws.append(["Moestuin", "Havensteder", "Ruimte", "€ 250,-", "n.t.b.", "31-12-2026"])
    path = tmp_path / "steun.xlsx"
    wb.save(path)
    report = run_import(db, path)
    assert (report.imported, report.rejected) == (3, 0)
    assert [p.message for p in report.problems if p.severity != "info"] == []
    with db.session_scope(write=False) as s:
        support = {
            c.initiative.name: (c.amount, c.start, c.end) for c in s.scalars(select(Commitment))
        }
    assert support["Buurtkeuken"][0] is None and support["Buurtkeuken"][2] is None
    assert support["Moestuin"][1] is None


def test_a_phone_number_with_a_note_in_brackets_keeps_the_number(
    db: Database, tmp_path: Path
) -> None:
    """'06-12345678 (werk)' was 'not a phone number': the person came in without a phone."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Contactpersoon", "Tel."])
    ws.append(["Buurtkeuken", "Fatima el Amrani", "06-12345678 (werk)"])
    ws.append(["Taalcafé", "Jan de Vries", "010-1234567 (na 17u)"])
    ws.append(["Moestuin", "Ans Bakker", "(010) 123 45 67"])
    path = tmp_path / "contacten.xlsx"
    wb.save(path)
    report = run_import(db, path)
    with db.session_scope(write=False) as s:
        phones = {p.full_name: p.phone for p in s.scalars(select(Person))}
    assert phones == {
        "Fatima el Amrani": "+31 6 12345678",
        "Jan de Vries": "+31 10 123 4567",
        "Ans Bakker": "+31 10 123 4567",
    }
    assert [p.message for p in report.problems if p.severity == "warning"] == [
        "'06-12345678 (werk)': the number '+31 6 12345678' was kept without the note '(werk)'.",
        "'010-1234567 (na 17u)': the number '+31 10 123 4567' was kept without the note "
        "'(na 17u)'.",
    ]


def test_an_amount_with_words_around_it_keeps_the_amount(db: Database, tmp_path: Path) -> None:
    """'ca. € 2.000', '€ 1.500 p/j', '€ 750 excl. btw': the amount was dropped ('is not an
    amount in euros'). It is kept, and the warning says which words were left out; a cell
    whose words change the number ('€ 10k', '2 x € 500') or that holds no amount with a
    remark ('zie tabblad 2') is still a problem."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Verstrekt door", "Soort steun", "Bedrag", "Startdatum"])
    cells = ["ca. € 2.000", "€ 1.500 p/j", "€ 750 excl. btw", "€ 10k", "2 x € 500", "zie tabblad 2"]
    for i, amount in enumerate(cells):
        ws.append([f"Initiatief {i}", "Oranje Fonds", "Financieel", amount, "1-5-2026"])
    path = tmp_path / "steun.xlsx"
    wb.save(path)
    report = run_import(db, path)
    assert (report.imported, report.rejected) == (6, 0)
    with db.session_scope(write=False) as s:
        amounts = {c.initiative.name: c.amount for c in s.scalars(select(Commitment))}
    assert [amounts[f"Initiatief {i}"] for i in range(6)] == [
        Decimal("2000.00"), Decimal("1500.00"), Decimal("750.00"), None, None, None,
    ]  # fmt: skip
    warnings = [p.message for p in report.problems if p.severity == "warning"]
    assert warnings[0] == "'ca. € 2.000': 2000.00 was taken as the amount in euros, without 'ca.'."
    assert warnings[3:] == [f"'{c}' is not an amount in euros." for c in cells[3:]]


def test_tags_on_lines_of_their_own_and_recurring_support(db: Database, tmp_path: Path) -> None:
    """A themes cell typed with Alt+Enter ('Jongeren⏎Sport') became one label holding a line
    break; 'jaarlijks' / 'meerjarig' (yearly, multi-year) for 'Structureel' were 'not yes
    or no'."""
    from liaison.storage.models import Organisation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "Thema's", "Verstrekt door", "Soort steun", "Startdatum",
               "Structureel"])  # fmt: skip
    ws.append(["Buurtkeuken", "Jongeren\nSport", "Oranje Fonds", "Financieel", "1-1-2026",
               "jaarlijks"])  # fmt: skip
    ws.append(["Taalcafé", "taal", "Kansfonds", "Financieel", "1-1-2026", "Meerjarig"])
    path = tmp_path / "steun.xlsx"
    wb.save(path)
    report = run_import(db, path)
    assert [p.message for p in report.problems if p.severity != "info"] == []
    with db.session_scope(write=False) as s:
        org = s.scalars(select(Organisation).where(Organisation.name == "Buurtkeuken")).one()
        assert sorted(t.name for t in org.tags) == ["Jongeren", "Sport"]
        assert {c.structural for c in s.scalars(select(Commitment))} == {True}
