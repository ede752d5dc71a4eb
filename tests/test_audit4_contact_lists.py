"""Audit of issue 4: a colleague's list of contacts with an "Organisatie" column.

A person in the list without an organisation (a resident, a volunteer on their
own) was rejected: "The row has no name in column 'Organisatie', so there is
nothing to attach it to" — while the row names a person, and a list of
contacts is about people. Such a person now comes in alone; in a sheet that
describes support a row without its initiative is still rejected (the support
would belong to nothing).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from liaison.exchange.importer import run_import
from liaison.storage.db import Database
from liaison.storage.models import Person


def _sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_person_without_an_organisation_comes_in_alone(db: Database, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "contacten.xlsx",
        ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Telefoon", "Organisatie", "Wijk"],
        [
            ["Fatima", None, "el Amrani", "fatima@bk.nl", "06-12345678", "Buurtkeuken", "Bloemhof"],
            ["Ans", None, "Bakker", None, "06-87654321", None, "Hillesluis"],
        ],
    )
    report = run_import(db, path)
    assert (report.rows, report.imported, report.rejected) == (2, 2, 0)
    with db.session_scope(write=False) as s:
        people = {
            p.full_name: ([a.organisation.name for a in p.affiliations], p.phone)
            for p in s.scalars(select(Person))
        }
    assert people == {
        "Fatima el Amrani": (["Buurtkeuken"], "+31 6 12345678"),
        "Ans Bakker": ([], "+31 6 87654321"),
    }
    assert run_import(db, path).unchanged == 2


def test_in_a_sheet_of_support_a_row_without_its_initiative_is_still_rejected(
    db: Database, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "steun.xlsx",
        ["Initiatief", "Contactpersoon", "Verstrekt door", "Bedrag"],
        [["Buurtkeuken", "Fatima el Amrani", "Oranje Fonds", 500],
         [None, "Mo Yilmaz", "Fonds 1818", 250]],
    )  # fmt: skip
    report = run_import(db, path)
    assert (report.imported, report.rejected) == (1, 1)


def test_name_first_lists_are_contacts_initiative_first_lists_are_not(
    db: Database, tmp_path: Path
) -> None:
    people = _sheet(
        tmp_path / "mensen.xlsx",
        ["Naam", "Organisatie", "E-mail"],
        [["Ria Jansen", None, "ria@ziggo.nl"]],
    )
    assert run_import(db, people).imported == 1
    initiatives = _sheet(
        tmp_path / "initiatieven.xlsx",
        ["Naam initiatief", "Contactpersoon", "E-mailadres"],
        [[None, "Zonder Naam", "z@x.nl"]],  # the initiative's name forgotten: fix and retry
    )
    assert run_import(db, initiatives).rejected == 1
