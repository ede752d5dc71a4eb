"""QA of backups as an officer or a team lead's script uses them. Each test failed on the old code."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from liaison.cli import main


def test_backup_to_an_existing_file_is_refused_without_force(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'backup --to' replaced whatever was there — last week's backup, or a file that was no
    backup at all — without a word."""
    precious = tmp_path / "notes.txt"
    precious.write_text("mijn aantekeningen\n", encoding="utf-8")
    assert main(["backup", "--db", str(team_db), "--to", str(precious)]) == 2
    err = capsys.readouterr().err
    assert precious.read_text(encoding="utf-8") == "mijn aantekeningen\n"
    assert err.count("\n") == 1 and "already a file" in err and "--force" in err
    assert not list(tmp_path.glob(".notes.txt.*.tmp"))  # no temp file left behind

    assert main(["backup", "--db", str(team_db), "--to", str(precious), "--force"]) == 0
    capsys.readouterr()
    with sqlite3.connect(precious) as c:
        assert c.execute("SELECT count(*) FROM person").fetchone()[0] > 0


def test_backup_to_a_missing_folder_says_it_does_not_exist(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said the folder 'is not writable', sending the officer to check permissions."""
    target = tmp_path / "typo" / "b.db"
    assert main(["backup", "--db", str(team_db), "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "not writable" not in err
    assert not target.parent.exists()


def _said_and_a_backup(db_path: Path, tmp_path: Path) -> tuple[str, Path]:
    """A resident, a backup that holds them, then their request to be forgotten."""
    from liaison.services import records
    from liaison.storage.db import open_database
    from liaison.storage.models import Person
    from liaison.trust.backup import backup_now, set_backup_folder
    from liaison.trust.privacy import forget_person

    db = open_database(db_path, officer="Tester")
    set_backup_folder(db, tmp_path / "backups")
    with db.session_scope() as s:
        said = records.create(
            s, Person, given_name="Said", family_name="Boukhari", email="said.b@example.nl"
        )
        uuid = said.uuid
    before = backup_now(db, to=tmp_path / "voor-verzoek.db")
    forget_person(db, uuid)
    db.close()
    return uuid, before


def _person_row(db_path: Path, uuid: str) -> tuple[str, str | None, str | None]:
    with sqlite3.connect(db_path) as c:
        return c.execute(
            "SELECT given_name || ' ' || family_name, email, forgotten_at FROM person "
            "WHERE uuid = ?",
            (uuid,),
        ).fetchone()


def test_restoring_an_older_backup_does_not_bring_a_forgotten_person_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'liaison restore' of a backup made before a forget brought the resident's name,
    e-mail and notes back into the database, silently undoing the AVG request."""
    db_path = tmp_path / "team.db"
    uuid, before = _said_and_a_backup(db_path, tmp_path)
    assert main(["restore", str(before), "--db", str(db_path), "--yes"]) == 0
    err = capsys.readouterr().err
    name, email, forgotten_at = _person_row(db_path, uuid)
    assert "Said" not in name and email is None and forgotten_at is not None
    assert b"said.b@example.nl" not in db_path.read_bytes()
    assert "1 person forgotten since this backup was made was forgotten again" in err
    assert _person_row(before, uuid)[1] == "said.b@example.nl"  # the backup itself is kept
    with sqlite3.connect(db_path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(tmp_path.glob(".team.db.*"))  # no temp, -wal or -shm left behind


def test_restore_in_the_app_keeps_a_forgotten_person_forgotten(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    from liaison.storage.db import open_database
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import install_trust_actions

    db_path = tmp_path / "team.db"
    uuid, before = _said_and_a_backup(db_path, tmp_path)
    db = open_database(db_path, officer="Tester")
    window = MainWindow(db)
    qtbot.addWidget(window)
    actions = install_trust_actions(window, window.file_menu, auto_backup=False)
    actions.restore(before, confirmed=True)
    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage(), timeout=10_000)
    assert "forgotten since this backup stay" in window.statusBar().currentMessage()
    name, email, forgotten_at = _person_row(db_path, uuid)
    assert "Said" not in name and email is None and forgotten_at is not None
    db.close()


def test_restore_refuses_while_another_window_has_the_database_open(
    team_db: Path, tmp_path: Path
) -> None:
    """A restore from the command line swapped the file under an app window that merely had
    the database open: everything that window saved afterwards went into the replaced
    file, lost without a word."""
    import subprocess
    import sys

    from liaison.services import records
    from liaison.storage.db import open_database
    from liaison.storage.models import Person

    backup = tmp_path / "b.db"
    assert main(["backup", "--db", str(team_db), "--to", str(backup)]) == 0
    window = open_database(team_db, officer="Anouk")  # an app window, idle, connection kept
    with window.session_scope(write=False) as s:
        s.query(Person).count()
    done = subprocess.run(
        [sys.executable, "-m", "liaison", "restore", str(backup), "--db", str(team_db), "--yes"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "in use by another window or program" in done.stderr
    assert "copied" not in done.stderr  # refused before a needless safety copy
    with window.session_scope() as s:
        records.create(s, Person, given_name="Nieuw", family_name="Na de restore")
    window.close()
    with sqlite3.connect(team_db) as c:
        assert c.execute("SELECT count(*) FROM person WHERE given_name = 'Nieuw'").fetchone()[0]


def test_restore_in_the_app_refuses_while_another_window_has_it_open(
    team_db: Path, tmp_path: Path
) -> None:
    from liaison.storage.db import open_database
    from liaison.trust.backup import BackupError, set_backup_folder
    from ui.trust.backup_actions import restore_into

    backup = tmp_path / "b.db"
    assert main(["backup", "--db", str(team_db), "--to", str(backup)]) == 0
    mine = open_database(team_db, officer="Tester")
    set_backup_folder(mine, tmp_path / "backups")
    other = open_database(team_db, officer="Anouk")
    with other.session_scope(write=False) as s:
        s.execute(text("SELECT 1 FROM person")).first()
    with pytest.raises(BackupError, match="in use by another window"):
        restore_into(mine, backup)
    other.close()
    assert restore_into(mine, backup) is not None  # alone, it goes ahead
    mine.close()


def test_backup_onto_a_full_disk_says_so_and_leaves_nothing_behind(
    team_db: Path, tmp_path: Path
) -> None:
    """On a full backup disk the backup said "'team.db' could not be copied: database or disk
    is full" (as if the database were the problem) and left a hidden '-journal' file in the
    backup folder for good. A real full disk: a 600 KB tmpfs in a private mount namespace."""
    import shutil
    import subprocess
    import sys

    unshare = shutil.which("unshare")
    if os.geteuid() != 0 or unshare is None:
        pytest.skip("needs root and unshare to mount a small file system")
    full = tmp_path / "usb"
    full.mkdir()
    script = (
        f"mount -t tmpfs -o size=600k tmpfs '{full}' || exit 77; "
        f"'{sys.executable}' -m liaison backup --db '{team_db}' --folder '{full}/bk'; "
        f"echo rc=$?; ls -A '{full}/bk'"
    )
    done = subprocess.run(
        [unshare, "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120
    )
    if done.returncode == 77:
        pytest.skip("mounting a tmpfs is not allowed here")
    assert "rc=2" in done.stdout, done.stdout + done.stderr
    assert "is full" in done.stderr and "could not be copied" not in done.stderr
    assert done.stderr.count("\n") == 1
    left = done.stdout.split("rc=2", 1)[1].split()
    assert left == [], left  # no temp copy, no journal


def test_daily_backup_failing_for_days_is_said_in_a_dialog(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the backup drive gone, the daily backup failed at every start with a status-bar
    line that vanished after 10 s: backups stopped for weeks without anyone noticing."""
    from liaison.storage.db import open_database
    from liaison.trust.backup import set_backup_folder
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import install_trust_actions
    from ui.worker import Op

    monkeypatch.setattr(Op, "run_inline", True)
    db = open_database(tmp_path / "team.db", officer="Tester")
    unplugged = tmp_path / "usb-stick"
    unplugged.write_text("not a folder: the drive's mount point is empty\n", encoding="utf-8")
    set_backup_folder(db, unplugged / "liaison-backups")
    i18n.install("nl")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        actions = install_trust_actions(window, window.file_menu, auto_backup=True)
        box = actions.stale_warning
        assert box is not None and box.isVisible()
        assert "De dagelijkse back-up is mislukt" in box.text()
        assert "geen back-up van deze database gevonden" in box.text()
        box.close()
    finally:
        i18n.install("en")
        db.close()


def test_restoring_another_databases_backup_is_said_before_it_happens(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The backup folder holds the backups of every database (the demo one too, names
    differing only in 'liaison-1f0c2a9b' / 'liaison-9e4d07aa'); restoring the wrong one
    replaced the team's data behind the same question as any restore."""
    from liaison.storage.db import open_database
    from liaison.trust.backup import set_backup_folder
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import install_trust_actions

    team, demo = tmp_path / "team" / "liaison.db", tmp_path / "demo" / "liaison.db"
    for path in (team, demo):
        path.parent.mkdir()
        assert main(["demo", "--size", "4", "--db", str(path)]) == 0
    folder = tmp_path / "backups"
    for path in (team, demo):  # every safety copy below goes there too, never to the user's
        made = open_database(path, officer="Tester")
        set_backup_folder(made, folder)
        made.close()
    assert main(["backup", "--db", str(team), "--folder", str(folder)]) == 0
    assert main(["backup", "--db", str(demo), "--folder", str(folder)]) == 0
    capsys.readouterr()
    (own,) = [p for p in folder.iterdir() if p.name.startswith(_series(team))]
    (other,) = [p for p in folder.iterdir() if p.name.startswith(_series(demo))]

    db = open_database(team, officer="Tester")
    i18n.install("nl")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        actions = install_trust_actions(window, window.file_menu, auto_backup=False)
        assert "andere database" in actions.restore_question(other).text()
        assert "andere database" not in actions.restore_question(own).text()
    finally:
        i18n.install("en")
        db.close()

    assert main(["restore", str(own), "--db", str(team), "--yes"]) == 0
    assert "another database" not in capsys.readouterr().err
    assert main(["restore", str(other), "--db", str(team), "--yes"]) == 0
    assert "backup was made of another database" in capsys.readouterr().err


def _series(path: Path) -> str:
    from liaison.trust.backup import file_series

    return file_series(path) + "-backup-"


def test_choosing_a_backup_for_a_damaged_database_opens_its_backup_folder(
    tmp_path: Path,
) -> None:
    """With no good backup found, "Choose a backup…" opened the default folder even when the
    officer keeps backups elsewhere (the setting is read from the damaged file if it can be)."""
    from liaison.storage.db import open_database
    from liaison.trust.backup import set_backup_folder
    from liaison.trust.integrity import DamagedDatabaseError
    from ui.trust.backup_actions import recovery_folder

    path = tmp_path / "team.db"
    db = open_database(path, officer="Tester")
    set_backup_folder(db, tmp_path / "nas" / "liaison")
    db.close()
    # (damage that leaves the setting table readable; the check itself is tested elsewhere)
    error = DamagedDatabaseError("damaged", path=path, problems=["Page 9: never used"])
    assert recovery_folder(error) == tmp_path / "nas" / "liaison"
    found = DamagedDatabaseError(
        "damaged", path=path, problems=["x"], backup=tmp_path / "elders" / "b.db"
    )
    assert recovery_folder(found) == tmp_path / "elders"


def test_an_empty_folder_or_person_in_a_script_is_not_taken_literally(
    team_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """'backup --folder "$BACKUPS"' with the variable unset wrote the backup into whatever
    folder the script ran in; 'privacy keep --person ""' said 'There is no person with id .'."""
    from liaison.storage.db import open_database
    from liaison.trust.backup import set_backup_folder

    db = open_database(team_db, officer="Tester")
    set_backup_folder(db, tmp_path / "backups")
    db.close()
    monkeypatch.chdir(tmp_path / "..")
    here = set(Path(".").iterdir())
    assert main(["backup", "--db", str(team_db), "--folder", ""]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == tmp_path / "backups" and set(Path(".").iterdir()) == here
    with pytest.raises(SystemExit) as refused:  # argparse's own refusal, exit 2
        main(["privacy", "keep", "--person", "", "--db", str(team_db)])
    assert refused.value.code == 2
    assert "is not a person" in capsys.readouterr().err


def test_a_backup_folder_that_cannot_be_written_is_not_taken(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    """File → Backup folder… took any folder without a word (a read-only share, say), and
    every backup after it failed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from liaison.storage.db import open_database
    from liaison.trust.backup import backup_folder, set_backup_folder
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import install_trust_actions

    db = open_database(tmp_path / "team.db", officer="Tester")
    set_backup_folder(db, tmp_path / "backups")
    window = MainWindow(db)
    qtbot.addWidget(window)
    actions = install_trust_actions(window, window.file_menu, auto_backup=False)
    not_a_folder = tmp_path / "share"
    not_a_folder.write_text("a file where the folder should be\n", encoding="utf-8")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    assert actions.use_folder(not_a_folder / "liaison") is False
    assert seen and "Nothing can be written" in seen[0]
    assert backup_folder(db) == tmp_path / "backups"  # unchanged
    assert actions.use_folder(tmp_path / "elsewhere") is True
    assert backup_folder(db) == tmp_path / "elsewhere"
    assert [p.name for p in (tmp_path / "elsewhere").iterdir()] == []  # the probe is gone
    db.close()


def test_the_daily_backup_is_made_on_each_working_day(tmp_path: Path) -> None:
    """Monday's first start at 09:00 made a backup; Tuesday's at 08:30 did not (23.5 hours
    is not 'older than a day'), so with starts drifting earlier, backups came every other
    day."""
    import datetime as dt

    from liaison.storage.db import open_database
    from liaison.trust.backup import auto_backup, database_series

    db = open_database(tmp_path / "team.db", officer="Tester")
    folder = tmp_path / "backups"
    folder.mkdir()
    monday = dt.datetime(2026, 11, 23, 9, 0)
    (folder / f"{database_series(db)}-backup-{monday:%Y%m%d-%H%M%S}.db").write_bytes(b"")
    assert auto_backup(db, folder, now=monday.replace(hour=16)) is None  # same day: no
    tuesday = dt.datetime(2026, 11, 24, 8, 30)
    made = auto_backup(db, folder, now=tuesday)
    assert made is not None and made.exists()
    db.close()


def test_a_window_left_open_for_days_still_backs_up_daily(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup ran only when the app started: a window left open for weeks (a
    laptop put to sleep, not shut down) made no backup at all."""
    import datetime as dt

    from liaison.storage.db import open_database
    from liaison.trust.backup import database_series, list_backups, set_backup_folder
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import install_trust_actions
    from ui.worker import Op

    monkeypatch.setattr(Op, "run_inline", True)
    db = open_database(tmp_path / "team.db", officer="Tester")
    folder = tmp_path / "backups"
    set_backup_folder(db, folder)
    window = MainWindow(db)
    qtbot.addWidget(window)
    actions = install_trust_actions(window, window.file_menu, auto_backup=True)
    made = list_backups(folder)
    assert len(made) == 1  # at start
    timer = actions.daily_timer
    assert timer is not None and timer.isActive() and timer.interval() <= 60 * 60 * 1000
    timer.timeout.emit()  # an hour later, the same day: nothing new
    assert len(list_backups(folder)) == 1
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    made[0].path.rename(folder / f"{database_series(db)}-backup-{yesterday:%Y%m%d-%H%M%S}.db")
    timer.timeout.emit()  # the window is still open the next day
    assert len(list_backups(folder)) == 2
    db.close()
