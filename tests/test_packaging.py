"""The PyInstaller bundle made from build.spec starts and does real work.

Building is the only way to know the bundle ships what it needs: two bugs only a
built app had (a namespace-package path that broke ``liaison demo``, and
spreadsheet reading that set the app's own memory limit to zero) were found
this way. One build per run (~1 minute), shared by the tests below.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]  # the first test waits for the build

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "spreadsheets"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--workpath",
            str(work / "build"),
            "--distpath",
            str(work / "dist"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    program = work / "dist" / "liaison" / ("liaison.exe" if os.name == "nt" else "liaison")
    assert program.exists()
    return program


def run(program: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["LIAISON_SETTINGS_DIR"] = str(tmp_path / "settings")
    env.pop("LIAISON_DB", None)
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def test_the_bundle_makes_demo_data_and_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    made = run(bundle, "demo", "--db", db, tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Demo data written" in made.stdout
    checked = run(bundle, "--self-test", "--db", db, tmp_path=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("self-test ok")


def test_the_bundle_exports_and_imports_every_format(bundle: Path, tmp_path: Path) -> None:
    source, copy = str(tmp_path / "source.db"), str(tmp_path / "copy.db")
    assert run(bundle, "demo", "--db", source, tmp_path=tmp_path).returncode == 0
    out = tmp_path / "overview.xlsx"
    exported = run(bundle, "export", str(out), "--db", source, tmp_path=tmp_path)
    assert exported.returncode == 0, exported.stderr
    imported = run(bundle, "import", str(out), "--db", copy, "--json", tmp_path=tmp_path)
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert report["rows"] == report["imported"] + report["unchanged"] + report["rejected"]
    assert report["created"]["interaction"] == 5000
    if not CORPUS.is_dir():
        return
    # .xls, .ods and .xlsb are read by a child: in a bundle, the program itself
    for name in ("date.xls", "date.ods", "date.xlsb"):
        read = run(
            bundle, "import", str(CORPUS / name), "--db", copy, "--dry-run", tmp_path=tmp_path
        )
        assert "holds the name of" in read.stderr, (name, read.stderr)  # read, then no name column
        assert "memory" not in read.stderr
