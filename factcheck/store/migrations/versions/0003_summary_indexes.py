"""Covering indexes for the article list (benchmark: start-up on 10,000 articles).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Only indexes are added; no table changes, every row is kept.

* ``ix_articles_summary`` (id, title, publisher, sentence_count, bidi_controls): the article
  list reads these columns for every article. In the table they sit around the article
  text, which overflows its page, so listing 10,000 articles read all their text.
* ``ix_claims_summary`` (article_id, status_id, linked_to): claim and checked counts per
  article from the index alone, without reading each claim's quote and context.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def summary_columns(columns: list[str]) -> list[str]:
    """On PostgreSQL the index leaves out the text columns: a B-tree entry may not exceed
    about 2.7 kB (a long title would be refused), and PostgreSQL keeps a long article text
    out of its row, so reading a row's title never reads the text."""
    if op.get_bind().dialect.name == "sqlite":
        return columns
    return [c for c in columns if c not in ("title", "publisher", "url")]


def upgrade() -> None:
    op.create_index(
        "ix_articles_summary",
        "articles",
        summary_columns(["id", "title", "publisher", "sentence_count", "bidi_controls"]),
    )
    op.create_index("ix_claims_summary", "claims", ["article_id", "status_id", "linked_to"])


def downgrade() -> None:
    op.drop_index("ix_claims_summary", table_name="claims")
    op.drop_index("ix_articles_summary", table_name="articles")
