"""What the trash shows: every trashed record as a plain row, read in one query per kind.

The trash view lists organisations, people, support and contact-log entries
that were deleted (roles go and come back with their person or organisation).
A team lead who cleared a bad import has thousands there: reading them as ORM
objects, each support line loading its partner and initiative one by one, took
1.4 s for 13,364 records on the window's thread; these Core queries read the
same in a fraction of that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from liaison.services.queries import full_name
from liaison.storage.models import (
    Commitment,
    Interaction,
    Organisation,
    OrganisationKind,
    Person,
)


@dataclass(frozen=True)
class TrashRow:
    """One trashed record; ``kind`` is what people call it, the rest what describes it."""

    entity: str  #: records entity name: organisation, person, commitment, interaction
    record_id: int
    kind: str  #: initiative, partner, person, commitment, interaction
    name: str  #: organisation or person name; a contact's summary; a support line's partner
    deleted_at: dt.datetime
    deleted_by: str
    initiative: str | None = None  #: a support line's initiative
    support_kind: str | None = None  #: a support line's kind (code)
    start: dt.date | None = None
    end: dt.date | None = None
    occurred_at: dt.datetime | None = None  #: a contact's date


def trash_rows(session: Session) -> list[TrashRow]:
    """Every trashed organisation, person, support line and contact, newest deletion first."""
    rows: list[TrashRow] = []
    initiative_kind = OrganisationKind.INITIATIVE.value
    for oid, name, kind, at, by in session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.deleted_at,
            Organisation.deleted_by,
        ).where(Organisation.deleted_at.is_not(None))
    ):
        what = "initiative" if kind == initiative_kind else "partner"
        rows.append(TrashRow("organisation", oid, what, name, at, by or ""))
    for pid, given, infix, family, at, by in session.execute(
        select(
            Person.id,
            Person.given_name,
            Person.infix,
            Person.family_name,
            Person.deleted_at,
            Person.deleted_by,
        ).where(Person.deleted_at.is_not(None))
    ):
        rows.append(
            TrashRow("person", pid, "person", full_name(given, infix, family), at, by or "")
        )
    partner = aliased(Organisation)
    initiative = aliased(Organisation)
    for cid, pname, iname, kind, start, end, at, by in session.execute(
        select(
            Commitment.id,
            partner.name,
            initiative.name,
            Commitment.kind,
            Commitment.start,
            Commitment.end,
            Commitment.deleted_at,
            Commitment.deleted_by,
        )
        .outerjoin(partner, partner.id == Commitment.partner_id)
        .outerjoin(initiative, initiative.id == Commitment.initiative_id)
        .where(Commitment.deleted_at.is_not(None))
    ):
        rows.append(
            TrashRow(
                "commitment",
                cid,
                "commitment",
                pname or "",
                at,
                by or "",
                initiative=iname or "",
                support_kind=kind,
                start=start,
                end=end,
            )
        )
    for iid, summary, occurred, at, by in session.execute(
        select(
            Interaction.id,
            Interaction.summary,
            Interaction.occurred_at,
            Interaction.deleted_at,
            Interaction.deleted_by,
        ).where(Interaction.deleted_at.is_not(None))
    ):
        rows.append(
            TrashRow(
                "interaction", iid, "interaction", summary or "", at, by or "", occurred_at=occurred
            )
        )
    # Newest first; a record and what went with it share the moment: organisations and
    # people before their support, then the newest id first (two stable sorts).
    order = {"organisation": 0, "person": 1, "commitment": 2, "interaction": 3}
    rows.sort(key=lambda r: (order[r.entity], -r.record_id))
    rows.sort(key=lambda r: r.deleted_at, reverse=True)
    return rows
