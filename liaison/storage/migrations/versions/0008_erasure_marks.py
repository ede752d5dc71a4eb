"""erasure marks: fingerprints of forgotten people, so an import does not bring them back

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

``privacy forget`` erases a person's name and contact details. A colleague's
sheet (without Liaison's ids) that still lists them then matched nobody and
created them again as a new person. The table keeps a one-way hash of each way
the importer recognises a person (e-mail, phone, name at an organisation) and
when they were forgotten; see ``liaison.trust.erasure``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_mark",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("forgotten_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_erasure_mark")),
    )


def downgrade() -> None:
    op.drop_table("erasure_mark")
