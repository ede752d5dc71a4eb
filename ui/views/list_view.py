"""A list of one kind of record: filter bar, table over ids, detail of the selected row."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from liaison.services import queries
from liaison.storage.db import Database
from ui import prefs
from ui.i18n import tr
from ui.models.labels import column_label, entity_label, flag_label, value_label
from ui.models.record_table import CODED_FIELDS, RecordTableModel, format_value
from ui.views.empty_note import NotedTable
from ui.widgets.flow_layout import FlowLayout

#: Filters shown as combo boxes, in this order, when the service offers them.
FILTER_ORDER = (
    "kind",
    "channel",
    "district",
    "neighbourhood_id",
    "status",
    "officer_id",
    "tag",
    "structural",
    "follow_up_open",
    "legal_basis",
)
#: Filters each list offers (see queries.filter_choices), to lay out the bar before they load.
FILTERS_SHOWN = {
    "initiative": ("district", "neighbourhood_id", "status", "officer_id", "tag"),
    "partner": ("kind", "district", "neighbourhood_id", "status", "officer_id", "tag"),
    "person": ("district", "neighbourhood_id", "legal_basis"),
    "commitment": ("kind", "district", "neighbourhood_id", "status", "officer_id", "tag"),
    "interaction": ("channel", "district", "neighbourhood_id", "officer_id", "tag"),
}
#: Filters a list opens with, shown in its filter box (the officer picks "All" for the rest):
#: the support list is read for what is running (active or renewed) and due for renewal, not for the
#: commitments that ended in 2020, which its renewal-date order would put first.
DEFAULT_FILTERS: dict[str, dict[str, Any]] = {"commitment": {"status": queries.CURRENT}}
#: Entities that have a full record page (ui.pages) to show beside the list.
PAGE_ENTITIES = frozenset({"initiative", "partner", "person"})


def choice_items(field: str, choices: Any) -> list[tuple[Any, str]]:
    """``filter_choices`` values as (value, label) pairs, whatever their shape."""
    items: list[tuple[Any, str]] = []
    for choice in choices or []:
        if isinstance(choice, tuple | list) and len(choice) >= 2:
            value, label = choice[0], str(choice[1])
        else:
            value = getattr(choice, "value", choice)
            label = str(getattr(choice, "label", choice))
        if field in CODED_FIELDS and isinstance(value, str):
            label = value_label(field, value)
        elif isinstance(value, bool):
            label = flag_label(field, value)
        items.append((value, label))
    return items


def empty_text(entity: str, filtered: bool) -> str:
    """What an empty list says: why it is empty, and how to fill it."""
    if filtered:
        return tr(
            "Nothing matches this filter. Clear the text above or choose “All” to see every record."
        )
    texts = {
        "initiative": lambda: tr(
            "No initiatives yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import a "
            "colleague's sheet."
        ),
        "partner": lambda: tr(
            "No partners yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import a "
            "colleague's sheet."
        ),
        "person": lambda: tr(
            "No people yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import a colleague's sheet."
        ),
        "commitment": lambda: tr("No support recorded yet. Press Ctrl+N to add a commitment."),
        "interaction": lambda: tr(
            "No contacts logged yet. Press Ctrl+L to log a call, visit, meeting or e-mail."
        ),
    }
    make = texts.get(entity)
    return make() if make else tr("Nothing here yet.")


class RecordTable(NotedTable):
    """The table itself: fast fixed-height rows, whole-row selection, Enter opens."""

    activatedRecord = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # rows are chosen, not cells edited: Tab leaves the list for the next control
        # (it went from cell to cell, 10 presses a row, before reaching the detail pane)
        self.setTabKeyNavigation(False)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setDefaultSectionSize(150)
        hh.setResizeContentsPrecision(40)  # size columns from the first rows, not all
        self.doubleClicked.connect(self._activate)
        #: A row chosen for the officer (a dashboard line opened it) stays in view while
        #: the list settles; the officer scrolling the list lets go of it.
        self._pinned = False
        self.verticalScrollBar().actionTriggered.connect(self._unpin)

    def show_current(self) -> None:
        """Scroll the current row to the middle, and keep it in view while the list is
        laid out: a list opened for a follow-up on the dashboard was scrolled before its
        filter bar and window size were final, and the chosen row ended up below the fold."""
        self._pinned = True
        self._center_current()

    def _unpin(self, _action: int = 0) -> None:
        self._pinned = False

    def _center_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self._pinned:
            self._center_current()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._pinned = False
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._pinned = False
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._pinned = False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _activate(self, index) -> None:
        if index.isValid():
            self.activatedRecord.emit(int(index.data(Qt.ItemDataRole.UserRole)))


#: Widest a column is sized to its contents; narrowest a wide column shrinks to make room.
MAX_COLUMN = 320
MIN_TEXT_COLUMN = 170
NARROW_TEXT_COLUMN = 80  #: text before a column kept in view, in a narrow window
NAME_COLUMN = 120  #: the first (name) column, last of all
#: The column of a list that should be in view without scrolling, where one matters most.
KEEP_IN_VIEW = {"commitment": "renew_by"}


def _give_way(widths: list[int], text: list[bool], excess: int, floor: int, among: range) -> int:
    """Narrow the widest text columns ``among`` (20 px at a time, not below ``floor``)
    until ``excess`` is gone; returns what is left of it."""
    while excess > 0:
        widest = max((i for i in among if text[i]), key=widths.__getitem__, default=None)
        if widest is None or widths[widest] <= floor:
            break
        cut = min(excess, widths[widest] - floor, 20)
        widths[widest] -= cut
        excess -= cut
    return excess


class ValueLabel(QLabel):
    """A value in the narrow detail pane: wraps at spaces, and a long word (an e-mail
    address, a website) is shortened with "…" and shown whole in its tooltip.

    A plain word-wrapping label is as wide as its longest word: one long e-mail address
    made the whole pane wider than its window, and every value was cut off at the right.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(40)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        metrics = self.fontMetrics()
        width = max(self.contentsRect().width(), 1)
        words = [
            w
            if metrics.horizontalAdvance(w) <= width
            else metrics.elidedText(w, Qt.TextElideMode.ElideMiddle, width)
            for w in self.full_text.split(" ")
        ]
        shown = " ".join(words)
        if shown != self.text():
            self.setText(shown)
        super().resizeEvent(event)


