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

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from liaison.services.settings import Thresholds, load_thresholds
from liaison.storage.models import (
    Commitment,
    CommitmentStatus,
    Interaction,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    interaction_organisation,
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


def active_support(today: dt.date) -> ColumnElement[bool]:
    """The condition on Commitment for support that is active today (see module docstring)."""
    return and_(
        Commitment.deleted_at.is_(None),
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

    Initiatives without signals are present with an empty list.
    """
    today = today or dt.date.today()
    t = thresholds or load_thresholds(session)
    ids = None if initiative_ids is None else sorted({int(i) for i in initiative_ids})

    def only(col: Any) -> list[ColumnElement[bool]]:
        return [] if ids is None else [col.in_(ids)]

    names: dict[int, str] = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(
                live_initiatives(), *only(Organisation.id)
            )
        ).all()
    )
    result: dict[int, list[Signal]] = {i: [] for i in names}
    if not names:
        return result

    partner = aliased(Organisation)
    supported = and_(active_support(today), partner.deleted_at.is_(None))

    # 1. Per initiative: how much active support, of which kind, until when.
    totals = session.execute(
        select(
            Commitment.initiative_id,
            func.count(),
            func.sum(case((Commitment.structural.is_(True), 1), else_=0)),
            func.sum(case((Commitment.end.is_(None), 1), else_=0)),
            func.max(Commitment.end),
            func.sum(Commitment.amount),
            func.count(func.distinct(Commitment.partner_id)),
        )
        .join(partner, partner.id == Commitment.partner_id)
        .where(supported, *only(Commitment.initiative_id))
        .group_by(Commitment.initiative_id)
    ).all()

    # 2. Per initiative and partner: the biggest partner's part.
    top: dict[int, tuple[int, int, Decimal]] = {}  # initiative → (partner, count, euros)
    for iid, pid, count, euros in session.execute(
        select(
            Commitment.initiative_id,
            Commitment.partner_id,
            func.count(),
            func.sum(Commitment.amount),
        )
        .join(partner, partner.id == Commitment.partner_id)
        .where(supported, *only(Commitment.initiative_id))
        .group_by(Commitment.initiative_id, Commitment.partner_id)
    ):
        euros = euros or Decimal(0)
        best = top.get(iid)
        if best is None or (euros, count, -pid) > (best[2], best[1], -best[0]):
            top[iid] = (pid, count, euros)

    # 3. Interactions: recent contact at all, and recent contact with the municipality.
    dormant_since = dt.datetime.combine(months_before(today, t.dormant_months), dt.time.min)
    contacted = _contacted_since(session, dormant_since, ids, municipal=False)
    municipal_since_day = months_before(today, t.municipal_contact_months)
    municipal_since = dt.datetime.combine(municipal_since_day, dt.time.min)
    municipal = _contacted_since(session, municipal_since, ids, municipal=True)
    municipal |= _municipal_commitments(session, municipal_since_day, today, ids)

    partner_names = _names(session, {p for p, _c, _e in top.values()})
    cliff_date = today + dt.timedelta(days=t.cliff_days)
    for iid, count, structural, open_ended, last_end, euros, partners in totals:
        name = names.get(iid)
        if name is None:
            continue
        found = result[iid]
        euros = euros or Decimal(0)
        pid, p_count, p_euros = top[iid]
        pname = partner_names.get(pid, "?")
        if euros > 0:
            share, basis = float(p_euros / euros), "euros"
        else:
            share, basis = p_count / count, "count"
        if partners == 1 or share >= t.single_partner_share:
            params = {
                "partner": pname,
                "partner_id": pid,
                "share": share,
                "basis": basis,
                "partners": partners,
                "threshold": t.single_partner_share,
            }
            if partners == 1:
                reason = f"{pname} is the only partner giving active support."
            elif basis == "euros":
                reason = f"{pname} gives {_percent(share)} of the active support in euros."
            else:
                reason = f"{pname} gives {p_count} of the {count} active commitments."
            found.append(Signal(SINGLE_PARTNER, iid, name, reason, params))
        if not structural:
            found.append(
                Signal(
                    ONE_OFF_ONLY,
                    iid,
                    name,
                    "All active support is one-off; none is structural."
                    if count > 1
                    else "The only active support is one-off, not structural.",
                    {"commitments": count},
                )
            )
        if not open_ended and last_end is not None and last_end <= cliff_date:
            days = (last_end - today).days
            found.append(
                Signal(
                    SUPPORT_CLIFF,
                    iid,
                    name,
                    f"All active support ends within {days} days (the last on "
                    f"{last_end.isoformat()}).",
                    {"last_end": last_end, "days": days, "cliff_days": t.cliff_days},
                )
            )

    dormant_ids = [i for i in names if i not in contacted]
    last_contact = _last_contact(session, dormant_ids)
    for iid, name in names.items():
        if iid not in municipal:
            result[iid].append(
                Signal(
                    NO_MUNICIPAL_CONTACT,
                    iid,
                    name,
                    f"No contact with or support from the municipality in "
                    f"{t.municipal_contact_months} months.",
                    {"months": t.municipal_contact_months, "since": municipal_since_day},
                )
            )
        if iid not in contacted:
            last = last_contact.get(iid)
            reason = (
                f"No contact in {t.dormant_months} months (the last on {last.isoformat()})."
                if last
                else "No contact has been logged."
            )
            result[iid].append(
                Signal(
                    DORMANT,
                    iid,
                    name,
                    reason,
                    {"months": t.dormant_months, "last_contact": last},
                )
            )
    return result


def _contacted_since(
    session: Session, since: dt.datetime, ids: list[int] | None, *, municipal: bool
) -> set[int]:
    """Organisations in a live interaction since ``since`` (with a municipality, if asked).

    For all initiatives the query starts from the recent live interactions
    (covering index ``ix_interaction_live_occurred``, migration 0004), so its
    cost follows the size of the window, not the size of the whole log; for a
    few initiatives it starts from their own contact log instead.
    """
    io = interaction_organisation
    other = io.alias("other")
    municipalities = select(Organisation.id).where(
        Organisation.kind == OrganisationKind.MUNICIPALITY.value,
        Organisation.deleted_at.is_(None),
    )
    live_since = (Interaction.deleted_at.is_(None), Interaction.occurred_at >= since)
    if ids is None:
        recent = select(Interaction.id).where(*live_since)
        if municipal:
            recent = recent.where(
                Interaction.id.in_(
                    select(other.c.interaction_id).where(
                        other.c.organisation_id.in_(municipalities)
                    )
                )
            )
        stmt = select(io.c.organisation_id).distinct().where(io.c.interaction_id.in_(recent))
    else:
        stmt = (
            select(io.c.organisation_id)
            .distinct()
            .join(Interaction, Interaction.id == io.c.interaction_id)
            .where(io.c.organisation_id.in_(ids), *live_since)
        )
        if municipal:
            stmt = stmt.where(
                exists().where(
                    other.c.interaction_id == Interaction.id,
                    other.c.organisation_id.in_(municipalities),
                )
            )
    return set(session.scalars(stmt))


def _municipal_commitments(
    session: Session, since: dt.date, today: dt.date, ids: list[int] | None
) -> set[int]:
    """Initiatives with live support from a municipality running some time since ``since``."""
    muni = aliased(Organisation)
    stmt = (
        select(Commitment.initiative_id)
        .distinct()
        .join(muni, muni.id == Commitment.partner_id)
        .where(
            Commitment.deleted_at.is_(None),
            Commitment.status != CommitmentStatus.DECLINED.value,
            or_(Commitment.end.is_(None), Commitment.end >= since),
            or_(Commitment.start.is_(None), Commitment.start <= today),
            muni.kind == OrganisationKind.MUNICIPALITY.value,
            muni.deleted_at.is_(None),
        )
    )
    if ids is not None:
        stmt = stmt.where(Commitment.initiative_id.in_(ids))
    return set(session.scalars(stmt))


def _last_contact(session: Session, ids: list[int]) -> dict[int, dt.date]:
    """Date of the last live interaction of each of a few organisations."""
    io = interaction_organisation
    result: dict[int, dt.date] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for oid, last in session.execute(
            select(io.c.organisation_id, func.max(Interaction.occurred_at))
            .join(Interaction, Interaction.id == io.c.interaction_id)
            .where(io.c.organisation_id.in_(chunk), Interaction.deleted_at.is_(None))
            .group_by(io.c.organisation_id)
        ):
            if last is not None:
                result[oid] = last.date() if isinstance(last, dt.datetime) else last
    return result


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
