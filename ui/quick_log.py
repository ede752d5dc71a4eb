"""Quick log (Ctrl+L): note a call, visit or meeting in seconds, with the keyboard only.

Tab order: channel → organisations → people → summary → follow-up → when →
notes; Enter saves from any single-line field. Names complete as you type
(↓ or Enter/Tab takes the first match). Pre-filled with the record in view.
A name not in the database is offered as "New: <name>" (Enter takes it when
nothing else matches); new organisations get a kind (a combo shown only then,
right after the organisations in the tab order) and are created, with new
people, in the same transaction as the contact itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, ValidationError
from liaison.services import contact_log, relations
from liaison.services.relations import Ref
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.editing.forms import INVALID_STYLE
from ui.widgets import labels, tone
from ui.widgets.date_edit import DateEdit
from ui.widgets.record_picker import RecordPicker, organisation_source, person_source


class QuickLogDialog(QDialog):
    """Log one contact moment; ``saved_id`` holds the new interaction's id after Save."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        prefill: tuple[str, int] | list[tuple[str, int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Log a contact"))

        self.channel = QComboBox(self)
        for code, text in labels.channels().items():
            self.channel.addItem(text, code)
        self.channel.setToolTip(self.tr("Type the first letter to choose"))
        self.organisations = RecordPicker(
            organisation_source(db),
            self,
            placeholder=self.tr("type part of a name, ↓ or Enter"),
            new_entity="organisation",
        )
        self.new_kind = QComboBox(self)
        for code, text in labels.organisation_kinds().items():
            self.new_kind.addItem(text, code)
        self.new_kind.setCurrentIndex(self.new_kind.findData("initiative"))
        self.new_kind.setToolTip(self.tr("Type the first letter to choose"))
        self.people = RecordPicker(
            person_source(db),
            self,
            placeholder=self.tr("type part of a name, ↓ or Enter"),
            new_entity="person",
            new_hint=self._person_hint,
        )
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("what was it about, in one line"))
        self.summary.setMaxLength(500)
        self.follow_up = DateEdit(self)
        self.follow_up.edit.setPlaceholderText(self.tr('optional: 15-01, "+7", "+2w"'))
        when = QWidget(self)
        h = QHBoxLayout(when)
        h.setContentsMargins(0, 0, 0, 0)
        self.day = DateEdit(when, required=True)
        self.time = QTimeEdit(when)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))  # the "When" label names the date
        h.addWidget(self.day, 2)
        h.addWidget(self.time, 1)
        now = dt.datetime.now()
        self.day.setDate(now.date())
        self.time.setTime(QTime(now.hour, now.minute))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("optional"))
        self.notes.setFixedHeight(64)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Organisations"), self.organisations)
        form.addRow(self.tr("&Kind (new)"), self.new_kind)
        form.addRow(self.tr("&People"), self.people)
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow(self.tr("&Follow-up on"), self.follow_up)
        form.addRow(self.tr("&When"), when)
        form.addRow(self.tr("&Notes"), self.notes)
        for label_widget, buddy in (
            (form.labelForField(self.channel), self.channel),
            (form.labelForField(self.organisations), self.organisations.edit),
            (form.labelForField(self.new_kind), self.new_kind),
            (form.labelForField(self.people), self.people.edit),
            (form.labelForField(self.summary), self.summary),
            (form.labelForField(self.follow_up), self.follow_up.edit),
            (form.labelForField(when), self.day.edit),
            (form.labelForField(self.notes), self.notes),
        ):
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(buddy)
        self._form = form
        self.organisations.changed.connect(self._show_new_kind)
        self._show_new_kind()

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(tone.css(self, "error"))
        self.message.hide()
        # A person's one organisation joins the contact: a call with an initiative's
        # initiator is contact with the initiative, and the signals count it only then.
        self.added_note = QLabel(self)
        self.added_note.setWordWrap(True)
        self.added_note.setStyleSheet(tone.css(self, "muted"))
        self.added_note.hide()
        self._auto_added: Ref | None = None
        self._offering = True
        self.people.changed.connect(self._add_persons_organisation)
        self.organisations.changed.connect(self._organisation_changed)
        hint = QLabel(self.tr("Enter saves · Esc cancels · Tab moves on"), self)
        hint.setStyleSheet(tone.css(self, "muted"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.added_note)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        order = [
            self.channel,
            self.organisations.edit,
            self.new_kind,
            self.people.edit,
            self.summary,
            self.follow_up.edit,
            self.day.edit,
            self.time,
            self.notes,
            self.save_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        # a starting width, not a minimum: the layout's own minimum must be free to grow
        # (chips of new and chosen names) so nothing is ever clipped
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self._offering = False  # the record in view is put in as it is
        for entity, record_id in [prefill] if isinstance(prefill, tuple) else prefill or []:
            self._prefill(entity, record_id)
        self._offering = True
        self._start = self._state()
        self.channel.setFocus()

    def _person_hint(self, name: str) -> str:
        """How a new person's typed name will be split, so a wrong split is seen in time."""
        given, infix, family = contact_log.split_dutch_name(name)
        return (
            self.tr("Created when you save as: given name “%1”, infix “%2”, family name “%3”.")
            .replace("%1", given)
            .replace("%2", infix)
            .replace("%3", family)
        )

    def _show_new_kind(self) -> None:
        """The kind combo only matters (and only shows) while a new organisation is chosen."""
        self._form.setRowVisible(self.new_kind, bool(self.organisations.new_names()))

    def _add_persons_organisation(self) -> None:
        """A person chosen while no organisation is: add theirs when they have exactly one
        current role, and say so (the chip can be removed like any other)."""
        if not self._offering or self.organisations.refs():
            return
        people = [r.id for r in self.people.refs() if r.id > 0]
        if not people:
            return
        with self.db.session_scope(write=False) as s:
            places = {
                (role.organisation_id, role.organisation_name)
                for person_id in people
                for role in relations.roles_of(s, person_id)
                if role.current
            }
        if len(places) != 1:
            return
        organisation_id, name = places.pop()
        self._auto_added = Ref("organisation", organisation_id, name)
        self._offering = False  # once per contact: a removed chip stays removed
        self.organisations.add(self._auto_added)
        self.added_note.setText(
            self.tr(
                "%1 was added: the person's organisation. Remove it if the contact was not about it."
            ).replace("%1", name)
        )
        self.added_note.show()

    def _organisation_changed(self) -> None:
        if self._auto_added is not None and self._auto_added not in self.organisations.refs():
            self._auto_added = None
            self.added_note.hide()

    def _prefill(self, entity: str, record_id: int) -> None:
        """Put the record in view (and, for a person, nothing else) into the right picker."""
        if entity in ("initiative", "partner"):
            entity = "organisation"
        try:
            with self.db.session_scope(write=False) as s:
                name = relations.display_name(s, entity, record_id)
        except LiaisonError:
            return
        if entity == "organisation":
            self.organisations.add(Ref("organisation", record_id, name))
        elif entity == "person":
            self.people.add(Ref("person", record_id, name))

    def occurred_at(self) -> dt.datetime | None:
        day = self.day.date()
        if day is None:
            return None
        t = self.time.time()
        return dt.datetime(day.year, day.month, day.day, t.hour(), t.minute())

    def errors(self) -> list[tuple[QWidget, str]]:
        found: list[tuple[QWidget, str]] = []
        for picker in (self.organisations, self.people):
            if picker.pending_text():
                found.append(
                    (
                        picker.edit,
                        self.tr("“%1” is not chosen from the list yet.").replace(
                            "%1", picker.pending_text()
                        ),
                    )
                )
        if not self.organisations.refs() and not self.people.refs():
            found.append(
                (self.organisations.edit, self.tr("Choose at least one organisation or person."))
            )
        if not self.summary.text().strip():
            found.append((self.summary, self.tr("Write a short summary.")))
        for edit in (self.follow_up, self.day):
            err = edit.error()
            if err:
                found.append((edit.edit, err))
        return found

    def save(self) -> bool:
        found = self.errors()
        for w in (
            self.organisations.edit,
            self.people.edit,
            self.summary,
            self.follow_up.edit,
            self.day.edit,
        ):
            w.setStyleSheet("")
        if found:
            for w, _m in found:
                w.setStyleSheet(INVALID_STYLE)
            self._say([m for _w, m in found])
            found[0][0].setFocus()
            return False
        try:
            with self.db.session_scope() as s:
                item = contact_log.log_interaction(
                    s,
                    occurred_at=self.occurred_at() or dt.datetime.now(),
                    channel=self.channel.currentData(),
                    summary=self.summary.text(),
                    organisation_ids=self.organisations.ids(),
                    person_ids=self.people.ids(),
                    new_organisations=[
                        (name, self.new_kind.currentData())
                        for name in self.organisations.new_names()
                    ],
                    new_people=self.people.new_names(),
                    notes=self.notes.toPlainText().strip() or None,
                    follow_up_on=self.follow_up.date(),
                )
                self.saved_id = item.id
        except ValidationError as exc:
            self._say([self._translate_refusal(exc)])
            return False
        except LiaisonError as exc:
            self._say([core_text(exc)])
            return False
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    def _translate_refusal(self, exc: ValidationError) -> str:
        if exc.field == "follow_up_on":
            self.follow_up.edit.setStyleSheet(INVALID_STYLE)
            return self.tr("The follow-up date lies before the contact itself.")
        return core_text(exc)

    def _say(self, lines: list[str]) -> None:
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    def _state(self) -> tuple[object, ...]:
        """What the officer has put in: names chosen or typed, texts, dates."""
        return (
            self.organisations.ids(),
            self.organisations.new_names(),
            self.organisations.pending_text(),
            self.people.ids(),
            self.people.new_names(),
            self.people.pending_text(),
            self.follow_up.text().strip(),
        )

    def is_dirty(self) -> bool:
        """Anything typed or chosen beyond the prefill (chosen names count: Esc after
        picking three people closed the dialog without asking)."""
        if self.summary.text().strip() or self.notes.toPlainText().strip():
            return True
        return self._state() != getattr(self, "_start", self._state())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        # The window's close button (a spontaneous event) asks like Esc does; a close
        # from code (shutting down, tests tearing down) does not wait for an answer.
        self._quiet_close = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._quiet_close = False

    def reject(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.is_dirty() and not getattr(self, "_quiet_close", False):
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unsaved contact"),
                self.tr("Close without saving this contact?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            # the words of the edit forms' question, not Qt's "Verwerpen"/"Annuleren"
            box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard contact"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def open_quick_log(
    db: Database, parent: QWidget | None = None, prefill: tuple[str, int] | None = None
) -> int | None:
    """Show the quick log modally; the new interaction's id, or None when cancelled."""
    dialog = QuickLogDialog(db, parent, prefill)
    dialog.exec()
    return dialog.saved_id
