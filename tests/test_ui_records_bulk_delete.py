"""Deleting many records: one transaction, in a worker behind a progress bar, one Ctrl+Z back.

500 people deleted with Ctrl+A, Delete held the window for over a second (a
session and a name lookup per record on the UI thread); a stop halfway left
half of them in the trash.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from qt_modal import answer_next_message
from sqlalchemy import event, select
from ui_shell_data import filled, shell_env, window  # noqa: F401

from liaison.services import contact_log, editing, records
from liaison.storage.models import Interaction, Person
from ui.worker import Op


def add_contacts(db, organisation_id: int, count: int) -> None:  # type: ignore[no-untyped-def]
    with db.session_scope() as s:
        for n in range(count):
            contact_log.log_interaction(
                s,
                occurred_at=dt.datetime(2026, 1, 1, 9, 0) + dt.timedelta(hours=n),
                channel="call",
                summary=f"Gebeld {n}",
                organisation_ids=[organisation_id],
                person_ids=[],
            )


def live_contacts(db) -> int:  # type: ignore[no-untyped-def]
    with db.session_scope(write=False) as s:
        return len(list(s.scalars(select(Interaction.id).where(Interaction.deleted_at.is_(None)))))


def writer_threads(db) -> list[str]:  # type: ignore[no-untyped-def]
    """The threads that run UPDATEs of the contact log on ``db`` (a real engine listener)."""
    seen: list[str] = []

    def before(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("UPDATE INTERACTION"):
            seen.append(threading.current_thread().name)

    event.listen(db.engine, "before_cursor_execute", before)
    return seen


def test_delete_records_is_one_transaction_and_its_undo_spares_a_colleagues_change(filled):
    db, _ids = filled
    with db.session_scope() as s:
        people = [records.create(s, Person, given_name="Sanne", family_name=f"Bakker {n}") for n in range(250)]  # fmt: skip
        s.flush()
        ids = [p.id for p in people]

    class StopAtOnce:
        reports: list[int] = []

        def __call__(self, done: int, total: int, message: str = "") -> None:
            self.reports.append(done)

        def cancelled(self) -> bool:
            return True

    with pytest.raises(editing.DeleteCancelled), db.session_scope() as s:
        editing.delete_records(s, "person", ids, StopAtOnce())
    with db.session_scope(write=False) as s:
        assert records.trash(s, Person) == []  # a stop halfway keeps everything

    with db.session_scope() as s:
        trashed = editing.delete_records(s, "person", ids)
    assert [t.id for t in trashed] == ids and trashed[0].name == "Sanne Bakker 0"
    with db.session_scope() as s:  # a colleague restores one and edits it
        records.restore(s, Person, ids[7])
        records.update(s, Person, ids[7], None, notes="Verhuisd")
    with db.session_scope() as s:
        refused = editing.restore_records(s, "person", trashed)
    assert [(r.name, r.reason) for r in refused] == [("Sanne Bakker 7", "changed")]
    with db.session_scope(write=False) as s:
        assert records.trash(s, Person) == []
        assert s.get(Person, ids[7]).notes == "Verhuisd"


def test_many_contacts_go_to_the_trash_in_a_worker_and_one_ctrl_z_brings_them_back(
    window, filled, qtbot, monkeypatch
):
    db, ids = filled
    add_contacts(db, ids["food"], 80)
    monkeypatch.setattr(Op, "run_inline", False)  # real threads, as in the app
    view = window.show_view("interaction")
    qtbot.waitUntil(lambda: view.model.rowCount() >= 80, timeout=5000)
    before = view.model.rowCount()
    view.table.setFocus()
    view.table.selectAll()
    threads = writer_threads(db)
    answer_next_message([], QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    assert threads and threading.main_thread().name not in threads  # not on the UI thread
    assert window.undo_stack.count() == 1  # one step for all of them
    assert window.statusBar().currentMessage().startswith(f"{before} contacts moved")
    threads.clear()
    assert window.undo() is True  # under way
    qtbot.waitUntil(lambda: view.model.rowCount() == before, timeout=10_000)
    assert threads and threading.main_thread().name not in threads
    assert window.statusBar().currentMessage() == "Restored from the trash."
    assert live_contacts(db) == before and window.undo_stack.canRedo()


def test_stopping_a_long_delete_keeps_every_record(window, filled, qtbot, monkeypatch):
    db, ids = filled
    add_contacts(db, ids["food"], 450)
    monkeypatch.setattr(Op, "run_inline", False)
    view = window.show_view("interaction")
    qtbot.waitUntil(lambda: view.model.rowCount() >= 450, timeout=5000)
    before = live_contacts(db)
    view.table.setFocus()
    view.table.selectAll()
    answer_next_message([], QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    bar = window.findChild(QProgressDialog)
    assert bar is not None and bar.labelText().startswith("Moving")
    stop = next(b for b in bar.findChildren(QPushButton) if b.text() == "Stop")
    stop.click()  # the officer presses Stop
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None, timeout=10_000)
    assert live_contacts(db) == before  # nothing half-deleted
    assert window.undo_stack.count() == 0
    qtbot.waitUntil(lambda: len(view.model.ids()) == before, timeout=5000)


def test_restoring_many_from_the_trash_runs_in_a_worker_and_keeps_blocked_support(
    window, filled, qtbot, monkeypatch
):
    """Restore of a whole trash ran on the UI thread, a record at a time."""
    from liaison.storage.models import Commitment

    db, ids = filled
    add_contacts(db, ids["food"], 80)
    with db.session_scope() as s:
        contacts = list(s.scalars(select(Interaction.id)))
        editing.delete_records(s, "interaction", contacts)
        editing.delete_records(s, "organisation", [ids["fund"]])  # its support goes along
    with db.session_scope() as s:  # the partner restored on its own, then trashed again
        support = [c.id for c in records.trash(s, Commitment)]
    monkeypatch.setattr(Op, "run_inline", False)
    trash = window.show_view("trash")
    trash.load()
    came_back: list[list] = []
    trash.restored.connect(came_back.append)
    rows = [n for n, item in enumerate(trash.model.items) if item.entity != "organisation"]
    for row in rows:
        trash.table.selectionModel().select(
            trash.model.index(row, 0),
            trash.table.selectionModel().SelectionFlag.Select
            | trash.table.selectionModel().SelectionFlag.Rows,
        )
    threads = writer_threads(db)
    said: list[str] = []
    answer_next_message(said)
    assert trash.restore_selected() == []  # under way
    qtbot.waitUntil(lambda: bool(came_back) and bool(said), timeout=10_000)
    assert threads and threading.main_thread().name not in threads
    assert len(came_back[0]) == len(contacts)
    assert said and "Oranje Fonds" in said[0]  # the support waits for its partner
    assert live_contacts(db) == len(contacts)
    with db.session_scope(write=False) as s:
        assert [c.id for c in records.trash(s, Commitment)] == support
