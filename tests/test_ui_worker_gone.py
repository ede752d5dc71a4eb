"""Background work whose window is gone before it ends: no noise, and the work is not cut off.

Closing the window while the daily backup ran printed "Error calling Python override of
QRunnable::run(): … Signal source has been deleted" on the way out; a progress report
after that point broke the work off halfway.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from ui.worker import Op, Progress


def test_work_outliving_its_window_finishes_quietly(qtbot, capfd) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    started, release, finished = threading.Event(), threading.Event(), threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        for step in range(3):  # reports after the window (and the Op) are gone
            progress(step, 3, "Bezig")
            steps.append(step)
        finished.set()
        return "klaar"

    op = Op(window, work).success(lambda _r: None).run_in_background()
    assert started.wait(5)
    bridge = op._bridge
    window.deleteLater()
    del op
    qtbot.waitUntil(lambda: not _alive(window), timeout=2000)
    # as at the app's exit: Qt's side of the bridge is gone while the work still runs
    shiboken6.delete(bridge)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    assert finished.is_set() and steps == [0, 1, 2]
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err
    assert "QRunnable::run" not in err


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)
