"""Who a record made from the command line is stamped by, on every platform."""

from __future__ import annotations

import pytest

from liaison.storage.db import login_name


def test_windows_login_name_is_taken_where_user_is_not_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Windows sets USERNAME, not USER: records said "door officer" there
    for name in ("LIAISON_OFFICER", "LOGNAME", "USER", "LNAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("USERNAME", "fatima.elamrani")
    assert login_name() == "fatima.elamrani"


def test_the_officer_variable_wins_and_blank_is_not_a_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("USER", "sanne")
    monkeypatch.setenv("LIAISON_OFFICER", "Sanne Bakker")
    assert login_name() == "Sanne Bakker"
    monkeypatch.setenv("LIAISON_OFFICER", "  ")
    assert login_name() == "sanne"
