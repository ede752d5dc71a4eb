"""AVG/GDPR: access export, forget (everywhere, counts kept), retention review."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from trust_sample import populate

from liaison.services import records
from liaison.storage import search_index
from liaison.storage.db import Database
from liaison.storage.models import Affiliation, Interaction, Person
from liaison.trust.history import REDACTED, record_history
from liaison.trust.privacy import (
    REMOVED_NAME,
    PrivacyError,
    export_person,
    forget_person,
    forget_preview,
    keep,
    months_before,
    needles,
    retention_candidates,
)

SECRETS = ("van der Berg", "jan.vdberg", "12345678", "87654321", "allergisch")


def test_access_export_holds_everything_about_the_person(db: Database, tmp_path: Path) -> None:
    sample = populate(db)
    out = export_person(db, sample.jan, tmp_path / "inzage.xlsx")
    assert out.stat().st_mode & 0o777 == 0o600
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Persoon",
        "Rollen",
        "Contactmomenten",
        "Vermeldingen",
        "Wijzigingen",
    ]
    person = {r[0]: r[1] for r in book["Persoon"].iter_rows(min_row=2, values_only=True)}
    assert person["Naam"] == "Jan van der Berg"
    assert person["E-mail"] == "jan.vdberg@example.nl"
    assert person["Grondslag (AVG)"] == "Toestemming"  # in words, not the stored code
    assert person["Bron van de gegevens"] == "Aanmelding buurtkeuken 2025"
    roles = list(book["Rollen"].iter_rows(min_row=2, values_only=True))
    assert roles[0][:2] == ("Buurtkeuken Afrikaanderwijk", "Initiatiefnemer")
    assert roles[0][2] == dt.datetime(2024, 3, 1)
    contacts = list(book["Contactmomenten"].iter_rows(min_row=2, values_only=True))
    assert len(contacts) == 1 and "twee avonden" in contacts[0][4]
    assert "Fatima" not in str(contacts)  # other participants' data is theirs
    mentions = list(book["Vermeldingen"].iter_rows(min_row=2, values_only=True))
    assert {m[0] for m in mentions} == {"Contactmoment", "Steun", "Organisatie", "Persoon"}
    audit = list(book["Wijzigingen"].iter_rows(min_row=2, values_only=True))
    assert ("Telefoon", "06-12345678", "06-87654321") in {a[5:8] for a in audit}
    assert {a[4] for a in audit} <= {"aangemaakt", "gewijzigd", "naar de prullenbak", "teruggezet"}
    with pytest.raises(PrivacyError, match=r"\.xlsx"):
        export_person(db, sample.jan, tmp_path / "inzage.csv")


def _all_text(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        parts = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                parts.extend(str(v) for v in row if v is not None)
        return "\n".join(parts)
    finally:
        conn.close()


def test_forget_erases_everywhere_and_keeps_the_counts(db: Database) -> None:
    sample = populate(db)
    with db.session_scope(write=False) as s:
        before_roles = s.query(Affiliation).count()
        before_contacts = s.query(Interaction).count()
        preview = forget_preview(s, sample.jan)
        assert search_index.find(s, "van der Berg")
    assert preview.name == "Jan van der Berg" and preview.has_notes
    assert len(preview.mentions) == 5  # summary, notes (old phone), commitment, org, Fatima
    report = forget_person(db, sample.jan)
    assert report.fields_cleared == 6 and report.mentions_replaced == len(preview.mentions)
    with db.session_scope(write=False) as s:
        jan = s.get(Person, sample.jan)
        assert jan.full_name == REMOVED_NAME and jan.forgotten_at is not None
        assert (jan.email, jan.phone, jan.notes) == (None, None, None)
        assert jan.legal_basis == "consent"  # why we held the data stays accountable
        assert s.query(Affiliation).count() == before_roles
        assert s.query(Interaction).count() == before_contacts
        contact = s.get(Interaction, sample.interaction)
        assert [p.id for p in contact.people] == [sample.jan, sample.fatima]
        assert REMOVED_NAME in contact.summary
        hist = record_history(s, "person", sample.jan)
        assert hist[-1].action == "forget" and hist[-1].old is None and hist[-1].new is None
        assert {e.new for e in hist if e.field in ("given_name", "email", "notes")} == {REDACTED}
        assert not search_index.find(s, "van der Berg")
        assert not search_index.find(s, "jan.vdberg")
        assert search_index.find(s, "Fatima")  # others stay findable
    db.close()
    text = _all_text(db.path)
    for secret in SECRETS:
        assert secret not in text, secret
    raw = db.path.read_bytes()  # secure_delete + checkpoint: not even in free pages
    for secret in SECRETS:
        assert secret.encode() not in raw, secret


def test_forget_twice_is_refused_and_redacted_values_cannot_return(db: Database) -> None:
    sample = populate(db)
    forget_person(db, sample.jan)
    with pytest.raises(PrivacyError, match="already been removed"):
        forget_person(db, sample.jan)
    from liaison.errors import ValidationError
    from liaison.trust.history import restore_field

    with db.session_scope(write=False) as s:
        email = [e for e in record_history(s, "person", sample.jan) if e.field == "email"][0]
    assert not email.restorable
    with db.session_scope() as s, pytest.raises(ValidationError, match="erased"):
        restore_field(s, "person", sample.jan, email.id)


def test_needles_include_earlier_values_but_not_a_bare_first_name(db: Database) -> None:
    sample = populate(db)
    with db.session_scope(write=False) as s:
        words = needles(s.get(Person, sample.jan), s)
    assert "Jan van der Berg" in words and "Jan Berg" in words
    assert "06-12345678" in words and "06-87654321" in words
    assert "Jan" not in words


def test_retention_candidates_and_keep(db: Database) -> None:
    sample = populate(db)
    today = dt.date(2030, 1, 15)  # years after the sample's contacts
    with db.session_scope(write=False) as s:
        found = {c.id: c for c in retention_candidates(s, 24, today=today)}
    # Jan still has a current role (no end date): not a candidate. Fatima has none.
    assert set(found) == {sample.fatima}
    assert found[sample.fatima].last_contact == dt.datetime(2026, 10, 5, 14, 30)
    with db.session_scope() as s:
        records.update(s, Affiliation, sample.role, None, end=dt.date(2027, 6, 30))
    with db.session_scope(write=False) as s:
        assert {c.id for c in retention_candidates(s, 24, today=today)} == {
            sample.jan,
            sample.fatima,
        }
        # Within 24 months of the last contact nobody is due.
        assert retention_candidates(s, 24, today=dt.date(2027, 12, 1)) == []
    with db.session_scope() as s:
        keep(s, sample.fatima, today=today)
    with db.session_scope(write=False) as s:
        assert {c.id for c in retention_candidates(s, 24, today=today)} == {sample.jan}
        # A kept person comes back for review one period later.
        later = dt.date(2032, 2, 1)
        assert sample.fatima in {c.id for c in retention_candidates(s, 24, today=later)}
        assert record_history(s, "person", sample.fatima)[-1].field == "retention_kept_on"
    forget_person(db, sample.jan)
    with db.session_scope(write=False) as s:
        assert sample.jan not in {c.id for c in retention_candidates(s, 24, today=today)}


def test_months_before() -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "liaison", *args],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
    )


@pytest.mark.slow
def test_cli_privacy_commands(db: Database, db_path: Path, tmp_path: Path) -> None:
    import json

    sample = populate(db)
    db.close()
    out = tmp_path / "inzage.xlsx"
    done = cli("privacy", "export", "--person", str(sample.jan), str(out), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert openpyxl.load_workbook(out)["Persoon"]["B3"].value == "Jan van der Berg"
    refused = cli("privacy", "forget", "--person", str(sample.jan), "--db", str(db_path), stdin="")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert refused.stderr.strip().splitlines()[-1].startswith("liaison: ")
    done = cli("privacy", "forget", "--person", str(sample.jan), "--db", str(db_path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Removed the personal data" in done.stdout
    done = cli("privacy", "retention", "--months", "1", "--json", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["months"] == 1
    missing = cli("privacy", "forget", "--person", "999", "--yes", "--db", str(db_path))
    assert missing.returncode == 2 and "no person" in missing.stderr


def test_the_person_search_for_privacy_requests_finds_names_e_mails_and_the_trash(
    db: Database,
) -> None:
    from liaison.trust.privacy import find_people

    sample = populate(db)
    with db.session_scope() as s:
        jan = s.get(Person, sample.jan)
        email = jan.email
        name = jan.full_name
    with db.session_scope(write=False) as s:
        assert (sample.jan, name, False) in find_people(s, "berg")
        assert (sample.jan, name, False) in find_people(s, "jan van der b")
        assert [p[0] for p in find_people(s, email[:6])] == [sample.jan]
        assert find_people(s, "   ") == []
    with db.session_scope() as s:
        records.delete(s, Person, sample.jan)
    with db.session_scope(write=False) as s:
        assert (sample.jan, name, True) in find_people(s, "berg")  # still stored: found
    forget_person(db, sample.jan)
    with db.session_scope(write=False) as s:
        assert all(p[0] != sample.jan for p in find_people(s, "berg"))
