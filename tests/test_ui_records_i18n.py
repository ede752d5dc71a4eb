"""The Dutch translation of the record pages is complete and is used at run time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from liaison.storage.db import Database
from tests.ui_records_world import english_ui, make_world  # noqa: F401 - autouse fixture

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "liaison_nl_records.ts"


def test_every_message_is_translated() -> None:
    tree = ET.parse(TS)
    messages = list(tree.iter("message"))
    assert len(messages) > 300
    unfinished = [
        m.findtext("source")
        for m in messages
        if not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") in ("unfinished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == []
    # placeholders survive translation
    for m in messages:
        source, text = m.findtext("source") or "", m.findtext("translation") or ""
        for mark in ("%1", "%2", "%3"):
            assert (mark in source) == (mark in text), source


def test_pages_and_forms_speak_dutch(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.editing import make_form
    from ui.pages import RecordPage

    ids = make_world(db)
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        page = RecordPage(db, "organisation", ids["ini"])
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=10000):
            pass  # the page reads its data in a worker
        tabs = [page.tabs.tabText(i).split(" (")[0] for i in range(page.tabs.count())]
        assert tabs == [
            "Overzicht",
            "Personen",
            "Steun",
            "Coalitiekaart",
            "Contactlog",
            "Geschiedenis",
        ]
        assert page.subtitle.text().startswith("Initiatief")
        form = make_form(db, "person", ids["ayse"])
        qtbot.addWidget(form)
        form.fields["email"].widget.setText("ayse@")
        assert form.errors()["email"].startswith("Dit is geen geldig e-mailadres")
        assert form.windowTitle() == "Persoon bewerken"
    finally:
        QCoreApplication.removeTranslator(translator)