class DetailPane(QScrollArea):
    """The selected row: the record page when ui-records provides one, else its fields."""

    openRecord = Signal(str, int)

    def __init__(
        self, db: Database, entity: str, keys: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.entity, self.keys = db, entity, keys
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.record_id: int | None = None
        self.show_record(None, {})

    def show_record(self, record_id: int | None, values: Mapping[str, Any]) -> None:
        self.record_id = record_id
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        if record_id is None:
            label = QLabel(tr("Select a row to see its details."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setObjectName("placeholder")
            self.setWidget(label)
            return
        # A compact summary: the full record page (ui.pages) is wider than this pane
        # and slower to build; Enter, double-click or Open shows it in the main area.
        self.setWidget(self._summary(record_id, values))

    def _summary(self, record_id: int, values: Mapping[str, Any]) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        title = QLabel(entity_label(self.entity))
        title.setObjectName("detailTitle")
        form.addRow(title)
        for key in self.keys:
            value = values.get(key)
            if value in (None, "", [], ()):
                continue
            shown = (tr("Yes") if value else tr("No")) if isinstance(value, bool) else None
            text = ValueLabel(shown or format_value(key, value))
            form.addRow(column_label(key), text)
        button = QPushButton(tr("Open"))
        button.clicked.connect(lambda: self.openRecord.emit(self.entity, record_id))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)
        return box


class ListView(QWidget):
    """Filters above, the table on the left, the selected record on the right."""

    openRecord = Signal(str, int)
    selectionChangedTo = Signal(str, int)  #: entity, id (-1 for none)
    editRecord = Signal(str, int)
    deleteRecords = Signal(str, list)

    def __init__(self, db: Database, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.entity = db, entity
        self.setObjectName(f"list_{entity}")
        self.model = RecordTableModel(db, entity, parent=self)
        self.model.filters.update(DEFAULT_FILTERS.get(entity, {}))  # before the first load
        self.filter_boxes: dict[str, QComboBox] = {}
        self._filters_built = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter this list…"))
        self.search.setAccessibleName(tr("Filter this list"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(420)
        bar.addWidget(self.search, 2)
        self._text_timer = QTimer(self, singleShot=True, interval=250)
        self._text_timer.timeout.connect(lambda: self.model.set_text(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._text_timer.start())
        self.filters_row: QHBoxLayout | FlowLayout = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        many = len(FILTERS_SHOWN.get(entity, ())) > 4
        if many:  # a row of their own, wrapping onto a second line rather than clipping
            bar.addStretch(1)  # ("Alle: Medewerker" was cut to "Alle: Medewer" at 1024×700)
            bar.addWidget(self.count_label)
            layout.addLayout(bar)
            self.filters_box = QWidget()
            self.filters_row = FlowLayout(self.filters_box, spacing=6)
            layout.addWidget(self.filters_box)
        else:
            bar.addLayout(self.filters_row, 3)
            bar.addWidget(self.count_label)
            layout.addLayout(bar)

        self.table = RecordTable()
        self.table.setAccessibleName(entity_label(entity, plural=True))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.activatedRecord.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = DetailPane(db, entity, [c.key for c in self.model.columns])
        self.detail.openRecord.connect(lambda _entity, rid: self._activated(rid))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 340])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self._detail_timer = QTimer(self, singleShot=True, interval=120)
        self._detail_timer.timeout.connect(self._show_detail)
        # Only while the table has the focus: not from the detail pane, a filter box or
        # the navigation, where Delete (after copying an e-mail address, say) trashed rows.
        delete = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete.activated.connect(self._delete_selected)
        self.model.modelReset.connect(self._update_count)
        self.model.completed.connect(self._update_count)
        self.model.layoutChanged.connect(self.table.clearSelection)
        self._restore_state()

    # --- building ---------------------------------------------------------

    def ensure_filters(self) -> None:
        """Fill the filter boxes (once; after the first paint, they need a few queries)."""
        if self._filters_built:
            return
        self._filters_built = True
        bar = self.filters_row
        with self.db.session_scope(write=False) as session:
            offered = dict(queries.filter_choices(session, self.entity) or {})
        for field in [*FILTER_ORDER, *sorted(set(offered) - set(FILTER_ORDER))]:
            if field not in offered:
                continue
            box = QComboBox()
            box.setObjectName(f"filter_{field}")
            box.addItem(tr("All: %1").replace("%1", column_label(field)), None)
            for value, label in choice_items(field, offered[field]):
                box.addItem(label, value)
            if field in self.model.filters:  # a default filter: shown, or dropped when unknown
                index = box.findData(self.model.filters[field])
                if index >= 0:
                    box.setCurrentIndex(index)
                else:
                    self.model.set_filter(field, None)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMaximumWidth(240)
            box.setMinimumContentsLength(10)
            box.currentIndexChanged.connect(
                lambda _i, f=field, b=box: self.model.set_filter(f, b.currentData())
            )
            self.filter_boxes[field] = box
            if isinstance(bar, FlowLayout):
                bar.addWidget(box)
            else:
                bar.addWidget(box, 1)
        if isinstance(bar, FlowLayout):
            bar.addWidget(QWidget())  # the flow's last item takes the rest of its line
        elif len(self.filter_boxes) > 4:
            bar.addStretch(1)

    # --- state ------------------------------------------------------------

    def _state_key(self, what: str) -> str:
        return f"lists/{self.entity}/{what}"

    def _column_signature(self) -> str:
        """The columns a saved header state belongs to: a state saved for other columns
        (an older version of the list) would put widths and order on the wrong ones."""
        return ",".join(c.key for c in self.model.columns)

    def _restore_state(self) -> None:
        settings = prefs.qsettings()
        header = settings.value(self._state_key("header"))
        if settings.value(self._state_key("columns")) != self._column_signature():
            header = None
        self._sized = False
        self._had_state = isinstance(header, QByteArray | bytes) and bool(header)
        if self._had_state:
            self.table.horizontalHeader().restoreState(QByteArray(header))
        splitter = settings.value(self._state_key("splitter"))
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.splitter.restoreState(QByteArray(splitter))
        hh = self.table.horizontalHeader()
        if not self._had_state:
            key, descending = queries.DEFAULT_SORT.get(self.entity, (None, False))
            keys = [c.key for c in self.model.columns]
            if key in keys:
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                hh.setSortIndicator(keys.index(key), order)
        section = hh.sortIndicatorSection()
        if 0 <= section < self.model.columnCount() and hh.isSortIndicatorShown():
            self.model.sort_key = self.model.columns[section].key
            self.model.descending = hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def save_state(self) -> None:
        settings = prefs.qsettings()
        settings.setValue(self._state_key("header"), self.table.horizontalHeader().saveState())
        settings.setValue(self._state_key("columns"), self._column_signature())
        settings.setValue(self._state_key("splitter"), self.splitter.saveState())
        settings.sync()

    # --- behaviour --------------------------------------------------------

    def load(self) -> None:
        """(Re)read the ids; rows are fetched as the table draws them."""
        current = self.selected_ids()
        top = self.model.row_of(current[0]) if current else -1
        self.model.reload()
        if not self._sized and self.model.rowCount():
            self._sized = True
            if not self._had_state:
                # once the view has its width: a list shown for the first time is laid
                # out by the event loop, and sized before that it was sized for ~100 px
                QTimer.singleShot(0, self._size_columns)
        if current and not self.select_id(current[0], bring_to_view=False) and top >= 0:
            # The selected record left the list (to the trash, say): the one after it takes
            # its place, so that Delete, Delete works down a list by keyboard. Nothing was
            # selected, and Down started again at the top.
            rows = self.model.rowCount()
            if rows:
                row = min(top, rows - 1)
                self.select_row(row)
                self.table.scrollTo(self.model.index(row, 0))
        if not self._filters_built:
            QTimer.singleShot(0, self.ensure_filters)

    def _size_columns(self) -> None:
        """Columns as wide as their first rows, within limits; when they do not all fit,
        the widest text columns give way first, so the dates and amounts after them
        (the support list's renewal date) are in view without scrolling."""
        self.table.resizeColumnsToContents()
        hh = self.table.horizontalHeader()
        widths = [max(70, min(hh.sectionSize(i) + 16, MAX_COLUMN)) for i in range(hh.count())]
        available = self.table.viewport().width()
        if not self.table.verticalScrollBar().isVisible():  # it comes with the rows
            available -= self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        text = [c.kind == "text" for c in self.model.columns]  # dates and amounts stay whole
        _give_way(widths, text, sum(widths) - available, MIN_TEXT_COLUMN, range(len(widths)))
        # In a narrow window (1024 px, the detail pane open) the support list's amount and
        # renewal date were still cut off or out of view: the text before them gives way
        # further, the name column last. Other lists keep their names readable and scroll.
        keys = [c.key for c in self.model.columns]
        keep = KEEP_IN_VIEW.get(self.entity)
        if keep in keys:
            last = keys.index(keep)
            excess = sum(widths[: last + 1]) - available
            excess = _give_way(widths, text, excess, NARROW_TEXT_COLUMN, range(1, last))
            _give_way(widths, text, excess, NAME_COLUMN, range(0, 1))
        for i, width in enumerate(widths):
            hh.resizeSection(i, width)

    def is_filtered(self) -> bool:
        """Whether the filter text or a filter box narrows the list."""
        return bool(self.model.text) or any(
            v not in (None, "") for v in self.model.filters.values()
        )

    def _update_count(self) -> None:
        if not self.model.is_complete():
            self.count_label.setText(tr("Counting…"))
            self.table.set_empty_text("")  # not "nothing here" while the ids are still read
            return
        n = self.model.rowCount()
        self.count_label.setText(tr("%n record(s)", "", n))
        if n:
            self.table.set_empty_text("")
            return
        # A filter matched nothing, or there is nothing to match: the support list opens
        # filtered on running support, and on a new database it said "nothing matches
        # this filter" where "no support recorded yet, Ctrl+N" is the answer.
        self.table.set_empty_text(empty_text(self.entity, self.is_filtered() and self._any()))

    def _any(self) -> bool:
        """Whether the list holds any record at all, filters aside (one indexed row)."""
        with self.db.session_scope(write=False) as session:
            return bool(queries.ids(session, queries.ListQuery(self.entity), limit=1))

    def selected_ids(self) -> list[int]:
        """The selected records' ids in row order, read from the selection's row ranges.

        ``selectedRows()`` makes an index per selected row: after Ctrl+A on 104,850
        people it took 1.8 s, and the detail pane and Delete each asked again.
        """
        spans = sorted((r.top(), r.bottom()) for r in self.table.selectionModel().selection())
        merged: list[list[int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], bottom)
            else:
                merged.append([top, bottom])
        ids: list[int] = []
        for top, bottom in merged:
            ids.extend(self.model.ids_in(top, bottom))
        return ids

    def select_row(self, row: int) -> None:
        """Make ``row`` the one selected and current row. Not ``selectRow``: that reads the
        keys held, and after Ctrl+Z (Ctrl still down) it added the row to the selection."""
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        selection = self.table.selectionModel()
        selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def select_id(self, record_id: int, bring_to_view: bool = True) -> bool:
        """Select the record's row; ``bring_to_view``: centre it and keep it in view while
        the list settles (a record opened for the officer), else only scroll as far as
        needed (the selection kept across a reload stays where the officer left it)."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.select_row(row)
        if bring_to_view:
            self.table.show_current()
        else:
            self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._detail_timer.start()

    def _show_detail(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.detail.show_record(None, {})
            self.selectionChangedTo.emit(self.entity, -1)
            return
        row = self.model.row_of(ids[0])
        self.detail.show_record(ids[0], self.model.record(row))
        self.selectionChangedTo.emit(self.entity, ids[0])

    def show_detail_now(self) -> None:
        """Show the selected record at once (tests, keyboard users)."""
        self._detail_timer.stop()
        self._show_detail()

    def _activated(self, record_id: int) -> None:
        """Enter, double-click or Open: the record page, or the editor for support and contacts."""
        if self.entity in PAGE_ENTITIES:
            self.openRecord.emit(self.entity, record_id)
        else:
            self.editRecord.emit(self.entity, record_id)

    def _delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.deleteRecords.emit(self.entity, ids)
