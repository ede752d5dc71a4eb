"""The bulk writer: what goes in through multi-row VALUES comes out exactly as
executemany would have stored it, however SQLite's parameter limit splits it;
errors reach the caller; a failed import leaves nothing."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from liaison.storage.bulk import QUEUE_DEPTH, BulkWriter, rows_per_statement, values_sql

COLUMNS = ("id", "label", "amount", "ratio", "note")
TRICKY = [
    (1, "Buurthuis De Esch", 150000, 0.5, None),
    (2, "Ayşe Yılmaz – café ‘t Hoekje 😀", -7, 1e-3, ""),
    (3, "007", 0, 3.0, "line one\nline two\ttab \x01 control"),
    (4, '{"a": 1}', 2**62, -0.0, "[1, 2]"),
    (5, "null", None, None, "true"),
    (6, "'; DROP TABLE t --", 1, 2.5, "backslash \\ and \\n as text"),
    (7, "=SUM(A1:A9)", 9_007_199_254_740_993, 1.7976931348623157e308, '"quoted"'),
]


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT NOT NULL, amount INTEGER, "
        "ratio REAL, note TEXT, made_by TEXT, version INTEGER)"
    )
    return conn


def stored(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT id, label, typeof(label), amount, typeof(amount), ratio, typeof(ratio), note, "
        "typeof(note), made_by, version FROM t ORDER BY id"
    ).fetchall()


def reference(tmp_path: Path, rows: list[tuple]) -> list[tuple]:
    """The same rows through plain executemany."""
    conn = connect(tmp_path / "reference.db")
    conn.executemany(values_sql("t", COLUMNS, (("made_by", "'Fatima'"),)), rows)
    conn.execute("UPDATE t SET version = 1")
    return stored(conn)


@pytest.mark.parametrize("threaded", [True, False])
def test_rows_arrive_exactly_as_executemany_stores_them(tmp_path: Path, threaded: bool) -> None:
    conn = connect(tmp_path / "bulk.db")
    conn.execute("BEGIN IMMEDIATE")
    with BulkWriter(conn, threaded=threaded) as writer:
        writer.insert("t", COLUMNS, TRICKY[:4], literals={"made_by": "'Fatima'", "version": "1"})
        writer.insert("t", COLUMNS, TRICKY[4:], literals={"made_by": "'Fatima'", "version": "1"})
        writer.wait()
    conn.execute("COMMIT")
    assert stored(conn) == reference(tmp_path, TRICKY)


def test_a_small_parameter_limit_splits_a_chunk_and_keeps_every_row(tmp_path: Path) -> None:
    conn = connect(tmp_path / "bulk.db")
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 2 * len(COLUMNS) + 1)
    assert rows_per_statement(conn, len(COLUMNS)) == 2
    conn.execute("BEGIN IMMEDIATE")
    with BulkWriter(conn) as writer:  # 7 rows: statements of 2, 2, 2 and 1 row
        writer.insert("t", COLUMNS, TRICKY, literals={"made_by": "'Fatima'", "version": "1"})
        writer.wait()
    conn.execute("COMMIT")
    assert stored(conn) == reference(tmp_path, TRICKY)


@pytest.mark.parametrize("limit", [None, 2 * len(COLUMNS) + 1])
def test_rows_given_column_by_column_arrive_as_the_same_rows(
    tmp_path: Path, limit: int | None
) -> None:
    conn = connect(tmp_path / "bulk.db")
    if limit is not None:  # statements of 2, 2, 2 and 1 row: each slice lands in its own rows
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    columns = [list(column) for column in zip(*TRICKY, strict=True)]
    conn.execute("BEGIN IMMEDIATE")
    with BulkWriter(conn) as writer:
        writer.insert_columns(
            "t", COLUMNS, columns, literals={"made_by": "'Fatima'", "version": "1"}
        )
        with pytest.raises(ValueError):  # a short column would shift every later row
            writer.insert_columns("t", COLUMNS, [*columns[:-1], columns[-1][:-1]])
        writer.wait()
    conn.execute("COMMIT")
    assert stored(conn) == reference(tmp_path, TRICKY)


def test_a_nul_character_is_kept(tmp_path: Path) -> None:
    rows = [(1, "before\x00after", None, None, None)]
    conn = connect(tmp_path / "bulk.db")
    with BulkWriter(conn) as writer:
        writer.insert("t", COLUMNS, rows)
        writer.wait()
    assert conn.execute("SELECT label FROM t").fetchone() == ("before\x00after",)


def test_text_that_merely_spells_an_escaped_nul_is_kept(tmp_path: Path) -> None:
    rows = [(1, "C:\\u0000\\map", None, None, None)]
    conn = connect(tmp_path / "bulk.db")
    with BulkWriter(conn) as writer:
        writer.insert("t", COLUMNS, rows)
        writer.wait()
    assert conn.execute("SELECT label FROM t").fetchone() == ("C:\\u0000\\map",)


def test_an_error_in_the_writer_reaches_the_caller_and_nothing_is_kept(tmp_path: Path) -> None:
    conn = connect(tmp_path / "bulk.db")
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError), BulkWriter(conn) as writer:
        writer.insert("t", COLUMNS, [(1, "eerste", None, None, None)])
        writer.insert("t", COLUMNS, [(2, None, None, None, None)])  # label NOT NULL
        writer.insert("t", COLUMNS, [(3, "derde", None, None, None)])
        writer.wait()
    assert [r[0] for r in stored(conn)] == [1]  # the third chunk was dropped, not written
    conn.execute("ROLLBACK")
    assert stored(conn) == []


def test_leaving_on_the_callers_error_drops_the_queue_and_stops_the_thread(
    tmp_path: Path,
) -> None:
    conn = connect(tmp_path / "bulk.db")
    conn.execute("BEGIN IMMEDIATE")
    before = threading.active_count()
    with pytest.raises(KeyboardInterrupt), BulkWriter(conn) as writer:
        for n in range(QUEUE_DEPTH * 4):  # more than the queue holds: the caller waits
            writer.insert(
                "t", COLUMNS, [(n * 1000 + i, f"rij {i}", i, None, None) for i in range(500)]
            )
        raise KeyboardInterrupt  # e.g. the officer cancels
    assert threading.active_count() == before
    conn.execute("ROLLBACK")
    assert stored(conn) == []
