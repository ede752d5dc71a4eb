"""The neighbourhood overview tallies each initiative once, as the signals say."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from sqlalchemy import select

from liaison import demo
from liaison.services import overview, signals
from liaison.storage.db import Database
from liaison.storage.models import Neighbourhood, Organisation


def test_overview_totals_follow_the_evaluation(db: Database) -> None:
    demo.generate(db, size=300)
    with db.session_scope(write=False) as s:
        evaluation = signals.evaluate(s)
        rows = overview.neighbourhood_overview(s, evaluation=evaluation)
        district_of = dict(
            s.execute(
                select(Organisation.id, Neighbourhood.district).outerjoin(
                    Neighbourhood, Neighbourhood.id == Organisation.neighbourhood_id
                )
            ).all()
        )
    expected: dict[str, Counter] = {}
    for iid, found in evaluation.signals.items():
        codes = {sig.code for sig in found}
        district = district_of.get(iid)
        district = overview.NO_NEIGHBOURHOOD if district is None else district
        tally = expected.setdefault(district, Counter())
        tally["initiatives"] += 1
        tally["fragile"] += signals.is_fragile(codes)
        tally["municipal"] += signals.NO_MUNICIPAL_CONTACT not in codes
        count, euros = evaluation.support.get(iid, (0, Decimal(0)))
        tally["commitments"] += count
        tally["cents"] += int(euros * 100)
    totals = {r.district: r for r in rows if r.neighbourhood is None}
    assert set(totals) >= set(expected)
    for district, tally in expected.items():
        row = totals[district]
        assert row.initiatives == tally["initiatives"], district
        assert row.active_commitments == tally["commitments"], district
        assert row.euros == Decimal(tally["cents"]) / 100, district
        assert str(row.euros).endswith(tuple("0123456789")) and "." in str(row.euros)
        assert round(row.fragile_share * row.initiatives) == tally["fragile"], district
        assert round(row.municipal_contact_share * row.initiatives) == tally["municipal"]
    assert sum(r.initiatives for r in totals.values()) == len(evaluation.signals)
    assert 0 < sum(t["fragile"] for t in expected.values()) < len(evaluation.signals)
