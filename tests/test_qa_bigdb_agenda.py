"""Follow-ups built by the fast constructor are plain frozen FollowUps, names in order."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from liaison.services import agenda, records
from liaison.storage.db import Database
from liaison.storage.models import Interaction, Organisation, Person


def test_overdue_follow_ups_are_plain_follow_ups(db: Database) -> None:
    today = dt.date(2026, 11, 28)
    with db.session_scope() as s:
        town = records.create(s, Organisation, name="Gemeente Rotterdam", kind="municipality")
        food = records.create(s, Organisation, name="Buurtkeuken Bloemhof", kind="initiative")
        gerrit = records.create(s, Person, given_name="Gerrit", infix="van den", family_name="Berg")
        ayse = records.create(s, Person, given_name="Ayşe", infix="", family_name="Öztürk")
        bram = records.create(s, Person, given_name="Bram", family_name="Bakker")
        for n, (orgs, people) in enumerate(
            (([town, food], [ayse, gerrit, bram]), ([food], []), ([], [gerrit]))
        ):
            records.create(
                s,
                Interaction,
                occurred_at=dt.datetime(2026, 10, 1 + n, 10),
                summary=f"Overleg {n}",
                follow_up_on=dt.date(2026, 11, 1 + n),
                organisations=orgs,
                people=people,
            )
    with db.session_scope(write=False) as s:
        found = agenda.overdue_follow_ups(s, today=today)
        first = agenda.overdue_follow_ups(s, today=today, limit=1)
    assert [f.summary for f in found] == ["Overleg 0", "Overleg 1", "Overleg 2"]
    assert [f.days_overdue for f in found] == [27, 26, 25]
    assert found[0].organisations == ["Buurtkeuken Bloemhof", "Gemeente Rotterdam"]
    # people by family name, the infix ignored: Bakker, van den Berg, Öztürk
    assert found[0].people == ["Bram Bakker", "Gerrit van den Berg", "Ayşe Öztürk"]
    assert found[1].people == [] and found[2].organisations == []
    assert found[2].people == ["Gerrit van den Berg"]
    assert first == found[:1]
    for item in found:
        assert type(item) is agenda.FollowUp
        again = agenda.FollowUp(**{f.name: getattr(item, f.name) for f in dataclasses.fields(item)})
        assert item == again and repr(item) == repr(again)
        with pytest.raises(dataclasses.FrozenInstanceError):
            item.summary = "x"  # type: ignore[misc]
    assert found[1].people is not found[2].organisations  # each its own list
