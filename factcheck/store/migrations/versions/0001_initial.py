"""Initial schema: statuses, articles, claims, sources, append-only history, edit lock.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statuses",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("label_ar", sa.Text, nullable=False),
        sa.Column("label_en", sa.Text, nullable=False),
        sa.Column("color", sa.String(7), nullable=False),
        sa.Column("key", sa.String(8), nullable=False, server_default=""),
        sa.Column("rating", sa.Integer, nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("publisher", sa.Text, nullable=False, server_default=""),
        sa.Column("url", sa.Text, nullable=False, server_default=""),
        sa.Column("published", sa.Text, nullable=False, server_default=""),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("imported_from", sa.Text, nullable=False, server_default=""),
        sa.Column("imported_at", sa.Text, nullable=False),
        sa.Column("encoding", sa.Text, nullable=False, server_default=""),
        sa.Column("bidi_controls", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sentence_count", sa.Integer, nullable=False, server_default="0"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("prefix", sa.Text, nullable=False, server_default=""),
        sa.Column("suffix", sa.Text, nullable=False, server_default=""),
        sa.Column(
            "status_id", sa.String(40), sa.ForeignKey("statuses.id"), nullable=False
        ),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("annotator", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name="ck_claims_span"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_claims_article", "claims", ["article_id", "start"])
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "claim_id",
            sa.Integer,
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("publisher", sa.Text, nullable=False, server_default=""),
        sa.Column("accessed", sa.Text, nullable=False, server_default=""),
        sa.Column("archive_url", sa.Text, nullable=False, server_default=""),
        sa.Column("excerpt", sa.Text, nullable=False, server_default=""),
        sa.Column("stance", sa.String(16), nullable=False, server_default="context"),
        sa.CheckConstraint(
            "stance IN ('supports', 'refutes', 'context')", name="ck_sources_stance"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sources_claim", "sources", ["claim_id"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("who", sa.Text, nullable=False, server_default=""),
        sa.Column("claim_id", sa.Integer, nullable=True),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.Text, nullable=False, server_default=""),
        sa.Column("old", sa.Text, nullable=True),
        sa.Column("new", sa.Text, nullable=True),
    )
    op.create_index("ix_history_claim", "history", ["claim_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
            "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
            "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
        )
    else:  # PostgreSQL: one function refusing the change, run by both triggers
        op.execute(
            "CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'history is append-only'; END $$"
        )
        for event in ("update", "delete"):
            op.execute(
                f"CREATE TRIGGER history_no_{event} BEFORE {event.upper()} ON history "
                "FOR EACH ROW EXECUTE FUNCTION history_append_only()"
            )
        op.execute(  # TRUNCATE fires no row trigger
            "CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history "
            "FOR EACH STATEMENT EXECUTE FUNCTION history_append_only()"
        )
    op.create_table(
        "edit_lock",
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("holder", sa.Text, nullable=False),
        sa.Column("host", sa.Text, nullable=False),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("heartbeat", sa.Float, nullable=False),
    )


def downgrade() -> None:
    for table in ("edit_lock", "history", "sources", "claims", "articles", "statuses"):
        op.drop_table(table)
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS history_append_only()")
