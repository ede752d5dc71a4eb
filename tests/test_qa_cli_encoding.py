"""QA: output to a stream that cannot carry every name (a Windows console or a redirect
there: cp1252 has no 'ı'). The old code printed half a table, then 'unexpected error
(UnicodeEncodeError…)', and `--json > file` gave a broken file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.cli import main


def liaison(*args: str, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "LIAISON_OFFICER": "Tester"}
    env.pop("LIAISON_DB", None)
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "liaison", *args], capture_output=True, env=env, timeout=120
    )


@pytest.fixture(scope="module")
def team_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enc") / "team.db"
    assert main(["demo", "--size", "60", "--db", str(path)]) == 0
    return path


def names_beyond_cp1252(names: list[str]) -> list[str]:
    out = []
    for name in names:
        try:
            name.encode("cp1252")
        except UnicodeEncodeError:
            out.append(name)
    return out


def test_json_on_a_cp1252_stream_is_complete_and_exact(team_db: Path) -> None:
    done = liaison("list", "organisations", "--json", "--db", str(team_db), encoding="cp1252")
    assert done.returncode == 0, done.stderr.decode("cp1252", "replace")
    records = json.loads(done.stdout.decode("cp1252"))
    beyond = names_beyond_cp1252([r["name"] for r in records])
    assert beyond, "the demo should hold a name like 'Yılmaz'"
    # and they came through exactly, as \\u escapes
    reference = liaison("list", "organisations", "--json", "--db", str(team_db), encoding="utf-8")
    assert records == json.loads(reference.stdout.decode("utf-8"))


def test_a_table_on_a_cp1252_stream_is_printed_whole(team_db: Path) -> None:
    done = liaison("list", "organisations", "--db", str(team_db), encoding="cp1252")
    assert done.returncode == 0 and done.stderr == b"", done.stderr.decode("cp1252", "replace")
    reference = liaison("list", "organisations", "--db", str(team_db), encoding="utf-8")
    assert len(done.stdout.splitlines()) == len(reference.stdout.splitlines())
