"""Forgetting one Jan de Vries leaves the other Jan de Vries' records alone.

A full name was replaced in every free text of the database. Dutch names repeat
(the demo database alone has several pairs), so forgetting one resident rewrote
what the officers had written about their namesake: the namesake's own notes and
the contact moments only the namesake took part in. A full name someone else also
has is now taken only in the forgotten person's own contact moments.
"""

from __future__ import annotations

import datetime as dt

from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import AuditEntry, Interaction, Person
from liaison.trust.privacy import forget_person


def test_the_namesake_s_notes_and_contact_moments_keep_their_name(db: Database) -> None:
    with db.session_scope() as s:
        jan = records.create(
            s, Person, given_name="Jan", infix="de", family_name="Vries", email="jan.dv@gmail.com"
        )
        other = records.create(
            s,
            Person,
            given_name="Jan",
            infix="de",
            family_name="Vries",
            notes="Jan de Vries van de moestuin, niet die van de buurtkeuken",
        )
        theirs = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 1, 10, 0),
            channel="visit",
            summary="Bezoek bij Jan de Vries (moestuin)",
            people=[other],
        )
        both = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 3, 10, 0),
            channel="meeting",
            summary="Overleg met Jan de Vries over de oogst",
            people=[jan, other],
        )
        his = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 2, 10, 0),
            channel="call",
            summary="Jan de Vries (jan.dv@gmail.com) gebeld over de buurtkeuken",
            people=[jan],
        )
        ids = jan.id, other.id, theirs.id, both.id, his.id

    forget_person(db, ids[0])

    with db.session_scope(write=False) as s:
        assert s.get(Person, ids[1]).notes == (
            "Jan de Vries van de moestuin, niet die van de buurtkeuken"
        )
        assert s.get(Interaction, ids[2]).summary == "Bezoek bij Jan de Vries (moestuin)"
        # both took part: the name may be either's, so it stays
        assert s.get(Interaction, ids[3]).summary == "Overleg met Jan de Vries over de oogst"
        # his own contact moment: his name and address go
        assert s.get(Interaction, ids[4]).summary == (
            "Verwijderde persoon (Verwijderde persoon) gebeld over de buurtkeuken"
        )
        # and the namesake's history keeps the notes as written
        history = [
            e.new
            for e in s.query(AuditEntry).filter_by(entity="person", record_id=ids[1], field="notes")
        ]
        assert history == ["Jan de Vries van de moestuin, niet die van de buurtkeuken"]


def test_a_number_others_share_is_left_where_it_may_be_theirs(db: Database) -> None:
    """Kees was noted with the household's landline, which his wife and the community
    centre also have: forgetting him rewrote the centre's description, her notes and a
    call to the centre. His own contact moments still lose it."""
    from liaison.storage.models import Organisation

    with db.session_scope() as s:
        centre = records.create(
            s,
            Organisation,
            name="Wijkcentrum De Gaffel",
            kind="welfare",
            phone="010-4123456",
            email="info@degaffel.nl",
            description="Zaal reserveren: bel 010-4123456 of mail info@degaffel.nl.",
        )
        kees = records.create(
            s,
            Person,
            given_name="Kees",
            family_name="Verbeek",
            phone="010-4123456",
            email="info@degaffel.nl",  # he volunteers at the desk
        )
        ria = records.create(
            s,
            Person,
            given_name="Ria",
            family_name="Verbeek",
            phone="010 412 34 56",
            notes="Bereikbaar op 010-4123456, na 18 uur",
        )
        call = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 1, 10, 0),
            channel="call",
            summary="Gaffel gebeld (010 412 34 56) over de zaal",
            organisations=[centre],
        )
        his = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 2, 10, 0),
            channel="call",
            summary="Kees teruggebeld op 0104123456",
            people=[kees],
        )
        ids = kees.id, ria.id, centre.id, call.id, his.id

    forget_person(db, ids[0])

    with db.session_scope(write=False) as s:
        centre = s.get(Organisation, ids[2])
        assert centre.description == "Zaal reserveren: bel 010-4123456 of mail info@degaffel.nl."
        assert (centre.phone, centre.email) == ("010-4123456", "info@degaffel.nl")
        assert s.get(Person, ids[1]).notes == "Bereikbaar op 010-4123456, na 18 uur"
        assert s.get(Interaction, ids[3]).summary == "Gaffel gebeld (010 412 34 56) over de zaal"
        assert s.get(Interaction, ids[4]).summary == (
            "Verwijderde persoon teruggebeld op Verwijderde persoon"
        )
