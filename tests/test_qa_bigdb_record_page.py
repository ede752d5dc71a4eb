"""A record page's support list read in one joined query gives what the ORM walk gave."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from liaison import demo
from liaison.services import relations
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Organisation


def reference(s, organisation_id: int) -> list[tuple]:
    """The support of an organisation as the record page showed it, through the ORM."""
    rows = []
    for c in s.scalars(select(Commitment).where(Commitment.deleted_at.is_(None))):
        if organisation_id not in (c.partner_id, c.initiative_id):
            continue
        if c.partner.deleted_at is not None or c.initiative.deleted_at is not None:
            continue
        rows.append(
            relations.CommitmentRow(
                id=c.id,
                version=c.version,
                partner_id=c.partner_id,
                partner_name=c.partner.name,
                partner_kind=c.partner.kind,
                initiative_id=c.initiative_id,
                initiative_name=c.initiative.name,
                kind=c.kind,
                amount=c.amount,
                start=c.start,
                end=c.end,
                renew_by=c.renew_by,
                status=c.status,
                structural=bool(c.structural),
                officer=c.officer.name if c.officer is not None else None,
                notes=c.notes,
            )
        )
    rows.sort(key=lambda r: (not r.current, -(r.start or dt.date.min).toordinal(), r.id))
    return rows


def test_support_list_same_rows_as_the_orm(db: Database) -> None:
    demo.generate(db, size=300)
    with db.session_scope() as s:
        busiest = (
            s.execute(
                select(Commitment.partner_id)
                .group_by(Commitment.partner_id)
                .order_by(func.count().desc())
                .limit(2)
            )
            .scalars()
            .all()
        )
        initiatives = s.scalars(
            select(Commitment.initiative_id).distinct().order_by(Commitment.initiative_id).limit(5)
        ).all()
        # a partner trashed by a bulk tool, its support left live: hidden on both sides
        s.execute(
            update(Organisation)
            .where(Organisation.id == busiest[1])
            .values(deleted_at=dt.datetime(2026, 1, 1))
        )
        s.execute(update(Commitment).where(Commitment.id == 1).values(officer_id=None))
    with db.session_scope(write=False) as s:
        for org in [*busiest, *initiatives]:
            got = relations.commitments_of(s, org)
            want = reference(s, org)
            assert got == want
            assert [type(r.amount) for r in got] == [type(r.amount) for r in want]
        assert relations.commitments_of(s, busiest[0])
        assert len(relations.commitments_of(s, busiest[0])) > 10


def test_contact_count_beyond_the_page_shown(db: Database) -> None:
    """A record page shows the latest 200 entries; the count says how many there are."""
    from liaison.services import records
    from liaison.storage.models import Interaction, Person

    with db.session_scope() as s:
        town = records.create(s, Organisation, name="Gemeente Rotterdam", kind="municipality")
        anna = records.create(s, Person, given_name="Anna", infix="van den", family_name="Berg")
        for day in range(230):
            records.create(
                s,
                Interaction,
                occurred_at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=day),
                summary=f"Overleg {day}",
                organisations=[town],
                people=[anna] if day % 2 else [],
            )
        ids = (town.id, anna.id)
    with db.session_scope() as s:
        last = relations.interactions_of(s, "organisation", ids[0], 1)[0]
        records.delete(s, Interaction, last.id)
    with db.session_scope(write=False) as s:
        assert len(relations.interactions_of(s, "organisation", ids[0], 200)) == 200
        assert relations.count_interactions_of(s, "organisation", ids[0]) == 229
        assert relations.count_interactions_of(s, "person", ids[1]) == 115 - 1
        assert relations.count_interactions_of(s, "organisation", 999_999) == 0
