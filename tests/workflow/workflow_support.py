"""Helpers of the workflow tests: one-line refusals, and row counts to see nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def one_line_error(result, *needles) -> None:
    code, _out, err = result
    assert code == 1, err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("factcheck: error: ")
    for needle in needles:
        assert needle in err, err


def table_counts(db: Path | str) -> dict[str, int]:
    """Rows per table: 'nothing changed' is these staying equal. ``db`` is an SQLite file or
    a PostgreSQL URL; read with plain sqlite3 / psycopg, apart from the code under test."""
    if isinstance(db, str) and db.startswith("postgresql"):
        return _server_table_counts(db)
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%'")]  # fmt: skip
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def _server_table_counts(url: str) -> dict[str, int]:
    import psycopg
    import sqlalchemy as sa

    parts = sa.make_url(url)
    with psycopg.connect(host=parts.host, port=parts.port or 5432, user=parts.username,
                         dbname=parts.database) as con:  # fmt: skip
        names = [r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename NOT LIKE 'search_index%'")]  # fmt: skip
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
