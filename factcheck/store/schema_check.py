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
(``schema_differences``) is dialect-neutral; reading a schema is SQLite-only for now.
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
