"""A team in another city loads its own neighbourhood list from the command line (issue 2:
"shipped as data in resources/, editable, so another city can load its own list"; the
loader existed but nothing a user runs reached it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_another_city_loads_its_list_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "utrecht.db")
    csv = tmp_path / "utrecht.csv"
    # As Excel saves it on Windows: Windows-1252, semicolons.
    csv.write_bytes(
        "city;district;name\nUtrecht;Zuid;Lunetten\nUtrecht;Oost;Rijnsweerd\n"
        "Utrecht;West;Lombok\n".encode("cp1252")
    )

    code, out, _ = _run(capsys, "neighbourhoods", "--db", db, "--load", str(csv))
    assert code == 0
    assert out == f"3 neighbourhoods added from {csv}; the database now holds 3 neighbourhoods.\n"

    code, out, _ = _run(capsys, "neighbourhoods", "--db", db, "--load", str(csv), "--json")
    assert (code, json.loads(out)) == (0, {"added": 0, "neighbourhoods": 3})

    code, out, _ = _run(capsys, "neighbourhoods", "--db", db, "--json")
    listed = json.loads(out)
    assert [(h["city"], h["district"], h["name"]) for h in listed] == [
        ("Utrecht", "Oost", "Rijnsweerd"),
        ("Utrecht", "West", "Lombok"),
        ("Utrecht", "Zuid", "Lunetten"),
    ]
    assert all(len(h["id"]) == 36 for h in listed)


def test_the_shipped_rotterdam_list_loads_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "team.db")
    code, out, _ = _run(capsys, "neighbourhoods", "--db", db, "--load", "rotterdam", "--json")
    assert code == 0 and json.loads(out)["added"] == 76
    code, out, _ = _run(capsys, "neighbourhoods", "--db", db)
    assert code == 0
    assert any(
        line.split()[:3] == ["Rotterdam", "Feijenoord", "Afrikaanderwijk"]
        for line in out.splitlines()
    )


def test_a_list_without_the_columns_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "wijken.csv"
    sheet.write_text("wijk,gebied\nLunetten,Zuid\n", encoding="utf-8")
    code, out, err = _run(
        capsys, "neighbourhoods", "--db", str(tmp_path / "x.db"), "--load", str(sheet)
    )
    assert (code, out) == (2, "")
    assert err == (
        "liaison: 'wijken.csv' needs the columns city, district and name in its first row.\n"
    )
