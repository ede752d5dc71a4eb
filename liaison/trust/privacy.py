"""AVG/GDPR tools for residents' data: access export, erasure ("forget"), retention review.

*Forget* erases what identifies a person — name, contact details, notes, and
every place free text names them: other records' notes and summaries, the audit
trail (their own entries' values and mentions in others') and the search index —
while the person row stays as "Verwijderde persoon", so their contact moments,
roles and the support they were part of remain counted. The erasure runs in one
transaction with SQLite's ``secure_delete`` on, so the old text is also zeroed in
the file's free pages; backups made earlier still hold it until they rotate out.
One-way fingerprints of their e-mail, phone and name at each organisation are kept
(:mod:`liaison.trust.erasure`), so a colleague's older sheet does not bring them back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy import and_, exists, func, or_, select, text
from sqlalchemy.orm import Session

from liaison.errors import LiaisonError, ValidationError
from liaison.services import records
from liaison.storage.db import BUSY_TIMEOUT_MS, Database
from liaison.storage.models import (
    PERSONAL_FIELDS as MODEL_PERSONAL_FIELDS,
)
from liaison.storage.models import (
    Affiliation,
    AuditEntry,
    Commitment,
    Interaction,
    Organisation,
    Person,
    Setting,
    interaction_person,
    local_time,
    utcnow,
)
from liaison.trust import erasure
from liaison.trust.files import atomic_private_file
from liaison.trust.history import REDACTED

#: The name a forgotten person is shown under (the users are Dutch; it is data, not UI).
REMOVED_NAME = "Verwijderde persoon"
#: Person fields that identify someone; emptied by forget, redacted in their audit entries.
PERSONAL_FIELDS = MODEL_PERSONAL_FIELDS
#: The access export is a Dutch document for a resident: record kinds, actions and fields
#: in words rather than the codes the database stores.
_RECORD_NL = {
    "person": "Persoon", "organisation": "Organisatie", "affiliation": "Rol",
    "commitment": "Steun", "interaction": "Contactmoment", "tag": "Label",
    "neighbourhood": "Wijk", "officer": "Medewerker",
}  # fmt: skip
_ACTION_NL = {
    "create": "aangemaakt", "update": "gewijzigd", "delete": "naar de prullenbak",
    "restore": "teruggezet", "forget": "gewist op verzoek",
}  # fmt: skip
_FIELD_NL = {
    "given_name": "Voornaam", "infix": "Tussenvoegsel", "family_name": "Achternaam",
    "email": "E-mail", "phone": "Telefoon", "notes": "Notities",
    "legal_basis": "Grondslag (AVG)", "data_source": "Bron van de gegevens",
    "neighbourhood_id": "Wijk", "summary": "Samenvatting", "description": "Beschrijving",
    "address": "Adres", "name": "Naam", "role": "Rol", "start": "Begin", "end": "Einde",
}  # fmt: skip
RETENTION_SETTING = "thresholds.retention_months"  # shared with services.settings.Thresholds
DEFAULT_RETENTION_MONTHS = 24
#: Shorter texts are not searched for: "Jan" alone would hit every Jan in the database.
MIN_NEEDLE = 5

ProgressFn = Callable[[int, int, str], None]

#: (model, text column) pairs searched for mentions of a person.
_FREE_TEXT: tuple[tuple[type, str], ...] = (
    (Interaction, "summary"),
    (Interaction, "notes"),
    (Commitment, "notes"),
    (Organisation, "description"),
    (Organisation, "address"),
    (Person, "notes"),
    (Person, "data_source"),
)


#: Contact fields of other records that can hold a person's own e-mail address or mobile
#: number: a resident's initiative often gives her private address as its contact. Forget
#: left it there (and in the search index, so a search for it still found her initiative);
#: such a value is cleared, not rewritten ("Verwijderde persoon" is no e-mail address).
_CONTACT_FIELDS: tuple[tuple[type, str], ...] = (
    (Organisation, "email"),
    (Organisation, "phone"),
)
#: Mailboxes of an organisation rather than of a person ("info@buurtkeuken.nl"): a person
#: recorded with one does not make it theirs, so the organisation keeps it.
_SHARED_MAILBOXES = erasure.SHARED_MAILBOXES


class PrivacyError(LiaisonError):
    """A privacy request cannot be carried out as asked."""


# --- who is this person, as text --------------------------------------------


def needles(person: Person, session: Session | None = None) -> list[str]:
    """Texts that identify the person in free text: full name (with and without infix),
    e-mail, phone — the current values and, with a session, earlier ones from the audit trail.

    Longest first, so "Jan van der Berg" is replaced before "Jan Berg".
    """
    values: dict[str, set[str]] = {
        f: {getattr(person, f) or ""}
        for f in ("given_name", "infix", "family_name", "email", "phone")
    }
    if session is not None:
        stmt = select(AuditEntry.field, AuditEntry.old, AuditEntry.new).where(
            AuditEntry.entity == "person",
            AuditEntry.record_id == person.id,
            AuditEntry.field.in_(list(values)),
        )
        for field_name, old, new in session.execute(stmt):
            for v in (old, new):
                if v and v != REDACTED:
                    values[field_name].add(v)
    found: set[str] = set()
    for given in values["given_name"]:
        for family in values["family_name"]:
            for infix in values["infix"]:
                for name in (
                    " ".join(p for p in (given, infix, family) if p),
                    " ".join(p for p in (given, family) if p),
                ):
                    if " " in name and len(name) >= MIN_NEEDLE and name != REMOVED_NAME:
                        found.add(name)
    for contact in values["email"] | values["phone"]:
        if contact and len(contact) >= MIN_NEEDLE:
            found.add(contact)
    return sorted(found, key=len, reverse=True)


def _pattern(words: list[str], forms: Iterable[str] = ()) -> re.Pattern[str] | None:
    alternatives = [re.escape(w) for w in words] + list(forms)
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _mentions_filter(column: Any, words: list[str]) -> Any:
    return or_(*(column.ilike(f"%{w}%") for w in words))


#: Forms of address before a family name in Dutch (and English) notes: "Dhr. Boukhari",
#: "mevrouw Van der Berg", "de heer Aktaş", "familie Benali".
_TITLES = (
    r"(?:(?:dhr|mevr|mw|mej|mr|mrs|ms|dr|drs|ir|ing|fam)\.?"
    r"|de\s+heer|meneer|mevrouw|juffrouw|juf|meester|familie)"
)


@dataclass(frozen=True)
class Naming:
    """How free text names one person.

    ``words``: full names, e-mail addresses, phone numbers (current and earlier). A
    full name is not all: notes say "Dhr. Boukhari" or "S. Boukhari", which forget
    left in place (and findable through the search index). Those short forms are
    taken everywhere when nobody else in the database could be meant, and in the
    contact moments the person took part in always.
    """

    words: list[str]
    families: list[str]  # family (and first) names: the SQL prefilter of the short forms
    everywhere: re.Pattern[str] | None
    own: re.Pattern[str] | None  # for the contact moments they took part in
    own_interactions: frozenset[int]
    #: their contact moments where someone else taking part has their first name: there
    #: the first name alone is not taken (``own_shared``)
    shared_first_name: frozenset[int] = frozenset()
    own_shared: re.Pattern[str] | None = None

    @property
    def prefilter(self) -> list[str]:
        return self.words + self.families

    def pattern_for(self, entity: str, record_id: int) -> re.Pattern[str] | None:
        if entity == "interaction" and record_id in self.own_interactions:
            return self.own_shared if record_id in self.shared_first_name else self.own
        return self.everywhere


_PHONE_GAP = r"[\s.\-/()]*"


def _phone_form(phone: str) -> tuple[str, str] | None:
    """A pattern for ``phone`` as notes write it, and a text every such form contains.

    The number was replaced only as stored ("06-11223344"); a note with "0611223344",
    "06 11 22 33 44" or "+31 6 1122 3344" kept it. Dutch numbers: 0, +31 or 0031 first.
    """
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+") or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") else digits
        if not digits.startswith("31"):
            return None if len(digits) < 8 else (_digits_form(digits), digits[-2:])
        digits = "0" + digits[2:]
    if len(digits) < 8:
        return None  # too short to be taken for this person alone
    if digits.startswith("0"):
        rest = _digits_form(digits[1:])
        prefix = rf"(?:\+{_PHONE_GAP}31(?:{_PHONE_GAP}\(0\))?|0031|0)"
        return rf"(?<![\d+]){prefix}{_PHONE_GAP}{rest}(?!\d)", digits[-2:]
    return rf"(?<!\d){_digits_form(digits)}(?!\d)", digits[-2:]


def _digits_form(digits: str) -> str:
    return _PHONE_GAP.join(digits)


def _spaced(text: str) -> str:
    return r"\s+".join(re.escape(part) for part in text.split())


def naming(session: Session, person: Person) -> Naming:
    """The :class:`Naming` of ``person`` (see there)."""
    words = needles(person, session)
    names: set[tuple[str, str, str]] = {(person.given_name, person.infix, person.family_name)}
    stmt = select(AuditEntry.field, AuditEntry.old, AuditEntry.new).where(
        AuditEntry.entity == "person",
        AuditEntry.record_id == person.id,
        AuditEntry.field.in_(("given_name", "infix", "family_name", "phone")),
    )
    earlier: dict[str, set[str]] = {
        "given_name": set(),
        "infix": set(),
        "family_name": set(),
        "phone": set(),
    }
    for field_name, old, new in session.execute(stmt):
        for v in (old, new):
            if v and v != REDACTED:
                earlier[field_name].add(v)
    for family in earlier["family_name"]:
        names.add((person.given_name, person.infix, family))
    for given in earlier["given_name"]:
        names.add((given, person.infix, person.family_name))
    for infix in earlier["infix"]:
        names.add((person.given_name, infix, person.family_name))
    families: set[str] = set()
    plain: list[str] = []  # no one else could be meant
    own_only: list[str] = []  # someone else has this family name (and initial)
    for given, infix, family in names:
        if not family.strip() or family == REMOVED_NAME:
            continue
        families.add(family.strip())
        full_family = f"{infix} {family}".strip()
        fam = _spaced(full_family)
        others = _others_named(session, person.id, infix, family)
        titled = rf"\b{_TITLES}\s+{fam}\b"
        (own_only if others else plain).append(titled)
        if given.strip():
            initial = re.escape(given.strip()[0])
            initialled = rf"\b{initial}\.\s*(?:[^\W\d_]\.\s*)*{fam}\b"
            same_initial = any(g[:1].casefold() == given.strip()[:1].casefold() for g in others)
            (own_only if same_initial else plain).append(initialled)
    phones = {person.phone or "", *earlier["phone"]}
    # A number or address someone else also has (a household's landline, a centre's
    # number she was noted with, a family mailbox) may mean them: like a shared name, it
    # is taken only in her own contact moments. Everywhere, forgetting one resident
    # rewrote the centre's description and her husband's notes.
    shared_contacts = _shared_contacts(
        session, person.id, {w for w in words if "@" in w}, {p for p in phones if p}
    )
    for phone in phones:
        form = _phone_form(phone)
        if form is not None:
            (own_only if phone in shared_contacts else plain).append(form[0])
            families.add(form[1])
    own_interactions = frozenset(
        session.scalars(
            select(interaction_person.c.interaction_id).where(
                interaction_person.c.person_id == person.id
            )
        )
    )
    # Their own contact moments name them by first name too ("Op bezoek bij Said"), except
    # where someone else taking part has that first name. Case-sensitive: "Ben", "Roos".
    given_names = {g.strip() for g, _i, _f in names if g.strip()}
    shared = frozenset(
        session.scalars(
            select(interaction_person.c.interaction_id)
            .join(Person, interaction_person.c.person_id == Person.id)
            .where(
                interaction_person.c.interaction_id.in_(own_interactions),
                Person.id != person.id,
                Person.given_name.in_(given_names),
            )
        )
    )
    first_names = [rf"(?-i:\b{_spaced(given)}\b)" for given in sorted(given_names)]
    families.update(given_names)  # (the prefilter; the pattern decides per record)
    # A full name someone else also has ("Jan de Vries" twice) may mean them: it is taken
    # only in the person's own contact moments (where no namesake took part). Everywhere,
    # forgetting one Jan de Vries rewrote the other's notes and contact moments too.
    namesakes = _namesake_names(session, person.id, {f for _g, _i, f in names})
    alone = [
        w
        for w in words
        if " ".join(w.split()).casefold() not in namesakes and w not in shared_contacts
    ]
    return Naming(
        words=words,
        families=sorted(families),
        everywhere=_pattern(alone, plain),
        own=_pattern(words, plain + own_only + first_names),
        own_interactions=own_interactions,
        shared_first_name=shared,
        own_shared=_pattern(alone, plain + own_only),
    )


def _shared_contacts(
    session: Session, person_id: int, emails: set[str], phones: set[str]
) -> set[str]:
    """Those of ``emails`` and ``phones`` (as given) that someone else also has: another
    person (not forgotten), or an organisation when it is a landline or a shared mailbox
    (an organisation with her own address or mobile loses it, see :data:`_CONTACT_FIELDS`)."""
    from liaison.storage.search_index import phone_variants

    shared: set[str] = set()
    by_address = {" ".join(e.split()).casefold(): e for e in emails if e.strip()}
    by_digits = {d: p for p in phones for d in phone_variants(p) if len(d) >= 8}
    for cls in (Person, Organisation):
        others = (Person.id != person_id, Person.forgotten_at.is_(None)) if cls is Person else ()
        if by_address:
            column = cls.email
            stmt = select(column).where(func.lower(column).in_(list(by_address)), *others)
            for (value,) in session.execute(stmt):
                key = " ".join((value or "").split()).casefold()
                if key in by_address and (cls is Person or _contact_key("email", value) is None):
                    shared.add(by_address[key])
        if by_digits:
            column = cls.phone
            tails = or_(*(column.like(f"%{d[-2:]}") for d in by_digits))
            for (value,) in session.execute(select(column).where(tails, *others)):
                for digits in phone_variants(value):
                    if digits in by_digits and (
                        cls is Person or _contact_key("phone", value) is None
                    ):
                        shared.add(by_digits[digits])
    return shared


def _namesake_names(session: Session, person_id: int, families: Iterable[str]) -> set[str]:
    """The full names (with and without infix; casefolded, single spaces) of the other
    people, not forgotten, who have one of ``families`` as their family name."""
    wanted = {f.strip() for f in families if f.strip() and f.strip() != REMOVED_NAME}
    if not wanted:
        return set()
    stmt = select(Person.given_name, Person.infix, Person.family_name).where(
        Person.id != person_id,
        Person.forgotten_at.is_(None),
        or_(
            Person.family_name.in_(wanted),
            func.lower(Person.family_name).in_({f.lower() for f in wanted}),
        ),
    )
    found: set[str] = set()
    for given, infix, family in session.execute(stmt):
        for name in ((given, infix, family), (given, family)):
            found.add(" ".join(" ".join(p for p in name if p).split()).casefold())
    return found


def _others_named(session: Session, person_id: int, infix: str, family: str) -> list[str]:
    """Given names of the other people (not forgotten) with this infix and family name."""
    stmt = select(Person.given_name, Person.infix, Person.family_name).where(
        Person.id != person_id,
        Person.forgotten_at.is_(None),
        func.lower(Person.family_name) == family.strip().lower(),
    )
    return [
        g or ""
        for g, i, f in session.execute(stmt)
        if (i or "").strip().casefold() == infix.strip().casefold()
        and f.strip().casefold() == family.strip().casefold()
    ]


@dataclass(frozen=True)
class Mention:
    """A free-text field of another record that names the person."""

    entity: str
    record_id: int
    field: str
    text: str


def find_mentions(session: Session, person: Person, names: Naming | None = None) -> list[Mention]:
    """Every free-text field (outside the person's own name/contact fields) naming the person."""
    names = naming(session, person) if names is None else names
    if not names.prefilter:
        return []
    found: list[Mention] = []
    for cls, column_name in _FREE_TEXT:
        column = getattr(cls, column_name)
        entity = records.entity_name(cls)
        stmt = select(cls.id, column).where(_mentions_filter(column, names.prefilter))
        if cls is Person and column_name == "notes":
            stmt = stmt.where(cls.id != person.id)  # their own notes are erased whole
        for record_id, value in session.execute(stmt):
            pattern = names.pattern_for(entity, record_id)
            if value and pattern is not None and pattern.search(value):
                found.append(Mention(entity, record_id, column_name, value))
    return found + _contact_mentions(session, person)


def _contact_key(field_name: str, value: str | None) -> str | None:
    """A person's e-mail address or mobile number in one form, for comparing contact fields;
    None for what is not personal (a landline or a shared mailbox, see the erasure marks)."""
    if field_name == "email":
        text = " ".join((value or "").split()).casefold()
        return None if not text or text.partition("@")[0] in _SHARED_MAILBOXES else text
    mobiles = erasure.phone_marks(value)
    return mobiles[0] if mobiles else None


def _own_contacts(session: Session, person: Person) -> set[str]:
    """The keys of the person's e-mail addresses and mobile numbers, now and earlier."""
    found = {_contact_key("email", person.email), _contact_key("phone", person.phone)}
    stmt = select(AuditEntry.field, AuditEntry.old, AuditEntry.new).where(
        AuditEntry.entity == "person",
        AuditEntry.record_id == person.id,
        AuditEntry.field.in_(("email", "phone")),
    )
    for field_name, old, new in session.execute(stmt):
        for v in (old, new):
            if v and v != REDACTED:
                found.add(_contact_key(field_name, v))
    found.discard(None)
    return found  # type: ignore[return-value]


def _contact_mentions(session: Session, person: Person) -> list[Mention]:
    """Other records' contact fields (:data:`_CONTACT_FIELDS`) holding the person's own."""
    own = _own_contacts(session, person)
    if not own:
        return []
    found: list[Mention] = []
    for cls, column_name in _CONTACT_FIELDS:
        column = getattr(cls, column_name)
        for record_id, value in session.execute(select(cls.id, column).where(column.is_not(None))):
            if _contact_key(column_name, value) in own:
                found.append(Mention(records.entity_name(cls), record_id, column_name, value))
    return found


def _is_contact_field(entity: str, field_name: str) -> bool:
    return any(
        records.entity_name(cls) == entity and column == field_name
        for cls, column in _CONTACT_FIELDS
    )


def _audit_about(session: Session, person: Person) -> list[AuditEntry]:
    """Audit entries of the person and of their roles."""
    role_ids = select(Affiliation.id).where(Affiliation.person_id == person.id)
    stmt = (
        select(AuditEntry)
        .where(
            or_(
                and_(AuditEntry.entity == "person", AuditEntry.record_id == person.id),
                and_(AuditEntry.entity == "affiliation", AuditEntry.record_id.in_(role_ids)),
            )
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return list(session.scalars(stmt))


def _audit_mentions(session: Session, person: Person, names: Naming) -> list[AuditEntry]:
    """Audit entries of *other* records whose old/new text names the person."""
    words = names.prefilter
    if not words:
        return []
    stmt = select(AuditEntry).where(
        or_(_mentions_filter(AuditEntry.old, words), _mentions_filter(AuditEntry.new, words)),
        ~and_(
            AuditEntry.entity == "person",
            AuditEntry.record_id == person.id,
            AuditEntry.field.in_(PERSONAL_FIELDS),
        ),
    )
    found = []
    for e in session.scalars(stmt):
        pattern = names.pattern_for(e.entity, e.record_id)
        if pattern is not None and (pattern.search(e.old or "") or pattern.search(e.new or "")):
            found.append(e)
    return found


def _interactions_of(session: Session, person: Person) -> list[Interaction]:
    stmt = (
        select(Interaction)
        .join(interaction_person, interaction_person.c.interaction_id == Interaction.id)
        .where(interaction_person.c.person_id == person.id)
        .order_by(Interaction.occurred_at)
    )
    return list(session.scalars(stmt))


def _person(session: Session, person_id: int | str) -> Person:
    return records.get(session, Person, person_id, include_deleted=True)


def person_name(session: Session, person_id: int | str) -> str:
    """The name of a person a privacy request is about (in the trash too)."""
    return _person(session, person_id).full_name


# --- access export ----------------------------------------------------------


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


def _local(stamp: dt.datetime | None) -> dt.datetime | None:
    """A stored stamp (naive UTC) as the officer's wall-clock time, for a workbook cell.

    The access export is read by the resident: "Vastgelegd op 05:28" for a record made at
    06:28 in Rotterdam was wrong, and only the history sheet said "(UTC)".
    """
    return local_time(stamp).replace(tzinfo=None) if stamp is not None else None


def export_person(
    db: Database, person_id: int | str, path: str | Path, *, progress: ProgressFn | None = None
) -> Path:
    """Write everything stored about one person to an .xlsx (a request of access, art. 15).

    Sheets: the person's fields, roles, contact moments they took part in, other
    records' text naming them, and the audit trail about them. Other people
    taking part in the same contacts are left out (their data is theirs).
    The file is private (0600) and written atomically.
    """
    from liaison.exchange.export import LABELS  # the workbook's Dutch words for codes

    def words(group: str, code: str | None) -> str | None:
        """A stored code in the Dutch of the rest of this document ("consent" → "Toestemming")."""
        table = {str(k): v for k, v in LABELS[group].items()}
        return None if code is None else table.get(code, code)

    target = Path(path).expanduser().absolute()
    if target.suffix.lower() != ".xlsx":
        raise PrivacyError(f"'{target.name}' must end in .xlsx.")
    if not target.parent.is_dir():  # a typo must not leave a trail of new folders
        raise PrivacyError(f"The folder '{target.parent}' does not exist.")
    if progress:
        progress(0, 5, "")
    with db.session_scope(write=False) as session:
        person = _person(session, person_id)
        person_rows = [
            ("ID", person.uuid),
            ("Naam", person.full_name),
            ("Voornaam", person.given_name),
            ("Tussenvoegsel", person.infix),
            ("Achternaam", person.family_name),
            ("E-mail", person.email),
            ("Telefoon", person.phone),
            ("Wijk", person.neighbourhood.name if person.neighbourhood else None),
            ("Notities", person.notes),
            ("Grondslag (AVG)", words("legal_basis", person.legal_basis)),
            ("Bron van de gegevens", person.data_source),
            ("Vastgelegd op", _local(person.created_at)),
            ("Vastgelegd door", person.created_by),
            ("Laatst gewijzigd op", _local(person.updated_at)),
            ("Laatst gewijzigd door", person.updated_by),
            ("In de prullenbak sinds", _local(person.deleted_at)),
            ("Gewist op verzoek op", _local(person.forgotten_at)),
            ("Bewaren bevestigd op", person.retention_kept_on),
        ]
        roles = [
            (a.organisation.name, words("role", a.role), a.start, a.end, a.deleted_at is not None)
            for a in session.scalars(
                select(Affiliation)
                .where(Affiliation.person_id == person.id)
                .order_by(Affiliation.start)
            )
        ]
        contacts = [
            (
                i.occurred_at,
                words("channel", i.channel),
                i.officer.name if i.officer else None,
                [o.name for o in i.organisations],
                i.summary,
                i.notes,
                i.follow_up_on,
            )
            for i in _interactions_of(session, person)
        ]
        names = naming(session, person)
        mentions = [
            (
                _RECORD_NL.get(m.entity, m.entity),
                m.record_id,
                _FIELD_NL.get(m.field, m.field),
                m.text,
            )
            for m in find_mentions(session, person, names)
        ]
        audit = [
            (
                _local(e.at),
                e.officer,
                _RECORD_NL.get(e.entity, e.entity),
                e.record_id,
                _ACTION_NL.get(e.action, e.action),
                _FIELD_NL.get(e.field or "", e.field),
                e.old,
                e.new,
            )  # fmt: skip
            for e in _audit_about(session, person) + _audit_mentions(session, person, names)
        ]
    if progress:
        progress(2, 5, "")
    sheets: list[tuple[str, list[str], list[tuple[Any, ...]]]] = [
        ("Persoon", ["Gegeven", "Waarde"], person_rows),
        ("Rollen", ["Organisatie", "Rol", "Begin", "Einde", "In prullenbak"], roles),
        (
            "Contactmomenten",
            [
                "Datum",
                "Kanaal",
                "Medewerker",
                "Organisaties",
                "Samenvatting",
                "Notities",
                "Vervolg op",
            ],
            contacts,
        ),
        ("Vermeldingen", ["Soort record", "Record", "Veld", "Tekst"], mentions),
        (
            "Wijzigingen",
            [
                "Datum",
                "Medewerker",
                "Soort record",
                "Record",
                "Actie",
                "Veld",
                "Oud",
                "Nieuw",
            ],
            audit,
        ),
    ]
    with atomic_private_file(target) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"remove_timezone": True})
        head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        date_fmt = book.add_format({"num_format": "dd-mm-yyyy"})
        dt_fmt = book.add_format({"num_format": "dd-mm-yyyy hh:mm"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        for n, (title, headers, rows) in enumerate(sheets, start=1):
            ws = book.add_worksheet(title)
            ws.write_row(0, 0, headers, head)
            ws.freeze_panes(1, 0)
            widths = [len(h) + 2 for h in headers]
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row):
                    value = _cell(value)
                    if isinstance(value, dt.datetime):
                        ws.write_datetime(r, c, value, dt_fmt)
                        widths[c] = max(widths[c], 17)
                    elif isinstance(value, dt.date):
                        ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_fmt)
                        widths[c] = max(widths[c], 11)
                    elif isinstance(value, bool):
                        ws.write(r, c, "ja" if value else "nee")
                    elif value is None:
                        ws.write_blank(r, c, None)
                    elif isinstance(value, int):
                        # a record number as a number: as text Excel flagged every one of
                        # them ("number stored as text") and sorted 10 before 9
                        ws.write_number(r, c, value)
                    else:
                        text_value = str(value)
                        ws.write_string(r, c, text_value, wrap if len(text_value) > 60 else None)
                        widths[c] = max(widths[c], min(60, len(text_value) + 2))
            for c, w in enumerate(widths):
                ws.set_column(c, c, w)
            if progress:
                progress(2 + n * 3 // len(sheets), 5, "")
        book.close()
    return target


# --- forget -----------------------------------------------------------------


@dataclass
class ForgetPreview:
    """What :func:`forget_person` would erase, for a confirmation that names it."""

    person_id: int
    name: str
    email: str | None
    phone: str | None
    has_notes: bool
    audit_entries: int  # their own audit entries whose values are erased
    mentions: list[Mention] = field(default_factory=list)
    audit_mentions: int = 0  # other records' audit entries naming them
    interactions_kept: int = 0
    roles_kept: int = 0
    already_forgotten: bool = False


def forget_preview(session: Session, person_id: int | str) -> ForgetPreview:
    person = _person(session, person_id)
    names = naming(session, person)
    own = [
        e
        for e in _audit_about(session, person)
        if e.entity == "person" and e.field in PERSONAL_FIELDS
    ]
    return ForgetPreview(
        person_id=person.id,
        name=person.full_name,
        email=person.email,
        phone=person.phone,
        has_notes=bool(person.notes),
        audit_entries=len(own),
        mentions=find_mentions(session, person, names),
        audit_mentions=len(_audit_mentions(session, person, names)),
        interactions_kept=len(_interactions_of(session, person)),
        roles_kept=session.scalar(
            select(func.count()).select_from(Affiliation).where(Affiliation.person_id == person.id)
        )
        or 0,
        already_forgotten=person.forgotten_at is not None,
    )


@dataclass(frozen=True)
class ForgetReport:
    person_id: int
    person_uuid: str
    fields_cleared: int
    audit_entries_redacted: int
    mentions_replaced: int
    #: The same split as :class:`ForgetPreview`'s, so the report matches the question.
    own_history_values: int = 0  # their own audit entries erased
    history_mentions: int = 0  # other records' audit entries naming them


def _replace(pattern: re.Pattern[str] | None, value: str | None) -> str | None:
    return pattern.sub(REMOVED_NAME, value) if value and pattern is not None else value


def _bump(session: Session, obj: Any, now: dt.datetime) -> None:
    # Not records.update: its audit entry would copy the name right back into the trail.
    obj.version += 1
    obj.updated_at = now
    obj.updated_by = records.officer_of(session)


def forget_in(session: Session, person_id: int | str) -> ForgetReport:
    """The erasure inside a caller's write session (see :func:`forget_person`)."""
    person = _person(session, person_id)
    if person.forgotten_at is not None:
        raise PrivacyError("This person's data has already been removed.")
    names = naming(session, person)
    now = utcnow()
    # (their earlier addresses, numbers and names too: read before step 2 erases them)
    marks = erasure.marks_of(session, person)
    # 1. Other records' free text and their audit values that name the person.
    mentions = find_mentions(session, person, names)
    touched: set[tuple[str, int]] = set()
    for m in mentions:
        obj = session.get(records.entity_class(m.entity), m.record_id)
        pattern = names.pattern_for(m.entity, m.record_id)
        if obj is None:
            continue
        if _is_contact_field(m.entity, m.field):
            setattr(obj, m.field, None)  # their address or number, as the whole value
        elif pattern is None:
            continue
        else:
            setattr(obj, m.field, _replace(pattern, getattr(obj, m.field)))
        if (m.entity, m.record_id) not in touched and obj is not person:
            _bump(session, obj, now)
            touched.add((m.entity, m.record_id))
    audit_mentions = _audit_mentions(session, person, names)
    for e in audit_mentions:
        pattern = names.pattern_for(e.entity, e.record_id)
        e.old = _replace(pattern, e.old)  # type: ignore[arg-type]
        e.new = _replace(pattern, e.new)  # type: ignore[arg-type]
    # 2. Their own audit entries: personal values erased outright.
    redacted = 0
    for e in _audit_about(session, person):
        if e.entity == "person" and e.field in PERSONAL_FIELDS:
            e.old = REDACTED if e.old is not None else None
            e.new = REDACTED if e.new is not None else None
            redacted += 1
    # 3. The person: name and contact details gone, the row (and what hangs on it) stays;
    # fingerprints of how an import would recognise them keep them from coming back.
    erasure.remember(session, marks, now)
    cleared = sum(1 for f in PERSONAL_FIELDS if getattr(person, f))
    person.given_name = ""
    person.infix = ""
    person.family_name = REMOVED_NAME
    person.email = None
    person.phone = None
    person.notes = None
    person.forgotten_at = now
    _bump(session, person, now)
    session.flush()
    # 4. An audit entry that says it happened, without saying who it was about.
    records.audit(session, person, "forget", at=now)
    session.flush()
    _purge_search_index(session, person.id, touched)
    return ForgetReport(
        person_id=person.id,
        person_uuid=person.uuid,
        fields_cleared=cleared,
        audit_entries_redacted=redacted + len(audit_mentions),
        mentions_replaced=len(mentions),
        own_history_values=redacted,
        history_mentions=len(audit_mentions),
    )


def _purge_search_index(
    session: Session, person_id: int, touched: Iterable[tuple[str, int]]
) -> None:
    """Re-index what changed and merge FTS segments so deleted terms leave the index files."""
    try:
        from liaison.storage import search_index
    except ImportError:  # pragma: no cover - the index module ships with the core
        return
    by_entity: dict[str, set[int]] = {"person": {person_id}}
    for entity, record_id in touched:
        by_entity.setdefault(entity, set()).add(record_id)
    for entity, ids in by_entity.items():
        search_index.index_records(session, entity, ids)
    if search_index.is_sqlite(session):
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))


