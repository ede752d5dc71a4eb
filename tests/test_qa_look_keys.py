"""QA of the keyboard: every field of a form is one Alt+letter away, and no two share one."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ui_shell_data import filled, shell_env  # noqa: F401

from ui.widgets.mnemonics import mnemonic, with_mnemonic


@pytest.fixture
def dutch(shell_env) -> Iterator[None]:
    from ui import i18n

    i18n.install("nl")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def never_ask_on_teardown(qtbot):  # type: ignore[no-untyped-def]
    yield
    from ui.editing.forms import RecordForm

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordForm):
            widget._baseline = widget.values()
            widget.hide()


def _shown(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def _field_labels(dialog: QWidget) -> list[QLabel]:
    return [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]


def _letters(dialog: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for w in [*_field_labels(dialog), *dialog.findChildren(QAbstractButton)]:
        if w.isVisibleTo(dialog) and (m := mnemonic(w.text())):
            found.setdefault(m, []).append(w.text())
    return found


def _check_alt_letters(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    """Each field label has its own Alt letter, and Alt+letter puts the cursor in the field."""
    labels = _field_labels(dialog)
    assert labels
    no_letter = [label.text() for label in labels if mnemonic(label.text()) is None]
    assert no_letter == []
    clashes = {k: v for k, v in _letters(dialog).items() if len(v) > 1}
    assert clashes == {}
    away = dialog.findChildren(QPushButton)[-1]  # start each jump from elsewhere
    for label in labels:
        if not label.buddy().isEnabled():
            continue
        away.setFocus()
        assert QApplication.focusWidget() is away
        letter = mnemonic(label.text())
        qtbot.keyClick(away, letter, Qt.KeyboardModifier.AltModifier)
        target = label.buddy().focusProxy() or label.buddy()
        focused = QApplication.focusWidget()
        assert focused is target or target.isAncestorOf(focused), label.text()


@pytest.mark.parametrize("entity", ["organisation", "person", "commitment", "interaction"])
def test_every_field_of_a_dutch_edit_form_is_one_alt_letter_away(filled, dutch, qtbot, entity):
    """The forms had no Alt letters at all: only Tab through up to eleven fields."""
    from ui.editing import make_form

    db, ids = filled
    record = {"organisation": ids["food"], "person": ids["gerrit"]}.get(entity)
    _check_alt_letters(qtbot, _shown(qtbot, make_form(db, entity, record)))


def test_every_field_of_the_settings_is_one_alt_letter_away(filled, dutch, qtbot):
    """No Alt letters; the database and backup-folder labels had no field to jump to."""
    from ui.settings_dialog import SettingsDialog

    db, _ids = filled
    dialog = _shown(qtbot, SettingsDialog(db))
    _check_alt_letters(qtbot, dialog)
    assert {label.buddy() for label in _field_labels(dialog)} >= {
        dialog.database_edit,
        dialog.backup_edit,
    }


def test_the_first_start_fields_are_one_alt_letter_away(shell_env, dutch, qtbot, tmp_path):
    from ui.first_start import FirstStartDialog

    dialog = _shown(qtbot, FirstStartDialog(tmp_path / "liaison.db", "Fatima el Amrani"))
    _check_alt_letters(qtbot, dialog)


def test_letters_go_to_word_starts_first_and_never_twice() -> None:
    taken: set[str] = set()
    assert with_mnemonic("Soort", taken) == "&Soort"
    assert with_mnemonic("Status", taken) == "S&tatus"
    assert with_mnemonic("Soort steun", {"o"}) == "&Soort steun"
    assert with_mnemonic("Sa&menvatting", taken) == "Sa&menvatting"
    assert "m" in taken
    assert with_mnemonic("ab", {"a", "b"}) == "ab"
    assert mnemonic("Ruimte && tijd") is None


def test_every_button_of_a_dutch_person_page_has_its_own_alt_letter(filled, dutch, qtbot):
    """'Toevoegen…', 'Naar prullenbak' and 'Privacy…' had none: a mouse was needed to add
    a role, to delete, or to answer an AVG request. None may take a menu's letter."""
    from ui.main_window import MainWindow

    db, ids = filled
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.start("today")
    window.show()
    window.open_record("person", ids["gerrit"])
    page = window.record_widget
    assert page is not None and page.wait_loaded()
    menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
    buttons = [
        page.edit_button,
        page.log_button,
        page.add_button,
        page.delete_button,
        page.privacy_button,
    ]
    letters = [mnemonic(b.text()) for b in buttons]
    assert None not in letters, [b.text() for b in buttons]
    assert len(set(letters)) == len(letters)
    assert not set(letters) & menus


def _default_buttons(dialog: QDialog) -> list[QPushButton]:
    return [b for b in dialog.findChildren(QPushButton) if b.isDefault()]


def test_enter_in_the_export_path_field_exports_instead_of_browsing(filled, qtbot):
    """The Export button was made default before it was inside the dialog, so on show Qt
    made the first button after the path field default: Enter opened the file browser."""
    from ui.exchange.export_dialog import ExportDialog

    db, _ids = filled
    dialog = _shown(qtbot, ExportDialog(db))
    assert QApplication.focusWidget() is dialog.path_edit
    assert _default_buttons(dialog) == [dialog.export_button]


