"""Undo of a delete when a colleague got there first: refused, told in one sentence, dropped."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison.errors import NotFoundError
from liaison.services import records, relations
from liaison.storage.db import Database, open_database
from liaison.storage.models import Organisation
from tests.ui_records_world import english_ui, make_world  # noqa: F401 - autouse fixture
from ui.editing import delete_with_undo


def test_undo_after_colleague_changed_record_is_refused_and_said(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    stack = QUndoStack(host)
    changes: list[tuple[str, int, bool]] = []
    assert delete_with_undo(
        db, "organisation", ids["fund"], host, stack, lambda e, i, d: changes.append((e, i, d))
    )
    colleague = open_database(db.path, create=False, officer="Colleague")
    try:  # a colleague brings it back, renames it and deletes it again
        with colleague.session_scope() as s:
            fund = records.restore(s, Organisation, ids["fund"])
            records.update(s, Organisation, fund.id, fund.version, name="Oranje Fonds NL")
            records.delete(s, Organisation, fund.id)
    finally:
        colleague.close()
    command = stack.command(0)
    stack.undo()
    assert command.failure is not None and "Oranje Fonds" in command.failure
    box = command.message_box
    assert isinstance(box, QMessageBox) and box.isVisible() and box.text() == command.failure
    assert "colleague" in box.text()
    assert stack.count() == 0 and not stack.canRedo()  # nothing left to redo
    with db.session_scope(write=False) as s, pytest.raises(NotFoundError):
        relations.organisation_detail(s, ids["fund"])  # their delete stands
    with db.session_scope(write=False) as s:
        fund = records.get(s, Organisation, ids["fund"], include_deleted=True)
        assert fund.name == "Oranje Fonds NL"
    assert changes == [("organisation", ids["fund"], True)]
    box.close()


def test_undo_unchanged_still_restores(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    host = QWidget()
    qtbot.addWidget(host)
    stack = QUndoStack(host)
    assert delete_with_undo(db, "person", ids["gerrit"], host, stack)
    command = stack.command(0)
    stack.undo()
    assert command.failure is None and command.message_box is None
    with db.session_scope(write=False) as s:
        assert relations.person_detail(s, ids["gerrit"]).family_name == "Berg"
