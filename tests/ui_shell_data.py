"""A small, known data set for the ui-shell tests (written through the real services)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import (
    Commitment,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    Person,
)


def fill(db: Database) -> dict[str, int]:
    """Three initiatives, three partners, four people, support and contacts; returns ids."""
    today = dt.date.today()
    ids: dict[str, int] = {}
    with db.session_scope() as s:
        north = records.create(s, Neighbourhood, name="Blijdorp", district="Noord")
        south = records.create(s, Neighbourhood, name="Afrikaanderwijk", district="Feijenoord")
        officer = records.create(s, Officer, name="Tester")
        tags = records.tags_by_name(s, ["voedsel", "jongeren"])
        food = records.create(
            s,
            Organisation,
            name="Voedselbank Blijdorp",
            kind="initiative",
            neighbourhood_id=north.id,
            owner_id=officer.id,
            tags=[tags[0]],
        )
        meals = records.create(
            s,
            Organisation,
            name="Maaltijden Aan Huis",
            kind="initiative",
            neighbourhood_id=south.id,
            status="active",
            tags=[tags[1]],
        )
        buddies = records.create(
            s, Organisation, name="Digitale Buddies", kind="initiative", neighbourhood_id=south.id
        )
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        town = records.create(s, Organisation, name="Gemeente Rotterdam", kind="municipality")
        shop = records.create(
            s, Organisation, name="Bakkerij De Zon", kind="company", neighbourhood_id=north.id
        )
        people = [
            records.create(
                s,
                Person,
                given_name="Gerrit",
                infix="van den",
                family_name="Berg",
                email="gerrit@example.nl",
                neighbourhood_id=north.id,
            ),
            records.create(
                s, Person, given_name="Aïcha", family_name="Bakker", neighbourhood_id=south.id
            ),
            records.create(s, Person, given_name="Zeynep", family_name="Yilmaz"),
            records.create(s, Person, given_name="Anna", family_name="de Vries"),
        ]
        c1 = records.create(
            s,
            Commitment,
            partner_id=fund.id,
            initiative_id=food.id,
            kind="financial",
            amount=Decimal("1500.00"),
            start=today - dt.timedelta(days=200),
            end=today + dt.timedelta(days=20),
            renew_by=today + dt.timedelta(days=10),
            status="active",
            structural=False,
            officer_id=officer.id,
        )
        records.create(
            s,
            Commitment,
            partner_id=shop.id,
            initiative_id=meals.id,
            kind="in_kind",
            start=today - dt.timedelta(days=30),
            status="active",
            structural=True,
        )
        records.create(
            s,
            Commitment,
            partner_id=town.id,
            initiative_id=buddies.id,
            kind="space",
            start=today - dt.timedelta(days=30),
            end=today + dt.timedelta(days=40),
            status="active",
            structural=False,
        )
        contact = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime.now() - dt.timedelta(days=20),
            channel="call",
            summary="Gebeld over de subsidieaanvraag",
            follow_up_on=today - dt.timedelta(days=5),
            organisations=[food],
            people=[people[0]],
            officer_id=officer.id,
        )
        ids.update(
            food=food.id,
            meals=meals.id,
            buddies=buddies.id,
            fund=fund.id,
            town=town.id,
            shop=shop.id,
            gerrit=people[0].id,
            aicha=people[1].id,
            commitment=c1.id,
            interaction=contact.id,
        )
    return ids


# --- fixtures shared by the tests/test_ui_shell_*.py files -------------------

import pytest  # noqa: E402


@pytest.fixture
def shell_env(tmp_path, monkeypatch, qapp):
    """Isolated QSettings (a temp INI file), English, background work run inline."""
    from ui import i18n, prefs
    from ui.worker import Op

    monkeypatch.setenv(prefs.ENV_DIR, str(tmp_path / "settings"))
    monkeypatch.delenv("LIAISON_DB", raising=False)
    monkeypatch.delenv(i18n.PSEUDO_ENV, raising=False)
    prefs.set_value("language", "en")
    i18n.install("en")
    monkeypatch.setattr(Op, "run_inline", True)
    yield tmp_path
    i18n.install("en")


@pytest.fixture
def filled(db, shell_env):
    """The test database with the small known data set; returns (db, ids)."""
    return db, fill(db)


@pytest.fixture
def window(filled, qtbot):
    """A shown main window on the filled database."""
    from ui.main_window import MainWindow

    db, _ids = filled
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.start("today")
    win.show()
    return win
