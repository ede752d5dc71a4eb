"""Build the migration fixture databases: the schema at an early revision, records in plain SQL.

    uv run python tests/data/build_trust_fixtures.py

Writes ``schema_<revision>.db`` for every revision before head next to this file (add a
line below for each new migration). Only run it
again to add a fixture for a new revision: the committed files are the point —
they stand for databases made by earlier releases.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

HERE = Path(__file__).parent
TS = "2025-03-01 10:00:00.000000"

#: (table, columns, rows) — a few records of every kind, with Dutch names, accents and money.
RECORDS: list[tuple[str, tuple[str, ...], list[tuple[object, ...]]]] = [
    (
        "import_batch",
        ("id", "uuid", "file_name", "imported_at", "imported_by", "summary"),
        [
            (
                1,
                "00000000-0000-4000-8000-000000000b01",
                "wijklijst.xlsx",
                TS,
                "Sanne",
                '{"created": 1}',
            )
        ],
    ),
    (
        "officer",
        ("id", "uuid", "name", "email", "active"),
        [(1, "00000000-0000-4000-8000-0000000000f1", "Sanne Bakker", "s.bakker@rotterdam.nl", 1)],
    ),
    (
        "neighbourhood",
        ("id", "uuid", "name", "district", "city"),
        [
            (
                1,
                "00000000-0000-4000-8000-0000000000a1",
                "Afrikaanderwijk",
                "Feijenoord",
                "Rotterdam",
            ),
            (
                2,
                "00000000-0000-4000-8000-0000000000a2",
                "Crooswijk",
                "Kralingen-Crooswijk",
                "Rotterdam",
            ),
        ],
    ),
    ("tag", ("id", "uuid", "name"), [(1, "00000000-0000-4000-8000-0000000000c1", "voedsel")]),
    (
        "organisation",
        (
            "id",
            "uuid",
            "name",
            "name_key",
            "kind",
            "status",
            "neighbourhood_id",
            "description",
            "owner_id",
            "import_batch_id",
        ),
        [
            (
                1,
                "00000000-0000-4000-8000-000000000001",
                "Buurtkeuken Afrikaanderwijk",
                "buurtkeuken afrikaanderwijk",
                "initiative",
                "active",
                1,
                "Warme maaltijden",
                1,
                1,
            ),
            (
                2,
                "00000000-0000-4000-8000-000000000002",
                "Oranje Fonds",
                "oranje fonds",
                "fund",
                "active",
                None,
                None,
                None,
                None,
            ),
            (
                3,
                "00000000-0000-4000-8000-000000000003",
                "Café Ŝtraatje",
                "cafe straatje",
                "company",
                "dormant",
                2,
                None,
                None,
                None,
            ),
        ],
    ),
    (
        "person",
        (
            "id",
            "uuid",
            "given_name",
            "infix",
            "family_name",
            "sort_key",
            "email",
            "phone",
            "neighbourhood_id",
            "notes",
            "legal_basis",
            "data_source",
            "deleted_at",
            "deleted_by",
        ),
        [
            (
                1,
                "00000000-0000-4000-8000-000000000101",
                "Jan",
                "van der",
                "Berg",
                "berg jan van der",
                "jan@example.nl",
                "06-12345678",
                1,
                "Kookt op dinsdag",
                "consent",
                "Aanmelding 2024",
                None,
                None,
            ),
            (
                2,
                "00000000-0000-4000-8000-000000000102",
                "Ayşe",
                "",
                "Yılmaz",
                "yilmaz ayse",
                None,
                None,
                2,
                None,
                "public_task",
                None,
                "2025-04-01 09:00:00.000000",
                "Sanne",
            ),
        ],
    ),
    (
        "affiliation",
        ("id", "uuid", "person_id", "organisation_id", "role", "start", "end"),
        [(1, "00000000-0000-4000-8000-000000000201", 1, 1, "initiator", "2024-03-01", None)],
    ),
    (
        "commitment",
        (
            "id",
            "uuid",
            "partner_id",
            "initiative_id",
            "kind",
            "amount",
            "start",
            "end",
            "renew_by",
            "status",
            "structural",
            "officer_id",
            "notes",
        ),
        [
            (
                1,
                "00000000-0000-4000-8000-000000000301",
                2,
                1,
                "financial",
                150000,
                "2025-01-01",
                "2026-12-31",
                "2026-10-01",
                "active",
                1,
                1,
                "Tweejarig",
            )
        ],
    ),
    (
        "interaction",
        (
            "id",
            "uuid",
            "occurred_at",
            "channel",
            "officer_id",
            "summary",
            "notes",
            "follow_up_on",
            "follow_up_done",
        ),
        [
            (
                1,
                "00000000-0000-4000-8000-000000000401",
                "2025-02-14 15:30:00.000000",
                "visit",
                1,
                "Kennismaking",
                "Goed gesprek",
                "2025-03-14",
                0,
            )
        ],
    ),
    ("organisation_tag", ("organisation_id", "tag_id"), [(1, 1)]),
    ("interaction_organisation", ("interaction_id", "organisation_id"), [(1, 1)]),
    ("interaction_person", ("interaction_id", "person_id"), [(1, 1)]),
    (
        "audit_entry",
        (
            "id",
            "at",
            "officer",
            "entity",
            "record_id",
            "record_uuid",
            "action",
            "field",
            "old",
            "new",
        ),
        [
            (
                1,
                TS,
                "Sanne",
                "person",
                1,
                "00000000-0000-4000-8000-000000000101",
                "create",
                None,
                None,
                None,
            ),
            (
                2,
                TS,
                "Sanne",
                "person",
                1,
                "00000000-0000-4000-8000-000000000101",
                "update",
                "phone",
                "010-1234567",
                "06-12345678",
            ),
        ],
    ),
    (
        "setting",
        ("key", "value"),
        [("thresholds.retention_months", "18"), ("backup_folder", "/tmp/liaison-backups")],
    ),
]

#: Columns every RecordMixin table needs filled in plain SQL.
STAMPS = {
    "created_at": TS,
    "updated_at": TS,
    "version": 1,
    "created_by": "Sanne",
    "updated_by": "Sanne",
}
RECORD_TABLES = {
    "officer",
    "neighbourhood",
    "tag",
    "organisation",
    "person",
    "affiliation",
    "commitment",
    "interaction",
}


def build(revision: str, target: Path) -> None:
    sys.path.insert(0, str(HERE.parents[1]))
    from liaison.storage.migrate import alembic_config

    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    engine.dispose()
    conn = sqlite3.connect(target)
    for table, columns, rows in RECORDS:
        cols = list(columns)
        extra = [k for k in STAMPS if table in RECORD_TABLES and k not in cols]
        names = ", ".join(f'"{c}"' for c in cols + extra)
        marks = ", ".join("?" for _ in cols + extra)
        for row in rows:
            conn.execute(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                (*row, *(STAMPS[k] for k in extra)),
            )
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    build("0001", HERE / "schema_0001.db")
    build("0002", HERE / "schema_0002.db")
    build("0003", HERE / "schema_0003.db")
    build("0004", HERE / "schema_0004.db")
    build("0005", HERE / "schema_0005.db")
    build("0006", HERE / "schema_0006.db")
    build("0007", HERE / "schema_0007.db")
    build("0008", HERE / "schema_0008.db")
    print("built", *(p.name for p in sorted(HERE.glob("schema_*.db"))))
