"""The list layer (services.queries) on a real SQLite file: order, filters, rows, JSON contract."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from liaison.errors import ValidationError
from liaison.services import queries, records
from liaison.services.queries import ListQuery
from liaison.storage.db import Database, open_database
from liaison.storage.models import (
    Affiliation,
    Commitment,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    Person,
)
from liaison.text import person_sort_key


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    """One database for the module's read-only tests (building it is the slow part)."""
    database = open_database(tmp_path_factory.mktemp("queries") / "liaison.db", officer="Tester")
    yield database, build_world(database)
    database.close()


@pytest.fixture
def db(shared: tuple[Database, dict[str, int]]) -> Database:
    return shared[0]


@pytest.fixture
def world(shared: tuple[Database, dict[str, int]]) -> dict[str, int]:
    return shared[1]


def build_world(db: Database) -> dict[str, int]:
    """A small, hand-made database whose every list answer is known."""
    with db.session_scope() as s:
        bloemhof = records.create(s, Neighbourhood, name="Bloemhof", district="Feijenoord")
        carnisse = records.create(s, Neighbourhood, name="Carnisse", district="Charlois")
        anna = records.create(s, Officer, name="Anna Visser")
        bram = records.create(s, Officer, name="Bram de Wit")
        food = records.tags_by_name(s, ["voedsel"])
        digital = records.tags_by_name(s, ["digitaal"])
        vb = records.create(
            s,
            Organisation,
            name="Voedselbank Bloemhof",
            kind="initiative",
            neighbourhood_id=bloemhof.id,
            owner_id=anna.id,
            tags=food,
        )
        dm = records.create(
            s,
            Organisation,
            name="Digitale Maatjes Carnisse",
            kind="initiative",
            neighbourhood_id=carnisse.id,
            owner_id=bram.id,
            status="dormant",
            tags=digital,
        )
        gone = records.create(s, Organisation, name="Oude Buurtkeuken", kind="initiative")
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        housing = records.create(
            s, Organisation, name="Woonstad Rotterdam", kind="housing", neighbourhood_id=carnisse.id
        )
        people = {
            key: records.create(s, Person, given_name=g, infix=i, family_name=f, **extra)
            for key, g, i, f, extra in [
                ("kees", "Kees", "de", "Vries", {"neighbourhood_id": bloemhof.id}),
                ("jan", "Jan", "", "Berg", {"email": "jan@berg.nl"}),
                ("ayse", "Ayşe", "", "Çelik", {"legal_basis": "consent"}),
                ("gerrit", "Gerrit", "van den", "Berg", {"phone": "06-12345678"}),
                ("fatima", "Fatima", "", "Amrani", {"neighbourhood_id": carnisse.id}),
            ]
        }
        trashed = records.create(s, Person, given_name="Wis", family_name="Mij")
        records.delete(s, Person, trashed.id)
        records.create(s, Affiliation, person_id=people["kees"].id, organisation_id=vb.id)
        c1 = records.create(
            s,
            Commitment,
            initiative_id=vb.id,
            partner_id=fund.id,
            kind="financial",
            amount=Decimal("1500"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
            renew_by=dt.date(2026, 11, 1),
            structural=True,
            officer_id=anna.id,
        )
        c2 = records.create(
            s,
            Commitment,
            initiative_id=dm.id,
            partner_id=housing.id,
            kind="space",
            status="ended",
            start=dt.date(2021, 3, 1),
            officer_id=bram.id,
        )
        i1 = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 5, 1, 10, 0),
            channel="call",
            summary="Gebeld over de verlenging",
            officer_id=anna.id,
            organisations=[vb, fund],
            people=[people["gerrit"], people["kees"]],
            follow_up_on=dt.date(2026, 6, 1),
        )
        i2 = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 7, 1, 10, 0),
            channel="visit",
            summary="Werkbezoek",
            officer_id=bram.id,
            organisations=[dm],
            follow_up_on=dt.date(2026, 7, 8),
            follow_up_done=True,
        )
        records.delete(s, Organisation, gone.id)
        ids = {
            "bloemhof": bloemhof.id,
            "carnisse": carnisse.id,
            "anna": anna.id,
            "bram": bram.id,
            "vb": vb.id,
            "dm": dm.id,
            "gone": gone.id,
            "fund": fund.id,
            "housing": housing.id,
            "c1": c1.id,
            "c2": c2.id,
            "i1": i1.id,
            "i2": i2.id,
            **{k: p.id for k, p in people.items()},
        }
    return ids


