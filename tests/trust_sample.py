"""A small, realistic database for the trust tests (every kind of record, some history)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import (
    Affiliation,
    Commitment,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    Person,
)


@dataclass
class Sample:
    jan: int
    fatima: int
    initiative: int
    fund: int
    interaction: int
    commitment: int
    role: int


def populate(db: Database) -> Sample:
    with db.session_scope() as s:
        wijk = records.create(s, Neighbourhood, name="Afrikaanderwijk", district="Feijenoord")
        officer = records.create(s, Officer, name="Sanne Bakker", email="s.bakker@rotterdam.nl")
        tags = records.tags_by_name(s, ["voedsel", "ouderen"])
        initiative = records.create(
            s,
            Organisation,
            name="Buurtkeuken Afrikaanderwijk",
            kind="initiative",
            neighbourhood_id=wijk.id,
            description="Warme maaltijden voor ouderen; trekker is Jan van der Berg.",
            tags=tags,
        )
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        jan = records.create(
            s,
            Person,
            given_name="Jan",
            infix="van der",
            family_name="Berg",
            email="jan.vdberg@example.nl",
            phone="06-12345678",
            neighbourhood_id=wijk.id,
            notes="Kookt op dinsdag; allergisch voor noten.",
            legal_basis="consent",
            data_source="Aanmelding buurtkeuken 2025",
        )
        fatima = records.create(
            s,
            Person,
            given_name="Fatima",
            family_name="el Amrani",
            email="fatima@example.nl",
            notes="Werkt samen met Jan van der Berg aan de kerstmaaltijd.",
        )
        role = records.create(
            s,
            Affiliation,
            person_id=jan.id,
            organisation_id=initiative.id,
            role="initiator",
            start=dt.date(2024, 3, 1),
        )
        commitment = records.create(
            s,
            Commitment,
            partner_id=fund.id,
            initiative_id=initiative.id,
            kind="financial",
            amount=Decimal("1500.00"),
            start=dt.date(2025, 1, 1),
            end=dt.date(2026, 12, 31),
            officer_id=officer.id,
            notes="Aanvraag ingediend door Jan van der Berg.",
        )
        interaction = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 5, 14, 30),
            channel="visit",
            officer_id=officer.id,
            summary="Bezoek: Jan van der Berg wil uitbreiden naar twee avonden",
            notes="Bellen op 06-12345678 na de vakantie.",
            follow_up_on=dt.date(2026, 12, 1),
            organisations=[initiative],
            people=[jan, fatima],
        )
        ids = (jan.id, fatima.id, initiative.id, fund.id, interaction.id, commitment.id, role.id)
    with db.session_scope() as s:
        records.update(s, Person, ids[0], 1, phone="06-87654321")
        records.update(
            s, Organisation, ids[2], None, status="active", website="https://buurtkeuken.nl"
        )
    return Sample(*ids)
