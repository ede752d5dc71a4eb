"""People sorted on any column: the same ids, in the same order, trash left out."""

from __future__ import annotations

from sqlalchemy import select

from liaison import demo
from liaison.services import editing, queries
from liaison.storage.db import Database
from liaison.storage.models import Person


def test_every_person_order_matches_python_sorting(db: Database) -> None:
    demo.generate(db, size=300)
    with db.session_scope() as s:
        first = queries.ids(s, queries.ListQuery("person"))
        for record_id in first[::37]:
            editing.delete_record(s, "person", record_id)
    with db.session_scope(write=False) as s:
        live = [i for i in s.scalars(select(Person.id).where(Person.deleted_at.is_(None)))]
        rows = queries.rows(s, "person", live)
        for column in queries.columns("person"):
            if not column.sortable:
                continue
            for descending in (False, True):
                q = queries.ListQuery("person", sort=column.key, descending=descending)
                got = queries.ids(s, q)
                assert sorted(got) == sorted(live), column.key
                field = "sort_key" if column.key == "name" else column.key
                if field == "sort_key":
                    keys = dict(s.execute(select(Person.id, Person.sort_key)).all())
                else:
                    keys = {i: rows[i][field] for i in live}
                present = [i for i in live if keys[i] is not None]
                empty = [i for i in live if keys[i] is None]
                present.sort(key=lambda i: (keys[i], i), reverse=descending)
                empty.sort(reverse=descending)
                assert got == present + empty, (column.key, descending)
                assert queries.ids(s, q, limit=25) == got[:25]
                assert queries.count(s, q) == len(live)
