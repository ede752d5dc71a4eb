"""The agenda: support that needs a renewal decision or ends soon, and follow-ups due.

What counts (documented here because the dashboard, the CLI and the export
all show it):

- Only live commitments (not in the trash, partner and initiative not in the
  trash) with status active, proposed or renewed.
- A **renew_by** item when the renewal decision date falls within the next
  ``within_days`` days, *or* is already past while the support still runs
  (no end date, or an end date from today on): a missed renewal decision on
  running support is exactly what an officer must not lose sight of. Such
  items have a negative ``days_left``.
- An **end** item when the end date falls from today up to ``within_days``
  days ahead. Support that has already ended is history, not agenda.
- A commitment can give both items. Items are sorted by date (overdue first).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from liaison.services.signals import not_trashed_scan
from liaison.storage.models import (
    Commitment,
    CommitmentStatus,
    Interaction,
    Officer,
    Organisation,
    Person,
    interaction_organisation,
    interaction_person,
)

#: Commitment statuses that still ask for attention.
OPEN_STATUSES = (
    CommitmentStatus.ACTIVE.value,
    CommitmentStatus.PROPOSED.value,
    CommitmentStatus.RENEWED.value,
)


@dataclass(frozen=True)
class AgendaItem:
    commitment_id: int
    commitment_uuid: str
    initiative_id: int
    initiative: str
    partner_id: int
    partner: str
    kind: str
    amount: Decimal | None
    what: str  # "renew_by" | "end"
    date: dt.date
    days_left: int  # negative when a renewal decision is overdue


@dataclass(frozen=True)
class FollowUp:
    interaction_id: int
    uuid: str
    follow_up_on: dt.date
    days_overdue: int  # negative: due in that many days
    summary: str
    organisations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    officer: str | None = None


def renewals(
    session: Session, *, within_days: int = 56, today: dt.date | None = None
) -> list[AgendaItem]:
    """Renewal decisions and ends of support coming up (see the module docstring)."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=max(within_days, 0))
    partner = aliased(Organisation)
    initiative = aliased(Organisation)
    # COALESCE hides the date columns from SQLite's planner: "renew_by before the
    # horizon" takes in most of history, and walking those index entries with a
    # table lookup each was 2.4x slower than one scan of the table (benchmark).
    renew_by = func.coalesce(Commitment.renew_by, None)
    end = func.coalesce(Commitment.end, None)
    still_runs = or_(end.is_(None), end >= today)
    renew_due = and_(renew_by <= horizon, or_(renew_by >= today, still_runs))
    end_due = and_(end >= today, end <= horizon)
    stmt = (
        select(
            Commitment.id,
            Commitment.uuid,
            Commitment.initiative_id,
            initiative.name,
            Commitment.partner_id,
            partner.name,
            Commitment.kind,
            Commitment.amount,
            Commitment.renew_by,
            Commitment.end,
        )
        .join(partner, partner.id == Commitment.partner_id)
        .join(initiative, initiative.id == Commitment.initiative_id)
        .where(
            not_trashed_scan(Commitment.deleted_at),
            not_trashed_scan(partner.deleted_at),
            not_trashed_scan(initiative.deleted_at),
            Commitment.status.in_(OPEN_STATUSES),
            or_(renew_due, end_due),
        )
    )
    items: list[AgendaItem] = []
    for cid, cuuid, iid, iname, pid, pname, kind, amount, renew_by, end in session.execute(stmt):
        common = (cid, cuuid, iid, iname, pid, pname, kind, amount)
        still_running = end is None or end >= today
        if renew_by is not None and renew_by <= horizon and (renew_by >= today or still_running):
            items.append(AgendaItem(*common, "renew_by", renew_by, (renew_by - today).days))
        if end is not None and today <= end <= horizon:
            items.append(AgendaItem(*common, "end", end, (end - today).days))
    items.sort(key=lambda a: (a.date, a.what != "renew_by", a.initiative, a.commitment_id))
    return items


