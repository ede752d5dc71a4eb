"""Delete to the trash as an undoable command: Ctrl+Z right after brings the record back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from liaison.services import editing, relations
from liaison.storage.db import Database
from ui.widgets import labels


class DeleteCommand(QUndoCommand):
    """redo = move to trash, undo = restore (with what was trashed along with it)."""

    def __init__(
        self,
        db: Database,
        entity: str,
        record_id: int,
        name: str,
        on_change: Callable[[str, int, bool], None] | None = None,
    ) -> None:
        kind = labels.label(labels.entity_names(), entity)
        super().__init__(
            QCoreApplication.translate("DeleteCommand", "Delete %1 “%2”")
            .replace("%1", kind)
            .replace("%2", name)
        )
        self.db, self.entity, self.record_id = db, entity, record_id
        self.on_change = on_change
        self.done_once = False

    def do_first(self) -> None:
        """Delete now (errors reach the caller), before the command goes on the stack."""
        self.redo()
        self.done_once = True

    def redo(self) -> None:
        if self.done_once:  # QUndoStack.push calls redo(); the delete already happened
            self.done_once = False
            return
        with self.db.session_scope() as s:
            editing.delete_record(s, self.entity, self.record_id)
        if self.on_change:
            self.on_change(self.entity, self.record_id, True)

    def undo(self) -> None:
        with self.db.session_scope() as s:
            editing.restore_record(s, self.entity, self.record_id)
        if self.on_change:
            self.on_change(self.entity, self.record_id, False)


def record_name(db: Database, entity: str, record_id: int) -> str:
    with db.session_scope(write=False) as s:
        return relations.display_name(s, entity, record_id)
