"""QA of the "Vandaag" dashboard as an officer reads it: cards, sentences and chart labels.

A small situation is built by hand in a real SQLite file, the dashboard is
loaded for a fixed day and drawn in a real widget (offscreen), and what it
says is compared with what the officer must see.
"""

from __future__ import annotations

import datetime as dt

import pytest

from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Interaction, Neighbourhood, Organisation
from ui import i18n
from ui.app import STYLE
from ui.charts import district_counts
from ui.dashboard import Dashboard, load_dashboard

TODAY = dt.date(2026, 11, 28)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def dutch(qapp):
    i18n.install("nl")
    yield
    i18n.install("en")


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    """Two initiatives in Feijenoord and one without a neighbourhood; contacts and support."""
    with db.session_scope() as s:
        hood = records.create(s, Neighbourhood, name="Afrikaanderwijk", district="Feijenoord")
        kitchen = records.create(
            s,
            Organisation,
            name="Buurtkeuken Afrikaanderwijk",
            kind="initiative",
            neighbourhood_id=hood.id,
        )
        repair = records.create(
            s,
            Organisation,
            name="Repair Café Tarwewijk",
            kind="initiative",
            neighbourhood_id=hood.id,
        )
        nowhere = records.create(s, Organisation, name="Digitale Maatjes", kind="initiative")
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        city = records.create(s, Organisation, name="Gemeente Rotterdam", kind="municipality")
        # The kitchen's only support ends today; the repair café has two structural partners.
        records.create(
            s,
            Commitment,
            initiative_id=kitchen.id,
            partner_id=fund.id,
            kind="financial",
            amount="2500",
            start=day(-300),
            end=TODAY,
            structural=True,
            status="active",
        )
        for partner in (fund, city):
            records.create(
                s,
                Commitment,
                initiative_id=repair.id,
                partner_id=partner.id,
                kind="space",
                start=day(-300),
                end=None,
                structural=True,
                status="active",
            )
        # Follow-ups: one due today, one two days late, one due tomorrow.
        ids = {}
        for name, follow_up in (("today", 0), ("late", -2), ("tomorrow", 1)):
            ids[name] = records.create(
                s,
                Interaction,
                occurred_at=dt.datetime.combine(day(-10), dt.time(10)),
                summary=f"Bellen over {name}",
                organisations=[kitchen, city],
                follow_up_on=day(follow_up),
                follow_up_done=False,
            ).id
        return {
            "kitchen": kitchen.id,
            "repair": repair.id,
            "nowhere": nowhere.id,
            **ids,
        }


def drawn(db: Database, qtbot) -> Dashboard:
    board = Dashboard(db)
    qtbot.addWidget(board)
    board.fill(load_dashboard(db, today=TODAY))
    return board


def texts(card) -> list[str]:
    return [card.list.item(i).text() for i in range(card.list.count())]


def test_a_follow_up_due_today_is_on_todays_page(
    db: Database, world: dict[str, int], english, qtbot
) -> None:
    """Today's follow-up is shown today, first, as due today; tomorrow's is not there yet."""
    board = drawn(db, qtbot)
    assert board.follow_ups.targets() == [
        ("interaction", world["today"]),
        ("interaction", world["late"]),
    ]
    lines = texts(board.follow_ups)
    assert "(today)" in lines[0]
    assert "(2 days late)" in lines[1]
    assert board.follow_ups.title.text().endswith("(2)")


def test_support_ending_today_says_today(
    db: Database, world: dict[str, int], english, qtbot
) -> None:
    board = drawn(db, qtbot)
    line = next(t for t in texts(board.fragile) if t.startswith("Buurtkeuken"))
    assert "All active support ends today." in line
    assert "0 day" not in line


def test_support_ending_today_in_dutch(db: Database, world: dict[str, int], dutch, qtbot) -> None:
    board = drawn(db, qtbot)
    line = next(t for t in texts(board.fragile) if t.startswith("Buurtkeuken"))
    assert "Alle actieve steun stopt vandaag." in line
    assert board.follow_ups.title.text().startswith("Op te volgen  (")
    assert "(vandaag)" in texts(board.follow_ups)[0]


