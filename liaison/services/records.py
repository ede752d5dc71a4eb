"""Create, update, trash and restore any record — stamped, versioned and audited.

Every write in Liaison goes through these functions (or, for bulk work, through
:func:`audit` directly), so every change says who made it and when, bumps the
record's version, and leaves an :class:`AuditEntry` per field (old → new).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Date, DateTime, Select, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import InstrumentedAttribute

from liaison.errors import NotFoundError, StaleRecordError, ValidationError
from liaison.storage.models import (
    ENTITIES,
    PERSONAL_FIELDS,
    Affiliation,
    AuditEntry,
    Commitment,
    Organisation,
    Person,
    RecordMixin,
    Tag,
    utcnow,
)

R = TypeVar("R", bound=RecordMixin)

#: Columns the services manage themselves; a caller cannot set them.
BOOKKEEPING = frozenset(
    {
        "id",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "version",
        "deleted_at",
        "deleted_by",
        "import_batch_id",
    }
)
#: Derived columns, kept in step by the models' validators; never audited.
DERIVED = frozenset({"name_key", "sort_key"})


def officer_of(session: Session) -> str | None:
    """The acting officer, stamped on the session by ``Database.session``."""
    return session.info.get("officer")


def entity_name(obj_or_cls: RecordMixin | type[RecordMixin]) -> str:
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    return cls.__tablename__  # type: ignore[attr-defined,no-any-return]


def entity_class(name: str) -> type[RecordMixin]:
    try:
        return ENTITIES[name]
    except KeyError:
        raise ValidationError(f"'{name}' is not a kind of record Liaison keeps.") from None


# --- values as text (audit trail) ------------------------------------------


def to_text(value: Any) -> str | None:
    """A stable text form for the audit trail (ISO dates, plain decimals)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, RecordMixin):
        return value.uuid
    if isinstance(value, list | tuple | set):
        return "; ".join(sorted(str(to_text(v)) for v in value))
    return str(value)


def from_text(cls: type[RecordMixin], field: str, text: str | None) -> Any:
    """Inverse of :func:`to_text` for a column, so history can be restored field by field."""
    if text is None:
        return None
    column = inspect(cls).columns[field]
    python_type: Any
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = str
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(text)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(text)
    if python_type is bool:
        return text == "true"
    if python_type is int:
        return int(text)
    if python_type is Decimal:
        return Decimal(text)
    return text


# --- validation ------------------------------------------------------------


def _check_value(cls: type[RecordMixin], field: str, value: Any) -> Any:
    """Normalise a value for a column: enums checked, money made Decimal, text trimmed."""
    column = inspect(cls).columns.get(field)
    if column is None:
        return value
    enum = column.info.get("enum")
    if enum is not None and value is not None:
        try:
            return enum(value).value
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise ValidationError(
                f"'{value}' is not a valid {field} (choose from {allowed}).", field=field
            ) from None
    if column.info.get("money") and value is not None:
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise ValidationError(f"'{value}' is not an amount in euros.", field=field) from None
        if not amount.is_finite() or amount < 0:
            raise ValidationError(f"'{value}' is not an amount in euros.", field=field)
        return amount.quantize(Decimal("0.01"))
    if isinstance(value, str):
        # A NUL (pasted, or from a script) is never meant: PostgreSQL refuses text with one
        value = (value.replace("\x00", "") if "\x00" in value else value).strip()
        if value == "" and column.nullable:
            return None
        if value == "" and column.default is None:  # a name of only spaces is no name
            raise ValidationError(f"{field} cannot be empty.", field=field)
        _check_length(field, value, column.type)
    if value is None and not column.nullable and column.default is None:
        raise ValidationError(f"{field} cannot be empty.", field=field)
    return value


