"""Liaison's own export comes back whole: same records, nothing changed, colleagues merge.

Two routes: a workbook this test writes itself in the layout of
``liaison.exchange.layout`` (openpyxl), and the real exporter
(``liaison.exchange.export.export_workbook``) into an empty database, back
into its source, and a colleague's export merged into mine.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from liaison.exchange import layout
from liaison.exchange.importer import run_import
from liaison.services import records
from liaison.storage.db import Database, open_database
from liaison.storage.models import (
    Affiliation,
    Commitment,
    Interaction,
    Neighbourhood,
    Officer,
    Organisation,
    Person,
)


def fill(db: Database) -> None:
    with db.session_scope() as s:
        hood = records.create(s, Neighbourhood, name="Bospolder", district="Delfshaven")
        officer = records.create(s, Officer, name="Sanne de Wit")
        init = records.create(
            s, Organisation, name="Buurtkracht Bospolder", kind="initiative",
            neighbourhood_id=hood.id, email="info@buurtkracht.nl", phone="010-1234567",
            description="Maaltijden voor ouderen", tags=records.tags_by_name(s, ["eten", "ouderen"]),
            owner_id=officer.id,
        )  # fmt: skip
        fund = records.create(s, Organisation, name="Oranje Fonds", kind="fund")
        gem = records.create(s, Organisation, name="Gemeente Rotterdam", kind="municipality")
        jan = records.create(
            s, Person, given_name="Jan", infix="van der", family_name="Berg",
            email="jan@buurtkracht.nl", phone="06-12345678", legal_basis="consent",
            neighbourhood_id=hood.id, notes="=niet bellen na 20:00",
        )  # fmt: skip
        records.create(s, Affiliation, person_id=jan.id, organisation_id=init.id,
                       role="initiator", start=dt.date(2019, 3, 1))  # fmt: skip
        records.create(
            s, Commitment, partner_id=fund.id, initiative_id=init.id, kind="financial",
            amount=Decimal("1500.50"), start=dt.date(2020, 5, 1), end=dt.date(2026, 4, 30),
            renew_by=dt.date(2026, 3, 1), status="active", structural=True,
            officer_id=officer.id, notes="Tweede jaar",
        )  # fmt: skip
        records.create(s, Commitment, partner_id=gem.id, initiative_id=init.id, kind="space",
                       start=dt.date(2021, 1, 1), status="proposed")  # fmt: skip
        records.create(
            s, Interaction, occurred_at=dt.datetime(2025, 10, 3, 14, 30), channel="visit",
            summary="Langs geweest bij de maaltijd", organisations=[init], people=[jan],
            officer_id=officer.id, follow_up_on=dt.date(2025, 11, 1),
        )  # fmt: skip


def snapshot(db: Database) -> dict[str, set[tuple[Any, ...]]]:
    """Every record's meaningful values, references by uuid (ids differ between databases)."""
    with db.session_scope(write=False) as s:

        def live(cls: Any) -> list[Any]:
            return list(s.scalars(select(cls).where(cls.deleted_at.is_(None))))

        officers = {o.id: o.name for o in live(Officer)}
        return {
            "organisation": {
                (o.uuid, o.name, o.kind, o.neighbourhood.name if o.neighbourhood else None,
                 o.status, o.address, o.email, o.phone, o.website, o.description,
                 tuple(sorted(t.name for t in o.tags)), officers.get(o.owner_id))
                for o in live(Organisation)
            },
            "person": {
                (p.uuid, p.given_name, p.infix, p.family_name, p.email, p.phone,
                 p.neighbourhood.name if p.neighbourhood else None, p.legal_basis,
                 p.data_source, p.notes)
                for p in live(Person)
            },
            "affiliation": {
                (a.uuid, a.person.uuid, a.organisation.uuid, a.role, a.start, a.end)
                for a in live(Affiliation)
            },
            "commitment": {
                (c.uuid, c.partner.uuid, c.initiative.uuid, c.kind, c.amount, c.start, c.end,
                 c.renew_by, c.status, c.structural, officers.get(c.officer_id), c.notes)
                for c in live(Commitment)
            },
            "interaction": {
                (i.uuid, i.occurred_at, i.channel, i.summary, i.notes, i.follow_up_on,
                 i.follow_up_done, officers.get(i.officer_id),
                 tuple(sorted(o.uuid for o in i.organisations)),
                 tuple(sorted(p.uuid for p in i.people)))
                for i in live(Interaction)
            },
        }  # fmt: skip


