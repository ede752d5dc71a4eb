"""The main window: navigation, remembered state, search, dashboard links, delete/undo, trash."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_shell_data import filled, shell_env, window  # noqa: F401

from ui.dashboard import Dashboard
from ui.main_window import VIEWS, MainWindow
from ui.views.list_view import ListView
from ui.views.trash_view import TrashView


def test_navigation_shows_every_view(window, qtbot):
    for row, (key, entity) in enumerate(VIEWS):
        window.nav.setCurrentRow(row)
        widget = window.stack.currentWidget()
        assert window.current_view == key
        if key == "today":
            assert isinstance(widget, Dashboard)
        elif key == "trash":
            assert isinstance(widget, TrashView)
        else:
            assert isinstance(widget, ListView) and widget.entity == entity
    window.view_actions["partner"].trigger()
    assert window.current_list().entity == "partner"
    assert window.current_list().model.rowCount() == 3


def test_status_bar_names_database_and_officer(window, filled):
    db, _ids = filled
    assert str(db.path) in window.db_label.text()
    assert "Tester" in window.officer_label.text()


def test_geometry_view_and_columns_are_remembered(window, filled, qtbot):
    db, _ids = filled
    window.resize(1111, 777)
    people = window.show_view("person")
    people.table.horizontalHeader().resizeSection(1, 333)
    window.close()
    again = MainWindow(db)
    qtbot.addWidget(again)
    again.start()
    assert again.current_view == "person"
    # Qt fits a restored geometry to the (offscreen) screen: compare with Qt's own restore
    from PySide6.QtWidgets import QMainWindow

    from ui import prefs

    saved = prefs.qsettings().value("window/geometry")
    plain = QMainWindow()
    plain.setMinimumSize(again.minimumSize())
    assert plain.restoreGeometry(saved)
    assert again.size() == plain.size()
    assert (again.width(), again.height()) != (1280, 800)  # not the first-start default
    assert again.current_list().table.horizontalHeader().sectionSize(1) == 333


def test_global_search_groups_results_and_opens_the_record(window, filled, qtbot):
    _db, ids = filled
    window.show_view("partner")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or window.search is window.focusWidget() or True
    qtbot.keyClicks(window.search, "Voedsel")
    qtbot.waitUntil(lambda: window.search.popup.isVisible(), timeout=3000)
    tree = window.search.popup.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Initiatives" in groups
    assert window.search.popup.hit_count() >= 1
    opened = []
    window.search.openRecord.connect(lambda e, i: opened.append((e, i)))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert opened[0] == ("initiative", ids["food"])
    assert not window.search.popup.isVisible()
    assert window.search.text() == ""


def test_search_finds_nothing_politely(window, qtbot):
    window.search.setText("qqqzzzxx")
    window.search.run_search()
    assert window.search.popup.hit_count() == 0
    assert "Nothing found" in window.search.popup.tree.topLevelItem(0).text(0)


def test_dashboard_lines_open_their_records(window, filled, qtbot):
    _db, ids = filled
    dashboard = window.view("today")
    assert dashboard.data is not None
    assert ("initiative", ids["food"]) in dashboard.renewals.targets()
    assert ("interaction", ids["interaction"]) in dashboard.follow_ups.targets()
    fragile = [record_id for _entity, record_id in dashboard.fragile.targets()]
    assert ids["food"] in fragile
    # municipal support counts as contact: Digitale Buddies is not flagged
    flagged = [rid for _e, rid in dashboard.no_municipal.targets()]
    assert ids["food"] in flagged and ids["buddies"] not in flagged
    item = dashboard.follow_ups.list.item(0)
    dashboard.follow_ups.list.itemActivated.emit(item)
    view = window.current_list()
    assert view is not None and view.entity == "interaction"
    assert view.selected_ids() == [ids["interaction"]]
    dashboard.renewals.list.itemActivated.emit(dashboard.renewals.list.item(0))
    shown = window.stack.currentWidget()
    if shown is window.record_holder:  # a record page from ui.pages
        assert window.record_widget.record_id == ids["food"]
    else:
        assert window.current_list().selected_ids() == [ids["food"]]
    assert dashboard.support_view is not None and dashboard.district_view is not None


def test_delete_goes_to_trash_and_ctrl_z_brings_it_back(window, filled, qtbot):
    _db, ids = filled
    people = window.show_view("person")
    assert people.select_id(ids["gerrit"])
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    assert ids["gerrit"] not in people.model.ids()
    trash = window.view("trash")
    assert [i.record_id for i in trash.model.items] == [ids["gerrit"]]
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert ids["gerrit"] in people.model.ids()
    assert trash.model.items == []


def test_trash_restores_with_what_went_with_it(window, filled, qtbot):
    _db, ids = filled
    window.delete_records("initiative", [ids["food"]])
    support = window.view("commitment")
    assert ids["commitment"] not in support.model.ids()  # its support went along
    trash = window.show_view("trash")
    trash.table.selectRow(0)
    restored = trash.restore_selected()
    assert [(i.kind, i.record_id) for i in restored] == [("initiative", ids["food"])]
    assert ids["food"] in window.view("initiative").model.ids()
    assert ids["commitment"] in support.model.ids()


def test_search_results_go_away_when_the_user_clicks_elsewhere(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    window.focus_search()
    window.search.setText("Voedsel")
    window.search.run_search()
    assert window.search.popup.isVisible()
    view = window.show_view("initiative")
    view.table.setFocus()
    qtbot.waitUntil(lambda: not window.search.popup.isVisible(), timeout=3000)


def test_delete_and_undo_with_the_keyboard_only(window, filled, qtbot):
    _db, ids = filled
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Initiatives
    view = window.current_list()
    assert view is not None and view.entity == "initiative"
    assert view.select_id(ids["meals"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ids["meals"] not in view.model.ids()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids["meals"] in view.model.ids()


def test_a_long_card_shows_its_first_lines_and_the_true_total(qtbot):
    from ui.dashboard import MAX_ITEMS, Card

    card = Card("follow_ups", "Overdue follow-ups", "Nothing overdue.")
    qtbot.addWidget(card)
    lines = [(f"line {n}", "interaction", n, "") for n in range(MAX_ITEMS)]
    card.set_items(lines, total=MAX_ITEMS + 300)  # the service read only the first lines
    assert card.title.text().endswith(f"({MAX_ITEMS + 300})")
    assert card.list.count() == MAX_ITEMS + 1
    assert card.list.item(MAX_ITEMS).text() == "… and 300 more"


def colleague_restores_and_edits(db, person_id: int, *, then_delete: bool = False) -> None:
    """Another officer, in a process of their own, takes the person out of the trash and edits."""
    from liaison.services import records
    from liaison.storage.db import open_database
    from liaison.storage.models import Person

    colleague = open_database(db.path, create=False, officer="Colleague")
    try:
        with colleague.session_scope() as s:
            person = records.restore(s, Person, person_id)
            records.update(s, Person, person.id, person.version, notes="Verhuisd")
            if then_delete:
                records.delete(s, Person, person.id)
    finally:
        colleague.close()


def test_a_refused_undo_does_not_claim_a_restore(window, filled, qtbot):

    db, ids = filled
    people = window.show_view("person")
    assert people.select_id(ids["gerrit"])
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    # a colleague restores, edits and deletes the person again before our Ctrl+Z
    colleague_restores_and_edits(db, ids["gerrit"], then_delete=True)
    window.statusBar().clearMessage()
    assert window.undo() is False
    assert window.statusBar().currentMessage() == ""
    assert ids["gerrit"] not in people.model.ids()
    for box in window.findChildren(QMessageBox):
        box.close()


def test_a_group_delete_whose_undo_is_partly_refused_leaves_the_stack(window, filled, qtbot):
    from liaison.storage.models import Person

    db, ids = filled
    people = window.show_view("person")
    assert window.delete_records("person", [ids["gerrit"], ids["aicha"]])
    assert window.undo_stack.count() == 1  # one step for both
    colleague_restores_and_edits(db, ids["gerrit"])  # before our Ctrl+Z
    assert window.undo() is False  # refused for Gerrit, said in a message
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "Gerrit" in boxes[0].text()
    assert ids["aicha"] in people.model.ids()  # the other one came back
    assert ids["gerrit"] in people.model.ids()  # as the colleague left him
    # No redo: it would delete again what the colleague restored and changed.
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
    with db.session_scope(write=False) as s:
        assert s.get(Person, ids["gerrit"]).notes == "Verhuisd"
    for box in window.findChildren(QMessageBox):
        box.close()


def test_a_group_delete_is_undone_and_redone_as_one_step(window, filled, qtbot):
    _db, ids = filled
    people = window.show_view("person")
    assert window.delete_records("person", [ids["gerrit"], ids["aicha"]])
    assert not {ids["gerrit"], ids["aicha"]} & set(people.model.ids())
    assert window.undo() is True
    assert {ids["gerrit"], ids["aicha"]} <= set(people.model.ids())
    window.undo_stack.redo()
    window._data_changed()
    assert not {ids["gerrit"], ids["aicha"]} & set(people.model.ids())


def test_f1_lists_the_keyboard_shortcuts_the_window_answers_to(window, qtbot):
    from PySide6.QtCore import Qt

    from ui.shortcuts_dialog import ShortcutsDialog

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows)
    assert rows["Ctrl+L"] == "Log a contact" and rows["Ctrl+1"] == "Today"
    assert rows["F2"] == "Edit"
    assert rows["Del"] == "Move the selected rows to the trash (in a list)"  # not on a page
    assert len(rows) == len(dialog.rows)  # one line per key
    dialog.close()