def forget_person(db: Database, person_id: int | str) -> ForgetReport:
    """Erase one person's identifying data everywhere, in one transaction (see module doc)."""
    sqlite = db.engine.dialect.name == "sqlite"
    with db.session_scope() as session:
        if sqlite:
            session.execute(text("PRAGMA secure_delete = ON"))
        try:
            report = forget_in(session, person_id)
        finally:
            if sqlite:
                session.execute(text("PRAGMA secure_delete = OFF"))
    if sqlite:
        # Old page images live on in the WAL until a checkpoint; fold them in and empty it.
        # A colleague's open read can hold the checkpoint up: wait a second at most (the
        # WAL is then emptied by a later checkpoint), not the 15 s busy timeout.
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 1000")
            try:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return report


# --- forgotten stays forgotten, also after a restore ------------------------------


def forgotten_uuids(path: Path) -> set[str]:
    """The uuids of the people forgotten in the database file at ``path`` (best effort).

    Read before a restore replaces that file: a backup made before a forget still
    holds the person, and restoring it must not bring them back.
    """
    import sqlite3

    try:
        conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        rows = conn.execute("SELECT uuid FROM person WHERE forgotten_at IS NOT NULL")
        return {str(r[0]) for r in rows}
    except sqlite3.Error:  # damaged, or older than the privacy columns
        return set()
    finally:
        conn.close()


