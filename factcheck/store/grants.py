"""Roles enforced by PostgreSQL: the group roles a desk's logins belong to, and the SQL
that grants them the desk's tables.

* ``factcheck_editor``: reads everything; adds, changes and deletes articles, claims,
  sources, links, ratings, comments, assignments; adds history rows but never changes or
  deletes one (no UPDATE, DELETE or TRUNCATE on ``history``); reads editors and statuses.
* ``factcheck_reviewer``: an editor who may also approve, return, reopen and withdraw
  reviews (the ``history_guard`` trigger of migration 0010 refuses those rows to anyone
  else, whatever program writes them).
* ``factcheck_admin``: a reviewer who also manages editors and the status scale, and may
  give the editor and reviewer roles to logins.

``verdict_last_events`` is written by a trigger on each new history row, in the name of
the login that wrote the row, so editors may write it; it only speeds up the dashboard's
counts (a login writing it by hand could skew those counts, never a verdict, a review or an
export, which are read from the history).

Each editor of the desk whose name is a login on the server becomes a member of its role's
group. The groups are the server's (one set for every desk on it).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

GROUPS = {
    "editor": "factcheck_editor",
    "reviewer": "factcheck_reviewer",
    "admin": "factcheck_admin",
}
# Written by admins only (the window and the CLI check it too).
ADMIN_TABLES = ("editors", "statuses")
# Appended to, never changed.
APPEND_ONLY = ("history",)
READ_ONLY = ("alembic_version",)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def groups_exist(s) -> bool:
    """Whether ``factcheck grants --apply`` has made the group roles on this server."""
    found = s.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS.values())},
    ).scalar()
    return found == len(GROUPS)


def login_exists(s, name: str) -> bool:
    return bool(
        s.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n AND rolcanlogin"), {"n": name}
        ).scalar()
    )


def membership_statements(name: str, role: str) -> list[str]:
    """Make the login ``name`` a member of ``role``'s group only."""
    login = quote(name)
    out = [
        f"REVOKE {group} FROM {login}"
        for other, group in GROUPS.items()
        if other != role
    ]
    out.append(f"GRANT {GROUPS[role]} TO {login}")
    return out


def grant_statements(s) -> list[str]:
    """The SQL that makes the group roles (if missing) and grants them this desk's tables,
    sequences, and each editor's login its group. Safe to run again (after a new table, a
    new editor or a new login)."""
    database, schema = s.execute(text("SELECT current_database(), current_schema()")).one()
    tables = list(s.execute(text(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
        "AND c.relkind IN ('r', 'p') ORDER BY c.relname"
    )).scalars())  # fmt: skip
    sequences = list(s.execute(text(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
        "AND c.relkind = 'S' ORDER BY c.relname"
    )).scalars())  # fmt: skip
    editor, reviewer, admin = GROUPS["editor"], GROUPS["reviewer"], GROUPS["admin"]
    out = [
        "DO $$ BEGIN "
        + " ".join(
            f"IF to_regrole('{group}') IS NULL THEN CREATE ROLE {group} NOLOGIN; END IF;"
            for group in GROUPS.values()
        )
        + " END $$",
        # a reviewer is an editor too, an admin a reviewer; admins give the two lower roles
        f"GRANT {editor} TO {reviewer}",
        f"GRANT {reviewer} TO {admin}",
        f"GRANT {editor}, {reviewer} TO {admin} WITH ADMIN OPTION",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quote(database)} TO {editor}",
        f"GRANT USAGE ON SCHEMA {quote(schema)} TO {editor}",
    ]
    for table in tables:
        name = quote(table)
        out.append(f"REVOKE ALL ON {name} FROM {editor}, {reviewer}, {admin}")
        if table in READ_ONLY:
            out.append(f"GRANT SELECT ON {name} TO {editor}")
        elif table in APPEND_ONLY:
            out.append(f"GRANT SELECT, INSERT ON {name} TO {editor}")
        elif table in ADMIN_TABLES:
            out.append(f"GRANT SELECT ON {name} TO {editor}")
            out.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {admin}")
        else:
            out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {editor}")
    for sequence in sequences:
        out.append(f"GRANT USAGE, SELECT ON SEQUENCE {quote(sequence)} TO {editor}")
    for name, role in s.execute(text("SELECT name, role FROM editors ORDER BY name")).all():
        if login_exists(s, name):
            out.extend(membership_statements(name, role))
        else:
            out.append(
                f"-- {name} ({role}): no login of that name on the server; create it "
                f"(CREATE ROLE {quote(name)} LOGIN PASSWORD '…') and run this again"
            )
    return out


def apply(s, statements: list[str]) -> None:
    for statement in statements:
        if not statement.startswith("--"):
            s.execute(text(statement))


def give_role(s, name: str, role: str) -> str:
    """Make the login ``name`` a member of ``role``'s group, in the caller's transaction if
    the acting login may (an admin gives the editor and reviewer roles; the admin role
    needs the desk's owner). Returns what happened, in a few words."""
    if not groups_exist(s):
        return "no database roles on this server yet (factcheck grants --apply)"
    if not login_exists(s, name):
        return f"no login {name!r} on the server yet: once made, run factcheck grants --apply"
    savepoint = s.begin_nested()
    try:
        s.execute(text(f"GRANT {GROUPS[role]} TO {quote(name)}"))
    except DBAPIError:  # refused by the server: the editor is still added
        savepoint.rollback()
        return (
            f"this login may not give the {role} role: the desk's owner runs "
            "factcheck grants --apply"
        )
    savepoint.commit()
    return f"database role {GROUPS[role]} given to the login {name!r}"
