"""One search box for organisations, people and contact-log entries.

The index itself (FTS5 on SQLite, LIKE elsewhere) lives in
:mod:`liaison.storage.search_index`; this module turns its matches into
:class:`SearchHit` objects a list or a command line can show.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from liaison.storage import search_index
from liaison.storage.models import (
    Interaction,
    Neighbourhood,
    Organisation,
    Person,
    interaction_organisation,
)
from liaison.text import name_key

_SEPARATORS = re.compile(r"[,;]")

#: Queries shorter than this search name prefixes only (trigrams need three characters).
MIN_FULL_TEXT = 3


@dataclass(frozen=True)
class SearchHit:
    entity: str  # "organisation" | "person" | "interaction"
    id: int
    uuid: str
    title: str
    subtitle: str
    score: float  # higher is better; hits come best first


def search(session: Session, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Records matching ``text`` anywhere in a name, e-mail, phone number or note, best first.

    Accent- and case-insensitive. Names that start with the query come first.
    Queries under three characters match the start of organisation names and
    family names only. Never raises on odd input.
    """
    # "Heijden, van der" is how Dutch lists and address books write a name: the
    # comma (or a semicolon from a pasted list) separates words, it is not searched for.
    query = search_index.clean_query(_SEPARATORS.sub(" ", text or ""))
    if not query or limit <= 0:
        return []
    if len(query) < MIN_FULL_TEXT:
        found = _prefix(session, query, limit)
    else:
        found = search_index.find(session, query, limit)
    return _hydrate(session, found)


def _prefix(session: Session, query: str, limit: int) -> list[search_index.Found]:
    """Organisations and people whose (family) name starts with a short query; uses indexes."""
    key = name_key(query)
    if not key:
        return []
    high = key + "\uffff"
    orgs = session.execute(
        select(Organisation.id)
        .where(
            Organisation.deleted_at.is_(None),
            Organisation.name_key >= key,
            Organisation.name_key < high,
        )
        .order_by(Organisation.name_key)
        .limit(limit)
    ).scalars()
    people = session.execute(
        select(Person.id)
        .where(Person.deleted_at.is_(None), Person.sort_key >= key, Person.sort_key < high)
        .order_by(Person.sort_key)
        .limit(limit)
    ).scalars()
    found = [search_index.Found("organisation", i, 0, 1.0) for i in orgs]
    found += [search_index.Found("person", i, 0, 1.0) for i in people]
    return found[:limit]


_IDS = bindparam("ids", expanding=True)
# Built once: constructing these per search cost more than running them (0.7 ms).
_ORGANISATIONS = (
    select(
        Organisation.id,
        Organisation.uuid,
        Organisation.name,
        Organisation.kind,
        Neighbourhood.name,
        Organisation.deleted_at,
    )
    .outerjoin(Neighbourhood, Neighbourhood.id == Organisation.neighbourhood_id)
    .where(Organisation.id.in_(_IDS))
)
_PEOPLE = select(
    Person.id,
    Person.uuid,
    Person.given_name,
    Person.infix,
    Person.family_name,
    Person.email,
    Person.phone,
    Person.deleted_at,
).where(Person.id.in_(_IDS))
_INTERACTION_ORGANISATIONS = (
    select(interaction_organisation.c.interaction_id, Organisation.name)
    .join(Organisation, Organisation.id == interaction_organisation.c.organisation_id)
    .where(interaction_organisation.c.interaction_id.in_(_IDS))
    .order_by(Organisation.name)
)
_INTERACTIONS = select(
    Interaction.id,
    Interaction.uuid,
    Interaction.summary,
    Interaction.occurred_at,
    Interaction.channel,
    Interaction.deleted_at,
).where(Interaction.id.in_(_IDS))


def _hydrate(session: Session, found: list[search_index.Found]) -> list[SearchHit]:
    """Fetch uuid, title and subtitle for the matches, keeping their order; drop trashed ones.

    Trashed rows are dropped here in Python: a ``deleted_at IS NULL`` in SQL
    tempted SQLite into walking a list index instead of the 50 primary keys.
    """
    conn = session.connection()  # Core execution: no ORM bookkeeping for plain rows
    ids: dict[str, list[int]] = defaultdict(list)
    for f in found:
        ids[f.entity].append(f.record_id)
    details: dict[tuple[str, int], tuple[str, str, str]] = {}
    if ids.get("organisation"):
        rows = conn.execute(_ORGANISATIONS, {"ids": ids["organisation"]})
        for i, uuid, name, kind, hood, deleted in rows:
            if deleted is None:
                details["organisation", i] = (uuid, name, _join(kind, hood))
    if ids.get("person"):
        rows = conn.execute(_PEOPLE, {"ids": ids["person"]})
        for i, uuid, given, infix, family, email, phone, deleted in rows:
            if deleted is None:
                title = search_index.person_name(given, infix, family)
                details["person", i] = (uuid, title, _join(email, phone))
    if ids.get("interaction"):
        names: dict[int, list[str]] = defaultdict(list)
        for iid, org in conn.execute(_INTERACTION_ORGANISATIONS, {"ids": ids["interaction"]}):
            names[iid].append(org)
        rows = conn.execute(_INTERACTIONS, {"ids": ids["interaction"]})
        for i, uuid, summary, at, channel, deleted in rows:
            if deleted is None:
                when = at.date().isoformat() if at else None
                subtitle = _join(when, channel, ", ".join(names[i]))
                details["interaction", i] = (uuid, summary, subtitle)
    hits = []
    for f in found:
        d = details.get((f.entity, f.record_id))
        if d is not None:
            hits.append(SearchHit(f.entity, f.record_id, d[0], d[1], d[2], f.score))
    return hits


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)
