"""Saving what an edit form holds: plain values in, a stamped, versioned record out.

Forms work with names and ids; this module turns tag names and linked ids into
the objects :mod:`liaison.services.records` expects, so widgets never touch a
model object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from liaison.errors import LiaisonError, NotFoundError, StaleRecordError, ValidationError
from liaison.services import records
from liaison.services.relations import display_name
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
        obj = records.get_for_write(session, cls, record_id, include_deleted=True)
        if obj.version != expected_version:
            raise StaleRecordError(
                f"{obj.updated_by or 'someone'} changed this {records.entity_name(cls)} "
                "after it was deleted, so it was not restored.",
                current=records.snapshot(obj),
            )
    records.restore(session, cls, record_id)


# --- many records at once: one user action, one transaction ---------------------------------

#: ``progress(done, total, message)``, optionally with a ``cancelled()`` check.
ProgressFn = Callable[..., None]

#: Records between progress reports (and between releases of the session's objects).
PROGRESS_EVERY = 200


class DeleteCancelled(LiaisonError):
    """The officer stopped a delete or restore of many records; nothing was changed."""


@dataclass(frozen=True)
class Trashed:
    """A record one delete put in the trash: what an undo needs to bring it back safely."""

    id: int
    name: str
    version: int  #: its version in the trash; a different one means a colleague changed it


@dataclass(frozen=True)
class NotRestored:
    """A record an undo left in the trash, and why (``changed``, ``gone`` or a sentence)."""

    name: str
    reason: str


def _step(progress: ProgressFn | None, done: int, total: int, session: Session) -> None:
    """Report progress every few records; stop (rolled back by the caller) on a cancel."""
    if done % PROGRESS_EVERY or progress is None:
        return
    cancelled = getattr(progress, "cancelled", None)
    if callable(cancelled) and cancelled():
        raise DeleteCancelled("Stopped; nothing was changed.")
    session.flush()
    session.expunge_all()  # 100,000 records deleted must not all stay in memory
    progress(done, total)


def delete_records(
    session: Session, entity: str, ids: Sequence[int], progress: ProgressFn | None = None
) -> list[Trashed]:
    """Move records (and what hangs on each) to the trash in the caller's transaction.

    One session for the whole action, not one per record: a Ctrl+A, Delete of
    500 people is one step to undo and one transaction to roll back on a cancel.
    Records a colleague removed meanwhile are skipped (missing from the result).
    """
    cls = records.entity_class(entity)
    trashed: list[Trashed] = []
    for done, record_id in enumerate(ids, start=1):
        try:
            name = display_name(session, entity, record_id)
            obj = records.delete(session, cls, record_id)
        except NotFoundError:
            continue
        trashed.append(Trashed(record_id, name, obj.version))
        _step(progress, done, len(ids), session)
    return trashed


def restore_records(
    session: Session,
    entity: str,
    trashed: Sequence[Trashed],
    progress: ProgressFn | None = None,
) -> list[NotRestored]:
    """Undo :func:`delete_records`: bring back each record no colleague touched since.

    A record changed since the delete (another version) stays as the colleague
    left it (``changed``), one purged is ``gone``; one that cannot come back
    while a record it points at is in the trash gets that sentence. The others
    come back in the caller's transaction.
    """
    refused: list[NotRestored] = []
    for done, item in enumerate(reversed(trashed), start=1):
        try:  # the one-record undo's checks (and its row lock on a server), record by record
            restore_record(session, entity, item.id, item.version)
        except NotFoundError:
            refused.append(NotRestored(item.name, "gone"))
        except StaleRecordError:
            refused.append(NotRestored(item.name, "changed"))
        except ValidationError as exc:
            refused.append(NotRestored(item.name, str(exc)))
        else:
            _step(progress, done, len(trashed), session)
    return refused


@dataclass
class TrashRestore:
    """What :func:`restore_from_trash` did: records back, and records kept with the reason."""

    done: list[tuple[str, int]]
    blocked: list[tuple[tuple[str, int], str]]  #: (entity, id), the trashed record it needs


def restore_from_trash(
    session: Session, items: Sequence[tuple[str, int]], progress: ProgressFn | None = None
) -> TrashRestore:
    """Restore trashed records chosen in the trash, organisations and people first.

    Their support and roles come back with them; support whose partner or
    initiative stays in the trash is kept there (it would point at a deleted
    organisation) and reported with that organisation's name.
    """
    order = sorted(items, key=lambda item: item[0] in ("commitment", "interaction"))
    outcome = TrashRestore([], [])
    for done, (entity, record_id) in enumerate(order, start=1):
        cls = records.entity_class(entity)
        obj = records.get(session, cls, record_id, include_deleted=True)
        gone = records.trashed_end(obj) if obj.deleted_at is not None else None
        if gone is not None:
            outcome.blocked.append(((entity, record_id), gone))
            continue
        records.restore(session, cls, record_id)
        outcome.done.append((entity, record_id))
        _step(progress, done, len(order), session)
    return outcome
