"""Shared fixtures: real SQLite files in tmp_path, Qt headless."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a screen in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from liaison.storage.db import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "liaison.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A freshly created and migrated database file, acting as officer 'Tester'."""
    database = open_database(db_path, officer="Tester")
    yield database
    database.close()