def _known_unforgotten(path: Path, uuids: set[str]) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(person)")}
        where = "forgotten_at IS NULL AND " if "forgotten_at" in columns else ""
        found: list[str] = []
        listed = sorted(uuids)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT uuid FROM person WHERE {where}uuid IN ({marks})"
            found.extend(str(r[0]) for r in conn.execute(sql, chunk))
        return sorted(found)
    finally:
        conn.close()


def forget_again(path: Path, uuids: set[str], officer: str | None = None) -> list[str]:
    """Forget, in the database file at ``path`` (a restore's new file, before it is put
    in place), everyone in ``uuids`` it still knows; returns their uuids.

    Works on the file directly (no open check, no backup of it): it is a private temp
    file that becomes the database only when this is done, so a restore killed at any
    moment never leaves the forgotten person in the database.
    """
    if not uuids:
        return []
    present = _known_unforgotten(path, uuids)
    if not present:
        return []
    import sqlite3

    from liaison.storage.db import DEFAULT_OFFICER, make_engine, resolve_url
    from liaison.storage.migrate import upgrade_to_head

    url = resolve_url(path)
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)  # a backup older than the privacy columns
        db = Database(url=url, engine=engine, officer=officer or DEFAULT_OFFICER)
        for uuid in present:
            forget_person(db, uuid)
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)  # one self-contained file again, as the backup was
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return present


