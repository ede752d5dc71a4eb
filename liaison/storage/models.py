"""The data model: typed SQLAlchemy 2.x declarative classes.

Every user-facing record shares :class:`RecordMixin`: an integer primary key
for fast joins, a stable UUID that travels between colleagues' databases,
who/when stamps, a version column for optimistic locking and a soft-delete
marker (the trash). Enumerations are stored as short strings so that the
database stays readable and portable to PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
    validates,
)
from sqlalchemy.types import TypeDecorator

from liaison.text import name_key, person_sort_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store UTC and say so."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def local_time(stamp: dt.datetime) -> dt.datetime:
    """A stored stamp (naive UTC, see :func:`utcnow`) as the officer's wall-clock time."""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone()


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def key_text(length: int) -> Any:
    """Text of a derived sort key, compared byte by byte on every database.

    The keys are folded text with separators (a person's is ``family␟given␟infix``)
    made for SQLite's code-point order. A server's Dutch or English collation skips
    the separators, so 'Bergen, Anna' sorted between 'Berg, Anna' and 'Berg, Jan'
    (migration 0001 gives these columns the "C" collation on PostgreSQL).
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Money(TypeDecorator[Decimal]):
    """Euros as Decimal in Python, whole cents as an integer in the database.

    Integer cents are exact on every backend (SQLite has no decimal type) and
    SUM() over them stays exact too.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        cents = (Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return int(cents)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


# --- enumerations -----------------------------------------------------------


class OrganisationKind(StrEnum):
    INITIATIVE = "initiative"
    FUND = "fund"
    COMPANY = "company"
    WELFARE = "welfare"
    HOUSING = "housing"
    MUNICIPALITY = "municipality"
    EDUCATION = "education"
    FAITH = "faith"
    OTHER = "other"


class OrganisationStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class Role(StrEnum):
    INITIATOR = "initiator"
    CONTACT = "contact"
    VOLUNTEER = "volunteer"
    BOARD = "board"
    STAFF = "staff"
    LIAISON = "liaison"


class SupportKind(StrEnum):
    FINANCIAL = "financial"
    IN_KIND = "in_kind"
    BROKERING = "brokering"
    MEDIA = "media"
    SPACE = "space"
    VOLUNTEERS = "volunteers"
    EXPERTISE = "expertise"
    OTHER = "other"


class CommitmentStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ENDED = "ended"
    DECLINED = "declined"
    RENEWED = "renewed"


#: Commitment statuses that count as support the initiative has now (the running term of
#: renewed support is 'renewed').
CURRENT_COMMITMENT_STATUSES = (CommitmentStatus.ACTIVE.value, CommitmentStatus.RENEWED.value)


class Channel(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    EMAIL = "email"
    MESSAGE = "message"
    EVENT = "event"


class LegalBasis(StrEnum):
    """Grounds under the AVG/GDPR (art. 6) for holding a resident's data."""

    CONSENT = "consent"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    UNKNOWN = "unknown"


def enum_column(enum: type[StrEnum], default: StrEnum | None = None, **kw: Any) -> Any:
    """A short string column whose allowed values are the enum's (checked in Python)."""
    return mapped_column(
        String(24),
        default=default.value if default is not None else None,
        info={"enum": enum},
        **kw,
    )


# --- shared columns ---------------------------------------------------------


class RecordMixin:
    """Columns every user-facing record carries (see module docstring)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(120))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    deleted_by: Mapped[str | None] = mapped_column(String(120))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    # Not an ORM version_id_col: services check the version a user *saw*
    # (services.records.update), which is what catches a colleague's edit.

    #: Whether ``deleted_at`` gets an index of its own. A table whose list index
    #: leads with ``deleted_at`` sets this False: that index already finds the
    #: live rows (and the trash), and every index costs time on every insert.
    index_deleted_at = True

    @declared_attr
    def deleted_at(cls) -> Mapped[dt.datetime | None]:
        return mapped_column(DateTime, index=cls.index_deleted_at)


# --- reference data ---------------------------------------------------------


class Officer(RecordMixin, Base):
    """A user of the app: logs contacts and owns relationships."""

    __tablename__ = "officer"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Neighbourhood(RecordMixin, Base):
    """A wijk within a gebied (district) of a city; shipped as data, editable."""

    __tablename__ = "neighbourhood"
    __table_args__ = (UniqueConstraint("city", "district", "name", name="uq_neighbourhood_place"),)

    name: Mapped[str] = mapped_column(String(120))
    district: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(120), default="Rotterdam")


class Tag(RecordMixin, Base):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(80), unique=True)


organisation_tag = Table(
    "organisation_tag",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

interaction_organisation = Table(
    "interaction_organisation",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organisation_id",
        ForeignKey("organisation.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Index("ix_interaction_organisation_org_interaction", "organisation_id", "interaction_id"),
)

interaction_person = Table(
    "interaction_person",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)


# --- the domain -------------------------------------------------------------


class Organisation(RecordMixin, Base):
    """Anything with a name that is not a person; ``kind`` says which."""

    __tablename__ = "organisation"
    __table_args__ = (
        Index("ix_organisation_kind_name", "kind", "name_key"),
        Index("ix_organisation_live_kind_name", "deleted_at", "kind", "name_key"),  # lists
        # The signals read every live initiative's name from the index alone (0006).
        Index("ix_organisation_live_kind_status_name", "deleted_at", "kind", "status", "name"),
    )
    index_deleted_at = False  # ix_organisation_live_kind_name leads with it (0007)

    name: Mapped[str] = mapped_column(String(200))
    # Normalised name (case, spacing, punctuation, accents) for duplicate checks.
    name_key: Mapped[str] = mapped_column(key_text(200), index=True, default="")
    kind: Mapped[str] = enum_column(OrganisationKind, OrganisationKind.INITIATIVE)
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="SET NULL"), index=True
    )
    address: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = enum_column(OrganisationStatus, OrganisationStatus.ACTIVE)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="SET NULL"), index=True
    )

    neighbourhood: Mapped[Neighbourhood | None] = relationship(lazy="joined")
    owner: Mapped[Officer | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=organisation_tag, order_by="Tag.name")
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="organisation", foreign_keys="Affiliation.organisation_id"
    )

    @validates("name")
    def _keep_name_key(self, _key: str, value: str) -> str:
        value = (value or "").strip()
        self.name_key = name_key(value)
        return value


#: Person fields that identify someone: emptied when a person is forgotten (AVG), and never
#: filled in again on that record (not by an edit, not by re-importing an older export).
PERSONAL_FIELDS = ("given_name", "infix", "family_name", "email", "phone", "notes")


class Person(RecordMixin, Base):
    """A human. ``sort_key`` ignores the infix: "Gerrit van den Berg" sorts under B."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_live_sort", "deleted_at", "sort_key"),)  # lists
    index_deleted_at = False  # ix_person_live_sort leads with it (0007)

    given_name: Mapped[str] = mapped_column(String(120), default="")
    infix: Mapped[str] = mapped_column(String(40), default="")
    family_name: Mapped[str] = mapped_column(String(120), default="")
    sort_key: Mapped[str] = mapped_column(key_text(300), index=True, default="")
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhood.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str] = enum_column(LegalBasis, LegalBasis.UNKNOWN)
    data_source: Mapped[str | None] = mapped_column(String(300))
    # Privacy (liaison.trust.privacy): when the person's data was erased on request,
    # and when a retention review last decided to keep them.
    forgotten_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    retention_kept_on: Mapped[dt.date | None] = mapped_column(Date)

    neighbourhood: Mapped[Neighbourhood | None] = relationship(lazy="joined")
    affiliations: Mapped[list[Affiliation]] = relationship(back_populates="person")

    @validates("given_name", "infix", "family_name")
    def _keep_sort_key(self, key: str, value: str | None) -> str:
        value = (value or "").strip()
        parts = {
            "given_name": self.given_name or "",
            "infix": self.infix or "",
            "family_name": self.family_name or "",
        }
        parts[key] = value
        self.sort_key = person_sort_key(parts["given_name"], parts["infix"], parts["family_name"])
        return value

    @property
    def full_name(self) -> str:
        """The name as written: given name, infix, family name."""
        return " ".join(p for p in (self.given_name, self.infix, self.family_name) if p)


