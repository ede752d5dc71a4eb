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
- ``support_ended``: there is no active support any more, and support
  (status active, renewed or ended; not proposed or declined) ended within
  the last ``cliff_days``: the cliff has been reached. Without it an
  initiative left the fragile list the day its last support ran out.
- ``no_municipal_contact``: no live interaction in ``municipal_contact_months``
  that involved the initiative and a municipality-kind organisation, and no
  live, not declined commitment from a municipality-kind partner running in
  that period.
- ``dormant``: no live interaction involving the initiative in ``dormant_months``.

Only contact that has happened counts: log entries dated after today (a
visit planned next month, a mistyped year) are left out of both contact
signals.

An initiative that never had support, or lost it longer than ``cliff_days``
ago, gets no support signals; it shows up through ``dormant`` and the overview.

Everything is computed with a handful of set-based queries (GROUP BY over all
initiatives at once), never a query per initiative.
"""

from __future__ import annotations

import calendar
import datetime as dt
import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from liaison.services.settings import Thresholds, load_thresholds
from liaison.storage import contact_summary
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
SUPPORT_ENDED = "support_ended"
NO_MUNICIPAL_CONTACT = "no_municipal_contact"
DORMANT = "dormant"
#: Order in which an initiative's signals are listed.
CODES = (
    SINGLE_PARTNER,
    ONE_OFF_ONLY,
    SUPPORT_CLIFF,
    SUPPORT_ENDED,
    NO_MUNICIPAL_CONTACT,
    DORMANT,
)
#: An initiative with any of these is fragile.
FRAGILE_CODES = frozenset({SINGLE_PARTNER, ONE_OFF_ONLY, SUPPORT_CLIFF, SUPPORT_ENDED})

ACTIVE_STATUSES = (CommitmentStatus.ACTIVE.value, CommitmentStatus.RENEWED.value)


@dataclass(frozen=True)
class Signal:
    code: str
    initiative_id: int
    initiative: str
    reason: str  # an English sentence; the UI builds a translated one from code + params
    params: dict[str, Any] = field(default_factory=dict, hash=False)


_new_object = object.__new__
_set_attribute = object.__setattr__


def _signal(
    code: str, initiative_id: int, initiative: str, reason: str, params: dict[str, Any]
) -> Signal:
    """``Signal(code, initiative_id, initiative, reason, params)``, built twice as fast.

    A frozen dataclass sets each field through ``object.__setattr__`` (five calls);
    an evaluation builds 14,000 signals, where that cost 15 of its ~110 ms. This
    sets the instance dictionary once; the object is the same (equal, hashable, frozen).
    """
    obj = _new_object(Signal)
    _set_attribute(
        obj,
        "__dict__",
        {
            "code": code,
            "initiative_id": initiative_id,
            "initiative": initiative,
            "reason": reason,
            "params": params,
        },
    )
    return obj


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
    with collector_paused():
        return _evaluate(session, today=today, thresholds=thresholds, initiative_ids=initiative_ids)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the signals are built.

    An evaluation of 10,000 initiatives allocates some 50,000 long-lived,
    acyclic objects (signals, their params, lists); each allocation burst
    triggered full collections over the whole heap, which measured a third of
    the evaluation's CPU time. Nothing here makes cycles, so pausing loses
    nothing; reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _evaluate(
    session: Session,
    *,
    today: dt.date | None,
    thresholds: Thresholds | None,
    initiative_ids: Collection[int] | None,
) -> Evaluation:
    today = today or dt.date.today()
    t = thresholds or load_thresholds(session)
    ids = None if initiative_ids is None else sorted({int(i) for i in initiative_ids})
    dormant_since = dt.datetime.combine(months_before(today, t.dormant_months), dt.time.min)
    municipal_since_day = months_before(today, t.municipal_contact_months)
    municipal_since = dt.datetime.combine(municipal_since_day, dt.time.min)

    # Contact counts once it has happened: an entry dated after today (a visit
    # planned next month, a mistyped year) keeps no relationship warm yet.
    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time.min)

    # 1. The initiatives with their contact dates (liaison.storage.contact_summary).
    summary = contact_summary.source(session)
    last_contact = summary.c.last_contact_at
    last_municipal = summary.c.last_municipal_contact_at
    rows = _tuples(
        session,
        select(
            Organisation.id,
            Organisation.name,
            last_contact >= dormant_since,
            last_municipal >= municipal_since,
            last_contact,  # raw text on SQLite: parsed only for the dormant ones
            or_(last_contact >= tomorrow, last_municipal >= tomorrow),
        )
        .outerjoin(summary, summary.c.organisation_id == Organisation.id)
        .where(live_initiatives())
        .where(*([] if ids is None else [Organisation.id.in_(ids)])),
    )
    if not rows:
        return Evaluation({}, {})
    rows = _without_future_contacts(session, rows, tomorrow, dormant_since, municipal_since)
    wanted = None if ids is None else {r[0] for r in rows}

    # 2. Active support per initiative and partner, rolled up per initiative;
    #    for the others, support that ran out recently.
    support = _support(session, today, ids)
    ended = _recently_ended(session, today, t.cliff_days, ids)

    # 3. Contact with, or support from, the municipality.
    municipal = {r[0] for r in rows if r[3]}
    municipal |= _municipal_commitments(session, municipal_since_day, today, ids)

    partner_names = _names(
        session, {a[8] for i, a in support.items() if wanted is None or i in wanted}
    )
    cliff = (today + dt.timedelta(days=t.cliff_days)).isoformat()
    no_municipal_reason = (
        f"No contact with or support from the municipality in {t.municipal_contact_months} months."
    )
    result: dict[int, list[Signal]] = {}
    totals: dict[int, tuple[int, Decimal]] = {}
    # The loop runs once per initiative (10,000): names bound locally, dates parsed
    # only for the dormant, support signals appended in place.
    make, get_support, support_signals = _signal, support.get, _support_signals
    scaleb, decimal = Decimal.scaleb, Decimal
    months_m, months_d = t.municipal_contact_months, t.dormant_months
    never = "No contact has been logged."
    for iid, name, recent, _municipal, last in rows:
        found: list[Signal] = []
        a = get_support(iid)
        if a is not None:
            totals[iid] = (a[0], scaleb(decimal(a[4]), -2))  # cents → euros, as _euros
            support_signals(found, iid, name, a, t, today, cliff, partner_names)
        elif iid in ended:
            last_end = _day(ended[iid])
            found.append(
                make(
                    SUPPORT_ENDED,
                    iid,
                    name,
                    f"All support ended (the last on {last_end.isoformat()}); none is active.",
                    {
                        "last_end": last_end,
                        "days_ago": (today - last_end).days,
                        "cliff_days": t.cliff_days,
                    },
                )
            )
        if iid not in municipal:
            found.append(
                make(
                    NO_MUNICIPAL_CONTACT,
                    iid,
                    name,
                    no_municipal_reason,
                    {"months": months_m, "since": municipal_since_day},
                )
            )
        if not recent:
            # 4. Dormant, with the date of the last logged contact.
            day = None if last is None else _day(last)
            found.append(
                make(
                    DORMANT,
                    iid,
                    name,
                    f"No contact in {months_d} months (the last on {day.isoformat()})."
                    if day
                    else never,
                    {"months": months_d, "last_contact": day},
                )
            )
        result[iid] = found
    return Evaluation(result, totals)


def _without_future_contacts(
    session: Session,
    rows: list[Any],
    tomorrow: dt.datetime,
    dormant_since: dt.datetime,
    municipal_since: dt.datetime,
) -> list[tuple[Any, ...]]:
    """Rows as (id, name, recent, municipal, last contact), contact dated after today left out.

    The summary keeps only each organisation's latest dates; for the few
    initiatives whose latest entry lies in the future the dates up to today
    are read from the log itself.
    """
    future = [r[0] for r in rows if r[5]]
    if not future:
        return [r[:5] for r in rows]
    link = interaction_organisation
    past: dict[int, tuple[Any, Any]] = {}
    for start in range(0, len(future), 900):
        stmt = contact_summary.aggregate().where(
            Interaction.occurred_at < tomorrow,
            link.c.organisation_id.in_(future[start : start + 900]),
        )
        for oid, last, last_municipal in session.execute(stmt):
            past[oid] = (_stamp(last), _stamp(last_municipal))
    result: list[tuple[Any, ...]] = []
    for row in rows:
        if not row[5]:
            result.append(row[:5])
            continue
        last, last_municipal = past.get(row[0], (None, None))
        recent = last is not None and last >= dormant_since
        municipal = last_municipal is not None and last_municipal >= municipal_since
        result.append((row[0], row[1], recent, municipal, last))
    return result


def _stamp(value: Any) -> dt.datetime | None:
    """A DATETIME value read through an aggregate (a datetime, or ISO text on some paths)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _tuples(session: Session, stmt: Any) -> list[Any]:
    """All rows of a Core statement as the DBAPI's plain tuples.

    Skips SQLAlchemy's Row objects and result processing, which cost more than
    the SQL for the thousands of rows the signals read (the statements select
    raw values on purpose: cents, ISO text).
    """
    result = session.connection().execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _euros(cents: int | None) -> Decimal:
    """Integer cents (the Money column's storage) as euros with two decimals."""
    return Decimal(int(cents or 0)).scaleb(-2)


