"""QA of the lists' quick filter as officers type: phone numbers and names in any notation."""

from __future__ import annotations

import pytest

from liaison.services import queries, records
from liaison.storage.db import Database
from liaison.storage.models import Organisation, Person


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.session_scope() as s:

        def person(given: str, infix: str, family: str, phone: str) -> int:
            return records.create(
                s, Person, given_name=given, infix=infix, family_name=family, phone=phone
            ).id

        return {
            "gerrit": person("Gerrit", "van den", "Berg", "06-12 34 56 78"),
            "ayse": person("Ayşe", "", "Yılmaz", "+31 6 87654321"),
            "jan": person("Jan", "van der", "Heijden", "0031 10 7654321"),
            "fatima": person("Fatima", "el", "Amrani", "010 - 123 45 67"),
        }


def listed(db: Database, entity: str, text: str) -> set[int]:
    with db.session_scope(write=False) as s:
        return set(queries.ids(s, queries.ListQuery(entity, text=text)))


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        # As written on a business card, in a mail signature, or copied from a phone.
        ("0612345678", "gerrit"),
        ("06-12345678", "gerrit"),
        ("+31612345678", "gerrit"),
        ("+31 6 1234 5678", "gerrit"),
        ("0687654321", "ayse"),
        ("06 8765 4321", "ayse"),
        ("010-7654321", "jan"),
        ("+31107654321", "jan"),
        ("0101234567", "fatima"),
    ],
)
def test_people_list_finds_a_phone_number_in_any_notation(
    db: Database, people: dict[str, int], typed: str, who: str
) -> None:
    assert listed(db, "person", typed) == {people[who]}


def test_partner_list_finds_a_phone_number_in_any_notation(db: Database) -> None:
    with db.session_scope() as s:
        kitchen = records.create(
            s,
            Organisation,
            name="Buurtkeuken Hillegondastraat",
            kind="initiative",
            phone="(010) 466 12 34",
        ).id
    assert listed(db, "initiative", "0104661234") == {kitchen}
    assert listed(db, "initiative", "+31 10 466 1234") == {kitchen}
    assert listed(db, "initiative", "0104669999") == set()


def test_a_dash_typed_between_words_is_not_a_word(db: Database) -> None:
    """'Gemeente Rotterdam - Wijkteam' finds 'Gemeente Rotterdam – Wijkteam Feijenoord'."""
    with db.session_scope() as s:
        team = records.create(
            s, Organisation, name="Gemeente Rotterdam – Wijkteam Feijenoord", kind="municipality"
        ).id
        records.create(s, Organisation, name="Gemeente Schiedam", kind="municipality")
    assert listed(db, "partner", "Gemeente Rotterdam - Wijkteam") == {team}
    assert listed(db, "partner", "gemeente rotterdam – wijkteam") == {team}


def test_an_ampersand_between_words_is_not_a_word(db: Database) -> None:
    with db.session_scope() as s:
        dock = records.create(s, Organisation, name="Dock & Co", kind="welfare").id
    assert listed(db, "partner", "dock & co") == {dock}


def test_contact_log_list_finds_the_calls_with_a_person(db: Database) -> None:
    """Typing 'Gerrit' or 'van den Berg' in the contact log lists the calls he took part
    in, though no summary names him."""
    import datetime as dt

    from liaison.storage.models import Interaction

    with db.session_scope() as s:
        gerrit = records.create(s, Person, given_name="Gerrit", infix="van den", family_name="Berg")
        ayse = records.create(s, Person, given_name="Ayşe", family_name="Yılmaz")
        kitchen = records.create(s, Organisation, name="Buurtkeuken Bloemhof", kind="initiative")
        when = dt.datetime(2026, 11, 2, 10, 0)
        with_gerrit = records.create(
            s,
            Interaction,
            occurred_at=when,
            summary="Gebeld over de subsidie",
            people=[gerrit],
            organisations=[kitchen],
        ).id
        records.create(
            s,
            Interaction,
            occurred_at=when,
            summary="Bezoek",
            people=[ayse],
            organisations=[kitchen],
        )
    assert listed(db, "interaction", "Gerrit") == {with_gerrit}
    assert listed(db, "interaction", "van den Berg") == {with_gerrit}
    assert listed(db, "interaction", "berg subsidie") == {with_gerrit}
    assert len(listed(db, "interaction", "Bloemhof")) == 2


def test_a_name_and_part_of_a_phone_number_together(db: Database, people: dict[str, int]) -> None:
    """'Berg 0612' narrows the Bergs to the one whose number holds 06-12, however written."""
    with db.session_scope() as s:
        other = records.create(
            s, Person, given_name="Mees", family_name="Berg", phone="010 - 999 88 77"
        ).id
    assert listed(db, "person", "Berg") == {people["gerrit"], other}
    assert listed(db, "person", "Berg 0612") == {people["gerrit"]}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("in 't veld", ("Ruud", "in ’t", "Veld")),
        ("d'oliveira", ("Zoë", "", "D’Oliveira")),
        ("D’Oliveira", ("Zoë", "", "d'Oliveira")),
    ],
)
def test_people_list_apostrophes_in_either_form(
    db: Database, typed: str, stored: tuple[str, str, str]
) -> None:
    with db.session_scope() as s:
        given, infix, family = stored
        pid = records.create(s, Person, given_name=given, infix=infix, family_name=family).id
        records.create(s, Person, given_name="Jan", family_name="Jansen")
    assert listed(db, "person", typed) == {pid}
