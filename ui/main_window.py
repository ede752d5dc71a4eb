"""The main window: navigation on the left, the current view, global search, menus.

Views are built the first time they are shown, so the window opens quickly
even on a database with 100,000 people. Record pages, edit dialogs and the
quick log come from ``ui.pages``, ``ui.editing`` and ``ui.quick_log`` when
those are installed; until then a list's detail pane stands in.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QByteArray, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, NotFoundError
from liaison.services import records
from liaison.storage.db import Database
from liaison.storage.models import Organisation
from ui import prefs
from ui.core_text import core_text
from ui.dashboard import Dashboard
from ui.i18n import tr
from ui.models.labels import entity_label
from ui.views.search_popup import SearchField
from ui.worker import IN_PLACE_RECORDS, run_with_progress

if TYPE_CHECKING:
    from ui.views.list_view import ListView

#: Views in the navigation, in order: key → list entity (None for special views).
VIEWS: tuple[tuple[str, str | None], ...] = (
    ("today", None),
    ("initiative", "initiative"),
    ("partner", "partner"),
    ("person", "person"),
    ("commitment", "commitment"),
    ("interaction", "interaction"),
    ("trash", None),
)
PAGE_ENTITIES = frozenset({"initiative", "partner", "person"})
# Deleting more records than this at once (a Ctrl+A in a list) asks first.
CONFIRM_DELETE_OVER = 10
RECORD_CLASS = {
    "initiative": "organisation",
    "partner": "organisation",
    "organisation": "organisation",
    "person": "person",
    "commitment": "commitment",
    "interaction": "interaction",
}


def _is_list(widget: object) -> TypeGuard[ListView]:
    """A record list? Lists are built on first use: until then their module is not even
    loaded (it and the list queries are 28 ms of start-up the Vandaag page does not need)."""
    module = sys.modules.get("ui.views.list_view")
    return module is not None and isinstance(widget, module.ListView)


def counted(entity: str, n: int) -> str:
    """'3 initiatives', '12 contacts', '1.500 commitments': a number of records in words.

    The lists' plural names are view titles ('Contact log', 'Support'), which read
    wrongly after a number ('13 contactlog').
    """
    nouns = {
        "commitment": (tr("commitment"), tr("commitments")),
        "interaction": (tr("contact"), tr("contacts")),
    }
    plural = n != 1
    noun = nouns[entity][plural] if entity in nouns else entity_label(entity, plural).lower()
    return f"{QLocale().toString(n)} {noun}"


def view_title(key: str) -> str:
    titles = {
        "today": tr("Today"),
        "initiative": tr("Initiatives"),
        "partner": tr("Partners"),
        "person": tr("People"),
        "commitment": tr("Support"),
        "interaction": tr("Contact log"),
        "trash": tr("Trash"),
    }
    return titles[key]


class MainWindow(QMainWindow):
    """Liaison's one main window."""

    viewChanged = Signal(str)
    #: The menus were (re)built, e.g. after a language switch: other areas re-add their
    #: actions (``add_file_action``) when this fires.
    menusRebuilt = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("Liaison"))
        self.setMinimumSize(QSize(900, 600))
        self.views: dict[str, QWidget] = {}
        self.undo_stack = QUndoStack(self)  #: deletes, undone with Ctrl+Z
        self.current_view = "today"
        #: record pages left for another one (a person opened from an initiative's
        #: page): Back returns to them, newest last, before it returns to the list
        self.page_history: list[tuple[str, int, str]] = []
        self._build()
        self._restore_geometry()

    # --- building ---------------------------------------------------------

    def _build(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        for key, _entity in VIEWS:
            item = QListWidgetItem(view_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 48))
        self.nav.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.nav.setAccessibleName(tr("Navigation"))
        self.nav.currentRowChanged.connect(lambda row: self.show_view(VIEWS[row][0]))
        # A click on the row already marked (the list a record page belongs to) also
        # leaves the page: currentRowChanged does not fire for it.
        self.nav.itemClicked.connect(self._nav_clicked)

        self.stack = QStackedWidget()
        self.stack.setObjectName("views")
        self.record_holder = QWidget()
        self.record_holder.setObjectName("recordHolder")
        holder_layout = QVBoxLayout(self.record_holder)
        holder_layout.setContentsMargins(8, 6, 8, 8)
        back_row = QHBoxLayout()
        self.back_button = QPushButton(tr("← Back"))
        self.back_button.setToolTip(tr("Back to the list (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        holder_layout.addLayout(back_row)
        self.record_widget: QWidget | None = None
        self.record_view: str | None = None  #: the list kind of the record page shown
        self.stack.addWidget(self.record_holder)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = SearchField(self.db, self)
        self.search.setAccessibleName(tr("Search everything"))
        self.search.openRecord.connect(self.open_record)
        self.search.left.connect(self.focus_view)
        toolbar = QToolBar(tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        self._build_actions()
        self._build_menus()
        toolbar.addSeparator()
        toolbar.addAction(self.act_new)
        toolbar.addAction(self.act_quick_log)

        self.db_label = QLabel()
        self.officer_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.update_status()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, activated=self.go_back)

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        self.addAction(action)
        self._own_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self._own_actions: list[QAction] = []
        SK = QKeySequence.StandardKey
        self.act_settings = self._action(tr("&Settings…"), self.open_settings, SK.Preferences)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_quit = self._action(tr("&Quit"), self.close, SK.Quit, "quit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        if self.act_quit.shortcut().isEmpty():
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_undo = self._action(tr("&Undo delete"), self.undo, SK.Undo, "undo")
        self.act_undo.setEnabled(self.undo_stack.canUndo())
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.act_new = self._action(tr("&New…"), self.new_record, SK.New, "new")
        self.act_new.setToolTip(tr("New record in this list (Ctrl+N)"))
        self.act_edit = self._action(tr("&Edit…"), self.edit_current, "F2", "edit")
        self.act_delete = self._action(tr("&Delete"), self.delete_current, None, "delete")
        self.act_delete.setShortcut(QKeySequence(SK.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_find = self._action(tr("&Search…"), self.focus_search, "Ctrl+K", "find")
        self.act_find.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(SK.Find)])
        self.act_quick_log = self._action(tr("&Log a contact…"), self.quick_log, "Ctrl+L")
        self.act_quick_log.setToolTip(tr("Log a call, visit, meeting or e-mail (Ctrl+L)"))
        self.act_refresh = self._action(tr("&Refresh"), self.refresh, SK.Refresh, "refresh")
        if self.act_refresh.shortcut().isEmpty():
            self.act_refresh.setShortcut(QKeySequence("F5"))
        self.act_shortcuts = self._action(
            tr("&Keyboard shortcuts"), self.show_shortcuts, SK.HelpContents, "shortcuts"
        )
        if self.act_shortcuts.shortcut().isEmpty():
            self.act_shortcuts.setShortcut(QKeySequence("F1"))
        self.act_about = self._action(tr("&About Liaison"), self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.view_actions: dict[str, QAction] = {}
        for n, (key, _entity) in enumerate(VIEWS, start=1):
            self.view_actions[key] = self._action(
                view_title(key), lambda k=key: self.show_view(k), f"Ctrl+{n}", f"view_{key}"
            )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        #: File menu; the import/export (ui.exchange) and backup/privacy (ui.trust)
        #: dialogs add their actions to the marked sections below.
        self.file_menu: QMenu = bar.addMenu(tr("&File"))
        self.file_exchange_section = self.file_menu.addSection(tr("Exchange"))
        self.file_exchange_section.setObjectName("exchangeSection")
        self.file_trust_section = self.file_menu.addSection(tr("Safety"))
        self.file_trust_section.setObjectName("trustSection")
        self.file_tail = self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu: QMenu = bar.addMenu(tr("&Edit"))
        for action in (self.act_undo, None, self.act_new, self.act_edit, self.act_delete):
            if action is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_find)
        self.edit_menu.addAction(self.act_quick_log)
        self.view_menu: QMenu = bar.addMenu(tr("&View"))
        for action in self.view_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_refresh)
        self.help_menu: QMenu = bar.addMenu(tr("&Help"))
        self.help_menu.addAction(self.act_shortcuts)
        self.help_menu.addAction(self.act_about)

    def add_file_action(self, action: QAction, section: str = "exchange") -> None:
        """Put another area's action (import, export, backup…) in the File menu's section."""
        before = self.file_trust_section if section == "exchange" else self.file_tail
        self.file_menu.insertAction(before, action)

    # --- status and state -------------------------------------------------

    def update_status(self) -> None:
        self.db_label.setText(tr("Database: %1").replace("%1", self.db.display_name))
        self.officer_label.setText(tr("Officer: %1").replace("%1", self.db.officer))

    def _restore_geometry(self) -> None:
        settings = prefs.qsettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))

    def start(self, view: str | None = None) -> None:
        """Show the remembered (or given) view; call once after construction."""
        key = view or prefs.value("window/view", "today")
        if key not in dict(VIEWS):
            key = "today"
        self.show_view(key)

    def save_state(self) -> None:
        settings = prefs.qsettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/view", self.current_view)
        settings.sync()
        for view in self.views.values():
            if _is_list(view):
                view.save_state()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Tab follows the window from the top: search, navigation, Back, the view. The
        # navigation, made first, came after the view; and Qt 6.11 keeps a tab order set
        # before the first show only if the toolbar has been laid out, so it is set here.
        QWidget.setTabOrder(self.search, self.nav)
        QWidget.setTabOrder(self.nav, self.back_button)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)

    # --- navigation -------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view for ``key``, built on first use."""
        widget = self.views.get(key)
        if widget is not None:
            return widget
        entity = dict(VIEWS)[key]
        if key == "today":
            widget = Dashboard(self.db)
            widget.openRecord.connect(self.open_record)
        elif key == "trash":
            from ui.views.trash_view import TrashView

            widget = TrashView(self.db)
            widget.restored.connect(lambda _items: self._data_changed())
        else:
            from ui.views.list_view import ListView

            assert entity is not None
            widget = ListView(self.db, entity)
            widget.openRecord.connect(self.open_record)
            widget.deleteRecords.connect(self.delete_records)
            widget.editRecord.connect(self.edit_record)
        self.views[key] = widget
        self.stack.addWidget(widget)
        self._load(key, widget)
        return widget

    def _load(self, key: str, widget: QWidget) -> None:
        try:
            if isinstance(widget, Dashboard):
                widget.refresh()
            else:
                widget.load()  # type: ignore[attr-defined]
        except LiaisonError as exc:
            QMessageBox.warning(self, view_title(key), core_text(exc))

    def show_view(self, key: str) -> QWidget:
        self.page_history.clear()
        widget = self.view(key)
        self.current_view = key
        self.stack.setCurrentWidget(widget)
        row = [k for k, _e in VIEWS].index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        entity = dict(VIEWS)[key]
        self.act_new.setEnabled(entity is not None)
        self.act_edit.setEnabled(entity is not None)
        self.act_delete.setEnabled(entity is not None)
        table = getattr(widget, "table", None)  # a list, or the trash (Ctrl+7, then Alt+T)
        if table is not None:
            table.setFocus()
        self.viewChanged.emit(key)
        return widget

    def go_back(self) -> None:
        if self.stack.currentWidget() is not self.record_holder:
            return
        if self.page_history:
            entity, record_id, _title = self.page_history.pop()
            self.open_record(entity, record_id, remember=False)
            return
        self.show_view(self.current_view)

    def _update_back_button(self) -> None:
        if self.page_history:
            tip = tr("Back to %1 (Alt+Left)").replace("%1", self.page_history[-1][2])
        else:
            tip = tr("Back to the list (Alt+Left)")
        self.back_button.setToolTip(tip)

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        if self.current_page() is not None:
            self.show_view(item.data(Qt.ItemDataRole.UserRole))

    def current_page(self) -> QWidget | None:
        """The record page in view, or None when a list or another view is shown."""
        if self.stack.currentWidget() is self.record_holder:
            return self.record_widget
        return None

    def current_list(self) -> ListView | None:
        widget = self.stack.currentWidget()
        return widget if _is_list(widget) else None

    def _resolve_entity(self, entity: str, record_id: int) -> str:
        """'organisation' from search or a page becomes 'initiative' or 'partner'."""
        if entity != "organisation":
            return entity
        with self.db.session_scope(write=False) as session:
            org = records.get(session, Organisation, record_id)
            return "initiative" if org.kind == "initiative" else "partner"

    def open_record(self, entity: str, record_id: int, remember: bool = True) -> None:
        """Show a record: its page where one exists, else its row in the list.

        A page opened from another page remembers that one (``remember``), so Back
        goes to the initiative the person was opened from, not to the list.
        """
        try:
            entity = self._resolve_entity(entity, record_id)
        except NotFoundError:
            from ui.editing import gone_sentence

            QMessageBox.information(self, tr("Open record"), gone_sentence())
            self._data_changed()  # the dashboard or list still showed it
            return
        except LiaisonError as exc:
            QMessageBox.information(self, tr("Open record"), core_text(exc))
            return
        if entity in PAGE_ENTITIES:
            from ui.pages import RecordPage  # loaded on first use: start-up stays quick

            try:
                page = RecordPage(self.db, entity, record_id)
            except LiaisonError as exc:
                QMessageBox.information(self, tr("Open record"), core_text(exc))
                return
            self._adopt_page(page)
            page.recordDeleted.connect(
                lambda ent, rid, p=page: self._page_record_deleted(p, ent, rid)
            )
            previous = self.current_page()
            if remember and previous is not None and self.record_view:
                key = (self.record_view, int(getattr(previous, "record_id", 0)))
                if key != (entity, record_id):
                    title = getattr(getattr(previous, "title", None), "text", lambda: "")()
                    self.page_history.append((*key, title))
            self.record_view = entity
            self._show_record_widget(page)
            self._update_back_button()
            self.focus_view()  # the officer goes on in the page, not in the list behind it
            return
        view = self.show_view(entity)
        if _is_list(view) and not view.select_id(record_id):
            # filtered out: clear the quick filter and look again
            view.search.clear()
            view.model.set_text("")
            if view.select_id(record_id):
                view.show_detail_now()
        elif _is_list(view):
            view.show_detail_now()

    def _adopt_page(self, page: QWidget, links: bool = True) -> None:
        """Wire a record page (ui.pages) into the window: links, undo, refreshes.

        Pages inside a list's detail pane reach ``open_record`` through the list.
        """
        if hasattr(page, "undo_stack"):
            page.undo_stack = self.undo_stack
        if links and hasattr(page, "openRecord"):
            page.openRecord.connect(self.open_record)
        if hasattr(page, "recordChanged"):
            page.recordChanged.connect(lambda *_: self._lists_changed())
        if hasattr(page, "recordDeleted"):
            page.recordDeleted.connect(lambda *_: self._lists_changed())

    def _lists_changed(self) -> None:
        """A page changed data: re-read the lists (ids only) later, not in the page's slot."""
        QTimer.singleShot(0, self._data_changed)

    def _show_record_widget(self, widget: QWidget) -> None:
        layout = self.record_holder.layout()
        if self.record_widget is not None:
            layout.removeWidget(self.record_widget)
            self.record_widget.hide()  # not painted under the new page until it is deleted
            self.record_widget.deleteLater()
        self.record_widget = widget
        layout.addWidget(widget)
        self.stack.setCurrentWidget(self.record_holder)
        # The navigation marks the kind of record shown (not the view it was opened
        # from), and New, Edit and Delete act on this page.
        keys = [k for k, _e in VIEWS]
        if self.record_view in keys:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(keys.index(self.record_view))
            self.nav.blockSignals(False)
        for action in (self.act_new, self.act_edit, self.act_delete):
            action.setEnabled(True)

    def _page_record_deleted(self, page: QWidget, entity: str, record_id: int) -> None:
        """The page's own record went to the trash: back to the list, saying how to undo."""
        if self.current_page() is not page:
            return
        self.go_back()
        self.statusBar().showMessage(
            tr("%1 moved to the trash. Press Ctrl+Z to undo.").replace(
                "%1", counted(self.record_view or entity, 1)
            ),
            8000,
        )

    def focus_view(self) -> None:
        """Focus the list or record page in view (after Esc in the search field)."""
        view = self.current_list()
        if view is not None:
            view.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = self.current_page() or self.stack.currentWidget()
        if widget is None:
            return
        # the first widget inside the view that takes the focus (a page's tabs, a card)
        candidate = widget.nextInFocusChain()
        while candidate is not widget and candidate is not None:
            if (
                widget.isAncestorOf(candidate)
                and candidate.isVisible()
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "reload"):
            page.reload()  # F5 on a record page shows a colleague's changes
            return
        key = self.current_view
        if key in self.views:
            self._load(key, self.views[key])

    def _data_changed(self) -> None:
        """Something was written: reload the views already built (cheap: ids only)."""
        for key, widget in self.views.items():
            self._load(key, widget)

    # --- record actions ---------------------------------------------------

    def new_record(self) -> None:
        view = self.current_list()
        if view is None and self.current_page() is not None and self.record_view:
            view = self.show_view(self.record_view)  # a new one of the kind in view
            view = view if _is_list(view) else None
        if view is None:
            return
        prefill: dict[str, Any] = {}
        if view.entity == "initiative":
            prefill["kind"] = "initiative"
        elif view.entity == "partner":
            prefill["kind"] = "fund"
        from ui.editing import edit_record

        new_id = edit_record(self.db, RECORD_CLASS[view.entity], None, self, **prefill)
        if new_id:
            self._data_changed()
            view.select_id(int(new_id))

    def edit_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "edit"):
            page.edit()
            return
        view = self.current_list()
        if view is not None and view.selected_ids():
            self.edit_record(view.entity, view.selected_ids()[0])

    def edit_record(self, entity: str, record_id: int) -> bool:
        """Open the record's edit form (ui.editing); True when it was saved."""
        from ui.editing import edit_record

        saved = edit_record(self.db, RECORD_CLASS[entity], record_id, self)
        # also when cancelled: after the stale-edit dialog's "reload" the row and its
        # detail show the colleague's values, as the form did
        view = self.views.get(entity)
        if _is_list(view):
            view.model.forget([record_id])
            view.show_detail_now()
        return bool(saved)

    def delete_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "delete"):
            page.delete()
            return
        view = self.current_list()
        if view is not None and view.selected_ids():
            self.delete_records(view.entity, view.selected_ids())

    def delete_records(self, entity: str, ids: list[int]) -> bool:
        """Move records to the trash as one undoable step (Ctrl+Z brings them back).

        One transaction for the whole selection. A few records go at once; more
        (a Ctrl+A, Delete: seconds of work) go in a worker behind a progress bar
        that can stop them, and True then means the delete is under way.
        """
        from liaison.services import editing
        from ui.editing import DeleteGroup, delete_title_error, gone_sentence

        kind = RECORD_CLASS[entity]
        what = entity_label(entity, plural=len(ids) > 1).lower()
        if len(ids) > CONFIRM_DELETE_OVER:  # Ctrl+A, Delete: the whole list, seconds of work
            answer = QMessageBox.question(
                self,
                tr("Move to the trash"),
                tr("Move %1 to the trash? Ctrl+Z brings them back.").replace(
                    "%1", counted(entity, len(ids))
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False

        def work(progress: Any = None) -> list[Any]:
            with self.db.session_scope() as s:
                return editing.delete_records(s, kind, ids, progress)

        def deleted(trashed: list[Any]) -> bool:
            if trashed:
                group = DeleteGroup(self.db, kind, trashed, tr("Delete %1").replace("%1", what))
                group.list_key, group.chosen = entity, list(ids)  # Ctrl+Z selects them again
                self.undo_stack.push(group)
                self.statusBar().showMessage(
                    tr("%1 moved to the trash. Press Ctrl+Z to undo.").replace(
                        "%1", counted(entity, len(trashed))
                    ),
                    8000,
                )
            else:  # a colleague removed them meanwhile
                QMessageBox.information(self, delete_title_error(), gone_sentence())
            self._data_changed()  # what a colleague removed meanwhile leaves the list too
            return len(trashed) == len(ids)

        if len(ids) <= IN_PLACE_RECORDS:
            try:
                return deleted(work())
            except LiaisonError as exc:
                QMessageBox.warning(self, delete_title_error(), core_text(exc))
                self._data_changed()
                return False
        self.delete_op = run_with_progress(
            self,
            tr("Move to the trash"),
            tr("Moving %1 to the trash…").replace("%1", counted(entity, len(ids))),
            work,
            deleted,
            cancel_text=tr("Stop"),
            after_failure=self._data_changed,
        )
        return True

    def undo(self) -> bool:
        """Undo the last delete (records come back from the trash).

        The undo of many records runs in a worker behind a progress bar; True
        then means it is under way.
        """
        from liaison.services import editing
        from ui.editing import DeleteGroup

        if not self.undo_stack.canUndo():
            return False
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, DeleteGroup) and len(command.trashed) > IN_PLACE_RECORDS:

            def work(progress: Any) -> list[Any]:
                with self.db.session_scope() as s:
                    return editing.restore_records(s, command.entity, command.trashed, progress)

            def restored(refused: list[Any]) -> None:
                command.restored_by(refused)
                self._undone(command)

            self.undo_op = run_with_progress(
                self,
                tr("Undo"),
                tr("Bringing %1 back from the trash…").replace(
                    "%1", counted(command.entity, len(command.trashed))
                ),
                work,
                restored,
                cancel_text=tr("Stop"),
            )
            return True
        return self._undone(command)

    def _undone(self, command: Any) -> bool:
        """Let the stack undo ``command`` (its restore may already have run) and say so."""
        steps = [command, *getattr(command, "steps", ())]
        try:
            self.undo_stack.undo()
        except LiaisonError as exc:
            QMessageBox.warning(self, tr("Undo"), core_text(exc))
            return False
        self._data_changed()
        view = self.views.get(getattr(command, "list_key", ""))
        if _is_list(view):  # the records that came back are the ones selected again
            for record_id in getattr(command, "chosen", ()):
                if view.select_id(record_id):
                    break
        if any(getattr(step, "failure", None) for step in steps):
            # A colleague changed or purged the record meanwhile: the step said why
            # in a message of its own; there is no restore to announce.
            return False
        self.statusBar().showMessage(tr("Restored from the trash."), 5000)
        return True

    def quick_log(self) -> None:
        prefill: Any = None
        view = self.current_list()
        if view is not None and view.selected_ids() and view.entity in PAGE_ENTITIES:
            prefill = (view.entity, view.selected_ids()[0])
        elif view is not None and view.selected_ids() and view.entity == "commitment":
            # a call about this support: with its initiative and its partner
            row = view.model.record(view.model.row_of(view.selected_ids()[0]))
            prefill = [
                ("organisation", int(row[key]))
                for key in ("initiative_id", "partner_id")
                if row.get(key) is not None
            ]
        elif self.stack.currentWidget() is self.record_holder and self.record_widget is not None:
            entity = getattr(self.record_widget, "entity", None)
            record_id = getattr(self.record_widget, "record_id", None)
            if entity and record_id:
                prefill = (entity, int(record_id))
        from ui.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.db, self, prefill)
        if dialog.exec():
            self._data_changed()
            page = self.current_page()
            if page is not None and hasattr(page, "reload"):
                page.reload()  # its contact log shows the new contact at once
            self.statusBar().showMessage(tr("Contact logged."), 5000)

    # --- dialogs ----------------------------------------------------------

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        if dialog.exec():
            self.apply_settings(dialog)

    def apply_settings(self, dialog: Any) -> None:
        """After the settings dialog: new officer name, language, maybe a new database."""
        from ui import app as app_module

        changed_db = dialog.database_changed()
        if dialog.language_changed():
            app_module.apply_language(dialog.language())
        if changed_db:
            QMessageBox.information(
                self,
                tr("Settings"),
                tr("Liaison will use the new database the next time it starts."),
            )
        self.db.officer = dialog.officer() or self.db.officer
        if dialog.language_changed():
            self.retranslate()
        else:
            self.update_status()
            self._data_changed()

    def retranslate(self) -> None:
        """Rebuild every widget in the newly chosen language, keeping the current view."""
        key = self.current_view
        self.save_state()
        for view in self.views.values():
            view.deleteLater()
        self.views.clear()
        for action in self._own_actions:  # other areas' actions stay (see menusRebuilt)
            self.removeAction(action)
            action.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.search.popup.deleteLater()
        self.statusBar().removeWidget(self.db_label)
        self.statusBar().removeWidget(self.officer_label)
        self.setWindowTitle(tr("Liaison"))
        self._build()
        self.show_view(key)
        self.menusRebuilt.emit()

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (F1): the keys of every menu, then those of lists and forms."""
        from ui.shortcuts_dialog import ShortcutsDialog

        actions = [
            action
            for top in self.menuBar().actions()
            if (menu := top.menu()) is not None
            for action in menu.actions()
        ]
        self.shortcuts_dialog = ShortcutsDialog(actions, self)
        self.shortcuts_dialog.show()

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Liaison"),
            tr(
                "Liaison keeps the relationships between civic initiatives, their partners "
                "and the municipality warm: contact log, support and renewals, signals."
            ),
        )


def process_events_until(predicate: Callable[[], bool], timeout_ms: int = 10_000) -> bool:
    """Spin the event loop until ``predicate`` holds (self-test, screenshots)."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not predicate():
        if timer.elapsed() > timeout_ms:
            return False
        QCoreApplication.processEvents()
        QTimer.singleShot(0, lambda: None)
    return True
