"""Bulk inserts on SQLite that run beside Python work: one statement per chunk, off the GIL.

Why a module of its own: ``executemany`` binds every row in Python and takes
the interpreter lock back around every row's step, so a thread running it next
to a busy Python thread gets almost nowhere. ``INSERT … SELECT … FROM
json_each(?)`` is a single ``sqlite3_step`` for a whole chunk: the lock is
released for all of it, and the caller's Python work (building the next
chunk's rows, the search documents) runs on another core meanwhile.

Measured on the import's person table (100,000 rows, 2 cores): executemany
0.95 s; ``json.dumps`` 0.09 s plus the insert 0.72 s, and a CPU-bound thread
beside the insert ran as fast as alone.

The writer owns the connection while it has work: the caller must not use the
same connection between :meth:`BulkWriter.insert` and :meth:`BulkWriter.wait`.
That keeps it safe on SQLite builds in multi-thread mode too (one connection
never in two threads at once); the transaction is the caller's.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from typing import Any

#: Chunks waiting for the writer at most: bounds the memory of payloads built ahead.
QUEUE_DEPTH = 2

_STOP = object()


def json_extract_expression(position: int, *, arrow: bool) -> str:
    """The SQL that reads element ``position`` of json_each's current array."""
    return f"value->>{position}" if arrow else f"json_extract(value, '$[{position}]')"


def supports_json(connection: sqlite3.Connection) -> tuple[bool, bool]:
    """(json_each works at all, the ``->>`` operator exists: SQLite ≥ 3.38)."""
    try:
        connection.execute("SELECT json_extract('[1]', '$[0]')").fetchone()
    except sqlite3.Error:
        return False, False
    return True, sqlite3.sqlite_version_info >= (3, 38)


def _insert_head(
    table: str, columns: Sequence[str], literals: Mapping[str, str] | None
) -> tuple[str, list[str]]:
    """``INSERT INTO "table" ("literal columns", "columns")`` and the literal values."""
    fixed = dict(literals or {})
    quoted = ", ".join(f'"{name}"' for name in [*fixed, *columns])
    return f'INSERT INTO "{table}" ({quoted})', list(fixed.values())


def insert_sql(
    table: str,
    columns: Sequence[str],
    *,
    literals: Mapping[str, str] | None = None,
    arrow: bool = True,
) -> str:
    """``INSERT INTO table (literal columns, columns) SELECT literals, value->>0, … FROM json_each(?)``.

    ``literals`` are columns with the same value on every row, already written
    as SQL literals; ``columns`` are read from each row's JSON array in order.
    """
    head, fixed = _insert_head(table, columns, literals)
    picks = [*fixed, *(json_extract_expression(i, arrow=arrow) for i in range(len(columns)))]
    return f"{head} SELECT {', '.join(picks)} FROM json_each(?)"


def values_sql(
    table: str, columns: Sequence[str], *, literals: Mapping[str, str] | None = None
) -> str:
    """The same insert for executemany: the fallback for rows JSON cannot carry."""
    head, fixed = _insert_head(table, columns, literals)
    return f"{head} VALUES ({', '.join([*fixed, *('?' * len(columns))])})"


def to_json(rows: Sequence[Sequence[Any]]) -> str | None:
    """Rows as one JSON array, or None when a value would not survive the trip.

    Text stays as it is (a lone surrogate fails to bind just as it would in
    executemany); NUL characters and non-JSON types (bytes, Decimal, NaN) make
    the chunk go through executemany instead.
    """
    try:
        payload = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):
        return None
    if "\\u0000" in payload:  # SQLite's JSON reader would cut the text there
        return None
    return payload


class BulkWriter:
    """Runs inserts on one SQLite connection in a thread of its own, in order.

    Use as a context manager. :meth:`insert` queues a chunk (blocking while
    ``QUEUE_DEPTH`` chunks wait), :meth:`wait` blocks until everything queued
    is written and raises the first error the writer met. Leaving the block on
    an exception drops what is still queued; the caller then rolls back.
    ``threaded=False`` writes in the calling thread (same statements).
    """

    def __init__(self, connection: sqlite3.Connection, *, threaded: bool = True) -> None:
        self._connection = connection
        self._json, self._arrow = supports_json(connection)
        self._error: BaseException | None = None
        self._discard = False
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=QUEUE_DEPTH)
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(
                target=self._run, name="liaison-bulk-writer", daemon=True
            )
            self._thread.start()

    # --- the caller's side ------------------------------------------------------------------

    def insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        literals: Mapping[str, str] | None = None,
    ) -> None:
        """Queue ``rows`` (tuples in ``columns`` order) for insertion into ``table``."""
        if not rows:
            return
        self._raise_error()
        payload = to_json(rows) if self._json else None
        if payload is not None:
            job = (insert_sql(table, columns, literals=literals, arrow=self._arrow), payload, False)
        else:
            job = (values_sql(table, columns, literals=literals), list(rows), True)
        if self._thread is None:
            self._execute(job)
        else:
            self._queue.put(job)

    def wait(self) -> None:
        """Block until every queued chunk is written; raise the writer's first error."""
        if self._thread is not None:
            self._queue.join()
        self._raise_error()

    def close(self) -> None:
        """Stop the thread (after what is queued, unless an error made it drop the rest)."""
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join()
            self._thread = None

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self._discard = True  # the transaction is rolled back: nothing more to write
        self.close()
        if exc_type is None:
            self._raise_error()

    # --- the writer's side ------------------------------------------------------------------

    def _raise_error(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            self._discard = True
            raise error

    def _execute(self, job: tuple[str, Any, bool]) -> None:
        sql, data, many = job
        cursor = self._connection.cursor()
        try:
            if many:
                cursor.executemany(sql, data)
            else:
                cursor.execute(sql, (data,))
        finally:
            cursor.close()

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is _STOP:
                    return
                if not self._discard and self._error is None:
                    self._execute(job)
            except BaseException as exc:  # handed to the caller by wait()
                self._error = exc
            finally:
                self._queue.task_done()