def ids(db: Database, entity: str, **kw: Any) -> list[int]:
    with db.session_scope(write=False) as s:
        found = queries.ids(s, ListQuery(entity, **kw))
        assert queries.count(s, ListQuery(entity, **kw)) == len(found)
        return found


# --- order ---------------------------------------------------------------------


def test_people_sort_by_family_name_ignoring_the_infix_and_accents(db, world) -> None:
    expected = [world[k] for k in ("fatima", "gerrit", "jan", "ayse", "kees")]
    assert ids(db, "person") == expected
    assert ids(db, "person", sort="name") == expected
    assert ids(db, "person", sort="name", descending=True) == expected[::-1]


def test_every_sortable_column_sorts_and_keeps_every_row(db, world) -> None:
    for entity in queries.LIST_ENTITIES:
        everything = sorted(ids(db, entity))
        for column in queries.columns(entity):
            if not column.sortable:
                continue
            for descending in (False, True):
                got = ids(db, entity, sort=column.key, descending=descending)
                assert sorted(got) == everything, (entity, column.key)


def test_sorting_by_joined_names_and_dates(db, world) -> None:
    assert ids(db, "initiative", sort="owner") == [world["vb"], world["dm"]]  # Anna, Bram
    assert ids(db, "initiative", sort="neighbourhood", descending=True) == [
        world["dm"],
        world["vb"],
    ]
    assert ids(db, "commitment", sort="partner") == [world["c1"], world["c2"]]  # Oranje < Woonstad
    assert ids(db, "commitment", sort="start") == [world["c2"], world["c1"]]
    assert ids(db, "interaction") == [world["i2"], world["i1"]]  # newest first by default
    assert ids(db, "interaction", sort="date") == [world["i1"], world["i2"]]


def test_empty_values_sort_last_either_way(db, world) -> None:
    """The support list opens on its first renewal, not on the commitments without one."""
    with db.session_scope(write=False) as s:
        found = queries.rows(s, "commitment", [world["c1"], world["c2"]])
    renew = {record_id: row["renew_by"] for record_id, row in found.items()}
    assert renew[world["c1"]] is not None and renew[world["c2"]] is None
    assert ids(db, "commitment") == [world["c1"], world["c2"]]  # the default: by renewal date
    assert ids(db, "commitment", sort="renew_by", descending=True) == [world["c1"], world["c2"]]
    assert ids(db, "commitment", sort="end") == [world["c1"], world["c2"]]


def test_initiatives_and_partners_are_split_by_kind(db, world) -> None:
    assert set(ids(db, "initiative")) == {world["vb"], world["dm"]}
    assert ids(db, "partner") == [world["fund"], world["housing"]]
    assert ids(db, "organisation") == [world["dm"], world["fund"], world["vb"], world["housing"]]


def test_limit_takes_the_first_in_order(db, world) -> None:
    with db.session_scope(write=False) as s:
        assert queries.ids(s, ListQuery("person"), limit=2) == [world["fatima"], world["gerrit"]]


# --- filters -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entity", "filters", "expected"),
    [
        ("initiative", {"neighbourhood_id": "bloemhof"}, ["vb"]),
        ("initiative", {"district": "Charlois"}, ["dm"]),
        ("initiative", {"status": "dormant"}, ["dm"]),
        ("initiative", {"officer_id": "anna"}, ["vb"]),
        ("initiative", {"tag": "digitaal"}, ["dm"]),
        ("partner", {"kind": "housing"}, ["housing"]),
        ("partner", {"district": "Charlois"}, ["housing"]),
        ("person", {"neighbourhood_id": "carnisse"}, ["fatima"]),
        ("person", {"district": "Feijenoord"}, ["kees"]),
        ("person", {"organisation_id": "vb"}, ["kees"]),
        ("person", {"legal_basis": "consent"}, ["ayse"]),
        ("commitment", {"kind": "space"}, ["c2"]),
        ("commitment", {"status": "ended"}, ["c2"]),
        ("commitment", {"officer_id": "anna"}, ["c1"]),
        ("commitment", {"tag": "voedsel"}, ["c1"]),
        ("commitment", {"initiative_id": "dm"}, ["c2"]),
        ("commitment", {"partner_id": "fund"}, ["c1"]),
        ("commitment", {"neighbourhood_id": "bloemhof"}, ["c1"]),
        ("commitment", {"district": "Charlois"}, ["c2"]),
        ("commitment", {"structural": True}, ["c1"]),
        ("commitment", {"structural": False}, ["c2"]),
        ("interaction", {"channel": "visit"}, ["i2"]),
        ("interaction", {"kind": "call"}, ["i1"]),
        ("interaction", {"officer_id": "bram"}, ["i2"]),
        ("interaction", {"organisation_id": "fund"}, ["i1"]),
        ("interaction", {"person_id": "gerrit"}, ["i1"]),
        ("interaction", {"follow_up_open": True}, ["i1"]),
        ("interaction", {"follow_up_open": False}, ["i2"]),
        ("interaction", {"tag": "digitaal"}, ["i2"]),
        ("interaction", {"district": "Feijenoord"}, ["i1"]),
        ("interaction", {"neighbourhood_id": "carnisse"}, ["i2"]),
    ],
)
def test_every_filter(db, world, entity, filters, expected) -> None:
    resolved = {
        k: world.get(v, v) if isinstance(v, str) and k.endswith("_id") else v
        for k, v in filters.items()
    }
    assert ids(db, entity, filters=resolved) == [world[k] for k in expected]


