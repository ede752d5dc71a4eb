"""Edit forms on a real database: Ctrl+S, validation, stale edits, unsaved changes, delete + undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from liaison.errors import NotFoundError
from liaison.services import records, relations
from liaison.storage.db import Database
from liaison.storage.models import Commitment, Organisation, Person
from tests.ui_records_world import english_ui, make_world  # noqa: F401 - autouse fixture
from ui.editing import delete_with_undo, make_form
from ui.editing.forms import INVALID_STYLE
from ui.editing.stale import StaleDialog


def when_modal(cls: type, act: Callable[[QWidget], None], seen: list[QWidget]) -> None:
    """Act on the next modal dialog of ``cls`` once it is up (exec() blocks the test)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls):
            seen.append(widget)
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


@pytest.fixture(autouse=True)
def never_block_on_teardown(qtbot):  # type: ignore[no-untyped-def]
    """A failed test must not leave a dirty form whose close() would ask and block."""
    yield
    from ui.editing.forms import RecordForm

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordForm):
            widget._baseline = widget.values()
            widget.hide()


def save_with_ctrl_s(qtbot, form, field: str) -> None:  # type: ignore[no-untyped-def]
    form.show()
    target = form.fields[field].widget
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_edit_organisation_and_save_with_ctrl_s(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    form = make_form(db, "organisation", ids["ini"])
    qtbot.addWidget(form)
    assert form.fields["name"].get() == "Buurtkeuken Tarwewijk"
    assert form.fields["tags"].get() == ["voedsel"]
    form.fields["email"].widget.setText("Info@Buurtkeuken.NL")
    form.fields["phone"].widget.setText("0101234567")
    form.fields["tags"].widget.setText("voedsel, ouderen")
    assert form.is_dirty()
    save_with_ctrl_s(qtbot, form, "name")
    assert form.saved_id == ids["ini"]
    with db.session_scope(write=False) as s:
        d = relations.organisation_detail(s, ids["ini"])
    assert d.email == "info@buurtkeuken.nl"  # normalised by email-validator
    assert d.phone == "010 123 4567"
    assert d.tags == ["ouderen", "voedsel"]
    assert d.version == 2


@pytest.mark.parametrize(
    ("entity", "field", "bad"),
    [
        ("organisation", "email", "info@buurt"),
        ("organisation", "phone", "010-12"),
        ("person", "email", "ayse@@example.nl"),
        ("person", "phone", "12345"),
        ("commitment", "amount", "1.50,00"),
        ("commitment", "end", "31-02-2026"),
    ],
)
def test_validation_refuses_bad_values(
    qtbot, db: Database, entity: str, field: str, bad: str
) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    record_id = {"organisation": ids["ini"], "person": ids["ayse"], "commitment": ids["one_off"]}[
        entity
    ]
    form = make_form(db, entity, record_id)
    qtbot.addWidget(form)
    widget = form.fields[field].widget
    edit = getattr(widget, "edit", widget)
    edit.setText(bad)  # as typed: validation runs on every change
    assert field in form.errors()
    assert (form.fields[field].highlight or widget).styleSheet() == INVALID_STYLE
    assert form.message.isVisibleTo(form) and form.message.text()
    assert form.save() is False
    cls = {"organisation": Organisation, "person": Person, "commitment": Commitment}[entity]
    with db.session_scope(write=False) as s:
        assert records.get(s, cls, record_id).version == 1


def test_new_commitment_with_dutch_amount(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    form = make_form(db, "commitment", None, initiative_id=ids["ini"])
    qtbot.addWidget(form)
    form.show()
    assert form.fields["initiative_id"].get() == ids["ini"]
    qtbot.keyClicks(form.fields["partner_id"].widget.edit, "oranje")
    qtbot.keyClick(form.fields["partner_id"].widget.edit, Qt.Key.Key_Return)
    form.fields["amount"].widget.setText("€ 1.500,-")
    form.fields["start"].widget.edit.setText("1-1-2027")
    form.fields["end"].widget.edit.setText("31-12-2026")
    assert "end" in form.errors()  # end before start
    form.fields["end"].widget.edit.setText("31-12-2027")
    form.fields["structural"].widget.setChecked(True)
    assert form.save() is True
    with db.session_scope(write=False) as s:
        c = records.get(s, Commitment, form.saved_id)
        assert (c.partner_id, c.amount, c.structural) == (ids["fund"], Decimal("1500.00"), True)
        assert c.end == dt.date(2027, 12, 31)


def _colleague_changes_description(db: Database, org_id: int) -> None:
    other = type(db)(db.url, db.engine, officer="Sanne")
    with other.session_scope() as s:
        records.update(s, Organisation, org_id, 1, description="Van een collega")


def test_stale_edit_keep_mine(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    form = make_form(db, "organisation", ids["ini"])
    qtbot.addWidget(form)
    form.fields["description"].widget.setPlainText("Mijn versie")
    form.fields["address"].widget.setText("Dordtselaan 1")
    _colleague_changes_description(db, ids["ini"])
    seen: list[QWidget] = []
    when_modal(StaleDialog, lambda d: d.keep_button.click(), seen)
    assert form.save() is True
    dialog = seen[0]
    assert isinstance(dialog, StaleDialog)
    rows = {r[0]: r for r in dialog.rows}
    assert rows["description"][1] == "Van een collega" and rows["description"][2] == "Mijn versie"
    assert rows["description"][3]  # both changed: a clash
    with db.session_scope(write=False) as s:
        d = relations.organisation_detail(s, ids["ini"])
    assert (d.description, d.address, d.version) == ("Mijn versie", "Dordtselaan 1", 3)


def test_stale_edit_reload_keeps_theirs(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    form = make_form(db, "organisation", ids["ini"])
    qtbot.addWidget(form)
    form.fields["description"].widget.setPlainText("Mijn versie")
    _colleague_changes_description(db, ids["ini"])
    seen: list[QWidget] = []
    when_modal(StaleDialog, lambda d: d.reload_button.click(), seen)
    assert form.save() is False
    assert seen and form.fields["description"].get() == "Van een collega"
    assert form.version == 2 and not form.is_dirty()
    with db.session_scope(write=False) as s:
        assert relations.organisation_detail(s, ids["ini"]).description == "Van een collega"
    # after reloading, an edit saves normally against the new version
    form.fields["website"].widget.setText("www.buurtkeuken.nl")
    assert form.save() is True
    with db.session_scope(write=False) as s:
        d = relations.organisation_detail(s, ids["ini"])
    assert (d.description, d.website, d.version) == ("Van een collega", "www.buurtkeuken.nl", 3)


def test_closing_with_unsaved_changes_asks(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    form = make_form(db, "person", ids["ayse"])
    qtbot.addWidget(form)
    form.show()
    form.fields["notes"].widget.setPlainText("Belt liever dan te mailen")

    def keep_editing(box: QWidget) -> None:
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        buttons["Keep editing"].click()

    seen: list[QWidget] = []
    when_modal(QMessageBox, keep_editing, seen)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert seen and form.isVisible()

    def discard(box: QWidget) -> None:
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        buttons["Discard changes"].click()

    when_modal(QMessageBox, discard, seen)
    form.reject()
    assert len(seen) == 2 and not form.isVisible()
    with db.session_scope(write=False) as s:
        assert relations.person_detail(s, ids["ayse"]).notes is None


def test_delete_with_undo_restores(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    host = QWidget()
    qtbot.addWidget(host)
    stack = QUndoStack(host)
    changes: list[tuple[str, int, bool]] = []
    assert delete_with_undo(
        db, "organisation", ids["fund"], host, stack, lambda e, i, d: changes.append((e, i, d))
    )
    with db.session_scope(write=False) as s:
        with pytest.raises(NotFoundError):
            relations.organisation_detail(s, ids["fund"])
        assert all(c.partner_id != ids["fund"] for c in relations.commitments_of(s, ids["ini"]))
    assert stack.count() == 1 and "Oranje Fonds" in stack.undoText()
    stack.undo()
    with db.session_scope(write=False) as s:
        assert relations.organisation_detail(s, ids["fund"]).name == "Oranje Fonds"
        assert any(c.partner_id == ids["fund"] for c in relations.commitments_of(s, ids["ini"]))
    stack.redo()
    with db.session_scope(write=False) as s, pytest.raises(NotFoundError):
        relations.organisation_detail(s, ids["fund"])
    assert changes == [
        ("organisation", ids["fund"], True),
        ("organisation", ids["fund"], False),
        ("organisation", ids["fund"], True),
    ]


def test_edit_interaction_links_and_new_role(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    form = make_form(db, "interaction", ids["talk"])
    qtbot.addWidget(form)
    form.show()
    people = form.fields["people"].widget
    assert people.ids() == [ids["ayse"]]
    qtbot.keyClicks(people.edit, "berg")
    qtbot.keyClick(people.edit, Qt.Key.Key_Return)
    form.fields["follow_up_done"].widget.setChecked(True)
    assert form.save() is True
    with db.session_scope(write=False) as s:
        row = relations.interaction_row(s, ids["talk"])
    assert {p.id for p in row.people} == {ids["ayse"], ids["gerrit"]}
    assert row.follow_up_done and row.version == 2

    role = make_form(db, "affiliation", None, organisation_id=ids["ini"])
    qtbot.addWidget(role)
    role.show()
    assert role.fields["organisation_id"].get() == ids["ini"]
    assert "person_id" in role.errors()
    qtbot.keyClicks(role.fields["person_id"].widget.edit, "gerrit")
    qtbot.keyClick(role.fields["person_id"].widget.edit, Qt.Key.Key_Return)
    role.fields["role"].widget.setCurrentIndex(role.fields["role"].widget.findData("volunteer"))
    assert role.save() is True
    with db.session_scope(write=False) as s:
        assert [(r.person_name, r.role) for r in relations.people_of(s, ids["ini"])] == [
            ("Gerrit van den Berg", "volunteer"),
            ("Ayşe Yılmaz", "initiator"),
        ]
