"""The desk's workflow: editors and roles, assignments, article states, blind ratings,
claim comments and public justifications.

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-28

Only new tables: no existing table is altered, so no row of an older database is touched.
Review of verdicts needs no table: proposing, approving and returning are rows of the
append-only ``history`` (entity ``review``), and a claim's review state is read from them.
Plain Alembic operations, so the same migration builds the tables on PostgreSQL.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "editors",
        sa.Column("name", sa.String(80), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("added_by", sa.Text, nullable=False, server_default=""),
        sa.Column("added_at", sa.Text, nullable=False),
        sa.CheckConstraint(
            "role IN ('editor', 'reviewer', 'admin')", name="ck_editors_role"
        ),
    )
    op.create_table(
        "assignments",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("editor", sa.String(80), sa.ForeignKey("editors.name"), nullable=False),
        sa.Column(
            "second_editor", sa.String(80), sa.ForeignKey("editors.name"), nullable=True
        ),
        sa.Column("assigned_by", sa.Text, nullable=False, server_default=""),
        sa.Column("assigned_at", sa.Text, nullable=False),
        # seconds since the epoch of the assignees' last action on the article: a lease
        # with no activity for longer than the lease time returns to the pool
        sa.Column("active_at", sa.Float, nullable=False),
    )
    op.create_index("ix_assignments_editor", "assignments", ["editor"])
    op.create_table(
        "article_states",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("set_by", sa.Text, nullable=False, server_default=""),
        sa.Column("set_at", sa.Text, nullable=False),
        sa.CheckConstraint(
            "state IN ('new', 'in_progress', 'in_review', 'done')",
            name="ck_article_states_state",
        ),
    )
    op.create_table(
        "ratings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "claim_id",
            sa.Integer,
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("editor", sa.String(80), sa.ForeignKey("editors.name"), nullable=False),
        sa.Column("status_id", sa.String(40), sa.ForeignKey("statuses.id"), nullable=False),
        sa.Column("rated_at", sa.Text, nullable=False),
        sa.UniqueConstraint("claim_id", "editor", name="uq_ratings_claim_editor"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_ratings_editor", "ratings", ["editor"])
    op.create_table(
        "claim_comments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "claim_id",
            sa.Integer,
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("resolved_by", sa.Text, nullable=True),
        sa.Column("resolved_at", sa.Text, nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_claim_comments_claim", "claim_comments", ["claim_id"])
    op.create_table(
        "justifications",
        sa.Column(
            "claim_id",
            sa.Integer,
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("set_by", sa.Text, nullable=False, server_default=""),
        sa.Column("set_at", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "justifications",
        "claim_comments",
        "ratings",
        "article_states",
        "assignments",
        "editors",
    ):
        op.drop_table(table)