def test_enter_on_the_list_of_imports_closes_rather_than_undoes(filled, qtbot):
    """Enter on the list pressed 'Undo import' (the first button after the list)."""
    from ui.exchange.imports_dialog import ImportsDialog

    db, _ids = filled
    dialog = _shown(qtbot, ImportsDialog(db))
    assert _default_buttons(dialog) == [dialog.close_button]


def test_the_shortcuts_list_names_the_alt_letters_and_starts_at_the_top(shell_env, qtbot):
    """Help → Keyboard shortcuts did not mention Alt+letter, and its list floated in the
    middle of the window with a blank band above it."""
    from ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog([])
    qtbot.addWidget(dialog)
    assert ("Alt+letter", "Go to the field or button whose letter is underlined") in dialog.rows
    label = next(w for w in dialog.findChildren(QLabel) if "<table>" in w.text())
    assert label.alignment() & Qt.AlignmentFlag.AlignTop


def test_the_privacy_tools_are_one_alt_letter_away(filled, dutch, qtbot):
    """The person picker's 'Persoon:' label pointed at the picker's wrapper, which takes no
    focus, and had no letter; the retention list's period had none either."""
    from ui.trust.privacy_dialogs import PersonPickerDialog, RetentionDialog

    db, _ids = filled
    picker = _shown(qtbot, PersonPickerDialog(db, "Inzage-export"))
    _check_alt_letters(qtbot, picker)
    retention = _shown(qtbot, RetentionDialog(db))
    _check_alt_letters(qtbot, retention)


def _focus_shows(qtbot, field: QLineEdit) -> bool:  # type: ignore[no-untyped-def]
    """Whether focusing ``field`` changes more of it than the caret (a frame or border)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    other = QPushButton("x")
    layout.addWidget(field)
    layout.addWidget(other)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=3000)
    other.setFocus()
    before = field.grab().toImage()
    field.setFocus()
    assert field.hasFocus()
    after = field.grab().toImage()
    field.setCursorPosition(0)
    changed = sum(
        before.pixel(x, y) != after.pixel(x, y)
        for x in range(8, before.width())  # the caret at the left edge is not a frame
        for y in range(before.height())
    )
    return changed > 2 * before.width()


def test_the_invalid_field_the_cursor_is_put_in_shows_its_focus(qapp, qtbot):
    """A styled border replaces the style's focus frame: after a refused save the cursor
    went to the pink field, and only the caret showed it."""
    from ui.editing.forms import INVALID_STYLE

    field = QLineEdit("info@buurt")
    field.setStyleSheet(INVALID_STYLE)
    assert _focus_shows(qtbot, field)


def test_the_global_search_shows_its_focus_with_the_apps_style_sheet(qapp, qtbot):
    """Ctrl+K put the cursor in the search field, and only the caret said so."""
    from ui.app import STYLE
    from ui.widgets import tone

    holder_sheet = tone.style_sheet(STYLE.read_text(encoding="utf-8"), qapp.palette())
    field = QLineEdit()
    field.setObjectName("globalSearch")
    field.setPlaceholderText("Search everything (Ctrl+K)")
    field.setStyleSheet(holder_sheet)
    assert _focus_shows(qtbot, field)


def _buttons_have_own_letters(dialog: QDialog) -> None:
    shown = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    assert [b.text() for b in shown if mnemonic(b.text()) is None] == []
    assert {k: v for k, v in _letters(dialog).items() if len(v) > 1} == {}


def test_the_buttons_of_the_stale_export_and_imports_dialogs_have_alt_letters(filled, dutch, qtbot):
    """'Mijn versie houden', 'Opnieuw laden', 'Bladeren…', 'Annuleren', 'Sluiten' had none."""
    from liaison.errors import StaleRecordError
    from ui.editing import make_form
    from ui.editing.stale import StaleDialog
    from ui.exchange.export_dialog import ExportDialog
    from ui.exchange.imports_dialog import ImportsDialog

    db, ids = filled
    form = make_form(db, "organisation", ids["food"])
    qtbot.addWidget(form)
    original = form.values()
    theirs = {**original, "phone": "010 765 4321", "updated_by": "Sanne de Vries", "version": 9}
    exc = StaleRecordError("changed", current=theirs)
    stale = StaleDialog("organisation", exc, original, {"phone": "010 123 4567"}, form._display)
    for dialog in (stale, ExportDialog(db), ImportsDialog(db)):
        _buttons_have_own_letters(_shown(qtbot, dialog))


def test_the_damaged_database_dialog_has_an_alt_letter_for_each_way_out(
    shell_env, dutch, qtbot, tmp_path
):
    """'Nieuwste back-up terugzetten', 'Back-up kiezen…' and 'Afsluiten' had none."""
    from liaison.trust.integrity import DamagedDatabaseError
    from ui.trust.backup_actions import DamagedDatabaseDialog

    path = tmp_path / "liaison.db"
    error = DamagedDatabaseError(
        "damaged",
        path=path,
        problems=["Tree 14 page 2211 cell 3: invalid page number 98121"],
        backup=tmp_path / "backups" / "liaison-backup-20261126-083000.db",
    )
    _buttons_have_own_letters(_shown(qtbot, DamagedDatabaseDialog(error)))
