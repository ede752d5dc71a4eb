"""Record pages: an initiative, a partner or a person with everything around it.

One read session per (re)load, in a worker thread (ui.worker.Op), gathers the
record and its relations through :mod:`liaison.services.relations`; the page
then only shows them and emits ``loaded``. Tabs:

- initiative: Overview (with signals) · People · Support (timeline + list) ·
  Coalition map · Contact log · History
- partner: Overview · People · Support given · Contact log · History
- person: Overview · Roles · Contact log · History
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, NotFoundError
from liaison.services import contact_log, relations
from liaison.services.relations import (
    CommitmentRow,
    InteractionRow,
    OrganisationDetail,
    PersonDetail,
    RoleRow,
)
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.formatting import format_date, format_datetime, format_euros, format_stamp, locale
from ui.pages.rows_model import Column, RowsModel
from ui.pages.signal_text import signal_sentence, signal_title
from ui.pages.timeline import CommitmentTimeline
from ui.trust.history_panel import HistoryPanel
from ui.widgets import labels, tone
from ui.worker import Op, Progress

CONTACT_LIMIT = 200
#: The main window's list names for organisations; a page always says "organisation".
ENTITY_ALIASES = {"initiative": "organisation", "partner": "organisation"}
log = logging.getLogger(__name__)


def _signals_for(session: Any, initiative_id: int) -> list[Any] | None:
    """The initiative's signals, or None when the signals service is not available."""
    try:
        from liaison.services.signals import initiative_signals
    except ImportError:
        return None
    return list(initiative_signals(session, initiative_id))


def load_page_data(db: Database, entity: str, record_id: int) -> dict[str, Any]:
    """Everything a page shows, read in one read session; plain data, safe to hand across threads.

    Runs in a worker (see :meth:`RecordPage.reload`): it touches no widget.
    """
    data: dict[str, Any] = {}
    with db.session_scope(write=False) as s:
        if entity == "person":
            data["detail"] = relations.person_detail(s, record_id)
            data["roles"] = relations.roles_of(s, record_id)
        else:
            detail = relations.organisation_detail(s, record_id)
            data["detail"] = detail
            data["people"] = relations.people_of(s, record_id)
            data["commitments"] = relations.commitments_of(s, record_id)
            data["signals"] = _signals_for(s, record_id) if detail.is_initiative else []
        data["contacts"] = relations.interactions_of(s, entity, record_id, CONTACT_LIMIT)
        # The page shows the latest CONTACT_LIMIT; the tab counts them all (it said 200
        # for a municipality with 1,430 while the contact log list, filtered, said 1,430).
        data["contact_count"] = (
            relations.count_interactions_of(s, entity, record_id)
            if len(data["contacts"]) >= CONTACT_LIMIT
            else len(data["contacts"])
        )
    return data