def test_empty_filter_values_are_ignored(db, world) -> None:
    assert len(ids(db, "initiative", filters={"district": None, "tag": ""})) == 2


def test_quick_text_filter_needs_every_word(db, world) -> None:
    assert ids(db, "person", text="van den berg") == [world["gerrit"]]
    assert ids(db, "person", text="BERG") == [world["gerrit"], world["jan"]]
    assert ids(db, "person", text="celik") == [world["ayse"]]  # accents folded
    assert ids(db, "initiative", text="voedsel") == [world["vb"]]
    assert ids(db, "commitment", text="oranje") == [world["c1"]]
    assert ids(db, "interaction", text="werkbezoek") == [world["i2"]]
    assert ids(db, "interaction", text="maatjes") == [world["i2"]]  # via the organisation
    assert ids(db, "initiative", text="Digitale-Maatjes") == [world["dm"]]  # punctuation
    assert ids(db, "person", text="%") == []  # wildcards are literal
    assert ids(db, "person", text="_") == []


def test_trash_is_hidden_unless_asked_for(db, world) -> None:
    assert world["gone"] not in ids(db, "initiative")
    assert world["gone"] in ids(db, "initiative", include_deleted=True)
    assert ids(db, "initiative", only_deleted=True) == [world["gone"]]
    assert len(ids(db, "person", only_deleted=True)) == 1


def test_bad_queries_are_refused_in_a_sentence(db, world) -> None:
    with db.session_scope(write=False) as s:
        for bad in (
            ListQuery("person", filters={"status": "active"}),
            ListQuery("person", sort="colour"),
            ListQuery("interaction", filters={"person_id": "Gerrit"}),
            ListQuery("tags"),
        ):
            with pytest.raises(ValidationError) as err:
                queries.ids(s, bad)
            assert str(err.value).endswith(".")
    with pytest.raises(ValidationError):
        queries.columns("household")


# --- rows, choices, JSON ----------------------------------------------------------


def test_rows_hold_every_column_plus_id_uuid_version(db, world) -> None:
    with db.session_scope(write=False) as s:
        for entity in queries.LIST_ENTITIES:
            wanted = {c.key for c in queries.columns(entity)} | {"id", "uuid", "version"}
            found = queries.ids(s, ListQuery(entity))
            rows = queries.rows(s, entity, found)
            assert set(rows) == set(found)
            for row in rows.values():
                assert wanted <= set(row), entity
        people = queries.rows(s, "person", [world["gerrit"], world["kees"]])
        assert people[world["gerrit"]]["name"] == "Gerrit van den Berg"
        assert people[world["kees"]]["organisations"] == "Voedselbank Bloemhof"
        assert people[world["kees"]]["district"] == "Feijenoord"
        c1 = queries.rows(s, "commitment", [world["c1"]])[world["c1"]]
        assert c1["initiative"] == "Voedselbank Bloemhof"
        assert c1["partner"] == "Oranje Fonds"
        assert c1["officer"] == "Anna Visser"
        assert c1["amount"] == Decimal("1500.00")
        assert c1["renew_by"] == dt.date(2026, 11, 1)
        i1 = queries.rows(s, "interaction", [world["i1"]])[world["i1"]]
        assert i1["organisations"] == "Oranje Fonds, Voedselbank Bloemhof"
        assert i1["people"] == "Gerrit van den Berg, Kees de Vries"
        assert i1["date"] == dt.date(2026, 5, 1)
        vb = queries.rows(s, "initiative", [world["vb"]])[world["vb"]]
        assert (vb["neighbourhood"], vb["owner"], vb["tags"]) == (
            "Bloemhof",
            "Anna Visser",
            "voedsel",
        )
        assert queries.rows(s, "person", []) == {}


