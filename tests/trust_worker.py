"""A second (third…) Liaison process for the trust tests: writes, bulk writes, stale edits.

    python tests/trust_worker.py write DB N LABEL        N organisations, one transaction each
    python tests/trust_worker.py bulk DB N               N people in ONE transaction (like an import)
    python tests/trust_worker.py update DB ID VERSION NAME   rename organisation ID seen at VERSION

Prints "ready" when the database is open (so a test can start the race), then
"done" (or the error sentence on stderr, exit 2).
"""

from __future__ import annotations

import sys

from liaison.errors import LiaisonError
from liaison.services import records
from liaison.storage.db import open_database
from liaison.storage.models import Organisation, Person
from liaison.trust.retry import run_with_retry


def main(argv: list[str]) -> int:
    mode, location = argv[0], argv[1]
    db = open_database(location, officer=f"worker-{mode}")
    print("ready", flush=True)
    try:
        if mode == "write":
            count, label = int(argv[2]), argv[3]
            for i in range(count):
                run_with_retry(
                    db, lambda s, i=i: records.create(s, Organisation, name=f"{label} {i}")
                )
        elif mode == "bulk":
            count = int(argv[2])
            with db.session_scope() as s:
                for i in range(count):
                    records.create(s, Person, given_name="Bulk", family_name=f"Persoon {i}")
        elif mode == "update":
            key, version, name = int(argv[2]), int(argv[3]), argv[4]
            run_with_retry(db, lambda s: records.update(s, Organisation, key, version, name=name))
        else:
            raise SystemExit(f"unknown mode {mode}")
    except LiaisonError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    finally:
        db.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
