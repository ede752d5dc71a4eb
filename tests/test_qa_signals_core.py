"""QA of the core promise: fragile initiatives, contact signals, agenda and lists, worked by hand.

Each test builds a small Rotterdam situation in a real SQLite file through the
record services, says in a comment what an officer expects, and compares.
"""

from __future__ import annotations

import datetime as dt

import pytest

from liaison.services import records
from liaison.services.signals import FRAGILE_CODES, is_fragile, signals
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Interaction, Organisation

TODAY = dt.date(2026, 11, 28)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def at(offset: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day(offset), dt.time(hour, 0))


def make_org(db: Database, name: str, kind: str, **values: object) -> int:
    with db.session_scope() as s:
        return records.create(s, Organisation, name=name, kind=kind, **values).id


def talk(db: Database, when: dt.datetime, *org_ids: int, summary: str = "Gesprek") -> int:
    with db.session_scope() as s:
        orgs = [s.get(Organisation, i) for i in org_ids]
        return records.create(
            s, Interaction, occurred_at=when, summary=summary, organisations=orgs
        ).id


def support(db: Database, initiative: int, partner: int, **values: object) -> int:
    values.setdefault("start", day(-100))
    values.setdefault("end", day(365))
    values.setdefault("structural", True)
    with db.session_scope() as s:
        return records.create(
            s, Commitment, initiative_id=initiative, partner_id=partner, **values
        ).id


def codes(db: Database, initiative: int, today: dt.date = TODAY) -> dict[str, dict]:
    with db.session_scope(write=False) as s:
        return {sig.code: sig.params for sig in signals(s, today=today)[initiative]}


def test_a_contact_dated_after_today_keeps_no_relationship_warm(db: Database) -> None:
    """A visit planned next month (or a mistyped year) is not contact yet.

    Buurtkeuken Bloemhof was last spoken to eight months ago, then someone
    logged the visit planned for 18 December with the municipality. Today the
    initiative is still dormant, still without municipal contact, and the
    dormant sentence names the real last contact (eight months ago).
    """
    ini = make_org(db, "Buurtkeuken Bloemhof", "initiative")
    city = make_org(db, "Gemeente Rotterdam", "municipality")
    talk(db, at(-240), ini)
    talk(db, at(20), ini, city, summary="Bezoek gepland met de gemeente")
    found = codes(db, ini)
    assert found["dormant"]["last_contact"] == day(-240)
    assert "no_municipal_contact" in found
    # Once the day has come, the visit counts.
    assert not {"dormant", "no_municipal_contact"} & set(codes(db, ini, today=day(20)))


def test_a_contact_later_today_counts_today(db: Database) -> None:
    """Logged this morning for this afternoon: that is today's contact, not a future one."""
    ini = make_org(db, "Repair Café Kleinpolder", "initiative")
    city = make_org(db, "Gemeente Rotterdam", "municipality")
    talk(db, at(0, hour=23), ini, city)
    assert not {"dormant", "no_municipal_contact"} & set(codes(db, ini))


def test_only_future_contact_means_never_contacted(db: Database) -> None:
    ini = make_org(db, "Digitale Maatjes Zuidwijk", "initiative")
    talk(db, at(3), ini)
    assert codes(db, ini)["dormant"]["last_contact"] is None


def test_support_cliff_sentence_for_today_and_tomorrow(db: Database) -> None:
    """'ends within 0 days' and 'within 1 days' read wrong in `liaison signals`."""
    today_ini = make_org(db, "Naaiatelier Wielewaal", "initiative")
    tomorrow_ini = make_org(db, "Moestuin Blijdorp", "initiative")
    fund = make_org(db, "Oranje Fonds", "fund")
    support(db, today_ini, fund, end=TODAY)
    support(db, tomorrow_ini, fund, end=day(1))
    with db.session_scope(write=False) as s:
        found = signals(s, today=TODAY)
    reasons = {
        i: next(x.reason for x in found[i] if x.code == "support_cliff")
        for i in (today_ini, tomorrow_ini)
    }
    assert reasons[today_ini] == "All active support ends today (2026-11-28)."
    assert reasons[tomorrow_ini] == "All active support ends within 1 day (the last on 2026-11-29)."


@pytest.mark.parametrize(
    ("last_contact", "dormant"),
    [
        # Six months before 28-11-2026 is 28-05-2026: contact that day still counts.
        (dt.datetime(2026, 5, 28, 0, 0), False),
        (dt.datetime(2026, 5, 28, 9, 30), False),
        (dt.datetime(2026, 5, 27, 23, 59), True),
    ],
)
def test_dormant_exactly_at_six_months(
    db: Database, last_contact: dt.datetime, dormant: bool
) -> None:
    ini = make_org(db, "Kledingbank Hoogvliet-Zuid", "initiative")
    talk(db, last_contact, ini)
    assert ("dormant" in codes(db, ini)) is dormant


