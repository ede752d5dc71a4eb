"""An unexpected error tells the officer in a sentence and leaves a private log for support."""

from __future__ import annotations

import stat
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from qt_modal import answer_next_message

from liaison.errors import LiaisonError
from ui.crash_report import LOG_NAME, MAX_LOG_BYTES, CrashReporter, write_report


@pytest.fixture
def reporter(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> CrashReporter:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    found = CrashReporter(tmp_path / "logs")
    found.install()
    return found


def broken_slot() -> None:
    {}["Jan de Vries"]  # a bug: a KeyError in a slot


def test_a_bug_in_a_slot_is_a_sentence_and_a_private_log(reporter, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    answer_next_message(said)
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    log = tmp_path / "logs" / LOG_NAME
    assert said[0].startswith("Something went wrong") and str(log) in said[0]
    text = log.read_text(encoding="utf-8")
    assert "KeyError: 'Jan de Vries'" in text and "broken_slot" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_a_bug_in_a_background_thread_is_told_on_the_ui_thread(reporter, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    answer_next_message(said)
    worker = threading.Thread(target=broken_slot, name="liaison-test-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "liaison-test-worker" in (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")


def test_a_liaison_error_that_got_this_far_is_shown_as_its_own_sentence(reporter, qtbot) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    answer_next_message(said)

    def refuse() -> None:
        raise LiaisonError("There is no person with id 7.")

    QTimer.singleShot(0, refuse)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == ["There is no person with id 7."]
    assert not (reporter.folder / LOG_NAME).exists()


def test_the_log_is_kept_small(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / LOG_NAME).write_bytes(b"x" * (MAX_LOG_BYTES + 1))
    try:
        raise ValueError("again")
    except ValueError as exc:
        path = write_report(type(exc), exc, exc.__traceback__, folder)
    assert path is not None and path.stat().st_size < 10_000
    assert (folder / f"{LOG_NAME}.1").stat().st_size == MAX_LOG_BYTES + 1