def overdue_follow_ups(
    session: Session, *, today: dt.date | None = None, limit: int | None = None
) -> list[FollowUp]:
    """Open follow-ups whose date has passed, oldest first."""
    today = today or dt.date.today()
    return _follow_ups(session, None, today, today, limit)


def due_follow_ups(
    session: Session,
    within_days: int = 7,
    today: dt.date | None = None,
    *,
    limit: int | None = None,
) -> list[FollowUp]:
    """Open follow-ups due from today up to ``within_days`` days ahead."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=max(within_days, 0))
    return _follow_ups(session, today, horizon + dt.timedelta(days=1), today, limit)


def _follow_ups(
    session: Session,
    start: dt.date | None,
    before: dt.date,
    today: dt.date,
    limit: int | None,
) -> list[FollowUp]:
    # Open follow-ups only: index ix_interaction_open_follow_up (migration 0004).
    conditions = [
        Interaction.follow_up_done.is_(False),
        Interaction.deleted_at.is_(None),
        Interaction.follow_up_on < before,
    ]
    if start is not None:
        conditions.append(Interaction.follow_up_on >= start)
    stmt = (
        select(
            Interaction.id,
            Interaction.uuid,
            Interaction.follow_up_on,
            Interaction.summary,
            Officer.name,
        )
        .outerjoin(Officer, Officer.id == Interaction.officer_id)
        .where(*conditions)
        .order_by(Interaction.follow_up_on, Interaction.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
        rows = session.execute(stmt).all()
        ids = [r[0] for r in rows]
        orgs = _names_of(session, ids, people=False)
        people = _names_of(session, ids, people=True)
    else:
        # Names for the whole set in one join each, rather than lists of ids.
        rows = session.execute(stmt).all()
        orgs = _names(session, conditions, people=False)
        people = _names(session, conditions, people=True)
    return [
        FollowUp(
            interaction_id=iid,
            uuid=uuid,
            follow_up_on=on,
            days_overdue=(today - on).days,
            summary=summary or "",
            organisations=orgs.get(iid, []),
            people=people.get(iid, []),
            officer=officer,
        )
        for iid, uuid, on, summary, officer in rows
    ]


def _names_stmt(people: bool) -> Any:
    """(interaction id, name parts, sort key) of the live people or organisations in a log entry.

    No ORDER BY: sorting in SQL made SQLite walk the whole sort_key index; the
    lists are sorted per entry in Python instead.
    """
    if people:
        link = interaction_person
        return (
            select(
                link.c.interaction_id,
                Person.sort_key,
                Person.given_name,
                Person.infix,
                Person.family_name,
            )
            .join(Person, Person.id == link.c.person_id)
            .where(not_trashed_scan(Person.deleted_at))
        ), link
    link = interaction_organisation
    return (
        select(link.c.interaction_id, Organisation.name_key, Organisation.name)
        .join(Organisation, Organisation.id == link.c.organisation_id)
        .where(not_trashed_scan(Organisation.deleted_at))
    ), link


def _collect(rows: Any, people: bool, result: dict[int, list[str]]) -> None:
    keyed: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        name = " ".join(p for p in row[2:] if p) if people else row[2]
        keyed[row[0]].append((row[1] or "", name))
    for iid, pairs in keyed.items():
        result[iid].extend(name for _key, name in sorted(pairs))


def _names(session: Session, conditions: list[Any], *, people: bool) -> dict[int, list[str]]:
    """Names of the live organisations or people in the interactions matching ``conditions``."""
    stmt, link = _names_stmt(people)
    stmt = stmt.join(Interaction, Interaction.id == link.c.interaction_id).where(*conditions)
    result: dict[int, list[str]] = defaultdict(list)
    _collect(session.execute(stmt), people, result)
    return result


def _names_of(session: Session, ids: list[int], *, people: bool) -> dict[int, list[str]]:
    """Names of the live organisations or people in each of the given interactions."""
    result: dict[int, list[str]] = defaultdict(list)
    base, link = _names_stmt(people)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        _collect(session.execute(base.where(link.c.interaction_id.in_(chunk))), people, result)
    return result