def test_rows_of_many_ids_in_one_call(tmp_path: Path) -> None:
    db = open_database(tmp_path / "many.db", officer="Tester")
    with db.session_scope() as s:
        new = [
            records.create(s, Person, given_name=f"P{i}", family_name="Test").id
            for i in range(1200)
        ]
    with db.session_scope(write=False) as s:
        assert set(queries.rows(s, "person", new)) == set(new)
    db.close()


def test_filter_choices_offer_what_is_present(db, world) -> None:
    with db.session_scope(write=False) as s:
        partner = queries.filter_choices(s, "partner")
        assert partner["kind"] == [("fund", "fund"), ("housing", "housing")]
        assert ("Charlois", "Charlois") in partner["district"]
        assert (world["anna"], "Anna Visser") in partner["officer_id"]
        assert [t for t, _ in partner["tag"]] == ["digitaal", "voedsel"]
        initiative = queries.filter_choices(s, "initiative")
        assert [v for v, _ in initiative["status"]] == ["active", "dormant"]
        assert "kind" not in initiative
        commitment = queries.filter_choices(s, "commitment")
        assert [v for v, _ in commitment["kind"]] == ["financial", "space"]
        assert [v for v, _ in queries.filter_choices(s, "interaction")["channel"]] == [
            "call",
            "visit",
        ]
        for entity in queries.LIST_ENTITIES:
            offered = queries.filter_choices(s, entity)
            assert set(offered) <= set(queries.FILTERS[entity]), entity


def test_serialise_follows_the_command_line_contract(db, world) -> None:
    with db.session_scope(write=False) as s:
        orgs = queries.serialise(s, "organisation", queries.ids(s, ListQuery("organisation")))
        people = queries.serialise(s, "person", queries.ids(s, ListQuery("person")))
        commitments = queries.serialise(s, "commitment", [world["c1"], world["c2"]])
        log = queries.serialise(s, "interaction", [world["i1"]])
        vb_uuid = records.get(s, Organisation, world["vb"]).uuid
    assert {"id", "name", "kind", "neighbourhood"} <= set(orgs[0])
    vb = next(o for o in orgs if o["name"] == "Voedselbank Bloemhof")
    assert (vb["id"], vb["kind"], vb["neighbourhood"]) == (vb_uuid, "initiative", "Bloemhof")
    assert [p["name"] for p in people][:2] == ["Fatima Amrani", "Gerrit van den Berg"]
    assert {"id", "name", "email", "phone"} <= set(people[0])
    first, second = commitments
    assert first["amount"] == "1500.00" and second["amount"] is None
    assert (first["start"], first["end"], first["renew_by"]) == (
        "2026-01-01",
        "2026-12-31",
        "2026-11-01",
    )
    assert second["end"] is None and second["status"] == "ended"
    assert (first["initiative"], first["partner"]) == ("Voedselbank Bloemhof", "Oranje Fonds")
    assert log[0]["date"] == "2026-05-01"
    assert log[0]["organisations"] == ["Oranje Fonds", "Voedselbank Bloemhof"]
    assert log[0]["people"] == ["Gerrit van den Berg", "Kees de Vries"]
    assert {"id", "date", "channel", "summary", "organisations", "people"} <= set(log[0])


# --- property: the SQL order is the order people expect ------------------------------

NAME = st.text(
    alphabet=st.sampled_from(list("abcdeijklmnorsuvyzAEIOUÖÇŞéèëïáçğış '-")), min_size=0, max_size=8
)
INFIX = st.sampled_from(["", "van", "de", "van der", "van den", "el", "da", "'t", "in 't"])


@pytest.fixture(scope="module")
def order_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("order") / "o.db", officer="Tester")
    yield database
    database.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=st.lists(st.tuples(NAME, INFIX, NAME), min_size=1, max_size=12))
def test_people_order_is_family_name_then_given_name_whatever_the_infix(
    order_db: Database, names: list[tuple[str, str, str]]
) -> None:
    with order_db.session_scope() as s:
        s.execute(delete(Person))
        made = [
            records.create(s, Person, given_name=g, infix=i, family_name=f).id for g, i, f in names
        ]
    key = {pid: (person_sort_key(*name), pid) for pid, name in zip(made, names, strict=True)}
    expected = sorted(made, key=key.__getitem__)
    assert ids(order_db, "person") == expected
    assert ids(order_db, "person", descending=True, sort="name") == expected[::-1]
