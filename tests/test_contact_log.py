"""Logging interactions and closing follow-ups, without Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from liaison.errors import StaleRecordError, ValidationError
from liaison.services import contact_log, records, relations
from liaison.storage.db import Database
from liaison.storage.models import Interaction, Organisation, Person

NOW = dt.datetime(2026, 11, 27, 10, 30)


@pytest.fixture
def ids(db: Database) -> tuple[int, int]:
    with db.session_scope() as s:
        org = records.create(s, Organisation, name="Moestuin Tarwewijk", kind="initiative")
        p = records.create(s, Person, given_name="Fatima", family_name="El Amrani")
        return org.id, p.id


def test_log_interaction_links_and_audits(db: Database, ids: tuple[int, int]) -> None:
    org_id, person_id = ids
    with db.session_scope() as s:
        item = contact_log.log_interaction(
            s,
            occurred_at=NOW,
            channel="call",
            summary=" Subsidie besproken ",
            organisation_ids=[org_id, org_id],
            person_ids=[person_id],
            follow_up_on=dt.date(2026, 12, 4),
        )
        item_id = item.id
    with db.session_scope(write=False) as s:
        rows = relations.interactions_of(s, "organisation", org_id)
        by_person = relations.interactions_of(s, "person", person_id)
        item = records.get(s, Interaction, item_id)
        assert item.officer is not None and item.officer.name == "Tester"
        assert {e.field for e in records.history(s, item)} >= {"summary", "organisations"}
    assert [r.summary for r in rows] == ["Subsidie besproken"]
    assert rows[0].organisations[0].name == "Moestuin Tarwewijk"
    assert by_person[0].people[0].name == "Fatima El Amrani"
    assert rows[0].follow_up_on == dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"summary": "  "}, "summary"),
        ({"organisation_ids": [], "person_ids": []}, "organisations"),
        ({"channel": "pigeon"}, "channel"),
        ({"follow_up_on": dt.date(2026, 1, 1)}, "follow_up_on"),
    ],
)
def test_log_interaction_refuses(
    db: Database, ids: tuple[int, int], kwargs: dict, field: str
) -> None:
    values = {
        "occurred_at": NOW,
        "channel": "visit",
        "summary": "Bezoek",
        "organisation_ids": [ids[0]],
        "person_ids": [],
    }
    values.update(kwargs)
    with pytest.raises(ValidationError) as info, db.session_scope() as s:
        contact_log.log_interaction(s, **values)
    assert info.value.field == field
    with db.session_scope(write=False) as s:
        assert relations.interactions_of(s, "organisation", ids[0]) == []


def test_mark_follow_up_done_checks_version(db: Database, ids: tuple[int, int]) -> None:
    with db.session_scope() as s:
        item_id = contact_log.log_interaction(
            s,
            occurred_at=NOW,
            channel="email",
            summary="Offerte gevraagd",
            organisation_ids=[ids[0]],
            follow_up_on=dt.date(2026, 12, 1),
        ).id
    with db.session_scope() as s:
        contact_log.mark_follow_up_done(s, item_id, 1)
    with db.session_scope(write=False) as s:
        assert relations.interaction_row(s, item_id).follow_up_done
    with pytest.raises(StaleRecordError), db.session_scope() as s:
        contact_log.mark_follow_up_done(s, item_id, 1)


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Gerrit van den Berg", ("Gerrit", "van den", "Berg")),
        ("Fatima el Amrani", ("Fatima", "el", "Amrani")),
        ("Ayşe Öztürk", ("Ayşe", "", "Öztürk")),
        ("Jan", ("", "", "Jan")),  # one word: the family name, so lists sort it sensibly
        ("Anna Maria de Vries", ("Anna Maria", "de", "Vries")),
        ("Jan  in 't  Veld", ("Jan", "in 't", "Veld")),
        ("Els Van Der Meer", ("Els", "Van Der", "Meer")),
        ("van Dijk", ("", "van", "Dijk")),
        ("Piet de", ("Piet", "", "de")),  # an infix needs a family name after it
        ("   ", ("", "", "")),
    ],
)
def test_split_dutch_name(full: str, parts: tuple[str, str, str]) -> None:
    assert contact_log.split_dutch_name(full) == parts


def test_log_interaction_creates_new_records_in_same_session(db: Database) -> None:
    with db.session_scope() as s:
        item = contact_log.log_interaction(
            s,
            occurred_at=NOW,
            channel="call",
            summary="Kennismaking",
            new_organisations=[("Repair Café Zuid", "other")],
            new_people=["Gerrit van den Berg"],
        )
        item_id = item.id
    with db.session_scope(write=False) as s:
        row = relations.interaction_row(s, item_id)
        org = records.get(s, Organisation, row.organisations[0].id)
        person = records.get(s, Person, row.people[0].id)
        assert (org.name, org.kind) == ("Repair Café Zuid", "other")
        assert (person.given_name, person.infix, person.family_name) == (
            "Gerrit",
            "van den",
            "Berg",
        )
        assert "create" in {e.action for e in records.history(s, org)}
        assert "create" in {e.action for e in records.history(s, person)}


def test_refused_log_creates_no_new_records(db: Database) -> None:
    with pytest.raises(ValidationError), db.session_scope() as s:
        contact_log.log_interaction(
            s,
            occurred_at=NOW,
            channel="call",
            summary="Kennismaking",
            new_organisations=[("Repair Café Zuid", "spaceship")],
            new_people=["Gerrit van den Berg"],
        )
    with db.session_scope(write=False) as s:
        assert relations.complete_organisations(s, "repair") == []
        assert relations.complete_people(s, "berg") == []
