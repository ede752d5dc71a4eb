"""Every visible string in ui/ has a Dutch translation in a committed .ts file.

Runs ``pyside6-lupdate`` over ui/ into a temporary .ts and compares its
(context, source) pairs with the translated ones in resources/i18n/*_nl*.ts,
so a string added later without a translation fails here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate is missing (it ships with PySide6)")
    return found


def messages(ts: Path, *, translated_only: bool) -> set[tuple[str, str]]:
    pairs = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if translated_only:
                text = "".join(translation.itertext()).strip() if translation is not None else ""
                if kind == "unfinished" or not text:
                    continue
            pairs.add((name, message.findtext("source") or ""))
    return pairs


#: The shell's own modules (its strings live in liaison_nl.ts).
SHELL = [
    "ui/app.py",
    "ui/main_window.py",
    "ui/dashboard.py",
    "ui/charts.py",
    "ui/settings_dialog.py",
    "ui/first_start.py",
    "ui/i18n.py",
    "ui/screenshots.py",
    "ui/views",
    "ui/models",
]


def untranslated(sources: list[str], tmp_path: Path) -> list[tuple[str, str]]:
    out = tmp_path / "all.ts"
    subprocess.run(
        [lupdate(), "-no-obsolete", *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    wanted = messages(out, translated_only=False)
    assert len(wanted) > 100  # lupdate really read the code
    translated: set[tuple[str, str]] = set()
    for ts in sorted(I18N.glob("*_nl*.ts")):
        translated |= messages(ts, translated_only=True)
    return sorted(wanted - translated)


def report(missing: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"  [{ctx or '-'}] {src!r}" for ctx, src in missing[:40])
    return f"{len(missing)} string(s) without a Dutch translation:\n{lines}"


def test_the_shell_is_completely_dutch(tmp_path):
    files: list[str] = []
    for name in SHELL:
        path = ROOT / name
        files += [str(p) for p in path.rglob("*.py")] if path.is_dir() else [str(path)]
    missing = untranslated(files, tmp_path)
    assert not missing, report(missing)


def test_every_ui_string_has_a_dutch_translation(tmp_path):
    """All of ui/, every area: each keeps its own resources/i18n/liaison_nl_<area>.ts."""
    missing = untranslated(sorted(str(p) for p in (ROOT / "ui").rglob("*.py")), tmp_path)
    assert not missing, report(missing)


def test_compiled_translations_are_committed_next_to_their_sources():
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} is missing: run uv run pyside6-lrelease {ts.name}"
        assert qm.stat().st_size > 100
