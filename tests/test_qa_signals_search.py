"""QA of the global search as officers type names, phone numbers and e-mail addresses."""

from __future__ import annotations

import pytest

from liaison.services import records
from liaison.services.search import search
from liaison.storage.db import Database
from liaison.storage.models import Person


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.session_scope() as s:

        def person(given: str, infix: str, family: str, **values: str) -> int:
            return records.create(
                s, Person, given_name=given, infix=infix, family_name=family, **values
            ).id

        return {
            "jan": person("Jan", "van der", "Heijden", phone="0031 10 7654321"),
            "gerrit": person("Gerrit", "van den", "Berg", email="G.vandenBerg@Gemeente.nl"),
            "ayse": person("Ayşe", "", "Yılmaz", phone="+31 6 87654321"),
        }


def found(db: Database, text: str) -> list[str]:
    with db.session_scope(write=False) as s:
        return [h.title for h in search(s, text)]


@pytest.mark.parametrize(
    "typed",
    ["Heijden, van der", "Heijden, Jan", "heijden,jan", "Heijden; van der"],
)
def test_family_name_first_with_a_comma(db: Database, people: dict[str, int], typed: str) -> None:
    """Address books and council lists write 'Heijden, van der': the comma is no letter."""
    assert found(db, typed) == ["Jan van der Heijden"]


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("Aysé Yilmaz", "Ayşe Yılmaz"),
        ("+31 10 765 4321", "Jan van der Heijden"),
        ("010-7654321", "Jan van der Heijden"),
        ("06 8765 4321", "Ayşe Yılmaz"),
        ("g.vandenberg@gemeente.nl", "Gerrit van den Berg"),
        ("van den Berg", "Gerrit van den Berg"),
    ],
)
def test_names_phones_and_mail_in_any_notation(
    db: Database, people: dict[str, int], typed: str, title: str
) -> None:
    assert found(db, typed) == [title]
