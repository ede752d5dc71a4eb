"""QA of the contact log service: what is stored when an officer logs a contact."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from liaison.errors import ValidationError
from liaison.services import records
from liaison.services.contact_log import log_interaction
from liaison.storage.db import Database
from liaison.storage.models import Interaction, Organisation


@pytest.fixture
def amsterdam(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_time_with_a_zone_is_stored_as_amsterdam_wall_clock_time(db: Database, amsterdam) -> None:
    """23:30 UTC on 27 November is 00:30 on 28 November in Rotterdam: the log (which
    keeps local wall-clock times) must say 28-11 00:30, not 27-11 23:30."""
    with db.session_scope() as s:
        kitchen = records.create(s, Organisation, name="Buurtkeuken Bloemhof", kind="initiative")
        entry = log_interaction(
            s,
            occurred_at=dt.datetime(2026, 11, 27, 23, 30, tzinfo=dt.UTC),
            channel="call",
            summary="Laat gebeld over de kerstmaaltijd",
            organisation_ids=[kitchen.id],
            follow_up_on=dt.date(2026, 11, 28),
        ).id
    with db.session_scope(write=False) as s:
        assert s.get(Interaction, entry).occurred_at == dt.datetime(2026, 11, 28, 0, 30)


def test_a_follow_up_before_the_local_day_of_the_contact_is_refused(
    db: Database, amsterdam
) -> None:
    """In summer (UTC+2) 22:30 UTC is 00:30 the next local day: a follow-up on the UTC day
    lies before the contact."""
    with db.session_scope() as s:
        kitchen = records.create(s, Organisation, name="Buurtkeuken Bloemhof", kind="initiative")
        with pytest.raises(ValidationError):
            log_interaction(
                s,
                occurred_at=dt.datetime(2026, 6, 30, 22, 30, tzinfo=dt.UTC),
                channel="visit",
                summary="Bezoek",
                organisation_ids=[kitchen.id],
                follow_up_on=dt.date(2026, 6, 30),
            )


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        # A family name typed alone: Dutch spelling capitalises its infix.
        ("De Vries", ("", "De", "Vries")),
        ("Van der Heijden", ("", "Van der", "Heijden")),
        ("In 't Veld", ("", "In 't", "Veld")),
        ("Ter Horst", ("", "Ter", "Horst")),
        # Unchanged: given names that are also infix words elsewhere, and full names.
        ("El Amrani", ("El", "", "Amrani")),
        ("Al Pacino", ("Al", "", "Pacino")),
        ("Jan de Vries", ("Jan", "de", "Vries")),
        ("Els Van Der Meer", ("Els", "Van Der", "Meer")),
    ],
)
def test_a_family_name_typed_alone_keeps_its_infix(typed: str, parts: tuple[str, str, str]) -> None:
    """'De Vries' in the quick log made a person with given name 'De' and family name
    'Vries': the form and the export showed Voornaam 'De'."""
    from liaison.services.contact_log import split_dutch_name

    assert split_dutch_name(typed) == parts
