"""Unexpected errors: one sentence for the officer, the traceback in a private log file.

Without this, a bug in a slot printed a traceback to a console nobody sees and the
click seemed to do nothing; a bug in a background thread vanished altogether. The
log stays on the officer's machine (mode 0600: a traceback can quote a resident's
name), is kept small (one earlier file beside it) and is what support asks for.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison.errors import LiaisonError
from ui.core_text import core_text
from ui.i18n import tr

LOG_NAME = "liaison-errors.log"
# Beyond this the log is moved to ``liaison-errors.log.1`` (replacing the one before).
MAX_LOG_BYTES = 512 * 1024


def log_folder() -> Path:
    """The per-user log folder (platformdirs knows each platform's place)."""
    return Path(platformdirs.user_log_dir("Liaison", "Liaison"))


def write_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    folder: Path | None = None,
) -> Path | None:
    """Append the traceback to the private log; its path, or None if it cannot be written."""
    folder = folder or log_folder()
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    text = (
        f"--- {stamp} Liaison {_version()}, Python {platform.python_version()}, "
        f"{platform.platform()}, thread {threading.current_thread().name}\n"
        + "".join(traceback.format_exception(exc_type, exc, tb))
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(folder / f"{LOG_NAME}.1")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, text.encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except OSError:
        return None
    return path


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("liaison")
    except PackageNotFoundError:  # a bundle without the package's metadata
        return "(version unknown)"


class CrashReporter(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``.

    An error on the UI thread is logged and told in a message box (one at a
    time: an error repeated in every paint would otherwise stack boxes); one in
    another thread is logged and told on the UI thread. A LiaisonError that got
    this far is already a sentence for the officer and is shown as such.
    """

    _told = Signal(str)

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.showing = False
        self.last_box: QMessageBox | None = None
        self._told.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, LiaisonError):
            sentence = core_text(exc)
        else:
            traceback.print_exception(exc_type, exc, tb)  # for a developer at a console
            path = write_report(exc_type, exc, tb, self.folder)
            sentence = self._sentence(path)
        app = QApplication.instance()
        if app is None:
            return
        if QThread.currentThread() is app.thread():
            self._tell(sentence)
        else:
            self._told.emit(sentence)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @staticmethod
    def _sentence(path: Path | None) -> str:
        told = tr("Something went wrong, and Liaison stopped what it was doing.")
        if path is None:
            return told
        return (
            told
            + " "
            + tr(
                "The details are in %1; please send that file to whoever supports Liaison."
            ).replace("%1", str(path))
        )

    def _tell(self, sentence: str) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Liaison"),
                sentence,
                QMessageBox.StandardButton.Ok,
                QApplication.activeWindow(),
            )
            # The file's path is to be sent on: selectable (and copied) without a mouse too.
            box.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            self.last_box = box
            box.exec()
        finally:
            self.showing = False
            self.last_box = None
