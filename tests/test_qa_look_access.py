"""QA for screen readers: every input, table and icon button has a name to announce."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from ui_shell_data import filled, shell_env  # noqa: F401

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)


def _labelled(widget: QWidget, top: QWidget) -> bool:
    if widget.accessibleName():
        return True
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and (buddy is widget or buddy.focusProxy() is widget):
            return True
    return False


def _symbol_only(button: QAbstractButton) -> bool:
    text = button.text().strip()
    return bool(text) and not re.search(r"\w", text) and not button.accessibleName()


def nameless(top: QWidget) -> list[str]:
    """Inputs a screen reader cannot name (no label pointing at them, no accessible name),
    and buttons whose text is only a symbol ('▾', '×') without an accessible name."""
    found = []
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue  # the inner edit of a combo box or spin box
        if isinstance(w, INPUTS) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if not _labelled(w, top):
                found.append(f"{type(w).__name__} {w.objectName()}")
        elif isinstance(w, QAbstractButton) and _symbol_only(w):
            found.append(f"button {w.text()!r}")
    return found


def test_the_quick_log_names_its_time_field_and_its_symbol_buttons(filled, qtbot):
    """The time beside the date had no name; the calendar button was read as '▾' and the
    chip's remove button as '×'."""
    from ui.quick_log import QuickLogDialog

    db, ids = filled
    dialog = QuickLogDialog(db, None, ("initiative", ids["food"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert nameless(dialog) == []
    assert dialog.time.accessibleName() == "Time"


def test_the_contact_form_names_its_time_field(filled, qtbot):
    from ui.editing import make_form

    db, _ids = filled
    form = make_form(db, "interaction", None)
    qtbot.addWidget(form)
    form.show()
    assert nameless(form) == []
    form._baseline = form.values()


def test_the_tables_of_a_record_page_are_named_after_their_tab(filled, qtbot):
    from ui.pages import RecordPage

    db, ids = filled
    page = RecordPage(db, "organisation", ids["food"])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10000)
    page.show()
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        assert nameless(page) == [], page.tabs.tabText(i)
    assert page.contacts_table.accessibleName().startswith("Contact log")


def test_the_dashboard_lists_are_named_after_their_cards(filled, qtbot):
    from ui.dashboard import Dashboard

    db, _ids = filled
    board = Dashboard(db)
    qtbot.addWidget(board)
    board.show()
    QApplication.processEvents()
    lists = [w for w in board.findChildren(QAbstractItemView) if w.isVisibleTo(board)]
    assert lists
    assert all(w.accessibleName() for w in lists), [w.objectName() for w in lists]


def test_the_export_dialog_names_its_period_dates(filled, qtbot):
    from ui.exchange.export_dialog import ExportDialog

    db, _ids = filled
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.limit_period.setChecked(True)
    assert nameless(dialog) == []
