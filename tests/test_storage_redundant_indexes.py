"""Migration 0007 drops five indexes a longer one covers; the queries still search an index."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from liaison.services import records
from liaison.storage.db import open_database
from liaison.storage.migrate import alembic_config
from liaison.storage.models import Commitment, Interaction, Organisation, OrganisationKind, Person

#: dropped index → the index that covers it (same table, same leading column).
DROPPED = {
    "ix_organisation_deleted_at": "ix_organisation_live_kind_name",
    "ix_person_deleted_at": "ix_person_live_sort",
    "ix_commitment_deleted_at": "ix_commitment_live_renew_by",
    "ix_interaction_deleted_at": "ix_interaction_live_occurred",
    "ix_commitment_partner_id": "ix_commitment_partner_support",
}
#: Tables whose deleted_at index is their only one: it stays.
KEPT = {f"ix_{t}_deleted_at" for t in ("affiliation", "officer", "neighbourhood", "tag")}


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Migrating an old file backs it up first: keep that copy in tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


def migrate_to(path: Path, revision: str, down: bool = False) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        (command.downgrade if down else command.upgrade)(alembic_config(conn), revision)
    engine.dispose()


def indexes(path: Path) -> dict[str, list[str]]:
    """Every index of the file → its columns, read from sqlite_master."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")]
        return {n: [r[2] for r in conn.execute(f"PRAGMA index_info('{n}')")] for n in names}
    finally:
        conn.close()


def plan(path: Path, sql: str, *params: object) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    finally:
        conn.close()


def test_upgrade_from_0006_drops_the_covered_indexes_and_keeps_the_covering_ones(
    tmp_path: Path,
) -> None:
    path = tmp_path / "at_0006.db"
    migrate_to(path, "0006")
    before = indexes(path)
    for dropped, covering in DROPPED.items():
        # The claim the migration rests on: the longer index starts with the same column(s).
        assert before[covering][: len(before[dropped])] == before[dropped], dropped

    open_database(path).close()  # migrates to head

    after = indexes(path)
    assert not set(DROPPED) & set(after)
    assert set(DROPPED.values()) <= set(after)
    assert set(after) >= KEPT
    assert set(before) - set(after) == set(DROPPED)  # nothing else went

    migrate_to(path, "0006", down=True)
    assert indexes(path) == before  # the downgrade puts them back as they were


def test_a_new_database_has_none_of_them(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    assert not set(DROPPED) & set(indexes(path))


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A database made at 0006, upgraded, with records live and in the trash; and a partner id.

    Built once for the module: the tests only read it (or change a copy).
    """
    folder = tmp_path_factory.mktemp("upgraded")
    path = folder / "upgraded.db"
    migrate_to(path, "0006")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(folder / "data-home"))
        db = open_database(path, officer="Tester")
    with db.session_scope() as s:
        partner = records.create(s, Organisation, name="Fonds Zuid", kind=OrganisationKind.FUND)
        for n in range(30):
            org = records.create(s, Organisation, name=f"Buurtkeuken {n}")
            person = records.create(s, Person, given_name="Jan", family_name=f"Berg {n}")
            records.create(s, Commitment, partner=partner, initiative=org)
            entry = records.create(
                s,
                Interaction,
                occurred_at=dt.datetime(2026, 1, 1 + n, 10),
                summary=f"Gesprek {n}",
                organisations=[org],
            )
            if n % 5 == 0:  # some of each kind in the trash (an organisation takes its support)
                records.delete(s, Person, person.id, None)
                records.delete(s, Organisation, org.id, None)
                records.delete(s, Interaction, entry.id, None)
        partner_id = partner.id
    db.close()  # leaves planner statistics, as in use
    return path, partner_id


LIVE_LISTS = [
    ("SELECT id FROM person WHERE deleted_at IS NULL ORDER BY sort_key LIMIT 50", "person"),
    (
        "SELECT id FROM organisation WHERE deleted_at IS NULL AND kind = 'initiative' "
        "ORDER BY name_key LIMIT 50",
        "organisation",
    ),
    ("SELECT id FROM commitment WHERE deleted_at IS NULL ORDER BY renew_by LIMIT 50", "commitment"),
    (
        "SELECT id FROM interaction WHERE deleted_at IS NULL ORDER BY occurred_at DESC LIMIT 50",
        "interaction",
    ),
]


@pytest.mark.parametrize(("sql", "table"), LIVE_LISTS, ids=[t for _, t in LIVE_LISTS])
def test_live_lists_search_the_covering_index_in_order(
    upgraded: tuple[Path, int], sql: str, table: str
) -> None:
    steps = plan(upgraded[0], sql)
    assert steps[0].startswith(f"SEARCH {table} USING COVERING INDEX ix_{table}_live"), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps  # no sort: index order


@pytest.mark.parametrize("table", ["person", "organisation", "commitment", "interaction"])
def test_the_trash_still_searches_an_index(upgraded: tuple[Path, int], table: str) -> None:
    steps = plan(
        upgraded[0], f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"
    )
    assert steps[0].startswith(f"SEARCH {table} USING COVERING INDEX"), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps


def test_a_partners_commitments_search_the_support_index(
    upgraded: tuple[Path, int], tmp_path: Path
) -> None:
    partner_id = upgraded[1]
    steps = plan(upgraded[0], "SELECT id FROM commitment WHERE partner_id = ?", partner_id)
    assert steps == [
        "SEARCH commitment USING COVERING INDEX ix_commitment_partner_support (partner_id=?)"
    ]
    # The cascade from a deleted organisation looks commitments up the same way.
    path = Path(shutil.copy(upgraded[0], tmp_path / "copy.db"))
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM organisation WHERE id = ?", (partner_id,))
        conn.commit()
        left = conn.execute(
            "SELECT count(*) FROM commitment WHERE partner_id = ?", (partner_id,)
        ).fetchone()
    finally:
        conn.close()
    assert left == (0,)
