"""Quick log, keyboard only: channel, organisation, person, summary, follow-up, Enter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison.services import records, relations
from liaison.storage.db import Database
from liaison.storage.models import Organisation, Person
from tests.ui_records_world import english_ui, make_world  # noqa: F401 - autouse fixture
from ui.quick_log import QuickLogDialog


@pytest.fixture(autouse=True)
def never_block_on_teardown(qtbot):  # type: ignore[no-untyped-def]
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QuickLogDialog):
            widget.summary.clear()
            widget.notes.clear()
            widget.hide()


def focus(dialog: QuickLogDialog):  # type: ignore[no-untyped-def]
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, dialog: QuickLogDialog, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focus(dialog), key)


def type_text(qtbot, dialog: QuickLogDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(dialog), text)


def test_keyboard_only_flow_saves_interaction(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    dialog = QuickLogDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert focus(dialog) is dialog.channel
    type_text(qtbot, dialog, "v")  # first letter picks "Visit"
    assert dialog.channel.currentData() == "visit"
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert focus(dialog) is dialog.organisations.edit
    type_text(qtbot, dialog, "buurtk")
    press(qtbot, dialog, Qt.Key.Key_Return)  # takes the first match, stays for more
    assert dialog.organisations.ids() == [ids["ini"]]
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert focus(dialog) is dialog.people.edit
    type_text(qtbot, dialog, "ayse")
    press(qtbot, dialog, Qt.Key.Key_Tab)  # Tab takes the match and moves on
    assert dialog.people.ids() == [ids["ayse"]]
    assert focus(dialog) is dialog.summary
    type_text(qtbot, dialog, "Subsidie besproken")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert focus(dialog) is dialog.follow_up.edit
    type_text(qtbot, dialog, "+7")
    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter saves
    assert dialog.saved_id is not None
    assert not dialog.isVisible()
    with db.session_scope(write=False) as s:
        row = relations.interaction_row(s, dialog.saved_id)
    assert row.channel == "visit" and row.summary == "Subsidie besproken"
    assert [o.id for o in row.organisations] == [ids["ini"]]
    assert [p.id for p in row.people] == [ids["ayse"]]
    assert row.follow_up_on == dt.date.today() + dt.timedelta(days=7)
    assert row.officer == "Tester"


def test_prefilled_with_record_in_view_and_refuses_incomplete(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    dialog = QuickLogDialog(db, None, ("person", ids["gerrit"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.people.ids() == [ids["gerrit"]]
    assert dialog.organisations.ids() == []
    # no summary, and a name typed but not chosen: refused with reasons, nothing saved
    qtbot.keyClicks(dialog.organisations.edit, "nobody here")
    assert dialog.save() is False
    assert dialog.isVisible() and dialog.saved_id is None
    assert "nobody here" in dialog.message.text()
    dialog.organisations.edit.clear()
    dialog.summary.setText("Gebeld over vrijwilligers")
    dialog.follow_up.edit.setText("1-1-2000")  # before the contact itself
    assert dialog.save() is False
    dialog.follow_up.edit.clear()
    assert dialog.save() is True
    with db.session_scope(write=False) as s:
        rows = relations.interactions_of(s, "person", ids["gerrit"])
    assert [r.summary for r in rows] == ["Gebeld over vrijwilligers"]


def test_prefill_accepts_list_names(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    dialog = QuickLogDialog(db, None, ("initiative", ids["ini"]))
    qtbot.addWidget(dialog)
    assert dialog.organisations.ids() == [ids["ini"]]


def enter_new_org_and_person(qtbot, dialog: QuickLogDialog) -> None:  # type: ignore[no-untyped-def]
    """Keys only: Call, a new organisation (kind Other), a new person, a summary."""
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog, "c")  # Call
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert not dialog.new_kind.isVisible()  # no new organisation yet: no kind to choose
    type_text(qtbot, dialog, "Repair Cafe Zuid")
    dialog.organisations.refresh()  # what the typing pause does
    last = dialog.organisations.model.rowCount() - 1
    assert dialog.organisations.model.index(last, 0).data() == "New: Repair Cafe Zuid"
    press(qtbot, dialog, Qt.Key.Key_Return)  # nothing else matches: Enter takes "New: …"
    assert dialog.organisations.new_names() == ["Repair Cafe Zuid"]
    assert dialog.organisations.ids() == [] and dialog.organisations.pending_text() == ""
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert focus(dialog) is dialog.new_kind and dialog.new_kind.isVisible()
    assert dialog.new_kind.currentData() == "initiative"  # the default
    type_text(qtbot, dialog, "o")  # Other
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert focus(dialog) is dialog.people.edit
    type_text(qtbot, dialog, "Karim el Idrissi")
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.people.new_names() == ["Karim el Idrissi"]
    hint = dialog.people._chips[-1].toolTip()  # the split is shown before saving
    assert "“Karim”" in hint and "“el”" in hint and "“Idrissi”" in hint
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert focus(dialog) is dialog.summary
    type_text(qtbot, dialog, "Kennismaking")


def test_keyboard_only_with_new_organisation_and_person(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    make_world(db)
    dialog = QuickLogDialog(db)
    qtbot.addWidget(dialog)
    enter_new_org_and_person(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter saves
    assert dialog.saved_id is not None and not dialog.isVisible()
    with db.session_scope(write=False) as s:
        row = relations.interaction_row(s, dialog.saved_id)
        assert row.channel == "call"
        assert [o.name for o in row.organisations] == ["Repair Cafe Zuid"]
        assert [p.name for p in row.people] == ["Karim el Idrissi"]
        org = records.get(s, Organisation, row.organisations[0].id)
        person = records.get(s, Person, row.people[0].id)
        assert org.kind == "other"
        assert (person.given_name, person.infix, person.family_name) == ("Karim", "el", "Idrissi")
        for obj in (org, person):
            assert "create" in {e.action for e in records.history(s, obj)}


def test_tab_on_unknown_name_does_not_create(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    make_world(db)
    dialog = QuickLogDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisations.edit, "Nergens")
    qtbot.keyClick(dialog.organisations.edit, Qt.Key.Key_Tab)
    assert dialog.organisations.refs() == [] and dialog.organisations.pending_text() == "Nergens"
    # an exact existing name is not offered as new
    dialog.organisations.edit.setText("Oranje Fonds")
    dialog.organisations.refresh()
    names = [dialog.organisations.model.index(r, 0).data() for r in range(2)]
    assert names[0] == "Oranje Fonds" and names[1] is None


def test_cancel_creates_nothing(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    make_world(db)
    dialog = QuickLogDialog(db)
    qtbot.addWidget(dialog)
    enter_new_org_and_person(qtbot, dialog)
    asked: list[str] = []

    def discard() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, discard)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    QTimer.singleShot(20, discard)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible() and dialog.saved_id is None
    with db.session_scope(write=False) as s:
        assert relations.complete_organisations(s, "repair") == []
        assert relations.complete_people(s, "idrissi") == []


def test_chips_are_never_squeezed(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    dialog = QuickLogDialog(db, None, ("organisation", ids["ini"]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name in ("Repair Cafe Zuid Rotterdam", "Stichting Nog Een Lange Naam"):
        qtbot.keyClicks(dialog.organisations.edit, name)
        qtbot.keyClick(dialog.organisations.edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    chips = dialog.organisations._chips
    assert len(chips) == 3
    for chip in chips:  # the dialog widens rather than clipping a name
        assert chip.width() >= chip.minimumSizeHint().width()
    assert dialog.organisations.edit.width() >= dialog.organisations.edit.minimumWidth() > 0


def test_many_chips_wrap_and_the_dialog_grows_instead_of_clipping(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    names = [f"Stichting Buurtpartner nummer {n}" for n in range(8)]
    with db.session_scope() as s:
        ids = [records.create(s, Organisation, name=name, kind="fund").id for name in names]
    dialog = QuickLogDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width, height = dialog.width(), dialog.height()
    for record_id, name in zip(ids, names, strict=True):
        dialog.organisations.add(relations.Ref("organisation", record_id, name))
    qtbot.waitUntil(lambda: dialog.height() > height)
    QApplication.processEvents()
    picker = dialog.organisations
    chips = picker._chips
    assert dialog.width() == width  # wrapped, not widened
    assert len({chip.y() for chip in chips}) >= 3  # on several lines
    for widget in (*chips, picker.edit):  # every chip and the field inside the picker…
        assert picker.rect().contains(widget.geometry()), widget
    bottom = picker.mapTo(dialog, picker.rect().bottomLeft()).y()
    assert bottom < dialog.summary.mapTo(dialog, dialog.summary.rect().topLeft()).y()
    assert dialog.notes.mapTo(dialog, dialog.notes.rect().bottomLeft()).y() <= dialog.height()


def test_a_persons_one_organisation_joins_the_contact_and_can_be_removed(
    qtbot, db: Database
) -> None:  # type: ignore[no-untyped-def]
    """A call logged with only the initiator did not count as contact with the initiative,
    so it stayed on the 'no contact in months' list."""
    ids = make_world(db)
    dialog = QuickLogDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.people.edit.setFocus()
    type_text(qtbot, dialog, "ayse")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.people.ids() == [ids["ayse"]]
    assert dialog.organisations.ids() == [ids["ini"]]  # her one organisation
    assert dialog.added_note.isVisible() and "Buurtkeuken Tarwewijk" in dialog.added_note.text()
    dialog.organisations.remove(dialog.organisations.refs()[0])  # not about the initiative
    assert dialog.organisations.ids() == [] and not dialog.added_note.isVisible()
    dialog.people.remove(dialog.people.refs()[0])
    dialog.people.edit.setFocus()
    type_text(qtbot, dialog, "ayse")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.organisations.ids() == []  # removed once: not added again


def test_no_organisation_is_guessed_for_a_person_without_one_or_a_chosen_one(
    qtbot, db: Database
) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    dialog = QuickLogDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.people.edit.setFocus()
    type_text(qtbot, dialog, "gerrit")  # no role anywhere
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.people.ids() == [ids["gerrit"]] and dialog.organisations.ids() == []
    prefilled = QuickLogDialog(db, prefill=("person", ids["ayse"]))  # from her page: as it is
    qtbot.addWidget(prefilled)
    assert prefilled.people.ids() == [ids["ayse"]] and prefilled.organisations.ids() == []