def _support(session: Session, today: dt.date, ids: list[int] | None) -> dict[int, list[Any]]:
    """Active support per initiative, rolled up here from its commitments.

    Returns initiative → [commitments, structural, open-ended, last end (ISO text or None),
    cents, partners, biggest partner's cents, its commitments, its id]; the biggest
    partner gives the most euros, then the most commitments, then has the lowest id.
    Amounts stay integer cents and dates text (no per-row conversion).

    The commitments come in the order of the covering (partner, initiative, …) index,
    so one partner's support lines of one initiative arrive together and are added up
    as they pass. Nearly every initiative–partner pair has one line (13,337 pairs for
    13,359 lines on the benchmark database): a GROUP BY in SQL cost 24 ms there, most
    of it SQLite's bookkeeping per group, where reading the lines costs 14 ms.
    """
    trashed = select(Organisation.id).where(Organisation.deleted_at.is_not(None))
    stmt = (
        select(
            Commitment.initiative_id,
            Commitment.partner_id,
            Commitment.structural,
            Commitment.end,
            type_coerce(Commitment.amount, Integer),  # cents
        )
        # Commitments of a trashed partner normally went to the trash with it
        # (records.delete); this also covers partners trashed by bulk tools.
        .where(active_support(today), Commitment.partner_id.not_in(trashed))
        .order_by(Commitment.partner_id, Commitment.initiative_id)
    )
    if ids is not None:
        stmt = stmt.where(Commitment.initiative_id.in_(ids))
    rows = _tuples(session, stmt)
    if not _is_sqlite(session):  # other drivers return dates; the rest expects ISO text
        rows = [(*r[:3], None if r[3] is None else r[3].isoformat(), r[4]) for r in rows]
    acc: dict[int, list[Any]] = {}
    # The pair being added up: initiative, partner, lines, structural, open-ended, end, cents.
    pair: list[Any] = [None, None, 0, 0, 0, None, 0]
    for iid, pid, structural, end, cents in rows:
        if pid != pair[1] or iid != pair[0]:
            if pair[0] is not None:
                _add_pair(acc, pair)
            pair = [iid, pid, 1, 1 if structural else 0, 0 if end else 1, end, cents or 0]
            continue
        pair[2] += 1
        if structural:
            pair[3] += 1
        if end is None:
            pair[4] += 1
        elif pair[5] is None or end > pair[5]:
            pair[5] = end
        if cents:
            pair[6] += cents
    if pair[0] is not None:
        _add_pair(acc, pair)
    return acc