def _check_length(field: str, value: str, type_: Any) -> None:
    """Refuse text longer than its column: PostgreSQL refuses it (a crash there), SQLite
    stored it, and then an export of the database could not be imported again."""
    length = getattr(type_, "length", None)
    if length is not None and len(value) > length:
        raise ValidationError(f"{field} can be at most {length} characters long.", field=field)


def _settable_fields(cls: type[RecordMixin]) -> set[str]:
    mapper = inspect(cls)
    columns = {c.key for c in mapper.column_attrs}
    relations = {r.key for r in mapper.relationships}
    return (columns | relations) - BOOKKEEPING - DERIVED - {"uuid"}


def _apply(obj: RecordMixin, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set values on obj; return {field: (old, new)} for those that really changed."""
    cls = type(obj)
    allowed = _settable_fields(cls)
    changes: dict[str, tuple[Any, Any]] = {}
    for field, raw in values.items():
        if field not in allowed:
            raise ValidationError(f"'{field}' is not a field of {entity_name(cls)}.", field=field)
        value = _check_value(cls, field, raw)
        old = getattr(obj, field)
        if isinstance(old, list):
            old_text, new_text = to_text(old), to_text(list(value or []))
            if old_text != new_text:
                setattr(obj, field, list(value or []))
                changes[field] = (old_text, new_text)
            continue
        if old != value:
            setattr(obj, field, value)
            changes[field] = (old, getattr(obj, field))
    return changes


# --- audit -----------------------------------------------------------------


def audit(
    session: Session,
    obj: RecordMixin,
    action: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    *,
    batch_id: int | None = None,
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Record one change; the record must have been flushed (it needs its id)."""
    if obj.id is None:
        session.flush()
    entry = AuditEntry(
        at=at or utcnow(),
        officer=officer_of(session),
        entity=entity_name(obj),
        record_id=obj.id,
        record_uuid=obj.uuid,
        action=action,
        field=field,
        old=to_text(old),
        new=to_text(new),
        import_batch_id=batch_id,
    )
    session.add(entry)
    return entry


def history(session: Session, obj: RecordMixin) -> list[AuditEntry]:
    """Every audit entry of one record, oldest first."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity_name(obj), AuditEntry.record_id == obj.id)
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return list(session.scalars(stmt))


# --- reading ---------------------------------------------------------------


def live(stmt: Select[Any], cls: type[RecordMixin]) -> Select[Any]:
    """Restrict a select to records that are not in the trash."""
    return stmt.where(cls.deleted_at.is_(None))


def get(session: Session, cls: type[R], key: int | str, *, include_deleted: bool = False) -> R:
    """A record by integer id or UUID; NotFoundError if absent (or trashed)."""
    obj: R | None
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        obj = session.get(cls, int(key))
    else:
        obj = session.scalars(select(cls).where(cls.uuid == str(key))).first()
    if obj is None or (obj.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"There is no {entity_name(cls)} with id {key}.")
    return obj


def get_for_write(
    session: Session, cls: type[R], key: int | str, *, include_deleted: bool = False
) -> R:
    """:func:`get` for a write that checks the version first: the row is locked till commit.

    On SQLite a write scope's BEGIN IMMEDIATE already keeps other writers out. A
    server (PostgreSQL) lets two colleagues' transactions read the same version at
    once, and the second save then silently overwrote the first; ``SELECT … FOR
    UPDATE`` makes it wait for the first commit and read the version it left.
    """
    obj = get(session, cls, key, include_deleted=include_deleted)
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(cls.id).where(cls.id == obj.id).with_for_update())
        session.refresh(obj)  # the version (and the rest) as the lock holder left it
        if obj.deleted_at is not None and not include_deleted:
            raise NotFoundError(f"There is no {entity_name(cls)} with id {key}.")
    return obj


def snapshot(obj: RecordMixin) -> dict[str, Any]:
    """The record's column values as plain Python values."""
    return {c.key: getattr(obj, c.key) for c in inspect(type(obj)).column_attrs}


# --- writing ---------------------------------------------------------------


def _stamp(session: Session, obj: RecordMixin, now: dt.datetime) -> None:
    obj.updated_at = now
    obj.updated_by = officer_of(session)


def create(
    session: Session,
    cls: type[R],
    *,
    uuid: str | None = None,
    batch_id: int | None = None,
    **values: Any,
) -> R:
    """Create a record and audit every field it was given."""
    now = utcnow()
    obj = cls()
    if uuid is not None:
        try:
            uuid_mod.UUID(uuid)
        except ValueError:
            raise ValidationError(f"'{uuid}' is not a valid record id.", field="uuid") from None
        obj.uuid = uuid
    obj.created_at = now
    obj.created_by = officer_of(session)
    obj.version = 1
    obj.import_batch_id = batch_id
    _stamp(session, obj, now)
    changes = _apply(obj, values)
    session.add(obj)
    session.flush()
    audit(session, obj, "create", batch_id=batch_id, at=now)
    for field, (_old, new) in changes.items():
        if new is not None and new != "":
            audit(session, obj, "update", field, None, new, batch_id=batch_id, at=now)
    return obj


def update(
    session: Session,
    cls: type[R],
    key: int | str,
    expected_version: int | None,
    *,
    batch_id: int | None = None,
    **values: Any,
) -> R:
    """Change fields of a record the user saw at ``expected_version``.

    If a colleague saved the record since (its version moved on), raise
    :class:`StaleRecordError` carrying the current values; nothing is written.
    ``expected_version=None`` skips the check (imports, which merge instead).
    """
    obj = get_for_write(session, cls, key)
    if expected_version is not None and obj.version != expected_version:
        who = obj.updated_by or "someone"
        raise StaleRecordError(
            f"{who} changed this {entity_name(cls)} after you opened it; "
            "reload it or keep your version.",
            current=snapshot(obj),
        )
    if getattr(obj, "forgotten_at", None) is not None:
        _refuse_personal_data(obj, values)
    changes = _apply(obj, values)
    if not changes:
        return obj
    now = utcnow()
    _stamp(session, obj, now)
    obj.version += 1
    for field, (old, new) in changes.items():
        audit(session, obj, "update", field, old, new, batch_id=batch_id, at=now)
    session.flush()
    return obj


def _refuse_personal_data(obj: RecordMixin, values: dict[str, Any]) -> None:
    """A forgotten person's record never gets their personal details back (AVG)."""
    for field in PERSONAL_FIELDS:
        if (
            field in values
            and values[field] not in (None, "")
            and values[field] != getattr(obj, field)
        ):
            raise ValidationError(
                "This person was forgotten at their request; their personal details "
                "cannot be filled in again (add them as a new person if they agree to it).",
                field=field,
            )


def _dependents(session: Session, obj: RecordMixin) -> list[RecordMixin]:
    """Records that make no sense without obj and go to the trash with it."""
    if isinstance(obj, Organisation):
        stmt_a = select(Affiliation).where(Affiliation.organisation_id == obj.id)
        stmt_c = select(Commitment).where(
            (Commitment.partner_id == obj.id) | (Commitment.initiative_id == obj.id)
        )
        return [*session.scalars(stmt_a), *session.scalars(stmt_c)]
    if isinstance(obj, Person):
        return list(session.scalars(select(Affiliation).where(Affiliation.person_id == obj.id)))
    return []


def delete(
    session: Session, cls: type[R], key: int | str, expected_version: int | None = None
) -> R:
    """Move a record (and what hangs on it) to the trash; :func:`restore` undoes it."""
    obj = get_for_write(session, cls, key)
    if expected_version is not None and obj.version != expected_version:
        raise StaleRecordError(
            f"{obj.updated_by or 'someone'} changed this {entity_name(cls)} after you opened it; "
            "reload it before deleting.",
            current=snapshot(obj),
        )
    now = utcnow()
    for item in [obj, *_dependents(session, obj)]:
        if item.deleted_at is not None:
            continue
        item.deleted_at = now
        item.deleted_by = officer_of(session)
        item.version += 1
        _stamp(session, item, now)
        audit(session, item, "delete", at=now)
    session.flush()
    return obj


def restore(session: Session, cls: type[R], key: int | str) -> R:
    """Bring a record back from the trash, with what was trashed along with it."""
    obj = get_for_write(session, cls, key, include_deleted=True)
    if obj.deleted_at is None:
        return obj
    gone = trashed_end(obj)
    if gone is not None:  # it would come back pointing at a record that is not there
        raise ValidationError(
            f"This {entity_name(cls)} cannot come back while '{gone}' is in the trash; "
            "restore that first."
        )
    when = obj.deleted_at
    now = utcnow()
    obj.deleted_at = None  # so that its dependents see this end as back
    for item in [obj, *_dependents(session, obj)]:
        if item is not obj:
            if item.deleted_at is None or trashed_end(item) is not None:
                continue  # live, or its other end is still in the trash: it waits for that
            if item.deleted_at != when and not _went_with_an_end(session, item):
                continue  # trashed on its own, earlier: stays in the trash
        item.deleted_at = None
        item.deleted_by = None
        item.version += 1
        _stamp(session, item, now)
        audit(session, item, "restore", at=now)
    session.flush()
    return obj


def _went_with_an_end(session: Session, item: RecordMixin) -> bool:
    """Whether a trashed role or support line went to the trash with its other end.

    Organisation O deleted (its role for person P with it), then P deleted: restoring
    O leaves the role waiting for P, and restoring P must then bring it back, though
    it went with O, not with P. O's last delete in the audit trail says so.
    """
    ends = _ends(item)
    for end in ends:
        if end is None or end.deleted_at is not None:
            continue
        last = session.scalar(
            select(AuditEntry.at)
            .where(
                AuditEntry.entity == entity_name(end),
                AuditEntry.record_id == end.id,
                AuditEntry.action == "delete",
            )
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(1)
        )
        if last == item.deleted_at:
            return True
    return False


def _ends(obj: RecordMixin) -> tuple[Any, ...]:
    """The two records a support line or role joins (empty for other records)."""
    if isinstance(obj, Commitment):
        return (obj.partner, obj.initiative)
    if isinstance(obj, Affiliation):
        return (obj.person, obj.organisation)
    return ()


def trashed_end(obj: RecordMixin) -> str | None:
    """The name of a record a support line or role points at that is in the trash."""
    for end in _ends(obj):
        if end is not None and end.deleted_at is not None:
            return str(getattr(end, "full_name", None) or getattr(end, "name", ""))
    return None


def trash(session: Session, cls: type[R]) -> list[R]:
    """Records of one kind in the trash, most recently deleted first."""
    stmt = select(cls).where(cls.deleted_at.is_not(None)).order_by(cls.deleted_at.desc())
    return list(session.scalars(stmt))


def tags_by_name(session: Session, names: Iterable[str]) -> list[Tag]:
    """Tags for the given names, creating the ones that do not exist yet.

    A name with ';' or ',' is refused: those separate labels in list cells and
    workbooks, so the label would come back from an export as two.
    """
    wanted = {n.strip(): n.strip().casefold() for n in names if n and n.strip()}
    if not wanted:
        return []
    for name in wanted:
        if ";" in name or "," in name:
            raise ValidationError(
                f"The label '{name}' cannot hold ';' or ','; those separate labels.",
                field="tags",
            )
        _check_length("tags", name, Tag.__table__.c.name.type)
    existing = {t.name.casefold(): t for t in session.scalars(select(Tag))}
    result = []
    for name, key in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = create(session, Tag, name=name)
            existing[key] = tag
        result.append(tag)
    return result


def column_attr(cls: type[RecordMixin], field: str) -> InstrumentedAttribute[Any]:
    return getattr(cls, field)  # type: ignore[no-any-return]
