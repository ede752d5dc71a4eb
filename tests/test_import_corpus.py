"""The importer meets 132 real workbooks from many programs (dry run, every file).

Each file is read (rows planned, nothing written) or refused with one sentence —
never a traceback, a hang (per-file timeout) or a process abort (xls, xlsb and
ods are read in a guarded child process; xlsx sheets are measured first), and
never a row written. The corpus sits beside the clone in ``shared/`` (CI has a
copy); the test is skipped cleanly where it is absent.
"""

from __future__ import annotations

import json
import resource
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison.errors import LiaisonError
from liaison.exchange.importer import run_import
from liaison.storage.db import Database, open_database
from liaison.storage.models import ENTITIES, AuditEntry, ImportBatch

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "spreadsheets"
FILES = sorted(p.name for p in CORPUS.iterdir()) if CORPUS.is_dir() else []
OUTCOMES: Counter[str] = Counter()

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not FILES, reason="the shared corpus is not beside the clone"),
]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("corpus") / "corpus.db", officer="Corpus")
    yield db
    with db.session_scope(write=False) as s:  # a dry run writes nothing, ever
        for cls in (*ENTITIES.values(), ImportBatch, AuditEntry):
            assert s.scalar(select(func.count()).select_from(cls)) == 0, cls.__name__
    db.close()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", FILES)
def test_every_corpus_file_is_read_or_refused_in_one_sentence(
    corpus_db: Database, name: str, tmp_path: Path
) -> None:
    try:
        try:
            report = run_import(corpus_db, CORPUS / name, dry_run=True)
        except LiaisonError as exc:
            if "No column" not in str(exc):
                raise
            # Test data, not overview sheets: send column A to the name so that every
            # table goes through parsing and matching too.
            mapping = tmp_path / "mapping.json"
            mapping.write_text(json.dumps({"columns": {"A": "initiative.name"}}))
            report = run_import(corpus_db, CORPUS / name, dry_run=True, mapping=mapping)
            OUTCOMES["read with column A as the name"] += 1
    except LiaisonError as exc:  # refused: one sentence, no traceback
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message, message
        assert message.rstrip().endswith((".", ")")), message
        OUTCOMES["refused"] += 1
        return
    assert report.rows == report.imported + report.unchanged + report.rejected
    assert report.batch_uuid is None
    for p in report.problems:
        assert "\n" not in p.message and "Traceback" not in p.message
    OUTCOMES["read"] += 1


def test_memory_stayed_bounded() -> None:
    # Peak resident memory of this test process (children have their own limit).
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mb < 1500, peak_mb