class Affiliation(RecordMixin, Base):
    """A person's role at an organisation, over time."""

    __tablename__ = "affiliation"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = enum_column(Role, Role.CONTACT)
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship(back_populates="affiliations")


class Commitment(RecordMixin, Base):
    """Support from a partner organisation to an initiative."""

    __tablename__ = "commitment"
    __table_args__ = (
        Index("ix_commitment_renew_by", "renew_by"),
        Index("ix_commitment_end", "end"),
        Index("ix_commitment_live_renew_by", "deleted_at", "renew_by"),  # lists
        # Covering index for the signals' support and municipal-support queries (0006).
        Index(
            "ix_commitment_partner_support",
            "partner_id",
            "initiative_id",
            "status",
            "start",
            "end",
            "structural",
            "amount",
            "deleted_at",
        ),
    )
    index_deleted_at = False  # ix_commitment_live_renew_by leads with it (0007)

    # No index of its own: ix_commitment_partner_support leads with it, which also
    # serves the cascade when an organisation is deleted (0007).
    partner_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = enum_column(SupportKind, SupportKind.FINANCIAL)
    amount: Mapped[Decimal | None] = mapped_column(Money, info={"money": True})
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    renew_by: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = enum_column(CommitmentStatus, CommitmentStatus.ACTIVE)
    structural: Mapped[bool] = mapped_column(Boolean, default=False)
    officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Organisation] = relationship(foreign_keys=[partner_id])
    initiative: Mapped[Organisation] = relationship(foreign_keys=[initiative_id])
    officer: Mapped[Officer | None] = relationship()


