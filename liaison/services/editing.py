"""Saving what an edit form holds: plain values in, a stamped, versioned record out.

Forms work with names and ids; this module turns tag names and linked ids into
the objects :mod:`liaison.services.records` expects, so widgets never touch a
model object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from liaison.errors import StaleRecordError
from liaison.services import records
from liaison.storage.models import Organisation, Person

_LINK_FIELDS = {"organisations": Organisation, "people": Person}


@dataclass(frozen=True)
class Saved:
    entity: str
    id: int
    version: int


def _objects(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "tags" in out:
        out["tags"] = records.tags_by_name(session, out["tags"] or [])
    for name, cls in _LINK_FIELDS.items():
        if name in out:
            ids = [getattr(v, "id", v) for v in out[name] or []]
            out[name] = [records.get(session, cls, int(i)) for i in dict.fromkeys(ids)]
    return out


def save_record(
    session: Session,
    entity: str,
    record_id: int | None,
    expected_version: int | None,
    values: dict[str, Any],
) -> Saved:
    """Create (record_id None) or update a record the user saw at ``expected_version``.

    Raises StaleRecordError when a colleague saved it meanwhile and
    ValidationError (with ``field``) for a value the record refuses.
    """
    cls = records.entity_class(entity)
    values = _objects(session, values)
    if record_id is None:
        obj = records.create(session, cls, **values)
    else:
        obj = records.update(session, cls, record_id, expected_version, **values)
    session.flush()
    return Saved(entity, obj.id, obj.version)


def delete_record(session: Session, entity: str, record_id: int) -> int:
    """Move a record (and what hangs on it) to the trash; its version there (for undo)."""
    return records.delete(session, records.entity_class(entity), record_id).version


def restore_record(
    session: Session, entity: str, record_id: int, expected_version: int | None = None
) -> None:
    """Bring a record back from the trash.

    With ``expected_version`` (the version :func:`delete_record` returned) an undo
    refuses with StaleRecordError when a colleague changed the record since, and
    NotFoundError comes when it was purged: undoing must not overwrite their work.
    """
    cls = records.entity_class(entity)
    if expected_version is not None:
        obj = records.get(session, cls, record_id, include_deleted=True)
        if obj.version != expected_version:
            raise StaleRecordError(
                f"{obj.updated_by or 'someone'} changed this {records.entity_name(cls)} "
                "after it was deleted, so it was not restored.",
                current=records.snapshot(obj),
            )
    records.restore(session, cls, record_id)
