"""Neighbourhood lists as data: Rotterdam shipped, another city's CSV loadable, loads idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison.errors import ValidationError
from liaison.services import neighbourhoods as nb
from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import AuditEntry, Neighbourhood


def test_rotterdam_ships_its_districts_and_neighbourhoods(db: Database) -> None:
    with db.session_scope() as s:
        added = nb.ensure_default_neighbourhoods(s)
        listed = nb.list_neighbourhoods(s)
    assert added == len(listed) > 70
    by_district: dict[str, set[str]] = {}
    for item in listed:
        assert item.city == "Rotterdam"
        by_district.setdefault(item.district, set()).add(item.name)
    assert {
        "Afrikaanderwijk",
        "Bloemhof",
        "Feijenoord",
        "Hillesluis",
        "Katendrecht",
        "Kop van Zuid-Entrepot",
        "Noordereiland",
        "Vreewijk",
    } <= by_district["Feijenoord"]
    assert {"Carnisse", "Oud-Charlois", "Tarwewijk", "Zuidwijk", "Pendrecht", "Heijplaat"} <= (
        by_district["Charlois"]
    )
    for district in (
        "Delfshaven",
        "Noord",
        "Kralingen-Crooswijk",
        "IJsselmonde",
        "Prins Alexander",
        "Hillegersberg-Schiebroek",
        "Overschie",
        "Centrum",
        "Hoogvliet",
        "Rozenburg",
        "Pernis",
        "Hoek van Holland",
    ):
        assert by_district.get(district), district
    names = [(i.district, i.name) for i in listed]
    assert names == sorted(names)


def test_loading_twice_adds_nothing_and_every_add_is_audited(db: Database) -> None:
    with db.session_scope() as s:
        first = nb.load_neighbourhoods(s, "rotterdam")
    with db.session_scope() as s:
        assert nb.load_neighbourhoods(s, "Rotterdam") == 0
        assert nb.ensure_default_neighbourhoods(s) == 0
        count = s.scalar(select(func.count(Neighbourhood.id)))
        audited = s.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "neighbourhood", AuditEntry.action == "create"
            )
        )
    assert count == first == audited


def test_another_city_loads_its_own_csv(db: Database, tmp_path: Path) -> None:
    """Comma-separated, saved by Excel in Windows-1252, extra column, blank line."""
    csv = tmp_path / "den-haag.csv"
    csv.write_bytes(
        "Name,District,City,Inwoners\n"
        "Duinoord,Segbroek,Den Haag,5000\n"
        "\n"
        "Rivièrabuurt,Scheveningen,Den Haag,3000\n"
        "Vogelwijk,Segbroek,Den Haag,\n".encode("cp1252")
    )
    with db.session_scope() as s:
        assert nb.load_neighbourhoods(s, csv) == 3
        listed = nb.list_neighbourhoods(s)
    assert [(i.city, i.district, i.name) for i in listed] == [
        ("Den Haag", "Scheveningen", "Rivièrabuurt"),
        ("Den Haag", "Segbroek", "Duinoord"),
        ("Den Haag", "Segbroek", "Vogelwijk"),
    ]


def test_a_neighbourhood_moved_to_another_district_is_updated_not_duplicated(
    db: Database, tmp_path: Path
) -> None:
    csv = tmp_path / "list.csv"
    csv.write_text("city;district;name\nRotterdam;Zuid;Bloemhof\n", encoding="utf-8")
    with db.session_scope() as s:
        nb.load_neighbourhoods(s, csv)
    csv.write_text("city;district;name\nRotterdam;Feijenoord;bloemhof\n", encoding="utf-8")
    with db.session_scope() as s:
        assert nb.load_neighbourhoods(s, csv) == 0
        (only,) = nb.list_neighbourhoods(s)
        row = records.get(s, Neighbourhood, only.id)
        changes = [(e.field, e.old, e.new) for e in records.history(s, row) if e.field]
    assert (only.name, only.district) == ("Bloemhof", "Feijenoord")
    assert ("district", "Zuid", "Feijenoord") in changes


def test_bad_lists_are_refused_in_a_sentence(db: Database, tmp_path: Path) -> None:
    headless = tmp_path / "plain.csv"
    headless.write_text("Bloemhof\nCarnisse\n", encoding="utf-8")
    with db.session_scope() as s:
        for source in (headless, tmp_path / "absent.csv", "atlantis"):
            with pytest.raises(ValidationError) as err:
                nb.load_neighbourhoods(s, source)
            assert str(err.value).endswith(".")
        assert nb.list_neighbourhoods(s) == []
