"""A small, realistic set of records for the ui-records tests (one initiative hanging on a fund)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from liaison.services import contact_log, records
from liaison.storage.db import Database
from liaison.storage.models import (
    Affiliation,
    Commitment,
    Neighbourhood,
    Organisation,
    Person,
)


def make_world(db: Database) -> dict[str, int]:
    today = dt.date.today()
    with db.session_scope() as s:
        hood = records.create(s, Neighbourhood, name="Tarwewijk", district="Charlois")
        ini = records.create(
            s,
            Organisation,
            name="Buurtkeuken Tarwewijk",
            kind="initiative",
            neighbourhood_id=hood.id,
            description="Warme maaltijden voor buren.",
            tags=records.tags_by_name(s, ["voedsel"]),
        )
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        corp = records.create(s, Organisation, name="Woonstad Rotterdam", kind="housing")
        ayse = records.create(
            s, Person, given_name="Ayşe", family_name="Yılmaz", email="ayse@example.nl"
        )
        gerrit = records.create(s, Person, given_name="Gerrit", infix="van den", family_name="Berg")
        aff = records.create(
            s, Affiliation, person_id=ayse.id, organisation_id=ini.id, role="initiator"
        )
        one_off = records.create(
            s,
            Commitment,
            partner_id=fund.id,
            initiative_id=ini.id,
            kind="financial",
            amount=Decimal("9000"),
            start=today - dt.timedelta(days=100),
            end=today + dt.timedelta(days=200),
            renew_by=today + dt.timedelta(days=120),
            structural=False,
        )
        structural = records.create(
            s,
            Commitment,
            partner_id=corp.id,
            initiative_id=ini.id,
            kind="space",
            amount=Decimal("1000"),
            start=today - dt.timedelta(days=400),
            structural=True,
        )
        talk = contact_log.log_interaction(
            s,
            occurred_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=3),
            channel="visit",
            summary="Keuken bekeken",
            organisation_ids=[ini.id],
            person_ids=[ayse.id],
            follow_up_on=today + dt.timedelta(days=7),
        )
        return {
            "hood": hood.id,
            "ini": ini.id,
            "fund": fund.id,
            "corp": corp.id,
            "ayse": ayse.id,
            "gerrit": gerrit.id,
            "aff": aff.id,
            "one_off": one_off.id,
            "structural": structural.id,
            "talk": talk.id,
        }


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    """Tests read English texts: undo any translator another test file installed."""
    try:
        from ui.i18n import install
    except ImportError:
        yield
        return
    install("en")
    yield
