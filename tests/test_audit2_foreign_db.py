"""An SQLite file of another program given as --db is refused in one sentence and left as it
was (issue 2: errors as one sentence; before, a read command wrote Liaison's tables into it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from liaison.cli import main
from liaison.errors import DatabaseLocationError
from liaison.storage.db import open_database


def _places(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://www.rotterdam.nl')")
    conn.close()


def _tables(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]
    finally:
        conn.close()


@pytest.mark.parametrize("command", [["list", "people"], ["demo", "--size", "3"], ["signals"]])
def test_another_programs_database_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    places = tmp_path / "places.sqlite"
    _places(places)

    assert main([*command, "--db", str(places)]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == (
        f"liaison: '{places}' is an SQLite database of another program, not a Liaison database."
    )
    assert _tables(places) == ["moz_places"]  # before: 20 Liaison tables added to it


def test_new_and_liaison_databases_still_open(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # a 0-byte file, as a file manager's "new file" makes
    open_database(empty).close()
    open_database(tmp_path / "new.db").close()
    open_database(empty).close()  # now a Liaison database: opens again
    with pytest.raises(DatabaseLocationError, match="another program"):
        places = tmp_path / "places.sqlite"
        _places(places)
        open_database(places)
