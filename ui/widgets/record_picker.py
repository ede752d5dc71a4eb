"""Pick organisations or people by typing part of a name (completion from the database).

One picker holds one record (``multiple=False``: a commitment's partner) or
several shown as chips (the quick log's organisations and people). Typing
asks a completion service in a short read session; ↓/Enter or Tab takes the
highlighted (or first) name, Backspace in an empty field drops the last chip.

With ``new_entity`` set, a typed name that matches no record exactly is offered
as the last completion, "New: <name>"; choosing it (or Enter when nothing else
matches) adds a chip marked as new, with a negative id, for the form to create
on save (:meth:`RecordPicker.new_names`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from liaison.services.relations import Ref
from liaison.storage.db import Database
from liaison.text import fold
from ui.widgets import tone
from ui.widgets.flow_layout import FlowLayout

#: A completion source: (session-less) prefix → matching records.
Source = Callable[[str], list[Ref]]

REF_ROLE = Qt.ItemDataRole.UserRole + 1


def organisation_source(db: Database, kinds: list[str] | None = None, limit: int = 12) -> Source:
    from liaison.services.relations import complete_organisations

    def find(prefix: str) -> list[Ref]:
        with db.session_scope(write=False) as s:
            return complete_organisations(s, prefix, limit, kinds=kinds)

    return find


def person_source(db: Database, limit: int = 12) -> Source:
    from liaison.services.relations import complete_people

    def find(prefix: str) -> list[Ref]:
        with db.session_scope(write=False) as s:
            return complete_people(s, prefix, limit)

    return find


def new_label(name: str) -> str:
    """The text for a record that will be created: "New: <name>"."""
    return QCoreApplication.translate("RecordPicker", "New: %1").replace("%1", name)


class _Chip(QWidget):
    removed = Signal(object)

    def __init__(self, ref: Ref, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.setObjectName("chip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        if ref.id < 0:  # not in the database yet: created when the form saves
            self.setStyleSheet(
                "#chip { background: #e8f5e9; border: 1px dashed #66bb6a; border-radius: 9px; }"
                f"#chip QLabel, #chip QToolButton {{ color: {tone.INK}; }}"
            )
            text = new_label(ref.name)
            self.setToolTip(self.tr("Created when you save"))
        else:
            self.setStyleSheet(
                "#chip { background: #e3ecf7; border: 1px solid #b8cbe4; border-radius: 9px; }"
                f"#chip QLabel, #chip QToolButton {{ color: {tone.INK}; }}"
            )
            text = ref.name
        layout = QHBoxLayout(self)
        layout.setContentsMargins(7, 1, 2, 1)
        layout.setSpacing(2)
        label = QLabel(text, self)
        layout.addWidget(label)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setToolTip(self.tr("Remove"))
        close.setAccessibleName(close.toolTip())  # not "×"
        close.setAccessibleDescription(ref.name)
        close.clicked.connect(lambda: self.removed.emit(self.ref))
        layout.addWidget(close)


class RecordPicker(QWidget):
    """A line edit with completion that yields one or more :class:`Ref` values."""

    changed = Signal()

    def __init__(
        self,
        source: Source,
        parent: QWidget | None = None,
        *,
        multiple: bool = True,
        placeholder: str = "",
        new_entity: str | None = None,
        new_hint: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.multiple = multiple
        self.new_entity = new_entity  #: offer "New: <name>" for this entity when set
        self.new_hint = new_hint  #: name → how it will be saved (a new chip's tooltip)
        self._new_seq = 0
        self._refs: list[Ref] = []
        self._chips: list[_Chip] = []
        # Several records: chips and the line edit wrap onto new lines rather than
        # widening the form; one record: just the line edit.
        self._layout: FlowLayout | QHBoxLayout = FlowLayout(self) if multiple else QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self._placeholder = placeholder
        self.edit.setPlaceholderText(placeholder)
        if multiple:  # room to type beside the chips, else the field wraps to a line of its own
            self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("x" * 12))
        self._layout.addWidget(self.edit)
        self.changed.connect(self._hint)
        if multiple:  # after the layouts have taken in the new chip (a queued request)
            self.changed.connect(lambda: QTimer.singleShot(0, self._fit_window))
        self.setFocusProxy(self.edit)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.completer.popup().installEventFilter(self)
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._schedule)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)

    # --- value -------------------------------------------------------------

    def refs(self) -> list[Ref]:
        return list(self._refs)

    def ids(self) -> list[int]:
        """Ids of chosen records that exist (new ones are in :meth:`new_names`)."""
        return [r.id for r in self._refs if r.id > 0]

    def new_names(self) -> list[str]:
        """Names chosen as "New: …": records the form should create on save."""
        return [r.name for r in self._refs if r.id < 0]

    def new_ref(self, name: str) -> Ref:
        """A placeholder for a record to create (negative id, unique in this picker)."""
        self._new_seq += 1
        return Ref(self.new_entity or "", -self._new_seq, name.strip())

    def ref(self) -> Ref | None:
        return self._refs[0] if self._refs else None

    def pending_text(self) -> str:
        """Typed text that was not turned into a record (a form should refuse it)."""
        return self.edit.text().strip()

    def setRefs(self, refs: list[Ref]) -> None:  # noqa: N802 - Qt naming
        for chip in self._chips:
            chip.deleteLater()
        self._chips.clear()
        self._refs = []
        for r in refs:
            self.add(r, emit=False)
        if not self.multiple and not refs:
            self.edit.clear()
        self.changed.emit()

    def add(self, ref: Ref, *, emit: bool = True) -> None:
        if any(r.entity == ref.entity and r.id == ref.id for r in self._refs) or (
            ref.id < 0 and any(r.id < 0 and fold(r.name) == fold(ref.name) for r in self._refs)
        ):
            self.edit.clear()
            return
        if not self.multiple:
            self._refs = [ref]
            self.edit.setText(ref.name)
        else:
            self._refs.append(ref)
            chip = _Chip(ref, self)
            if ref.id < 0 and self.new_hint is not None:
                chip.setToolTip(self.new_hint(ref.name))
            chip.removed.connect(self.remove)
            self._chips.append(chip)
            self._layout.insertWidget(self._layout.count() - 1, chip)
            self.edit.clear()
        if emit:
            self.changed.emit()

    def remove(self, ref: Ref) -> None:
        for chip in list(self._chips):
            if chip.ref == ref:
                self._chips.remove(chip)
                chip.deleteLater()
        self._refs = [r for r in self._refs if r != ref]
        self.changed.emit()

    def _fit_window(self) -> None:
        """Chips wrapped onto a new line: a dialog grows so that nothing is clipped.

        Qt does not grow a shown window for a height-for-width layout by itself.
        """
        self.updateGeometry()
        window = self.window()
        layout = window.layout()
        if not isinstance(window, QDialog) or layout is None or not window.isVisible():
            return
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(window.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > window.height():
            window.resize(window.width(), needed)

    def _hint(self) -> None:
        """The placeholder only while there are no chips (beside chips it would be clipped)."""
        if self.multiple:
            self.edit.setPlaceholderText("" if self._refs else self._placeholder)

    # --- completion --------------------------------------------------------

    def _schedule(self, text: str) -> None:
        if not self.multiple and self._refs and text != self._refs[0].name:
            self._refs = []  # typing over the chosen name un-chooses it
        self.changed.emit()
        self._timer.start()

    def refresh(self) -> None:
        """Ask the source for names matching the typed text and show them."""
        self._timer.stop()
        text = self.edit.text().strip()
        self.model.clear()
        if not text:
            self.completer.popup().hide()
            return
        found = self._source(text)
        for ref in found:
            label = ref.name
            item = QStandardItem(label)
            item.setData(ref, REF_ROLE)
            self.model.appendRow(item)
        if self.new_entity and not any(fold(r.name) == fold(text) for r in found):
            item = QStandardItem(new_label(text))
            item.setData(Ref(self.new_entity, 0, text), REF_ROLE)  # id given when chosen
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _chosen(self, ref: Ref) -> Ref:
        return self.new_ref(ref.name) if ref.id == 0 else ref

    def _activated(self, index: QModelIndex) -> None:
        ref = index.data(REF_ROLE)
        if ref is not None:
            ref = self._chosen(ref)
            QTimer.singleShot(0, lambda: self.add(ref))

    def take_first(self, *, new_if_first: bool = True) -> bool:
        """Take the highlighted completion, or the first one; False if there is none.

        With ``new_if_first`` False (Tab) a "New: …" is never taken, so moving on
        never creates a record by accident; Enter or a click chooses it.
        """
        if self._timer.isActive():
            self.refresh()
        if self.model.rowCount() == 0:
            return False
        popup = self.completer.popup()
        index = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        ref = index.data(REF_ROLE)
        popup.hide()
        if ref is None or (ref.id == 0 and not new_if_first):
            return False
        self.add(self._chosen(ref))
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(obj, event)
        key = event.key()
        pending = bool(self.pending_text()) and not (
            not self.multiple and self._refs and self.edit.text() == self._refs[0].name
        )
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and pending:
            took = self.take_first(new_if_first=key != Qt.Key.Key_Tab)
            if key == Qt.Key.Key_Tab:
                self.completer.popup().hide()
                if not took:
                    return False
                self.edit.setFocus()
                self.focusNextChild()
                return True
            return took or obj is self.completer.popup()
        if (
            obj is self.edit
            and key == Qt.Key.Key_Backspace
            and not self.edit.text()
            and self.multiple
            and self._refs
        ):
            self.remove(self._refs[-1])
            return True
        if obj is self.edit and key == Qt.Key.Key_Down and not self.completer.popup().isVisible():
            self.refresh()
            return True
        return super().eventFilter(obj, event)
