"""QA guard: every subcommand's error paths as a script meets them — one sentence on
stderr, exit 2, nothing on stdout, never a traceback (issues #2, #4, #5)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from liaison.cli import build_parser, main


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("contract")
    team = root / "team.db"
    assert main(["demo", "--size", "12", "--db", str(team)]) == 0
    newer = root / "newer.db"
    assert main(["backup", "--db", str(team), "--to", str(newer)]) == 0
    with sqlite3.connect(newer) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_future'")
    (root / "folder.db").mkdir()
    (root / "text.db").write_text("not a database\n", encoding="utf-8")
    (root / "bad.json").write_text("{columns: ", encoding="utf-8")
    sheet = root / "sheet.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Initiatieven"
    wb.active.append(["Initiatief", "Wijk"])
    wb.active.append(["Buurtmoestuin Oost", "Kralingen-West"])
    wb.save(sheet)
    return {"root": root, "team": team, "newer": newer, "sheet": sheet}


CASES = {
    "missing database": ["list", "people", "--db", "{root}/missing.db"],
    "folder as database": ["renewals", "--db", "{root}/folder.db"],
    "text file as database": ["signals", "--db", "{root}/text.db"],
    "newer schema": ["list", "organisations", "--db", "{newer}"],
    "newer schema, write": ["import", "{sheet}", "--db", "{newer}"],
    "unknown record": ["history", "person:99999", "--db", "{team}"],
    "not a record id": ["history", "nonsense", "--db", "{team}"],
    "unknown person": ["privacy", "keep", "--person", "99999", "--db", "{team}"],
    "unknown batch": ["undo-import", "zzzz", "--db", "{team}"],
    "unknown sheet": ["import", "{sheet}", "--sheet", "Nope", "--db", "{team}"],
    "invalid mapping": ["import", "{sheet}", "--mapping", "{root}/bad.json", "--db", "{team}"],
    "missing mapping": ["import", "{sheet}", "--mapping", "{root}/no.json", "--db", "{team}"],
    "missing sheet file": ["import", "{root}/nothing.xlsx", "--db", "{team}"],
    "export into a missing folder": ["export", "{root}/no/x.xlsx", "--db", "{team}"],
    "export over a folder": ["export", "{root}/folder.db", "--db", "{team}"],
    "calendar into a missing folder": ["export-calendar", "{root}/no/x.ics", "--db", "{team}"],
    "backup over the database": ["backup", "--db", "{team}", "--to", "{team}"],
    "restore a non-backup": ["restore", "{root}/text.db", "--db", "{root}/r.db"],
    "restore over without --yes": ["restore", "{newer}", "--db", "{team}"],
    "demo into a filled database": ["demo", "--size", "5", "--db", "{team}"],
    "bad date": ["export", "{root}/x.xlsx", "--from", "31-02-2026", "--db", "{team}"],
    "period backwards": [
        "export", "{root}/x.xlsx", "--from", "31-12-2026", "--to", "1-1-2026", "--db", "{team}"
    ],
    "unknown list": ["list", "things", "--db", "{team}"],
    "negative limit": ["list", "people", "--limit", "-1", "--db", "{team}"],
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_every_error_is_one_sentence_and_exit_2(
    case: str, world: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.format(**{k: str(v) for k, v in world.items()}) for a in CASES[case]]
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse refusals
        code = exit_.code
    out, err = capsys.readouterr()
    assert code == 2, (case, err)
    assert out == "", case
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("liaison: "), (case, err)
    assert "Traceback" not in err and "unexpected error" not in err
    assert lines[0].endswith((".", ").")), lines[0]


def test_every_subcommand_has_help_that_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0, name
        assert f"usage: liaison {name}" in capsys.readouterr().out


def test_json_outputs_are_one_value_and_nothing_else(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    team, root = str(world["team"]), world["root"]
    for argv in (
        ["list", "commitments", "--json"],
        ["search", "a", "--json"],
        ["renewals", "--json"],
        ["signals", "--json"],
        ["imports", "--json"],
        ["privacy", "retention", "--json"],
        ["history", "person:1", "--json"],
        ["export", str(root / "x.xlsx"), "--json"],
        ["import", str(world["sheet"]), "--dry-run", "--json"],
    ):
        capsys.readouterr()
        assert main([*argv, "--db", team]) == 0, argv
        out, err = capsys.readouterr()
        json.loads(out)  # exactly one JSON value: trailing text would fail here
        assert err == "", (argv, err)
    assert main(["import", str(world["sheet"]), "--json", "--db", team]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"] == report["imported"] + report["unchanged"] + report["rejected"]
    assert isinstance(report["created"], dict) and isinstance(report["problems"], list)
    assert main(["undo-import", report["batch"], "--json", "--db", team]) == 0
    assert json.loads(capsys.readouterr().out)["batch"] == report["batch"]


def test_the_main_help_tells_a_script_the_exit_codes_and_formats(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for needed in ("exit codes:", "0 done", "2 refused", "130 interrupted", "31-12-2026", "ISO"):
        assert needed in text


def test_calendar_json_and_a_backup_path_a_script_can_use_from_anywhere(
    world: dict[str, Path], tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    team = str(world["team"])
    capsys.readouterr()
    assert main(["export-calendar", "steun.ics", "--json", "--db", team]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {"path": str(tmp_path / "steun.ics"), "events": report["events"]}
    assert report["events"] > 0
    assert main(["backup", "--folder", "kopieen", "--db", team]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.is_absolute() and printed.parent == tmp_path / "kopieen" and printed.exists()