# --- retention review -------------------------------------------------------


@dataclass(frozen=True)
class RetentionCandidate:
    id: int
    uuid: str
    name: str
    last_contact: dt.datetime | None
    last_role_end: dt.date | None
    created_at: dt.datetime
    kept_on: dt.date | None
    legal_basis: str
    #: In the trash: deleted in the app, yet every personal detail is still stored there
    #: (nothing empties the trash), so the review must show them too.
    in_trash: bool = False


def retention_months(session: Session) -> int:
    """The team's retention period in months (setting, default 24)."""
    value = session.scalar(select(Setting.value).where(Setting.key == RETENTION_SETTING))
    try:
        months = int(value) if value is not None else DEFAULT_RETENTION_MONTHS
    except ValueError:
        months = DEFAULT_RETENTION_MONTHS
    return months if months > 0 else DEFAULT_RETENTION_MONTHS


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (clamped to the month's last day)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def retention_candidates(
    session: Session, months: int | None = None, *, today: dt.date | None = None
) -> list[RetentionCandidate]:
    """People with no current role and no contact for ``months``, due for review.

    Left out: people added within the period, people kept at a review within
    it, people already forgotten. People in the trash are listed (``in_trash``):
    their data is still stored, and only a forget removes it.
    """
    if months is None:
        months = retention_months(session)
    if months < 1:
        raise ValidationError("The retention period must be at least one month.", field="months")
    today = today or dt.date.today()
    cutoff_day = months_before(today, months)
    cutoff = dt.datetime.combine(cutoff_day, dt.time())
    current_role = exists().where(
        Affiliation.person_id == Person.id,
        Affiliation.deleted_at.is_(None),
        or_(Affiliation.end.is_(None), Affiliation.end >= today),
    )
    last_contact = (
        select(func.max(Interaction.occurred_at))
        .join(interaction_person, interaction_person.c.interaction_id == Interaction.id)
        .where(interaction_person.c.person_id == Person.id, Interaction.deleted_at.is_(None))
        .scalar_subquery()
    )
    last_role_end = (
        select(func.max(Affiliation.end))
        .where(Affiliation.person_id == Person.id, Affiliation.deleted_at.is_(None))
        .scalar_subquery()
    )
    stmt = (
        select(Person, last_contact.label("last_contact"), last_role_end.label("last_role_end"))
        .where(
            Person.forgotten_at.is_(None),
            Person.created_at < cutoff,
            or_(Person.retention_kept_on.is_(None), Person.retention_kept_on < cutoff_day),
            ~current_role,
            or_(last_contact.is_(None), last_contact < cutoff),
        )
        .order_by(Person.sort_key)
    )
    return [
        RetentionCandidate(
            id=p.id,
            uuid=p.uuid,
            name=p.full_name,
            last_contact=lc,
            last_role_end=le,
            created_at=p.created_at,
            kept_on=p.retention_kept_on,
            legal_basis=p.legal_basis,
            in_trash=p.deleted_at is not None,
        )
        for p, lc, le in session.execute(stmt)
    ]


