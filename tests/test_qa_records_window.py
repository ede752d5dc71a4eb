"""QA of the main window around record pages: the menu's keys act on the page in view."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui_shell_data import filled, shell_env, window  # noqa: F401

from liaison.services import records
from liaison.storage.db import open_database
from liaison.storage.models import Organisation
from ui.editing.forms import RecordForm
from ui.main_window import VIEWS


def on_modal(act: Callable[[QWidget], None], seen: list[QWidget]) -> None:
    """Act on the next modal dialog once it is up (exec() blocks the test)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            seen.append(widget)
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def close_form(form: QWidget) -> None:
    if isinstance(form, RecordForm):
        form._baseline = form.values()
    form.done(0)  # type: ignore[attr-defined]


def open_page(window, qtbot, entity: str, record_id: int):  # type: ignore[no-untyped-def]
    window.open_record(entity, record_id)
    page = window.record_widget
    assert page is not None and page.wait_loaded()
    return page


def test_a_page_opened_from_the_trash_marks_its_own_list_and_the_list_is_one_click_away(
    window, filled, qtbot
):
    _db, ids = filled
    window.show_view("trash")
    open_page(window, qtbot, "organisation", ids["food"])
    initiatives = [k for k, _e in VIEWS].index("initiative")
    assert window.nav.currentRow() == initiatives  # not "Trash"
    # the marked row is clicked: the list shows (currentRowChanged never fired for it)
    item = window.nav.item(initiatives)
    qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(item).center(),
    )
    assert window.current_list() is not None
    assert window.current_list().entity == "initiative"


def test_f2_on_a_record_page_edits_that_record(window, filled, qtbot):
    _db, ids = filled
    window.show_view("today")
    open_page(window, qtbot, "organisation", ids["fund"])
    assert window.act_edit.isEnabled()
    seen: list[QWidget] = []
    on_modal(close_form, seen)
    window.act_edit.trigger()
    assert seen and isinstance(seen[0], RecordForm)
    assert seen[0].record_id == ids["fund"]


def test_ctrl_n_on_a_record_page_makes_a_new_record_of_its_kind(window, filled, qtbot):
    _db, ids = filled
    window.show_view("today")
    open_page(window, qtbot, "person", ids["gerrit"])
    seen: list[QWidget] = []
    on_modal(close_form, seen)
    window.act_new.trigger()
    assert seen and isinstance(seen[0], RecordForm)
    assert seen[0].entity == "person" and seen[0].record_id is None


def test_delete_on_a_record_page_goes_back_to_the_list_and_ctrl_z_brings_it_back(
    window, filled, qtbot
):
    _db, ids = filled
    view = window.show_view("initiative")
    open_page(window, qtbot, "initiative", ids["meals"])
    window.act_delete.trigger()  # Edit → Delete on the page
    assert window.current_list() is view  # not a page saying "no organisation with id 2"
    qtbot.waitUntil(lambda: ids["meals"] not in view.model.ids(), timeout=3000)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.act_undo.trigger()
    assert ids["meals"] in view.model.ids()


def test_f5_on_a_record_page_shows_what_a_colleague_saved(window, filled, qtbot):
    db, ids = filled
    page = open_page(window, qtbot, "initiative", ids["food"])
    colleague = open_database(db.path, officer="Sanne")
    try:
        with colleague.session_scope() as s:
            records.update(s, Organisation, ids["food"], None, name="Voedselbank Blijdorp-Noord")
    finally:
        colleague.close()
    window.act_refresh.trigger()
    qtbot.waitUntil(lambda: page.title.text() == "Voedselbank Blijdorp-Noord", timeout=3000)


def test_ctrl_l_on_a_record_page_shows_the_new_contact_on_the_page(window, filled, qtbot):
    """The contact was saved, but the page's contact log kept the old rows (as if lost)."""
    _db, ids = filled
    page = open_page(window, qtbot, "initiative", ids["food"])
    before = page.contacts.rowCount()

    def log(dialog: QWidget) -> None:
        dialog.summary.setText("Kerstactie besproken")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    seen: list[QWidget] = []
    on_modal(log, seen)
    window.act_quick_log.trigger()
    assert seen
    qtbot.waitUntil(lambda: page.contacts.rowCount() == before + 1, timeout=3000)
    assert "Kerstactie besproken" in [r.summary for r in page.contacts.rows]
    assert window.statusBar().currentMessage() == "Contact logged."


