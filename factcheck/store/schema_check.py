"""Refuse a database holding tables, indexes, triggers or views the migrations did not make.

A database file is shared between colleagues, so it may come from someone else: a trigger on
the edit-lock table could rewrite every verdict when the window starts, a trigger on
``history`` could drop the audit trail, a view in place of a table could hang every read.
Before anything else runs, the schema found is compared with the one the migrations build
(built once per process and revision in a scratch in-memory database).

Tables and indexes are compared by structure (columns, types, defaults, keys, indexed
columns), which does not depend on how a given SQLAlchemy version spells ``CREATE TABLE``;
triggers, views and virtual tables by their SQL text (written verbatim by the migrations),
white space aside. CHECK constraints are not compared. The comparison itself
(``schema_differences``) is dialect-neutral; a server desk's schema is read from
PostgreSQL's catalogues (``postgres_differences``, below).
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

# kind, name → what must match
Signature = dict[tuple[str, str], object]


def _squeeze(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_signature(conn: sqlite3.Connection) -> Signature:
    """The schema of an open SQLite database, as comparable values (reads no table rows)."""
    entries = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = {
        name for kind, name, _t, sql in entries
        if kind == "table" and _squeeze(sql).upper().startswith("CREATE VIRTUAL TABLE")
    }  # fmt: skip
    signature: Signature = {}
    for kind, name, table, sql in entries:
        if kind in ("trigger", "view") or name in virtual:
            signature[(kind, name)] = _squeeze(sql)
        elif kind == "table" and any(name.startswith(v + "_") for v in virtual):
            # the virtual table's own storage, made by SQLite (its layout is SQLite's)
            signature[(kind, name)] = "shadow"
        elif kind == "table":
            columns = conn.execute(f"PRAGMA table_xinfo({_quote(name)})").fetchall()
            keys = conn.execute(f"PRAGMA foreign_key_list({_quote(name)})").fetchall()
            signature[(kind, name)] = (
                tuple((c[1], c[2].upper(), c[3], c[4], c[5], c[6]) for c in columns),
                tuple(sorted((k[2], k[3], k[4], k[5], k[6]) for k in keys)),
            )
        elif kind == "index":
            listed = {
                row[1]: row for row in conn.execute(f"PRAGMA index_list({_quote(table)})")
            }
            unique, partial = (listed[name][2], listed[name][4]) if name in listed else (None, None)
            columns = conn.execute(f"PRAGMA index_info({_quote(name)})").fetchall()
            signature[(kind, name)] = (
                table,
                unique,
                tuple(c[2] for c in columns),
                _squeeze(sql) if partial else "",
            )
        else:
            signature[(kind, name)] = _squeeze(sql)
    return signature


def schema_differences(found: Signature, expected: Signature) -> list[str]:
    """What differs, one short phrase each: "unknown trigger x", "altered table y", …"""
    problems = []
    for kind, name in sorted(found.keys() - expected.keys()):
        problems.append(f"unknown {kind} {name}")
    for kind, name in sorted(expected.keys() - found.keys()):
        problems.append(f"missing {kind} {name}")
    for key in sorted(found.keys() & expected.keys()):
        if found[key] != expected[key]:
            problems.append(f"altered {key[0]} {key[1]}")
    return problems


@functools.lru_cache(maxsize=8)
def reference_signature(migrations_dir: Path, revision: str) -> Signature:
    """The schema the migrations in ``migrations_dir`` build up to ``revision``."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            if conn.in_transaction():
                conn.commit()
            return sqlite_signature(raw)
    finally:
        engine.dispose()


# -- PostgreSQL ------------------------------------------------------------------------------
# The same guard on a server desk: its tables (columns, types, defaults, constraints),
# indexes, triggers, functions, views and sequences in the desk's schema are compared with
# what the migrations build, built in a scratch schema inside a transaction that is rolled
# back (so nothing is left on the server). Definitions come from PostgreSQL's own
# ``pg_get_*def`` functions, which name objects of the schema in use without its name.