@pytest.mark.parametrize(
    ("last_contact", "flagged"),
    [(dt.datetime(2025, 11, 28, 8, 0), False), (dt.datetime(2025, 11, 27, 17, 0), True)],
)
def test_no_municipal_contact_exactly_at_twelve_months(
    db: Database, last_contact: dt.datetime, flagged: bool
) -> None:
    ini = make_org(db, "Jongerenpodium Putselaan", "initiative")
    team = make_org(db, "Gemeente Rotterdam – Wijkteam Feijenoord", "municipality")
    talk(db, last_contact, ini, team)
    assert ("no_municipal_contact" in codes(db, ini)) is flagged


@pytest.mark.parametrize(("end", "cliff"), [(0, True), (1, True), (90, True), (91, False)])
def test_support_cliff_at_the_threshold(db: Database, end: int, cliff: bool) -> None:
    """Default threshold 90 days: support ending on day 90 is 'within 90 days'."""
    ini = make_org(db, "Moestuin Blijdorp", "initiative")
    fund = make_org(db, "Oranje Fonds", "fund")
    support(db, ini, fund, end=day(end))
    assert ("support_cliff" in codes(db, ini)) is cliff


def test_ended_trashed_and_trashed_partner_support_is_not_active(db: Database) -> None:
    """Only the fund's open-ended structural support is active: ended yesterday, in the
    trash, and support from a partner in the trash do not count, so the initiative hangs
    on the fund alone (single partner) and nothing is one-off or about to end."""
    ini = make_org(db, "Laptops voor Leerlingen Blijdorp", "initiative")
    fund = make_org(db, "Oranje Fonds", "fund")
    shop = make_org(db, "Coolblue", "company")
    corp = make_org(db, "Woonstad", "housing")
    support(db, ini, fund, end=None, amount="1000")
    support(db, ini, shop, end=day(-1), amount="5000", structural=False)
    trashed = support(db, ini, corp, end=day(30), amount="5000", structural=False)
    support(db, ini, shop, end=day(30), amount="5000", structural=False, status="proposed")
    with db.session_scope() as s:
        records.delete(s, Commitment, trashed)
    other = support(db, ini, corp, end=day(20), amount="9000", structural=False)
    with db.session_scope() as s:
        records.delete(s, Organisation, corp)  # its support goes with it
    found = codes(db, ini)
    assert found["single_partner"]["partner"] == "Oranje Fonds"
    assert not {"one_off_only", "support_cliff"} & set(found)
    with db.session_scope(write=False) as s:
        assert s.get(Commitment, other).deleted_at is not None


def test_support_that_ran_out_keeps_the_initiative_on_the_fragile_list(db: Database) -> None:
    """Yesterday: 'all support ends within 1 day'. Today the support has ended and nothing
    else runs: that initiative is more fragile than ever, not off the list."""
    ini = make_org(db, "Stichting Kledingbank Blijdorp", "initiative")
    fund = make_org(db, "Oranje Fonds", "fund")
    support(db, ini, fund, end=day(-1), amount="2500")
    found = codes(db, ini)
    assert found["support_ended"] == {"last_end": day(-1), "days_ago": 1, "cliff_days": 90}
    assert is_fragile(found)
    with db.session_scope(write=False) as s:
        (sig,) = [x for x in signals(s, today=TODAY)[ini] if x.code == "support_ended"]
    assert sig.reason == "All support ended (the last on 2026-11-27); none is active."
    # As long ago as the cliff looks ahead (90 days) it is still news; after that it is not.
    assert "support_ended" in codes(db, ini, today=day(89))
    assert "support_ended" not in codes(db, ini, today=day(90))


def test_support_ended_is_not_raised_while_other_support_runs_or_for_mere_proposals(
    db: Database,
) -> None:
    running = make_org(db, "Repair Café Kleinpolder", "initiative")
    proposed = make_org(db, "Naaiatelier Wielewaal", "initiative")
    fund = make_org(db, "Oranje Fonds", "fund")
    shop = make_org(db, "Coolblue", "company")
    support(db, running, fund, end=day(-5))
    support(db, running, shop, end=None)
    support(db, proposed, fund, end=day(-5), status="proposed")
    support(db, proposed, shop, end=day(-5), status="declined")
    assert "support_ended" not in codes(db, running)
    assert not set(codes(db, proposed)) & FRAGILE_CODES


def test_support_ended_from_a_partner_in_the_trash_does_not_count(db: Database) -> None:
    ini = make_org(db, "Buurtmoeders Keizerswaard", "initiative")
    shop = make_org(db, "Coolblue", "company")
    support(db, ini, shop, end=day(-3))
    with db.session_scope() as s:
        records.delete(s, Organisation, shop)
    assert "support_ended" not in codes(db, ini)
