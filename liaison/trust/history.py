"""Per-record history (who, when, field, old → new) and restoring one field's old value.

The audit trail (``AuditEntry``) already holds one row per field change; this
module reads it for one record — found by UUID even after the record went to
the trash — and puts an old value back through ``records.update``, so the
restore is itself audited and version-checked.

Bulk writers (imports, demo data) write no "create" entry per record: 100,000
of them would double an import's writing. The record's own stamps say the same
(when, by whom, from which import), so the history is completed from them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from liaison.errors import NotFoundError, ValidationError
from liaison.services import records
from liaison.storage.models import ENTITIES, AuditEntry, ImportBatch, RecordMixin

#: What a forgotten person's erased audit values read (see liaison.trust.privacy).
REDACTED = "[removed]"


@dataclass(frozen=True)
class HistoryEntry:
    id: int  # the AuditEntry id (pass it to restore_field); 0 for a creation read from the record
    at: dt.datetime  # UTC
    officer: str | None
    action: str  # create, update, delete, restore, forget
    field: str | None
    old: str | None
    new: str | None
    entity: str
    record_id: int
    record_uuid: str
    import_batch_id: int | None = None
    #: For references (``neighbourhood_id``, ``people``…): the names behind the stored ids.
    old_label: str | None = None
    new_label: str | None = None
    #: The file of the import that made this change, when an import made it.
    import_file: str | None = None
    #: True for the changes that undid that import (they carry its batch too): without it
    #: the undo read as the import changing the value a second time.
    import_undone: bool = False

    @property
    def restorable(self) -> bool:
        """A field change whose old value can be put back (not an erased one)."""
        return (
            self.action == "update"
            and self.field is not None
            and REDACTED not in (self.old, self.new)
        )


def parse_record_ref(ref: str) -> tuple[str | None, str]:
    """``"person:12"`` → ("person", "12"); a bare UUID → (None, uuid)."""
    ref = ref.strip()
    if ":" in ref:
        entity, _, key = ref.partition(":")
        records.entity_class(entity.strip())  # ValidationError for an unknown kind
        if not key.strip().isdigit():
            raise ValidationError(f"'{ref}' is not a record id (use entity:number or a uuid).")
        return entity.strip(), key.strip()
    if len(ref) == 36 and ref.count("-") == 4:
        return None, ref
    raise ValidationError(
        f"'{ref}' is not a record id (use entity:number, e.g. person:12, or a uuid)."
    )


def _entry(e: AuditEntry) -> HistoryEntry:
    return HistoryEntry(
        id=e.id,
        at=e.at,
        officer=e.officer,
        action=e.action,
        field=e.field,
        old=e.old,
        new=e.new,
        entity=e.entity,
        record_id=e.record_id,
        record_uuid=e.record_uuid,
        import_batch_id=e.import_batch_id,
    )


def record_history(
    session: Session, entity: str | None, id_or_uuid: int | str
) -> list[HistoryEntry]:
    """Every change of one record, oldest first.

    ``entity`` None means ``id_or_uuid`` is a UUID (any kind of record). Works
    for trashed records too. NotFoundError when there is no trace of it at all.
    """
    stmt = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
    key = str(id_or_uuid)
    if entity is None:
        stmt = stmt.where(AuditEntry.record_uuid == key)
    else:
        records.entity_class(entity)
        if key.isdigit():
            stmt = stmt.where(AuditEntry.entity == entity, AuditEntry.record_id == int(key))
        else:
            stmt = stmt.where(AuditEntry.entity == entity, AuditEntry.record_uuid == key)
    entries = [_entry(e) for e in session.scalars(stmt)]
    if not any(e.action == "create" for e in entries):
        created = _creation(session, entity, key, entries)
        if created is not None:
            entries.insert(0, created)
    if not entries:
        what = entity or "record"
        raise NotFoundError(f"There is no history for {what} {key}.")
    return _with_import_files(session, _with_labels(session, entries))


def _creation(
    session: Session, entity: str | None, key: str, entries: list[HistoryEntry]
) -> HistoryEntry | None:
    """The creation of a record written in bulk (no audit entry), from its own stamps."""
    if entries:
        entity, key = entries[0].entity, entries[0].record_uuid
    classes = [records.entity_class(entity)] if entity else list(ENTITIES.values())
    for cls in classes:
        where = cls.id == int(key) if key.isdigit() else cls.uuid == key
        obj = session.scalars(select(cls).where(where)).first()
        if obj is not None and obj.created_at is not None:
            return HistoryEntry(
                id=0,
                at=obj.created_at,
                officer=obj.created_by,
                action="create",
                field=None,
                old=None,
                new=None,
                entity=records.entity_name(cls),
                record_id=obj.id,
                record_uuid=obj.uuid,
                import_batch_id=obj.import_batch_id,
            )
    return None


def _with_import_files(session: Session, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """Name the file of each import that made a change."""
    batch_ids = {e.import_batch_id for e in entries if e.import_batch_id is not None}
    if not batch_ids:
        return entries
    query = select(ImportBatch.id, ImportBatch.file_name, ImportBatch.undone_at).where(
        ImportBatch.id.in_(batch_ids)
    )
    files: dict[int, str] = {}
    undone: dict[int, dt.datetime] = {}
    for batch_id, name, undone_at in session.execute(query):
        files[batch_id] = name
        if undone_at is not None:
            undone[batch_id] = undone_at
    out = []
    for e in entries:
        if e.import_batch_id:
            undone_at = undone.get(e.import_batch_id)
            e = replace(
                e,
                import_file=files.get(e.import_batch_id),
                # the undo stamps its changes with the moment it marks the batch undone
                import_undone=undone_at is not None and e.id != 0 and e.at >= undone_at,
            )
        out.append(e)
    return out


#: Reference fields and the kind of record their stored value points at.
_REF_FIELDS = {
    "neighbourhood_id": "neighbourhood",
    "organisation_id": "organisation",
    "partner_id": "organisation",
    "initiative_id": "organisation",
    "person_id": "person",
    "officer_id": "officer",
    "owner_id": "officer",
}
_LIST_FIELDS = {"tags": "tag", "organisations": "organisation", "people": "person"}


def _name_of(obj: RecordMixin | None) -> str:
    if obj is None:
        return "?"
    return str(getattr(obj, "full_name", None) or getattr(obj, "name", "") or obj.uuid)


def _label(session: Session, field: str | None, text: str | None) -> str | None:
    if text is None or field is None or text == REDACTED:
        return None
    if field in _REF_FIELDS and text.isdigit():
        return _name_of(session.get(records.entity_class(_REF_FIELDS[field]), int(text)))
    if field in _LIST_FIELDS:
        cls = records.entity_class(_LIST_FIELDS[field])
        uuids = [u for u in text.split("; ") if u]
        found = {o.uuid: o for o in session.scalars(select(cls).where(cls.uuid.in_(uuids)))}
        return ", ".join(_name_of(found.get(u)) for u in uuids)
    return None


def _with_labels(session: Session, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    out = []
    for e in entries:
        if e.field in _REF_FIELDS or e.field in _LIST_FIELDS:
            e = replace(
                e,
                old_label=_label(session, e.field, e.old),
                new_label=_label(session, e.field, e.new),
            )
        out.append(e)
    return out


def _value_from_text(cls: type[RecordMixin], field: str, text: str | None, session: Session):  # type: ignore[no-untyped-def]
    mapper = inspect(cls)
    if field in mapper.relationships:
        target = mapper.relationships[field].mapper.class_
        uuids = [u for u in (text or "").split("; ") if u]
        if not uuids:
            return []
        found = list(session.scalars(select(target).where(target.uuid.in_(uuids))))
        missing = set(uuids) - {o.uuid for o in found}
        if missing:
            raise NotFoundError(
                f"{len(missing)} of the earlier {field} no longer exist, so this value "
                "cannot be put back."
            )
        return found
    if field not in mapper.columns:
        raise ValidationError(f"'{field}' is no longer a field of {records.entity_name(cls)}.")
    return records.from_text(cls, field, text)


def restore_field(
    session: Session,
    entity: str,
    record_id: int | str,
    audit_entry_id: int,
    *,
    expected_version: int | None = None,
) -> RecordMixin:
    """Set one field back to the OLD value of an audit entry; returns the record.

    Goes through ``records.update`` (stamped, versioned, audited). With
    ``expected_version`` a colleague's later edit raises StaleRecordError.
    """
    cls = records.entity_class(entity)
    obj = records.get(session, cls, record_id)
    entry = session.get(AuditEntry, audit_entry_id)
    if entry is None or entry.entity != entity or entry.record_uuid != obj.uuid:
        raise NotFoundError(f"That change does not belong to this {entity}.")
    if entry.action != "update" or entry.field is None:
        raise ValidationError("Only a changed field can be put back, not a whole record.")
    if entry.old == REDACTED or entry.new == REDACTED:
        raise ValidationError("This value was erased on a privacy request and cannot come back.")
    value = _value_from_text(cls, entry.field, entry.old, session)
    return records.update(session, cls, obj.id, expected_version, **{entry.field: value})


def record_title(session: Session, entity: str, record_id: int) -> str:
    """A line that names one record for a history window: a name, "partner → initiative"
    for support, the summary of a contact moment (trashed records too)."""
    obj = records.get(session, records.entity_class(entity), record_id, include_deleted=True)
    partner, initiative = getattr(obj, "partner", None), getattr(obj, "initiative", None)
    if partner is not None and initiative is not None:
        return f"{_name_of(partner)} → {_name_of(initiative)}"
    summary = getattr(obj, "summary", None)
    return str(summary) if summary else _name_of(obj)


def most_changed(session: Session, entity: str) -> int | None:
    """The id of the live record of a kind with the most field changes (demo, screenshots)."""
    from sqlalchemy import func

    cls = records.entity_class(entity)
    stmt = (
        select(AuditEntry.record_id)
        .join(cls, cls.id == AuditEntry.record_id)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.action == "update",
            cls.deleted_at.is_(None),
        )
        .group_by(AuditEntry.record_id)
        .order_by(func.count().desc(), AuditEntry.record_id)
        .limit(1)
    )
    return session.scalar(stmt)