class RelatedTable(QTableView):
    """A compact read-only table of related rows; Enter/double-click activates a row."""

    activated_row = Signal(object)
    menu_requested = Signal(object, QPoint)

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.rows_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(self._activate)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    placeholder = ""

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        if self.placeholder and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#78909c"))
            painter.drawText(
                self.viewport().rect().adjusted(0, 24, 0, 0),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                self.placeholder,
            )
            painter.end()

    #: Narrowest a wide name column gives way to when the columns do not all fit; if they
    #: still do not (a partner's support in Dutch at 1024 px: 'Makelen en schakelen' is as
    #: wide as a name), every wide column gives way further, down to the second floor.
    MIN_SHRUNK = 140
    LAST_FLOOR = 90

    def fit_columns(self) -> None:
        """Columns as wide as their contents (at most 320 px); when they do not all fit,
        the widest give way first, so the dates at the right (renewal by, until) stay
        in view at 1024×700 instead of behind a horizontal scroll bar."""
        self.resizeColumnsToContents()
        self._natural = [min(self.columnWidth(c), 320) for c in range(self.model().columnCount())]
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        natural = getattr(self, "_natural", None)
        if not natural or len(natural) != self.model().columnCount():
            return
        widths = list(natural)
        # the stretched last column is never narrower than the header's default size
        widths[-1] = max(widths[-1], self.horizontalHeader().defaultSectionSize())
        excess = sum(widths) - self.viewport().width()
        for floor in (self.MIN_SHRUNK, self.LAST_FLOOR):
            while excess > 0:
                widest = max(range(len(widths) - 1), key=widths.__getitem__, default=None)
                if widest is None or widths[widest] <= floor:
                    break
                cut = min(excess, widths[widest] - floor, 20)
                widths[widest] -= cut
                excess -= cut
        for c, width in enumerate(widths[:-1]):  # the last one stretches
            self.setColumnWidth(c, width)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_to_width()

    def current_row(self) -> Any:
        return self.rows_model.row_at(self.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        row = self.rows_model.row_at(index)
        if row is not None:
            self.activated_row.emit(row)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(
                self.rows_model.row_at(index), self.viewport().mapToGlobal(pos)
            )


def _section(title: str, *, on_light: bool = False) -> QLabel:
    """A bold heading; ``on_light`` for one inside a pastel box (dark ink in dark mode too)."""
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    colour = f"color: {tone.INK};" if on_light else tone.css(None, "section")
    label.setStyleSheet(f"{colour} margin-top: 6px;")
    return label


class RecordPage(QWidget):
    """The page of one organisation (initiative or partner) or person.

    Signals: ``openRecord(entity, id)`` when the user opens a related record;
    ``recordChanged(entity, id)`` after an edit, delete or log made here (lists
    may refresh); ``recordDeleted(entity, id)`` when this page's record went to
    the trash. Set ``undo_stack`` to the window's stack so Ctrl+Z undoes deletes.
    """

    openRecord = Signal(str, int)
    recordChanged = Signal(str, int)
    recordDeleted = Signal(str, int)
    #: Emitted on the UI thread once a (re)load's data, or its error sentence, is shown.
    loaded = Signal()

    def __init__(
        self, db: Database, entity: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        entity = ENTITY_ALIASES.get(entity, entity)
        if entity not in ("organisation", "person"):
            raise ValueError(f"RecordPage shows organisations and people, not {entity!r}")
        self.db = db
        self.entity = entity
        self.record_id = record_id
        self.undo_stack: QUndoStack | None = None
        self.detail: OrganisationDetail | PersonDetail | None = None
        self.coalition_map: Any = None
        self._built_for: str | None = None
        self._generation = 0
        self._op: Op | None = None
        self.is_loaded = False

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet(tone.css(self, "muted"))
        self.subtitle.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setToolTip(self.tr("Edit this record (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit)
        self.log_button = QPushButton(self.tr("&Log contact"), self)
        self.log_button.setToolTip(self.tr("Log a call, visit or meeting (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_contact)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_menu = QMenu(self)
        self.add_button.setMenu(self.add_menu)
        self.delete_button = QPushButton(self.tr("Move to &trash"), self)
        self.delete_button.setToolTip(self.tr("Move to the trash; Ctrl+Z undoes it"))
        self.delete_button.clicked.connect(self.delete)
        # People only: the AVG/GDPR requests of access and erasure.
        self.privacy_button = QPushButton(self.tr("Pr&ivacy…"), self)
        privacy_menu = QMenu(self)
        privacy_menu.addAction(self.tr("Access export (everything stored)…"), self.export_person)
        privacy_menu.addAction(self.tr("Forget this person…"), self.forget_person)
        self.privacy_button.setMenu(privacy_menu)
        self.privacy_button.setVisible(self.entity == "person")
        QShortcut(
            QKeySequence("Ctrl+E"),
            self,
            activated=self.edit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        # Title and subtitle wrap, buttons sit on their own row: the page also fits
        # the main window's narrow detail pane.
        self.title.setWordWrap(True)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        for b in (
            self.edit_button,
            self.log_button,
            self.add_button,
            self.delete_button,
            self.privacy_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        header.addLayout(buttons)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(tone.css(self, "error"))
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        """Read the record and its relations again in a worker, then show them.

        The read (one read session) leaves the UI thread; meanwhile the page keeps
        its previous content, or says "Loading…" the first time. Only the newest
        reload's result is shown; ``loaded`` is emitted once it is on screen.
        """
        self._generation += 1
        generation = self._generation
        self.is_loaded = False
        if self.detail is None and self.error.isHidden():
            self.subtitle.setText(self.tr("Loading…"))
            for b in self._record_buttons():
                b.setEnabled(False)
        db, entity, record_id = self.db, self.entity, self.record_id

        def work(_progress: Progress) -> dict[str, Any] | BaseException:
            # Errors come back as a value without traceback, so no worker frames
            # (session, connection) stay alive in the UI thread; the failure
            # callback below only sees what escapes this (nothing, normally).
            try:
                return load_page_data(db, entity, record_id)
            except Exception as exc:  # noqa: BLE001 - shown on the page as one sentence
                if not isinstance(exc, LiaisonError):
                    log.error("reading a record page failed", exc_info=exc)
                return exc.with_traceback(None)

        op = Op(self, work)
        op.success(lambda result: self._loaded(generation, result))
        op.failure(lambda exc: self._load_failed(generation, exc))
        # The Op stays a child of the page (deleted with it, so a late result never
        # reaches a deleted page). Not deleteLater()'d on finish: that crashed
        # PySide ("shared QObject was deleted directly") when the page closed next.
        self._op = op
        op.run_in_background()

    def wait_loaded(self, timeout_ms: int = 15000) -> bool:
        """Block in a local event loop until the page shows its data (for screenshots)."""
        if self.is_loaded:
            return True
        loop = QEventLoop()
        self.loaded.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.loaded.disconnect(loop.quit)
        return self.is_loaded

    def _record_buttons(self) -> tuple[QPushButton, ...]:
        return (self.edit_button, self.log_button, self.add_button, self.delete_button)

    def _current(self, generation: int) -> bool:
        """Whether a finished load should still be shown: the page lives and no newer load started."""
        return shiboken6.isValid(self) and generation == self._generation

    def _loaded(self, generation: int, data: dict[str, Any] | BaseException) -> None:
        if not self._current(generation):
            return
        if isinstance(data, BaseException):
            self._load_failed(generation, data)
            return
        self.error.hide()
        self.tabs.setEnabled(True)
        for b in self._record_buttons():
            b.setEnabled(True)
        self._show(data)
        self._finish_load()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        if isinstance(exc, NotFoundError):
            from ui.editing import gone_sentence

            message = gone_sentence()  # not "There is no person with id 12."
        elif isinstance(exc, LiaisonError):
            message = core_text(exc)
        else:
            message = self.tr("This record could not be read.")
        self.title.setText(self.tr("Record not available"))
        self.subtitle.setText("")
        self.error.setText(message)
        self.error.show()
        self.tabs.setEnabled(False)
        for b in self._record_buttons():
            b.setEnabled(False)
        self._finish_load()

    def _finish_load(self) -> None:
        self.is_loaded = True
        self.loaded.emit()

    def layout_kind(self) -> str:
        """ "initiative", "partner" or "person": which set of tabs this page shows."""
        if self.entity == "person":
            return "person"
        assert isinstance(self.detail, OrganisationDetail)
        return "initiative" if self.detail.is_initiative else "partner"

    def _show(self, data: dict[str, Any]) -> None:
        self.detail = data["detail"]
        kind = self.layout_kind()
        fresh = self._built_for != kind
        if fresh:
            self._build_tabs(kind)  # a new coalition map loads itself
        current = self.tabs.currentIndex()
        if kind == "person":
            self._show_person(data)
        else:
            self._show_organisation(data, reload_map=not fresh)
        self.contacts.set_rows(data["contacts"])
        self.contacts_table.fit_columns()
        self.history_panel.reload()
        shown, total = len(data["contacts"]), data.get("contact_count", len(data["contacts"]))
        self._set_tab_text(self.contacts_tab, self.tr("Contact log"), total)
        self.tabs.setTabToolTip(
            self.tabs.indexOf(self.contacts_tab),
            self.tr("The latest %1 of %2 contacts; the Contact log list has them all.")
            .replace("%1", locale().toString(shown))
            .replace("%2", locale().toString(total))
            if total > shown
            else "",
        )
        self.tabs.setCurrentIndex(max(current, 0))

    def _set_tab_text(self, widget: QWidget, text: str, count: int | None = None) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            number = locale().toString(count) if count else ""  # 1.430 in Dutch
            self.tabs.setTabText(index, f"{text} ({number})" if count else text)

    # --- building tabs -----------------------------------------------------

    def _build_tabs(self, kind: str) -> None:
        self.tabs.clear()
        self.coalition_map = None
        self._built_for = kind
        self.add_menu.clear()
        self.overview = QWidget()
        self.overview_form = QFormLayout()
        self.overview_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.overview_form.setHorizontalSpacing(16)
        self.overview_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.signals_box = QFrame()
        self.signals_box.setObjectName("signals")
        self.signals_layout = QVBoxLayout(self.signals_box)
        self.signals_layout.setContentsMargins(10, 8, 10, 8)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner = QVBoxLayout(self.overview)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(self.signals_box)
        inner.addLayout(self.overview_form)
        self.description_title = _section(self.tr("Description"))
        inner.addWidget(self.description_title)
        inner.addWidget(self.description)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.overview)
        scroll.setObjectName("overview")
        self.tabs.addTab(scroll, self.tr("Overview"))

        if kind == "person":
            self.roles = RowsModel(
                [
                    Column(self.tr("Organisation"), lambda r: r.organisation_name),
                    Column(
                        self.tr("Kind"),
                        lambda r: labels.label(labels.organisation_kinds(), r.organisation_kind),
                    ),
                    Column(self.tr("Role"), lambda r: labels.label(labels.roles(), r.role)),
                    Column(self.tr("From"), lambda r: format_date(r.start)),
                    Column(self.tr("Until"), lambda r: format_date(r.end)),
                ],
                self,
                dim=lambda r: not r.current,
            )
            self.roles_table = RelatedTable(self.roles)
            self.roles_table.placeholder = self.tr("No roles at organisations yet.")
            self.roles_table.activated_row.connect(
                lambda r: self.openRecord.emit("organisation", r.organisation_id)
            )
            self.roles_table.menu_requested.connect(self._role_menu)
            self.roles_tab = self.roles_table
            self.roles_table.setObjectName("roles")
            self.tabs.addTab(self.roles_table, self.tr("Roles"))
            self.add_menu.addAction(self.tr("Role at an organisation…"), self.add_role)
        else:
            self.people = RowsModel(
                [
                    Column(self.tr("Name"), lambda r: r.person_name),
                    Column(self.tr("Role"), lambda r: labels.label(labels.roles(), r.role)),
                    Column(self.tr("E-mail"), lambda r: r.email or ""),
                    Column(self.tr("Phone"), lambda r: r.phone or ""),
                    Column(self.tr("From"), lambda r: format_date(r.start)),
                    Column(self.tr("Until"), lambda r: format_date(r.end)),
                ],
                self,
                dim=lambda r: not r.current,
            )
            self.people_table = RelatedTable(self.people)
            self.people_table.placeholder = self.tr("Nobody has a role here yet.")
            self.people_table.activated_row.connect(
                lambda r: self.openRecord.emit("person", r.person_id)
            )
            self.people_table.menu_requested.connect(self._role_menu)
            self.people_tab = self.people_table
            self.people_table.setObjectName("people")
            self.tabs.addTab(self.people_table, self.tr("People"))

            initiative = kind == "initiative"
            other = (lambda r: r.partner_name) if initiative else (lambda r: r.initiative_name)
            self.support = RowsModel(
                [
                    Column(self.tr("Partner") if initiative else self.tr("Initiative"), other),
                    Column(self.tr("Kind"), lambda r: labels.label(labels.support_kinds(), r.kind)),
                    Column(self.tr("Amount"), lambda r: format_euros(r.amount), align_right=True),
                    Column(
                        self.tr("Structural"),
                        lambda r: self.tr("structural") if r.structural else self.tr("one-off"),
                    ),
                    Column(self.tr("Start"), lambda r: format_date(r.start)),
                    Column(self.tr("End"), lambda r: format_date(r.end)),
                    Column(self.tr("Renewal by"), lambda r: format_date(r.renew_by)),
                    Column(
                        self.tr("Status"),
                        lambda r: labels.label(labels.commitment_statuses(), r.status),
                    ),
                ],
                self,
                dim=lambda r: not r.current,
            )
            self.support_table = RelatedTable(self.support)
            self.support_table.activated_row.connect(
                lambda r: self.openRecord.emit(
                    "organisation",
                    r.partner_id if r.initiative_id == self.record_id else r.initiative_id,
                )
            )
            self.support_table.menu_requested.connect(self._commitment_menu)
            self.timeline = CommitmentTimeline(label=other)
            self.timeline.rowActivated.connect(
                lambda i: self._edit_related("commitment", self.support.rows[i].id)
            )
            support_tab = QSplitter(Qt.Orientation.Vertical)
            top = QScrollArea()
            top.setWidgetResizable(True)
            top.setFrameShape(QFrame.Shape.NoFrame)
            top.setWidget(self.timeline)
            support_tab.addWidget(top)
            support_tab.addWidget(self.support_table)
            support_tab.setChildrenCollapsible(False)
            support_tab.setStretchFactor(0, 3)
            support_tab.setStretchFactor(1, 2)
            self.timeline_scroll = top
            self.support_tab = support_tab
            support_tab.setObjectName("support")
            self.tabs.addTab(
                support_tab, self.tr("Support") if initiative else self.tr("Support given")
            )
            if initiative:
                from ui.coalition_map import CoalitionMap

                self.coalition_map = CoalitionMap(self.db, self.record_id)
                self.coalition_map.openRecord.connect(self._open_from_map)
                self.coalition_map.setObjectName("coalition_map")
                self.tabs.addTab(self.coalition_map, self.tr("Coalition map"))
                self.add_menu.addAction(self.tr("Support from a partner…"), self.add_commitment)
            else:
                self.add_menu.addAction(self.tr("Support to an initiative…"), self.add_commitment)
            self.add_menu.addAction(self.tr("Person with a role here…"), self.add_role)

        self.contacts = RowsModel(
            [
                Column(self.tr("When"), lambda r: format_datetime(r.occurred_at)),
                Column(self.tr("Channel"), lambda r: labels.label(labels.channels(), r.channel)),
                Column(
                    self.tr("Summary"), lambda r: r.summary, tooltip=lambda r: r.notes or r.summary
                ),
                Column(self.tr("With"), self._with_text),
                Column(self.tr("Follow-up"), self._follow_up_text),
                Column(self.tr("Officer"), lambda r: r.officer or ""),
            ],
            self,
            alert=lambda r: r.follow_up_overdue,
        )
        self.contacts_table = RelatedTable(self.contacts)
        self.contacts_table.placeholder = self.tr("No contact logged yet. Press Ctrl+L to log one.")
        self.contacts_table.activated_row.connect(lambda r: self._edit_related("interaction", r.id))
        self.contacts_table.menu_requested.connect(self._contact_menu)
        self.contacts_tab = self.contacts_table
        self.contacts_table.setObjectName("contact_log")
        self.tabs.addTab(self.contacts_table, self.tr("Contact log"))
        self.add_menu.addAction(self.tr("Contact (full form)…"), self.add_contact)

        # Who changed what, with "restore this value" (the trust area's panel).
        self.history_panel = HistoryPanel(self.db, self.entity, self.record_id, self)
        self.history_panel.setObjectName("history")
        self.history_panel.restored.connect(lambda _entry: self._changed())
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self._name_tables()

    def _name_tables(self) -> None:
        """A screen reader announces a table by its accessible name: each tab's tables
        (and timeline) take the tab's title, which a sighted officer reads above them."""
        for i in range(self.tabs.count()):
            title = self.tabs.tabText(i).replace("&", "")
            page = self.tabs.widget(i)
            for view in [page, *page.findChildren(QWidget)]:
                kind = isinstance(view, QAbstractItemView | CommitmentTimeline)
                if kind and not view.accessibleName():
                    view.setAccessibleName(title)

    # --- filling -----------------------------------------------------------

    def _clear_form(self) -> None:
        while self.overview_form.rowCount():
            self.overview_form.removeRow(0)

    def _row(self, label: str, value: str | None) -> None:
        text = QLabel(value if value else "—")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        if not value:
            text.setStyleSheet("color: #90a4ae;")
        self.overview_form.addRow(label, text)

    def _show_organisation(self, data: dict[str, Any], reload_map: bool = True) -> None:
        d: OrganisationDetail = data["detail"]
        kinds = labels.organisation_kinds()
        place = (
            d.neighbourhood + (f" ({d.district})" if d.district else "") if d.neighbourhood else ""
        )
        self.title.setText(d.name)
        bits = [labels.label(kinds, d.kind)]
        if place:
            bits.append(place)
        bits.append(labels.label(labels.organisation_statuses(), d.status))
        if d.owner:
            bits.append(self.tr("owner: %1").replace("%1", d.owner))
        self.subtitle.setText(" · ".join(bits))
        self._clear_form()
        self._row(self.tr("Kind"), labels.label(kinds, d.kind))
        self._glance(d, data)
        self._row(self.tr("Neighbourhood"), place)
        self._row(self.tr("Owning officer"), d.owner)
        self._row(self.tr("Tags"), ", ".join(d.tags))
        self._row(self.tr("Address"), d.address)
        self._row(self.tr("E-mail"), d.email)
        self._row(self.tr("Phone"), d.phone)
        self._row(self.tr("Website"), d.website)
        self._row(
            self.tr("Last change"),
            self.tr("%1 by %2")
            .replace("%1", format_stamp(d.updated_at))
            .replace("%2", d.updated_by or "?"),
        )
        self.description.setText(d.description or self.tr("No description yet."))
        active = any(r.current and r.initiative_id == d.id for r in data["commitments"])
        self._show_signals(data.get("signals"), d.is_initiative, active)

        self.people.set_rows(data["people"])
        self.people_table.fit_columns()
        self._set_tab_text(self.people_tab, self.tr("People"), len(data["people"]))
        rows: list[CommitmentRow] = data["commitments"]
        if d.is_initiative:
            rows = [r for r in rows if r.initiative_id == d.id]
        else:
            rows = [r for r in rows if r.partner_id == d.id]
        self.support.set_rows(rows)
        self.support_table.fit_columns()
        self.timeline.set_rows(rows)
        self.timeline_scroll.setMinimumHeight(min(self.timeline.sizeHint().height() + 4, 300))
        self._set_tab_text(
            self.support_tab,
            self.tr("Support") if d.is_initiative else self.tr("Support given"),
            len(rows),
        )
        if self.coalition_map is not None and reload_map:
            self.coalition_map.reload()

    def _glance(self, d: OrganisationDetail, data: dict[str, Any]) -> None:
        """Active support, next renewal decision and last contact: what an officer asks first."""
        side = "initiative_id" if d.is_initiative else "partner_id"
        active = [r for r in data["commitments"] if r.current and getattr(r, side) == d.id]
        if active:
            others = {r.partner_id if d.is_initiative else r.initiative_id for r in active}
            euros = sum((r.amount for r in active if r.amount), Decimal(0))
            structural = sum(1 for r in active if r.structural)
            text = (
                self.tr("commitments: %1 · organisations: %2 · structural: %3")
                .replace("%1", str(len(active)))
                .replace("%2", str(len(others)))
                .replace("%3", str(structural))
            )
            if euros:
                text += " · " + format_euros(euros)
        else:
            text = ""
        self._row(self.tr("Active support"), text)
        upcoming = sorted(
            ((r.renew_by, r) for r in active if r.renew_by and r.renew_by >= dt.date.today()),
            key=lambda pair: pair[0],
        )
        if upcoming:
            when, r = upcoming[0]
            other = r.partner_name if d.is_initiative else r.initiative_name
            self._row(self.tr("Next renewal decision"), f"{format_date(when)} — {other}")
        contacts: list[InteractionRow] = data["contacts"]
        if contacts:
            last = contacts[0]
            self._row(
                self.tr("Last contact"),
                f"{format_date(last.occurred_at)} — "
                f"{labels.label(labels.channels(), last.channel)}: {last.summary}",
            )
        else:
            self._row(self.tr("Last contact"), "")

    def _show_signals(
        self, found: list[Any] | None, is_initiative: bool, has_active_support: bool = True
    ) -> None:
        while self.signals_layout.count():
            item = self.signals_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not is_initiative:
            self.signals_box.hide()
            return
        self.signals_box.show()
        if found is None:
            self._plain_signals(self.tr("Signals are not available in this version."))
            return
        if not found and not has_active_support:
            # Support that ended months ago raises no signal any more; the green "support
            # is spread" was then said of an initiative with no active support at all.
            self._plain_signals(
                self.tr("No signals, but no support is active for this initiative now.")
            )
            return
        if not found:
            self.signals_box.setStyleSheet(
                f"#signals {{ {tone.on_light('#e8f5e9', 'border-radius: 6px;')} }}"
            )
            ok = QLabel(self.tr("No signals: support is spread and contact is recent."))
            ok.setStyleSheet("color: #1b5e20;")
            self.signals_layout.addWidget(ok)
            return
        self.signals_box.setStyleSheet(
            "#signals { background: #fff3e0; border: 1px solid #ffcc80; border-radius: 6px; }"
            f"#signals QLabel {{ color: {tone.INK}; }}"
        )
        self.signals_layout.addWidget(_section(self.tr("Signals"), on_light=True))
        for sig in found:
            label = QLabel(f"<b>{signal_title(sig.code)}</b> — {signal_sentence(sig)}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.signals_layout.addWidget(label)

    def _plain_signals(self, text: str) -> None:
        """The signals box in grey with one line: nothing to warn of, nothing to praise."""
        self.signals_box.setStyleSheet(
            f"#signals {{ {tone.on_light('#eceff1', 'border-radius: 6px;')} }}"
            f"#signals QLabel {{ color: {tone.INK}; }}"
        )
        self.signals_layout.addWidget(QLabel(text))

    def _show_person(self, data: dict[str, Any]) -> None:
        d: PersonDetail = data["detail"]
        self.title.setText(d.full_name or self.tr("(no name)"))
        place = (
            d.neighbourhood + (f" ({d.district})" if d.district else "") if d.neighbourhood else ""
        )
        current = [r for r in data["roles"] if r.current]
        bits = [
            f"{labels.label(labels.roles(), r.role)} — {r.organisation_name}" for r in current[:3]
        ]
        if place:
            bits.append(place)
        self.subtitle.setText(" · ".join(bits) or self.tr("Person"))
        self._clear_form()
        self._row(self.tr("E-mail"), d.email)
        self._row(self.tr("Phone"), d.phone)
        self._row(self.tr("Neighbourhood"), place)
        self._row(
            self.tr("Roles"),
            "\n".join(
                f"{labels.label(labels.roles(), r.role)} — {r.organisation_name}" for r in current
            ),
        )
        contacts: list[InteractionRow] = data["contacts"]
        self._row(
            self.tr("Last contact"),
            f"{format_date(contacts[0].occurred_at)} — "
            f"{labels.label(labels.channels(), contacts[0].channel)}: {contacts[0].summary}"
            if contacts
            else "",
        )
        self._row(self.tr("Legal basis"), labels.label(labels.legal_bases(), d.legal_basis))
        self._row(self.tr("Source of the data"), d.data_source)
        self._row(
            self.tr("Last change"),
            self.tr("%1 by %2")
            .replace("%1", format_stamp(d.updated_at))
            .replace("%2", d.updated_by or "?"),
        )
        self.description_title.setText(self.tr("Notes"))
        self.description.setText(d.notes or self.tr("No notes."))
        self.signals_box.hide()
        self.roles.set_rows(data["roles"])
        self.roles_table.fit_columns()
        self._set_tab_text(self.roles_tab, self.tr("Roles"), len(data["roles"]))

    # --- cell texts --------------------------------------------------------

    def _with_text(self, r: InteractionRow) -> str:
        names = [
            o.name
            for o in r.organisations
            if not (self.entity == "organisation" and o.id == self.record_id)
        ]
        names += [
            p.name for p in r.people if not (self.entity == "person" and p.id == self.record_id)
        ]
        return ", ".join(names)

    def _follow_up_text(self, r: InteractionRow) -> str:
        if r.follow_up_on is None:
            return ""
        if r.follow_up_done:
            return self.tr("%1 (done)").replace("%1", format_date(r.follow_up_on))
        if r.follow_up_overdue:
            return self.tr("%1 (overdue)").replace("%1", format_date(r.follow_up_on))
        return format_date(r.follow_up_on)

    # --- actions -----------------------------------------------------------

    def _open_from_map(self, entity: str, record_id: int) -> None:
        if entity == self.entity and record_id == self.record_id:
            self.tabs.setCurrentIndex(0)
            return
        self.openRecord.emit(entity, record_id)

    def _changed(self) -> None:
        self.reload()
        self.recordChanged.emit(self.entity, self.record_id)

    def edit(self) -> None:
        from ui.editing import edit_record

        if edit_record(self.db, self.entity, self.record_id, self) is not None:
            self._changed()
        else:
            # Cancelled, maybe after the stale-edit dialog's "reload" showed a colleague's
            # values in the form: the page shows what is saved now, not what it read before.
            self.reload()

    def _edit_related(self, entity: str, record_id: int) -> None:
        from ui.editing import edit_record

        if edit_record(self.db, entity, record_id, self) is not None:
            self._changed()
        else:
            self.reload()

    def log_contact(self) -> None:
        from ui.quick_log import open_quick_log

        if open_quick_log(self.db, self, (self.entity, self.record_id)) is not None:
            self._changed()

    def add_contact(self) -> None:
        from ui.editing import edit_record

        key = "organisations" if self.entity == "organisation" else "people"
        if edit_record(self.db, "interaction", None, self, **{key: [self.record_id]}) is not None:
            self._changed()

    def add_commitment(self) -> None:
        from ui.editing import edit_record

        assert isinstance(self.detail, OrganisationDetail)
        key = "initiative_id" if self.detail.is_initiative else "partner_id"
        if edit_record(self.db, "commitment", None, self, **{key: self.record_id}) is not None:
            self._changed()

    def add_role(self) -> None:
        from ui.editing import edit_record

        key = "person_id" if self.entity == "person" else "organisation_id"
        if edit_record(self.db, "affiliation", None, self, **{key: self.record_id}) is not None:
            self._changed()

    def find_undo_stack(self) -> QUndoStack:
        """The window's undo stack (attribute ``undo_stack``), else one of this page's own."""
        if self.undo_stack is None:
            window = self.window()
            stack = getattr(window, "undo_stack", None) if window is not self else None
            if isinstance(stack, QUndoStack):
                self.undo_stack = stack
            else:
                self.undo_stack = QUndoStack(self)
                undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
                undo.setShortcut(QKeySequence.StandardKey.Undo)
                undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(undo)
        return self.undo_stack

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        # The page's own undo stack (no window stack) also answers Ctrl+Z here, so
        # undo works while the window is not the active one (embedded, tests).
        own = self.undo_stack is not None and self.undo_stack.parent() is self
        if own and event.matches(QKeySequence.StandardKey.Undo) and self.undo_stack.canUndo():
            self.undo_stack.undo()
            return
        super().keyPressEvent(event)

    def export_person(self) -> None:
        from ui.trust.privacy_dialogs import export_person_dialog

        export_person_dialog(self, self.db, self.record_id)

    def forget_person(self) -> None:
        from ui.trust.privacy_dialogs import forget_person_dialog

        if forget_person_dialog(self, self.db, self.record_id):
            self._changed()

    def delete(self) -> None:
        self._delete(self.entity, self.record_id)

    def _delete(self, entity: str, record_id: int) -> None:
        from ui.editing import delete_with_undo

        def on_change(ent: str, rid: int, deleted: bool) -> None:
            if not shiboken6.isValid(self):
                return  # the page was closed before an undo/redo from the window's stack
            if ent == self.entity and rid == self.record_id:
                if deleted:
                    self.recordDeleted.emit(ent, rid)
                self.reload()
            else:
                self._changed()

        delete_with_undo(self.db, entity, record_id, self, self.find_undo_stack(), on_change)

    def _role_menu(self, row: RoleRow, pos: QPoint) -> None:
        menu = QMenu(self)
        if self.entity == "person":
            menu.addAction(
                self.tr("Open organisation"),
                lambda: self.openRecord.emit("organisation", row.organisation_id),
            )
        else:
            menu.addAction(
                self.tr("Open person"), lambda: self.openRecord.emit("person", row.person_id)
            )
        menu.addAction(
            self.tr("Edit role…"), lambda: self._edit_related("affiliation", row.affiliation_id)
        )
        menu.addAction(
            self.tr("Remove role (to trash)"),
            lambda: self._delete("affiliation", row.affiliation_id),
        )
        menu.exec(pos)

    def _commitment_menu(self, row: CommitmentRow, pos: QPoint) -> None:
        other = row.partner_id if row.initiative_id == self.record_id else row.initiative_id
        menu = QMenu(self)
        menu.addAction(
            self.tr("Open organisation"), lambda: self.openRecord.emit("organisation", other)
        )
        menu.addAction(
            self.tr("Edit commitment…"), lambda: self._edit_related("commitment", row.id)
        )
        menu.addAction(
            self.tr("Move commitment to trash"), lambda: self._delete("commitment", row.id)
        )
        menu.exec(pos)

    def _contact_menu(self, row: InteractionRow, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit contact…"), lambda: self._edit_related("interaction", row.id))
        if row.follow_up_on is not None and not row.follow_up_done:
            done: QAction = menu.addAction(self.tr("Mark follow-up done"))
            done.triggered.connect(lambda: self.mark_done(row))
        menu.addAction(
            self.tr("Move contact to trash"), lambda: self._delete("interaction", row.id)
        )
        menu.exec(pos)

    def mark_done(self, row: InteractionRow) -> None:
        try:
            with self.db.session_scope() as s:
                contact_log.mark_follow_up_done(s, row.id, row.version)
        except LiaisonError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), core_text(exc))
        self._changed()
