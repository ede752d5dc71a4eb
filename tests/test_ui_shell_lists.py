"""List views: a table model over ids, sorting and filtering in SQL, rows fetched lazily."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_shell_data import filled, shell_env, window  # noqa: F401

from ui.models.record_table import BLOCK, RecordTableModel
from ui.views.list_view import ListView


def names(model: RecordTableModel) -> list[str]:
    col = [c.key for c in model.columns].index("name")
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_sorts_in_sql_both_ways(filled):
    db, _ids = filled
    model = RecordTableModel(db, "initiative")
    model.reload()
    col = [c.key for c in model.columns].index("name")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Digitale Buddies", "Maaltijden Aan Huis", "Voedselbank Blijdorp"]
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Voedselbank Blijdorp", "Maaltijden Aan Huis", "Digitale Buddies"]


def test_people_sort_by_family_name_ignoring_the_infix(filled):
    db, _ids = filled
    model = RecordTableModel(db, "person")
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.reload()
    assert names(model) == ["Aïcha Bakker", "Gerrit van den Berg", "Anna de Vries", "Zeynep Yilmaz"]


def test_cells_are_formatted_for_people(filled):
    db, ids = filled
    model = RecordTableModel(db, "commitment")
    model.reload()
    keys = [c.key for c in model.columns]
    row = model.row_of(ids["commitment"])
    # English in the Netherlands (en_NL) writes euros the Dutch way, like the Dutch UI
    assert model.index(row, keys.index("amount")).data() == "€\xa01.500,00"
    assert model.index(row, keys.index("kind")).data() == "Financial"
    amount_align = model.index(row, keys.index("amount")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert amount_align & Qt.AlignmentFlag.AlignRight


def test_filters_and_quick_text_narrow_the_ids(filled):
    db, ids = filled
    model = RecordTableModel(db, "initiative")
    model.reload()
    assert model.rowCount() == 3
    model.set_filter("district", "Feijenoord")
    assert sorted(model.ids()) == sorted([ids["meals"], ids["buddies"]])
    model.set_filter("tag", "jongeren")
    assert model.ids() == [ids["meals"]]
    model.set_filter("tag", None)
    model.set_filter("district", None)
    model.set_text("voedsel")
    assert model.ids() == [ids["food"]]


def test_filter_combo_boxes_drive_the_model(window, filled):
    _db, ids = filled
    view = window.show_view("partner")
    view.ensure_filters()
    assert {"kind", "district", "status", "officer_id", "tag"} <= set(view.filter_boxes)
    kinds = view.filter_boxes["kind"]
    labels = [kinds.itemText(i) for i in range(kinds.count())]
    assert "Municipality" in labels  # codes are shown in words
    kinds.setCurrentIndex(kinds.findData("fund"))
    assert view.model.ids() == [ids["fund"]]
    kinds.setCurrentIndex(0)
    assert view.model.rowCount() == 3


def test_selecting_a_row_shows_its_detail(window, filled):
    _db, ids = filled
    view = window.show_view("commitment")
    assert view.select_id(ids["commitment"])
    view.show_detail_now()
    assert view.detail.record_id == ids["commitment"]
    shown = view.detail.widget()
    texts = [w.text() for w in shown.findChildren(type(view.count_label))]
    assert "Oranje Fonds" in texts


def test_rows_are_fetched_lazily_in_blocks(db, shell_env, qtbot):
    from liaison import demo

    demo.generate(db, size=150)
    model = RecordTableModel(db, "interaction")
    model.reload()
    total = model.rowCount()
    assert total > 2 * BLOCK
    assert model.fetches == 0  # ids only
    model.index(0, 0).data()
    assert model.fetches == 1
    for row in range(1, BLOCK // 2):
        model.index(row, 1).data()
    assert model.fetches == 1  # the same block
    model.index(total - 1, 0).data()
    assert model.fetches == 2
    assert len(model._cache) <= 2 * BLOCK


def test_list_view_scrolls_a_big_list(db, shell_env, qtbot):
    from liaison import demo

    demo.generate(db, size=150)
    view = ListView(db, "interaction")
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.load()
    qtbot.waitExposed(view)
    qtbot.wait(20)  # the columns are sized once the view is laid out
    view.table.scrollToBottom()
    view.table.viewport().repaint()
    fetched = view.model.fetches
    assert 1 <= fetched <= 4
    assert "record" in view.count_label.text()


def test_first_screen_comes_first_and_the_rest_from_a_worker(db, shell_env, qtbot, monkeypatch):
    from liaison import demo
    from ui.models.record_table import FIRST_PAGE
    from ui.worker import Op

    demo.generate(db, size=60)
    monkeypatch.setattr(Op, "run_inline", False)
    model = RecordTableModel(db, "interaction")
    with qtbot.waitSignal(model.completed, timeout=10_000):
        model.reload()
        assert model.rowCount() == FIRST_PAGE  # painted before all ids are known
        assert not model.is_complete()
    from liaison.services import queries

    with db.session_scope(write=False) as s:
        expected = queries.ids(s, queries.ListQuery("interaction"))
    assert len(expected) > FIRST_PAGE
    assert model.is_complete() and model.ids() == expected


@pytest.mark.parametrize("width", [1100, 850])  # 850: the list in a 1024-pixel window
def test_support_list_shows_its_renewal_dates_without_scrolling(db, shell_env, qtbot, width):
    """Long initiative and partner names give way; the column the list is sorted by
    (renewal date) and the amount stay in view, and the first row has a renewal date."""
    from liaison import demo

    demo.generate(db, size=60)
    view = ListView(db, "commitment")
    qtbot.addWidget(view)
    view.resize(width, 700)
    view.show()
    qtbot.waitExposed(view)
    view.load()
    keys = [c.key for c in view.model.columns]
    header = view.table.horizontalHeader()
    renew_by = keys.index("renew_by")
    qtbot.waitUntil(lambda: header.sectionSize(renew_by) != header.defaultSectionSize())
    visible = view.table.viewport().width()
    for key in ("initiative", "partner", "kind", "amount", "renew_by"):
        section = keys.index(key)
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        assert right <= visible, (key, right, visible)
    assert header.sectionSize(keys.index("initiative")) >= 120  # the name stays readable
    assert view.model.index(0, keys.index("renew_by")).data()  # not an empty one first


def test_a_saved_header_for_other_columns_is_not_applied(db, shell_env, qtbot):
    from PySide6.QtCore import QByteArray

    from ui import prefs

    settings = prefs.qsettings()
    settings.setValue(
        "lists/commitment/header", QByteArray(b"\x00\x00\x00\xff saved by an older list")
    )
    settings.setValue("lists/commitment/columns", "initiative,partner,kind,amount,start,end")
    view = ListView(db, "commitment")
    qtbot.addWidget(view)
    assert not view._had_state
    view.save_state()
    again = ListView(db, "commitment")
    qtbot.addWidget(again)
    assert again._had_state


def test_the_support_list_opens_on_running_support_and_all_shows_the_rest(window, filled):
    """It opened on every commitment by renewal date: the ones that ended in 2020 first."""
    import datetime as dt

    from liaison.services import records
    from liaison.storage.models import Commitment

    db, ids = filled
    with db.session_scope() as s:
        ended = records.create(
            s, Commitment, partner_id=ids["fund"], initiative_id=ids["food"], kind="financial",
            start=dt.date(2020, 6, 15), end=dt.date(2020, 7, 14), renew_by=dt.date(2020, 6, 2),
            status="ended",
        )  # fmt: skip
        renewed = records.create(
            s,
            Commitment,
            partner_id=ids["fund"],
            initiative_id=ids["food"],
            kind="financial",
            start=dt.date.today(),
            end=dt.date.today() + dt.timedelta(days=364),
            status="renewed",
        )  # fmt: skip  (the running term of a renewed commitment)
        s.flush()
        ended_id, renewed_id = ended.id, renewed.id
    view = window.show_view("commitment")
    view.load()
    assert ended_id not in view.model.ids() and renewed_id in view.model.ids()
    assert len(view.model.ids()) == 4
    view.ensure_filters()
    status = view.filter_boxes["status"]
    assert status.currentData() == "current"
    assert status.currentText() == "Running (active or renewed)"
    status.setCurrentIndex(0)  # "All: Status"
    assert ended_id in view.model.ids() and len(view.model.ids()) == 5


def test_the_support_list_marks_due_and_overdue_renewals_as_the_agenda_does(window, filled):
    """The list showed a renewal decision two months overdue like any other date."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from liaison.services import records
    from liaison.storage.models import Commitment
    from ui.models.record_table import DUE_FILL, OVERDUE_FILL

    db, ids = filled
    today = dt.date.today()
    with db.session_scope() as s:
        made = {
            name: records.create(
                s,
                Commitment,
                partner_id=ids["fund"],
                initiative_id=ids["food"],
                kind="financial",
                start=today - dt.timedelta(days=300),
                status=status,
                end=today + dt.timedelta(days=end),
                renew_by=today + dt.timedelta(days=renew),
            )  # fmt: skip
            for name, status, end, renew in (
                ("overdue", "renewed", 60, -30),  # decision missed, support still runs
                ("due", "active", 200, 10),
                ("later", "active", 400, 300),
                ("ended", "ended", -5, -40),  # history: not marked
            )
        }
        s.flush()
        made_ids = {name: c.id for name, c in made.items()}
    view = window.show_view("commitment")
    view.ensure_filters()
    view.filter_boxes["status"].setCurrentIndex(0)  # all, the ended one too
    model = view.model
    column = [c.key for c in model.columns].index("renew_by")

    def fill(name: str):  # type: ignore[no-untyped-def]
        index = model.index(model.row_of(made_ids[name]), column)
        return model.data(index, Qt.ItemDataRole.BackgroundRole)

    assert fill("overdue") == QColor(OVERDUE_FILL)
    assert fill("due") == QColor(DUE_FILL)
    assert fill("later") is None and fill("ended") is None
    overdue = model.index(model.row_of(made_ids["overdue"]), column)
    assert model.data(overdue, Qt.ItemDataRole.FontRole).bold()
    assert "was due on" in model.data(overdue, Qt.ItemDataRole.ToolTipRole)
    # the fills stay light in dark mode: their text is dark ink, not the palette's white
    from ui.widgets.tone import contrast

    for name, light in (("overdue", OVERDUE_FILL), ("due", DUE_FILL)):
        index = model.index(model.row_of(made_ids[name]), column)
        ink = model.data(index, Qt.ItemDataRole.ForegroundRole)
        assert ink is not None and contrast(ink, QColor(light)) >= 4.5, name
