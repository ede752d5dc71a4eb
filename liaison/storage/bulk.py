"""Bulk inserts on SQLite that run beside Python work: one statement per chunk, off the GIL.

Why a module of its own: ``executemany`` takes the interpreter lock back
around every row's step, so a thread running it next to a busy Python thread
gets almost nowhere. One multi-row ``INSERT … VALUES (…), (…), …`` per chunk is
a single ``sqlite3_step``: the lock is held only while the parameters are bound
and released for the whole insert, so the caller's Python work (building the
next chunk's rows, the search documents) runs on another core meanwhile.

Measured on the import's person table (100,000 rows, 2 cores, a CPU-bound
Python thread beside it): executemany did not finish in minutes; ``INSERT …
SELECT … FROM json_each(?)`` (this module's first form) 2.8–3.0 s including
``json.dumps``; multi-row VALUES of 2,000 rows 1.7–1.9 s, with no JSON to write
or parse and no text JSON cannot carry.

The writer owns the connection while it has work: the caller must not use the
same connection between :meth:`BulkWriter.insert` and :meth:`BulkWriter.wait`.
That keeps it safe on SQLite builds in multi-thread mode too (one connection
never in two threads at once); the transaction is the caller's.
"""

from __future__ import annotations

import functools
import itertools
import queue
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from typing import Any

#: Chunks waiting for the writer at most: bounds the memory of payloads built ahead.
QUEUE_DEPTH = 2

#: Rows in one statement at most; fewer when SQLite's bound-parameter limit says so.
ROWS_PER_STATEMENT = 2_000

_STOP = object()


@functools.lru_cache(maxsize=64)
def values_sql(
    table: str,
    columns: tuple[str, ...],
    literals: tuple[tuple[str, str], ...] = (),
    rows: int = 1,
) -> str:
    """``INSERT INTO "table" (literal columns, columns) VALUES (literals, ?, …)`` × ``rows``.

    ``literals`` are (column, SQL literal) pairs with the same value on every
    row, written into the statement instead of being bound row after row;
    ``columns`` are bound from each row in order. The text is cached: the
    sqlite3 module then reuses the prepared statement, chunk after chunk.
    """
    quoted = ", ".join(f'"{name}"' for name in [*(c for c, _ in literals), *columns])
    row = "(" + ", ".join([*(v for _, v in literals), *("?" * len(columns))]) + ")"
    return f'INSERT INTO "{table}" ({quoted}) VALUES ' + ", ".join([row] * rows)


def rows_per_statement(connection: sqlite3.Connection, width: int) -> int:
    """How many rows of ``width`` bound values fit in one statement on this SQLite."""
    limit = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, min(ROWS_PER_STATEMENT, limit // max(1, width)))


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
        names, fixed = tuple(columns), tuple((literals or {}).items())
        step = rows_per_statement(self._connection, len(names))
        jobs = []
        for start in range(0, len(rows), step):
            part = rows[start : start + step]
            # flattened here, in the caller's thread: the writer only binds and steps
            jobs.append(
                (
                    values_sql(table, names, fixed, len(part)),
                    list(itertools.chain.from_iterable(part)),
                )
            )
        self._submit(jobs)

    def insert_columns(
        self,
        table: str,
        columns: Sequence[str],
        values: Sequence[Sequence[Any]],
        *,
        literals: Mapping[str, str] | None = None,
    ) -> None:
        """Like :meth:`insert`, the rows given column by column (``values[j]`` is column j).

        Each statement's flat parameter list is filled one column at a time by
        slice assignment, in C: no tuple per row and no flattening pass, a
        quarter of a second on 400,000 rows.
        """
        n = len(values[0]) if values else 0
        if not n:
            return
        if any(len(column) != n for column in values):
            raise ValueError("every column must hold the same number of rows")
        self._raise_error()
        names, fixed = tuple(columns), tuple((literals or {}).items())
        width = len(names)
        step = rows_per_statement(self._connection, width)
        jobs = []
        for start in range(0, n, step):
            count = min(step, n - start)
            flat: list[Any] = [None] * (count * width)
            for j, column in enumerate(values):
                flat[j::width] = column[start : start + count]
            jobs.append((values_sql(table, names, fixed, count), flat))
        self._submit(jobs)

    def _submit(self, jobs: list[tuple[str, list[Any]]]) -> None:
        if self._thread is None:
            for job in jobs:
                self._execute(job)
        else:
            self._queue.put(jobs)

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

    def _execute(self, job: tuple[str, list[Any]]) -> None:
        sql, parameters = job
        cursor = self._connection.cursor()
        try:
            cursor.execute(sql, parameters)
        finally:
            cursor.close()

    def _run(self) -> None:
        while True:
            jobs = self._queue.get()
            try:
                if jobs is _STOP:
                    return
                for job in jobs:
                    if self._discard or self._error is not None:
                        break
                    self._execute(job)
            except BaseException as exc:  # handed to the caller by wait()
                self._error = exc
            finally:
                self._queue.task_done()