class Interaction(RecordMixin, Base):
    """An entry in the contact log."""

    __tablename__ = "interaction"
    __table_args__ = (
        # Covering indexes for the signals and the agenda (migration 0004).
        Index("ix_interaction_live_occurred", "deleted_at", "occurred_at"),
        Index("ix_interaction_open_follow_up", "follow_up_done", "deleted_at", "follow_up_on"),
    )
    index_deleted_at = False  # ix_interaction_live_occurred leads with it (0007)

    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = enum_column(Channel, Channel.CALL)
    officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officer.id", ondelete="SET NULL"), index=True
    )
    summary: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)

    officer: Mapped[Officer | None] = relationship()
    # In id order: SQLite gave that order through the link table's key, other databases
    # gave any order (so an entry's organisations came out differently on PostgreSQL).
    organisations: Mapped[list[Organisation]] = relationship(
        secondary=interaction_organisation, order_by="Organisation.id"
    )
    people: Mapped[list[Person]] = relationship(secondary=interaction_person, order_by="Person.id")


# --- bookkeeping ------------------------------------------------------------


class ImportBatch(Base):
    """One import of one file; records and audit entries point here so it can be undone."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    sheet: Mapped[str | None] = mapped_column(String(200))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str | None] = mapped_column(String(120))
    summary: Mapped[str | None] = mapped_column(Text)  # JSON of the import report counts
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(120))


class AuditEntry(Base):
    """One field change (or a create/delete/restore) of one record, old → new."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "entity", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    officer: Mapped[str | None] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, restore, forget
    field: Mapped[str | None] = mapped_column(String(80))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )


class Setting(Base):
    """Team-wide settings (signal thresholds…) that travel with the database."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ErasureMark(Base):
    """A one-way fingerprint of how a forgotten person could be recognised (AVG art. 17).

    Kept when a person is forgotten at their request (an e-mail address, a phone
    number, their name at an organisation), so that an import of a colleague's
    sheet does not bring them back as a new person. The key is a hash
    (liaison.trust.erasure): nothing here tells who it was.
    """

    __tablename__ = "erasure_mark"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    forgotten_at: Mapped[dt.datetime] = mapped_column(DateTime)


#: Derived per-organisation contact dates for the signals, kept in step by SQLite
#: triggers and rebuildable at any time (migration 0006, liaison.storage.contact_summary).
contact_summary = Table(
    "contact_summary",
    Base.metadata,
    Column(
        "organisation_id",
        ForeignKey("organisation.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("last_contact_at", DateTime),
    Column("last_municipal_contact_at", DateTime),
)


#: Entity name (as used by services, audit entries and the CLI) → model class.
ENTITIES: dict[str, type[RecordMixin]] = {
    "organisation": Organisation,
    "person": Person,
    "affiliation": Affiliation,
    "commitment": Commitment,
    "interaction": Interaction,
    "neighbourhood": Neighbourhood,
    "officer": Officer,
    "tag": Tag,
}
