"""Claim linking and Arabic-aware full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Every change adds something; no existing table is rebuilt (PITFALLS §8: a batch rebuild of
the parent table ``claims`` would cascade-delete sources), so every existing row is kept:

* ``claims.linked_to``: id of the primary claim of the claim's group, NULL for a primary.
  ``ALTER TABLE ... ADD COLUMN`` with ``REFERENCES claims(id) ON DELETE SET NULL`` (SQLite
  allows a REFERENCES clause on an added column whose default is NULL).
* ``claims.stance``: the stance of the appearance's article toward the claim, ``'agree'``
  for existing rows; a CHECK constraint keeps it to the four AraStance labels.
* ``ix_claims_linked_to``: finds a group's appearances.
* ``search_index``: an FTS5 table (trigram tokenizer) with one row per sentence per
  article, holding the sentence normalised by ``factcheck.text.normalize_text``; filled
  here for the articles already in the database.
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

    # Imported here so that only this migration depends on the text engine.
    from factcheck.store.search_index import CREATE_SEARCH_INDEX, index_article_conn

    op.execute(CREATE_SEARCH_INDEX)
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, text FROM articles ORDER BY id"))
    for article_id, text in rows.fetchall():
        index_article_conn(conn, article_id, text)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_index("ix_claims_linked_to", table_name="claims")
    # SQLite >= 3.35 drops a column in place (no table rebuild, no cascade).
    op.execute("ALTER TABLE claims DROP COLUMN stance")
    op.execute("ALTER TABLE claims DROP COLUMN linked_to")
