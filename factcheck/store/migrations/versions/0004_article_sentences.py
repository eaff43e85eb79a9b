"""Each article's sentence spans, stored (benchmark: opening a long article, the report).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

A new table and a wider index; every existing row is kept.

* ``article_sentences`` (article_id, spans): the ``start, end`` code points of each
  sentence as unsigned 32-bit little-endian integers (``factcheck.store.span_blob``).
  Written at import; without it, opening a 1 MB article segmented its text each time
  and the verdict report read every row of the search index for sentence numbers.

* ``ix_articles_summary`` gains ``url``: the report reads each article's title, publisher
  and url, which sit after the article text in its row; without the index, reading them
  walked every article's overflowing text (~60 MB for 10,000 articles).

The table is filled here from the search index's rows, which hold the same spans (written at import from
the same segmenter), for each article whose rows are complete: as many as its
``sentence_count``. Other articles are left out and segmented when read, as before. The
format is spelled out here, not imported, so this migration never changes.
"""

import struct
from itertools import groupby

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _summary_columns(columns: list[str]) -> list[str]:
    """As in 0003: no text columns in the index on PostgreSQL (B-tree entries are limited
    to about 2.7 kB, and a long article text is kept out of the row there)."""
    if op.get_bind().dialect.name == "sqlite":
        return columns
    return [c for c in columns if c not in ("title", "publisher", "url")]


def upgrade() -> None:
    op.create_table(
        "article_sentences",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("spans", sa.LargeBinary, nullable=False),
    )
    op.drop_index("ix_articles_summary", table_name="articles")
    op.create_index(
        "ix_articles_summary",
        "articles",
        _summary_columns(["id", "title", "publisher", "url", "sentence_count", "bidi_controls"]),
    )
    conn = op.get_bind()
    has_index = conn.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE name = 'search_index'")
        if conn.dialect.name == "sqlite"
        else sa.text("SELECT to_regclass('search_index')")
    ).scalar()
    if has_index is None:
        return
    counts = dict(conn.execute(sa.text("SELECT id, sentence_count FROM articles")).all())
    rows = conn.execute(  # read as it is walked: a bounded number of rows in memory
        sa.text(
            'SELECT article_id, sentence, start, "end" FROM search_index '
            "ORDER BY article_id, sentence"
        )
    )
    insert = sa.text("INSERT INTO article_sentences (article_id, spans) VALUES (:a, :s)")
    batch = []
    for article_id, group in groupby(rows, key=lambda r: r[0]):
        group = list(group)
        numbered = [r[1] for r in group] == list(range(1, len(group) + 1))
        if not numbered or len(group) != counts.get(article_id):
            continue  # rows missing or not this article's sentences: segmented when read
        flat = [offset for r in group for offset in (r[2], r[3])]
        if not all(isinstance(v, int) and 0 <= v < 2**32 for v in flat):
            continue
        batch.append({"a": article_id, "s": struct.pack(f"<{len(flat)}I", *flat)})
        if len(batch) >= 500:
            conn.execute(insert, batch)
            batch = []
    if batch:
        conn.execute(insert, batch)


def downgrade() -> None:
    op.drop_table("article_sentences")
    op.drop_index("ix_articles_summary", table_name="articles")
    op.create_index(
        "ix_articles_summary",
        "articles",
        _summary_columns(["id", "title", "publisher", "sentence_count", "bidi_controls"]),
    )
