"""QA of the AVG/GDPR tools as an officer uses them. Each test failed on the old code."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.cli import main
from liaison.storage.db import Database
from liaison.trust.privacy import PrivacyError, export_person


@pytest.fixture
def team_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "team.db"
    assert main(["demo", "--size", "8", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_access_export_into_a_missing_folder_is_refused_like_export(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'privacy export' made every missing folder of a mistyped path (a copy of a resident's
    data in a place nobody looks); 'export' refuses a missing folder in one sentence."""
    target = tmp_path / "inzage" / "typo" / "jan.xlsx"
    assert main(["privacy", "export", "--person", "1", str(target), "--db", str(team_db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "inzage").exists()
    assert main(["export", str(target), "--db", str(team_db)]) == 2
    export_err = capsys.readouterr().err
    assert str(target.parent) in err and str(target.parent) in export_err


def test_access_export_function_refuses_a_missing_folder(db: Database, tmp_path: Path) -> None:
    from liaison.services import records
    from liaison.storage.models import Person

    with db.session_scope() as session:
        person = records.create(session, Person, given_name="Fatima", family_name="Benali")
        person_id = person.id
    with pytest.raises(PrivacyError, match="does not exist"):
        export_person(db, person_id, tmp_path / "nieuw" / "fatima.xlsx")
    assert not (tmp_path / "nieuw").exists()
