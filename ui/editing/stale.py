"""The "a colleague saved this meanwhile" dialog: their value against yours, per field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import StaleRecordError
from ui.widgets import labels, tone
from ui.widgets.mnemonics import give_mnemonics


class StaleDialog(QDialog):
    """Shows what the colleague changed and what you changed; you reload or keep yours.

    ``original`` are the values the user saw when opening the form, ``mine`` the
    fields the user changed; ``exc.current`` the record as saved now. Only
    fields where something differs are listed; clashes (both changed) in red.
    """

    RELOAD = 1
    KEEP_MINE = 2
    CANCEL = 0

    def __init__(
        self,
        entity: str,
        exc: StaleRecordError,
        original: dict[str, Any],
        mine: dict[str, Any],
        display: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = self.CANCEL
        self.setWindowTitle(self.tr("Changed by a colleague"))
        self.setMinimumWidth(620)
        current = exc.current
        who = current.get("updated_by") or self.tr("A colleague")
        names = labels.field_names()
        rows = []
        for field in dict.fromkeys([*mine, *original]):
            if field not in current and field not in mine:
                continue
            theirs = current.get(field, original.get(field))
            theirs_changed = field in current and theirs != original.get(field)
            mine_changed = field in mine
            if not (theirs_changed or mine_changed):
                continue
            yours = mine.get(field, original.get(field))
            rows.append(
                (
                    field,
                    theirs,
                    yours,
                    theirs_changed and mine_changed and theirs != yours,
                    mine_changed,
                )
            )
        self.rows = rows

        intro = QLabel(
            self.tr(
                "%1 saved this %2 after you opened it. Below is what they saved next to "
                "what you typed; red rows were changed by both of you."
            )
            .replace("%1", str(who))
            .replace("%2", labels.label(labels.entity_names(), entity)),
            self,
        )
        intro.setWordWrap(True)
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Their value (saved)"), self.tr("Your value")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, (field, theirs, yours, clash, mine_changed) in enumerate(rows):
            your_text = display(field, yours)
            if not mine_changed:
                your_text = self.tr("%1 (not changed by you)").replace("%1", your_text)
            cells = [names.get(field, field), display(field, theirs), your_text]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if clash:
                    item.setBackground(QBrush(QColor("#fdecea")))
                    item.setForeground(QBrush(QColor(tone.INK)))
                if c == 2 and not mine_changed:
                    item.setForeground(QBrush(QColor("#78909c")))
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(i) for i in range(len(rows))
        )
        table.setMinimumHeight(min(360, height + 6))
        table.setMaximumHeight(max(height + 6, 120))
        self.table = table

        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(
            self.tr("Reload (keep theirs)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button = buttons.addButton(
            self.tr("Keep mine (save over theirs)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setToolTip(
            self.tr("Drop your changes and show the record as your colleague saved it.")
        )
        self.keep_button.setToolTip(
            self.tr("Save the fields you changed; their other changes stay.")
        )
        self.reload_button.clicked.connect(lambda: self._done(self.RELOAD))
        self.keep_button.clicked.connect(lambda: self._done(self.KEEP_MINE))
        self.reload_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        give_mnemonics(self)  # Alt+letter for both choices (Enter reloads, Esc too)

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def exec_choice(self) -> int:
        """Run modally and return RELOAD, KEEP_MINE or CANCEL (Esc)."""
        self.exec()
        return self.choice
