"""Signals: computed warnings per initiative, each with a reason a person can read.

The research behind Liaison found support mostly ad hoc and one-off, and going
to initiatives that already had municipal contacts. These signals make both
visible. Definitions (thresholds come from :mod:`liaison.services.settings`):

- **Active support** is a live commitment (partner not in the trash) with
  status active or renewed whose period includes today (no start or start ≤
  today; no end or end ≥ today). Proposed support is not active yet.
- ``single_partner``: one partner gives at least ``single_partner_share`` of the
  active support — measured in euros when the active support has amounts,
  otherwise in number of commitments — or there is only one partner.
- ``one_off_only``: there is active support and none of it is structural.
- ``support_cliff``: there is active support and all of it ends within
  ``cliff_days`` (none is open-ended).
- ``no_municipal_contact``: no live interaction in ``municipal_contact_months``
  that involved the initiative and a municipality-kind organisation, and no
  live, not declined commitment from a municipality-kind partner running in
  that period.
- ``dormant``: no live interaction involving the initiative in ``dormant_months``.

An initiative without any active support gets no support signals (there is
nothing to be fragile); it shows up through ``dormant`` and the overview.

Everything is computed with a handful of set-based queries (GROUP BY over all
initiatives at once), never a query per initiative.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from liaison.services.settings import Thresholds, load_thresholds
from liaison.storage import contact_summary
from liaison.storage.models import (
    Commitment,
    CommitmentStatus,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
)

SINGLE_PARTNER = "single_partner"
ONE_OFF_ONLY = "one_off_only"
SUPPORT_CLIFF = "support_cliff"
NO_MUNICIPAL_CONTACT = "no_municipal_contact"
DORMANT = "dormant"
#: Order in which an initiative's signals are listed.
CODES = (SINGLE_PARTNER, ONE_OFF_ONLY, SUPPORT_CLIFF, NO_MUNICIPAL_CONTACT, DORMANT)
#: An initiative with any of these is fragile.
FRAGILE_CODES = frozenset({SINGLE_PARTNER, ONE_OFF_ONLY, SUPPORT_CLIFF})

ACTIVE_STATUSES = (CommitmentStatus.ACTIVE.value, CommitmentStatus.RENEWED.value)


@dataclass(frozen=True)
class Signal:
    code: str
    initiative_id: int
    initiative: str
    reason: str  # an English sentence; the UI builds a translated one from code + params
    params: dict[str, Any] = field(default_factory=dict, hash=False)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (clamped to the month's end)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def not_trashed_scan(column: Any) -> ColumnElement[bool]:
    """``column IS NULL`` written so that the planner does not walk a ``deleted_at`` index.

    Nearly every row is live, so an index on ``deleted_at`` (migration 0005's
    list indexes) selects almost everything and costs a table lookup per row;
    a plain scan of the table is two to seven times faster (measured on the
    benchmark database). COALESCE hides the column from the planner on every
    backend.
    """
    return func.coalesce(column, None).is_(None)


def active_support(today: dt.date) -> ColumnElement[bool]:
    """The condition on Commitment for support that is active today (see module docstring)."""
    return and_(
        not_trashed_scan(Commitment.deleted_at),
        Commitment.status.in_(ACTIVE_STATUSES),
        or_(Commitment.start.is_(None), Commitment.start <= today),
        or_(Commitment.end.is_(None), Commitment.end >= today),
    )


def live_initiatives() -> ColumnElement[bool]:
    """The condition on Organisation for initiatives that signals look at."""
    return and_(
        Organisation.deleted_at.is_(None),
        Organisation.kind == OrganisationKind.INITIATIVE.value,
        Organisation.status != OrganisationStatus.ENDED.value,
    )


def is_fragile(codes: Collection[str]) -> bool:
    return any(c in FRAGILE_CODES for c in codes)


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


def signals(
    session: Session,
    *,
    today: dt.date | None = None,
    thresholds: Thresholds | None = None,
    initiative_ids: Collection[int] | None = None,
) -> dict[int, list[Signal]]:
    """Initiative id → its signals, for every live, not ended initiative (or the given ones).

    Initiatives without signals are present with an empty list. The number of
    queries does not depend on the number of initiatives.
    """
    return evaluate(
        session, today=today, thresholds=thresholds, initiative_ids=initiative_ids
    ).signals


@dataclass(frozen=True)
class Evaluation:
    """Signals plus the active-support totals they were computed from (for overviews)."""

    signals: dict[int, list[Signal]]
    support: dict[int, tuple[int, Decimal]]  # initiative → (active commitments, euros)


def evaluate(
    session: Session,
    *,
    today: dt.date | None = None,
    thresholds: Thresholds | None = None,
    initiative_ids: Collection[int] | None = None,
) -> Evaluation:
    """:func:`signals`, also returning each initiative's active support (count, euros)."""
    today = today or dt.date.today()
    t = thresholds or load_thresholds(session)
    ids = None if initiative_ids is None else sorted({int(i) for i in initiative_ids})
    dormant_since = dt.datetime.combine(months_before(today, t.dormant_months), dt.time.min)
    municipal_since_day = months_before(today, t.municipal_contact_months)
    municipal_since = dt.datetime.combine(municipal_since_day, dt.time.min)

    # 1. The initiatives with their contact dates (liaison.storage.contact_summary).
    summary = contact_summary.source(session)
    last_contact = summary.c.last_contact_at
    names: dict[int, str] = {}
    contacted: set[int] = set()
    municipal: set[int] = set()
    dormant_last: dict[int, Any] = {}
    for iid, name, recent, muni, last in session.execute(
        select(
            Organisation.id,
            Organisation.name,
            last_contact >= dormant_since,
            summary.c.last_municipal_contact_at >= municipal_since,
            # Only the dormant need the date (for their reason); skip parsing the rest.
            case((last_contact >= dormant_since, None), else_=type_coerce(last_contact, String)),
        )
        .outerjoin(summary, summary.c.organisation_id == Organisation.id)
        .where(live_initiatives())
        .where(*([] if ids is None else [Organisation.id.in_(ids)]))
    ):
        names[iid] = name
        if recent:
            contacted.add(iid)
        elif last is not None:
            dormant_last[iid] = last
        if muni:
            municipal.add(iid)
    result: dict[int, list[Signal]] = {i: [] for i in names}
    if not names:
        return Evaluation(result, {})

    # 2. Active support per initiative and partner, rolled up per initiative here.
    support = _support(session, today, ids)

    # 3. Contact with, or support from, the municipality.
    municipal |= _municipal_commitments(session, municipal_since_day, today, ids)

    cliff_date = today + dt.timedelta(days=t.cliff_days)
    partner_names = _names(
        session, {-s.top[2] for i, s in support.items() if s.top is not None and i in names}
    )
    for iid, name in names.items():
        found = result[iid]
        s = support.get(iid)
        if s is not None:
            found.extend(_support_signals(iid, name, s, t, today, cliff_date, partner_names))
        if iid not in municipal:
            found.append(
                Signal(
                    NO_MUNICIPAL_CONTACT,
                    iid,
                    name,
                    f"No contact with or support from the municipality in "
                    f"{t.municipal_contact_months} months.",
                    {"months": t.municipal_contact_months, "since": municipal_since_day},
                )
            )

    # 4. Dormant ones, with the date of their last logged contact.
    for iid in names:
        if iid in contacted:
            continue
        last = _day(dormant_last.get(iid))
        reason = (
            f"No contact in {t.dormant_months} months (the last on {last.isoformat()})."
            if last
            else "No contact has been logged."
        )
        result[iid].append(
            Signal(
                DORMANT,
                iid,
                names[iid],
                reason,
                {"months": t.dormant_months, "last_contact": last},
            )
        )
    totals = {i: (s.count, s.euros) for i, s in support.items() if i in names}
    return Evaluation(result, totals)


