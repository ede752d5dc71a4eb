"""Python's cyclic garbage collector, run on the UI thread only.

Python collects in whichever thread happens to allocate past the threshold. When
that is a worker (an import, an undo, a backup), the collection can finalise Qt
objects that are garbage by then (a closed wizard's widgets, their style
animations) off the UI thread; Qt then touches freed memory and the app dies
with a segmentation fault. Measured: the exchange tests crashed 6 runs in 6,
none in 4 with collection only here. pyqtgraph's ``GarbageCollector`` does the
same for the same reason.

Automatic collection is switched off; a timer on the UI thread collects the
generations that are due, by the same thresholds Python would use.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

#: How often the UI thread looks whether a collection is due.
INTERVAL_MS = 500
#: Least time between two full collections. Python itself skips a full one until a
#: quarter of the long-lived objects are new, which Python code cannot see; without a
#: bound, an import of 100,000 rows (millions of live objects) would be walked whole
#: twice a second on the UI thread.
FULL_EVERY_S = 30.0

_last_full = time.monotonic()


def collect_if_due(thresholds: tuple[int, ...] | None = None) -> int:
    """Collect the generations whose count passed their threshold; returns what was freed."""
    global _last_full
    first, second, third = thresholds or gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= first:
        return 0
    generation = 1 if count1 > second else 0
    if generation == 1 and count2 > third and time.monotonic() - _last_full >= FULL_EVERY_S:
        generation = 2
        _last_full = time.monotonic()
    return gc.collect(generation)


class MainThreadCollector(QObject):
    """Owns the timer; made once, by :func:`install`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        collect_if_due(self.thresholds)


_installed: MainThreadCollector | None = None


def install(parent: QObject) -> MainThreadCollector:
    """Switch automatic collection off and collect on the UI thread from now on."""
    global _installed
    gc.disable()
    if _installed is None:
        _installed = MainThreadCollector(parent)
    return _installed


__all__ = ["INTERVAL_MS", "MainThreadCollector", "collect_if_due", "install"]
