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

from liaison.services.signals import not_trashed_scan
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
#: Names carry apostrophes in two forms (' typed, ’ from Word or Excel) that the
#: index keeps apart; a query with one is also run with it as a word break, so
#: "d'Oliveira" finds "D’Oliveira".
_APOSTROPHES = re.compile(r"['’‘`´]")

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
    if limit <= 0:
        return []
    text = _SEPARATORS.sub(" ", text or "")
    found = _find(session, search_index.clean_query(text), limit)
    if _APOSTROPHES.search(text):
        best = {(f.entity, f.record_id): f for f in found}
        for f in _find(session, search_index.clean_query(_APOSTROPHES.sub(" ", text)), limit):
            if (f.entity, f.record_id) not in best or best[f.entity, f.record_id].score < f.score:
                best[f.entity, f.record_id] = f
        found = _ordered(best, limit)
    return _hydrate(session, found)


def _find(session: Session, query: str, limit: int) -> list[search_index.Found]:
    """The matches of a cleaned query, best first (see :func:`search`)."""
    if not query:
        return []
    if len(query) < MIN_FULL_TEXT:
        return _prefix(session, query, limit)
    return _with_organisation_names(session, query, search_index.find(session, query, limit), limit)


#: Within a rank tier, contact-log entries come after the organisations and people
#: (bm25 scores stay far below this).
LOG_PENALTY = 500.0


def _with_organisation_names(
    session: Session, query: str, found: list[search_index.Found], limit: int
) -> list[search_index.Found]:
    """``found`` plus the organisations whose name holds every word of the query;
    within a rank tier the contact log comes after organisations and people.

    The full-text ranking alone let the contact log crowd out the organisations
    themselves: "Kledingbank" is in hundreds of summaries ("Begroting van
    Kledingbank Dorpsweg ontvangen"), each a short document that bm25 scores
    above an initiative with an address and a description, so a search for an
    initiative's name showed none of the 14 Kledingbank initiatives (3,000-person
    demo; the same at 100,000). Names are read from the name index (name_key,
    a covering index scan: about a millisecond at 12,500 organisations).
    """
    best: dict[tuple[str, int], search_index.Found] = {}
    for f in found:
        if f.entity == "interaction":
            f = search_index.Found(f.entity, f.record_id, f.tier, f.score - LOG_PENALTY)
        best[f.entity, f.record_id] = f
    words = [w for w in name_key(query).split() if len(w) >= MIN_FULL_TEXT]
    # Fewer matches than asked for: the index gave every match, organisations included.
    if len(found) < limit or not words or search_index.phone_digits(query) is not None:
        return _ordered(best, limit)
    key = " ".join(name_key(query).split())
    # A name found this way scores (3 - tier) × 1000, below every index match of its
    # tier: it can only enter the list above the limit-th match's score. A person's
    # name ("Benali", 50 people named so, tier 1) leaves room for tier 0 alone: the
    # names that start with the query, a range of the name index (0.05 ms) instead
    # of a LIKE over every organisation's name (1.4 ms at 12,500 organisations).
    floor = _ordered(best, limit)[-1].score
    if floor > 3000.0:
        return _ordered(best, limit)
    rows = _organisation_names(session, key, words, floor, limit * search_index.RERANK_FACTOR)
    for record_id, name in rows:
        if ("organisation", record_id) not in best:
            tier = 0 if name.startswith(key) else 1 if f" {key}" in name else 2
            best["organisation", record_id] = search_index.Found(
                "organisation", record_id, tier, (3 - tier) * 1000.0
            )
    return _ordered(best, limit)


def _organisation_names(
    session: Session, key: str, words: list[str], floor: float, limit: int
) -> list[tuple[int, str]]:
    """(id, name key) of the first live organisations, by name key, that can still rank.

    Above a floor of 2000 only names that start with the query can: a range of the
    name index. Below it, names holding every word: when few titles in the search
    index hold them ('repaircafé' is in e-mail addresses, not names) the index says
    which (0.2 ms); else a scan of the name index (1.4 ms at 12,500 organisations),
    which stops early when such names are common.
    """
    stmt = select(Organisation.id, Organisation.name_key)
    if floor > 2000.0:  # the trash test kept off the deleted_at index, or SQLite walks it
        stmt = stmt.where(
            not_trashed_scan(Organisation.deleted_at),
            Organisation.name_key >= key,
            Organisation.name_key < key + "\uffff",
        )
    else:
        named = search_index.organisations_named(session, words)
        if named is not None:
            keyed = sorted((name_key(title), record_id) for record_id, title in named)
            return [(record_id, name) for name, record_id in keyed[:limit]]
        stmt = stmt.where(
            Organisation.deleted_at.is_(None),
            *(Organisation.name_key.contains(w, autoescape=True) for w in words),
        )
    return [
        (record_id, name)
        for record_id, name in session.execute(
            stmt.order_by(Organisation.name_key, Organisation.id).limit(limit)
        )
    ]


def _ordered(
    best: dict[tuple[str, int], search_index.Found], limit: int
) -> list[search_index.Found]:
    return sorted(best.values(), key=lambda f: (-f.score, f.entity, f.record_id))[:limit]


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