def test_esc_in_the_search_field_goes_back_to_the_list(window, filled, qtbot):
    """Ctrl+K, then Esc: the cursor stayed in the empty search field, arrows went nowhere."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view = window.show_view("person")
    view.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "Berg")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert view.table.hasFocus()


def test_esc_in_the_search_field_goes_back_to_the_record_page(window, filled, qtbot):
    _db, ids = filled
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page = open_page(window, qtbot, "initiative", ids["food"])
    window.focus_search()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)


def test_back_from_a_person_opened_on_an_initiative_page_returns_to_that_page(
    window, filled, qtbot
):
    """Back (Alt+Left) went straight to the list, losing the initiative the officer was on."""
    _db, ids = filled
    view = window.show_view("initiative")
    first = open_page(window, qtbot, "initiative", ids["food"])
    first.openRecord.emit("person", ids["gerrit"])  # a double-click on the People tab
    person = window.record_widget
    assert person.entity == "person" and person.wait_loaded()
    assert "Voedselbank Blijdorp" in window.back_button.toolTip()
    window.go_back()
    page = window.current_page()
    assert page is not None and page.entity == "organisation"
    assert page.record_id == ids["food"]
    window.go_back()
    assert window.current_list() is view


def test_the_page_left_is_not_drawn_under_the_next_one(window, filled, qtbot):
    """Both titles were painted on top of each other until the old page was deleted."""
    _db, ids = filled
    first = open_page(window, qtbot, "initiative", ids["food"])
    open_page(window, qtbot, "person", ids["gerrit"])
    assert not first.isVisible()


def test_deleting_what_a_colleague_already_trashed_says_so_and_drops_the_row(window, filled, qtbot):
    """Was: 'Cannot open the record — There is no organisation with id 4.', row kept."""
    from PySide6.QtWidgets import QMessageBox

    db, ids = filled
    view = window.show_view("partner")
    assert view.select_id(ids["fund"])
    colleague = open_database(db.path, officer="Sanne")
    try:
        with colleague.session_scope() as s:
            records.delete(s, Organisation, ids["fund"])
    finally:
        colleague.close()
    said: list[tuple[str, str]] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append((box.windowTitle(), box.text()))
        box.done(0)

    on_modal(note, [])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert said and said[0][0] == "Not deleted"
    assert "colleague" in said[0][1] and "id" not in said[0][1].split()
    assert ids["fund"] not in view.model.ids()


def _colleague_trashes(db, cls, record_id) -> None:  # type: ignore[no-untyped-def]
    colleague = open_database(db.path, officer="Sanne")
    try:
        with colleague.session_scope() as s:
            records.delete(s, cls, record_id)
    finally:
        colleague.close()


def test_opening_what_a_colleague_trashed_says_so_in_words(window, filled, qtbot):
    """Was 'There is no organisation with id 1.' (dashboard line) and the same for a
    person's page, which showed 'Record not available' with the id."""
    from PySide6.QtWidgets import QMessageBox

    from liaison.storage.models import Person

    db, ids = filled
    _colleague_trashes(db, Organisation, ids["food"])
    said: list[str] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.done(0)

    on_modal(note, [])
    window.open_record("organisation", ids["food"])
    assert said and "colleague" in said[0] and "id" not in said[0].split()
    _colleague_trashes(db, Person, ids["gerrit"])
    window.open_record("person", ids["gerrit"])
    page = window.record_widget
    assert page.wait_loaded()
    assert "colleague" in page.error.text() and "id" not in page.error.text().split()


def test_dutch_page_buttons_do_not_share_a_mnemonic_with_the_menus(window, filled, qtbot):
    """Alt+B on a Dutch page opened the Bestand menu, not the underlined '&Bewerken'.
    The page also said 'Contact loggen' where the menu says 'Contact vastleggen'."""
    from ui import i18n

    _db, ids = filled
    i18n.install("nl")
    try:
        window.retranslate()
        page = open_page(window, qtbot, "initiative", ids["food"])

        def mnemonic(text: str) -> str:
            return text[text.index("&") + 1].lower() if "&" in text else ""

        menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
        buttons = [page.edit_button, page.log_button, page.add_button, page.delete_button]
        for button in buttons:
            assert mnemonic(button.text()) not in menus, button.text()
        assert "vastleggen" in page.log_button.text().replace("&", "")
        assert "vastleggen" in window.act_quick_log.text().replace("&", "").lower()
    finally:
        i18n.install("en")


