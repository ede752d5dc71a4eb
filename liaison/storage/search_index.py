"""The full-text search index: the one module that knows about SQLite's FTS5.

On SQLite, ``search_fts`` (migration 0002, trigram tokenizer) holds one row per
live organisation, person and contact-log entry: a *title* (the name, or the
interaction's summary) and a *body* (e-mail, phone, notes…), both folded
(lower case, accents removed) so that "Aysé" finds "Ayşe" on every SQLite
version. Phone numbers are also stored as bare digits (and in the +31 form) so
"0612345678" finds "06-12 34 56 78".

The row id encodes the record (``id * 4 + entity code``) so that keeping the
index in step with a write is a primary-key delete plus an insert, never a scan.

The index follows every ORM write through a Session ``after_flush`` listener
installed when this module is imported (``liaison.storage.db`` imports it).
Bulk writers that insert with SQLAlchemy Core call :func:`rebuild` (everything)
or :func:`index_records` (some ids) afterwards, or add the documents of new
records as they insert them (:func:`documents`, :func:`begin_bulk`).

Other backends have no FTS: :func:`find` falls back to portable LIKE queries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, case, event, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from liaison.storage.models import (
    Interaction,
    Organisation,
    Person,
    RecordMixin,
)
from liaison.text import fold, name_key

#: Entity name → code used in the row id.
ENTITY_CODES: dict[str, int] = {"organisation": 1, "person": 2, "interaction": 3}
CLASSES: dict[str, type[RecordMixin]] = {
    "organisation": Organisation,
    "person": Person,
    "interaction": Interaction,
}
#: Title matches weigh ten times body matches in bm25 (columns: entity, record_id, title, body).
BM25 = "bm25(search_fts, 0.0, 0.0, 10.0, 1.0)"
#: Parts of the body are separated so trigrams do not run from one field into the next.
SEPARATOR = " | "
BATCH = 20_000

_NOT_DIGIT = re.compile(r"\D+")
_PHONE_QUERY = re.compile(r"^[\d\s\-+().\/]+$")


@dataclass(frozen=True)
class Found:
    """One match: which record, its rank tier (0 = name starts with the query) and score."""

    entity: str
    record_id: int
    tier: int
    score: float  # higher is better, consistent with the order returned


def is_sqlite(bind: Session | Connection) -> bool:
    return (
        bind.get_bind().dialect.name == "sqlite"
        if isinstance(bind, Session)
        else (bind.dialect.name == "sqlite")
    )


def _connection(bind: Session | Connection) -> Connection:
    return bind.connection() if isinstance(bind, Session) else bind


# --- folding ----------------------------------------------------------------


def phone_variants(phone: str | None) -> list[str]:
    """The digits of a phone number as indexed: a Dutch number once, in national form (0…).

    A query in international form ("+31 6 …") is searched in national form as
    well (:func:`match_expression`), so one form is enough: storing three (as
    written, national, international) made the index a third bigger.
    """
    if not phone:
        return []
    digits = _NOT_DIGIT.sub("", phone)
    if len(digits) < 3:
        return []
    if digits.startswith("0031"):
        digits = digits[2:]
    if digits.startswith("31") and len(digits) == 11:
        return ["0" + digits[2:]]
    return [digits]


def _body(*parts: str | None, phone: str | None = None) -> str:
    texts = [fold(p) for p in parts if p]
    if phone:
        texts.extend(phone_variants(phone))
    return SEPARATOR.join(t for t in texts if t)


def person_name(given: str | None, infix: str | None, family: str | None) -> str:
    return " ".join(p for p in (given, infix, family) if p)


def _row(entity: str, record_id: int, title: str, body: str) -> tuple[int, str, int, str, str]:
    return (record_id * 4 + ENTITY_CODES[entity], entity, record_id, title, body)


# The row makers unpack by position (in the order of the columns in _SOURCES):
# a rebuild makes 200,000 of them and attribute access on each Row was a third of it.


def _organisation_row(r: Any) -> tuple[int, str, int, str, str]:
    record_id, name, email, phone, website, address, description = r
    body = _body(email, website, address, description, phone=phone)
    return _row("organisation", record_id, fold(name), body)


def _person_row(r: Any) -> tuple[int, str, int, str, str]:
    record_id, given, infix, family, email, phone, notes = r
    title = fold(person_name(given, infix, family))
    return _row("person", record_id, title, _body(email, notes, phone=phone))


def _interaction_row(r: Any) -> tuple[int, str, int, str, str]:
    record_id, summary, notes = r
    return _row("interaction", record_id, fold(summary), _body(notes))


_SOURCES = {
    "organisation": (
        Organisation,
        (
            Organisation.id,
            Organisation.name,
            Organisation.email,
            Organisation.phone,
            Organisation.website,
            Organisation.address,
            Organisation.description,
        ),
        _organisation_row,
    ),
    "person": (
        Person,
        (
            Person.id,
            Person.given_name,
            Person.infix,
            Person.family_name,
            Person.email,
            Person.phone,
            Person.notes,
        ),
        _person_row,
    ),
    "interaction": (
        Interaction,
        (Interaction.id, Interaction.summary, Interaction.notes),
        _interaction_row,
    ),
}

TABLE = "search_fts"
#: The index table's columns, in the order :func:`documents` fills them.
COLUMNS = ("rowid", "entity", "record_id", "title", "body")
_INSERT = f"INSERT INTO {TABLE}({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
_DELETE = "DELETE FROM search_fts WHERE rowid = ?"


def source_columns(entity: str) -> tuple[str, ...]:
    """The record's column names a document is made from, the id first."""
    return tuple(c.key for c in _SOURCES[entity][1])


