"""A database that cannot be opened is explained in one line that ends as a sentence
(issue 2: errors are one sentence). A server's driver gave two lines ending in '?.'."""

from __future__ import annotations

import pytest

from liaison.errors import DatabaseLocationError
from liaison.storage.db import open_database


def test_a_server_that_refuses_is_one_sentence() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(DatabaseLocationError) as info:
        open_database("postgresql://liaison@127.0.0.1:1/team")  # nothing listens on port 1
    message = str(info.value)
    assert "\n" not in message and "\t" not in message  # before: a second, tab-indented line
    assert message.startswith("The database at 'postgresql://liaison@127.0.0.1:1/team'")
    assert message.endswith("Connection refused.")
    assert "?." not in message
