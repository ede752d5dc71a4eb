"""Counts in the Dutch app carry the Dutch thousands separator (acceptance audit of issue 3).

The people list of a 20,000-person database said "20000 items" and the dashboard's
cards "Op te volgen  (1534)" and "… en nog 1484", while a record page's tab already
said "Contactlog (1.430)": in Dutch a thousand is written 1.000.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale
from sqlalchemy import insert
from ui_shell_data import shell_env  # noqa: F401

from liaison.storage.models import Person, utcnow
from liaison.text import person_sort_key
from ui import i18n


def _people(db, n: int) -> None:  # type: ignore[no-untyped-def]
    now = utcnow()
    rows = [
        {
            "uuid": str(uuid.uuid4()),
            "given_name": "Anna",
            "infix": "",
            "family_name": f"Bakker {i}",
            "sort_key": person_sort_key("Anna", "", f"Bakker {i}"),
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for i in range(n)
    ]
    with db.session_scope() as session:
        session.execute(insert(Person), rows)


def test_the_people_list_counts_with_a_dutch_thousands_separator(db, shell_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.views.list_view import ListView

    _people(db, 1234)
    i18n.install("nl")
    view = ListView(db, "person")
    qtbot.addWidget(view)
    view.load()
    qtbot.waitUntil(view.model.is_complete)
    assert view.count_label.text() == "1.234 items"
    i18n.install("en")
    view.load()
    qtbot.waitUntil(view.model.is_complete)
    # English keeps the Dutch conventions for numbers (en_NL), and the plural form
    assert view.count_label.text() == f"{QLocale().toString(1234)} records" != "1234 records"


def test_a_dashboard_card_counts_with_a_dutch_thousands_separator(shell_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dashboard import MAX_ITEMS, Card

    i18n.install("nl")
    card = Card("follow_ups", "Op te volgen", "Niets")
    qtbot.addWidget(card)
    lines = [(f"regel {i}", "person", i, "") for i in range(MAX_ITEMS)]
    card.set_items(lines, total=1534)
    assert card.title.text() == "Op te volgen  (1.534)"
    last = card.list.item(card.list.count() - 1).text()
    assert last == f"… en nog {1534 - MAX_ITEMS:,}".replace(",", ".")
