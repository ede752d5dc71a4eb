"""Global search (Ctrl+K): results grouped by kind as you type, Enter opens the first.

The results list floats over the window under the search field, as a child
widget rather than a popup window, so typing never loses focus.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from liaison.services import search as search_service
from liaison.storage.db import Database
from ui.formatting import format_date
from ui.i18n import tr
from ui.models.labels import entity_label, value_label

DEBOUNCE_MS = 180
GROUP_ORDER = ("initiative", "partner", "organisation", "person", "commitment", "interaction")


def describe_hit(hit) -> tuple[str, str]:
    """(entity to open, subtitle in the user's language) for a search hit.

    The search service reports organisations as one entity with the kind first
    in the subtitle; people think in initiatives and partners.
    """
    parts = [p for p in (hit.subtitle or "").split(" · ") if p]
    entity = hit.entity
    if entity == "organisation":
        kind = parts[0] if parts else ""
        entity = "initiative" if kind == "initiative" else "partner"
        if entity == "initiative":
            parts = parts[1:]  # the group already says so
        elif parts:
            parts[0] = value_label("kind", kind)
    elif entity == "interaction" and parts:
        with contextlib.suppress(ValueError):
            parts[0] = format_date(dt.date.fromisoformat(parts[0]))
        if len(parts) > 1:
            parts[1] = value_label("channel", parts[1])
    return entity, " · ".join(parts)


class SearchPopup(QFrame):
    """The floating results list: one group per kind of record."""

    chosen = Signal(str, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout.addWidget(self.tree)
        self.hide()

    def show_hits(self, hits: list, text: str) -> None:
        self.tree.clear()
        groups: dict[str, list] = {}
        for hit in hits:
            entity, subtitle = describe_hit(hit)
            groups.setdefault(entity, []).append((hit, subtitle))
        if not hits:
            empty = QTreeWidgetItem([tr("Nothing found for “%1”").replace("%1", text)])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable ink, but nothing to choose
            self.tree.addTopLevelItem(empty)
        order = [g for g in GROUP_ORDER if g in groups] + sorted(set(groups) - set(GROUP_ORDER))
        bold = QFont(self.font())
        bold.setBold(True)
        for entity in order:
            header = QTreeWidgetItem([entity_label(entity, plural=True)])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(0, bold)
            self.tree.addTopLevelItem(header)
            for hit, subtitle in groups[entity]:
                label = hit.title if not subtitle else f"{hit.title}  —  {subtitle}"
                item = QTreeWidgetItem(header, [label])
                item.setData(0, Qt.ItemDataRole.UserRole, (entity, hit.id))
                item.setToolTip(0, label)
            header.setExpanded(True)
        first = self.first_hit()
        if first is not None:
            self.tree.setCurrentItem(first)
        self.show()
        self.raise_()

    def wanted_height(self) -> int:
        """Tall enough for the lines shown: "nothing found" was one faint line at the top
        of a 420-pixel empty box that hid the window under it."""
        lines = sum(
            1 + self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount())
        )
        row = self.tree.sizeHintForRow(0) if lines else 0
        margins = self.layout().contentsMargins()
        return lines * row + 2 * self.tree.frameWidth() + margins.top() + margins.bottom() + 4

    def first_hit(self) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.childCount():
                return top.child(0)
        return None

    def hits(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items.extend(top.child(j) for j in range(top.childCount()))
        return items

    def move_current(self, step: int) -> None:
        items = self.hits()
        if not items:
            return
        current = self.tree.currentItem()
        pos = items.index(current) if current in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, pos + step))])

    def hit_count(self) -> int:
        return sum(
            self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount())
        )

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.hide()
            self.chosen.emit(target[0], int(target[1]))

    def activate_current(self) -> bool:
        item = self.tree.currentItem() or self.first_hit()
        if item is None or not item.data(0, Qt.ItemDataRole.UserRole):
            return False
        self._activated(item)
        return True


class SearchField(QLineEdit):
    """The search box; owns the debounce timer and the popup under itself."""

    openRecord = Signal(str, int)
    #: Esc: the user is done searching; the window gives the focus back to its view.
    left = Signal()

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__()
        self.db = db
        self.window_ = window
        self.setObjectName("globalSearch")
        self.setPlaceholderText(tr("Search everything (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.setMaximumWidth(520)
        self.popup = SearchPopup(window)
        self.popup.chosen.connect(self._chosen)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.textChanged.connect(self._text_changed)
        self.installEventFilter(self)
        window.installEventFilter(self)

    def _text_changed(self, text: str) -> None:
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.popup.hide()

    def run_search(self) -> None:
        """Search now (the timer calls this once typing pauses)."""
        self.timer.stop()  # a pending debounce must not show the results again later
        text = self.text().strip()
        if not text:
            self.popup.hide()
            return
        with self.db.session_scope(write=False) as session:
            hits = list(search_service.search(session, text, limit=50))
        self.popup.show_hits(hits, text)
        self._place_popup()
        self.popup.tree.scrollToTop()  # the first group's title above its first hit

    def _place_popup(self) -> None:
        origin = self.mapTo(self.window_, QPoint(0, self.height() + 2))
        width = max(self.width(), 680)
        x = min(origin.x(), max(0, self.window_.width() - width - 8))
        room = min(420, max(120, self.window_.height() - origin.y() - 40))
        self.popup.setGeometry(x, origin.y(), width, min(room, self.popup.wanted_height()))

    def _hide_if_abandoned(self) -> None:
        """The user clicked elsewhere: put the results away (clicking a result is not that)."""
        if not self.hasFocus() and not self.popup.tree.hasFocus():
            self.popup.hide()

    def _chosen(self, entity: str, record_id: int) -> None:
        self.clear()
        self.openRecord.emit(entity, record_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.clear()
                self.left.emit()  # back to the list or page the user came from
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.timer.stop()
                    self.run_search()
                return self.popup.isVisible() and self.popup.activate_current()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                self.popup.move_current(1 if key == Qt.Key.Key_Down else -1)
                return True
        if obj is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_if_abandoned)
        if obj is self.window_ and event.type() == QEvent.Type.Resize and self.popup.isVisible():
            self._place_popup()
        return False
