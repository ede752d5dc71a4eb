"""Record pages and the coalition map on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from liaison.errors import NotFoundError
from liaison.services import records, relations
from liaison.storage.db import Database
from liaison.storage.models import Commitment
from tests.ui_records_world import english_ui, make_world  # noqa: F401 - autouse fixture
from ui.coalition_map import CoalitionMap
from ui.pages import RecordPage


def open_page(qtbot, db: Database, entity: str, record_id: int) -> RecordPage:  # type: ignore[no-untyped-def]
    """A page whose data was read in the real background worker and is now shown."""
    page = RecordPage(db, entity, record_id)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass  # the result arrives through the event loop, so it cannot be missed
    return page


def tab_names(page: RecordPage) -> list[str]:
    return [page.tabs.tabText(i).split(" (")[0] for i in range(page.tabs.count())]


def test_initiative_page_shows_relations_signals_and_history(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    page = open_page(qtbot, db, "organisation", ids["ini"])
    page.resize(1000, 700)
    page.show()
    assert page.layout_kind() == "initiative"
    assert tab_names(page) == [
        "Overview",
        "People",
        "Support",
        "Coalition map",
        "Contact log",
        "History",
    ]
    assert page.title.text() == "Buurtkeuken Tarwewijk"
    assert "Tarwewijk (Charlois)" in page.subtitle.text()
    assert [r.person_name for r in page.people.rows] == ["Ayşe Yılmaz"]
    assert {r.partner_name for r in page.support.rows} == {"Oranje Fonds", "Woonstad Rotterdam"}
    assert len(page.timeline.rows) == 2
    assert [r.summary for r in page.contacts.rows] == ["Keuken bekeken"]
    assert page.history_panel.model.entries[-1].action == "create"  # newest first
    signals_text = " ".join(lbl.text() for lbl in page.signals_box.findChildren(QLabel))
    assert "Oranje Fonds gives 90% of the active support in euros." in signals_text
    # double-clicking a person opens their record
    page.tabs.setCurrentWidget(page.people_tab)
    qtbot.waitExposed(page.people_table)
    rect = page.people_table.visualRect(page.people_table.model().index(0, 0))
    qtbot.mouseClick(page.people_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.openRecord, timeout=2000) as blocker:
        qtbot.mouseDClick(
            page.people_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert blocker.args == ["person", ids["ayse"]]


def test_partner_and_person_pages(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    partner = open_page(qtbot, db, "partner", ids["fund"])
    assert partner.entity == "organisation" and partner.layout_kind() == "partner"
    assert "Coalition map" not in tab_names(partner)
    assert [r.initiative_name for r in partner.support.rows] == ["Buurtkeuken Tarwewijk"]
    assert partner.signals_box.isHidden()
    person = open_page(qtbot, db, "person", ids["ayse"])
    assert tab_names(person) == ["Overview", "Roles", "Contact log", "History"]
    assert [r.organisation_name for r in person.roles.rows] == ["Buurtkeuken Tarwewijk"]
    assert person.contacts.rows[0].summary == "Keuken bekeken"
    assert "Initiator — Buurtkeuken Tarwewijk" in person.subtitle.text()


def test_page_delete_then_ctrl_z_restores(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    page = open_page(qtbot, db, "organisation", ids["fund"])
    page.show()
    with (
        qtbot.waitSignal(page.loaded, timeout=10000),
        qtbot.waitSignal(page.recordDeleted) as blocker,
    ):
        page.delete_button.click()
    assert blocker.args == ["organisation", ids["fund"]]
    with db.session_scope(write=False) as s, pytest.raises(NotFoundError):
        relations.organisation_detail(s, ids["fund"])
    assert page.error.isVisibleTo(page)  # the page says the record is gone
    page.activateWindow()
    page.tabs.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with db.session_scope(write=False) as s:
        assert relations.organisation_detail(s, ids["fund"]).name == "Oranje Fonds"
        assert records.get(s, Commitment, ids["one_off"]).deleted_at is None
    assert page.title.text() == "Oranje Fonds" and not page.error.isVisibleTo(page)


def test_page_uses_window_undo_stack(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow

    ids = make_world(db)
    window = QMainWindow()
    window.undo_stack = QUndoStack(window)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    page = RecordPage(db, "person", ids["gerrit"])
    window.setCentralWidget(page)
    page.delete()
    assert window.undo_stack.count() == 1  # type: ignore[attr-defined]
    window.undo_stack.undo()  # type: ignore[attr-defined]
    with db.session_scope(write=False) as s:
        assert relations.person_detail(s, ids["gerrit"]).family_name == "Berg"


def test_coalition_map_edges_and_double_click(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    view = CoalitionMap(db, ids["ini"])
    qtbot.addWidget(view)
    view.resize(900, 650)
    view.show()
    qtbot.waitExposed(view)
    styles = {e.edge.commitment_id: e.pen().style() for e in view.edges if e.edge.commitment_id}
    assert styles == {
        ids["one_off"]: Qt.PenStyle.DashLine,
        ids["structural"]: Qt.PenStyle.SolidLine,
    }
    widths = {e.edge.commitment_id: e.pen().widthF() for e in view.edges if e.edge.commitment_id}
    assert widths[ids["one_off"]] > widths[ids["structural"]]  # € 9.000 against € 1.000
    assert "Oranje Fonds" in view.banner.text and view.coalition.depends_on_one
    node = view.nodes[("organisation", ids["fund"])]
    pos: QPoint = view.mapFromScene(node.scenePos())
    with qtbot.waitSignal(view.openRecord) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["organisation", ids["fund"]]
    person = view.nodes[("person", ids["ayse"])]
    with qtbot.waitSignal(view.openRecord) as blocker:
        qtbot.mouseDClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(person.scenePos())
        )
    assert blocker.args == ["person", ids["ayse"]]


def test_coalition_map_after_support_ends(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    with db.session_scope() as s:
        records.update(s, Commitment, ids["one_off"], 1, status="ended")
    view = CoalitionMap(db, ids["ini"])
    qtbot.addWidget(view)
    assert ("organisation", ids["fund"]) in view.earlier
    dotted = [e for e in view.edges if e.edge.commitment_id == ids["one_off"]]
    assert dotted and dotted[0].pen().style() == Qt.PenStyle.DotLine
    assert view.coalition.depends_on_one  # only the housing corporation is left


def test_screenshots_render(qtbot, db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.screenshots_records import render_all

    make_world(db)
    paths = render_all(db, tmp_path)
    names = {p.name for p in paths}
    assert {"coalition_map.png", "quick_log.png", "stale_edit.png"} <= names
    assert any(n.startswith("initiative_") for n in names)
    assert all(p.stat().st_size > 2000 for p in paths)


def test_timeline_span_and_descriptions(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from ui.pages.timeline import CommitmentTimeline

    ids = make_world(db)
    with db.session_scope(write=False) as s:
        rows = relations.commitments_of(s, ids["ini"])
    timeline = CommitmentTimeline(today=dt.date.today())
    qtbot.addWidget(timeline)
    timeline.set_rows(rows)
    timeline.resize(800, timeline.sizeHint().height())
    timeline.show()
    lo, hi = timeline.span()
    assert lo <= min(r.start for r in rows) and hi > dt.date.today()
    assert (hi - lo).days >= 365
    texts = [timeline.describe(r) for r in rows]
    assert any("Renewal decision by" in t and "one-off" in t for t in texts)
    assert any("open end" in t and "structural" in t for t in texts)
    image = timeline.grab().toImage()
    assert image.width() == 800 and not image.isNull()


def test_coalition_map_folds_many_people(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from liaison.storage.models import Affiliation, Person
    from ui.coalition_map import MAX_PEOPLE

    ids = make_world(db)
    with db.session_scope() as s:
        for i in range(MAX_PEOPLE + 3):
            p = records.create(s, Person, given_name=f"Vrijwilliger{i}", family_name="Test")
            records.create(
                s, Affiliation, person_id=p.id, organisation_id=ids["ini"], role="volunteer"
            )
    view = CoalitionMap(db, ids["ini"])
    qtbot.addWidget(view)
    people = [k for k in view.nodes if k[0] == "person"]
    assert len(people) == MAX_PEOPLE
    assert ("person", ids["ayse"]) in view.nodes  # the initiator is never folded away
    assert view.more_people is not None and "+ 4 more people" in view.more_people.text


def test_follow_up_done_and_kind_change_rebuild_the_page(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from liaison.storage.models import Organisation

    ids = make_world(db)
    page = open_page(qtbot, db, "organisation", ids["ini"])
    row = page.contacts.rows[0]
    assert row.follow_up_on is not None and not row.follow_up_done
    with qtbot.waitSignal(page.loaded, timeout=10000), qtbot.waitSignal(page.recordChanged):
        page.mark_done(row)
    assert page.contacts.rows[0].follow_up_done
    assert "(done)" in page.contacts.data(page.contacts.index(0, 4))
    # a colleague turns the initiative into a partner: the page follows on reload
    with db.session_scope() as s:
        records.update(s, Organisation, ids["ini"], None, kind="welfare")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    assert page.layout_kind() == "partner" and page.coalition_map is None
    assert "Coalition map" not in tab_names(page)


def test_partner_with_two_renewals_on_one_day(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    from decimal import Decimal

    ids = make_world(db)
    day = dt.date.today() + dt.timedelta(days=30)
    with db.session_scope() as s:
        for amount in ("100", "200"):
            records.create(
                s,
                Commitment,
                partner_id=ids["fund"],
                initiative_id=ids["ini"],
                kind="media",
                amount=Decimal(amount),
                renew_by=day,
            )
    page = open_page(qtbot, db, "organisation", ids["fund"])
    texts = [
        page.overview_form.itemAt(i).widget().text()
        for i in range(page.overview_form.count())
        if isinstance(page.overview_form.itemAt(i).widget(), QLabel)
    ]
    assert any("Buurtkeuken Tarwewijk" in t and t.startswith(day.strftime("%d")) for t in texts)


def test_page_loads_in_background_saying_loading_first(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = make_world(db)
    page = RecordPage(db, "organisation", ids["ini"])
    qtbot.addWidget(page)
    # the read runs in a worker: the constructor returns before any data is shown
    assert page.subtitle.text() == "Loading…" and not page.is_loaded
    assert not page.edit_button.isEnabled() and page.detail is None
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    assert page.is_loaded and page.title.text() == "Buurtkeuken Tarwewijk"
    assert page.edit_button.isEnabled() and "Loading" not in page.subtitle.text()


def test_reload_keeps_content_and_only_the_latest_result_is_shown(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool

    from liaison.storage.models import Organisation

    ids = make_world(db)
    page = open_page(qtbot, db, "organisation", ids["fund"])
    shown: list[str] = []
    page.loaded.connect(lambda: shown.append(page.title.text()))
    page.reload()
    assert page.title.text() == "Oranje Fonds"  # previous content stays while reading
    with db.session_scope() as s:
        records.update(s, Organisation, ids["fund"], None, name="Oranje Fonds NL")
    page.reload()  # started after the rename: its result is the one to show
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # let any late result of the first reload arrive (it must be dropped)
    assert shown == ["Oranje Fonds NL"]
    assert page.title.text() == "Oranje Fonds NL"


def test_page_closed_before_its_worker_finishes(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    import shiboken6
    from PySide6.QtCore import QThreadPool

    ids = make_world(db)
    shown: list[bool] = []
    for _ in range(5):
        page = RecordPage(db, "organisation", ids["ini"])
        page.loaded.connect(lambda: shown.append(True))
        page.reload()
        shiboken6.delete(page)  # gone while its workers still read
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # queued results reach no deleted page (an error here fails the test)
    assert shown == []
    survivor = open_page(qtbot, db, "organisation", ids["ini"])
    assert survivor.title.text() == "Buurtkeuken Tarwewijk"


def test_vanished_record_says_so(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    make_world(db)
    page = open_page(qtbot, db, "person", 987654)
    assert page.title.text() == "Record not available"
    assert page.error.text() and not page.error.isHidden()
    assert not page.edit_button.isEnabled() and not page.tabs.isEnabled()


def test_inline_mode_fills_the_page_in_the_constructor(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.worker import Op

    ids = make_world(db)
    monkeypatch.setattr(Op, "run_inline", True)
    page = RecordPage(db, "person", ids["ayse"])
    qtbot.addWidget(page)
    assert page.is_loaded and [r.organisation_name for r in page.roles.rows] == [
        "Buurtkeuken Tarwewijk"
    ]
