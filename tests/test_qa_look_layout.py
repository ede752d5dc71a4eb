"""QA of layouts at 1024×700 in Dutch: the columns an officer reads stay in view."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.services import records
from liaison.storage.models import Commitment, Organisation


def test_a_partners_dutch_support_table_fits_beside_long_kinds_and_names(filled, qtbot):
    """Dutch, 1024×700: 'Makelen en schakelen' is as wide as a shrunk name, so the columns
    stopped giving way at 140 px and the Status column sat half behind a scroll bar."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.pages import RecordPage

    db, ids = filled
    today = dt.date.today()
    with db.session_scope() as s:
        for name, kind in (
            ("Coronaproof Buurtactiviteiten Hoek van Holland", "brokering"),
            ("Stichting Buurtkracht Bospolder-Tussendijken", "expertise"),
        ):
            initiative = records.create(s, Organisation, name=name, kind="initiative")
            records.create(
                s,
                Commitment,
                partner_id=ids["fund"],
                initiative_id=initiative.id,
                kind=kind,
                amount=Decimal("10000"),
                start=today - dt.timedelta(days=30),
                end=today + dt.timedelta(days=300),
                renew_by=today + dt.timedelta(days=200),
                structural=True,
            )
    i18n.install("nl")
    try:
        page = RecordPage(db, "organisation", ids["fund"])
        qtbot.addWidget(page)
        page.resize(810, 600)  # the page's share of a 1024-px window
        page.show()
        assert page.wait_loaded()
        page.tabs.setCurrentWidget(page.support_tab)
        QApplication.processEvents()
        table = page.support_table
        assert table.horizontalHeader().length() <= table.viewport().width()
    finally:
        i18n.install("en")


def test_the_contact_log_tab_counts_every_contact_not_the_page_shown(filled, qtbot, monkeypatch):
    """The page shows the latest 200 contacts, and its tab said 'Contact log (200)' for a
    municipality with 1,430 (the contact log list, filtered on it, said 1,430)."""
    from liaison.services import contact_log, relations
    from ui.pages import RecordPage, record_page

    monkeypatch.setattr(record_page, "CONTACT_LIMIT", 5)  # the page shows the latest 5
    db, ids = filled
    now = dt.datetime.now().replace(microsecond=0)
    with db.session_scope() as s:
        for day in range(8):
            contact_log.log_interaction(
                s,
                occurred_at=now - dt.timedelta(days=day + 1),
                channel="call",
                summary=f"Gebeld over de begroting ({day})",
                organisation_ids=[ids["fund"]],
            )
    page = RecordPage(db, "organisation", ids["fund"])
    qtbot.addWidget(page)
    assert page.wait_loaded()
    index = page.tabs.indexOf(page.contacts_tab)
    with db.session_scope(write=False) as s:  # the 8 above and any the test data had
        total = relations.count_interactions_of(s, "organisation", ids["fund"])
    assert total >= 8
    assert page.contacts.rowCount() == 5
    assert page.tabs.tabText(index) == f"Contact log ({total})"
    assert f"latest 5 of {total}" in page.tabs.tabToolTip(index)
