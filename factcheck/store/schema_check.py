"""Refuse a database holding tables, indexes, triggers or views the migrations did not make.

A database file is shared between colleagues, so it may come from someone else: a trigger on
the edit-lock table could rewrite every verdict when the window starts, a trigger on
``history`` could drop the audit trail, a view in place of a table could hang every read.
Before anything else runs, the schema found is compared with the one the migrations build
(built once per process and revision in a scratch in-memory database).

The migrations' head schema is shipped beside them (``head_schema.json``, written by
``python -m factcheck.store.schema_check --write``) with a fingerprint of the migration files:
while the fingerprint matches, opening an up-to-date database reads that file instead of
importing Alembic and running every migration again (about a quarter of a second at every
command and window start). A test compares the file with what the migrations build; when the
fingerprint differs (a new migration, the file not regenerated) the reference is built.

Tables and indexes are compared by structure (columns, types, defaults, keys, indexed
columns), which does not depend on how a given SQLAlchemy version spells ``CREATE TABLE``;
triggers, views and virtual tables by their SQL text (written verbatim by the migrations),
white space aside. CHECK constraints are not compared. The comparison itself
(``schema_differences``) is dialect-neutral; a server desk's schema is read from
PostgreSQL's catalogues (``postgres_differences``, below).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from pathlib import Path

HEAD_SCHEMA_FILE = Path(__file__).with_name("head_schema.json")
HEAD_SCHEMA_FORMAT = 1

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


def migrations_fingerprint(migrations_dir: Path) -> str:
    """A hash of every migration file (line ends aside): what the shipped schema was built from."""
    digest = hashlib.sha256()
    for path in sorted(migrations_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(migrations_dir).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def _to_json(signature: Signature) -> list:
    return [[kind, name, value] for (kind, name), value in sorted(signature.items())]


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _from_json(entries: list) -> Signature:
    return {(kind, name): _tuples(value) for kind, name, value in entries}


@functools.lru_cache(maxsize=2)
def load_shipped(migrations_dir: Path) -> dict | None:
    """The shipped head schema, if it was built from exactly these migration files."""
    try:
        shipped = json.loads(HEAD_SCHEMA_FILE.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if (
        not isinstance(shipped, dict)
        or shipped.get("format") != HEAD_SCHEMA_FORMAT
        or shipped.get("migrations") != migrations_fingerprint(migrations_dir)
    ):
        return None
    return shipped


def shipped_signature(migrations_dir: Path, revision: str) -> Signature | None:
    """The SQLite head schema from the shipped file, or None when it does not apply."""
    shipped = load_shipped(migrations_dir)
    if shipped is None or shipped.get("revision") != revision:
        return None
    return _from_json(shipped["sqlite"])


@functools.lru_cache(maxsize=8)
def reference_signature(migrations_dir: Path, revision: str) -> Signature:
    """The schema the migrations in ``migrations_dir`` build up to ``revision``."""
    shipped = shipped_signature(migrations_dir, revision)
    if shipped is not None:
        return shipped
    return build_reference_signature(migrations_dir, revision)


def build_reference_signature(migrations_dir: Path, revision: str) -> Signature:
    """Run the migrations up to ``revision`` on a scratch in-memory database and read its schema."""
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


_reference_pg: dict[tuple, Signature] = {}


def _server_key(conn) -> tuple[str, str]:
    """What a server's reference depends on: its major version (``pg_get_*def`` spells
    definitions its own way) and the schema ``pg_trgm`` lives in."""
    from sqlalchemy import text

    version = conn.execute(text("SHOW server_version_num")).scalar()
    extension_schema = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    ).scalar() or "public"
    return str(int(version) // 10000), extension_schema


def shipped_postgres_signature(conn, migrations_dir: Path, revision: str) -> Signature | None:
    """The head schema as this server builds it, from the shipped file; None when the file
    has no entry for this server's major version and extension schema."""
    shipped = load_shipped(migrations_dir)
    if shipped is None or shipped.get("revision") != revision:
        return None
    major, extension_schema = _server_key(conn)
    entry = shipped.get("postgresql", {}).get(major)
    if not entry or entry.get("extension_schema") != extension_schema:
        return None
    return _from_json(entry["signature"])


def postgres_reference(conn, migrations_dir: Path, revision: str) -> Signature:
    """What the migrations build up to ``revision`` on this server (cached per process):
    the shipped copy when it applies, else built in a scratch schema."""
    key = (revision, *_server_key(conn))
    if key not in _reference_pg:
        shipped = shipped_postgres_signature(conn, migrations_dir, revision)
        if shipped is None:
            shipped = build_postgres_reference(conn, migrations_dir, revision)
        _reference_pg[key] = shipped
    return _reference_pg[key]


def build_postgres_reference(conn, migrations_dir: Path, revision: str) -> Signature:
    """Run the migrations in a scratch schema on ``conn``, inside a transaction that is
    rolled back, and read what they built."""
    import secrets

    from alembic import command
    from alembic.config import Config

    scratch = f"factcheck_reference_{secrets.token_hex(6)}"
    _major, extension_schema = _server_key(conn)
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
        return postgres_signature(conn, scratch)
    finally:
        conn.rollback()


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


# -- writing the shipped file ----------------------------------------------------------------


def write_head_schema(migrations_dir: Path, revision: str, pg_urls: list[str]) -> dict:
    """Build the head schema on SQLite (and on each server in ``pg_urls``) and write the file.

    A server entry already in the file is kept while the migrations are the same.
    """
    previous = load_shipped(migrations_dir) or {}
    servers = dict(previous.get("postgresql", {})) if previous.get("revision") == revision else {}
    for url in pg_urls:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                major, extension_schema = _server_key(conn)
                signature = build_postgres_reference(conn, migrations_dir, revision)
        finally:
            engine.dispose()
        servers[major] = {"extension_schema": extension_schema, "signature": _to_json(signature)}
    shipped = {
        "about": "Generated by `python -m factcheck.store.schema_check --write [--pg URL]`: "
        "the schema the migrations build, read by the schema check instead of running them.",
        "format": HEAD_SCHEMA_FORMAT,
        "migrations": migrations_fingerprint(migrations_dir),
        "revision": revision,
        "sqlite": _to_json(build_reference_signature(migrations_dir, revision)),
        "postgresql": dict(sorted(servers.items())),
    }
    HEAD_SCHEMA_FILE.write_text(
        json.dumps(shipped, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    load_shipped.cache_clear()
    reference_signature.cache_clear()
    return shipped


def main(argv: list[str] | None = None) -> int:
    import argparse

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    migrations_dir = Path(__file__).with_name("migrations")  # the engine's MIGRATIONS_DIR
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.store.schema_check",
        description="Write factcheck/store/head_schema.json from the migrations.",
    )
    parser.add_argument("--write", action="store_true", required=True)
    parser.add_argument(
        "--pg", metavar="URL", action="append", default=[],
        help="also record the schema as this PostgreSQL server builds it (repeatable)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    shipped = write_head_schema(migrations_dir, head, args.pg)
    print(
        f"wrote {HEAD_SCHEMA_FILE} (revision {shipped['revision']}, "
        f"PostgreSQL {', '.join(shipped['postgresql']) or 'none'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
