"""Forgotten stays forgotten: fingerprints that keep an import from bringing a person back.

``privacy forget`` erases a person's name and contact details (AVG art. 17). A
colleague's sheet made before that still lists them, without Liaison's ids, so
the importer recognised nobody and created them again. Like the suppression
lists of mailing services, the erasure keeps a one-way fingerprint of each way
the importer recognises a person, and the importer skips a new person that
matches one:

- their e-mail address (case and spacing ignored);
- their mobile phone number, as the search index keeps it (digits, national form; a
  landline is shared by a household or an office, so it marks nobody);
- their name at each organisation they were linked to (a name alone is too
  common to hold against anyone else).

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


def email_mark(email: str | None) -> list[str]:
    text = " ".join((email or "").split()).casefold()
    return [fingerprint("email", text)] if text else []


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
    """Every mark of a person as stored now (call before their details are erased)."""
    marks = {*email_mark(person.email), *phone_marks(person.phone)}
    key = person_key(person.given_name, person.infix, person.family_name)
    organisations = session.scalars(
        select(Organisation.name_key)
        .join(Affiliation, Affiliation.organisation_id == Organisation.id)
        .where(Affiliation.person_id == person.id)
    )
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
