"""``liaison --self-test`` checks the install without making a database (audit of issue 3).

README: "check it with ``dist/liaison/liaison --self-test``". On a fresh machine that
made an empty liaison.db in the user's data folder; the officer's first start then
opened it directly, without asking a name or offering the demo database. It also
checked the default file when the officer had chosen another one at first start.
"""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import io

from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.storage.db import default_database_path
from ui import prefs
from ui.app import chosen_location, run_self_test


def test_the_self_test_on_a_fresh_machine_makes_no_database(shell_env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(shell_env / "data"))  # a fresh user's data folder
    target = default_database_path()
    assert str(target).startswith(str(shell_env)) and not target.exists()
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(None, out=out, err=err) == 0, err.getvalue()
    assert out.getvalue().startswith("self-test ok")
    assert "checked on a temporary one" in out.getvalue()
    assert not target.exists() and not target.parent.exists()
    assert chosen_location(None) is None  # so the first start still welcomes the officer


def test_a_missing_database_given_with_db_is_not_made_either(shell_env) -> None:  # type: ignore[no-untyped-def]
    missing = shell_env / "typo" / "liaison.db"
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(str(missing), out=out, err=err) == 0, err.getvalue()
    assert str(missing) in out.getvalue() and not missing.parent.exists()


def test_the_self_test_checks_the_database_the_app_opens(filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, _ids = filled
    monkeypatch.setenv("XDG_DATA_HOME", str(db.path.parent / "data"))
    prefs.set_value("database", str(db.path))  # chosen at first start, not the default
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(None, out=out, err=err) == 0, err.getvalue()
    assert "temporary" not in out.getvalue()  # it opened the officer's own database
    assert not default_database_path().exists()  # not an empty one in the default place
