"""QA of the edit forms as an officer uses them: keyboard first, typed text never lost."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from ui_shell_data import filled, shell_env  # noqa: F401

from ui.editing import make_form


@pytest.fixture(autouse=True)
def never_ask_on_teardown(qtbot):  # type: ignore[no-untyped-def]
    """A failed test must not leave a dirty form whose close() would ask and block."""
    yield
    from ui.editing.forms import RecordForm

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordForm):
            widget._baseline = widget.values()
            widget.hide()


def _shown(qtbot, form):  # type: ignore[no-untyped-def]
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=3000)
    return form


def test_a_new_form_opens_with_the_cursor_in_its_first_field(filled, qtbot):
    """Ctrl+N, then type the name: the text lands in Name (it went to the Save button)."""
    db, _ids = filled
    form = _shown(qtbot, make_form(db, "initiative", None))
    name = form.fields["name"].widget
    assert QApplication.focusWidget() is name
    qtbot.keyClicks(QApplication.focusWidget(), "Buurttuin Oost")
    assert name.text() == "Buurttuin Oost"
    form._baseline = form.values()


def test_tab_runs_through_the_fields_before_the_buttons(filled, qtbot):
    db, ids = filled
    form = _shown(qtbot, make_form(db, "person", ids["gerrit"]))
    seen = []
    for _ in range(len(form.fields) + 2):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    first_button = next(i for i, w in enumerate(seen) if isinstance(w, QPushButton))
    fields = [f.widget for f in form.fields.values()]
    assert seen[:first_button] == fields


def test_saving_a_record_a_colleague_trashed_says_so_and_keeps_the_typing(filled, qtbot):
    """Not 'There is no organisation with id 1.': who did what, and that nothing is lost."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from liaison.services import records
    from liaison.storage.db import open_database
    from liaison.storage.models import Organisation

    db, ids = filled
    form = _shown(qtbot, make_form(db, "organisation", ids["food"]))
    form.fields["phone"].widget.setText("010 123 4567")
    colleague = open_database(db.path, officer="Sanne")
    try:
        with colleague.session_scope() as s:
            records.delete(s, Organisation, ids["food"])
    finally:
        colleague.close()
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    saved = form.save()
    visible, phone = form.isVisible(), form.fields["phone"].widget.text()
    form._baseline = form.values()
    form.hide()
    assert saved is False
    assert said and "moved this record to the trash" in said[0]
    assert visible and phone == "010 123 4567"


def test_the_stale_edit_dialog_reads_as_dutch_for_every_kind_of_record(filled, qtbot):
    """'heeft deze contactmoment opgeslagen nadat u hem opende' (de/het and gender wrong)."""
    from PySide6.QtWidgets import QLabel

    from liaison.errors import StaleRecordError
    from ui import i18n
    from ui.editing.stale import StaleDialog

    i18n.install("nl")
    try:
        for entity in ("organisation", "person", "commitment", "interaction"):
            exc = StaleRecordError("changed", current={"summary": "x", "updated_by": "Sanne"})
            dialog = StaleDialog(entity, exc, {"summary": "y"}, {"summary": "z"}, lambda f, v: v)
            qtbot.addWidget(dialog)
            intro = dialog.findChildren(QLabel)[0].text()
            assert intro.startswith("Sanne heeft ")
            assert " hem " not in intro and " deze contact" not in intro
    finally:
        i18n.install("en")


def test_esc_with_a_name_typed_but_not_chosen_asks(filled, qtbot):
    """Typing 'Anna de' into People and pressing Esc closed the form without a word."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    db, ids = filled
    form = _shown(qtbot, make_form(db, "interaction", ids["interaction"]))
    assert not form.is_dirty()
    people = form.fields["people"].widget
    people.edit.setText("Anna de")
    asked: list[str] = []

    def keep_editing() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, keep_editing)
            return
        asked.append(box.text())
        stay = QMessageBox.ButtonRole.RejectRole  # "Keep editing"
        next(b for b in box.buttons() if box.buttonRole(b) == stay).click()

    QTimer.singleShot(20, keep_editing)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    visible, typed = form.isVisible(), people.edit.text()
    people.edit.clear()
    form._baseline = form.values()
    assert asked and visible and typed == "Anna de"


def test_the_form_is_titled_after_an_initiative_or_a_partner(filled, qtbot):
    """Ctrl+N in Initiatives opened 'New organisation': the officer's word is initiative."""
    db, ids = filled
    titles = {}
    for key, entity, record_id in (
        ("new initiative", "initiative", None),
        ("new partner", "partner", None),
        ("edit initiative", "organisation", ids["food"]),
        ("edit partner", "organisation", ids["fund"]),
    ):
        form = make_form(db, entity, record_id)
        qtbot.addWidget(form)
        titles[key] = form.windowTitle()
    assert titles == {
        "new initiative": "New initiative",
        "new partner": "New partner",
        "edit initiative": "Edit initiative",
        "edit partner": "Edit partner",
    }
