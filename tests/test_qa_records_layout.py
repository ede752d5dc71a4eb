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


def test_the_renewal_date_on_a_page_is_in_view_beside_a_long_partner_name(filled, qtbot):
    """The support tab at 1024×700: the partner column gave way to no one, and the
    renewal date (what an officer looks for) sat behind a horizontal scroll bar."""
    from ui.pages import RecordPage

    db, ids = filled
    with db.session_scope() as s:
        records.update(
            s,
            Organisation,
            ids["fund"],
            None,
            name="Gemeente Rotterdam – cluster Maatschappelijke Ontwikkeling, Vraagwijzer",
        )
    page = RecordPage(db, "initiative", ids["food"])
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    assert page.wait_loaded()
    page.tabs.setCurrentWidget(page.support_tab)
    QApplication.processEvents()
    table = page.support_table
    renew = [c.header for c in page.support.columns].index("Renewal by")
    right = table.columnViewportPosition(renew) + table.columnWidth(renew)
    assert right <= table.viewport().width()
    last = table.model().columnCount() - 1
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.columnWidth(last) > 0


def test_the_filter_boxes_wrap_instead_of_cutting_their_text_at_1024(window, qtbot):
    """Seven filters on the support list: 'All: Officer' was cut off at 1024×700."""
    window.resize(1024, 700)
    view = window.show_view("commitment")
    view.ensure_filters()
    QApplication.processEvents()
    assert len(view.filter_boxes) >= 5
    for box in view.filter_boxes.values():
        assert box.width() >= box.sizeHint().width(), box.currentText()
        assert box.geometry().right() <= view.width()


def test_the_timeline_leaves_out_axis_labels_under_today_or_past_its_edge(qtbot):
    """'okt 2026' was drawn under the red 'today' tag; '2027' cut off at the right."""
    import datetime as dt

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from liaison.services.relations import CommitmentRow
    from ui.pages.timeline import AXIS_H, CommitmentTimeline

    today = dt.date(2026, 10, 4)
    row = CommitmentRow(
        1, 1, 2, "Rabobank Rotterdam", "company", 3, "Buurtmoeders", "in_kind", None,
        dt.date(2026, 1, 18), dt.date(2027, 1, 17), dt.date(2026, 12, 20), "active",
        False, None, None,
    )  # fmt: skip
    timeline = CommitmentTimeline(today=today)
    qtbot.addWidget(timeline)
    timeline.set_rows([row])
    timeline.resize(800, timeline.sizeHint().height())
    fm = QFontMetricsF(timeline.font())
    labels = timeline.axis_labels()
    assert labels  # the axis still has its labels
    for x, text in labels:
        box = QRectF(x, AXIS_H - 10 - fm.ascent(), fm.horizontalAdvance(text), fm.height())
        assert not box.intersects(timeline.today_rect()), text
        assert box.right() <= timeline.width(), text