@dataclass
class _Support:
    """Active support of one initiative, summed over its partners."""

    count: int = 0
    structural: int = 0
    open_ended: int = 0
    last_end: dt.date | None = None
    euros: Decimal = Decimal(0)
    partners: int = 0
    top: tuple[Decimal, int, int] | None = None  # biggest partner: (euros, count, -id)


def _support(session: Session, today: dt.date, ids: list[int] | None) -> dict[int, _Support]:
    """Active support per initiative: one GROUP BY over (initiative, partner), rolled up here."""
    trashed = select(Organisation.id).where(Organisation.deleted_at.is_not(None))
    stmt = (
        select(
            Commitment.initiative_id,
            Commitment.partner_id,
            func.count(),
            func.sum(case((Commitment.structural.is_(True), 1), else_=0)),
            func.sum(case((Commitment.end.is_(None), 1), else_=0)),
            func.max(Commitment.end),
            func.sum(Commitment.amount),
        )
        # Commitments of a trashed partner normally went to the trash with it
        # (records.delete); this also covers partners trashed by bulk tools.
        .where(active_support(today), Commitment.partner_id.not_in(trashed))
        .group_by(Commitment.initiative_id, Commitment.partner_id)
    )
    if ids is not None:
        stmt = stmt.where(Commitment.initiative_id.in_(ids))
    result: dict[int, _Support] = {}
    for iid, pid, count, structural, open_ended, last_end, euros in session.execute(stmt):
        s = result.get(iid)
        if s is None:
            s = result[iid] = _Support()
        euros = euros or Decimal(0)
        s.count += count
        s.structural += structural or 0
        s.open_ended += open_ended or 0
        if last_end is not None and (s.last_end is None or last_end > s.last_end):
            s.last_end = last_end
        s.euros += euros
        s.partners += 1
        key = (euros, count, -pid)
        if s.top is None or key > s.top:
            s.top = key
    return result


