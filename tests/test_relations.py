"""Read services behind the record pages, without Qt, on a real SQLite file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from liaison.errors import NotFoundError
from liaison.services import records, relations
from liaison.storage.db import Database
from liaison.storage.models import (
    Affiliation,
    Commitment,
    Neighbourhood,
    Organisation,
    Person,
)
from liaison.trust.history import record_history


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    with db.session_scope() as s:
        hood = records.create(s, Neighbourhood, name="Afrikaanderwijk", district="Feijenoord")
        ini = records.create(
            s,
            Organisation,
            name="Buurtkeuken Afrikaanderwijk",
            kind="initiative",
            neighbourhood_id=hood.id,
            tags=records.tags_by_name(s, ["voedsel", "ouderen"]),
        )
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        corp = records.create(s, Organisation, name="Woonstad Rotterdam", kind="housing")
        ayse = records.create(
            s, Person, given_name="Ayşe", family_name="Yılmaz", email="ayse@example.nl"
        )
        gerrit = records.create(s, Person, given_name="Gerrit", infix="van den", family_name="Berg")
        records.create(s, Affiliation, person_id=ayse.id, organisation_id=ini.id, role="initiator")
        records.create(
            s,
            Affiliation,
            person_id=gerrit.id,
            organisation_id=ini.id,
            role="volunteer",
            end=dt.date(2020, 1, 1),
        )
        big = records.create(
            s,
            Commitment,
            partner_id=fund.id,
            initiative_id=ini.id,
            kind="financial",
            amount=Decimal("9000"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
            structural=False,
        )
        records.create(
            s,
            Commitment,
            partner_id=corp.id,
            initiative_id=ini.id,
            kind="space",
            amount=Decimal("1000"),
            structural=True,
        )
        return {
            "ini": ini.id,
            "fund": fund.id,
            "corp": corp.id,
            "ayse": ayse.id,
            "gerrit": gerrit.id,
            "big": big.id,
            "hood": hood.id,
        }


def test_organisation_detail_has_neighbourhood_and_tags(
    db: Database, world: dict[str, int]
) -> None:
    with db.session_scope(write=False) as s:
        d = relations.organisation_detail(s, world["ini"])
    assert d.is_initiative
    assert d.neighbourhood == "Afrikaanderwijk" and d.district == "Feijenoord"
    assert d.tags == ["ouderen", "voedsel"]
    assert d.version == 1


def test_people_of_puts_current_roles_first(db: Database, world: dict[str, int]) -> None:
    with db.session_scope(write=False) as s:
        rows = relations.people_of(s, world["ini"])
        roles = relations.roles_of(s, world["gerrit"])
    assert [r.person_name for r in rows] == ["Ayşe Yılmaz", "Gerrit van den Berg"]
    assert rows[0].current and not rows[1].current
    assert roles[0].organisation_name == "Buurtkeuken Afrikaanderwijk"


def test_commitments_of_both_sides_and_trash(db: Database, world: dict[str, int]) -> None:
    with db.session_scope(write=False) as s:
        assert {c.partner_name for c in relations.commitments_of(s, world["ini"])} == {
            "Oranje Fonds",
            "Woonstad Rotterdam",
        }
        assert [c.initiative_name for c in relations.commitments_of(s, world["fund"])] == [
            "Buurtkeuken Afrikaanderwijk"
        ]
    with db.session_scope() as s:
        records.delete(s, Organisation, world["fund"])
    with db.session_scope(write=False) as s:
        assert [c.partner_name for c in relations.commitments_of(s, world["ini"])] == [
            "Woonstad Rotterdam"
        ]
        with pytest.raises(NotFoundError):
            relations.organisation_detail(s, world["fund"])


def test_coalition_shows_dependence_on_one_fund(db: Database, world: dict[str, int]) -> None:
    with db.session_scope(write=False) as s:
        c = relations.coalition(s, world["ini"])
    assert c.total_amount == Decimal("10000.00")
    assert c.top_partner is not None and c.top_partner.name == "Oranje Fonds"
    assert c.top_share == Decimal("0.90")
    assert c.depends_on_one
    assert c.structural_partners == 1
    kinds = {(e.kind, e.structural) for e in c.edges}
    assert ("financial", False) in kinds and ("space", True) in kinds
    # the ended volunteer role is not on the map, the initiator is
    assert {n.name for n in c.nodes if n.role == "person"} == {"Ayşe Yılmaz"}


def test_coalition_balanced_is_not_dependent(db: Database, world: dict[str, int]) -> None:
    with db.session_scope() as s:
        records.update(s, Commitment, world["big"], 1, amount=Decimal("1000"))
    with db.session_scope(write=False) as s:
        c = relations.coalition(s, world["ini"])
    assert c.top_share == Decimal("0.50")
    assert not c.depends_on_one


def test_completion_matches_word_starts_accents_and_infix(
    db: Database, world: dict[str, int]
) -> None:
    with db.session_scope(write=False) as s:
        assert [r.name for r in relations.complete_organisations(s, "oranje", 5)] == [
            "Oranje Fonds"
        ]
        assert [r.name for r in relations.complete_organisations(s, "afrik", 5)] == [
            "Buurtkeuken Afrikaanderwijk"
        ]
        assert relations.complete_organisations(s, "fonds", 5, kinds=["initiative"]) == []
        assert [r.name for r in relations.complete_people(s, "ayse", 5)] == ["Ayşe Yılmaz"]
        assert [r.name for r in relations.complete_people(s, "berg", 5)] == ["Gerrit van den Berg"]
        assert [r.name for r in relations.complete_people(s, "gerrit van", 5)] == [
            "Gerrit van den Berg"
        ]
        assert relations.complete_people(s, "%", 5) == []
        assert relations.complete_people(s, "", 5) == []


def test_history_newest_first_and_edit_values(db: Database, world: dict[str, int]) -> None:
    with db.session_scope() as s:
        records.update(s, Organisation, world["ini"], 1, description="Elke dinsdag")
    with db.session_scope(write=False) as s:
        hist = record_history(s, "organisation", world["ini"])
        ev = relations.edit_values(s, "commitment", world["big"])
    assert hist[-1].field == "description" and hist[-1].new == "Elke dinsdag"
    assert hist[0].action == "create"
    assert ev.version == 1 and ev.values["amount"] == Decimal("9000.00")
    assert ev.labels["partner_id"] == "Oranje Fonds"


def test_history_shows_links_by_name(db: Database, world: dict[str, int]) -> None:
    with db.session_scope() as s:
        records.update(s, Organisation, world["ini"], 1, tags=records.tags_by_name(s, ["sport"]))
    with db.session_scope(write=False) as s:
        hist = record_history(s, "organisation", world["ini"])
    tags = next(h for h in hist if h.field == "tags" and h.action == "update" and h.old)
    assert tags.new_label == "sport"
    assert sorted(tags.old_label.split(", ")) == ["ouderen", "voedsel"]
    hood = next(h for h in hist if h.field == "neighbourhood_id")
    assert hood.new_label == "Afrikaanderwijk"