def documents(entity: str, rows: Iterable[Sequence[Any]]) -> list[tuple[int, str, int, str, str]]:
    """Index rows for records given as tuples in :func:`source_columns` order.

    For bulk writers that still hold the values they insert: indexing them
    alongside the insert spares reading 200,000 records back afterwards.
    """
    to_row = _SOURCES[entity][2]
    return [to_row(r) for r in rows]


def begin_bulk(bind: Session | Connection, first_ids: dict[str, int]) -> None:
    """Prepare to add documents for new records, per entity with ids from ``first_ids[entity]`` up.

    Removes index rows left at those ids (none, unless a record was ever
    deleted for good past the current top), and pauses FTS5's incremental
    merging, which :func:`end_bulk` resumes: merging while loading costs time
    that one merge later does not.
    """
    if not is_sqlite(bind):
        return
    conn = _connection(bind)
    for entity, first_id in first_ids.items():
        conn.exec_driver_sql(
            "DELETE FROM search_fts WHERE rowid >= ? AND rowid % 4 = ?",
            (first_id * 4, ENTITY_CODES[entity]),
        )
    _set_automerge(conn, 0)


def end_bulk(bind: Session | Connection) -> None:
    """Resume FTS5's incremental merging after :func:`begin_bulk`."""
    if is_sqlite(bind):
        _set_automerge(_connection(bind), AUTOMERGE)


#: FTS5's own default for incremental merging (segments merged per step).
AUTOMERGE = 4


def _set_automerge(conn: Connection, value: int) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', {int(value)})"
    )


# --- writing ----------------------------------------------------------------


#: The table as migration 0002 creates it; :func:`rebuild` re-creates it the same way.
FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "entity UNINDEXED, record_id UNINDEXED, title, body, tokenize='trigram')"
)


def rebuild(bind: Session | Connection, *, optimize: bool = True) -> int:
    """Re-create the whole index from the live records; returns the number of rows indexed.

    For bulk writers (demo data, imports) that insert with SQLAlchemy Core: one
    rebuild is about seven times faster per row than keeping the index in step
    row by row. Does nothing on backends without FTS.

    Measured at 612,558 rows: dropping and re-creating the table takes 1 s
    where DELETE took 14 s; automatic merging is off during the load and one
    'optimize' at the end leaves a single b-tree, which searches fastest.

    ``optimize=False`` leaves the b-trees of the load (one per 20,000 rows) to
    FTS5's automatic merging: an import saves 0.5 s per 200,000 rows, and searches
    measured the same (3–48 ms either way on 200,000 records).
    """
    if not is_sqlite(bind):
        return 0
    conn = _connection(bind)
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    conn.exec_driver_sql(FTS_DDL)
    _set_automerge(conn, 0)
    total = 0
    for entity in CLASSES:
        total += _index_where(conn, entity, None)
    if optimize:
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    _set_automerge(conn, AUTOMERGE)
    return total


