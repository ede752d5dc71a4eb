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
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from liaison.services.signals import collector_paused, not_trashed_scan
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


def _renewal_conditions(today: dt.date, horizon: dt.date) -> tuple[Any, Any, Any]:
    """(renewal decision due, end due, the commitment/partner/initiative filter) for the agenda."""
    # COALESCE hides the date columns from SQLite's planner: "renew_by before the
    # horizon" takes in most of history, and walking those index entries with a
    # table lookup each was 2.4x slower than one scan of the table (benchmark).
    renew_by = func.coalesce(Commitment.renew_by, None)
    end = func.coalesce(Commitment.end, None)
    still_runs = or_(end.is_(None), end >= today)
    renew_due = and_(renew_by <= horizon, or_(renew_by >= today, still_runs))
    end_due = and_(end >= today, end <= horizon)
    return renew_due, end_due, or_(renew_due, end_due)


def _open_commitments(partner: Any, initiative: Any) -> list[Any]:
    return [
        not_trashed_scan(Commitment.deleted_at),
        not_trashed_scan(partner.deleted_at),
        not_trashed_scan(initiative.deleted_at),
        Commitment.status.in_(OPEN_STATUSES),
    ]


def renewals(
    session: Session,
    *,
    within_days: int = 56,
    today: dt.date | None = None,
    limit: int | None = None,
) -> list[AgendaItem]:
    """Renewal decisions and ends of support coming up (see the module docstring).

    ``limit`` keeps the first items in agenda order; :func:`renewal_agenda` also
    gives the total, :func:`count_renewals` the total alone (counted in SQL).
    """
    return renewal_agenda(session, within_days=within_days, today=today, limit=limit)[0]


def renewal_agenda(
    session: Session,
    *,
    within_days: int = 56,
    today: dt.date | None = None,
    limit: int | None = None,
) -> tuple[list[AgendaItem], int]:
    """:func:`renewals` and how many there are in all, from one read (for the dashboard)."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=max(within_days, 0))
    partner = aliased(Organisation)
    initiative = aliased(Organisation)
    _renew_due, _end_due, either = _renewal_conditions(today, horizon)
    stmt = (
        select(
            Commitment.id,
            Commitment.uuid,
            Commitment.initiative_id,
            initiative.name,
            Commitment.partner_id,
            partner.name,
            Commitment.kind,
            # Raw storage values (integer cents, ISO date text): converted below
            # only for the items that are returned.
            type_coerce(Commitment.amount, Integer),
            type_coerce(Commitment.renew_by, String),
            type_coerce(Commitment.end, String),
        )
        .join(partner, partner.id == Commitment.partner_id)
        .join(initiative, initiative.id == Commitment.initiative_id)
        .where(*_open_commitments(partner, initiative), either)
    )
    with collector_paused():  # thousands of long-lived acyclic objects: see signals
        return _renewal_items(session, stmt, today, horizon, limit)


def _renewal_items(
    session: Session, stmt: Any, today: dt.date, horizon: dt.date, limit: int | None
) -> tuple[list[AgendaItem], int]:
    t0, h = today.isoformat(), horizon.isoformat()
    # (date, 0 = renew_by / 1 = end, initiative, commitment id, row): agenda order.
    keyed: list[tuple[str, int, str, int, Any]] = []
    rows = _rows(session, stmt)
    if session.get_bind().dialect.name != "sqlite":  # other drivers return dates
        rows = [(*r[:8], _iso(r[8]), _iso(r[9])) for r in rows]
    for row in rows:
        renew_by, end = row[8], row[9]
        if renew_by is not None and renew_by <= h and (renew_by >= t0 or end is None or end >= t0):
            keyed.append((renew_by, 0, row[3], row[0], row))
        if end is not None and t0 <= end <= h:
            keyed.append((end, 1, row[3], row[0], row))
    keyed.sort()  # (what, commitment id) is unique: rows themselves are never compared
    total = len(keyed)
    if limit is not None:
        keyed = keyed[: max(limit, 0)]
    items = []
    for date_text, what, _name, _cid, row in keyed:
        cid, cuuid, iid, iname, pid, pname, kind, cents = row[:8]
        day = dt.date.fromisoformat(date_text)
        items.append(
            AgendaItem(
                cid,
                cuuid,
                iid,
                iname,
                pid,
                pname,
                kind,
                None if cents is None else Decimal(int(cents)).scaleb(-2),
                "end" if what else "renew_by",
                day,
                (day - today).days,
            )
        )
    return items, total


def count_renewals(session: Session, *, within_days: int = 56, today: dt.date | None = None) -> int:
    """How many items :func:`renewals` gives, counted in SQL (no rows reach Python)."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=max(within_days, 0))
    partner = aliased(Organisation)
    initiative = aliased(Organisation)
    renew_due, end_due, either = _renewal_conditions(today, horizon)
    stmt = (
        select(
            func.coalesce(func.sum(case((renew_due, 1), else_=0)), 0)
            + func.coalesce(func.sum(case((end_due, 1), else_=0)), 0)
        )
        .select_from(Commitment)
        .join(partner, partner.id == Commitment.partner_id)
        .join(initiative, initiative.id == Commitment.initiative_id)
        .where(*_open_commitments(partner, initiative), either)
    )
    return int(session.connection().execute(stmt).scalar_one())


