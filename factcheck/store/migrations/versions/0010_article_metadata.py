"""Article metadata (author, language, kind of source, fetch time) and original pages.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

* ``articles`` gains ``author``, ``lang`` (a BCP 47 primary language such as ``ar``),
  ``source_kind`` (text, html, docx, pdf, url) and ``fetched_at`` (when an address was
  fetched), all text, "" when unknown. Existing articles get "" (plain-text imports).
* ``article_originals`` keeps the bytes a web page was imported from (its media type and
  data), as evidence of what the page said; the application never renders them.

Portable operations only (add column, create table): the same on SQLite and PostgreSQL.
Every existing row is kept.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_NEW_COLUMNS = ("author", "lang", "source_kind", "fetched_at")


def upgrade() -> None:
    for name in _NEW_COLUMNS:
        op.add_column(
            "articles", sa.Column(name, sa.Text, nullable=False, server_default="")
        )
    op.create_table(
        "article_originals",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("media_type", sa.Text, nullable=False, server_default=""),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("article_originals")
    # Plain DROP COLUMN (SQLite 3.35+, PostgreSQL), not a batch copy of the table: copying
    # a parent table with foreign keys on can delete its children's rows.
    for name in reversed(_NEW_COLUMNS):
        op.drop_column("articles", name)
