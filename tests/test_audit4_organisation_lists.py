"""Audit of issue 4: a colleague's list of organisations (no contact person column).

"Organisatie | Type | Wijk | E-mailadres | Tel." is how a list of partners or
initiatives looks. Its e-mail and phone are the organisation's: the import
made one nameless person per row for them instead (shown as an empty name in
the people list, with the organisation's info@ address), and left the
organisations without their e-mail and phone.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from liaison.exchange.importer import run_import
from liaison.storage.db import Database
from liaison.storage.models import Organisation, Person

ROWS = [
    ["Voedselbank Charlois", "Initiatief", "Carnisse", "info@vbcharlois.nl", "010-1234567"],
    ["Stichting Opzoomer Mee", "Fonds", "Centrum", "info@opzoomermee.nl", "0102345678"],
    ["Kansfonds", "Fund", "", "info@kansfonds.nl", "+31 30 1234567"],
]


def _sheet(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lijst"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_an_organisation_list_keeps_its_email_and_phone_on_the_organisations(
    db: Database, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "organisaties.xlsx", ["Organisatie", "Type", "Wijk", "E-mailadres", "Tel."], ROWS
    )
    report = run_import(db, path)
    assert (report.rows, report.imported, report.rejected) == (3, 3, 0)
    with db.session_scope(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        orgs = {o.name: (o.email, o.phone) for o in s.scalars(select(Organisation))}
    assert orgs == {
        "Voedselbank Charlois": ("info@vbcharlois.nl", "+31 10 123 4567"),
        "Stichting Opzoomer Mee": ("info@opzoomermee.nl", "+31 10 234 5678"),
        "Kansfonds": ("info@kansfonds.nl", "+31 30 123 4567"),
    }
    # the same list again changes nothing
    again = run_import(db, path)
    assert (again.imported, again.unchanged) == (0, 3)


def test_with_a_contact_person_column_the_email_stays_the_persons(
    db: Database, tmp_path: Path
) -> None:
    rows = [[*r[:3], "Fatima el Amrani", *r[3:]] for r in ROWS[:1]]
    path = _sheet(
        tmp_path / "contacten.xlsx",
        ["Organisatie", "Type", "Wijk", "Contactpersoon", "E-mailadres", "Tel."],
        rows,
    )
    run_import(db, path)
    with db.session_scope(write=False) as s:
        person = s.scalars(select(Person)).one()
        org = s.scalars(select(Organisation)).one()
        assert (person.full_name, person.email) == ("Fatima el Amrani", "info@vbcharlois.nl")
        assert org.email is None
