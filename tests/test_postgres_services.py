"""The services on PostgreSQL give what they give on SQLite, on the same demo data.

The demo generator is deterministic for a seed and a day, so one demo on each
database holds the same records under the same ids: every list order, filter,
agenda, overview, detail page, contact log and export must then agree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pg_cluster import pg_cluster, pg_url  # noqa: F401

from liaison import demo
from liaison.exchange.export import export_workbook
from liaison.services import agenda, contact_log, editing, overview, queries, relations, signals
from liaison.storage.db import Database, open_database
from liaison.storage.models import Interaction, Organisation, OrganisationKind, Person
from liaison.trust.backup import BackupError, backup_now, restore
from liaison.trust.privacy import export_person, forget_person, retention_candidates

TODAY = dt.date(2026, 11, 28)
ENTITIES = ("organisation", "initiative", "partner", "person", "commitment", "interaction")
#: Stamps of the moment the demo was written: the one thing that differs by nature.
CLOCK = {"created_at", "updated_at"}


@pytest.fixture(scope="module")
def demos(pg_cluster, tmp_path_factory: pytest.TempPathFactory):  # noqa: F811
    """The same demo in SQLite and in PostgreSQL (read-only for the tests that use it)."""
    dbs = {
        "sqlite": open_database(tmp_path_factory.mktemp("lite") / "demo.db", officer="Tester"),
        "postgresql": open_database(pg_cluster.create_database(), officer="Tester"),
    }
    for db in dbs.values():
        demo.generate(db, size=80, seed=7, today=TODAY)
    yield dbs
    for db in dbs.values():
        db.close()


def plain(value: object) -> object:
    """Dataclasses as dicts without the clock stamps, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in dataclasses.asdict(value).items() if k not in CLOCK}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k not in CLOCK}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def lists(db: Database) -> dict[str, object]:
    out: dict[str, object] = {}
    with db.session_scope(write=False) as s:
        for entity in ENTITIES:
            for column in queries.columns(entity):
                if column.sortable:
                    for desc in (False, True):
                        q = queries.ListQuery(entity, sort=column.key, descending=desc)
                        out[f"{entity} by {column.key} desc={desc}"] = queries.ids(s, q)
            for text in ("berg", "Gerrit", "STICHTING", "café", "06-1", "van den"):
                q = queries.ListQuery(entity, text=text)
                out[f"{entity} text {text}"] = (queries.ids(s, q), queries.count(s, q))
            choices = queries.filter_choices(s, entity)
            out[f"{entity} choices"] = choices
            for key, options in choices.items():
                for value, _label in options[:3]:
                    q = queries.ListQuery(entity, filters={key: value})
                    out[f"{entity} {key}={value}"] = queries.ids(s, q)
            ids = queries.ids(s, queries.ListQuery(entity), limit=40)
            out[f"{entity} rows"] = plain(queries.rows(s, entity, ids))
            out[f"{entity} serialised"] = plain(queries.serialise(s, entity, ids[:10]))
    return out


def pages(db: Database) -> dict[str, object]:
    out: dict[str, object] = {}
    with db.session_scope(write=False) as s:
        out["renewals"] = plain(agenda.renewal_agenda(s, within_days=90, today=TODAY))
        out["overdue"] = plain(agenda.overdue_follow_ups(s, today=TODAY))
        out["due"] = plain(agenda.due_follow_ups(s, 14, TODAY))
        out["overview"] = plain(overview.neighbourhood_overview(s, today=TODAY))
        out["by kind"] = plain(overview.support_by_kind(s, today=TODAY))
        for iid in queries.ids(s, queries.ListQuery("initiative"), limit=6):
            out[f"initiative {iid}"] = plain(relations.organisation_detail(s, iid))
            out[f"coalition {iid}"] = plain(relations.coalition(s, iid))
            out[f"log {iid}"] = plain(relations.interactions_of(s, "organisation", iid))
            out[f"support {iid}"] = plain(relations.commitments_of(s, iid))
            out[f"people {iid}"] = plain(relations.people_of(s, iid))
        for pid in queries.ids(s, queries.ListQuery("person"), limit=6):
            out[f"person {pid}"] = plain(relations.person_detail(s, pid))
            out[f"person log {pid}"] = plain(relations.interactions_of(s, "person", pid))
        out["complete organisations"] = plain(relations.complete_organisations(s, "buurt"))
        out["complete people"] = plain(relations.complete_people(s, "van"))
    return out


