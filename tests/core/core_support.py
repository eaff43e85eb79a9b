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


def row_counts(db: Path) -> dict[str, int]:
    """Rows per table, read with plain sqlite3 (independent of the code under test)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in ("articles", "claims", "sources", "history", "statuses")
        }
    finally:
        conn.close()