def test_the_district_chart_names_initiatives_without_a_neighbourhood_in_the_users_language(
    db: Database, world: dict[str, int], english, qtbot
) -> None:
    """Two initiatives in Feijenoord (one fragile), one without neighbourhood (not fragile:
    no support at all); the core's Dutch placeholder '(geen wijk)' is not shown in English."""
    data = load_dashboard(db, today=TODAY)
    assert sorted(district_counts(data.overview)) == [
        ("Feijenoord", 1, 1),
        ("No neighbourhood", 0, 1),
    ]


def test_every_figure_is_for_the_same_day(db: Database, world: dict[str, int], english) -> None:
    """Loaded for a given day, renewals, follow-ups and signals all speak of that day."""
    data = load_dashboard(db, today=day(1))
    assert data.today == day(1)
    assert not any(i.initiative == "Buurtkeuken Afrikaanderwijk" for i in data.renewals)
    # Seen from tomorrow the kitchen's support ended yesterday: no cliff ahead, it has ended.
    assert {s.code for s in data.signals[world["kitchen"]]} & data.fragile_codes == {
        "support_ended"
    }
    assert {f.interaction_id for f in data.follow_ups} == {
        world["today"],
        world["late"],
        world["tomorrow"],
    }


def test_the_dutch_cards_fit_a_small_laptop_without_scrolling_sideways(
    db: Database, world: dict[str, int], dutch, qtbot
) -> None:
    """At 1024 × 700 the navigation leaves the dashboard about 840 pixels: the card
    titles must not push it wider (a longer follow-up title did)."""
    board = drawn(db, qtbot)
    board.setStyleSheet(STYLE.read_text(encoding="utf-8"))  # the app's fonts and paddings
    board.resize(840, 600)
    board.show()
    qtbot.waitExposed(board)
    assert board.horizontalScrollBar().maximum() == 0


def test_support_that_ended_yesterday_is_on_the_fragile_card(
    db: Database, world: dict[str, int], dutch, qtbot
) -> None:
    """Seen from tomorrow the kitchen's only support has ended: still fragile, in Dutch."""
    board = Dashboard(db)
    qtbot.addWidget(board)
    board.fill(load_dashboard(db, today=day(1)))
    assert ("initiative", world["kitchen"]) in board.fragile.targets()
    line = next(t for t in texts(board.fragile) if t.startswith("Buurtkeuken"))
    assert "Alle steun is gestopt, de laatste op 28-11-2026; er loopt nu niets meer." in line


def test_a_dashboard_left_open_overnight_shows_the_new_day(
    db: Database, world: dict[str, int], english, qtbot, monkeypatch
) -> None:
    """Officers leave the app open: the next morning 'Today, 27-11' with yesterday's
    renewals must become today's figures by itself."""
    from ui.worker import Op

    monkeypatch.setattr(Op, "run_inline", True)
    board = Dashboard(db)
    qtbot.addWidget(board)
    board.fill(load_dashboard(db, today=day(-400)))  # loaded long ago, never refreshed
    assert board.check_day()
    assert board.data is not None and board.data.today == dt.date.today()
    assert not board.check_day()  # same day: nothing to do
    assert board.day_timer.isActive()


def test_fragile_initiatives_whose_support_runs_out_come_first(
    db: Database, english, qtbot
) -> None:
    """The card shows its first lines only: support ending or ended is the urgent part,
    the earliest end on top, then the rest by name."""
    with db.session_scope() as s:
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")

        def initiative(name: str, end: dt.date | None, structural: bool = True) -> int:
            ini = records.create(s, Organisation, name=name, kind="initiative")
            records.create(
                s,
                Commitment,
                initiative_id=ini.id,
                partner_id=fund.id,
                kind="space",
                start=day(-200),
                end=end,
                structural=structural,
                status="active",
            )
            return ini.id

        alpha = initiative("Aardappelclub Afrikaanderwijk", None, structural=False)
        zulu = initiative("Zomerschool Zuidwijk", day(3))
        ended = initiative("Yogagroep Ommoord", day(-10))
        later = initiative("Wandelgroep Wielewaal", day(60))
    board = drawn(db, qtbot)
    assert [i for _e, i in board.fragile.targets()] == [ended, zulu, later, alpha]