def _support_signals(
    iid: int,
    name: str,
    s: _Support,
    t: Thresholds,
    today: dt.date,
    cliff_date: dt.date,
    partner_names: dict[int, str],
) -> list[Signal]:
    found: list[Signal] = []
    assert s.top is not None
    p_euros, p_count, neg_pid = s.top
    pname = partner_names.get(-neg_pid, "?")
    if s.euros > 0:
        share, basis = float(p_euros / s.euros), "euros"
    else:
        share, basis = p_count / s.count, "count"
    if s.partners == 1 or share >= t.single_partner_share:
        params = {
            "partner": pname,
            "partner_id": -neg_pid,
            "share": share,
            "basis": basis,
            "partners": s.partners,
            "threshold": t.single_partner_share,
        }
        if s.partners == 1:
            reason = f"{pname} is the only partner giving active support."
        elif basis == "euros":
            reason = f"{pname} gives {_percent(share)} of the active support in euros."
        else:
            reason = f"{pname} gives {p_count} of the {s.count} active commitments."
        found.append(Signal(SINGLE_PARTNER, iid, name, reason, params))
    if not s.structural:
        found.append(
            Signal(
                ONE_OFF_ONLY,
                iid,
                name,
                "All active support is one-off; none is structural."
                if s.count > 1
                else "The only active support is one-off, not structural.",
                {"commitments": s.count},
            )
        )
    if not s.open_ended and s.last_end is not None and s.last_end <= cliff_date:
        days = (s.last_end - today).days
        found.append(
            Signal(
                SUPPORT_CLIFF,
                iid,
                name,
                f"All active support ends within {days} days (the last on "
                f"{s.last_end.isoformat()}).",
                {"last_end": s.last_end, "days": days, "cliff_days": t.cliff_days},
            )
        )
    return found


def _municipal_commitments(
    session: Session, since: dt.date, today: dt.date, ids: list[int] | None
) -> set[int]:
    """Initiatives with live support from a municipality running some time since ``since``."""
    municipalities = select(Organisation.id).where(
        Organisation.kind == OrganisationKind.MUNICIPALITY.value,
        Organisation.deleted_at.is_(None),
    )
    stmt = (
        select(Commitment.initiative_id)
        .distinct()
        .where(
            Commitment.partner_id.in_(municipalities),
            not_trashed_scan(Commitment.deleted_at),
            Commitment.status != CommitmentStatus.DECLINED.value,
            or_(Commitment.end.is_(None), Commitment.end >= since),
            or_(Commitment.start.is_(None), Commitment.start <= today),
        )
    )
    if ids is not None:
        stmt = stmt.where(Commitment.initiative_id.in_(ids))
    return set(session.scalars(stmt))


def _day(value: Any) -> dt.date | None:
    """A date from a DATETIME column read as text (SQLite) or as a datetime (elsewhere)."""
    if value is None:
        return None
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    result: dict[int, str] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        result.update(
            session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.id.in_(chunk))
            ).all()
        )
    return result


def initiative_signals(
    session: Session,
    initiative_id: int,
    *,
    today: dt.date | None = None,
    thresholds: Thresholds | None = None,
) -> list[Signal]:
    """The signals of one initiative (empty if none, or if it is not a live initiative)."""
    found = signals(session, today=today, thresholds=thresholds, initiative_ids=[initiative_id])
    return found.get(initiative_id, [])


def all_signals(
    session: Session,
    *,
    today: dt.date | None = None,
    thresholds: Thresholds | None = None,
    initiative_ids: Collection[int] | None = None,
) -> list[Signal]:
    """Every signal as one list, by initiative name, then in :data:`CODES` order."""
    found = signals(session, today=today, thresholds=thresholds, initiative_ids=initiative_ids)
    flat = [s for items in found.values() for s in items]
    flat.sort(key=lambda s: (s.initiative.casefold(), s.initiative_id, CODES.index(s.code)))
    return flat
