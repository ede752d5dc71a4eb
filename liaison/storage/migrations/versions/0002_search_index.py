"""search index (FTS5 trigram on SQLite; nothing elsewhere)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite only: other backends search with portable LIKE (liaison.storage.search_index).
    if op.get_bind().dialect.name != "sqlite":
        return
    # title/body hold *folded* text (lower case, accents removed) so that the
    # trigram tokenizer is accent-insensitive on every SQLite version.
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
        "entity UNINDEXED, record_id UNINDEXED, title, body, tokenize='trigram')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS search_fts")
