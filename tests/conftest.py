"""Shared fixtures: real SQLite files in tmp_path, Qt headless."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a screen in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from liaison.storage.db import Database, open_database  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    """Python's collector never runs by itself, so never in a worker thread: a collection
    there can free Qt objects off the UI thread and crash the run (see ui.main_thread_gc,
    which does the same in the app). It runs between tests instead."""
    gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    yield
    from ui.main_thread_gc import collect_if_due

    collect_if_due()


@pytest.fixture
def team_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A small demo database made by the CLI, as an officer's would be (its output swallowed)."""
    from liaison.cli import main

    path = tmp_path / "team.db"
    assert main(["demo", "--size", "12", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "liaison.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A freshly created and migrated database file, acting as officer 'Tester'."""
    database = open_database(db_path, officer="Tester")
    yield database
    database.close()
