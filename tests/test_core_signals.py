"""Signals per initiative, their thresholds (settings) and their set-based computation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select

from liaison.errors import ValidationError
from liaison.services import records
from liaison.services.settings import (
    Thresholds,
    get_setting,
    load_thresholds,
    save_thresholds,
    set_setting,
)
from liaison.services.signals import (
    FRAGILE_CODES,
    all_signals,
    initiative_signals,
    is_fragile,
    months_before,
    signals,
)
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Interaction, Organisation

TODAY = dt.date(2026, 6, 1)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def at(offset: int) -> dt.datetime:
    return dt.datetime.combine(day(offset), dt.time(10, 0))


class World:
    """An initiative and its partners, built through the record services."""

    def __init__(self, db: Database, name: str = "Buurtkeuken Bloemhof") -> None:
        self.db = db
        with db.session_scope() as s:
            self.ini = records.create(s, Organisation, name=name, kind="initiative").id
            self.fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund").id
            self.corp = records.create(s, Organisation, name="Woonstad", kind="housing").id
            self.city = records.create(
                s, Organisation, name="Gemeente Rotterdam", kind="municipality"
            ).id

    def support(self, partner: int, **values: object) -> int:
        values.setdefault("start", day(-100))
        values.setdefault("end", day(365))
        with self.db.session_scope() as s:
            return records.create(
                s, Commitment, initiative_id=self.ini, partner_id=partner, **values
            ).id

    def talk(self, offset: int, *partners: int) -> int:
        with self.db.session_scope() as s:
            orgs = [s.get(Organisation, i) for i in (self.ini, *partners)]
            return records.create(
                s, Interaction, occurred_at=at(offset), summary="Gesprek", organisations=orgs
            ).id

    def codes(self, thresholds: Thresholds | None = None) -> dict[str, dict]:
        """Signal code → params; both query paths (one initiative, all of them) must agree."""
        with self.db.session_scope(write=False) as s:
            found = initiative_signals(s, self.ini, today=TODAY, thresholds=thresholds)
            everything = signals(s, today=TODAY, thresholds=thresholds)
        assert [(x.code, x.params) for x in found] == [
            (x.code, x.params) for x in everything[self.ini]
        ]
        return {sig.code: sig.params for sig in found}

    def reasons(self) -> dict[str, str]:
        with self.db.session_scope(write=False) as s:
            return {sig.code: sig.reason for sig in initiative_signals(s, self.ini, today=TODAY)}


def test_single_partner_by_euros(db: Database) -> None:
    w = World(db)
    w.support(w.fund, amount="8000", structural=True)
    w.support(w.corp, amount="2000", structural=True)
    params = w.codes()["single_partner"]
    assert params["partner"] == "Oranje Fonds" and params["basis"] == "euros"
    assert params["share"] == pytest.approx(0.8)
    assert w.reasons()["single_partner"] == (
        "Oranje Fonds gives 80 % of the active support in euros."
    )
    assert "single_partner" not in w.codes(Thresholds(single_partner_share=0.85))


def test_single_partner_below_threshold(db: Database) -> None:
    w = World(db)
    w.support(w.fund, amount="700", structural=True)
    w.support(w.corp, amount="300", structural=True)
    assert "single_partner" not in w.codes()


def test_single_partner_by_count_without_amounts(db: Database) -> None:
    w = World(db)
    for _ in range(3):
        w.support(w.fund, kind="brokering", structural=True)
    w.support(w.corp, kind="space", structural=True)
    params = w.codes()["single_partner"]
    assert (params["basis"], params["share"]) == ("count", 0.75)
    assert w.reasons()["single_partner"] == "Oranje Fonds gives 3 of the 4 active commitments."


def test_only_partner(db: Database) -> None:
    w = World(db)
    w.support(w.fund, amount="100", structural=True)
    w.support(w.fund, kind="media", structural=True)
    assert w.codes()["single_partner"]["partners"] == 1
    assert (
        w.reasons()["single_partner"] == "Oranje Fonds is the only partner giving active support."
    )


def test_one_off_only(db: Database) -> None:
    w = World(db)
    w.support(w.fund, amount="500")
    w.support(w.corp, amount="500")
    assert w.codes()["one_off_only"] == {"commitments": 2}
    w.support(w.corp, kind="space", structural=True)
    assert "one_off_only" not in w.codes()


def test_support_cliff(db: Database) -> None:
    w = World(db)
    w.support(w.fund, amount="500", structural=True, end=day(30))
    last = w.support(w.corp, amount="500", structural=True, end=day(80))
    params = w.codes()["support_cliff"]
    assert (params["last_end"], params["days"]) == (day(80), 80)
    assert w.reasons()["support_cliff"].startswith("All active support ends within 80 days")
    assert "support_cliff" not in w.codes(Thresholds(cliff_days=60))
    with db.session_scope() as s:
        records.update(s, Commitment, last, None, end=None)  # open-ended support: no cliff
    assert "support_cliff" not in w.codes()


def test_inactive_support_does_not_count(db: Database) -> None:
    w = World(db)
    w.support(w.fund, amount="900", structural=True)
    w.support(w.corp, amount="9000", structural=True, status="proposed")
    w.support(w.corp, amount="9000", structural=True, status="declined")
    w.support(w.corp, amount="9000", structural=True, start=day(10))  # not started
    w.support(w.corp, amount="9000", structural=True, start=day(-400), end=day(-1))  # over
    trashed = w.support(w.corp, amount="9000", structural=True)
    with db.session_scope() as s:
        records.delete(s, Commitment, trashed)
    assert w.codes()["single_partner"]["partners"] == 1
    w.support(w.corp, amount="900", structural=True, status="renewed")
    assert "single_partner" not in w.codes()
    with db.session_scope() as s:
        records.delete(s, Organisation, w.corp)  # its support goes to the trash with it
    assert w.codes()["single_partner"]["partner"] == "Oranje Fonds"


def test_no_support_gives_no_support_signals(db: Database) -> None:
    w = World(db)
    assert not set(w.codes()) & FRAGILE_CODES


def test_municipal_contact(db: Database) -> None:
    w = World(db)
    w.talk(-400, w.city)  # too long ago
    w.talk(-10, w.fund)  # recent, but not with the municipality
    params = w.codes()["no_municipal_contact"]
    assert params["months"] == 12 and params["since"] == dt.date(2025, 6, 1)
    w.talk(-500, w.city)  # logged late: a high id, but an old date
    assert "no_municipal_contact" in w.codes()
    talk = w.talk(-300, w.city)
    assert "no_municipal_contact" not in w.codes()
    with db.session_scope() as s:
        records.delete(s, Interaction, talk)
    assert "no_municipal_contact" in w.codes()
    with db.session_scope() as s:
        records.restore(s, Interaction, talk)
    assert "no_municipal_contact" not in w.codes()
    with db.session_scope() as s:
        records.delete(s, Organisation, w.city)  # a trashed municipality does not count
    assert "no_municipal_contact" in w.codes()
    with db.session_scope() as s:
        records.restore(s, Organisation, w.city)
    with db.session_scope() as s:
        records.delete(s, Interaction, talk)
    w.support(w.city, kind="space", end=None)  # support from the municipality counts too
    assert "no_municipal_contact" not in w.codes()


def test_municipal_commitment_declined_or_long_over_does_not_count(db: Database) -> None:
    w = World(db)
    w.support(w.city, kind="space", status="declined")
    w.support(w.city, kind="space", start=day(-900), end=day(-400))
    assert "no_municipal_contact" in w.codes()


def test_dormant(db: Database) -> None:
    w = World(db)
    assert w.codes()["dormant"] == {"months": 6, "last_contact": None}
    assert w.reasons()["dormant"] == "No contact has been logged."
    w.talk(-200)
    w.talk(-3)
    with db.session_scope() as s:
        records.delete(s, Interaction, s.scalar(select(func.max(Interaction.id))))
    assert w.codes()["dormant"]["last_contact"] == day(-200)
    assert w.reasons()["dormant"] == f"No contact in 6 months (the last on {day(-200)})."
    assert "dormant" not in w.codes(Thresholds(dormant_months=7))
    w.talk(-20)
    assert "dormant" not in w.codes()


def test_only_live_unended_initiatives(db: Database) -> None:
    live = World(db, "Taalcafé")
    ended = World(db, "Repair Café")
    gone = World(db, "Moestuin")
    with db.session_scope() as s:
        records.update(s, Organisation, ended.ini, None, status="ended")
        records.delete(s, Organisation, gone.ini)
    with db.session_scope(write=False) as s:
        found = signals(s, today=TODAY)
    assert live.ini in found
    assert ended.ini not in found and gone.ini not in found
    assert ended.fund not in found  # partners are not initiatives


def test_all_signals_and_initiative_signals_agree(db: Database) -> None:
    a = World(db, "Zorgzame Buren")
    b = World(db, "Aandacht voor Elkaar")
    a.support(a.fund, amount="100")
    b.talk(-5, b.city)
    with db.session_scope(write=False) as s:
        flat = all_signals(s, today=TODAY)
        per = signals(s, today=TODAY)
        one = initiative_signals(s, a.ini, today=TODAY)
    assert [x.initiative for x in flat] == sorted(x.initiative for x in flat)
    assert flat == [x for i in (b.ini, a.ini) for x in per[i]]
    assert one == per[a.ini]
    assert {x.code for x in per[b.ini]} == set()
    assert is_fragile({x.code for x in one})


def test_thresholds_come_from_settings(db: Database) -> None:
    w = World(db)
    w.support(w.fund, amount="500", structural=True, end=day(60))
    w.support(w.corp, amount="500", structural=True, end=day(60))
    assert "support_cliff" in w.codes()
    with db.session_scope() as s:
        save_thresholds(s, Thresholds(cliff_days=30))
    assert "support_cliff" not in w.codes()


def test_settings_round_trip(db: Database) -> None:
    with db.session_scope(write=False) as s:
        assert load_thresholds(s) == Thresholds()
        assert get_setting(s, "ui.language", "nl") == "nl"
    with db.session_scope() as s:
        save_thresholds(s, Thresholds(single_partner_share=0.6, dormant_months=3))
        set_setting(s, "ui.language", "en")
    with db.session_scope() as s:
        t = load_thresholds(s)
        assert (t.single_partner_share, t.dormant_months, t.cliff_days) == (0.6, 3, 90)
        assert get_setting(s, "ui.language") == "en"
        set_setting(s, "ui.language", None)
        set_setting(s, "thresholds.cliff_days", "not a number")
    with db.session_scope(write=False) as s:
        assert get_setting(s, "ui.language") is None
        assert load_thresholds(s).cliff_days == 90  # unreadable value: the default


def test_bad_thresholds_are_refused(db: Database) -> None:
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="between 0 and 100"):
            save_thresholds(s, Thresholds(single_partner_share=1.5))
        with pytest.raises(ValidationError, match="whole number"):
            save_thresholds(s, Thresholds(cliff_days=-1))


def test_months_before() -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 12) == dt.date(2025, 1, 15)
    assert months_before(dt.date(2026, 1, 15), 1) == dt.date(2025, 12, 15)


def test_query_count_does_not_grow_with_initiatives(db: Database) -> None:
    """Set-based: the same handful of statements for 2 or 12 initiatives."""

    def statements() -> int:
        seen: list[str] = []

        def count(*_args: object) -> None:
            seen.append("x")

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            with db.session_scope(write=False) as s:
                signals(s, today=TODAY)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(seen)

    for i in range(2):
        w = World(db, f"Initiatief {i}")
        w.support(w.fund, amount="10")
        w.talk(-400)
    few = statements()
    for i in range(10):
        w = World(db, f"Meer {i}")
        w.support(w.fund, amount="10")
        w.talk(-400)
    assert statements() == few


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    amounts=st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 50_000)), min_size=1, max_size=3),
        min_size=1,
        max_size=4,
    ),
    threshold=st.sampled_from([0.5, 0.6, 0.75, 0.9, 1.0]),
)
def test_single_partner_share_property(
    db: Database, amounts: list[list[int | None]], threshold: float
) -> None:
    """The signal fires exactly when one partner's share (euros, else count) reaches the threshold."""
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Eigenschap", kind="initiative").id
        partners = [
            records.create(s, Organisation, name=f"Partner {i}", kind="fund").id
            for i in range(len(amounts))
        ]
        for pid, given_amounts in zip(partners, amounts, strict=True):
            for amount in given_amounts:
                records.create(
                    s,
                    Commitment,
                    initiative_id=ini,
                    partner_id=pid,
                    amount=amount,
                    structural=True,
                    start=day(-10),
                )
    euros = [sum(a or 0 for a in given_amounts) for given_amounts in amounts]
    counts = [len(given_amounts) for given_amounts in amounts]
    share = max(euros) / sum(euros) if sum(euros) else max(counts) / sum(counts)
    expected = len(amounts) == 1 or share >= threshold
    with db.session_scope(write=False) as s:
        found = initiative_signals(
            s, ini, today=TODAY, thresholds=Thresholds(single_partner_share=threshold)
        )
    single = [x for x in found if x.code == "single_partner"]
    assert bool(single) == expected
    if single:
        assert single[0].params["share"] == pytest.approx(share)
        top = max(range(len(amounts)), key=lambda i: (euros[i], counts[i], -i))
        assert single[0].params["partner_id"] == partners[top]
    with db.session_scope() as s:
        records.delete(s, Organisation, ini)
