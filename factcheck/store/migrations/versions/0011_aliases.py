"""Names across scripts: the desk's changes to its alias list (TikTok = تيك توك).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10

``alias_changes``: one row per change an editor made, in order (append-only): ``add`` says
``term`` is the same name as ``same_as``; ``remove`` takes ``term`` out of its group. The
desk's list is the starter list shipped with the app (resources/aliases.json) with these
changes applied in ``id`` order, so a desk keeps its own additions and removals when a new
version of the app changes the starter list. Only a new table: no existing row is touched.
Plain Alembic operations, so the same migration builds the table on PostgreSQL.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alias_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("term", sa.Text, nullable=False),
        sa.Column("same_as", sa.Text, nullable=True),
        sa.Column("editor", sa.Text, nullable=False, server_default=""),
        sa.Column("at", sa.Text, nullable=False),
        sa.CheckConstraint("action IN ('add', 'remove')", name="ck_alias_changes_action"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("alias_changes")
