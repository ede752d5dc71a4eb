"""QA of the quick log: what the officer chose is not thrown away without asking."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.services.relations import Ref
from ui.quick_log import QuickLogDialog


def test_esc_after_choosing_people_asks_before_closing(filled, qtbot):
    db, ids = filled
    dialog = QuickLogDialog(db, None, ("initiative", ids["food"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.is_dirty()  # the prefilled initiative alone is nothing to lose
    dialog.people.add(Ref("person", ids["gerrit"], "Gerrit van den Berg"))
    dialog.people.add(Ref("person", ids["aicha"], "Aïcha Bakker"))
    dialog.follow_up.edit.setText("+7")
    asked: list[str] = []

    def keep_editing() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, keep_editing)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(20, keep_editing)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked, "closed without asking: two chosen people and a follow-up date lost"
    assert dialog.isVisible()
    assert len(dialog.people.ids()) == 2
    dialog.people.setRefs([])
    dialog.follow_up.edit.clear()
    assert not dialog.is_dirty()


def test_the_close_question_names_its_choices_in_the_officers_words(filled, qtbot):
    """Qt's own 'Verwerpen' / 'Annuleren': which one keeps the contact?"""
    from ui import i18n

    db, ids = filled
    i18n.install("nl")
    try:
        dialog = QuickLogDialog(db, None, ("initiative", ids["food"]))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.summary.setText("Gebeld")
        seen: list[list[str]] = []

        def look() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, look)
                return
            seen.append(sorted(b.text().replace("&", "") for b in box.buttons()))
            box.button(QMessageBox.StandardButton.Cancel).click()

        QTimer.singleShot(20, look)
        dialog.reject()
        assert seen == [["Contact weggooien", "Verder bewerken"]]
        assert dialog.isVisible()
        dialog.summary.clear()
    finally:
        i18n.install("en")
