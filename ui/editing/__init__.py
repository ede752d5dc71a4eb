"""Entry points for editing records: modal forms and delete-with-undo.

edit_record(db, "commitment", None, parent, initiative_id=12)  -> saved id or None
delete_with_undo(db, "organisation", 12, parent, undo_stack)   -> pushes a DeleteCommand
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison.errors import LiaisonError, NotFoundError
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.editing.forms import FORMS, RecordForm
from ui.editing.undo import DeleteCommand, DeleteGroup, record_name


def make_form(
    db: Database, entity: str, record_id: int | None, parent: QWidget | None = None, **prefill: Any
) -> RecordForm:
    """The form for an entity, loaded (not shown) — tests and screenshots use this."""
    if entity in ("initiative", "partner"):
        prefill.setdefault("kind", "initiative" if entity == "initiative" else "fund")
        entity = "organisation"
    try:
        cls = FORMS[entity]
    except KeyError:
        raise ValueError(f"No edit form for {entity!r}") from None
    return cls(db, record_id, parent, **prefill)


def edit_record(
    db: Database, entity: str, record_id: int | None, parent: QWidget | None, **prefill: Any
) -> int | None:
    """Open the modal form for a new (record_id None) or existing record; the saved id or None."""
    try:
        form = make_form(db, entity, record_id, parent, **prefill)
    except LiaisonError as exc:
        QMessageBox.warning(parent, form_title_error(), core_text(exc))
        return None
    form.exec()
    return form.saved_id


def form_title_error() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Editing", "Cannot open the record")


def delete_title_error() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Editing", "Not deleted")


def gone_sentence() -> str:
    """A record the user still sees was trashed or removed by a colleague meanwhile."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Editing",
        "This record is no longer there: a colleague moved it to the trash or removed it "
        "after your list was read.",
    )


def delete_with_undo(
    db: Database,
    entity: str,
    record_id: int,
    parent: QWidget | None,
    undo_stack: QUndoStack | None,
    on_change: Callable[[str, int, bool], None] | None = None,
) -> bool:
    """Move the record to the trash through the undo stack (Ctrl+Z restores it).

    ``on_change(entity, id, deleted)`` runs after the delete and after an undo,
    so views can refresh. Returns False (after telling the user) if it failed.
    """
    if entity in ("initiative", "partner"):
        entity = "organisation"
    try:
        name = record_name(db, entity, record_id)
        command = DeleteCommand(db, entity, record_id, name, on_change)
        command.do_first()
    except NotFoundError:
        QMessageBox.information(parent, delete_title_error(), gone_sentence())
        return False
    except LiaisonError as exc:
        QMessageBox.warning(parent, delete_title_error(), core_text(exc))
        return False
    if undo_stack is not None:
        undo_stack.push(command)
    return True


__all__ = [
    "DeleteCommand",
    "DeleteGroup",
    "RecordForm",
    "delete_with_undo",
    "edit_record",
    "make_form",
]
