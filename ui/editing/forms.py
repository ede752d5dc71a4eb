"""Modal edit forms for every record kind: validate as you type, Ctrl+S saves, Esc cancels.

A form loads the record's values and the version the user saw in one read
session, and saves only the fields the user changed in one write session. A
colleague's save in between (StaleRecordError) opens :class:`StaleDialog`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, NotFoundError, StaleRecordError, ValidationError
from liaison.services import editing, relations
from liaison.services.relations import Ref
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.editing.stale import StaleDialog
from ui.editing.validation import check_email, check_phone, check_website
from ui.widgets import labels, tone
from ui.widgets.date_edit import DateEdit
from ui.widgets.euro_edit import EuroEdit
from ui.widgets.mnemonics import give_mnemonics
from ui.widgets.record_picker import RecordPicker, organisation_source, person_source

# Its own dark text: the palette's white text of dark mode is unreadable on the pink. And a
# focus rule: a styled border replaces the style's focus frame, so the invalid field the
# cursor was put in showed nothing but the caret.
_MARKED = "QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox"
INVALID_STYLE = (
    f"{_MARKED} {{ "
    + tone.on_light("#fdecea", "border: 1px solid #c62828; border-radius: 2px;")
    + " } "
    + ", ".join(f"{w.strip()}:focus" for w in _MARKED.split(","))
    + " { border: 2px solid #8e0000; }"
)

PARTNER_KINDS = [k for k in labels.organisation_kinds() if k != "initiative"]


@dataclass
class Field:
    """One input of a form: how to read it, fill it and check it."""

    name: str
    label: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    error: Callable[[], str | None] = lambda: None
    highlight: QWidget | None = None


def _combo(choices: dict[str, str] | list[Ref], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    if isinstance(choices, dict):
        for code, text in choices.items():
            combo.addItem(text, code)
    else:
        for ref in choices:
            text = f"{ref.name} ({ref.kind})" if ref.kind else ref.name
            combo.addItem(text, ref.id)
    return combo


def _combo_set(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class RecordForm(QDialog):
    """Base class: subclasses add fields in :meth:`build`; saving and checks are shared."""

    entity = ""
    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        **prefill: Any,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self._baseline: dict[str, Any] = {}
        self.fields: dict[str, Field] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self.setModal(True)
        self.setMinimumWidth(520)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(tone.css(self, "error"))
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)

        with db.session_scope(write=False) as s:
            self.build(s)
            if record_id is not None:
                ev = relations.edit_values(s, self.entity, record_id)
                self.version = ev.version
                self.fill(ev.values, ev.labels)
            else:
                self.fill_new(s, prefill)
        # The buttons come after the fields (made later, so later in the focus chain):
        # Tab runs through the fields first, and the form opens with the cursor in its
        # first field instead of on Save, where typed text was lost and Space saved.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("RecordForm", "Save"))
        self.save_button.setToolTip(QCoreApplication.translate("RecordForm", "Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("RecordForm", "Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout.addWidget(self.buttons)
        for f in self.fields.values():
            self._connect(f)
        self._baseline = self.values()
        self._touched.clear()
        self.setWindowTitle(self.title())
        self._point_labels_at_inputs()
        give_mnemonics(self)  # Alt+letter to every field, none shared
        self.validate()
        if self.fields:
            next(iter(self.fields.values())).widget.setFocus()

    # --- to override -------------------------------------------------------

    def build(self, session: Any) -> None:
        raise NotImplementedError

    def title(self) -> str:
        return (
            QCoreApplication.translate("RecordForm", "Edit")
            if self.record_id
            else QCoreApplication.translate("RecordForm", "New")
        )

    def fill_new(self, session: Any, prefill: dict[str, Any]) -> None:
        self.fill(prefill, {})

    def cross_check(self) -> dict[str, str]:
        """Errors that involve more than one field (end before start…)."""
        return {}

    # --- fields ------------------------------------------------------------

    def add(self, field: Field) -> Field:
        self.fields[field.name] = field
        self.form.addRow(field.label, field.widget)
        return field

    def _point_labels_at_inputs(self) -> None:
        """A label's Alt letter focuses its buddy only if that takes focus; a picker, date
        or date-and-time field is a plain QWidget around the line edit, so point past it."""
        for f in self.fields.values():
            label, target = self.form.labelForField(f.widget), f.widget
            while target.focusProxy() is not None:
                target = target.focusProxy()
            if isinstance(label, QLabel):
                label.setBuddy(target)

    def text_field(
        self,
        name: str,
        label: str,
        *,
        required: bool = False,
        check: Callable[[str], tuple[str | None, str | None]] | None = None,
        placeholder: str = "",
    ) -> Field:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)

        def get() -> Any:
            text = edit.text().strip()
            if check is not None:
                value, _err = check(text)
                return value
            return text or None

        def error() -> str | None:
            text = edit.text().strip()
            if required and not text:
                return QCoreApplication.translate("RecordForm", "%1 cannot be empty.").replace(
                    "%1", label
                )
            if check is not None:
                return check(text)[1]
            return None

        def set_(value: Any) -> None:
            edit.setText("" if value is None else str(value))

        return self.add(Field(name, label, edit, get, set_, error))

    def note_field(self, name: str, label: str, height: int = 70) -> Field:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        return self.add(
            Field(
                name,
                label,
                edit,
                lambda: edit.toPlainText().strip() or None,
                lambda v: edit.setPlainText(v or ""),
            )
        )

    def choice_field(
        self, name: str, label: str, choices: dict[str, str] | list[Ref], empty: str | None = None
    ) -> Field:
        combo = _combo(choices, empty)
        return self.add(
            Field(name, label, combo, combo.currentData, lambda v: _combo_set(combo, v))
        )

    def date_field(self, name: str, label: str, *, required: bool = False) -> Field:
        edit = DateEdit(required=required)
        return self.add(
            Field(name, label, edit, edit.date, edit.setDate, edit.error, highlight=edit.edit)
        )

    def euro_field(self, name: str, label: str) -> Field:
        edit = EuroEdit()
        return self.add(Field(name, label, edit, edit.value, edit.setValue, edit.error))

    def bool_field(self, name: str, label: str, text: str) -> Field:
        box = QCheckBox(text)
        return self.add(Field(name, label, box, box.isChecked, lambda v: box.setChecked(bool(v))))

    def picker_field(
        self,
        name: str,
        label: str,
        source: Any,
        *,
        multiple: bool,
        required: bool = False,
        placeholder: str = "",
    ) -> Field:
        picker = RecordPicker(source, multiple=multiple, placeholder=placeholder)

        def get() -> Any:
            if multiple:
                return picker.ids()
            ref = picker.ref()
            return ref.id if ref else None

        def set_(value: Any) -> None:
            if multiple:
                picker.setRefs(list(value or []))
            else:
                picker.setRefs([value] if isinstance(value, Ref) else [])

        def error() -> str | None:
            pending = picker.pending_text()
            chosen = picker.ref()
            if pending and (multiple or chosen is None or chosen.name != pending):
                return QCoreApplication.translate(
                    "RecordForm", "Choose a name from the list for %1 (type part of it, then ↓)."
                ).replace("%1", label)
            if required and chosen is None:
                return QCoreApplication.translate("RecordForm", "%1 cannot be empty.").replace(
                    "%1", label
                )
            return None

        return self.add(Field(name, label, picker, get, set_, error, highlight=picker.edit))

    # --- values, checks ----------------------------------------------------

    def fill(self, values: dict[str, Any], link_labels: dict[str, str]) -> None:
        for name, f in self.fields.items():
            if name not in values:
                continue
            value = values[name]
            if (
                isinstance(f.widget, RecordPicker)
                and not f.widget.multiple
                and isinstance(value, int)
            ):
                target = "person" if name == "person_id" else "organisation"
                value = Ref(target, value, link_labels.get(name, str(value)))
            f.set(value)

    def values(self) -> dict[str, Any]:
        return {name: f.get() for name, f in self.fields.items()}

    def changed_values(self) -> dict[str, Any]:
        now = self.values()
        return {k: v for k, v in now.items() if v != self._baseline.get(k)}

    def is_dirty(self) -> bool:
        """Changed values, or a name typed into a picker but not chosen yet (Esc lost it)."""
        if self.changed_values():
            return True
        for f in self.fields.values():
            picker = f.widget
            if isinstance(picker, RecordPicker) and (pending := picker.pending_text()):
                chosen = picker.ref()
                if picker.multiple or chosen is None or chosen.name != pending:
                    return True
        return False

    def errors(self) -> dict[str, str]:
        found = {}
        for name, f in self.fields.items():
            err = f.error()
            if err:
                found[name] = err
        for name, err in self.cross_check().items():
            found.setdefault(name, err)
        return found

    def validate(self) -> bool:
        """Highlight invalid fields and list their messages; True when all is well.

        While typing only fields the user touched are flagged (an empty new form
        is not a wall of red); after a save attempt every problem shows.
        """
        found = self.errors()
        shown = {n: m for n, m in found.items() if self._show_all or n in self._touched}
        for name, f in self.fields.items():
            target = f.highlight or f.widget
            bad = name in shown
            target.setStyleSheet(INVALID_STYLE if bad else "")
            target.setToolTip(shown.get(name, ""))
        self.message.setStyleSheet(tone.css(self, "error"))
        self.show_messages([f"{self.fields[n].label}: {m}" for n, m in shown.items()])
        return not found

    def show_messages(self, lines: list[str]) -> None:
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    def _connect(self, f: Field) -> None:
        w = f.widget
        for signal_name in (
            "textChanged",
            "currentIndexChanged",
            "toggled",
            "dateChanged",
            "valueChanged",
            "changed",
        ):
            signal = getattr(w, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_a, name=f.name: self._touch(name))
                return

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    # --- saving ------------------------------------------------------------

    def save(self) -> bool:
        """Save changed fields; on a colleague's newer version ask what to keep."""
        self._show_all = True
        if not self.validate():
            return False
        values = self.changed_values() if self.record_id is not None else self._new_values()
        if self.record_id is not None and not values:
            self.accept_saved(self.record_id)
            return True
        try:
            with self.db.session_scope() as s:
                saved = editing.save_record(s, self.entity, self.record_id, self.version, values)
        except StaleRecordError as exc:
            return self._stale(exc, values)
        except ValidationError as exc:
            self._refused(exc)
            return False
        except NotFoundError as exc:
            if self._still_there():  # a linked record is gone, not this one
                QMessageBox.warning(
                    self, QCoreApplication.translate("RecordForm", "Not saved"), core_text(exc)
                )
            else:
                self._gone()
            return False
        except LiaisonError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("RecordForm", "Not saved"), core_text(exc)
            )
            return False
        self.version = saved.version
        self.accept_saved(saved.id)
        return True

    def _new_values(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v not in (None, "", [])}

    def accept_saved(self, record_id: int) -> None:
        self.saved_id = record_id
        self._baseline = self.values()
        self.saved.emit(record_id)
        self.accept()

    def _still_there(self) -> bool:
        """Whether the record this form edits is still live (not new, not in the trash)."""
        if self.record_id is None:
            return True
        try:
            with self.db.session_scope(write=False) as s:
                relations.edit_values(s, self.entity, self.record_id)
        except NotFoundError:
            return False
        return True

    def _gone(self) -> None:
        """A colleague moved the record to the trash meantime: say so; the typing stays."""
        QMessageBox.warning(
            self,
            QCoreApplication.translate("RecordForm", "Not saved"),
            QCoreApplication.translate(
                "RecordForm",
                "A colleague moved this record to the trash after you opened it, so your "
                "changes were not saved. They are still in the form: copy what you need, "
                "or restore the record from the trash and edit it again.",
            ),
        )

    def _refused(self, exc: ValidationError) -> None:
        f = self.fields.get(exc.field or "")
        if f is not None:
            (f.highlight or f.widget).setStyleSheet(INVALID_STYLE)
            (f.widget).setFocus()
        self.show_messages([core_text(exc)])

    def _stale(self, exc: StaleRecordError, mine: dict[str, Any]) -> bool:
        original = {k: self._baseline.get(k) for k in self.fields}
        dialog = StaleDialog(self.entity, exc, original, mine, self._display, self)
        choice = dialog.exec_choice()
        if choice == StaleDialog.KEEP_MINE:
            self.version = int(exc.current.get("version", self.version or 0))
            try:
                with self.db.session_scope() as s:
                    saved = editing.save_record(s, self.entity, self.record_id, self.version, mine)
            except StaleRecordError as again:
                return self._stale(again, mine)
            except NotFoundError as err:
                if self._still_there():
                    QMessageBox.warning(
                        self, QCoreApplication.translate("RecordForm", "Not saved"), core_text(err)
                    )
                else:
                    self._gone()
                return False
            except LiaisonError as err:
                QMessageBox.warning(
                    self, QCoreApplication.translate("RecordForm", "Not saved"), core_text(err)
                )
                return False
            self.version = saved.version
            self.accept_saved(saved.id)
            return True
        if choice == StaleDialog.RELOAD:
            self.reload()
        return False

    def reload(self) -> None:
        """Show the record as it is now (a colleague's values), dropping unsaved edits."""
        with self.db.session_scope(write=False) as s:
            ev = relations.edit_values(s, self.entity, self.record_id)  # type: ignore[arg-type]
        self.version = ev.version
        self.fill(ev.values, ev.labels)
        self._baseline = self.values()
        self.validate()
        self.show_messages(
            [
                QCoreApplication.translate(
                    "RecordForm", "Reloaded: you now see the record as saved by your colleague."
                )
            ]
        )
        self.message.setStyleSheet(tone.css(self, "success"))

    def _display(self, field: str, value: Any) -> str:
        """A field value as a person reads it (for the stale-edit comparison)."""
        from ui.formatting import format_date, format_datetime, format_euros

        f = self.fields.get(field)
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("RecordForm", "yes")
                if value
                else QCoreApplication.translate("RecordForm", "no")
            )
        if isinstance(value, dt.datetime):
            return format_datetime(value)
        if isinstance(value, dt.date):
            return format_date(value)
        if isinstance(value, Decimal):
            return format_euros(value)
        if f is not None and isinstance(f.widget, QComboBox):
            index = f.widget.findData(value)
            if index >= 0:
                return f.widget.itemText(index)
        if isinstance(value, list):
            return ", ".join(getattr(v, "name", str(v)) for v in value)
        return str(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        # Also handled here (not only by the QShortcut) so Ctrl+S works while the
        # dialog's window is not the active one (embedded, offscreen, tests).
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    # --- leaving -----------------------------------------------------------

    def reject(self) -> None:
        if self.is_dirty() and not self._confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if (
            not self.isVisible()
            or self.result() == QDialog.DialogCode.Accepted
            or not self.is_dirty()
        ):
            event.accept()
            return
        if self._confirm_discard():
            event.accept()
        else:
            event.ignore()

    def _confirm_discard(self) -> bool:
        """Ask about unsaved changes; Save saves, Discard leaves, Cancel stays."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("RecordForm", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate(
                "RecordForm", "You have changed this record. Save the changes?"
            )
        )
        save = box.addButton(
            QCoreApplication.translate("RecordForm", "Save"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("RecordForm", "Discard changes"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("RecordForm", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            self.save()
            return False  # save() closes the dialog itself when it succeeds
        return clicked is discard


# --- the forms ---------------------------------------------------------------


class OrganisationForm(RecordForm):
    entity = "organisation"

    def title(self) -> str:
        """Named after what the officer works on: an initiative or a partner."""
        if self.fields["kind"].get() == "initiative":
            return self.tr("Edit initiative") if self.record_id else self.tr("New initiative")
        return self.tr("Edit partner") if self.record_id else self.tr("New partner")

    def build(self, session: Any) -> None:
        self.text_field("name", self.tr("Name"), required=True)
        self.choice_field("kind", self.tr("Kind"), labels.organisation_kinds())
        self.choice_field("status", self.tr("Status"), labels.organisation_statuses())
        self.choice_field(
            "neighbourhood_id",
            self.tr("Neighbourhood"),
            relations.neighbourhood_choices(session),
            empty=self.tr("(none)"),
        )
        self.text_field("address", self.tr("Address"))
        self.text_field(
            "email", self.tr("E-mail"), check=check_email, placeholder="info@voorbeeld.nl"
        )
        self.text_field("phone", self.tr("Phone"), check=check_phone, placeholder="010 123 4567")
        self.text_field("website", self.tr("Website"), check=check_website)
        self.choice_field(
            "owner_id",
            self.tr("Owning officer"),
            relations.officer_choices(session),
            empty=self.tr("(nobody)"),
        )
        tags = self.text_field("tags", self.tr("Tags"), placeholder=self.tr("food, elderly, youth"))
        edit: QLineEdit = tags.widget  # type: ignore[assignment]
        tags.get = lambda: sorted(
            {t.strip() for t in edit.text().split(",") if t.strip()}, key=str.casefold
        )
        tags.set = lambda v: edit.setText(", ".join(v or []))
        self.note_field("description", self.tr("Description"), 90)

    def fill_new(self, session: Any, prefill: dict[str, Any]) -> None:
        values = {"kind": "initiative", "status": "active", **prefill}
        self.fill(values, {})


class PersonForm(RecordForm):
    entity = "person"

    def title(self) -> str:
        return self.tr("Edit person") if self.record_id else self.tr("New person")

    def build(self, session: Any) -> None:
        self.text_field("given_name", self.tr("Given name"))
        self.text_field("infix", self.tr("Infix"), placeholder=self.tr("van der"))
        self.text_field("family_name", self.tr("Family name"))
        self.fields["infix"].widget.setMaximumWidth(120)
        self.text_field(
            "email", self.tr("E-mail"), check=check_email, placeholder="naam@voorbeeld.nl"
        )
        self.text_field("phone", self.tr("Phone"), check=check_phone, placeholder="06 12345678")
        self.choice_field(
            "neighbourhood_id",
            self.tr("Neighbourhood"),
            relations.neighbourhood_choices(session),
            empty=self.tr("(none)"),
        )
        self.choice_field("legal_basis", self.tr("Legal basis"), labels.legal_bases())
        self.text_field(
            "data_source",
            self.tr("Source of the data"),
            placeholder=self.tr("e.g. met at the neighbourhood meeting"),
        )
        self.note_field("notes", self.tr("Notes"))

    def cross_check(self) -> dict[str, str]:
        if not (self.fields["given_name"].get() or self.fields["family_name"].get()):
            return {"family_name": self.tr("Give at least a given name or a family name.")}
        return {}

    def fill_new(self, session: Any, prefill: dict[str, Any]) -> None:
        self.fill({"legal_basis": "public_task", **prefill}, {})


class CommitmentForm(RecordForm):
    entity = "commitment"

    def title(self) -> str:
        return self.tr("Edit commitment") if self.record_id else self.tr("New commitment")

    def build(self, session: Any) -> None:
        self.picker_field(
            "partner_id",
            self.tr("Partner"),
            organisation_source(self.db, PARTNER_KINDS),
            multiple=False,
            required=True,
            placeholder=self.tr("type part of the name"),
        )
        self.picker_field(
            "initiative_id",
            self.tr("Initiative"),
            organisation_source(self.db, ["initiative"]),
            multiple=False,
            required=True,
            placeholder=self.tr("type part of the name"),
        )
        self.choice_field("kind", self.tr("Kind of support"), labels.support_kinds())
        self.euro_field("amount", self.tr("Amount"))
        self.bool_field(
            "structural", self.tr("Structural"), self.tr("Structural (recurring), not one-off")
        )
        self.date_field("start", self.tr("Start"))
        self.date_field("end", self.tr("End"))
        self.date_field("renew_by", self.tr("Renewal decision by"))
        self.choice_field("status", self.tr("Status"), labels.commitment_statuses())
        self.choice_field(
            "officer_id",
            self.tr("Officer"),
            relations.officer_choices(session),
            empty=self.tr("(nobody)"),
        )
        self.note_field("notes", self.tr("Notes"))

    def cross_check(self) -> dict[str, str]:
        start, end = self.fields["start"].get(), self.fields["end"].get()
        if start and end and end < start:
            return {"end": self.tr("The end lies before the start.")}
        return {}

    def fill_new(self, session: Any, prefill: dict[str, Any]) -> None:
        link_labels = {}
        for key in ("partner_id", "initiative_id"):
            if prefill.get(key) is not None:
                link_labels[key] = relations.display_name(session, "organisation", prefill[key])
        self.fill({"kind": "financial", "status": "active", **prefill}, link_labels)


class AffiliationForm(RecordForm):
    entity = "affiliation"

    def title(self) -> str:
        return self.tr("Edit role") if self.record_id else self.tr("New role")

    def build(self, session: Any) -> None:
        self.picker_field(
            "person_id",
            self.tr("Person"),
            person_source(self.db),
            multiple=False,
            required=True,
            placeholder=self.tr("type part of the name"),
        )
        self.picker_field(
            "organisation_id",
            self.tr("Organisation"),
            organisation_source(self.db),
            multiple=False,
            required=True,
            placeholder=self.tr("type part of the name"),
        )
        self.choice_field("role", self.tr("Role"), labels.roles())
        self.date_field("start", self.tr("Start"))
        self.date_field("end", self.tr("End"))

    def cross_check(self) -> dict[str, str]:
        start, end = self.fields["start"].get(), self.fields["end"].get()
        if start and end and end < start:
            return {"end": self.tr("The end lies before the start.")}
        return {}

    def fill_new(self, session: Any, prefill: dict[str, Any]) -> None:
        link_labels = {}
        if prefill.get("person_id") is not None:
            link_labels["person_id"] = relations.display_name(
                session, "person", prefill["person_id"]
            )
        if prefill.get("organisation_id") is not None:
            link_labels["organisation_id"] = relations.display_name(
                session, "organisation", prefill["organisation_id"]
            )
        self.fill({"role": "contact", **prefill}, link_labels)


class InteractionForm(RecordForm):
    entity = "interaction"

    def title(self) -> str:
        return self.tr("Edit contact") if self.record_id else self.tr("New contact")

    def build(self, session: Any) -> None:
        when = QWidget()
        h = QHBoxLayout(when)
        h.setContentsMargins(0, 0, 0, 0)
        day = DateEdit(required=True)
        time = QTimeEdit()
        time.setDisplayFormat("HH:mm")
        time.setAccessibleName(self.tr("Time"))  # its row's label names the date
        h.addWidget(day, 2)
        h.addWidget(time, 1)

        def get() -> Any:
            d = day.date()
            if d is None:
                return None
            t = time.time()
            return dt.datetime(d.year, d.month, d.day, t.hour(), t.minute())

        def set_(value: Any) -> None:
            value = value or dt.datetime.now()
            day.setDate(value.date())
            time.setTime(QTime(value.hour, value.minute))

        f = self.add(
            Field("occurred_at", self.tr("When"), when, get, set_, day.error, highlight=day.edit)
        )
        day.dateChanged.connect(lambda: self._touch("occurred_at"))
        time.timeChanged.connect(lambda _t: self._touch("occurred_at"))
        f.widget.setFocusProxy(day)
        self.choice_field("channel", self.tr("Channel"), labels.channels())
        self.picker_field(
            "organisations",
            self.tr("Organisations"),
            organisation_source(self.db),
            multiple=True,
            placeholder=self.tr("type part of the name"),
        )
        self.picker_field(
            "people",
            self.tr("People"),
            person_source(self.db),
            multiple=True,
            placeholder=self.tr("type part of the name"),
        )
        self.text_field("summary", self.tr("Summary"), required=True)
        self.note_field("notes", self.tr("Notes"))
        self.date_field("follow_up_on", self.tr("Follow-up on"))
        self.bool_field("follow_up_done", self.tr("Follow-up done"), self.tr("Done"))

    def cross_check(self) -> dict[str, str]:
        if not self.fields["organisations"].get() and not self.fields["people"].get():
            return {"organisations": self.tr("Choose at least one organisation or person.")}
        return {}

    def fill_new(self, session: Any, prefill: dict[str, Any]) -> None:
        values: dict[str, Any] = {"channel": "call", "occurred_at": dt.datetime.now(), **prefill}
        for key, entity in (("organisations", "organisation"), ("people", "person")):
            ids = values.get(key) or []
            values[key] = [
                i
                if isinstance(i, Ref)
                else Ref(entity, i, relations.display_name(session, entity, i))
                for i in ids
            ]
        self.fill(values, {})


FORMS: dict[str, type[RecordForm]] = {
    "organisation": OrganisationForm,
    "person": PersonForm,
    "commitment": CommitmentForm,
    "affiliation": AffiliationForm,
    "interaction": InteractionForm,
}