def _index_where(conn: Connection, entity: str, ids: Sequence[int] | None) -> int:
    cls, columns, to_row = _SOURCES[entity]
    count = 0
    last = 0
    while True:
        stmt = select(*columns).where(cls.deleted_at.is_(None))
        if ids is not None:
            chunk = list(ids[count : count + 900])
            if not chunk:
                break
            stmt = stmt.where(cls.id.in_(chunk))
            count += len(chunk)
        else:
            stmt = stmt.where(cls.id > last).order_by(cls.id).limit(BATCH)
        rows = conn.execute(stmt).all()
        if rows:
            conn.exec_driver_sql(_INSERT, [to_row(r) for r in rows])
        if ids is None:
            if not rows:
                break
            last = rows[-1][0]
            count += len(rows)
    return count


def index_records(bind: Session | Connection, entity: str, ids: Iterable[int]) -> None:
    """Refresh the index rows of some records (trashed or missing ones are removed)."""
    if entity not in ENTITY_CODES or not is_sqlite(bind):
        return
    conn = _connection(bind)
    id_list = sorted({int(i) for i in ids})
    if not id_list:
        return
    code = ENTITY_CODES[entity]
    conn.exec_driver_sql(_DELETE, [(i * 4 + code,) for i in id_list])
    _index_where(conn, entity, id_list)


def _entity_of(obj: object) -> str | None:
    for name, cls in CLASSES.items():
        if isinstance(obj, cls):
            return name
    return None


@event.listens_for(Session, "after_flush")
def _follow_flush(session: Session, _flush_context: Any) -> None:
    """Keep the index in step with every ORM write (all sessions, all databases)."""
    touched: dict[str, set[int]] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        entity = _entity_of(obj)
        if entity is None:
            continue
        record_id = obj.id  # type: ignore[attr-defined]
        if record_id is not None:
            touched.setdefault(entity, set()).add(record_id)
    if not touched:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    for entity, ids in touched.items():
        index_records(conn, entity, ids)


# --- reading ----------------------------------------------------------------


def clean_query(text: str | None) -> str:
    """The folded query with control characters removed."""
    if not text:
        return ""
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in " \t")
    return fold(text)


