"""File → Back up now / Restore…, the Privacy menu, automatic backups, the damaged-database dialog.

The main window calls :func:`install_trust_actions` once; the application's
open path calls :func:`handle_damaged_database` when ``open_database`` raises
``DamagedDatabaseError``. Backups and restores run in a worker with progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.storage.db import Database, open_database
from liaison.trust import backup as backups
from liaison.trust.files import refuse_unwritable_folder
from liaison.trust.integrity import (
    DamagedDatabaseError,
    background_check,
    needs_background_check,
)
from ui.core_text import core_text
from ui.i18n import tr
from ui.trust.wrap_label import WrapLabel
from ui.widgets.mnemonics import give_mnemonics
from ui.worker import Op


def _progress_dialog(parent: QWidget | None, title: str, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # a half backup or restore is never left behind anyway
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(380)
    return dialog


def _run(parent: QWidget | None, title: str, text: str, fn: Any, on_done: Any) -> Op:
    progress = _progress_dialog(parent, title, text)

    def show(done: int, total: int, _message: str) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def failed(exc: BaseException) -> None:
        progress.close()
        QMessageBox.warning(parent, title, core_text(exc))

    def succeeded(result: Any) -> None:
        progress.close()
        on_done(result)

    op = Op(parent, fn).success(succeeded).failure(failed)
    op.progressed.connect(show)
    return op.run_in_background()


def restore_into(
    db: Database, backup_path: Path, progress: Any = None, forgotten_again: list[str] | None = None
) -> Path | None:
    """Replace ``db``'s file with a backup, keeping a copy of the current one; migrate it.

    The same Database object goes on working on the restored file (its pool is
    emptied before and after). Returns the safety copy of the replaced file. People
    forgotten since the backup are forgotten again (their uuids: ``forgotten_again``).
    """
    target = db.path
    if target is None:
        raise backups.BackupError("A backup can only be restored into a database file.")
    backups.verify_backup(backup_path)
    db.engine.dispose()
    backups.refuse_if_in_use(target)  # another window on it would go on in the old file
    refuse_unwritable_folder(target.parent, target.name)  # before a needless safety copy
    kept = backups.safety_copy(target)
    backups.restore(
        backup_path,
        target,
        overwrite=True,
        progress=progress,
        officer=db.officer,
        forgotten_again=forgotten_again,
    )
    open_database(target, officer=db.officer).close()  # check and migrate the restored file
    db.engine.dispose()
    return kept


class TrustActions(QObject):
    """The actions and menus this area adds to the main window."""

    def __init__(self, window: Any, file_menu: QMenu | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database = window.db
        self.backup_action = QAction(tr("&Back up now"), window)
        self.backup_action.setObjectName("backupNow")
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.setToolTip(tr("Copy the database to the backup folder now"))
        self.backup_action.triggered.connect(lambda _=False: self.back_up_now())
        self.restore_action = QAction(tr("&Restore from a backup…"), window)
        self.restore_action.setObjectName("restoreBackup")
        self.restore_action.triggered.connect(lambda _=False: self.choose_and_restore())
        self.folder_action = QAction(tr("Backup &folder…"), window)
        self.folder_action.setObjectName("backupFolder")
        self.folder_action.triggered.connect(lambda _=False: self.choose_folder())
        actions = (self.backup_action, self.restore_action, self.folder_action)
        if hasattr(window, "add_file_action"):
            for action in actions:
                window.add_file_action(action, "trust")
        elif file_menu is not None:
            file_menu.addSeparator()
            for action in actions:
                file_menu.addAction(action)
        for action in actions:
            window.addAction(action)
        self.privacy_menu = self._privacy_menu()
        self.history_action = self._history_action()
        self.last_backup: Path | None = None
        self.stale_warning: QMessageBox | None = None
        self.daily_timer: QTimer | None = None

    def _privacy_menu(self) -> QMenu:
        bar = self.window.menuBar()
        menu = QMenu(tr("&Privacy"), self.window)
        menu.setObjectName("privacyMenu")
        self.access_action = menu.addAction(tr("&Access export for a person…"))
        self.access_action.triggered.connect(lambda _=False: self.access_from_menu())
        self.forget_action = menu.addAction(tr("&Forget a person…"))
        self.forget_action.triggered.connect(lambda _=False: self.forget_from_menu())
        menu.addSeparator()
        self.retention_action = menu.addAction(tr("&Retention review…"))
        self.retention_action.triggered.connect(lambda _=False: self.review_retention())
        help_menu = getattr(self.window, "help_menu", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        return menu

    def _history_action(self) -> QAction:
        """Edit → Change history… (Ctrl+H), for the record in view in any list or page.

        The action belongs to this object, so a menu rebuilt after a language switch
        (which makes a new TrustActions) does not keep a second one on the same key.
        """
        action = QAction(tr("Change &history…"), self)
        action.setObjectName("changeHistory")
        action.setShortcut(QKeySequence("Ctrl+H"))
        action.setToolTip(tr("Who changed the selected record, when, and what it was before"))
        action.triggered.connect(lambda _=False: self.show_history())
        self.window.addAction(action)
        menu = getattr(self.window, "edit_menu", None)
        if menu is not None:
            shown = menu.actions()
            after = [a for a in shown if a.objectName() == "edit"]
            index = shown.index(after[0]) + 1 if after else len(shown)
            menu.insertAction(shown[index] if index < len(shown) else None, action)
        return action

    def show_history(self) -> QDialog | None:
        """The history of the selected record (support and contact moments have no page)."""
        from ui.trust.history_dialog import HistoryDialog, current_record

        found = current_record(self.window)
        if found is None:
            self._status(tr("Select a record to see its history."))
            return None
        dialog = HistoryDialog(self.db, found[0], found[1], self.window)
        dialog.setObjectName("historyDialog")
        dialog.panel.restored.connect(lambda _entry: self._reload_window())
        dialog.open()
        return dialog

    def access_from_menu(self) -> None:
        """Privacy → Access export for a person… (the dialogs load on first use: the
        privacy module behind them was 20 ms of every start-up)."""
        from ui.trust import privacy_dialogs as pd

        pd.pick_person_then(self.window, self.db, pd.export_person_dialog)

    def forget_from_menu(self) -> bool:
        """Privacy → Forget a person…; the window shows the result at once.

        The list or record page behind it kept showing the erased name (and e-mail and
        phone) until something else reloaded it.
        """
        from ui.trust import privacy_dialogs as pd

        forgotten = bool(pd.pick_person_then(self.window, self.db, pd.forget_person_dialog))
        if forgotten:
            self._reload_window()
        return forgotten

    def review_retention(self) -> None:
        from ui.trust import privacy_dialogs as pd

        pd.RetentionDialog(self.db, self.window).exec()
        self._reload_window()  # people kept or forgotten there

    def _reload_window(self) -> None:
        # the lists already built (ids only, cheap), then the page or view in front
        for name in ("_data_changed", "refresh"):
            reload = getattr(self.window, name, None)
            if callable(reload):
                reload()

    # --- backup ------------------------------------------------------------

    def back_up_now(self) -> Op:
        def done(path: Path) -> None:
            self.last_backup = path
            self._status(tr("Backed up to %1").replace("%1", str(path)))

        return _run(
            self.window,
            tr("Back up now"),
            tr("Copying the database to the backup folder…"),
            lambda progress: backups.backup_now(self.db, progress=progress),
            done,
        )

    #: While the window stays open, how often it looks whether today's backup is due (ms).
    DAILY_CHECK_MS = 60 * 60 * 1000

    def keep_backing_up_daily(self) -> QTimer:
        """Look every hour whether today's backup is due: the daily backup ran only at start,
        so a window left open for weeks (a laptop put to sleep, not shut) made none."""
        timer = QTimer(self)
        timer.setObjectName("dailyBackupTimer")
        timer.setInterval(self.DAILY_CHECK_MS)
        timer.timeout.connect(lambda: self.auto_backup())
        timer.start()
        self.daily_timer = timer
        return timer

    def auto_backup(self) -> Op:
        """A backup when there is none from today yet (quietly, in the background)."""

        def done(path: Path | None) -> None:
            if path is not None:
                self.last_backup = path
                self._status(tr("Daily backup made: %1").replace("%1", path.name))

        def failed(exc: BaseException) -> None:
            text = tr("The daily backup failed: %1").replace("%1", core_text(exc))
            self._status(text)
            self._warn_if_stale(text)

        op = Op(self.window, lambda _progress: backups.auto_backup(self.db))
        return op.success(done).failure(failed).run_in_background()

    # a failed daily backup is said in a dialog once the newest backup is this old (days)
    STALE_DAYS = 3

    def _warn_if_stale(self, failure: str) -> QMessageBox | None:
        """Say it out loud when backups have stopped: the status bar alone (10 s) was easy to
        miss, and with the backup drive gone every start failed quietly, for weeks."""
        import datetime as dt

        if self.stale_warning is not None:
            return None  # once per session: the hourly check must not repeat it

        from ui.formatting import format_date

        try:
            folder = backups.backup_folder(self.db)
            newest = backups.newest_backup(folder, backups.database_series(self.db))
        except Exception:  # noqa: BLE001 - the warning itself must not fail
            newest, folder = None, None
        age = dt.datetime.now() - newest.taken_at if newest is not None else None
        if age is not None and age < dt.timedelta(days=self.STALE_DAYS):
            return None
        if newest is not None:
            since = tr("The newest backup is from %1.").replace(
                "%1", format_date(newest.taken_at.date())
            )
        else:
            since = tr("No backup of this database was found in %1.").replace(
                "%1", str(folder) if folder else ""
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("No recent backup"),
            failure
            + "\n\n"
            + since
            + " "
            + tr(
                "Connect the backup drive, or choose another folder with File → Backup folder…; "
                "then use File → Back up now."
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("staleBackupWarning")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()  # never blocks the start
        self.stale_warning = box
        return box

    def choose_folder(self) -> None:
        current = backups.backup_folder(self.db)
        folder = QFileDialog.getExistingDirectory(self.window, tr("Backup folder"), str(current))
        if folder:
            self.use_folder(Path(folder))

    def use_folder(self, folder: Path) -> bool:
        """Make ``folder`` the backup folder if a backup can be written there.

        A folder that could not be written (a read-only share) was taken without a word,
        and every backup after it failed.
        """
        try:
            refuse_unwritable_folder(folder, "liaison-backup-check")
        except LiaisonError as exc:
            QMessageBox.warning(self.window, tr("Backup folder"), core_text(exc))
            return False
        backups.set_backup_folder(self.db, str(folder))
        self._status(tr("Backups now go to %1").replace("%1", str(folder)))
        return True

    # --- restore -----------------------------------------------------------

    def choose_and_restore(self) -> Op | None:
        folder = backups.backup_folder(self.db)
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            tr("Restore from a backup"),
            str(folder),
            tr("Liaison backups (*.db);;All files (*)"),
        )
        if not path:
            return None
        return self.restore(Path(path))

    def confirm_restore(self, backup_path: Path) -> bool:
        return self.restore_question(backup_path).exec() == QMessageBox.StandardButton.Yes

    def restore_question(self, backup_path: Path) -> QMessageBox:
        """The question before a restore; it warns when the backup is of another database."""
        text = tr("Replace the database with the backup “%1”?").replace("%1", backup_path.name)
        text += "\n\n" + tr(
            "Everything changed since that backup is replaced; the current database "
            "is first copied to the backup folder."
        )
        other = self.db.path is not None and backups.of_another_database(backup_path, self.db.path)
        if other:
            text += "\n\n" + tr(
                "Careful: this backup was made of another database, not of the one open now."
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning if other else QMessageBox.Icon.Question,
            tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("restoreQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def restore(self, backup_path: Path, *, confirmed: bool = False) -> Op | None:
        if not confirmed and not self.confirm_restore(backup_path):
            return None

        again: list[str] = []

        def done(kept: Path | None) -> None:
            refresh = getattr(self.window, "refresh", None)
            if callable(refresh):
                refresh()
            message = tr("Restored from %1.").replace("%1", backup_path.name)
            if kept is not None:
                message += " " + tr("The replaced database was kept as %1.").replace(
                    "%1", kept.name
                )
            if again:
                message += " " + tr(
                    "%n person(s) forgotten since this backup stay forgotten.", "", len(again)
                )
            self._status(message)

        return _run(
            self.window,
            tr("Restore from a backup"),
            tr("Restoring the backup…"),
            lambda progress: restore_into(self.db, backup_path, progress, again),
            done,
        )

    # --- the whole integrity check of a big database, after opening -------------

    def start_background_check(self) -> Op | None:
        """Big files get only a short check when opened; the whole one runs here."""
        path = self.db.path
        if path is None or not needs_background_check(path):
            return None
        op = Op(self.window, lambda _progress: background_check(path))
        return op.success(self._checked).failure(lambda _exc: None).run_in_background()

    def _checked(self, error: DamagedDatabaseError | None) -> None:
        if error is None:
            return
        dialog = DamagedDatabaseDialog(error, self.window, opened=True)
        if not dialog.exec():
            return
        if dialog.choice == DamagedDatabaseDialog.RESTORE_NEWEST and error.backup is not None:
            self.restore(error.backup, confirmed=True)
        else:
            self.choose_and_restore()

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10_000)


def install_trust_actions(
    main_window: Any, file_menu: QMenu | None = None, *, auto_backup: bool = True
) -> TrustActions:
    """Add File → Back up now / Restore… / Backup folder…, the Privacy menu, and start
    the daily automatic backup. ``main_window`` needs ``.db``, ``menuBar()``; it may offer
    ``add_file_action(action, "trust")``, ``help_menu`` and ``refresh()``."""
    actions = TrustActions(main_window, file_menu)
    main_window.trust_actions = actions
    actions.start_background_check()
    if auto_backup:
        actions.auto_backup()
        actions.keep_backing_up_daily()
    return actions


# --- a damaged database -------------------------------------------------------


class DamagedDatabaseDialog(QDialog):
    """Says the database is damaged and offers the newest good backup (or another one)."""

    RESTORE_NEWEST = 1
    CHOOSE = 2
    QUIT = 0

    def __init__(
        self, error: DamagedDatabaseError, parent: QWidget | None = None, *, opened: bool = False
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.choice = self.QUIT
        self.setWindowTitle(tr("The database is damaged"))
        self.setMinimumWidth(640)
        heading = QLabel(tr("<b>Liaison cannot safely open this database.</b>"), self)
        text = WrapLabel("", self)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explanation = tr(
            "The file %1 fails SQLite's integrity check, so some records may be lost or wrong. "
            "Nothing has been changed. Restore a backup to go on working; a copy of the "
            "damaged file is kept next to it (name ending in “-damaged”)."
        ).replace("%1", str(error.path))
        text.setText(explanation)
        found = WrapLabel("", self)
        found.setObjectName("newestBackup")
        if error.backup is not None:
            found.setText(
                tr("The newest good backup is %1 (%2).")
                .replace("%1", error.backup.name)
                .replace("%2", str(error.backup.parent))
            )
        else:
            found.setText(tr("No good backup was found in the backup folder."))
        details = QPlainTextEdit("\n".join(error.problems[:50]), self)
        details.setReadOnly(True)
        details.setMaximumHeight(90)
        details.setObjectName("problems")
        buttons = QDialogButtonBox(self)
        self.newest_button: QPushButton | None = None
        if error.backup is not None:
            self.newest_button = buttons.addButton(
                tr("Restore the newest backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.newest_button.setDefault(True)
            self.newest_button.clicked.connect(lambda: self._choose(self.RESTORE_NEWEST))
        choose = buttons.addButton(tr("Choose a backup…"), QDialogButtonBox.ButtonRole.ActionRole)
        choose.clicked.connect(lambda: self._choose(self.CHOOSE))
        quit_text = tr("Not now") if opened else tr("Quit")  # opened: the window stays usable
        quit_button = buttons.addButton(quit_text, QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(found)
        layout.addWidget(QLabel(tr("What SQLite reported:"), self))
        layout.addWidget(details)
        layout.addWidget(buttons)
        give_mnemonics(self)  # Alt+letter for each way out (Enter: the newest backup)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


def recovery_folder(error: DamagedDatabaseError) -> Path:
    """Where "Choose a backup…" opens: beside the newest good backup, else the folder the
    damaged database's settings name (read best-effort), else the default one. It opened
    the default folder even when the officer had chosen another for backups."""
    from liaison.trust.integrity import _backup_folder_of

    if error.backup is not None:
        return error.backup.parent
    return _backup_folder_of(error.path)


def handle_damaged_database(error: DamagedDatabaseError, parent: QWidget | None = None) -> bool:
    """Show :class:`DamagedDatabaseDialog`; restore what the user picks. True: open again."""
    dialog = DamagedDatabaseDialog(error, parent)
    if not dialog.exec():
        return False
    if dialog.choice == DamagedDatabaseDialog.RESTORE_NEWEST and error.backup is not None:
        chosen: Path | None = error.backup
    else:
        folder = recovery_folder(error)
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("Restore from a backup"), str(folder), tr("Liaison backups (*.db)")
        )
        chosen = Path(path) if path else None
    if chosen is None:
        return False
    return restore_damaged(error.path, chosen, parent)


def restore_damaged(path: Path, chosen: Path, parent: QWidget | None = None) -> bool:
    """Set the damaged file aside and restore ``chosen`` over it, in a worker behind a
    progress bar; True when done (a failure is said in a message box).

    It ran on the window's thread behind a wait cursor: no window, no progress, and on
    a team lead's database (685 MB) 4-9 seconds in which the system could call Liaison
    "not responding". Runs before the main window exists, so it waits in its own loop.
    """
    title = tr("Restore from a backup")
    progress = _progress_dialog(parent, title, tr("Restoring the backup…"))
    progress.setMinimumDuration(0)  # nothing else is on screen to say that work is going on
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def work(report: Any) -> None:
        backups.safety_copy(path)  # the damaged file is set aside, never deleted
        backups.restore(chosen, path, overwrite=True, progress=report)

    def show(done: int, total: int, _message: str) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def finish(error: BaseException | None) -> None:
        outcome["error"] = error
        loop.quit()

    op = Op(None, work).success(lambda _r: finish(None)).failure(finish)
    op.progressed.connect(show)
    op.run_in_background()
    if "error" not in outcome:  # (tests may run the work inline: then it is done already)
        loop.exec()
    progress.close()
    if outcome["error"] is not None:
        QMessageBox.critical(parent, title, core_text(outcome["error"]))
        return False
    return True