def keep(session: Session, person: Person | int | str, *, today: dt.date | None = None) -> Person:
    """Mark a person as reviewed and kept: off the review list for another period (audited)."""
    person_id = person.id if isinstance(person, Person) else person
    day = today or dt.date.today()
    found = _person(session, person_id)
    if found.deleted_at is None:
        return records.update(session, Person, found.id, None, retention_kept_on=day)
    # in the trash (records.update reaches live records only): the same change, audited
    old, found.retention_kept_on = found.retention_kept_on, day
    _bump(session, found, utcnow())
    session.flush()
    records.audit(session, found, "update", "retention_kept_on", old, day)
    return found


def find_people(session: Session, text: str, limit: int = 12) -> list[tuple[int, str, bool]]:
    """(id, name, in the trash) of the people whose name matches ``text``, for a privacy
    request: people in the trash are found too — their data is still stored."""
    from liaison.services.relations import person_name_matches

    matches = person_name_matches(text, email=True)
    if matches is None:
        return []
    stmt = select(Person).where(Person.forgotten_at.is_(None), *matches)
    stmt = stmt.order_by(Person.deleted_at.is_not(None), Person.sort_key).limit(limit)
    return [(p.id, p.full_name, p.deleted_at is not None) for p in session.scalars(stmt)]