def _rows(session: Session, stmt: Any) -> list[Any]:
    """All rows of a Core statement as the DBAPI's plain tuples (no Row objects)."""
    result = session.connection().execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _iso(value: Any) -> str | None:
    """ISO date text from a DATE column read raw (SQLite: text already; others: a date)."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def overdue_follow_ups(
    session: Session, *, today: dt.date | None = None, limit: int | None = None
) -> list[FollowUp]:
    """Open follow-ups whose date has passed, oldest first.

    ``limit`` keeps the oldest ones (a dashboard shows a few hundred of the
    15,000 a big team can have); :func:`count_overdue_follow_ups` gives the total.
    """
    today = today or dt.date.today()
    return _follow_ups(session, None, today, today, limit)


def count_overdue_follow_ups(session: Session, *, today: dt.date | None = None) -> int:
    """How many open follow-ups are overdue, counted from the open follow-up index alone."""
    today = today or dt.date.today()
    stmt = select(func.count()).select_from(Interaction).where(*_open_before(None, today))
    return int(session.connection().execute(stmt).scalar_one())


def _open_before(start: dt.date | None, before: dt.date) -> list[Any]:
    """Open follow-ups dated [start, before): index ix_interaction_open_follow_up (0004)."""
    conditions = [
        Interaction.follow_up_done.is_(False),
        Interaction.deleted_at.is_(None),
        Interaction.follow_up_on < before,
    ]
    if start is not None:
        conditions.append(Interaction.follow_up_on >= start)
    return conditions


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
    conditions = _open_before(start, before)
    stmt = (
        select(
            Interaction.id,
            Interaction.uuid,
            type_coerce(Interaction.follow_up_on, String),  # ISO text: parsed below, faster
            Interaction.summary,
            Officer.name,
        )
        .outerjoin(Officer, Officer.id == Interaction.officer_id)
        .where(*conditions)
        .order_by(Interaction.follow_up_on, Interaction.id)
    )
    with collector_paused():  # thousands of long-lived acyclic objects: see signals
        if limit is not None:
            rows = _rows(session, stmt.limit(max(limit, 0)))
            ids = [r[0] for r in rows]
            orgs = _names_of(session, ids, people=False)
            people = _names_of(session, ids, people=True)
        else:
            # Names for the whole set in one join each, rather than lists of ids.
            rows = _rows(session, stmt)
            orgs = _names(session, conditions, people=False)
            people = _names(session, conditions, people=True)
        result = []
        # 15,000 overdue follow-ups in a big team: a day parsed once per date, not per
        # entry, and each FollowUp made with one write of its fields (see _follow_up).
        days: dict[Any, tuple[dt.date, int]] = {}
        org_names, people_names = orgs.get, people.get
        for iid, uuid, on, summary, officer in rows:
            known = days.get(on)
            if known is None:
                day = dt.date.fromisoformat(on) if isinstance(on, str) else on
                known = days[on] = (day, (today - day).days)
            result.append(
                _follow_up(
                    iid,
                    uuid,
                    known[0],
                    known[1],
                    summary or "",
                    org_names(iid) or [],
                    people_names(iid) or [],
                    officer,
                )
            )
        return result


_new_object = object.__new__
_set_attribute = object.__setattr__


def _follow_up(
    interaction_id: int,
    uuid: str,
    follow_up_on: dt.date,
    days_overdue: int,
    summary: str,
    organisations: list[str],
    people: list[str],
    officer: str | None,
) -> FollowUp:
    """``FollowUp(...)`` with its instance dictionary written once: a frozen dataclass
    sets each of its eight fields through ``object.__setattr__``; the object is the same."""
    obj = _new_object(FollowUp)
    _set_attribute(
        obj,
        "__dict__",
        {
            "interaction_id": interaction_id,
            "uuid": uuid,
            "follow_up_on": follow_up_on,
            "days_overdue": days_overdue,
            "summary": summary,
            "organisations": organisations,
            "people": people,
            "officer": officer,
        },
    )
    return obj


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
    """Add each entry's names to ``result``, sorted by their sort key within the entry."""
    keyed: dict[int, list[tuple[str, str]]] = {}
    get = keyed.get
    if people:
        for iid, key, given, infix, family in rows:
            pair = (key or "", " ".join(filter(None, (given, infix, family))))
            pairs = get(iid)
            if pairs is None:
                keyed[iid] = [pair]
            else:
                pairs.append(pair)
    else:
        for iid, key, name in rows:
            pair = (key or "", name)
            pairs = get(iid)
            if pairs is None:
                keyed[iid] = [pair]
            else:
                pairs.append(pair)
    found = result.get
    for iid, pairs in keyed.items():
        if len(pairs) > 1:
            pairs.sort()
            names = [name for _key, name in pairs]
        else:
            names = [pairs[0][1]]
        known = found(iid)
        if known is None:
            result[iid] = names
        else:
            known.extend(names)


def _names(session: Session, conditions: list[Any], *, people: bool) -> dict[int, list[str]]:
    """Names of the live organisations or people in the interactions matching ``conditions``."""
    stmt, link = _names_stmt(people)
    stmt = stmt.join(Interaction, Interaction.id == link.c.interaction_id).where(*conditions)
    result: dict[int, list[str]] = {}
    _collect(_rows(session, stmt), people, result)
    return result


def _names_of(session: Session, ids: list[int], *, people: bool) -> dict[int, list[str]]:
    """Names of the live organisations or people in each of the given interactions."""
    result: dict[int, list[str]] = {}
    base, link = _names_stmt(people)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        _collect(_rows(session, base.where(link.c.interaction_id.in_(chunk))), people, result)
    return result
