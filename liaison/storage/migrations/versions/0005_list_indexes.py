"""covering indexes for the lists (services.queries) at 100,000 records

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

A list asks for every live id in its natural order. Without these indexes
SQLite reads the live rows through ``ix_*_deleted_at`` and sorts them in a
temporary B-tree; with them the ids come straight from the index in order
(people at 100,000: about 75 ms → 25 ms).

- person (deleted_at, sort_key): the people list, by family name;
- organisation (deleted_at, kind, name_key): initiatives and partners by name;
- commitment (deleted_at, renew_by): commitments by renewal date.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_person_live_sort", "person", ["deleted_at", "sort_key"])
    op.create_index(
        "ix_organisation_live_kind_name", "organisation", ["deleted_at", "kind", "name_key"]
    )
    op.create_index("ix_commitment_live_renew_by", "commitment", ["deleted_at", "renew_by"])


def downgrade() -> None:
    op.drop_index("ix_commitment_live_renew_by", "commitment")
    op.drop_index("ix_organisation_live_kind_name", "organisation")
    op.drop_index("ix_person_live_sort", "person")
