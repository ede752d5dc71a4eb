"""Garbage made in a worker thread is collected on the UI thread (a collection in a
worker could free Qt objects there: the exchange tests crashed 6 runs in 6)."""

from __future__ import annotations

import gc
import threading

from ui import main_thread_gc


class Cyclic:
    """Garbage only the cyclic collector frees; says in which thread it was freed."""

    freed_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cyclic.freed_in.append(threading.current_thread().name)


def test_garbage_from_a_worker_is_freed_on_the_ui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    collector = main_thread_gc.install(qapp)
    assert not gc.isenabled()
    Cyclic.freed_in.clear()

    def work() -> None:  # far past the threshold: Python would collect right here
        for _ in range(gc.get_threshold()[0] * 20):
            Cyclic()

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert Cyclic.freed_in == []  # nothing was collected in the worker
    assert collector.timer.isActive()
    qtbot.waitUntil(lambda: len(Cyclic.freed_in) > 0, timeout=5 * main_thread_gc.INTERVAL_MS)
    gc.collect()
    assert set(Cyclic.freed_in) == {threading.main_thread().name}


def test_only_the_generations_that_are_due_are_collected() -> None:
    gc.collect()
    assert main_thread_gc.collect_if_due((10**9, 10, 10)) == 0  # below the threshold
    for _ in range(50):
        Cyclic()
    assert main_thread_gc.collect_if_due((10, 10, 10)) >= 50
