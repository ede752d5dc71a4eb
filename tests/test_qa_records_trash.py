"""QA of the trash: what comes back must make sense without what it hangs on."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from qt_modal import answer_next_message
from ui_shell_data import filled, shell_env, window  # noqa: F401

from liaison.services import records
from liaison.storage.models import Commitment


def select(trash, wanted) -> None:  # type: ignore[no-untyped-def]
    trash.table.clearSelection()
    for row, item in enumerate(trash.model.items):
        if wanted(item):
            trash.table.selectionModel().select(
                trash.model.index(row, 0),
                trash.table.selectionModel().SelectionFlag.Select
                | trash.table.selectionModel().SelectionFlag.Rows,
            )


def test_support_is_not_restored_while_its_partner_is_in_the_trash(window, filled, qtbot):
    db, ids = filled
    window.delete_records("partner", [ids["fund"]])  # its support goes along
    trash = window.show_view("trash")
    select(trash, lambda item: item.entity == "commitment")
    said: list[str] = []
    answer_next_message(said)
    assert trash.restore_selected() == []
    assert said and "Oranje Fonds" in said[0] and "Restore" in said[0]
    with db.session_scope(write=False) as s:
        assert ids["commitment"] in [c.id for c in records.trash(s, Commitment)]
    # partner and support chosen together: both come back
    select(trash, lambda item: True)
    restored = trash.restore_selected()
    assert {i.entity for i in restored} == {"organisation", "commitment"}
    with db.session_scope(write=False) as s:
        assert records.trash(s, Commitment) == []


def test_a_partners_yearly_support_is_told_apart_in_the_trash(window, filled, qtbot):
    """Five renewals of one partner's support read as five identical trash lines."""
    import datetime as dt

    db, ids = filled
    with db.session_scope() as s:
        for year in (2023, 2024):
            records.create(
                s,
                Commitment,
                partner_id=ids["fund"],
                initiative_id=ids["food"],
                kind="financial",
                start=dt.date(year, 2, 7),
                end=dt.date(year + 1, 2, 6),
                status="ended",
            )
    window.delete_records("partner", [ids["fund"]])
    trash = window.show_view("trash")
    titles = [i.title for i in trash.model.items if i.entity == "commitment"]
    assert len(titles) == 3
    assert len(set(titles)) == 3, titles
    assert any("07/02/2023" in t or "07-02-2023" in t for t in titles)
