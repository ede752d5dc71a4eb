"""QA of the edit forms as an officer uses them: keyboard first, typed text never lost."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from ui_shell_data import filled, shell_env  # noqa: F401

from ui.editing import make_form


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