def _add_pair(acc: dict[int, list[Any]], pair: list[Any]) -> None:
    """Add one partner's active support of one initiative to that initiative's totals."""
    iid, pid, n, structural, open_ended, last_end, cents = pair
    a = acc.get(iid)
    if a is None:
        acc[iid] = [n, structural, open_ended, last_end, cents, 1, cents, n, pid]
        return
    a[0] += n
    a[1] += structural
    a[2] += open_ended
    if last_end is not None and (a[3] is None or last_end > a[3]):
        a[3] = last_end
    a[4] += cents
    a[5] += 1
    if cents > a[6] or (cents == a[6] and (n > a[7] or (n == a[7] and pid < a[8]))):
        a[6], a[7], a[8] = cents, n, pid


def _support_signals(
    found: list[Signal],
    iid: int,
    name: str,
    a: list[Any],
    t: Thresholds,
    today: dt.date,
    cliff: str,
    partner_names: dict[int, str],
) -> None:
    """Append the support signals of one initiative (``a`` as :func:`_support` gives it)."""
    count, structural, open_ended, last_end, cents, partners, p_cents, p_count, pid = a
    if cents > 0:
        share, basis = p_cents / cents, "euros"
    else:
        share, basis = p_count / count, "count"
    if partners == 1 or share >= t.single_partner_share:
        pname = partner_names.get(pid, "?")
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
        found.append(_signal(SINGLE_PARTNER, iid, name, reason, params))
    if not structural:
        found.append(
            _signal(
                ONE_OFF_ONLY,
                iid,
                name,
                "All active support is one-off; none is structural."
                if count > 1
                else "The only active support is one-off, not structural.",
                {"commitments": count},
            )
        )
    if not open_ended and last_end is not None and last_end[:10] <= cliff:
        day = dt.date.fromisoformat(last_end[:10])
        days = (day - today).days
        found.append(
            _signal(
                SUPPORT_CLIFF,
                iid,
                name,
                f"All active support ends today ({day.isoformat()})."
                if days <= 0
                else f"All active support ends within {days} day{'s' if days != 1 else ''} "
                f"(the last on {day.isoformat()}).",
                {"last_end": day, "days": days, "cliff_days": t.cliff_days},
            )
        )


