"""Undoing an import batch, and the list of batches.

An import writes one :class:`~liaison.storage.models.ImportBatch`; records it
created carry its id (``import_batch_id``) and every field it changed has an
audit entry with that id (old → new). Undo removes the created records and
puts each changed field back — unless something touched by the batch was
changed afterwards (by a person or a later import that was not itself undone),
or records made later refer to records the batch created: then undo is refused
in one sentence and nothing changes, because it would overwrite or orphan
later work.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from liaison.errors import LiaisonError, NotFoundError
from liaison.storage import search_index
from liaison.storage.models import (
    ENTITIES,
    Affiliation,
    AuditEntry,
    Commitment,
    ImportBatch,
    Interaction,
    Organisation,
    Person,
    Tag,
    interaction_organisation,
    interaction_person,
    local_time,
    organisation_tag,
    utcnow,
)
from liaison.text import name_key, person_sort_key

#: Tables an import writes, in dependency order (undo removes in reverse).
_WRITE_ORDER = (
    "officer", "neighbourhood", "tag", "organisation", "person", "affiliation", "commitment",
    "interaction",
)  # fmt: skip
_CLASSES: dict[str, Any] = {name: ENTITIES[name] for name in _WRITE_ORDER}
#: Above this many records the search index is rebuilt rather than patched, when
#: fewer records than that stay behind to be indexed: a rebuild costs what is left,
#: patching what is removed. Undoing 50,000 rows in a team lead's database (100,000
#: people, 500,000 contacts) took 19.8 s with a rebuild, 6.1 s patched; undoing
#: 100,000 rows of an otherwise empty one 8.4 s with a rebuild, 10.3 s patched.
SMALL_IMPORT = 5_000


def _live_documents(session: Session) -> int:
    """About how many records the index holds after the undo (trashed ones included)."""
    return sum(
        session.scalar(select(func.count()).select_from(cls)) or 0
        for cls in search_index.CLASSES.values()
    )


def _existing_tag_ids(conn: Any, org_id: int) -> set[int]:
    return set(
        conn.execute(
            select(organisation_tag.c.tag_id).where(organisation_tag.c.organisation_id == org_id)
        ).scalars()
    )


@dataclass
class UndoReport:
    batch_uuid: str
    removed: dict[str, int]
    reverted: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"batch": self.batch_uuid, "removed": self.removed, "reverted": self.reverted}


@dataclass
class BatchInfo:
    id: int
    uuid: str
    file_name: str
    sheet: str | None
    imported_at: dt.datetime
    imported_by: str | None
    summary: dict[str, Any]
    undone_at: dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "batch": self.uuid,
            "file": self.file_name,
            "sheet": self.sheet,
            # ISO 8601 with the officer's UTC offset: stored naive UTC read as local was wrong
            "imported_at": local_time(self.imported_at).isoformat(timespec="seconds"),
            "imported_by": self.imported_by,
            "summary": self.summary,
            "undone_at": (
                local_time(self.undone_at).isoformat(timespec="seconds") if self.undone_at else None
            ),
        }


# --- undo and the list of batches -------------------------------------------------------------


def list_batches(session: Session) -> list[BatchInfo]:
    """Every import batch, newest first."""
    out = []
    for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())):
        try:
            summary = json.loads(b.summary) if b.summary else {}
        except json.JSONDecodeError:
            summary = {}
        out.append(
            BatchInfo(b.id, b.uuid, b.file_name, b.sheet, b.imported_at, b.imported_by, summary,
                      b.undone_at)
        )  # fmt: skip
    return out


def _batch(session: Session, key: str | int) -> ImportBatch:
    """A batch by its uuid, the first characters of it (as listed), or its number."""
    text = str(key).strip().lower()
    found: list[ImportBatch] = []
    if text and not isinstance(key, int):
        stmt = select(ImportBatch).where(
            # autoescape: "%" or "_" typed is a character, not "any" (it undid the only batch)
            or_(ImportBatch.uuid == text, ImportBatch.uuid.startswith(text, autoescape=True))
        )
        found = list(session.scalars(stmt.limit(2)))
    if not found and text.isdigit():  # "12": the batch number (a uuid prefix can be digits too)
        found = list(session.scalars(select(ImportBatch).where(ImportBatch.id == int(text))))
    if len(found) != 1:
        raise NotFoundError(
            f"There is no import batch '{text}' (see 'liaison imports' for the list)."
            if not found
            else f"'{text}' matches more than one import batch; give more of its id."
        )
    return found[0]


def undo_import(db: Any, batch_key: str | int) -> UndoReport:
    """Remove the records a batch created and revert the fields it changed.

    Refused (nothing changes) when the batch was undone already, or when
    anything touched by the batch was changed afterwards — by a person or a
    later import — or when records made later refer to records the batch
    created: undoing then would overwrite or orphan later work.
    """
    with db.session_scope() as session:
        batch = _batch(session, batch_key)
        if batch.undone_at is not None:
            raise LiaisonError(
                f"Import {batch.uuid[:8]} of '{batch.file_name}' was undone already "
                f"({local_time(batch.undone_at):%d-%m-%Y %H:%M})."
            )
        conn = session.connection()
        created: dict[str, list[int]] = {}
        for entity in _WRITE_ORDER:
            table = _CLASSES[entity].__table__  # type: ignore[attr-defined]
            ids = list(
                conn.execute(
                    select(table.c.id).where(table.c.import_batch_id == batch.id)
                ).scalars()
            )
            if ids:
                created[entity] = ids
        a = AuditEntry.__table__  # type: ignore[attr-defined]
        entries = conn.execute(
            select(a.c.id, a.c.entity, a.c.record_id, a.c.field, a.c.old, a.c.new, a.c.action)
            .where(a.c.import_batch_id == batch.id)
            .order_by(a.c.id)
        ).all()
        last_id = max((e.id for e in entries), default=0)
        touched = {(e.entity, e.record_id) for e in entries}
        for entity, ids in created.items():
            touched.update((entity, i) for i in ids)
        _refuse_if_edited_later(session, batch, touched, last_id)
        # participants the batch added to contacts that were already here go first: the
        # contact is not later work referring to what the batch made (refused otherwise)
        _revert_participants(conn, entries, created)
        _refuse_if_referenced(conn, batch, created)
        now = utcnow()
        officer = db.officer
        # revert updates: each field back to its value before the batch
        reverts: dict[tuple[str, int], dict[str, str | None]] = defaultdict(dict)
        current: dict[tuple[str, int], dict[str, str | None]] = defaultdict(dict)
        uuids: dict[tuple[str, int], str] = {}
        for e in entries:
            if e.action != "update" or e.record_id in created.get(e.entity, ()):
                continue
            reverts[(e.entity, e.record_id)].setdefault(e.field, e.old)
            current[(e.entity, e.record_id)][e.field] = e.new
        if reverts:
            for row in conn.execute(
                select(a.c.entity, a.c.record_id, a.c.record_uuid).where(
                    a.c.import_batch_id == batch.id
                )
            ):
                uuids[(row[0], row[1])] = row[2]
        from liaison.services.records import from_text

        reverted: dict[str, int] = defaultdict(int)
        audit_rows = []
        for (entity, rid), fields in reverts.items():
            cls = _CLASSES[entity]
            table = cls.__table__  # type: ignore[attr-defined]
            values: dict[str, Any] = {}
            for f, old in fields.items():
                if f == "tags":
                    _revert_tags(conn, rid, old)
                    continue
                if f in _PARTICIPANTS:  # reverted above
                    continue
                values[f] = from_text(cls, f, old)
                if f == "name" and entity == "organisation":
                    values["name_key"] = name_key(values[f])
            if entity == "person" and {"given_name", "infix", "family_name"} & values.keys():
                row = conn.execute(
                    select(table.c.given_name, table.c.infix, table.c.family_name).where(
                        table.c.id == rid
                    )
                ).one()
                parts = dict(zip(("given_name", "infix", "family_name"), row, strict=True))
                parts.update({k: v for k, v in values.items() if k in parts})
                values["sort_key"] = person_sort_key(
                    parts["given_name"], parts["infix"], parts["family_name"]
                )
            values.update(updated_at=now, updated_by=officer, version=table.c.version + 1)
            conn.execute(update(table).where(table.c.id == rid).values(values))
            reverted[entity] += 1
            for f, old in fields.items():
                audit_rows.append(
                    {"at": now, "officer": officer, "entity": entity, "record_id": rid,
                     "record_uuid": uuids.get((entity, rid), ""), "action": "update", "field": f,
                     "old": current[(entity, rid)].get(f), "new": old, "import_batch_id": batch.id}
                )  # fmt: skip
        # remove what the batch created, dependants first
        removed: dict[str, int] = {}
        for entity in reversed(_WRITE_ORDER):
            ids = created.get(entity)
            if not ids:
                continue
            table = _CLASSES[entity].__table__  # type: ignore[attr-defined]
            id_uuid = {}
            for chunk in _chunks(ids, 900):
                id_uuid.update(
                    conn.execute(
                        select(table.c.id, table.c.uuid).where(table.c.id.in_(chunk))
                    ).all()
                )
                if entity == "interaction":
                    conn.execute(
                        delete(interaction_organisation).where(
                            interaction_organisation.c.interaction_id.in_(chunk)
                        )
                    )
                    conn.execute(
                        delete(interaction_person).where(
                            interaction_person.c.interaction_id.in_(chunk)
                        )
                    )
                if entity == "organisation":
                    conn.execute(
                        delete(organisation_tag).where(
                            organisation_tag.c.organisation_id.in_(chunk)
                        )
                    )
                if entity == "tag":
                    conn.execute(
                        delete(organisation_tag).where(organisation_tag.c.tag_id.in_(chunk))
                    )
                conn.execute(delete(table).where(table.c.id.in_(chunk)))
            removed[entity] = len(ids)
            audit_rows.extend(
                {"at": now, "officer": officer, "entity": entity, "record_id": i,
                 "record_uuid": id_uuid.get(i, ""), "action": "delete", "field": "import undone",
                 "old": None, "new": None, "import_batch_id": batch.id}
                for i in ids
            )  # fmt: skip
        if audit_rows:
            conn.execute(insert(a), audit_rows)
        batch.undone_at = now
        batch.undone_by = officer
        touched = {
            entity: [*created.get(entity, []), *(r for (e, r) in reverts if e == entity)]
            for entity in search_index.ENTITY_CODES
        }
        count = sum(len(ids) for ids in touched.values())
        if count > SMALL_IMPORT and _live_documents(session) < count:
            search_index.rebuild(session)  # the batch was most of the database
        else:
            for entity, ids in touched.items():
                if ids:
                    search_index.index_records(session, entity, ids)
        return UndoReport(batch.uuid, removed, dict(reverted))


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


#: A contact's participant lists in the audit trail: field → (link table, its column, class).
_PARTICIPANTS = {
    "organisations": (interaction_organisation, "organisation_id", Organisation),
    "people": (interaction_person, "person_id", Person),
}


def _revert_participants(conn: Any, entries: Sequence[Any], created: dict[str, list[int]]) -> None:
    """Unlink the organisations and people the batch added to existing contacts."""
    first: dict[tuple[int, str], str | None] = {}
    for e in entries:
        if (
            e.entity == "interaction"
            and e.field in _PARTICIPANTS
            and e.action == "update"
            and e.record_id not in created.get("interaction", ())
        ):
            first.setdefault((e.record_id, e.field), e.old)
    for (rid, f), old in first.items():
        link, col, cls = _PARTICIPANTS[f]
        keep = {u.strip() for u in (old or "").split(";") if u.strip()}
        t = cls.__table__  # type: ignore[attr-defined]
        linked = conn.execute(
            select(t.c.id, t.c.uuid)
            .join(link, link.c[col] == t.c.id)
            .where(link.c.interaction_id == rid)
        ).all()
        drop = [oid for oid, u in linked if u not in keep]
        if drop:
            conn.execute(delete(link).where(link.c.interaction_id == rid, link.c[col].in_(drop)))


def _revert_tags(conn: Any, org_id: int, old: str | None) -> None:
    names = [n.strip() for n in (old or "").split(";") if n.strip()]
    keep = (
        set(conn.execute(select(Tag.id).where(Tag.name.in_(names))).scalars()) if names else set()
    )
    have = _existing_tag_ids(conn, org_id)
    drop = have - keep
    if drop:
        conn.execute(
            delete(organisation_tag).where(
                and_(
                    organisation_tag.c.organisation_id == org_id,
                    organisation_tag.c.tag_id.in_(drop),
                )
            )
        )


def _refuse_if_edited_later(
    session: Session, batch: ImportBatch, touched: set[tuple[str, int]], last_id: int
) -> None:
    a = AuditEntry.__table__  # type: ignore[attr-defined]
    b = ImportBatch.__table__  # type: ignore[attr-defined]
    undone = select(b.c.id).where(b.c.undone_at.is_not(None))
    # Changes of batches undone since (and the undo's own entries, filed under the
    # undone batch) left things as they were: they do not block this undo.
    later = session.connection().execute(
        select(a.c.entity, a.c.record_id, a.c.officer, a.c.at, a.c.import_batch_id)
        .where(a.c.id > last_id, a.c.at >= batch.imported_at)
        .where(
            or_(
                a.c.import_batch_id.is_(None),
                and_(a.c.import_batch_id != batch.id, a.c.import_batch_id.not_in(undone)),
            )
        )
        .order_by(a.c.id)
    )
    hits = [r for r in later if (r.entity, r.record_id) in touched]
    if hits:
        first = hits[0]
        who = first.officer or "someone"
        how = "a later import" if first.import_batch_id else who
        changed = len({(h.entity, h.record_id) for h in hits})
        when = f"{local_time(first.at):%d-%m-%Y %H:%M}"
        if changed == 1:
            raise LiaisonError(
                f"Import {batch.uuid[:8]} cannot be undone: one of its records was changed "
                f"afterwards (by {how} on {when}), and undoing it would overwrite that change."
            )
        raise LiaisonError(
            f"Import {batch.uuid[:8]} cannot be undone: {changed} of its records were changed "
            f"afterwards (first by {how} on {when}), and undoing it would overwrite those changes."
        )


def _refuse_if_referenced(conn: Any, batch: ImportBatch, created: dict[str, list[int]]) -> None:
    orgs = created.get("organisation", [])
    people = created.get("person", [])
    checks = []
    if orgs or people:
        aff = Affiliation.__table__  # type: ignore[attr-defined]
        checks.append(
            select(func.count())
            .select_from(aff)
            .where(
                or_(aff.c.organisation_id.in_(orgs), aff.c.person_id.in_(people)),
                or_(aff.c.import_batch_id.is_(None), aff.c.import_batch_id != batch.id),
            )
        )
    if orgs:
        com = Commitment.__table__  # type: ignore[attr-defined]
        checks.append(
            select(func.count())
            .select_from(com)
            .where(
                or_(com.c.partner_id.in_(orgs), com.c.initiative_id.in_(orgs)),
                or_(com.c.import_batch_id.is_(None), com.c.import_batch_id != batch.id),
            )
        )
    for link, col, ids in (
        (interaction_organisation, interaction_organisation.c.organisation_id, orgs),
        (interaction_person, interaction_person.c.person_id, people),
    ):
        if ids:
            inter = Interaction.__table__  # type: ignore[attr-defined]
            checks.append(
                select(func.count())
                .select_from(link.join(inter, inter.c.id == link.c.interaction_id))
                .where(
                    col.in_(ids),
                    or_(inter.c.import_batch_id.is_(None), inter.c.import_batch_id != batch.id),
                )
            )
    if len(orgs) + len(people) > 900:  # IN lists that long: check in SQL via the batch id instead
        checks = _referenced_by_batch_checks(batch)
    for stmt in checks:
        n = conn.execute(stmt).scalar_one()
        if n:
            raise LiaisonError(
                f"Import {batch.uuid[:8]} cannot be undone: {n} records made after it refer to "
                "organisations or people it created (roles, support or contacts); "
                "remove those first or keep the import."
            )


def _referenced_by_batch_checks(batch: ImportBatch) -> list[Any]:
    o = Organisation.__table__  # type: ignore[attr-defined]
    p = Person.__table__  # type: ignore[attr-defined]
    aff = Affiliation.__table__  # type: ignore[attr-defined]
    com = Commitment.__table__  # type: ignore[attr-defined]
    inter = Interaction.__table__  # type: ignore[attr-defined]
    org_ids = select(o.c.id).where(o.c.import_batch_id == batch.id)
    person_ids = select(p.c.id).where(p.c.import_batch_id == batch.id)
    not_batch = lambda t: or_(t.c.import_batch_id.is_(None), t.c.import_batch_id != batch.id)  # noqa: E731
    return [
        select(func.count())
        .select_from(aff)
        .where(
            or_(aff.c.organisation_id.in_(org_ids), aff.c.person_id.in_(person_ids)), not_batch(aff)
        ),
        select(func.count())
        .select_from(com)
        .where(
            or_(com.c.partner_id.in_(org_ids), com.c.initiative_id.in_(org_ids)), not_batch(com)
        ),
        select(func.count())
        .select_from(
            interaction_organisation.join(
                inter, inter.c.id == interaction_organisation.c.interaction_id
            )
        )
        .where(interaction_organisation.c.organisation_id.in_(org_ids), not_batch(inter)),
        select(func.count())
        .select_from(
            interaction_person.join(inter, inter.c.id == interaction_person.c.interaction_id)
        )
        .where(interaction_person.c.person_id.in_(person_ids), not_batch(inter)),
    ]