def export(db: Database, path: Path) -> Path:
    from liaison.exchange.export import export_workbook

    export_workbook(db, path, today=dt.date(2026, 1, 15))
    return path


def test_export_imports_into_an_empty_database_as_the_same_records(
    db: Database, tmp_path: Path
) -> None:
    fill(db)
    path = export(db, tmp_path / "export.xlsx")
    other = open_database(tmp_path / "other.db", officer="Collega")
    try:
        report = run_import(other, path)
        assert report.rejected == 0, [p.message for p in report.problems]
        assert report.created["organisation"] == 3 and report.created["interaction"] == 1
        assert snapshot(other) == snapshot(db)
    finally:
        other.close()


def test_export_back_into_its_source_changes_nothing(db: Database, tmp_path: Path) -> None:
    fill(db)
    before = snapshot(db)
    report = run_import(db, export(db, tmp_path / "export.xlsx"))
    assert report.created == {} and report.updated == {}
    assert report.imported == 0 and report.unchanged == report.rows > 0
    assert report.batch_uuid is None
    assert snapshot(db) == before


def test_a_colleagues_export_merges_without_duplicates(db: Database, tmp_path: Path) -> None:
    fill(db)
    colleague = open_database(tmp_path / "colleague.db", officer="Collega")
    try:
        run_import(colleague, export(db, tmp_path / "mine.xlsx"))
        with colleague.session_scope() as s:
            init = s.scalars(
                select(Organisation).where(Organisation.name == "Buurtkracht Bospolder")
            ).one()
            records.update(s, Organisation, init.id, None, website="https://buurtkracht.nl")
            records.create(s, Organisation, name="Speeltuin De Kever", kind="initiative")
            # made independently by both of us: the same name, a different uuid
            records.create(s, Organisation, name="Gemeente  rotterdam", kind="municipality")
        theirs = export(colleague, tmp_path / "theirs.xlsx")
    finally:
        colleague.close()
    report = run_import(db, theirs)
    assert report.created == {"organisation": 1}
    assert report.updated == {"organisation": 1}
    after = snapshot(db)
    names = sorted(o[1] for o in after["organisation"])
    assert names == [
        "Buurtkracht Bospolder",
        "Gemeente Rotterdam",
        "Oranje Fonds",
        "Speeltuin De Kever",
    ]


