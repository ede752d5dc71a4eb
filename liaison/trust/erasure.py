"""Forgotten stays forgotten: fingerprints that keep an import from bringing a person back.

``privacy forget`` erases a person's name and contact details (AVG art. 17). A
colleague's sheet made before that still lists them, without Liaison's ids, so
the importer recognised nobody and created them again. Like the suppression
lists of mailing services, the erasure keeps a one-way fingerprint of each way
the importer recognises a person, and the importer skips a new person that
matches one:

- their e-mail addresses, now and earlier (case and spacing ignored; not a shared
  mailbox such as info@…);
- their mobile phone numbers, now and earlier, as the search index keeps them (digits,
  national form; a landline is shared by a household or an office, so it marks nobody);
- their names (now and earlier) at each organisation they were linked to (a name
  alone is too common to hold against anyone else).

A fingerprint is an HMAC-SHA256 of the normalised value: it cannot be read
back, and it matches across backups and restores because the key is fixed.
Nothing in the table says whose it is or which kind of detail it came from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.storage.models import Affiliation, ErasureMark, Organisation, Person
from liaison.storage.search_index import phone_variants
from liaison.text import name_key

#: Fixed, so that marks made in one copy of a database hold in its backups and restores.
_KEY = b"liaison erasure mark 1"


def fingerprint(kind: str, value: str) -> str:
    return hmac.new(_KEY, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


#: Mailboxes of an organisation rather than of a person ("info@buurtkeuken.nl"): like a
#: landline, one marks nobody (a resident noted with the centre's mailbox, once forgotten,
#: kept every new volunteer noted with it out of imports).
SHARED_MAILBOXES = frozenset(
    {
        "info", "contact", "secretariaat", "secretaris", "bestuur", "hallo", "hello", "post",
        "mail", "admin", "office", "administratie", "redactie", "aanmelden", "welkom", "team",
        "penningmeester", "voorzitter", "vrijwilligers", "receptie", "algemeen",
    }
)  # fmt: skip


def email_mark(email: str | None) -> list[str]:
    text = " ".join((email or "").split()).casefold()
    if not text or text.partition("@")[0] in SHARED_MAILBOXES:
        return []
    return [fingerprint("email", text)]


def phone_marks(phone: str | None) -> list[str]:
    """A Dutch mobile number's mark; none for a landline, which a household or an
    organisation shares: forgetting one resident must not keep the others out."""
    return [
        fingerprint("phone", digits)
        for digits in phone_variants(phone)
        if digits.startswith("06") and len(digits) == 10
    ]


def person_key(given: str | None, infix: str | None, family: str | None) -> str:
    """The importer's key for a person's name (accents, case, punctuation ignored)."""
    return name_key(" ".join(p for p in (given, infix, family) if p))


def name_mark(person: str, organisation: str) -> list[str]:
    """The mark of a person's name key at an organisation's name key (both already keys)."""
    return [fingerprint("name", f"{person}|{organisation}")] if person and organisation else []


def marks_of(session: Session, person: Person) -> set[str]:
    """Every mark of a person: their e-mail addresses, mobile numbers and names as stored
    now and as the audit trail says they were (call before their details are erased).

    A colleague's sheet made before the forget is often older than the person's last
    change too: with only the current values marked, "Ricardo Fortes, 06-57055968" from
    a sheet of last year came back after "Ricardo Fortes Lopes, 06-12345678" was forgotten.
    """
    from liaison.storage.models import AuditEntry
    from liaison.trust.history import REDACTED

    values: dict[str, set[str]] = {
        f: {getattr(person, f) or ""}
        for f in ("given_name", "infix", "family_name", "email", "phone")
    }
    stmt = select(AuditEntry.field, AuditEntry.old, AuditEntry.new).where(
        AuditEntry.entity == "person",
        AuditEntry.record_id == person.id,
        AuditEntry.field.in_(list(values)),
    )
    for field, old, new in session.execute(stmt):
        values[field].update(v for v in (old, new) if v and v != REDACTED)
    marks: set[str] = set()
    for email in values["email"]:
        marks.update(email_mark(email))
    for phone in values["phone"]:
        marks.update(phone_marks(phone))
    keys = {
        person_key(given, infix, family)
        for given in values["given_name"]
        for infix in values["infix"]
        for family in values["family_name"]
        if family
    }
    organisations = list(
        session.scalars(
            select(Organisation.name_key)
            .join(Affiliation, Affiliation.organisation_id == Organisation.id)
            .where(Affiliation.person_id == person.id)
        )
    )
    for key in keys:
        for organisation in organisations:
            marks.update(name_mark(key, organisation or ""))
    return marks


def remember(session: Session, marks: Iterable[str], at: dt.datetime) -> None:
    """Store marks (one forgotten twice keeps the first date)."""
    wanted = set(marks)
    known = set(session.scalars(select(ErasureMark.key).where(ErasureMark.key.in_(wanted))))
    session.add_all(ErasureMark(key=m, forgotten_at=at) for m in wanted - known)


def all_marks(session: Session) -> dict[str, dt.datetime]:
    """Every mark with the moment its person was forgotten (the importer loads them once)."""
    return {
        key: at for key, at in session.execute(select(ErasureMark.key, ErasureMark.forgotten_at))
    }


def carry_marks(source: Path, target: Path) -> int:
    """Copy the marks of the database file ``source`` into ``target`` (a restore's new file).

    A backup made before a forget lacks its marks; the restored database must still
    keep that person out of later imports. Returns how many marks were added.
    """
    import sqlite3

    try:
        src = sqlite3.connect(f"{Path(source).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        rows = src.execute("SELECT key, forgotten_at FROM erasure_mark").fetchall()
    except sqlite3.Error:  # older than the table, or damaged: nothing to carry
        return 0
    finally:
        src.close()
    if not rows:
        return 0
    from liaison.storage.db import make_engine, resolve_url
    from liaison.storage.migrate import upgrade_to_head

    engine = make_engine(resolve_url(target))
    try:
        upgrade_to_head(engine)  # a backup older than the marks
    finally:
        engine.dispose()
    dst = sqlite3.connect(target)
    try:
        with dst:
            before = dst.total_changes
            dst.executemany(
                "INSERT OR IGNORE INTO erasure_mark (key, forgotten_at) VALUES (?, ?)", rows
            )
            added = dst.total_changes - before
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, as the backup was
        return added
    finally:
        dst.close()
