"""Claim linking and Arabic-aware full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Every change adds something; no existing table is rebuilt (with foreign keys on, a batch rebuild of
the parent table ``claims`` would cascade-delete sources), so every existing row is kept:

* ``claims.linked_to``: id of the primary claim of the claim's group, NULL for a primary.
  ``ALTER TABLE ... ADD COLUMN`` with ``REFERENCES claims(id) ON DELETE SET NULL`` (SQLite
  allows a REFERENCES clause on an added column whose default is NULL).
* ``claims.stance``: the stance of the appearance's article toward the claim, ``'agree'``
  for existing rows; a CHECK constraint keeps it to the four AraStance labels.
* ``ix_claims_linked_to``: finds a group's appearances.
* ``search_index``: an FTS5 table (trigram tokenizer) with one row per sentence per
  article, holding the sentence normalised by ``factcheck.text.normalize_text``; filled
  here for the articles already in the database, 200 at a time.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LINK_STANCES = ("agree", "disagree", "discuss", "unrelated")


def upgrade() -> None:
    op.execute(
        "ALTER TABLE claims ADD COLUMN linked_to INTEGER "
        "REFERENCES claims (id) ON DELETE SET NULL"
    )
    allowed = ", ".join(f"'{s}'" for s in LINK_STANCES)
    op.execute(
        "ALTER TABLE claims ADD COLUMN stance VARCHAR(16) NOT NULL DEFAULT 'agree' "
        f"CONSTRAINT ck_claims_stance CHECK (stance IN ({allowed}))"
    )
    op.create_index("ix_claims_linked_to", "claims", ["linked_to"])

    # The table as it was made at this revision, spelled out (not imported) so that this
    # migration never changes; its rows come from the text layer's segmenter and
    # normaliser, which the search queries use as well.
    from factcheck.text import normalize_text, sentence_spans

    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            'text, article_id UNINDEXED, sentence UNINDEXED, start UNINDEXED, "end" UNINDEXED, '
            "tokenize = 'trigram')"
        )
        insert = (
            'INSERT INTO search_index (text, article_id, sentence, start, "end") '
            "VALUES (?, ?, ?, ?, ?)"
        )
    else:
        # PostgreSQL: a plain table with a pg_trgm GIN index on the normalised sentence (the
        # same substring matching as FTS5's trigram tokenizer: LIKE '%word%' uses it).
        # ``rowid`` keeps FTS5's name, so both backends read rows by the same queries.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE TABLE search_index (rowid BIGSERIAL PRIMARY KEY, text TEXT NOT NULL, "
            'article_id INTEGER NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, '
            '"end" INTEGER NOT NULL)'
        )
        op.execute(
            "CREATE INDEX ix_search_index_text ON search_index USING gin (text gin_trgm_ops)"
        )
        insert = (
            'INSERT INTO search_index (text, article_id, sentence, start, "end") '
            "VALUES (%s, %s, %s, %s, %s)"
        )
    page = sa.text("SELECT id, text FROM articles WHERE id > :after ORDER BY id LIMIT 200")
    after = 0
    while articles := conn.execute(page, {"after": after}).all():  # a page in memory at once
        rows = [
            (normalize_text(text[a:b]), article_id, i, a, b)
            for article_id, text in articles
            for i, (a, b) in enumerate(sentence_spans(text), start=1)
        ]
        if rows:
            conn.exec_driver_sql(insert, rows)
        after = articles[-1][0]


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_index("ix_claims_linked_to", table_name="claims")
    # SQLite >= 3.35 drops a column in place (no table rebuild, no cascade).
    op.execute("ALTER TABLE claims DROP COLUMN stance")
    op.execute("ALTER TABLE claims DROP COLUMN linked_to")