def differences(a: dict[str, object], b: dict[str, object]) -> list[str]:
    assert a.keys() == b.keys()
    return [key for key in a if a[key] != b[key]]


def test_lists_sort_filter_and_count_as_on_sqlite(demos: dict[str, Database]) -> None:
    lite, pg = lists(demos["sqlite"]), lists(demos["postgresql"])
    assert len(lite) > 150 and lite["person by name desc=False"]
    assert differences(lite, pg) == []


def test_agenda_overview_and_record_pages_as_on_sqlite(demos: dict[str, Database]) -> None:
    """Also the order of an entry's organisations and people (it was any order on PostgreSQL)."""
    lite, pg = pages(demos["sqlite"]), pages(demos["postgresql"])
    assert lite["renewals"][0] and lite["overview"]
    assert differences(lite, pg) == []


def test_the_export_workbook_is_the_same(demos: dict[str, Database], tmp_path: Path) -> None:
    sheets = {}
    for name, db in demos.items():
        export_workbook(db, tmp_path / f"{name}.xlsx", today=TODAY)
        book = openpyxl.load_workbook(tmp_path / f"{name}.xlsx", read_only=True)
        sheets[name] = {
            ws.title: list(ws.iter_rows(values_only=True))
            for ws in book.worksheets
            if ws.title != "Liaison"  # the marker sheet: when and from which database
        }
        book.close()
    assert sheets["sqlite"]["Contactlog"][1:]
    assert [k for k in sheets["sqlite"] if sheets["sqlite"][k] != sheets["postgresql"][k]] == []


def test_signals_as_on_sqlite(demos: dict[str, Database]) -> None:
    found = {}
    for name, db in demos.items():
        with db.session_scope(write=False) as s:
            found[name] = plain(signals.all_signals(s, today=TODAY))
    assert any(f["params"].get("basis") == "euros" for f in found["sqlite"])
    assert found["postgresql"] == found["sqlite"]


