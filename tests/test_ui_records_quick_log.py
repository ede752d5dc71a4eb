"""Quick log, keyboard only: channel, organisation, person, summary, follow-up, Enter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from liaison.services import relations
from liaison.storage.db import Database
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
