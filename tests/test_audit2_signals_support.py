"""Signals read active support line by line and add it up per partner (issue 2: signals
< 100 ms at 100,000 people; the SQL GROUP BY over initiative–partner pairs cost 24 of them).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import event

from liaison.services import records, signals
from liaison.services.settings import Thresholds
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Organisation

TODAY = dt.date(2026, 11, 28)


def _line(s: Any, partner: int, initiative: int, **values: Any) -> None:
    values.setdefault("status", "active")
    values.setdefault("start", TODAY - dt.timedelta(days=100))
    records.create(s, Commitment, partner_id=partner, initiative_id=initiative, **values)


def _coalitions(db: Database) -> dict[str, int]:
    with db.session_scope() as s:
        ids = {
            name: records.create(s, Organisation, name=name, kind=kind).id
            for name, kind in (
                ("Buurtkeuken Bloemhof", "initiative"),
                ("Taalcafé Oosterflank", "initiative"),
                ("Oranje Fonds", "fund"),
                ("Woonstad Rotterdam", "housing"),
                ("Bakkerij Bram", "company"),
            )
        }
        kitchen, cafe = ids["Buurtkeuken Bloemhof"], ids["Taalcafé Oosterflank"]
        fund, housing, bakery = ids["Oranje Fonds"], ids["Woonstad Rotterdam"], ids["Bakkerij Bram"]
        # The fund: two lines (1,000 one-off until next month, 500 structural and open-ended).
        _line(
            s,
            fund,
            kitchen,
            kind="financial",
            amount=Decimal("1000"),
            end=TODAY + dt.timedelta(days=30),
        )
        _line(s, fund, kitchen, kind="financial", amount=Decimal("500"), structural=True)
        # Housing: as many euros in one line; the fund has more lines, so it is the biggest.
        _line(
            s,
            housing,
            kitchen,
            kind="financial",
            amount=Decimal("1500"),
            end=TODAY + dt.timedelta(days=200),
        )
        _line(s, bakery, kitchen, kind="in_kind", end=TODAY + dt.timedelta(days=10))
        _line(s, bakery, kitchen, kind="in_kind", status="proposed")  # not active: left out
        # The café: three one-off lines from the bakery, all ending within the cliff.
        for days in (5, 20, 40):
            _line(s, bakery, cafe, kind="in_kind", end=TODAY + dt.timedelta(days=days))
    return ids


def test_support_is_added_up_per_partner(db: Database) -> None:
    ids = _coalitions(db)
    with db.session_scope(write=False) as s:
        found = signals.evaluate(s, today=TODAY, thresholds=Thresholds(single_partner_share=0.5))
    kitchen, cafe = ids["Buurtkeuken Bloemhof"], ids["Taalcafé Oosterflank"]
    assert found.support[kitchen] == (4, Decimal("3000.00"))
    assert found.support[cafe] == (3, Decimal("0.00"))

    by_code = {(x.initiative_id, x.code): x for v in found.signals.values() for x in v}
    single = by_code[kitchen, signals.SINGLE_PARTNER]
    assert single.params["partner_id"] == ids["Oranje Fonds"]  # 1,500 in two lines beats one
    assert single.params["partners"] == 3
    assert single.params["share"] == 0.5
    assert (kitchen, signals.ONE_OFF_ONLY) not in by_code  # the fund's 500 is structural
    assert (kitchen, signals.SUPPORT_CLIFF) not in by_code  # the fund's 500 is open-ended

    cafe_codes = [x.code for x in found.signals[cafe]]
    assert signals.SINGLE_PARTNER in cafe_codes and signals.ONE_OFF_ONLY in cafe_codes
    cliff = by_code[cafe, signals.SUPPORT_CLIFF]
    assert cliff.params["last_end"] == TODAY + dt.timedelta(days=40)
    assert (
        found.signals[cafe][0].reason == "Bakkerij Bram is the only partner giving active support."
    )


def test_support_is_not_grouped_in_sql(db: Database) -> None:
    """SQLite's bookkeeping per group cost more than reading the lines (24 ms vs 14 ms)."""
    _coalitions(db)
    seen: list[str] = []

    def grab(_c: Any, _cur: Any, statement: str, *_rest: Any) -> None:
        if "FROM commitment" in statement:
            seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        with db.session_scope(write=False) as s:
            signals.signals(s, today=TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    active = [
        st for st in seen if "commitment.partner_id NOT IN" in st and "commitment.start" in st
    ]
    assert len(active) == 1, seen
    assert "GROUP BY" not in active[0]
    assert active[0].endswith("ORDER BY commitment.partner_id, commitment.initiative_id")