def phone_digits(query: str) -> str | None:
    """Bare digits if the query looks like (part of) a phone number, else None."""
    if not _PHONE_QUERY.match(query):
        return None
    digits = _NOT_DIGIT.sub("", query)
    if len(digits) < 3:
        return None
    if digits.startswith("0031"):
        digits = digits[2:]
    return digits


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH string for a folded query: every word of 3+ characters must occur.

    Each word is quoted as a phrase (quotes doubled), so FTS syntax in the
    query ("AND", "*", "NEAR(", '"') is searched for literally, never parsed.
    """
    digits = phone_digits(query)
    if digits is not None:
        forms = [digits]
        if digits.startswith("31") and len(digits) > 4:  # +31 …: indexed as 0…
            forms.append("0" + digits[2:])
        return " OR ".join(f'"{d}"' for d in forms)
    words = [w for w in query.split() if len(w) >= 3]
    if not words:
        if len(query) < 3:
            return None
        words = [query]
    return " ".join('"' + w.replace('"', '""') + '"' for w in dict.fromkeys(words))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: How many of the best bm25 matches the name-prefix tiers re-rank, per hit asked for.
#: Each candidate costs a title lookup and a slot in the top-k sorter: at 1,000
#: matches ('Benali' among 100,000 people) 4× took 5.5 ms where 2× takes 4.6 ms
#: and the bare FTS5 query 3.4 ms (CPU time, same run).
RERANK_FACTOR = 2


def find(session: Session, query: str, limit: int = 50) -> list[Found]:
    """Records matching a folded query (≥ 3 characters), best first.

    Order: names that start with the query, then names with a word that
    starts with it, then the rest; within a tier by bm25 (title ten times body).

    The tiers re-rank the ``RERANK_FACTOR × limit`` best bm25 matches rather
    than every match: computing a tier needs the title text, and reading it
    for all 30,000 matches of a common word costs more than the ranking
    itself. A name that starts with the query scores high in bm25 anyway
    (title weight, short title), so it is in that set in practice.
    """
    if limit <= 0:
        return []
    if not is_sqlite(session):
        return _find_like(session, query, limit)
    match = match_expression(query)
    if match is None:
        return []
    # The best matches by bm25 first (rowid and score only: cheap), then the
    # titles of just those rows, in one statement.
    titles = (
        session.connection()
        .exec_driver_sql(
            "SELECT f.rowid, f.entity, f.record_id, f.title, best.score FROM "
            f"(SELECT rowid AS id, {BM25} AS score FROM search_fts "
            "WHERE search_fts MATCH ? ORDER BY score LIMIT ?) AS best "
            "JOIN search_fts AS f ON f.rowid = best.id",
            (match, limit * RERANK_FACTOR),
        )
        .all()
    )
    word_start = " " + query
    found = []
    for _rowid, entity, record_id, title, score in titles:
        tier = 0 if title.startswith(query) else 1 if word_start in title else 2
        # bm25 is negative, smaller is better; the score grows with rank across tiers.
        found.append(Found(entity, int(record_id), tier, (3 - tier) * 1000.0 - float(score)))
    found.sort(key=lambda f: (-f.score, f.entity, f.record_id))
    return found[:limit]


#: Title matches :func:`organisations_named` reads before it leaves the work to a scan
#: of the name index: reading one costs about a microsecond, a scan of 12,500 names 1.4 ms.
TITLE_CAP = 500


def organisations_named(session: Session, words: Sequence[str]) -> list[tuple[int, str]] | None:
    """(id, folded name) of every organisation whose name holds all ``words``, from the index.

    The words are alphanumeric runs of 3+ characters (as :func:`liaison.text.name_key`
    splits a query), so "the folded name holds them" is the same test as "the name key
    holds them". None when the index is not FTS5, or when more than ``TITLE_CAP``
    titles of any kind hold them: then a scan of the names is the cheaper way.
    """
    if not words or not is_sqlite(session):
        return None
    match = " AND ".join(f'title : "{w}"' for w in words)
    conn = session.connection()
    rowids = [
        r
        for (r,) in conn.exec_driver_sql(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?", (match, TITLE_CAP + 1)
        )
    ]
    if len(rowids) > TITLE_CAP:
        return None
    code = ENTITY_CODES["organisation"]
    wanted = [r for r in rowids if r % 4 == code]
    if not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    return [
        (rowid // 4, title)
        for rowid, title in conn.exec_driver_sql(
            f"SELECT rowid, title FROM search_fts WHERE rowid IN ({marks})", tuple(wanted)
        )
    ]


def raw_match_sql() -> str:
    """The bare FTS5 query :func:`find` builds on (benchmarks compare against it)."""
    return (
        f"SELECT entity, record_id FROM search_fts WHERE search_fts MATCH ? ORDER BY {BM25} LIMIT ?"
    )


def _accent_classes() -> dict[str, str]:
    """ASCII letter → a regular-expression class of every Latin letter :func:`fold` makes it."""
    variants: dict[str, list[str]] = {}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        folded = fold(letter)
        if len(folded) == 1 and folded != letter and folded.isascii() and folded.isalpha():
            variants.setdefault(folded, [folded]).append(letter)
    return {a: "[" + "".join(v) + "]" for a, v in variants.items()}


_ACCENT_CLASSES = _accent_classes()


def accent_pattern(folded: str) -> str:
    """A PostgreSQL regular expression (for ``~*``) that finds a folded text with or
    without accents: "cafe" becomes "caf[eéèêë…]"; other characters are literal."""
    return "".join(
        _ACCENT_CLASSES.get(c) or (c if c.isalnum() or c == " " else "\\" + c) for c in folded
    )


def _find_like(session: Session, query: str, limit: int) -> list[Found]:
    """Portable fallback: LIKE over folded names and lower-cased contact fields.

    Names are accent-insensitive everywhere (``name_key``/``sort_key`` are folded).
    On PostgreSQL the rest is too: a case-insensitive regular expression with the
    accented forms of each letter, as fast as LIKE there ("cafe" finds the contact
    log's "Mantelzorgcafé"; translate() over every column was 35 times slower).
    Other databases compare the rest case-insensitively only.
    """
    words = [w for w in query.split() if len(w) >= 3] or [query]
    digits = phone_digits(query)
    regex = session.get_bind().dialect.name == "postgresql"

    def contains(col: Any, w: str) -> Any:
        if regex:
            return col.op("~*")(accent_pattern(w))
        return func.lower(col).like(f"%{_like_escape(w)}%", escape="\\")

    def cond(*cols: Any, keyed: Any = None) -> Any:
        """Every word occurs in one of the columns (or, as a name key, in ``keyed``)."""
        parts = []
        for w in words:
            alternatives = [contains(c, w) for c in cols]
            key = name_key(w)
            if keyed is not None and key and key != w:
                # "cafe-restaurant": the key has the accents off but the hyphen too, the
                # lower-cased name the hyphen but the accent; FTS5's folded title has both
                alternatives.append(keyed.like(f"%{_like_escape(key)}%", escape="\\"))
            parts.append(or_(*alternatives))
        return and_(*parts)

    def digits_of(col: Any) -> Any:
        for ch in " -.()+/":
            col = func.replace(col, ch, "")
        return col

    def tier(title: Any) -> Any:
        if regex:
            pattern = accent_pattern(query)
            return case(
                (title.op("~*")("^" + pattern), 0), (title.op("~*")(" " + pattern), 1), else_=2
            )
        q = _like_escape(query)
        return case(
            (title.like(f"{q}%", escape="\\"), 0),
            (title.like(f"% {q}%", escape="\\"), 1),
            else_=2,
        )

    o_title = func.lower(Organisation.name)
    # The full name with its infix, as the FTS title has it: "van der Berg" is in Jan's
    # title, while sort_key keeps the infix apart (after the given name).
    p_title = func.lower(
        func.coalesce(Person.given_name, "")
        + " "
        + func.coalesce(func.nullif(Person.infix, "") + " ", "")
        + func.coalesce(Person.family_name, "")
    )
    i_title = func.lower(Interaction.summary)
    selects = []
    o_where = cond(
        Organisation.name_key,
        o_title,
        Organisation.email,
        Organisation.website,
        Organisation.address,  # "Hillevliet" finds what is there, as FTS5 does
        Organisation.description,
        keyed=Organisation.name_key,
    )
    p_where = cond(Person.sort_key, p_title, Person.email, Person.notes)
    if digits:
        # FTS5 indexes a number in national form and looks for a +31 query in that form
        # too; stored numbers are compared as written here, so a query is looked for in
        # both forms ("+31 6 1234" as 061234, "010" as 3110). Not by the digits after
        # the 0 alone: "010" then found every number holding "10".
        forms = [digits]
        if digits.startswith("31") and len(digits) > 4:
            forms.append("0" + digits[2:])
        elif digits.startswith("0") and not digits.startswith("00"):
            forms.append("31" + digits[1:])
        tails = [f"%{f}%" for f in forms]  # digits only
        o_where = or_(o_where, *(digits_of(Organisation.phone).like(t) for t in tails))
        p_where = or_(p_where, *(digits_of(Person.phone).like(t) for t in tails))
    selects.append(
        select(literal("organisation"), Organisation.id, tier(o_title)).where(
            Organisation.deleted_at.is_(None), o_where
        )
    )
    selects.append(
        select(literal("person"), Person.id, tier(p_title)).where(
            Person.deleted_at.is_(None), p_where
        )
    )
    selects.append(
        select(literal("interaction"), Interaction.id, tier(i_title)).where(
            Interaction.deleted_at.is_(None), cond(i_title, Interaction.notes)
        )
    )
    u = union_all(*selects).subquery()
    cols = list(u.c)
    rows = session.execute(select(*cols).order_by(cols[2], cols[1]).limit(limit))
    return [Found(e, int(i), int(t), (3 - int(t)) * 1000.0) for e, i, t in rows]
