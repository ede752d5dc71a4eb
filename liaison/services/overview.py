"""Overviews for team leads: support per district and neighbourhood, and per kind.

Finding 2 of the research (support went to initiatives that already had
municipal contacts) is why the neighbourhood overview shows, next to the
money, the share of fragile initiatives and the share with municipal contact.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from liaison.services.settings import Thresholds
from liaison.services.signals import (
    FRAGILE_CODES,
    NO_MUNICIPAL_CONTACT,
    Evaluation,
    active_support,
    collector_paused,
    evaluate,
)
from liaison.storage.models import (
    Commitment,
    Neighbourhood,
    Organisation,
    OrganisationStatus,
    SupportKind,
)

#: District label for initiatives without a neighbourhood (one total row, no neighbourhood rows).
NO_NEIGHBOURHOOD = "(geen wijk)"
#: District label for neighbourhoods whose district was left empty.
NO_DISTRICT = "(geen gebied)"


@dataclass(frozen=True)
class OverviewRow:
    district: str
    neighbourhood: str | None  # None = the district's total row
    initiatives: int
    active_commitments: int
    euros: Decimal
    fragile_share: float  # 0..1 of the initiatives
    municipal_contact_share: float  # 0..1 of the initiatives


@dataclass(frozen=True)
class KindRow:
    kind: str
    active_commitments: int
    euros: Decimal
    initiatives: int


@dataclass
class _Tally:
    initiatives: int = 0
    commitments: int = 0
    euros: Decimal = Decimal("0.00")
    fragile: int = 0
    municipal: int = 0

    def add(self, other: _Tally) -> None:
        self.initiatives += other.initiatives
        self.commitments += other.commitments
        self.euros += other.euros
        self.fragile += other.fragile
        self.municipal += other.municipal

    def row(self, district: str, neighbourhood: str | None) -> OverviewRow:
        n = self.initiatives
        return OverviewRow(
            district=district,
            neighbourhood=neighbourhood,
            initiatives=n,
            active_commitments=self.commitments,
            euros=self.euros,
            fragile_share=self.fragile / n if n else 0.0,
            municipal_contact_share=self.municipal / n if n else 0.0,
        )


def neighbourhood_overview(
    session: Session,
    *,
    today: dt.date | None = None,
    thresholds: Thresholds | None = None,
    evaluation: Evaluation | None = None,
) -> list[OverviewRow]:
    """Per district: a row per neighbourhood (every live one, also those without
    initiatives), then the district's total row (``neighbourhood=None``).

    Districts in alphabetical order, neighbourhoods within them too;
    initiatives without a neighbourhood come last under :data:`NO_NEIGHBOURHOOD`.
    Counts cover live initiatives that have not ended, as the signals do.
    A caller that already ran :func:`liaison.services.signals.evaluate` (the
    dashboard shows the signals too) passes it as ``evaluation`` so the work
    is not done twice.
    """
    today = today or dt.date.today()
    if evaluation is None:
        evaluation = evaluate(session, today=today, thresholds=thresholds)
    with collector_paused():  # as in evaluate: many acyclic objects, no cycles
        return _overview(session, evaluation)


def _overview(session: Session, evaluation: Evaluation) -> list[OverviewRow]:
    found, support = evaluation.signals, evaluation.support
    hoods = session.execute(
        select(Neighbourhood.id, Neighbourhood.district, Neighbourhood.name).where(
            Neighbourhood.deleted_at.is_(None)
        )
    ).all()
    place: dict[int, tuple[str, str]] = {i: (d or NO_DISTRICT, n) for i, d, n in hoods}
    # Every organisation's neighbourhood, read from the neighbourhood index alone
    # (no WHERE: the evaluation already says which ones are live initiatives).
    result = session.connection().execute(select(Organisation.id, Organisation.neighbourhood_id))
    try:
        where = dict(result.cursor.fetchall())  # plain DBAPI tuples: no Row objects
    finally:
        result.close()
    tallies: dict[tuple[str, str | None], _Tally] = defaultdict(_Tally)
    for district, name in place.values():
        tallies[district, name]  # every neighbourhood gets a row, even an empty one
    nowhere = (NO_NEIGHBOURHOOD, None)
    # Once per initiative (100,000 after a big import): no list of codes, no call per
    # initiative, no Decimal sum of zeros; this loop took 170 ms there.
    fragile_codes, get_place, get_where, get_support = (
        FRAGILE_CODES,
        place.get,
        where.get,
        support.get,
    )
    for iid, items in found.items():
        t = tallies[get_place(get_where(iid), nowhere)]  # type: ignore[arg-type]
        t.initiatives += 1
        fragile = no_municipal = False
        for s in items:
            code = s.code
            if code in fragile_codes:
                fragile = True
            elif code == NO_MUNICIPAL_CONTACT:
                no_municipal = True
        if fragile:
            t.fragile += 1
        if not no_municipal:
            t.municipal += 1
        active = get_support(iid)
        if active is not None:
            t.commitments += active[0]
            t.euros += active[1]

    rows: list[OverviewRow] = []
    districts = sorted(
        {d for d, _n in tallies}, key=lambda d: (d == NO_NEIGHBOURHOOD, d.casefold())
    )
    for district in districts:
        total = _Tally()
        names = sorted((n for d, n in tallies if d == district and n is not None), key=str.casefold)
        for name in names:
            tally = tallies[district, name]
            total.add(tally)
            rows.append(tally.row(district, name))
        if (district, None) in tallies:
            total.add(tallies[district, None])
        rows.append(total.row(district, None))
    return rows


def support_by_kind(session: Session, *, today: dt.date | None = None) -> list[KindRow]:
    """Active support per kind of support, in the enum's order.

    Like the neighbourhood overview it leaves out initiatives in the trash or ended.
    """
    today = today or dt.date.today()
    partner = aliased(Organisation)
    initiative = aliased(Organisation)
    rows = {
        kind: KindRow(kind, count, euros or Decimal("0.00"), initiatives)
        for kind, count, euros, initiatives in session.execute(
            select(
                Commitment.kind,
                func.count(),
                func.sum(Commitment.amount),
                func.count(func.distinct(Commitment.initiative_id)),
            )
            .join(partner, partner.id == Commitment.partner_id)
            .join(initiative, initiative.id == Commitment.initiative_id)
            .where(
                active_support(today),
                partner.deleted_at.is_(None),
                initiative.deleted_at.is_(None),
                initiative.status != OrganisationStatus.ENDED.value,
            )
            .group_by(Commitment.kind)
        )
    }
    order = [k.value for k in SupportKind]
    return sorted(rows.values(), key=lambda r: order.index(r.kind) if r.kind in order else 99)
