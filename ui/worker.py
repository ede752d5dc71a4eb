"""Run core work off the UI thread and hear back on it (after Anki's ``Op`` and Picard's thread helper).

    Op(parent, lambda progress: importer.run(..., progress=progress))
        .success(on_done).failure(on_error).run_in_background()

The function receives a ``progress(done, total, message)`` callback and a
``cancelled()`` check through :class:`Progress`; the core stays Qt-free and a
thin QObject turns those calls into signals. Tests can set
``Op.run_inline = True`` to run everything synchronously.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

#: Records written at most on the UI thread in one action (deletes, restores); more go to a
#: worker behind a progress bar: about 2 ms a record, and 500 held the window for a second.
IN_PLACE_RECORDS = 50


class Progress:
    """What the core sees: a plain callable plus a cancel flag."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        self._emit(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Bridge(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


def _tell(signal: Any, *args: Any) -> None:
    """Emit from a worker; nothing when whoever asked is gone.

    Closing the window deletes the Op and its bridge while work such as the daily
    backup still runs (Qt lets it finish before the app exits): its last emit then
    raised "Signal source has been deleted", printed on the way out, and a progress
    report from a deleted bridge broke the work off halfway.
    """
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], bridge: _Bridge, progress: Progress) -> None:
        super().__init__()
        self._fn, self._bridge, self._progress = fn, bridge, progress

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, shown as a sentence
            _tell(self._bridge.failed, exc)
        else:
            _tell(self._bridge.succeeded, result)


class Op(QObject):
    """One piece of background work with progress, cancel, success and failure callbacks."""

    run_inline: ClassVar[bool] = False
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, parent: QObject | None, fn: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._fn = fn
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._bridge = _Bridge()
        progressed = self._bridge.progressed
        self.progress = Progress(
            lambda done, total, message: _tell(progressed, done, total, message)
        )
        self._bridge.progressed.connect(self.progressed)
        self._bridge.succeeded.connect(self._succeeded)
        self._bridge.failed.connect(self._failed)

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        self._on_failure = callback
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def run_in_background(self) -> Op:
        task = _Task(self._fn, self._bridge, self.progress)
        if self.run_inline:
            task.run()
        else:
            QThreadPool.globalInstance().start(task)
        return self

    def _succeeded(self, result: Any) -> None:
        if self._on_success is not None:
            self._on_success(result)
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            raise exc
        self.finished.emit()


def run_with_progress(
    parent: QWidget,
    title: str,
    text: str,
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    *,
    cancel_text: str | None = None,
    after_failure: Callable[[], None] | None = None,
) -> Op:
    """Run ``fn`` in the background behind a window-modal progress dialog.

    The dialog appears only if the work takes longer than half a second, and
    its button (``cancel_text``; none without it) asks the work to stop. A
    refusal from the core is told in a message titled ``title``, a stop the
    officer asked for is not; then ``after_failure`` runs. Anything else is a
    bug and goes to the crash reporter.
    """
    from liaison.errors import LiaisonError
    from ui.core_text import core_text

    dialog = QProgressDialog(text, cancel_text or "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setMinimumWidth(380)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    if cancel_text is None:
        dialog.setCancelButton(None)
    op = Op(parent, fn)

    def progressed(done: int, total: int, _message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)

    def close() -> None:
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        close()
        on_success(result)

    def failed(exc: BaseException) -> None:
        close()
        if not isinstance(exc, LiaisonError):
            raise exc
        if not op.progress.cancelled():
            QMessageBox.warning(parent, title, core_text(exc))
        if after_failure is not None:
            after_failure()

    op.progressed.connect(progressed)
    dialog.canceled.connect(op.cancel)
    op.success(succeeded).failure(failed)
    return op.run_in_background()
