"""Output that cannot be written (a full disk under 'liaison list … > report.json') is the
machine's state, not a bug: one sentence and exit 2, not 'unexpected error' and exit 1
(issue 2: errors are one sentence with a non-zero exit; the help says 1 means a bug)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    "argv", [["search", "Aarab"], ["list", "people", "--json"], ["renewals", "--json"]]
)
def test_output_to_a_full_disk_is_one_sentence_and_exit_2(team_db: Path, argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "liaison", *argv, "--db", str(team_db)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2  # before: 1, 'unexpected error (OSError: [Errno 28] …)'
    assert done.stderr == "liaison: No space left on device; nothing more could be written.\n"
