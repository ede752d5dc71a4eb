"""QA of layouts at the smallest window officers use (1024×700): nothing cut off."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from ui_shell_data import filled, shell_env, window  # noqa: F401

from liaison.services import records
from liaison.storage.models import Organisation

LONG_MAIL = "info@boodschappendienstoudijsselmonde.nl"


def test_a_long_e_mail_address_does_not_push_the_detail_pane_off_screen(window, filled, qtbot):
    db, ids = filled
    with db.session_scope() as s:
        records.update(s, Organisation, ids["food"], None, email=LONG_MAIL)
    window.resize(1024, 700)
    view = window.show_view("initiative")
    view.splitter.setSizes([760, 250])
    assert view.select_id(ids["food"])
    view.show_detail_now()
    QApplication.processEvents()
    pane = view.detail
    box = pane.widget()
    # the values fit the pane: the name wraps instead of running off its right edge
    assert box.width() <= pane.viewport().width()
    mail = next(label for label in box.findChildren(QLabel) if label.toolTip() == LONG_MAIL)
    assert mail.geometry().right() <= pane.viewport().width()
    assert "…" in mail.text()  # shortened, whole in the tooltip
