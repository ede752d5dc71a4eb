"""Per-record history and field-by-field restore, in the core and on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from trust_sample import populate

from liaison.errors import NotFoundError, StaleRecordError, ValidationError
from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import AuditEntry, Organisation, Person
from liaison.trust.history import parse_record_ref, record_history, restore_field


def test_history_lists_every_change_oldest_first(db: Database) -> None:
    sample = populate(db)
    with db.session_scope(write=False) as s:
        entries = record_history(s, "person", sample.jan)
        by_uuid = record_history(s, None, entries[0].record_uuid)
    assert entries == by_uuid
    assert entries[0].action == "create"
    phone = [e for e in entries if e.field == "phone"]
    assert [(e.old, e.new) for e in phone] == [
        (None, "06-12345678"),
        ("06-12345678", "06-87654321"),
    ]
    assert all(e.officer == "Tester" for e in entries)
    assert [e.at for e in entries] == sorted(e.at for e in entries)


def test_restore_field_puts_the_old_value_back_and_is_audited(db: Database) -> None:
    sample = populate(db)
    with db.session_scope(write=False) as s:
        change = [e for e in record_history(s, "person", sample.jan) if e.field == "phone"][-1]
    assert change.restorable
    with db.session_scope() as s:
        person = restore_field(s, "person", sample.jan, change.id)
        assert person.phone == "06-12345678"
        assert person.version == 3
    with db.session_scope(write=False) as s:
        last = record_history(s, "person", sample.jan)[-1]
    assert (last.field, last.old, last.new) == ("phone", "06-87654321", "06-12345678")


def test_restore_field_of_typed_and_list_values(db: Database) -> None:
    sample = populate(db)
    with db.session_scope() as s:
        records.update(s, Organisation, sample.initiative, None, tags=[], status="dormant")
    with db.session_scope(write=False) as s:
        hist = record_history(s, "organisation", sample.initiative)
        tags_change = [e for e in hist if e.field == "tags"][-1]
        status_change = [e for e in hist if e.field == "status"][-1]
    with db.session_scope() as s:
        org = restore_field(s, "organisation", sample.initiative, tags_change.id)
        assert sorted(t.name for t in org.tags) == ["ouderen", "voedsel"]
        org = restore_field(s, "organisation", sample.initiative, status_change.id)
        assert org.status == "active"


def test_restore_field_refusals(db: Database) -> None:
    sample = populate(db)
    with db.session_scope(write=False) as s:
        hist = record_history(s, "person", sample.jan)
        create = hist[0]
        phone = [e for e in hist if e.field == "phone"][-1]
        other = record_history(s, "person", sample.fatima)[1]
    with db.session_scope() as s, pytest.raises(ValidationError, match="whole record"):
        restore_field(s, "person", sample.jan, create.id)
    with db.session_scope() as s, pytest.raises(NotFoundError, match="does not belong"):
        restore_field(s, "person", sample.jan, other.id)
    with db.session_scope() as s, pytest.raises(StaleRecordError, match="after you opened it"):
        restore_field(s, "person", sample.jan, phone.id, expected_version=1)
    with db.session_scope(write=False) as s, pytest.raises(NotFoundError):
        record_history(s, "person", 999)


def test_history_survives_the_trash(db: Database) -> None:
    sample = populate(db)
    with db.session_scope() as s:
        uuid = records.get(s, Person, sample.fatima).uuid
        records.delete(s, Person, sample.fatima)
    with db.session_scope(write=False) as s:
        assert record_history(s, None, uuid)[-1].action == "delete"


def test_parse_record_ref() -> None:
    assert parse_record_ref("person:12") == ("person", "12")
    uuid = "c6ca7fde-8dbd-405a-92ed-d8db53dded3f"
    assert parse_record_ref(uuid) == (None, uuid)
    with pytest.raises(ValidationError):
        parse_record_ref("spaceship:1")
    with pytest.raises(ValidationError):
        parse_record_ref("hello")


@pytest.mark.slow
def test_cli_history_json_and_table(db: Database, db_path: Path) -> None:
    sample = populate(db)
    with db.session_scope(write=False) as s:
        count = s.query(AuditEntry).filter_by(entity="person", record_id=sample.jan).count()
    db.close()
    run = [sys.executable, "-m", "liaison", "history", f"person:{sample.jan}", "--db", str(db_path)]
    done = subprocess.run([*run, "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["entity"] == "person" and len(data["entries"]) == count
    assert data["entries"][-1]["new"] == "06-87654321"
    done = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "06-87654321" in done.stdout
    bad = subprocess.run(
        [*run[:4], "nonsense", "--db", str(db_path)], capture_output=True, text=True, timeout=120
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_most_changed_finds_the_record_with_most_field_changes(db: Database) -> None:
    from liaison.trust.history import most_changed

    with db.session_scope(write=False) as s:
        assert most_changed(s, "person") is None
    sample = populate(db)
    with db.session_scope(write=False) as s:
        assert most_changed(s, "person") == sample.jan  # 10 changes against Fatima's 4


def test_a_record_an_import_created_shows_its_creation_and_the_file(
    db: Database, tmp_path: Path
) -> None:
    """Imports write no per-record 'create' entry; the history reads it from the record."""
    import openpyxl

    from liaison.exchange.importer import run_import

    def sheet(name: str, phone: str) -> Path:
        wb = openpyxl.Workbook()
        wb.active.append(["Initiatief", "Contactpersoon", "E-mailadres", "Tel."])
        wb.active.append(["Buurtkracht", "Ayşe Yılmaz", "ayse@buurtkracht.nl", phone])
        wb.save(tmp_path / name)
        return tmp_path / name

    run_import(db, sheet("overzicht-mei.xlsx", "06-12345678"))
    run_import(db, sheet("overzicht-juni.xlsx", "06-87654321"))
    with db.session_scope(write=False) as s:
        ayse = s.scalars(select(Person).where(Person.email == "ayse@buurtkracht.nl")).one()
        entries = record_history(s, "person", ayse.id)
        assert record_history(s, None, ayse.uuid) == entries
    created, *changes = entries
    assert (created.action, created.officer, created.id) == ("create", db.officer, 0)
    assert created.import_file == "overzicht-mei.xlsx" and not created.restorable
    phone = [e for e in changes if e.field == "phone"]
    assert [(e.new, e.import_file) for e in phone] == [("+31 6 87654321", "overzicht-juni.xlsx")]
