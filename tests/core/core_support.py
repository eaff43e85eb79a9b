"""Helpers shared by the core tests (imported as ``core_support``)."""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

# A short article with a decimal, mixed Latin and Arabic text.
SHORT_ARTICLE = (
    "وزير المالية يعلن أرقام النمو\n"
    "قال وزير المالية إن الاقتصاد نما بنسبة 3.5 في المئة هذا العام. "
    "وأضاف أن شركة Acme ستفتتح مصنعاً جديداً في عمّان.\n"
)


def decoded_seed(path: Path) -> str:
    """What the store must hold for a UTF-8 seed: CRLF/CR to LF, NFC, BOM removed."""
    text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def first_line(text: str) -> str:
    """The title an import gives a plain-text article: its first line of two words or more
    (a one-word first line, like the sample's section name, is a label, not a headline)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return next((line for line in lines[:5] if len(line.split()) >= 2), lines[0])


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def row_counts(db: Path | str) -> dict[str, int]:
    """Rows per table, read with plain sqlite3 or psycopg (independent of the code under
    test): ``db`` is an SQLite file's path or a PostgreSQL URL."""
    if isinstance(db, str) and db.startswith("postgresql"):
        import psycopg
        import sqlalchemy as sa

        url = sa.make_url(db)
        with psycopg.connect(
            host=url.host, port=url.port or 5432, user=url.username, dbname=url.database
        ) as pg:
            return {
                t: pg.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("articles", "claims", "sources", "history", "statuses")
            }
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in ("articles", "claims", "sources", "history", "statuses")
        }
    finally:
        conn.close()


def is_server(db) -> bool:
    return isinstance(db, str) and db.startswith("postgresql")


def raw_connect(db):
    """A plain DB-API connection (sqlite3 or psycopg) to the test's database, outside the
    code under test. Both take ``?``-free SQL; use ``%s``/``?`` per ``is_server``."""
    if is_server(db):
        import psycopg
        import sqlalchemy as sa

        url = sa.make_url(db)
        return psycopg.connect(
            host=url.host, port=url.port or 5432, user=url.username, dbname=url.database
        )
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def raw_rows(db, statement: str) -> list[tuple]:
    conn = raw_connect(db)
    try:
        return [tuple(r) for r in conn.execute(statement).fetchall()]
    finally:
        conn.close()


def raw_write(db, statement: str, params=()) -> None:
    """Run one statement as another program would (sqlite3 or psycopg), and commit. Write
    ``?`` placeholders; they become ``%s`` for psycopg."""
    if is_server(db):
        conn = raw_connect(db)
        statement = statement.replace("?", "%s")
    else:
        conn = sqlite3.connect(db)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()
