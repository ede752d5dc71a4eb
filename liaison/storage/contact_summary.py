"""Each organisation's last contact and last contact with the municipality.

The dormant and no-municipal-contact signals need, for every initiative, the
date of its latest live contact-log entry and of its latest live entry that
also involved a live municipality-kind organisation. Computing that from the
500,000-row log on every evaluation cost 300 ms; the ``contact_summary`` table
(migration 0006) holds the two dates per organisation instead.

How it stays exact: on SQLite, triggers made by migration 0006 follow every
write to ``interaction``, ``interaction_organisation`` and ``organisation``,
whoever makes it (ORM sessions, the importer's and the demo's Core bulk
inserts, undo, raw SQL), so no writer has to remember it. :func:`rebuild`
recomputes the whole table from the log (for repairs and for tests that prove
the triggers right). Organisations without a live entry may have no row or a
row of NULLs; both mean "never".

Other backends have no triggers here: :func:`source` then gives the same
aggregate as a subquery computed on the fly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, case, delete, func, insert, select
from sqlalchemy.orm import Session

from liaison.storage.models import (
    Interaction,
    Organisation,
    OrganisationKind,
    contact_summary,
    interaction_organisation,
)

COLUMNS = ("organisation_id", "last_contact_at", "last_municipal_contact_at")


def aggregate() -> Any:
    """SELECT (organisation_id, last_contact_at, last_municipal_contact_at) over the raw log.

    The definition the table must always equal: live interactions only; a
    municipal contact is a live interaction in which some live
    municipality-kind organisation took part (the organisation itself counts).
    """
    link = interaction_organisation
    x = interaction_organisation.alias("x")
    municipal_entries = (
        select(x.c.interaction_id)
        .distinct()
        .join(Organisation, Organisation.id == x.c.organisation_id)
        .where(
            Organisation.kind == OrganisationKind.MUNICIPALITY.value,
            Organisation.deleted_at.is_(None),
        )
        .subquery("mi")
    )
    return (
        select(
            link.c.organisation_id,
            func.max(Interaction.occurred_at).label("last_contact_at"),
            func.max(
                case(
                    (municipal_entries.c.interaction_id.is_not(None), Interaction.occurred_at),
                    else_=None,
                )
            ).label("last_municipal_contact_at"),
        )
        .join(
            Interaction,
            (Interaction.id == link.c.interaction_id) & Interaction.deleted_at.is_(None),
        )
        .outerjoin(municipal_entries, municipal_entries.c.interaction_id == link.c.interaction_id)
        .group_by(link.c.organisation_id)
    )


def _is_sqlite(bind: Session | Connection) -> bool:
    engine = bind.get_bind() if isinstance(bind, Session) else bind
    return engine.dialect.name == "sqlite"


def source(bind: Session | Connection) -> Any:
    """The summary to join against: the trigger-kept table on SQLite, else the aggregate."""
    if _is_sqlite(bind):
        return contact_summary
    return aggregate().subquery("contact_summary")


def rebuild(bind: Session | Connection) -> int:
    """Recompute the whole table from the contact log; returns the number of rows.

    Not needed after ordinary writes (the triggers keep it); for repairs, and
    on backends without the triggers before reading the table directly.
    """
    conn = bind.connection() if isinstance(bind, Session) else bind
    conn.execute(delete(contact_summary))
    result = conn.execute(insert(contact_summary).from_select(list(COLUMNS), aggregate()))
    return int(result.rowcount or 0)


@contextmanager
def suspended(bind: Session | Connection) -> Iterator[None]:
    """Bulk loads: the triggers off inside the block, then back on and one :func:`rebuild`.

    For writers that insert hundreds of thousands of log entries at once (the
    demo, big imports). Measured: a demo with 100,000 entries spent 1.1 s of CPU
    in the triggers (14 %) where one rebuild took 0.15 s; at 500,000 entries a
    rebuild takes about 3 s against an estimated 5 s in the triggers. Use it
    inside the writer's transaction: the triggers are dropped and re-created
    from their own stored definitions in that same transaction, so a failure
    rolls everything back together. On other backends it only rebuilds.
    """
    conn = bind.connection() if isinstance(bind, Session) else bind
    triggers: list[tuple[str, str]] = []
    if _is_sqlite(conn):
        triggers = [
            (name, sql)
            for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'trigger' AND name LIKE 'contact\\_summary\\_%' ESCAPE '\\'"
            )
        ]
        for name, _sql in triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in triggers:
            conn.exec_driver_sql(sql)
    rebuild(conn)