def _recently_ended(
    session: Session, today: dt.date, days: int, ids: list[int] | None
) -> dict[int, Any]:
    """Initiative → the last end date of live support that ended in the last ``days`` days.

    Support here is what was active once (status active, renewed or ended),
    from a partner not in the trash; the caller looks only at initiatives
    without active support now.
    """
    trashed = select(Organisation.id).where(Organisation.deleted_at.is_not(None))
    stmt = (
        select(Commitment.initiative_id, func.max(Commitment.end))
        .where(
            not_trashed_scan(Commitment.deleted_at),
            Commitment.status.in_((*ACTIVE_STATUSES, CommitmentStatus.ENDED.value)),
            Commitment.end < today,
            Commitment.end >= today - dt.timedelta(days=days),
            Commitment.partner_id.not_in(trashed),
        )
        .group_by(Commitment.initiative_id)
    )
    if ids is not None:
        stmt = stmt.where(Commitment.initiative_id.in_(ids))
    # Plain DBAPI rows (ISO text on SQLite): the caller parses the few it needs.
    return {iid: end for iid, end in _tuples(session, stmt) if end is not None}


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
    return {r[0] for r in _tuples(session, stmt)}


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
            session.connection()
            .execute(select(Organisation.id, Organisation.name).where(Organisation.id.in_(chunk)))
            .all()
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
