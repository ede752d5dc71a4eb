"""First start, empty database: Rotterdam's districts and neighbourhoods come with it unless
the officer says no. Without them an imported "Wijk" column made neighbourhoods without a
district, and the overview per district had nothing to group by."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

from pathlib import Path

from ui_shell_data import shell_env  # noqa: F401

from liaison.services.neighbourhoods import list_neighbourhoods


def _start_empty(tmp_path: Path, qtbot, with_list: bool):  # type: ignore[no-untyped-def]
    from ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(tmp_path / "liaison.db", "Sanne")
    qtbot.addWidget(dialog)
    dialog.location_edit.setText(str(tmp_path / "werk.db"))
    assert dialog.empty_choice.isChecked() and dialog.hoods_check.isChecked()
    dialog.hoods_check.setChecked(with_list)
    db = dialog.create()
    assert db is not None
    with db.session_scope(write=False) as session:
        hoods = list_neighbourhoods(session)
    db.close()
    return hoods


def test_an_empty_database_starts_with_rotterdams_neighbourhoods(
    shell_env, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    hoods = _start_empty(tmp_path, qtbot, with_list=True)
    assert len(hoods) > 50
    tarwewijk = [h for h in hoods if h.name == "Tarwewijk"]
    assert tarwewijk and tarwewijk[0].district == "Charlois"


def test_the_officer_can_start_without_the_list(shell_env, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _start_empty(tmp_path, qtbot, with_list=False) == []


def test_the_list_choice_belongs_to_the_empty_database(shell_env, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(tmp_path / "liaison.db", "Sanne")
    qtbot.addWidget(dialog)
    dialog.demo_choice.setChecked(True)  # the demo loads the list itself
    assert not dialog.hoods_check.isEnabled()
    dialog.empty_choice.setChecked(True)
    assert dialog.hoods_check.isEnabled()