def test_contact_log_follow_up_and_privacy_on_postgresql(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    db = open_database(pg_url, officer="Fatima")
    try:
        with db.session_scope() as s:
            kitchen = Organisation(name="Buurtkeuken Bloemhof", kind=OrganisationKind.INITIATIVE)
            city = Organisation(name="Gemeente Rotterdam", kind=OrganisationKind.MUNICIPALITY)
            s.add_all([kitchen, city])
            s.flush()
            entry = contact_log.log_interaction(
                s, occurred_at=dt.datetime(2026, 11, 2, 10, 30), channel="visit",
                summary="Bezoek met Jan van der Berg over de subsidie",
                organisation_ids=[kitchen.id, city.id], new_people=["Jan van der Berg"],
                follow_up_on=dt.date(2026, 11, 9),
            )  # fmt: skip
            jan = entry.people[0]
            ids = (entry.id, jan.id)
        with db.session_scope(write=False) as s:
            [late] = agenda.overdue_follow_ups(s, today=TODAY)
            assert late.interaction_id == ids[0]
        with db.session_scope() as s:
            contact_log.mark_follow_up_done(s, ids[0], 1)
        with db.session_scope(write=False) as s:
            assert agenda.overdue_follow_ups(s, today=TODAY) == []
            assert relations.interaction_row(s, ids[0]).follow_up_done is True
            candidates = retention_candidates(s, months=12, today=dt.date(2030, 1, 1))
        assert ids[1] in {c.id for c in candidates}
        export_person(db, ids[1], tmp_path / "inzage.xlsx")
        assert (tmp_path / "inzage.xlsx").stat().st_size > 0
        report = forget_person(db, ids[1])
        assert report.mentions_replaced >= 1
        with db.session_scope(write=False) as s:
            jan = s.get(Person, ids[1])
            assert jan.forgotten_at is not None
            assert "Berg" not in f"{jan.given_name} {jan.infix} {jan.family_name}"
            assert "Berg" not in s.get(Interaction, ids[0]).summary
    finally:
        db.close()


def test_backup_and_restore_refuse_a_server_database_in_one_sentence(
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    db = open_database(pg_url, officer="Fatima")
    try:
        with pytest.raises(BackupError, match=r"^Only a database file can be backed up here; "):
            backup_now(db, tmp_path)
        lite = open_database(tmp_path / "lite.db")
        lite.close()
        with pytest.raises(BackupError, match=r"not a server\.$"):
            restore(tmp_path / "lite.db", pg_url, overwrite=True)
        assert list(tmp_path.iterdir()) == [tmp_path / "lite.db"]
    finally:
        db.close()


def test_people_and_organisations_sort_as_on_sqlite_on_a_dutch_server(
    pg_cluster,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A municipality's server sorts text by a Dutch (or English) collation, which skips
    the separators in a person's sort key ('berg␟jan␟'): 'Bergen, Anna' came before
    'Berg, Jan' and the Bergs and Bergens were interleaved in the people list, the
    completer and every export sorted by name."""
    if not pg_cluster.dutch:
        pytest.skip("this PostgreSQL has no ICU collations")
    lite = open_database(tmp_path / "lite.db", officer="Tester")
    pg = open_database(pg_cluster.create_database(dutch=True), officer="Tester")
    people = [("Zoë", "van den", "Berg"), ("Anna", "", "Bergen"), ("Jan", "", "Berg"),
              ("Piet", "", "Bergen"), ("Anna", "", "Berg"), ("Els", "de", "Bergh")]  # fmt: skip
    organisations = ["De Berg", "Debergen", "De Bergen", "Berg en Dal", "Bergen-Zuid"]
    try:
        found = {}
        for name, db in (("sqlite", lite), ("postgresql", pg)):
            with db.session_scope() as s:
                for given, infix, family in people:
                    editing.save_record(s, "person", None, None,
                                        {"given_name": given, "infix": infix, "family_name": family})  # fmt: skip
                for org in organisations:
                    editing.save_record(
                        s, "organisation", None, None, {"name": org, "kind": "fund"}
                    )
            with db.session_scope(write=False) as s:
                found[name] = (
                    queries.ids(s, queries.ListQuery("person", sort="name")),
                    queries.ids(s, queries.ListQuery("organisation", sort="name")),
                    [r.name for r in relations.complete_people(s, "ber")],
                )
        assert found["sqlite"][0] == [5, 3, 1, 2, 4, 6]  # Berg A, J, Z; Bergen A, P; Bergh
        assert found["postgresql"] == found["sqlite"]
    finally:
        lite.close()
        pg.close()


def test_records_made_after_the_demo_get_new_ids(pg_url: str) -> None:  # noqa: F811
    """The demo writes its rows with ids of its own; PostgreSQL's id counters stayed at 1,
    so the first organisation an officer added afterwards failed ('duplicate key …
    pk_organisation'), and so did every new person, tag, contact and support line."""
    db = open_database(pg_url, officer="Fatima")
    try:
        for force in (False, True):  # a second demo beside the first numbers on from there
            demo.generate(db, size=20, seed=3, today=TODAY, force=force)
            with db.session_scope() as s:
                org = editing.save_record(s, "organisation", None, None,
                                          {"name": "Buurtkeuken Bloemhof", "kind": "initiative",
                                           "tags": ["nieuw label"]})  # fmt: skip
                entry = contact_log.log_interaction(
                    s, occurred_at=dt.datetime(2026, 11, 2, 10), channel="call",
                    summary="Kennismaking", organisation_ids=[org.id], new_people=["Jan de Vries"],
                )  # fmt: skip
                assert org.id > 1 and entry.id > 1 and entry.people[0].id > 1
    finally:
        db.close()
