"""Neighbourhood overview and support per kind."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from liaison.services import records
from liaison.services.overview import (
    NO_NEIGHBOURHOOD,
    OverviewRow,
    neighbourhood_overview,
    support_by_kind,
)
from liaison.services.signals import evaluate
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Interaction, Neighbourhood, Organisation

TODAY = dt.date(2026, 6, 1)


def _build(db: Database) -> dict[str, int]:
    with db.session_scope() as s:
        hood = {
            name: records.create(s, Neighbourhood, name=name, district=district).id
            for district, name in [
                ("Feijenoord", "Bloemhof"),
                ("Feijenoord", "Afrikaanderwijk"),
                ("Charlois", "Tarwewijk"),
            ]
        }
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        corp = records.create(s, Organisation, name="Woonstad", kind="housing")
        city = records.create(s, Organisation, name="Gemeente", kind="municipality")

        def initiative(name: str, where: str | None) -> Organisation:
            return records.create(
                s,
                Organisation,
                name=name,
                kind="initiative",
                neighbourhood_id=hood[where] if where else None,
            )

        keuken = initiative("Buurtkeuken", "Bloemhof")  # fragile: one partner, one-off
        taal = initiative("Taalcafé", "Bloemhof")  # robust, municipal contact
        maatjes = initiative("Digitale Maatjes", "Afrikaanderwijk")  # no support
        los = initiative("Losse Eindjes", None)
        ended = initiative("Afgelopen", "Tarwewijk")
        records.update(s, Organisation, ended.id, None, status="ended")

        def support(ini: Organisation, partner: Organisation, **values: object) -> None:
            records.create(
                s,
                Commitment,
                initiative_id=ini.id,
                partner_id=partner.id,
                start=dt.date(2026, 1, 1),
                **values,
            )

        support(keuken, fund, kind="financial", amount="1500")
        support(taal, fund, kind="financial", amount="1000", structural=True)
        support(taal, corp, kind="space", amount="1000", structural=True)
        support(taal, city, kind="expertise", structural=True)
        support(los, corp, kind="space", structural=True, status="proposed")  # not active
        support(ended, fund, kind="financial", amount="99")
        records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 5, 1, 10),
            summary="Overleg",
            organisations=[maatjes, city],
        )
        return {"keuken": keuken.id, "taal": taal.id}


def _rows(db: Database) -> list[OverviewRow]:
    with db.session_scope(write=False) as s:
        return neighbourhood_overview(s, today=TODAY)


def test_rows_per_district_and_neighbourhood(db: Database) -> None:
    _build(db)
    rows = _rows(db)
    assert [(r.district, r.neighbourhood) for r in rows] == [
        ("Charlois", "Tarwewijk"),
        ("Charlois", None),
        ("Feijenoord", "Afrikaanderwijk"),
        ("Feijenoord", "Bloemhof"),
        ("Feijenoord", None),
        (NO_NEIGHBOURHOOD, None),
    ]
    by = {(r.district, r.neighbourhood): r for r in rows}
    tarwewijk = by["Charlois", "Tarwewijk"]
    assert tarwewijk.initiatives == 0 and tarwewijk.euros == Decimal("0.00")  # ended one left out
    bloemhof = by["Feijenoord", "Bloemhof"]
    assert (bloemhof.initiatives, bloemhof.active_commitments) == (2, 4)
    assert bloemhof.euros == Decimal("3500.00")
    assert bloemhof.fragile_share == pytest.approx(0.5)
    assert bloemhof.municipal_contact_share == pytest.approx(0.5)
    afrikaander = by["Feijenoord", "Afrikaanderwijk"]
    assert (afrikaander.initiatives, afrikaander.active_commitments) == (1, 0)
    assert afrikaander.fragile_share == 0 and afrikaander.municipal_contact_share == 1
    total = by["Feijenoord", None]
    assert (total.initiatives, total.active_commitments, total.euros) == (3, 4, Decimal("3500.00"))
    assert total.fragile_share == pytest.approx(1 / 3)
    assert total.municipal_contact_share == pytest.approx(2 / 3)
    nowhere = by[NO_NEIGHBOURHOOD, None]
    assert (nowhere.initiatives, nowhere.active_commitments) == (1, 0)


def test_overview_reuses_an_evaluation(db: Database) -> None:
    _build(db)
    with db.session_scope(write=False) as s:
        evaluation = evaluate(s, today=TODAY)
        assert neighbourhood_overview(s, today=TODAY, evaluation=evaluation) == _rows(db)


def test_trashed_initiative_leaves_the_overview(db: Database) -> None:
    ids = _build(db)
    with db.session_scope() as s:
        records.delete(s, Organisation, ids["keuken"])
    by = {(r.district, r.neighbourhood): r for r in _rows(db)}
    bloemhof = by["Feijenoord", "Bloemhof"]
    assert (bloemhof.initiatives, bloemhof.euros, bloemhof.fragile_share) == (
        1,
        Decimal("2000.00"),
        0.0,
    )


def test_support_by_kind(db: Database) -> None:
    ids = _build(db)
    with db.session_scope(write=False) as s:
        rows = support_by_kind(s, today=TODAY)
    assert [(r.kind, r.active_commitments, r.euros, r.initiatives) for r in rows] == [
        ("financial", 2, Decimal("2500.00"), 2),
        ("space", 1, Decimal("1000.00"), 1),
        ("expertise", 1, Decimal("0.00"), 1),
    ]
    with db.session_scope() as s:
        records.delete(s, Organisation, ids["taal"])
    with db.session_scope(write=False) as s:
        rows = support_by_kind(s, today=TODAY)
    assert [(r.kind, r.active_commitments) for r in rows] == [("financial", 1)]


def test_empty_database(db: Database) -> None:
    with db.session_scope(write=False) as s:
        assert neighbourhood_overview(s, today=TODAY) == []
        assert support_by_kind(s, today=TODAY) == []
