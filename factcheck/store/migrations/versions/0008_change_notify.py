"""Live windows: who has which claim open (presence), and on PostgreSQL a notification
for every change a window must show.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

``presence``: one row per open window (its session), the claim shown in its inspector and
a heartbeat in seconds since the epoch by the database's clock; a row whose heartbeat is
older than a few seconds belongs to a window that closed or crashed and is ignored.
Nothing else refers to it and it is never copied with a desk.

On PostgreSQL, triggers ``NOTIFY factcheck_changes`` when a history row is added (every
change of a claim, its verdict, sources and links writes one), when an article is added
or removed, and when a window opens or closes a claim; the payload is small (what kind of
row) because a listener reads what changed from the tables. A notification is delivered
only when the transaction that raised it commits, so a window never shows a change that
was rolled back. SQLite has no notifications: windows watch ``PRAGMA data_version``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "presence",
        sa.Column("session", sa.String(64), primary_key=True),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("claim_id", sa.Integer, nullable=True),
        sa.Column("host", sa.Text, nullable=False, server_default=""),
        sa.Column("pid", sa.Integer, nullable=False, server_default="0"),
        sa.Column("heartbeat", sa.Float, nullable=False),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION factcheck_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_TABLE_NAME = 'presence' AND TG_OP = 'UPDATE' THEN "
        "IF NEW.claim_id IS NOT DISTINCT FROM OLD.claim_id THEN RETURN NULL; END IF; "
        "END IF; "
        "PERFORM pg_notify('factcheck_changes', TG_TABLE_NAME); "
        "RETURN NULL; "
        "END $$"
    )
    op.execute(
        "CREATE TRIGGER history_notify AFTER INSERT ON history "
        "FOR EACH STATEMENT EXECUTE FUNCTION factcheck_notify_change()"
    )
    op.execute(
        "CREATE TRIGGER articles_notify AFTER INSERT OR DELETE ON articles "
        "FOR EACH STATEMENT EXECUTE FUNCTION factcheck_notify_change()"
    )
    op.execute(
        "CREATE TRIGGER presence_notify AFTER INSERT OR UPDATE OR DELETE ON presence "
        "FOR EACH ROW EXECUTE FUNCTION factcheck_notify_change()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, table in (
            ("presence_notify", "presence"),
            ("articles_notify", "articles"),
            ("history_notify", "history"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS factcheck_notify_change()")
    op.drop_table("presence")
