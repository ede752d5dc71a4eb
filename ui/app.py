"""Starting the desktop app: language, database (or first start), main window; the self-test.

``run(db, self_test)`` is what the ``liaison`` command calls. Errors reach the
user as one sentence in a message box (or on stderr for the self-test), never
as a traceback.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison.errors import LiaisonError
from liaison.storage.db import (
    ENV_VAR,
    Database,
    default_database_path,
    open_database,
    resolve_url,
    sqlite_path,
)
from ui import i18n, prefs
from ui.core_text import core_text
from ui.i18n import tr
from ui.widgets import tone

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
STYLE = RESOURCES / "style.qss"
ICON = RESOURCES / "icons" / "liaison.svg"


def application() -> QApplication:
    """The QApplication, created once with Liaison's names, language and style."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(prefs.ORGANISATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setApplicationDisplayName("Liaison")
    i18n.install(prefs.value("language"))
    if STYLE.exists():
        tone.follow_palette(app, STYLE.read_text(encoding="utf-8"))
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    return app


def apply_language(language: str) -> str:
    """Switch the language now (the main window rebuilds itself afterwards)."""
    prefs.set_value("language", language)
    return i18n.install(language)


def officer_name() -> str | None:
    return prefs.value("officer") or None


def chosen_location(db: str | None) -> str | None:
    """Where to open: --db, else $LIAISON_DB, else the remembered database, else None."""
    for candidate in (db, os.environ.get(ENV_VAR), prefs.value("database")):
        if candidate and str(candidate).strip():
            return str(candidate)
    if default_database_path().exists():
        return str(default_database_path())
    return None


def open_or_welcome(db: str | None) -> Database | None:
    """Open the database, or on a first start ask for an empty or demo one."""
    location = chosen_location(db)
    if location is not None:
        return open_database(location, officer=officer_name())
    from ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(default_database_path(), officer_name() or "")
    if dialog.exec() and dialog.db is not None:
        return dialog.db
    return None


def open_with_recovery(db: str | None) -> Database | None:
    """Open as :func:`open_or_welcome`; a damaged file offers its newest good backup."""
    from liaison.trust.integrity import DamagedDatabaseError
    from ui.trust.backup_actions import handle_damaged_database

    while True:
        try:
            return open_or_welcome(db)
        except DamagedDatabaseError as exc:
            if not handle_damaged_database(exc):
                return None


def run(db: str | None = None, self_test: bool = False) -> int:
    """Open the app (or run the self-test); returns the exit code."""
    if self_test:
        return run_self_test(db)
    app = application()
    from ui.crash_report import CrashReporter

    reporter = CrashReporter()  # a bug is a sentence and a log file, not a silent traceback
    reporter.install()
    try:
        database = open_with_recovery(db)
    except LiaisonError as exc:
        QMessageBox.critical(None, tr("Liaison"), core_text(exc))
        return 2
    except Exception as exc:  # noqa: BLE001 - one sentence, never a traceback
        QMessageBox.critical(
            None,
            tr("Liaison"),
            tr("The database could not be opened: %1").replace("%1", core_text(exc)),
        )
        return 2
    if database is None:
        return 0
    from ui.main_window import MainWindow
    from ui.wiring import install_area_actions

    window = MainWindow(database)
    install_area_actions(window)
    window.start()
    window.show()
    QTimer.singleShot(0, settle_after_start)
    code = app.exec()
    database.close()
    return int(code)


def settle_after_start() -> None:
    """The window is up: keep start-up's objects out of every later collection, collect again.

    ``liaison.cli.main`` switches the collector off while modules load; frozen
    objects are never walked again, so later pauses stay short. From here on the
    collector runs on the UI thread only (:mod:`ui.main_thread_gc`): a collection
    in a worker thread could free Qt objects there and crash the app.
    """
    from ui import main_thread_gc

    gc.freeze()
    app = QApplication.instance()
    if app is not None:
        main_thread_gc.install(app)
    else:
        gc.enable()


def run_self_test(db: str | None = None, out=None, err=None) -> int:
    """Open the database, build the main window offscreen, fill and render the dashboard.

    Prints the elapsed milliseconds and returns 0, or one sentence and 1. It checks the
    database the app would open (``--db``, ``$LIAISON_DB``, the remembered one, the
    default) and never makes one: with no database there yet it checks on a temporary
    one. Checking an install made an empty database in the user's data folder, and the
    officer's first start then opened it without offering the demo or asking a name.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    note = ""
    try:
        with contextlib.ExitStack() as stack:
            app = application()
            location = chosen_location(db)
            path = (
                default_database_path() if location is None else sqlite_path(resolve_url(location))
            )
            if path is not None and not path.exists():
                import tempfile  # only here: start-up is counted in milliseconds

                folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="liaison-"))
                location = str(Path(folder) / "self-test.db")
                note = f" (no database at '{path}' yet: checked on a temporary one)"
            database = open_database(location, officer=officer_name())
            try:
                ms = self_test_window(app, database, started)
            finally:
                database.close()
    except LiaisonError as exc:
        err.write(f"liaison self-test failed: {exc}\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - the self-test reports, never raises
        err.write(f"liaison self-test failed: {type(exc).__name__}: {exc}\n")
        return 1
    out.write(f"self-test ok: main window with dashboard rendered in {ms:.0f} ms{note}\n")
    return 0


def self_test_window(app: QApplication, database: Database, started: float) -> float:
    """Build, fill and render the window; returns milliseconds since ``started``."""
    from ui.main_window import MainWindow
    from ui.wiring import install_area_actions
    from ui.worker import Op

    window = MainWindow(database)
    install_area_actions(window, background=False)  # the menus as the app has them
    inline, Op.run_inline = Op.run_inline, True  # fill the dashboard before rendering
    try:
        dashboard = window.show_view("today")
    finally:
        Op.run_inline = inline
    window.show()
    if getattr(dashboard, "data", None) is None:
        message = dashboard.status.text()  # type: ignore[attr-defined]
        raise RuntimeError(message or "the dashboard did not load")
    app.processEvents()
    image = window.grab()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("the main window did not render")
    elapsed = (time.perf_counter() - started) * 1000
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed
