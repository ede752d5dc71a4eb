"""QA: the command line reads dates the way Dutch officers type them — the same way the
importer reads a sheet's dates ("1-5-26", "1 mei 2026"). The old export refused both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison.cli import main


@pytest.mark.parametrize(
    ("start", "end"),
    [("1-5-26", "31-12-26"), ("1 mei 2026", "31 december 2026"), ("01/05/2026", "2026-12-31")],
)
def test_export_period_as_people_type_it(
    team_db: Path, tmp_path: Path, start: str, end: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "overzicht.xlsx"
    argv = ["export", str(out), "--db", str(team_db), "--from", start, "--to", end, "--json"]
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["from"], report["to"]) == ("2026-05-01", "2026-12-31")
    assert out.exists()


@pytest.mark.parametrize("bad", ["31-02-2026", "20260501", "1-5", "gisteren"])
def test_a_date_that_is_no_date_is_one_sentence_and_writes_nothing(
    team_db: Path, tmp_path: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "overzicht.xlsx"
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(out), "--db", str(team_db), "--from", bad])
    assert exit_.value.code == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 1
    assert f"'{bad}' is not a date (write it as 31-12-2026)" in lines[0]
    assert not out.exists()
