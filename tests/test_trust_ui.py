"""The trust widgets, for real: history panel, forget/retention dialogs, backup actions, damaged DB."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget
from sqlalchemy import select
from trust_sample import populate

from liaison.storage.db import Database, open_database
from liaison.storage.models import Person
from liaison.trust.backup import list_backups, set_backup_folder
from liaison.trust.integrity import DamagedDatabaseError
from ui.worker import Op


@pytest.fixture(autouse=True)
def inline_ops(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(Op, "run_inline", True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


def backdate(db: Database) -> None:
    """Make the sample people old enough for a retention review."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE person SET created_at = '2020-01-01 00:00:00'")


def test_history_panel_lists_changes_and_restores_a_value(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.trust.history_panel import HistoryPanel

    sample = populate(db)
    panel = HistoryPanel(db, "person", sample.jan)
    qtbot.addWidget(panel)
    model = panel.model
    assert model.rowCount() == 11
    top = [model.index(0, c).data() for c in range(6)]
    assert top[3] == "Phone" and top[4] == "06-12345678" and top[5] == "06-87654321"
    assert not panel.restore_button.isEnabled()
    # The neighbourhood change shows the neighbourhood's name, not its id.
    fields = {model.index(r, 3).data(): model.index(r, 5).data() for r in range(model.rowCount())}
    assert fields["Neighbourhood"] == "Afrikaanderwijk"
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()
    with qtbot.waitSignal(panel.restored):
        panel.restore_button.click()
    with db.session_scope(write=False) as s:
        assert s.get(Person, sample.jan).phone == "06-12345678"
    assert model.rowCount() == 12
    assert "06-12345678" in panel.status.text()
    panel.table.selectRow(model.rowCount() - 1)  # the "created" entry cannot be restored
    assert not panel.restore_button.isEnabled()


def test_history_panel_of_an_imported_record_shows_where_it_came_from(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path
) -> None:
    import openpyxl

    from liaison.exchange.importer import run_import
    from ui import i18n
    from ui.trust.history_panel import HistoryPanel

    wb = openpyxl.Workbook()
    wb.active.append(["Initiatief", "Contactpersoon", "E-mailadres"])
    wb.active.append(["Buurtkracht", "Ayşe Yılmaz", "ayse@buurtkracht.nl"])
    wb.save(tmp_path / "overzicht-mei.xlsx")
    run_import(db, tmp_path / "overzicht-mei.xlsx")
    with db.session_scope(write=False) as s:
        ayse = s.scalars(select(Person)).one()
    i18n.install("nl")
    try:
        panel = HistoryPanel(db, "person", ayse.id)
        qtbot.addWidget(panel)
        assert panel.model.rowCount() == 1
        row = [panel.model.index(0, c).data() for c in range(3)]
        assert row[1] == db.officer
        assert row[2] == "aangemaakt (import van “overzicht-mei.xlsx”)"
        assert panel.status.text() == "1 wijziging"
    finally:
        i18n.install("en")


def test_forget_dialog_names_what_goes_and_needs_a_tick(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.trust.privacy_dialogs import ForgetDialog

    sample = populate(db)
    dialog = ForgetDialog(db, sample.jan)
    qtbot.addWidget(dialog)
    removed = dialog.findChild(QListWidget, "removed")
    items = [removed.item(i).text() for i in range(removed.count())]
    assert items[0] == "Name: Jan van der Berg"
    assert any("jan.vdberg@example.nl" in t for t in items)
    assert any("Buurtkeuken" in t or "Commitment 1" in t for t in items)
    assert not dialog.forget_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.forget_button.isEnabled()
    dialog.forget_button.click()
    assert dialog.report is not None and dialog.result() == 1
    with db.session_scope(write=False) as s:
        assert s.get(Person, sample.jan).full_name == "Verwijderde persoon"


def test_retention_dialog_keep_takes_people_off_the_list(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.trust.privacy_dialogs import RetentionDialog

    populate(db)
    backdate(db)
    dialog = RetentionDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.reloaded, timeout=5000):  # read once the arrows rest
        dialog.months.setValue(1)
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert names == ["Fatima el Amrani"]  # Jan still has a current role
    assert not dialog.keep_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.keep_button.isEnabled() and dialog.forget_button.isEnabled()
    dialog.keep_button.click()
    assert dialog.model.rowCount() == 0
    assert "0" in dialog.count.text()


def test_access_export_from_the_app(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from ui.trust.privacy_dialogs import export_person_dialog

    sample = populate(db)
    out = tmp_path / "inzage.xlsx"
    export_person_dialog(None, db, sample.jan, path=out)
    assert openpyxl.load_workbook(out)["Persoon"]["B3"].value == "Jan van der Berg"


def test_trust_actions_in_the_main_window_back_up_and_restore(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path
) -> None:
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import install_trust_actions

    sample = populate(db)
    set_backup_folder(db, tmp_path / "backups")
    window = MainWindow(db)
    qtbot.addWidget(window)
    actions = install_trust_actions(window, window.file_menu, auto_backup=True)
    # The daily automatic backup ran at once (no backup existed yet).
    assert len(list_backups(tmp_path / "backups")) == 1
    titles = [a.text() for a in window.file_menu.actions()]
    assert "&Back up now" in titles and "&Restore from a backup…" in titles
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Privacy") == menus.index("&Help") - 1
    actions.back_up_now()
    made = list_backups(tmp_path / "backups")
    assert len(made) == 2 and actions.last_backup == made[0].path
    with db.session_scope() as s:
        s.get(Person, sample.fatima).notes = "after the backup"
    actions.restore(made[0].path, confirmed=True)
    with db.session_scope(write=False) as s:  # the same Database now reads the restored file
        assert "after the backup" not in (s.get(Person, sample.fatima).notes or "")
    assert len(list_backups(tmp_path / "backups")) == 3  # the replaced one was kept


def test_damaged_database_dialog_restores_the_newest_backup(  # type: ignore[no-untyped-def]
    qtbot, db: Database, db_path: Path
) -> None:
    from liaison.trust.backup import backup_now
    from ui.trust.backup_actions import DamagedDatabaseDialog, handle_damaged_database

    populate(db)
    backup_now(db)  # into the default folder (inside tmp_path)
    db.close()
    size = db_path.stat().st_size
    with db_path.open("r+b") as fh:
        fh.seek(4096 * (size // 4096 // 2))
        fh.write(b"\x13\x37" * 4096)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    error = caught.value

    def click_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedDatabaseDialog)
        assert dialog.newest_button is not None
        dialog.newest_button.click()

    QTimer.singleShot(0, click_restore)
    assert handle_damaged_database(error) is True
    assert db_path.with_name("liaison-damaged.db").exists()
    reopened = open_database(db_path)
    with reopened.session_scope(write=False) as s:
        assert s.query(Person).count() == 2
    reopened.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_render_all_makes_a_png_per_widget(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from ui.trust.screenshots import render_all

    populate(db)
    backdate(db)
    made = render_all(db, tmp_path / "shots")
    assert len(made) == 6  # the change-history window of a support record too
    for path in made:
        image = QImage(str(path))
        assert image.width() >= 400 and image.height() >= 60, path.name


def test_big_database_gets_the_whole_check_in_the_background_after_opening(  # type: ignore[no-untyped-def]
    qtbot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.trust import integrity
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import DamagedDatabaseDialog, install_trust_actions

    populate(db)
    db.close()
    conn = sqlite3.connect(db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db_path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x13\x37" * (page_size // 2))
    monkeypatch.setattr(integrity, "FULL_CHECK_ON_OPEN_BYTES", 1)
    opened = open_database(db_path)  # the short check at open lets it through
    window = MainWindow(opened)
    qtbot.addWidget(window)
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedDatabaseDialog)
        shown.append(dialog.error.problems[0])
        dialog.reject()  # "Not now"

    QTimer.singleShot(0, answer)
    install_trust_actions(window, window.file_menu, auto_backup=False)
    assert shown, "the background check should have reported the damage"
    opened.close()
