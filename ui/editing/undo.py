"""Delete to the trash as an undoable command: Ctrl+Z right after brings the record back.

If a colleague changed or purged the record in the meantime the undo refuses
(their work wins), tells the user in one sentence (a window-modal message that
does not block), and drops the command from the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from liaison.errors import LiaisonError, NotFoundError, StaleRecordError
from liaison.services import editing, relations
from liaison.storage.db import Database
from ui.core_text import core_text
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
        self.name = name
        self.on_change = on_change
        self.done_once = False
        self.trashed_version: int | None = None  #: version in the trash, checked on undo
        self.failure: str | None = None  #: the sentence shown when the undo failed
        self.message_box: QMessageBox | None = None

    def do_first(self) -> None:
        """Delete now (errors reach the caller), before the command goes on the stack."""
        self.redo()
        self.done_once = True

    def redo(self) -> None:
        if self.done_once:  # QUndoStack.push calls redo(); the delete already happened
            self.done_once = False
            return
        with self.db.session_scope() as s:
            self.trashed_version = editing.delete_record(s, self.entity, self.record_id)
        if self.on_change:
            self.on_change(self.entity, self.record_id, True)

    def undo(self) -> None:
        try:
            with self.db.session_scope() as s:
                editing.restore_record(s, self.entity, self.record_id, self.trashed_version)
        except (StaleRecordError, NotFoundError):
            self._failed(
                QCoreApplication.translate(
                    "DeleteCommand",
                    "“%1” was not restored: a colleague changed or removed it after the delete.",
                ).replace("%1", self.name)
            )
            return
        except LiaisonError as exc:
            self._failed(core_text(exc))
            return
        if self.on_change:
            self.on_change(self.entity, self.record_id, False)

    def _failed(self, sentence: str) -> None:
        """Tell the user without blocking, and leave the stack (there is nothing to redo)."""
        self.failure = sentence
        self.setObsolete(True)
        self.message_box = _tell(sentence)


class DeleteGroup(QUndoCommand):
    """Several records deleted as one step, in one transaction (one Ctrl+Z brings them back).

    If a colleague got to one of them first, its undo refuses (and says so) while
    the others come back; the whole step then leaves the stack, because a redo
    would delete again what the colleague restored or changed. Many records are
    deleted and restored in a worker (see ``ui.main_window``): the worker's result
    is handed in (:meth:`restored_by`) before the stack calls :meth:`undo`.
    """

    def __init__(
        self, db: Database, entity: str, trashed: list[editing.Trashed], text: str
    ) -> None:
        super().__init__(text)
        self.db, self.entity = db, entity
        self.trashed = trashed  #: what the last delete put in the trash, in order
        self.done_once = True  #: pushed after the delete happened: the push's redo is skipped
        self.failure: str | None = None  #: the sentence shown when (part of) the undo failed
        self.message_box: QMessageBox | None = None
        self._restored: list[editing.NotRestored] | None = None

    def restored_by(self, refused: list[editing.NotRestored]) -> None:
        """The restore already ran (in a worker), with these records refused."""
        self._restored = refused

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        with self.db.session_scope() as s:
            self.trashed = editing.delete_records(s, self.entity, [t.id for t in self.trashed])

    def undo(self) -> None:
        refused, self._restored = self._restored, None
        if refused is None:
            try:
                with self.db.session_scope() as s:
                    refused = editing.restore_records(s, self.entity, self.trashed)
            except LiaisonError as exc:
                self._failed(core_text(exc))
                return
        if refused:
            self._failed(not_restored_sentence(refused))

    def _failed(self, sentence: str) -> None:
        self.failure = sentence
        self.setObsolete(True)
        self.message_box = _tell(sentence)


def not_restored_sentence(refused: list[editing.NotRestored]) -> str:
    """One sentence for the records an undo left in the trash (a few named, the rest counted)."""
    first = refused[0]
    if len(refused) == 1:
        if first.reason in ("changed", "gone"):
            return QCoreApplication.translate(
                "DeleteCommand",
                "“%1” was not restored: a colleague changed or removed it after the delete.",
            ).replace("%1", first.name)
        return core_text(first.reason)
    names = ", ".join(f"“{r.name}”" for r in refused[:3])
    if len(refused) > 3:
        names = (
            QCoreApplication.translate("DeleteCommand", "%1 and %2 more")
            .replace("%1", names)
            .replace("%2", str(len(refused) - 3))
        )
    return QCoreApplication.translate(
        "DeleteCommand",
        "%1 were not restored: a colleague changed or removed them after the delete, "
        "or what they belong to is in the trash.",
    ).replace("%1", names)


def _tell(sentence: str) -> QMessageBox:
    """A window-modal warning that does not block (the undo stack is mid-call)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DeleteCommand", "Undo"),
        sentence,
        QMessageBox.StandardButton.Ok,
        _window(),
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def record_name(db: Database, entity: str, record_id: int) -> str:
    with db.session_scope(write=False) as s:
        return relations.display_name(s, entity, record_id)
