"""An infix typed into the family name ("van den Berg", infix field empty) sorts like one in
the infix field: under B. Officers type it that way often; it sorted under V (found by the
acceptance audit of issue 2). Stored keys are corrected by migration 0009."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from liaison.services import records
from liaison.storage.db import Database, open_database
from liaison.storage.models import Person
from liaison.text import DUTCH_INFIX_WORDS, person_sort_key

DATA = Path(__file__).with_name("data")


def test_an_infix_in_the_family_name_sorts_as_one_in_the_infix_field() -> None:
    assert person_sort_key("Gerrit", "", "van den Berg") == person_sort_key(
        "Gerrit", "van den", "Berg"
    )
    assert person_sort_key("Jan", "", "De Vries") == person_sort_key("Jan", "de", "Vries")
    assert person_sort_key("Fatima", "", "el Amrani").startswith("amrani\x1f")


def test_names_that_only_look_like_infixes_keep_their_key() -> None:
    assert person_sort_key("Kees", "", "Van") == "van\x1fkees\x1f"  # nothing after it
    assert person_sort_key("Mia", "", "Vandenberg") == "vandenberg\x1fmia\x1f"
    assert person_sort_key("Anna", "", "Maria Jansen") == "maria jansen\x1fanna\x1f"
    # an infix in its own field stays the only infix: the family name is kept whole
    assert person_sort_key("Piet", "van", "De Wit") == "de wit\x1fpiet\x1fvan"


@given(
    st.sampled_from(sorted(DUTCH_INFIX_WORDS)),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
)
def test_typed_either_way_the_key_is_the_same(infix: str, family: str) -> None:
    if family in DUTCH_INFIX_WORDS:
        return
    assert person_sort_key("Sanne", "", f"{infix} {family}") == person_sort_key(
        "Sanne", infix, family
    )


def test_lists_sort_a_typed_in_infix_under_the_family_name(db: Database) -> None:
    with db.session_scope() as s:
        for given_name, infix, family in [
            ("Gerrit", "", "van den Berg"),
            ("Anna", "", "Aksoy"),
            ("Bram", "", "Bosman"),
            ("Jan", "", "de Vries"),
        ]:
            records.create(s, Person, given_name=given_name, infix=infix, family_name=family)
    with db.session_scope(write=False) as s:
        names = [p.full_name for p in s.scalars(select(Person).order_by(Person.sort_key))]
    assert names == ["Anna Aksoy", "Gerrit van den Berg", "Bram Bosman", "Jan de Vries"]


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))  # the pre-migration copy


def test_migration_0009_corrects_the_stored_keys(tmp_path: Path) -> None:
    copy = tmp_path / "team.db"
    shutil.copy(DATA / "schema_0008.db", copy)
    conn = sqlite3.connect(copy)
    with conn:  # as release 0008 stored them
        conn.executemany(
            "INSERT INTO person (uuid, given_name, infix, family_name, sort_key, legal_basis, "
            "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 'unknown', "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)",
            [
                ("00000000-0000-4000-8000-000000000901", "Gerrit", "", "van den Berg",
                 "van den berg\x1fgerrit\x1f"),
                ("00000000-0000-4000-8000-000000000902", "Kees", "", "Van",
                 "van\x1fkees\x1f"),
                ("00000000-0000-4000-8000-000000000903", "Anna Maria", "", "Jansen",
                 "jansen\x1fanna maria\x1f"),
            ],
        )  # fmt: skip
    before = dict(conn.execute("SELECT uuid, sort_key FROM person"))
    conn.close()

    open_database(copy, create=False).close()

    conn = sqlite3.connect(copy)
    after = dict(conn.execute("SELECT uuid, sort_key FROM person"))
    people = conn.execute(
        "SELECT given_name, infix, family_name, sort_key FROM person WHERE uuid LIKE '%0009__'"
    ).fetchall()
    conn.close()
    assert after["00000000-0000-4000-8000-000000000901"] == "berg\x1fgerrit\x1fvan den"
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"00000000-0000-4000-8000-000000000901"}
    assert len(people) == 3
    for given_name, infix, family, key in people:  # each key now as the app makes it
        assert key == person_sort_key(given_name, infix, family)
