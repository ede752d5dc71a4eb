"""Agenda: renewal decisions and ends of support coming up; follow-ups overdue and due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from liaison.services import records
from liaison.services.agenda import (
    count_overdue_follow_ups,
    count_renewals,
    due_follow_ups,
    overdue_follow_ups,
    renewal_agenda,
    renewals,
)
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Interaction, Officer, Organisation, Person

TODAY = dt.date(2026, 6, 1)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _orgs(db: Database) -> tuple[int, int, int]:
    with db.session_scope() as s:
        ini = records.create(s, Organisation, name="Digitale Maatjes", kind="initiative").id
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund").id
        corp = records.create(s, Organisation, name="Woonstad", kind="housing").id
    return ini, fund, corp


def _commit(db: Database, ini: int, partner: int, **values: object) -> int:
    with db.session_scope() as s:
        return records.create(
            s, Commitment, initiative_id=ini, partner_id=partner, start=day(-200), **values
        ).id


def _items(db: Database, within: int = 56) -> list[tuple[int, str, int]]:
    with db.session_scope(write=False) as s:
        return [
            (a.commitment_id, a.what, a.days_left)
            for a in renewals(s, within_days=within, today=TODAY)
        ]


def test_renew_by_and_end_within_window(db: Database) -> None:
    ini, fund, corp = _orgs(db)
    both = _commit(db, ini, fund, amount="2500", renew_by=day(10), end=day(40))
    late_end = _commit(db, ini, corp, renew_by=day(20), end=day(120))
    _commit(db, ini, corp, renew_by=day(57), end=day(90))  # just outside the window
    assert _items(db) == [(both, "renew_by", 10), (late_end, "renew_by", 20), (both, "end", 40)]
    assert _items(db, within=90) == [
        (both, "renew_by", 10),
        (late_end, "renew_by", 20),
        (both, "end", 40),
        (3, "renew_by", 57),
        (3, "end", 90),
    ]


def test_item_fields(db: Database) -> None:
    ini, fund, _corp = _orgs(db)
    cid = _commit(db, ini, fund, kind="financial", amount="1500", renew_by=day(3))
    with db.session_scope(write=False) as s:
        [item] = renewals(s, today=TODAY)
    assert item.commitment_id == cid and len(item.commitment_uuid) == 36
    assert (item.initiative, item.partner) == ("Digitale Maatjes", "Oranje Fonds")
    assert (item.initiative_id, item.partner_id) == (ini, fund)
    assert item.kind == "financial" and item.amount == Decimal("1500.00")
    assert (item.what, item.date, item.days_left) == ("renew_by", day(3), 3)


def test_overdue_renewal_stays_while_support_runs(db: Database) -> None:
    ini, fund, corp = _orgs(db)
    running = _commit(db, ini, fund, renew_by=day(-30), end=day(200))
    open_ended = _commit(db, ini, fund, renew_by=day(-5))
    _commit(db, ini, corp, renew_by=day(-60), end=day(-1))  # already over: history
    assert _items(db) == [(running, "renew_by", -30), (open_ended, "renew_by", -5)]


def test_only_open_statuses_and_live_records(db: Database) -> None:
    ini, fund, corp = _orgs(db)
    kept = {
        _commit(db, ini, fund, renew_by=day(5), status=status)
        for status in ("active", "proposed", "renewed")
    }
    for status in ("ended", "declined"):
        _commit(db, ini, fund, renew_by=day(5), status=status)
    trashed = _commit(db, ini, fund, renew_by=day(6))
    with_gone_partner = _commit(db, ini, corp, renew_by=day(7))
    assert {c for c, _w, _d in _items(db)} == kept | {trashed, with_gone_partner}
    with db.session_scope() as s:
        records.delete(s, Commitment, trashed)
        records.delete(s, Organisation, corp)  # takes its commitments to the trash
    assert {c for c, _w, _d in _items(db)} == kept
    with db.session_scope() as s:
        records.restore(s, Organisation, corp)
    assert {c for c, _w, _d in _items(db)} == kept | {with_gone_partner}


def test_items_sorted_by_date(db: Database) -> None:
    ini, fund, _corp = _orgs(db)
    for offset in (30, 2, 17, -3, 9):
        _commit(db, ini, fund, renew_by=day(offset))
    with db.session_scope(write=False) as s:
        dates = [a.date for a in renewals(s, today=TODAY)]
    assert dates == sorted(dates) and len(dates) == 5


def test_limit_keeps_the_first_items_and_the_count_covers_all(db: Database) -> None:
    ini, fund, corp = _orgs(db)
    for offset in (30, 2, 17, -3, 9):
        _commit(db, ini, fund, renew_by=day(offset), end=day(offset + 10))
    _commit(db, ini, corp, renew_by=day(-40), end=day(-1))  # history: neither counted nor listed
    with db.session_scope(write=False) as s:
        every = renewals(s, today=TODAY)
        assert count_renewals(s, today=TODAY) == len(every) == 10
        assert renewals(s, today=TODAY, limit=4) == every[:4]
        assert renewals(s, today=TODAY, limit=0) == []
        assert count_renewals(s, today=TODAY, within_days=10) == len(
            renewals(s, today=TODAY, within_days=10)
        )
        # The dashboard's single read: the first items and the same total.
        assert renewal_agenda(s, today=TODAY, limit=4) == (every[:4], 10)


def _log(db: Database, follow_up_on: dt.date | None, done: bool = False, **values: object) -> int:
    with db.session_scope() as s:
        return records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 5, 1, 9, 30),
            summary=values.pop("summary", "Bellen over de aanvraag"),
            follow_up_on=follow_up_on,
            follow_up_done=done,
            **values,
        ).id


def test_overdue_follow_ups(db: Database) -> None:
    with db.session_scope() as s:
        org = records.create(s, Organisation, name="Taalcafé Hillesluis", kind="initiative")
        other = records.create(s, Organisation, name="Bibliotheek", kind="education")
        anna = records.create(s, Person, given_name="Anna", infix="de", family_name="Vries")
        officer = records.create(s, Officer, name="Sanne")
        links = {"organisations": [org, other], "people": [anna], "officer_id": officer.id}
    old = _log(db, day(-20), **links)
    recent = _log(db, day(-1))
    _log(db, day(-3), done=True)
    _log(db, TODAY)  # due today: not overdue yet
    _log(db, day(4))
    _log(db, None)
    trashed = _log(db, day(-2))
    with db.session_scope() as s:
        records.delete(s, Interaction, trashed)
    with db.session_scope(write=False) as s:
        items = overdue_follow_ups(s, today=TODAY)
        limited = overdue_follow_ups(s, today=TODAY, limit=1)
        assert count_overdue_follow_ups(s, today=TODAY) == len(items) == 2
    assert [(f.interaction_id, f.days_overdue) for f in items] == [(old, 20), (recent, 1)]
    first = items[0]
    assert first.organisations == ["Bibliotheek", "Taalcafé Hillesluis"]
    assert first.people == ["Anna de Vries"]
    assert first.officer == "Sanne"
    assert first.summary == "Bellen over de aanvraag"
    assert limited == items[:1]
    assert items[1].organisations == [] and items[1].officer is None


def test_due_follow_ups(db: Database) -> None:
    _log(db, day(-1))
    today_id = _log(db, TODAY)
    soon = _log(db, day(7))
    _log(db, day(8))
    _log(db, day(2), done=True)
    with db.session_scope(write=False) as s:
        items = due_follow_ups(s, 7, today=TODAY)
    assert [(f.interaction_id, f.days_overdue) for f in items] == [(today_id, 0), (soon, -7)]