def write_layout_workbook(path: Path, rows: dict[str, list[list[Any]]]) -> Path:
    """A workbook in the export layout, written by hand (the importer's side of the contract)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for spec in layout.DATA_SHEETS:
        ws = wb.create_sheet(spec.title)
        ws.append(spec.headers)
        for row in rows.get(spec.title, []):
            ws.append([row[spec.headers.index(h)] if h in spec.headers[: len(row)] else None
                       for h in spec.headers][: len(row)])  # fmt: skip
    marker = wb.create_sheet(layout.MARKER_SHEET)
    marker["A1"] = layout.FORMAT_TAG
    marker.sheet_state = "hidden"
    wb.save(path)
    return path


def test_hand_written_layout_workbook_keeps_uuids_and_references(
    db: Database, tmp_path: Path
) -> None:
    org_id, partner_id, person_id = (str(uuid.uuid4()) for _ in range(3))
    support_id = str(uuid.uuid4())
    H = {s.title: s.headers for s in layout.DATA_SHEETS}  # noqa: N806

    def row(sheet: str, **values: Any) -> list[Any]:
        return [values.get(h) for h in H[sheet]]

    path = write_layout_workbook(
        tmp_path / "hand.xlsx",
        {
            "Initiatieven": [row("Initiatieven", ID=org_id, Naam="Samen Eten", Soort="Initiatief",
                                 Wijk="Bospolder", Gebied="Delfshaven", Tags="eten; ouderen")],
            "Partners": [row("Partners", ID=partner_id, Naam="Kansfonds", Soort="Fonds")],
            "Personen": [row("Personen", ID=person_id, Voornaam="Ayşe", Achternaam="Yılmaz",
                             **{"E-mail": "ayse@samen.nl"})],
            "Rollen": [row("Rollen", ID=str(uuid.uuid4()), **{"Persoon ID": person_id,
                           "Organisatie ID": org_id, "Rol": "Initiatiefnemer"})],
            "Steun": [row("Steun", ID=support_id, **{"Initiatief ID": org_id, "Partner ID": partner_id,
                          "Soort steun": "In natura", "Bedrag": 250.5,
                          "Start": dt.datetime(2024, 1, 1), "Structureel": True})],
        },
    )  # fmt: skip
    report = run_import(db, path)
    assert report.rejected == 0 and report.rows == 5
    with db.session_scope(write=False) as s:
        support = records.get(s, Commitment, support_id)
        assert support.initiative.uuid == org_id and support.partner.uuid == partner_id
        assert (support.kind, support.amount, support.structural) == (
            "in_kind",
            Decimal("250.50"),
            True,
        )
        init = records.get(s, Organisation, org_id)
        assert sorted(t.name for t in init.tags) == ["eten", "ouderen"]
        assert init.neighbourhood.district == "Delfshaven"
        person = records.get(s, Person, person_id)
        assert person.affiliations[0].role == "initiator"
    again = run_import(db, path)
    assert again.created == {} and again.updated == {} and again.unchanged == 5


@pytest.mark.slow
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]),
                min_size=1, max_size=30).filter(lambda t: t.strip()),
        min_size=1, max_size=5, unique_by=lambda t: " ".join(t.casefold().split()),
    ),
    amounts=st.lists(st.decimals(min_value=0, max_value=1_000_000, places=2), min_size=1, max_size=5),
)  # fmt: skip
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, names: list[str],
                             amounts: list[Decimal]) -> None:  # fmt: skip
    from liaison.exchange.importer import name_key

    if len({name_key(n) for n in names}) < len(names) or not all(name_key(n) for n in names):
        return  # names that are duplicates of each other by design merge; not this property
    folder = tmp_path_factory.mktemp("prop")
    src = open_database(folder / "src.db", officer="A")
    dst = open_database(folder / "dst.db", officer="B")
    try:
        with src.session_scope() as s:
            fund = records.create(s, Organisation, name="Fonds Zeta 1818", kind="fund")
            for i, name in enumerate(names):
                org = records.create(s, Organisation, name=name, kind="initiative",
                                     description=name[::-1])  # fmt: skip
                records.create(s, Commitment, partner_id=fund.id, initiative_id=org.id,
                               kind="financial", amount=amounts[i % len(amounts)],
                               start=dt.date(2020, 1, 1 + i))  # fmt: skip
        path = export(src, folder / "x.xlsx")
        run_import(dst, path)
        assert snapshot(dst) == snapshot(src)
        back = run_import(src, path)
        assert back.created == {} and back.updated == {}
    finally:
        src.close()
        dst.close()


def fill_look_alikes(db: Database) -> None:
    """Distinct records that share what the importer matches rows by when ids are unknown:
    a couple with one mailbox, two calls in the same minute, two grants alike, two roles,
    and two organisations whose names differ only in spacing."""
    fill(db)
    with db.session_scope() as s:
        init = s.scalars(
            select(Organisation).where(Organisation.name == "Buurtkracht Bospolder")
        ).one()
        fund = s.scalars(select(Organisation).where(Organisation.name == "Oranje Fonds")).one()
        records.create(s, Organisation, name="Oranje  fonds", kind="fund")
        ria = records.create(s, Person, given_name="Ria", family_name="Jansen",
                             email="familie.jansen@ziggo.nl", legal_basis="consent")  # fmt: skip
        piet = records.create(s, Person, given_name="Piet", family_name="Jansen",
                              email="familie.jansen@ziggo.nl", legal_basis="consent")  # fmt: skip
        for person in (ria, piet, piet):  # Piet twice a volunteer, in different years
            records.create(s, Affiliation, person_id=person.id, organisation_id=init.id,
                           role="volunteer", start=dt.date(2020 + person.id % 3, 1, 1))  # fmt: skip
        for amount in ("250.00", "400.00"):
            records.create(s, Commitment, partner_id=fund.id, initiative_id=init.id,
                           kind="financial", amount=Decimal(amount), start=dt.date(2024, 1, 1),
                           status="active")  # fmt: skip
        for who in (ria, piet):
            records.create(s, Interaction, occurred_at=dt.datetime(2025, 11, 3, 9, 0),
                           channel="call", summary="Gebeld", people=[who])  # fmt: skip


def test_look_alike_records_with_their_own_ids_stay_apart(db: Database, tmp_path: Path) -> None:
    """Rows with distinct ids never merge into one record (#4.10): into an empty database,
    and into one that holds only some of them."""
    fill_look_alikes(db)
    path = export(db, tmp_path / "export.xlsx")
    empty = open_database(tmp_path / "empty.db", officer="Collega")
    partly = open_database(tmp_path / "partly.db", officer="Collega")
    try:
        run_import(empty, path)
        assert snapshot(empty) == snapshot(db)
        with partly.session_scope() as s:  # Ria (by her id) is already there, Piet is not
            ria = snapshot(db)["person"]
            ria_uuid = next(p[0] for p in ria if p[1] == "Ria")
            records.create(s, Person, uuid=ria_uuid, given_name="Ria", family_name="Jansen",
                           email="familie.jansen@ziggo.nl", legal_basis="consent")  # fmt: skip
        run_import(partly, path)
        assert {p[1:4] for p in snapshot(partly)["person"]} == {
            p[1:4] for p in snapshot(db)["person"]
        }
    finally:
        empty.close()
        partly.close()


def test_an_older_export_does_not_bring_a_forgotten_person_back(
    db: Database, tmp_path: Path
) -> None:
    """Re-importing last month's export wrote the forgotten resident's name, e-mail,
    phone and notes back onto their record (matched by id), undoing the AVG request."""
    from liaison.errors import ValidationError
    from liaison.trust.privacy import forget_person

    fill(db)
    book = export(db, tmp_path / "overzicht-oktober.xlsx")
    with db.session_scope(write=False) as s:
        jan_id = s.scalars(select(Person.id).where(Person.family_name == "Berg")).one()
    forget_person(db, jan_id)
    report = run_import(db, book)
    assert report.rows == report.imported + report.unchanged + report.rejected
    said = [p for p in report.problems if "forgotten at their request" in p.message]
    assert len(said) == 1 and said[0].severity == "warning"
    with db.session_scope(write=False) as s:
        jan = s.get(Person, jan_id)
        assert jan.forgotten_at is not None
        assert (jan.given_name, jan.email, jan.phone, jan.notes) == ("", None, None, None)
        assert s.scalars(select(Person).where(Person.email == "jan@buurtkracht.nl")).all() == []
    with db.session_scope() as s, pytest.raises(ValidationError, match="forgotten"):
        records.update(s, Person, jan_id, None, email="jan@buurtkracht.nl")  # 'keep my version'
