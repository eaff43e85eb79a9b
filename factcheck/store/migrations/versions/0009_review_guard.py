"""On PostgreSQL, the database itself refuses review actions by logins that are not
reviewers, and history rows a managed login writes in someone else's name.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

Roles are the server's: ``factcheck grants --apply`` makes the group roles
``factcheck_editor``, ``factcheck_reviewer`` (a member of which is also an editor) and
``factcheck_admin`` (also a reviewer) and grants them the desk's tables. This trigger adds
what grants cannot say, on each new ``history`` row written by a login that is neither the
owner of the table nor a superuser, once the group roles exist:

* approving, returning, reopening or withdrawing a verdict's review (``entity = 'review'``)
  needs membership of ``factcheck_reviewer``: an editor's login cannot approve even with
  raw SQL;
* a member of the groups records in its own name (``who`` is the login), so a reviewer
  cannot approve in another editor's name, nor an editor act as someone else.

Before the group roles exist (a desk without grants) nothing changes: the roles are then
checked by factcheck only, as on SQLite. SQLite gets no trigger (a file has no logins).
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

REVIEW_ACTIONS = "('approve', 'return', 'reopen', 'withdraw')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION factcheck_history_guard() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        # the desk's owner (who runs migrations and grants) and superusers are not limited
        "IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), "
        "'MEMBER') THEN RETURN NEW; END IF; "
        # no group roles on this server yet: roles are advisory, as before grants
        "IF to_regrole('factcheck_editor') IS NULL OR to_regrole('factcheck_reviewer') IS NULL "
        "THEN RETURN NEW; END IF; "
        f"IF NEW.entity = 'review' AND NEW.action IN {REVIEW_ACTIONS} "
        "AND NOT pg_has_role(current_user, 'factcheck_reviewer', 'MEMBER') THEN "
        "RAISE EXCEPTION 'only a reviewer or an admin may % a verdict; the login % is not one', "
        "NEW.action, current_user USING ERRCODE = '42501'; "
        "END IF; "
        "IF NEW.who IS DISTINCT FROM current_user::text "
        "AND pg_has_role(current_user, 'factcheck_editor', 'MEMBER') THEN "
        "RAISE EXCEPTION 'the login % records changes in its own name, not as %', "
        "current_user, NEW.who USING ERRCODE = '42501'; "
        "END IF; "
        "RETURN NEW; "
        "END $$"
    )
    op.execute(
        "CREATE TRIGGER history_guard BEFORE INSERT ON history "
        "FOR EACH ROW EXECUTE FUNCTION factcheck_history_guard()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS history_guard ON history")
        op.execute("DROP FUNCTION IF EXISTS factcheck_history_guard()")
