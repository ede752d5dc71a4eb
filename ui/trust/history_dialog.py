"""Edit → Change history… (Ctrl+H): the history of the record selected in any list.

Record pages of organisations and people have a history tab; support and the
contact log had none in the app, so who changed an amount or a date (and what
it was) could only be read with ``liaison history``. This window shows the same
:class:`~ui.trust.history_panel.HistoryPanel` for the selected row of any list,
or for the record page in view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from liaison.storage.db import Database
from liaison.trust.history import record_title
from ui.i18n import tr
from ui.trust.history_panel import HistoryPanel

# List and page keys → the kind of record their ids are of.
RECORD_KINDS = {
    "initiative": "organisation",
    "partner": "organisation",
    "organisation": "organisation",
    "person": "person",
    "commitment": "commitment",
    "interaction": "interaction",
}


class HistoryDialog(QDialog):
    """One record's history with "Restore this value", in a window of its own."""

    def __init__(
        self, db: Database, entity: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        kind = RECORD_KINDS.get(entity, entity)
        with db.session_scope(write=False) as session:
            title = record_title(session, kind, record_id)
        self.setWindowTitle(tr("Change history"))
        self.resize(900, 420)
        heading = QLabel(self)
        heading.setObjectName("historyHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(title if len(title) <= 90 else title[:89] + "…")
        heading.setToolTip(title)
        self.panel = HistoryPanel(db, kind, record_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)


def current_record(window: Any) -> tuple[str, int] | None:
    """(list or page key, id) of the record in view: the record page's, else the first
    selected row of the list in view; None when neither shows one."""
    page = window.current_page() if hasattr(window, "current_page") else None
    entity, record_id = getattr(page, "entity", None), getattr(page, "record_id", None)
    if page is not None and entity and isinstance(record_id, int):
        return str(entity), record_id
    view = window.current_list() if hasattr(window, "current_list") else None
    if view is not None:
        ids = view.selected_ids()
        if ids:
            return str(view.entity), int(ids[0])
    return None
