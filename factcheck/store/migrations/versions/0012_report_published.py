"""The article summary index also covers the publication date (the CSV report's column).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

The report reads each article's title, publisher, address and now publication date from
``ix_articles_summary`` without touching the row, whose long text overflows into other
pages on SQLite. On PostgreSQL the index holds no text columns (B-tree entries are
limited to about 2.7 kB), so nothing changes there. Every row is kept.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_BEFORE = ["id", "title", "publisher", "url", "sentence_count", "bidi_controls"]
_AFTER = ["id", "title", "publisher", "url", "published", "sentence_count", "bidi_controls"]


def _summary_index(columns: list[str]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # text columns are not indexed on PostgreSQL: the same index either way
    op.drop_index("ix_articles_summary", table_name="articles")
    op.create_index("ix_articles_summary", "articles", columns)


def upgrade() -> None:
    _summary_index(_AFTER)


def downgrade() -> None:
    _summary_index(_BEFORE)
