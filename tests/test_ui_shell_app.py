"""Starting the app: self-test, first start (empty or demo), settings, language switch."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from ui_shell_data import filled, shell_env, window  # noqa: F401

from liaison.services.settings import load_thresholds
from liaison.trust.backup import backup_folder
from ui import i18n, prefs
from ui.app import chosen_location, run_self_test
from ui.first_start import FirstStartDialog
from ui.settings_dialog import SettingsDialog


def test_self_test_renders_and_reports_milliseconds(filled):
    db, _ids = filled
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(str(db.path), out=out, err=err) == 0
    assert out.getvalue().startswith("self-test ok:") and " ms" in out.getvalue()
    assert err.getvalue() == ""


def test_self_test_fails_with_one_sentence(shell_env, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(str(tmp_path), out=out, err=err) == 1  # a folder, not a database
    message = err.getvalue()
    assert message.count("\n") == 1 and "is a folder" in message
    assert "Traceback" not in message


@pytest.mark.slow
def test_liaison_self_test_command(filled, tmp_path):
    db, _ids = filled
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIAISON_SETTINGS_DIR=str(tmp_path / "s"))
    done = subprocess.run(
        [sys.executable, "-m", "liaison", "--self-test", "--db", str(db.path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test ok" in done.stdout


def test_first_start_creates_an_empty_database(shell_env, qtbot):
    target = shell_env / "first" / "liaison.db"
    dialog = FirstStartDialog(target, "")
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Fatima el Amrani")
    db = dialog.create()
    assert db is not None and target.exists()
    assert db.officer == "Fatima el Amrani"
    db.close()
    assert prefs.value("database") == str(target)
    assert prefs.value("officer") == "Fatima el Amrani"
    assert chosen_location(None) == str(target)


def test_first_start_can_make_a_demo_database(shell_env, qtbot):
    from liaison.services import queries

    target = shell_env / "demo.db"
    dialog = FirstStartDialog(target, "Tester")
    qtbot.addWidget(dialog)
    dialog.demo_choice.setChecked(True)
    dialog.demo_size = 40
    db = dialog.create()
    assert db is not None
    with db.session_scope(write=False) as s:
        assert queries.count(s, queries.ListQuery("person")) >= 40
        assert queries.count(s, queries.ListQuery("initiative")) > 0
    db.close()


def test_settings_dialog_saves_thresholds_and_preferences(filled, qtbot):
    db, _ids = filled
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.threshold_edits["dormant_months"].setValue(3)
    dialog.threshold_edits["single_partner_share"].setValue(60)
    dialog.officer_edit.setText("Jeroen")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    assert dialog.backup_edit.text() == ""  # the default folder, shown as placeholder
    dialog.backup_edit.setText(str(db.path.parent / "kopieen"))
    assert dialog.language_changed()
    assert dialog.save()
    with db.session_scope(write=False) as s:
        t = load_thresholds(s)
    assert t.dormant_months == 3 and t.single_partner_share == pytest.approx(0.6)
    assert prefs.value("officer") == "Jeroen" and prefs.value("language") == "nl"
    # the backup area (File → Back up now, the daily backup) uses the folder chosen here
    assert backup_folder(db) == db.path.parent / "kopieen"


def test_language_switch_to_dutch_and_back(window, qtbot):
    from ui import app as app_module

    assert window.nav.item(0).text() == "Today"
    app_module.apply_language("nl")
    window.retranslate()
    assert window.nav.item(0).text() == "Vandaag"
    assert window.nav.item(6).text() == "Prullenbak"
    assert window.file_menu.title() == "&Bestand"
    dashboard = window.view("today")
    assert dashboard.heading.text().startswith("Vandaag, ")
    assert dashboard.heading.text()[-5] == "-"  # Dutch date: 27-11-2026
    app_module.apply_language("en")
    window.retranslate()
    assert window.nav.item(0).text() == "Today"
    assert window.current_view == "today"


def test_pseudo_translation_stretches_strings(shell_env, monkeypatch):
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    i18n.install("en")
    text = i18n.tr("Trash")
    assert text.startswith("[") and len(text) > len("Trash") + 3
    monkeypatch.delenv(i18n.PSEUDO_ENV)
    i18n.install("en")
    assert i18n.tr("Trash") == "Trash"


def test_english_plural_forms(shell_env):
    assert i18n.tr("%n day(s) late", "", 1) == "1 day late"
    assert i18n.tr("%n day(s) late", "", 3) == "3 days late"
    i18n.install("nl")
    assert i18n.tr("%n day(s) late", "", 3) == "3 dagen te laat"


def test_database_location_precedence(shell_env, monkeypatch, tmp_path):
    """--db beats $LIAISON_DB, which beats the database remembered from the last start."""
    prefs.set_value("database", str(tmp_path / "remembered.db"))
    assert chosen_location(None) == str(tmp_path / "remembered.db")
    monkeypatch.setenv("LIAISON_DB", str(tmp_path / "env.db"))
    assert chosen_location(None) == str(tmp_path / "env.db")
    assert chosen_location(str(tmp_path / "given.db")) == str(tmp_path / "given.db")


def test_shell_widgets_hold_no_sql():
    """House rule: the shell reaches the database only through liaison.services."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "ui"
    shell = [
        root / "app.py",
        root / "main_window.py",
        root / "dashboard.py",
        root / "charts.py",
        root / "settings_dialog.py",
        root / "first_start.py",
        root / "screenshots.py",
        *(root / "views").glob("*.py"),
        *(root / "models").glob("*.py"),
    ]
    for path in shell:
        text = path.read_text(encoding="utf-8")
        assert "import sqlalchemy" not in text and "from sqlalchemy" not in text, path.name
        assert ".execute(" not in text, path.name


def test_pseudo_translation_keeps_placeholders_and_markup(shell_env, monkeypatch):
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    i18n.install("en")
    text = i18n.tr("The file '{file}' is %1 of <b>{count}</b> (%n)")
    assert "{file}" in text and "%1" in text and "<b>{count}</b>" in text and "%n" in text
    assert "Thé fîlé" in text  # the words around them are still stretched
    text.format(file="x", count=2)  # the wizard fills them in (it crashed on '{fîlé}')


def test_file_menu_offers_every_exchange_action_with_its_own_shortcut_letter(window):
    """Earlier imports can be undone from the menu after the wizard closed (#4.7), and no
    two entries of the File menu share an Alt letter, in English or in Dutch."""
    from ui import app as app_module
    from ui.wiring import install_area_actions

    install_area_actions(window, background=False)
    for language in ("en", "nl"):
        app_module.apply_language(language)
        window.retranslate()  # the areas' actions are made again in the new language
        texts = [a.text() for a in window.file_menu.actions() if "&" in a.text()]
        assert any(a.objectName() == "importsAction" for a in window.file_menu.actions())
        letters = [t[t.index("&") + 1].lower() for t in texts]
        assert len(letters) == len(set(letters)), (language, texts)
    app_module.apply_language("en")
    window.retranslate()
