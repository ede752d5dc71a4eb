"""Search on PostgreSQL: no FTS5 there, so the portable LIKE fallback answers the search box.

The same queries must find the same records as FTS5 on SQLite (the rank order may
differ within a tier; what is found must not).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pg_cluster import pg_cluster, pg_url  # noqa: F401

from liaison.services import records
from liaison.services.search import search
from liaison.storage import search_index
from liaison.storage.db import Database, open_database
from liaison.storage.models import Interaction, Organisation, Person

#: query → the record it must find, on both databases.
EXPECTED = {
    "keuken bloem": ("organisation", "org"),
    "info@buurtkeuken": ("organisation", "org"),
    "0101234567": ("organisation", "org"),
    "0031 10 123": ("organisation", "org"),
    "hillevliet 169": ("organisation", "org"),
    "kookpunt": ("organisation", "org"),
    "van den Berg": ("person", "gerrit"),
    "Gerrit van den Berg": ("person", "gerrit"),
    "Berg, van den": ("person", "gerrit"),
    "afrikaanderwijk": ("person", "gerrit"),
    "0612345678": ("person", "gerrit"),
    "06-12 34 56 78": ("person", "gerrit"),
    "+31 6 12345678": ("person", "gerrit"),
    "+31 6 1234": ("person", "gerrit"),
    "Aysé Yilmaz": ("person", "ayse"),
    "laptops": ("interaction", "talk"),
    "cafe-restaurant": ("organisation", "hoek"),
    "mantelzorgcafe": ("interaction", "coffee"),
    "Mantelzorgcafé": ("interaction", "coffee"),
    "creche": ("interaction", "coffee"),
    "Café-Restaurant de hoek": ("organisation", "hoek"),
    "oranje fonds": ("interaction", "talk"),
}


def seed(db: Database) -> dict[str, int]:
    with db.session_scope() as s:
        ayse = records.create(s, Person, given_name="Ayşe", family_name="Yılmaz",
                              email="ayse@example.nl")  # fmt: skip
        gerrit = records.create(
            s, Person, given_name="Gerrit", infix="van den", family_name="Berg",
            phone="06-12 34 56 78", notes="Kent iedereen in de Afrikaanderwijk",
        )  # fmt: skip
        org = records.create(
            s, Organisation, name="Stichting Buurtkeuken Bloemhof", kind="initiative",
            email="info@buurtkeuken.nl", phone="010 - 123 45 67",
            description="Kookt in het buurthuis aan de Van den Broekstraat",
            address="Hillevliet 169, 3073 WN Rotterdam", website="https://www.kookpunt.nl",
        )  # fmt: skip
        records.create(s, Organisation, name="Bergkerk", kind="faith")
        talk = records.create(
            s, Interaction, occurred_at=dt.datetime(2026, 3, 2, 10, 0),
            summary="Gesprek over de laptops", notes="Vervolg: subsidieaanvraag Oranje Fonds",
            organisations=[org], people=[gerrit],
        )  # fmt: skip
        hoek = records.create(s, Organisation, name="Café-Restaurant De Hoek", kind="company")
        coffee = records.create(
            s, Interaction, occurred_at=dt.datetime(2026, 3, 9, 14, 0),
            summary="Koffie in het Mantelzorgcafé", notes="Ayşe vraagt naar de crèche",
            organisations=[org],
        )  # fmt: skip
        kees = records.create(s, Person, given_name="Kees", family_name="Bakker",
                              phone="06-87654310")  # fmt: skip
        return {"ayse": ayse.id, "gerrit": gerrit.id, "org": org.id, "talk": talk.id,
                "kees": kees.id,
                "hoek": hoek.id, "coffee": coffee.id}  # fmt: skip


def found(db: Database, query: str) -> set[tuple[str, int]]:
    with db.session_scope(write=False) as s:
        return {(h.entity, h.id) for h in search(s, query)}


def test_the_search_box_finds_on_postgresql_what_it_finds_on_sqlite(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    pg = open_database(pg_url, officer="Tester")
    lite = open_database(tmp_path / "lite.db", officer="Tester")
    try:
        ids = seed(pg)
        assert seed(lite) == ids
        with pg.session_scope(write=False) as s:
            assert not search_index.is_sqlite(s)  # the fallback really answers
        missed = {}
        for query, (entity, name) in EXPECTED.items():
            key = (entity, ids[name])
            where = [
                n for n, db in (("sqlite", lite), ("postgresql", pg)) if key not in found(db, query)
            ]
            if where:
                missed[query] = where
        assert missed == {}
        for odd in ("100%", "a_c", "[x", "\\", "a.b*", "^$"):  # literal, never a pattern
            assert found(pg, odd) == found(lite, odd), odd
        # "010" (Rotterdam's area code) is not any number holding "10"
        assert ("person", ids["kees"]) not in found(lite, "010") | found(pg, "010")
        assert ("person", ids["kees"]) in found(lite, "0687") & found(pg, "0687")
        # a name with a word that starts with the query ranks above a mention in a
        # description, as on SQLite (the fallback's person title has the infix too)
        for db in (lite, pg):
            with db.session_scope(write=False) as s:
                first = search(s, "van den")[0]
            assert (first.entity, first.id) == ("person", ids["gerrit"])
    finally:
        pg.close()
        lite.close()


def test_the_like_fallback_finds_infixes_and_international_numbers(tmp_path: Path) -> None:
    """The fallback itself, run on SQLite too (no server needed): these were misses."""
    db = open_database(tmp_path / "lite.db", officer="Tester")
    try:
        ids = seed(db)
        with db.session_scope(write=False) as s:

            def like(query: str) -> list[tuple[str, int]]:
                hits = search_index._find_like(s, search_index.clean_query(query), 50)
                return [(f.entity, f.record_id) for f in hits]

            gerrit = ("person", ids["gerrit"])
            assert like("van den berg")[:1] == [gerrit]
            assert gerrit in like("+31 6 1234")
            assert like("ayse yilmaz")[:1] == [("person", ids["ayse"])]  # no infix: tier 0 still
    finally:
        db.close()


pytestmark = pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning")
