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


def test_an_initiative_is_found_by_its_name_among_many_log_entries_naming_it(
    db: Database,
) -> None:
    """Officers name initiatives in their summaries ('Begroting van Kledingbank Dorpsweg
    ontvangen per mail.'). Those short entries outscored the initiatives in bm25, and a
    search for 'Kledingbank' showed 50 log entries and not one Kledingbank."""
    import datetime as dt

    from liaison.storage.models import Interaction, Organisation

    names = ["Kledingbank Dorpsweg", "Stichting Kledingbank Blijdorp", "Kledingbank Wielewaal"]
    with db.session_scope() as s:
        banks = [
            records.create(
                s,
                Organisation,
                name=name,
                kind="initiative",
                email=f"info@{name.replace(' ', '').lower()}.nl",
                address="Dorpsweg 233, 3083 LK Rotterdam",
                description="Gratis kleding voor wie het nodig heeft.",
            )
            for name in names
        ]
        for n in range(120):
            bank = banks[n % 3]
            records.create(
                s,
                Interaction,
                occurred_at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=n),
                summary=f"Begroting van {bank.name} ontvangen per mail.",
                organisations=[bank],
            )
    with db.session_scope(write=False) as s:
        hits = search(s, "Kledingbank")
        assert len(hits) == 50
        organisations = [h.title for h in hits if h.entity == "organisation"]
        assert sorted(organisations) == sorted(names)
        # The initiatives come before the log entries that name them.
        assert [h.entity for h in hits[:3]] == ["organisation"] * 3
        assert [h.title for h in search(s, "kledingbank wielewaal")][0] == "Kledingbank Wielewaal"


@pytest.mark.parametrize("typed", ["d'Oliveira", "D’Oliveira", "Zoë d'oliveira"])
def test_an_apostrophe_typed_straight_finds_a_name_written_curly(db: Database, typed: str) -> None:
    """Names pasted from Word or Excel carry ’; officers type '. Both must find each other."""
    with db.session_scope() as s:
        records.create(s, Person, given_name="Zoë", family_name="D’Oliveira")
    assert found(db, typed) == ["Zoë D’Oliveira"]