def test_ctrl_a_delete_asks_before_emptying_a_list(window, filled, qtbot):
    """Ctrl+A, Delete moved the whole contact log (3,000 records, seconds of work) to the
    trash without a question; No keeps everything, Yes moves them."""
    from PySide6.QtWidgets import QMessageBox

    from liaison.services import contact_log

    db, ids = filled
    with db.session_scope() as s:
        for n in range(12):
            contact_log.log_interaction(
                s,
                occurred_at=dt.datetime(2026, 1, 1 + n, 10, 0),
                channel="call",
                summary=f"Gebeld {n}",
                organisation_ids=[ids["food"]],
                person_ids=[],
            )
    view = window.show_view("interaction")
    view.table.setFocus()
    view.table.selectAll()
    count = len(view.selected_ids())
    assert count > 10
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            box.button(button).click()

        return act

    on_modal(answer(QMessageBox.StandardButton.No), [])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked and f"{count} contacts" in asked[0]  # not "13 contact log"
    assert view.model.rowCount() == count
    window.activateWindow()  # back from the question (offscreen: nothing is active)
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.table.setFocus()
    on_modal(answer(QMessageBox.StandardButton.Yes), [])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 2 and view.model.rowCount() == 0
    assert window.statusBar().currentMessage().startswith(f"{count} contacts moved")


def test_after_a_stale_edit_reload_and_cancel_the_page_shows_the_colleagues_version(
    window, filled, qtbot
):
    """The form showed the colleague's name after 'Reload', the page behind it the old one."""
    from ui.editing.stale import StaleDialog

    db, ids = filled
    page = open_page(window, qtbot, "initiative", ids["food"])
    steps: list[str] = []

    def in_form(form: QWidget) -> None:
        assert isinstance(form, RecordForm)
        colleague = open_database(db.path, officer="Sanne")
        try:
            with colleague.session_scope() as s:
                records.update(s, Organisation, ids["food"], None, name="Voedselbank Noord")
        finally:
            colleague.close()
        form.fields["description"].widget.setPlainText("Elke dinsdag open.")  # type: ignore[attr-defined]

        def in_stale() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, StaleDialog):
                QTimer.singleShot(20, in_stale)
                return
            steps.append("stale")
            dialog.reload_button.click()

        QTimer.singleShot(20, in_stale)
        form.save()  # type: ignore[attr-defined]
        steps.append(form.fields["name"].widget.text())  # type: ignore[attr-defined]
        form.reject()  # nothing left to lose: the reload dropped the edit

    on_modal(in_form, [])
    page.edit()
    assert steps == ["stale", "Voedselbank Noord"]
    qtbot.waitUntil(lambda: page.title.text() == "Voedselbank Noord", timeout=3000)


def test_after_a_stale_edit_reload_and_cancel_the_list_row_is_read_again(window, filled, qtbot):
    from ui.editing.stale import StaleDialog

    db, ids = filled
    view = window.show_view("partner")
    assert view.select_id(ids["fund"])
    row = view.model.row_of(ids["fund"])
    assert view.model.record(row)["name"] == "Oranje Fonds"

    def in_form(form: QWidget) -> None:
        colleague = open_database(db.path, officer="Sanne")
        try:
            with colleague.session_scope() as s:
                records.update(s, Organisation, ids["fund"], None, name="Oranje Fonds Rotterdam")
        finally:
            colleague.close()
        form.fields["phone"].widget.setText("010 123 4567")  # type: ignore[attr-defined]

        def in_stale() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, StaleDialog):
                QTimer.singleShot(20, in_stale)
                return
            dialog.reload_button.click()

        QTimer.singleShot(20, in_stale)
        form.save()  # type: ignore[attr-defined]
        form.reject()

    on_modal(in_form, [])
    assert window.edit_record("partner", ids["fund"]) is False
    assert view.model.record(view.model.row_of(ids["fund"]))["name"] == "Oranje Fonds Rotterdam"


def test_ctrl_l_on_a_support_row_logs_with_its_initiative_and_partner(window, filled, qtbot):
    """From the support list the quick log opened empty: both names had to be typed."""
    _db, ids = filled
    view = window.show_view("commitment")
    assert view.select_id(ids["commitment"])
    chosen: list[set[int]] = []

    def look(dialog: QWidget) -> None:
        chosen.append(set(dialog.organisations.ids()))  # type: ignore[attr-defined]
        dialog.done(0)  # type: ignore[attr-defined]

    on_modal(look, [])
    window.act_quick_log.trigger()
    assert chosen == [{ids["food"], ids["fund"]}]


def test_delete_outside_the_table_trashes_nothing(window, filled, qtbot):
    """Delete pressed in the detail pane (or a filter box) trashed the selected rows."""
    _db, ids = filled
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view = window.show_view("partner")
    assert view.select_id(ids["fund"])
    view.show_detail_now()
    from PySide6.QtWidgets import QPushButton

    open_button = view.detail.widget().findChildren(QPushButton)[0]
    open_button.setFocus()
    qtbot.keyClick(open_button, Qt.Key.Key_Delete)
    assert ids["fund"] in view.model.ids()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # in the table it still works
    assert ids["fund"] not in view.model.ids()
