"""Help → Keyboard shortcuts: every key the window answers to, read from its own actions.

Read from the actions rather than written out, so the list cannot drift from what
the keys do; the few keys that belong to a list, a form or a date field (no menu
action of their own) are added below them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.i18n import tr


def _keys(action: QAction) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for s in action.shortcuts()
        if not s.isEmpty()
    )


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for the actions that have keys, then the keys of lists and forms."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = _keys(action)
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        if action.objectName() == "delete":  # the key works in a list, not on a record page
            what = tr("Move the selected rows to the trash (in a list)")
        if keys and what and keys not in seen:
            seen.add(keys)
            rows.append((keys, what))
    native = QKeySequence.SequenceFormat.NativeText
    save = QKeySequence(QKeySequence.StandardKey.Save).toString(native) or "Ctrl+S"
    rows += [
        (tr("Enter"), tr("Open the selected record (in a list)")),
        ("Ctrl+E", tr("Edit the record on its page")),
        (save, tr("Save a form or a logged contact")),
        (tr("Esc"), tr("Close a form (it asks first when something was typed)")),
        (tr("F4, Alt+Down"), tr("Open the calendar of a date field")),
        (tr("Alt+letter"), tr("Go to the field or button whose letter is underlined")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    """A two-column list of keys and what they do."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(actions)
        table = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{escape(keys)}</b></td>"
            f"<td style='padding:3px 0'>{escape(what)}</td></tr>"
            for keys, what in self.rows
        )
        label = QLabel(f"<table>{table}</table>")
        label.setTextFormat(label.textFormat().RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # not centred
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, 620)
