"""A search for a person's name does not read every organisation's name (issue 2: search
≤ 5 ms and ≤ 2× the raw FTS5 query at 100,000 people).

The organisation-name pass ran ``name_key LIKE '%benali%'`` over every organisation
(1.4 ms of 4.3 ms at 12,500 organisations) even when only names that start with the
query could still enter the list; those are a range of the name index.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from liaison.services import records, search
from liaison.storage.db import Database
from liaison.storage.models import Organisation, Person


def _statements(db: Database, fn: Any) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def grab(_c: Any, _cur: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    return seen


def test_a_family_name_search_reads_a_range_of_organisation_names(db: Database) -> None:
    with db.session_scope() as s:
        for i in range(60):
            records.create(s, Person, given_name=f"Naima{i}", family_name="Benali")
        for i in range(40):
            records.create(s, Organisation, name=f"Buurtkeuken {i}", kind="initiative")
        records.create(s, Organisation, name="Stichting Benali Hulp", kind="initiative")
        records.create(s, Organisation, name="Bakkerij Benali", kind="company")
        records.create(s, Organisation, name="Benali Tweewielers", kind="company")

    with db.session_scope(write=False) as s:
        hits: list[search.SearchHit] = []
        statements = _statements(db, lambda: hits.extend(search.search(s, "Benali")))
        plans = []
        conn = s.connection()
        for statement, params in statements:
            if "FROM organisation" not in statement:
                continue
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            plans += [row[-1] for row in rows]

    titles = [h.title for h in hits]
    assert len(hits) == 50
    assert "Benali Tweewielers" in titles  # a name that starts with the query comes first
    assert titles.index("Benali Tweewielers") < titles.index("Naima0 Benali")
    assert plans, "the organisation names were not read at all"
    # Before the fix every live organisation's name was read ('SCAN organisation USING INDEX
    # ix_organisation_name_key' on the benchmark database, the deleted_at index here).
    assert [p for p in plans if "name_key>? AND name_key<?" in p], plans


def test_a_word_found_only_in_e_mail_addresses_reads_no_organisation_names(
    db: Database,
) -> None:
    """'repaircafé' is in 60 e-mail addresses and no name: the search index says that no
    title holds it, so no scan of every organisation's name (1.4 of 3.3 ms at 12,500)."""
    with db.session_scope() as s:
        for i in range(60):
            records.create(
                s,
                Organisation,
                name=f"Repair Café {i}",
                kind="initiative",
                email=f"info@repaircafe{i}.nl",
            )
        kitchen = records.create(
            s, Organisation, name="Buurtkeuken Repaircafé Zuid", kind="initiative"
        ).id

    with db.session_scope(write=False) as s:
        hits: list[search.SearchHit] = []
        statements = _statements(db, lambda: hits.extend(search.search(s, "repaircafé")))

    assert len(hits) == 50
    assert hits[0].id == kitchen  # the one name that holds the word comes first
    scans = [st for st, _ in statements if "organisation.name_key LIKE" in st]
    assert scans == []  # before: LIKE '%repaircafe%' over every organisation's name
