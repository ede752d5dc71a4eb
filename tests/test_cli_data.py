"""The data commands through the real ``liaison`` entry point, as team leads script them."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Every test starts the real command in a new Python process (seconds each on this machine).
pytestmark = pytest.mark.slow

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EUROS = re.compile(r"^\d+\.\d{2}$")


def liaison(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LIAISON_OFFICER": "Tester"}
    env.pop("LIAISON_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "liaison", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


def as_json(*args: str | Path) -> Any:
    return json.loads(liaison(*args, "--json").stdout)


def assert_one_sentence_error(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert done.stdout == ""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    summary = json.loads(liaison("demo", "--db", path, "--size", "200", "--json").stdout)
    assert summary["people"] == 200 and summary["initiatives"] == 25
    yield path


def test_demo_prints_a_summary_and_refuses_a_filled_database(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    done = liaison("demo", "--size", "30", "--db", path)
    assert "30 people" in done.stdout and "initiatives" in done.stdout
    again = liaison("demo", "--size", "30", "--db", path, check=False)
    assert_one_sentence_error(again)
    assert "--force" in again.stderr
    forced = liaison("demo", "--size", "30", "--db", path, "--force", "--json")
    assert json.loads(forced.stdout)["people"] == 30


def test_list_organisations_json_contract(demo_db: Path) -> None:
    orgs = as_json("list", "organisations", "--db", demo_db)
    assert isinstance(orgs, list) and len(orgs) > 100
    for org in orgs:
        assert {"id", "name", "kind", "neighbourhood"} <= set(org)
    kinds = {o["kind"] for o in orgs}
    assert {"initiative", "fund", "municipality", "housing"} <= kinds
    names = [o["name"] for o in orgs]
    assert names[:20] == sorted(names[:20], key=str.casefold) or len(set(names)) == len(names)


def test_list_people_json_contract_keeps_the_infix(demo_db: Path) -> None:
    people = as_json("list", "people", "--db", demo_db)
    assert len(people) == 200
    for person in people:
        assert {"id", "name", "email", "phone"} <= set(person)
    assert any(re.search(r" (van|de|van den|van der|el|da|dos) ", p["name"]) for p in people)


def test_list_commitments_json_contract(demo_db: Path) -> None:
    commitments = as_json("list", "commitments", "--db", demo_db)
    assert commitments
    for c in commitments:
        assert {"id", "initiative", "partner", "kind", "amount", "start", "end", "renew_by"} <= set(
            c
        )
        assert "status" in c
        assert c["amount"] is None or EUROS.match(c["amount"])
        for key in ("start", "end", "renew_by"):
            assert c[key] is None or ISO_DATE.match(c[key])
    assert any(c["amount"] for c in commitments)
    assert any(c["amount"] is None for c in commitments)


def test_list_interactions_json_contract_and_limit(demo_db: Path) -> None:
    log = as_json("list", "interactions", "--db", demo_db, "--limit", "25")
    assert len(log) == 25
    for entry in log:
        assert {"id", "date", "channel", "summary", "organisations", "people"} <= set(entry)
        assert ISO_DATE.match(entry["date"])
        assert isinstance(entry["organisations"], list) and entry["organisations"]
        assert isinstance(entry["people"], list)
    dates = [e["date"] for e in log]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_list_without_json_prints_a_table(demo_db: Path) -> None:
    out = liaison("list", "people", "--db", demo_db, "--limit", "3").stdout.splitlines()
    assert out[0].split() == ["name", "email", "phone", "neighbourhood"]
    assert set(out[1]) <= {"-", " "}
    assert len(out) == 5


def test_search_finds_an_initiative_by_part_of_its_name(demo_db: Path) -> None:
    initiatives = as_json("list", "initiatives", "--db", demo_db)
    name = initiatives[0]["name"]
    word = max(name.split(), key=len)
    hits = as_json("search", word, "--db", demo_db)
    assert any(h["entity"] == "organisation" and h["title"] == name for h in hits)
    assert {"entity", "id", "title", "subtitle", "score"} <= set(hits[0])
    table = liaison("search", word, "--db", demo_db).stdout
    assert name[:30] in table


def test_renewals_json_is_one_object_with_items(demo_db: Path) -> None:
    result = as_json("renewals", "--db", demo_db, "--within", "120")
    assert result["within_days"] == 120
    assert ISO_DATE.match(result["today"])
    assert isinstance(result["items"], list) and result["items"]
    item = result["items"][0]
    for key in ("initiative", "partner", "kind", "amount", "what", "date", "days_left"):
        assert key in item
    assert ISO_DATE.match(item["date"])
    assert item["what"] in ("renew_by", "end")
    human = liaison("renewals", "--db", demo_db).stdout
    assert "within 56 days" in human


def test_signals_json_and_table(demo_db: Path) -> None:
    result = as_json("signals", "--db", demo_db)
    assert result["count"] == len(result["signals"]) > 0
    first = result["signals"][0]
    assert {"code", "initiative_id", "initiative", "reason", "params"} <= set(first)
    assert first["reason"].endswith(".")
    assert "reason" in liaison("signals", "--db", demo_db).stdout.splitlines()[0]


# --- errors: one sentence on stderr, non-zero, never a traceback ------------------


def test_a_folder_as_database(tmp_path: Path) -> None:
    done = liaison("list", "people", "--db", tmp_path, check=False)
    assert_one_sentence_error(done)
    assert "folder" in done.stderr


def test_a_garbage_file_as_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not a database at all\n" * 50)
    for command in (("list", "organisations"), ("demo", "--size", "5"), ("renewals", "--json")):
        assert_one_sentence_error(liaison(*command, "--db", junk, check=False))


def test_a_missing_database_is_not_created_by_reading(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.db"
    done = liaison("signals", "--db", missing, check=False)
    assert_one_sentence_error(done)
    assert not missing.exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    liaison("demo", "--size", "5", "--db", path)
    path.chmod(0)
    try:
        assert_one_sentence_error(liaison("list", "people", "--db", path, check=False))
    finally:
        path.chmod(0o600)


def test_a_schema_newer_than_the_app(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    liaison("demo", "--size", "5", "--db", path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    for command in (("list", "people"), ("demo", "--size", "5", "--force")):
        done = liaison(*command, "--db", path, check=False)
        assert_one_sentence_error(done)
        assert "newer" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("list", "households"),
        ("renewals", "--within", "-3"),
        ("renewals", "--within", "soon"),
        ("demo", "--size", "0"),
        ("list", "people", "--limit", "x"),
    ],
)
def test_bad_arguments(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = liaison(*args, "--db", tmp_path / "x.db", check=False)
    assert_one_sentence_error(done)
    assert done.returncode == 2
