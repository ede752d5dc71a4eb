"""Forget erases a resident's own e-mail address and mobile number where an initiative
keeps them as its contact.

A resident's initiative often gives her private address and 06 number as its
contact. Forget rewrote free text only, so the initiative kept both (and the search
index with it: a search for her address still found her initiative), while the
audit trail's copy of the same address was already rewritten. An organisation's
shared mailbox (info@…) or a landline is the organisation's, and stays.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl

from liaison.services import records
from liaison.services.search import search
from liaison.storage.db import Database
from liaison.storage.models import Organisation, Person
from liaison.trust.privacy import export_person, forget_person, forget_preview


def _samira(db: Database) -> tuple[int, int, int]:
    with db.session_scope() as s:
        samira = records.create(
            s,
            Person,
            given_name="Samira",
            family_name="El Idrissi",
            email="samira.idrissi@gmail.com",
            phone="06-41234567",
        )
        initiative = records.create(
            s,
            Organisation,
            name="Buurtmoeders Tarwewijk",
            kind="initiative",
            email=" Samira.Elidrissi@Hotmail.com",  # her address before she changed it
            phone="+31 6 4123 4567",
        )
        centre = records.create(
            s,
            Organisation,
            name="Wijkcentrum De Gaffel",
            kind="welfare",
            email="info@degaffel.nl",
            phone="010-4123456",
        )
        ids = samira.id, initiative.id, centre.id
    with db.session_scope() as s:
        records.update(s, Person, ids[0], None, email="samira.elidrissi@hotmail.com")
    with db.session_scope() as s:
        # she was also noted with the centre's mailbox and landline, where she volunteers
        records.update(s, Person, ids[0], None, email="info@degaffel.nl", phone="010-4123456")
    with db.session_scope() as s:
        records.update(s, Person, ids[0], None, phone="06-41234567")
    return ids


def test_forget_clears_her_address_and_mobile_on_her_initiative(
    db: Database, tmp_path: Path
) -> None:
    person_id, initiative_id, centre_id = _samira(db)
    with db.session_scope(write=False) as s:
        preview = forget_preview(s, person_id)
    assert {(m.entity, m.record_id, m.field) for m in preview.mentions} >= {
        ("organisation", initiative_id, "email"),
        ("organisation", initiative_id, "phone"),
    }
    access = export_person(db, person_id, tmp_path / "inzage.xlsx")
    mentioned = [
        row for row in openpyxl.load_workbook(access)["Vermeldingen"].iter_rows(values_only=True)
    ]
    assert (
        "Organisatie",
        initiative_id,
        "E-mail",
        "Samira.Elidrissi@Hotmail.com",
    ) in mentioned

    forget_person(db, person_id)

    with db.session_scope(write=False) as s:
        initiative = s.get(Organisation, initiative_id)
        centre = s.get(Organisation, centre_id)
        assert (initiative.email, initiative.phone) == (None, None)
        assert initiative.name == "Buurtmoeders Tarwewijk"
        # the centre's own mailbox and landline are not hers to erase
        assert (centre.email, centre.phone) == ("info@degaffel.nl", "010-4123456")
        for query in ("samira.elidrissi", "0641234567", "hotmail"):
            assert [h.title for h in search(s, query)] == [], query
    conn = sqlite3.connect(db.path)
    try:
        kept = conn.execute(
            "SELECT count(*) FROM organisation WHERE lower(email) LIKE '%elidrissi%' "
            "OR replace(replace(phone, ' ', ''), '-', '') LIKE '%41234567%'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert kept == 0


def test_the_access_export_writes_record_numbers_as_numbers(db: Database, tmp_path: Path) -> None:
    """The 'Record' columns held '9' and '10' as text: Excel flagged each cell and sorted
    10 before 9."""
    person_id, initiative_id, _centre = _samira(db)
    book = openpyxl.load_workbook(export_person(db, person_id, tmp_path / "inzage.xlsx"))
    numbers = [row[1] for row in book["Vermeldingen"].iter_rows(min_row=2, values_only=True)]
    assert numbers and all(n == initiative_id for n in numbers)
    changes = list(book["Wijzigingen"].iter_rows(min_row=2, values_only=True))
    assert changes and all(isinstance(row[3], int) for row in changes)