_PG_OBJECTS = """
SELECT 'table', c.relname, c.relkind::text FROM pg_class c
  WHERE c.relnamespace = :ns AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
UNION ALL
SELECT 'index', c.relname, pg_get_indexdef(c.oid) FROM pg_class c
  WHERE c.relnamespace = :ns AND c.relkind = 'i'
UNION ALL
SELECT 'sequence', c.relname, '' FROM pg_class c WHERE c.relnamespace = :ns AND c.relkind = 'S'
UNION ALL
SELECT 'trigger', c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  WHERE c.relnamespace = :ns AND NOT t.tgisinternal
UNION ALL
SELECT 'function', p.proname, p.prosrc FROM pg_proc p
  WHERE p.pronamespace = :ns
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
UNION ALL
SELECT 'view', c.relname, pg_get_viewdef(c.oid) FROM pg_class c
  WHERE c.relnamespace = :ns AND c.relkind IN ('v', 'm')
UNION ALL
SELECT 'column', c.relname || '.' || a.attname,
  format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text || ' '
  || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE c.relnamespace = :ns AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'constraint', c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = :ns
UNION ALL
SELECT 'rule', r.rulename, r.definition FROM pg_rules r
  WHERE r.schemaname = (SELECT nspname FROM pg_namespace WHERE oid = :ns)
"""


def postgres_signature(conn, schema: str) -> Signature:
    """The objects of ``schema`` on an open PostgreSQL connection, as comparable values."""
    from sqlalchemy import text

    ns = conn.execute(
        text("SELECT oid FROM pg_namespace WHERE nspname = :s"), {"s": schema}
    ).scalar()
    rows = conn.execute(text(_PG_OBJECTS), {"ns": ns}).all()
    prefixes = (f'"{schema}".', f"{schema}.")

    def unqualified(definition: str) -> str:  # pg_get_*def names the schema of every object
        for prefix in prefixes:
            definition = definition.replace(prefix, "")
        return _squeeze(definition)

    return {(kind, name): unqualified(definition) for kind, name, definition in rows}


_reference_pg: dict[str, Signature] = {}


def postgres_reference(conn, migrations_dir: Path, revision: str) -> Signature:
    """What the migrations build up to ``revision`` on this server (cached per process).

    Built in a scratch schema on ``conn`` inside a transaction that is rolled back.
    """
    if revision in _reference_pg:
        return _reference_pg[revision]
    import secrets

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    scratch = f"factcheck_reference_{secrets.token_hex(6)}"
    extension_schema = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    ).scalar() or "public"
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    if conn.in_transaction():
        conn.rollback()
    conn.begin()
    try:
        conn.exec_driver_sql(f"CREATE SCHEMA {scratch}")
        conn.exec_driver_sql(f'SET LOCAL search_path TO {scratch}, "{extension_schema}"')
        cfg.attributes["connection"] = conn
        cfg.attributes["version_table_schema"] = scratch
        command.upgrade(cfg, revision)
        signature = postgres_signature(conn, scratch)
    finally:
        conn.rollback()
    _reference_pg[revision] = signature
    return signature


def postgres_differences(conn, migrations_dir: Path, revision: str) -> list[str]:
    """What differs between the desk's schema on a server and what the migrations build.

    A login without the right to create a schema cannot build the reference: then only the
    append-only guard of ``history`` is checked (its triggers and function are present).
    """
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    schema = conn.execute(text("SELECT current_schema()")).scalar()
    if conn.in_transaction():
        conn.rollback()
    try:
        expected = postgres_reference(conn, migrations_dir, revision)
    except DBAPIError:
        conn.rollback()
        expected = None
    found = postgres_signature(conn, schema)
    conn.rollback()
    found.pop(("table", "alembic_version"), None)
    found = {k: v for k, v in found.items() if not k[1].startswith("alembic_version")}
    if expected is None:
        needed = [("trigger", "history.history_no_update"), ("trigger", "history.history_no_delete"),
                  ("function", "history_append_only")]  # fmt: skip
        return [f"missing {kind} {name}" for kind, name in needed if (kind, name) not in found]
    expected = {k: v for k, v in expected.items() if not k[1].startswith("alembic_version")}
    return schema_differences(found, expected)
