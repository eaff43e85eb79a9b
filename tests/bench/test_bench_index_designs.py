"""The index-design comparison's own parts, at a tiny scale.

Speed is measured by ``python -m tests.perf.index_designs``, not here: nothing below asserts
a timing, only that every design is measured on the same rows, and what a cheaper design
would take from search (the reason the app keeps its trigram index).
"""

from __future__ import annotations

import sqlite3

from tests.perf import corpus
from tests.perf.index_designs import (
    APP_DESIGN,
    DESIGNS,
    format_lines,
    index_rows,
    measure,
)


def test_every_design_and_the_start_up_are_measured(tmp_path):
    texts = corpus.seed_pieces(6, 600)
    figures = measure(texts, tmp_path, runs=1)
    assert set(figures) == {"start-up", APP_DESIGN} | {name for name, _ in DESIGNS}
    assert all(ms > 0 for ms in figures.values())
    lines = format_lines(figures)
    assert len(lines) == len(figures) + 1 and lines[-1].startswith("start-up")
    assert not list(tmp_path.glob("*.sqlite*"))  # every database removed after its run


def test_the_rows_are_the_normalised_sentences_of_each_text():
    texts = corpus.seed_pieces(3, 600)
    rows = index_rows(texts)
    assert {r[1] for r in rows} == {1, 2, 3}
    for _norm, article_id, _i, start, end in rows:
        assert 0 <= start < end <= len(texts[article_id - 1])


def _finds(options: str, sentence: str, word: str) -> bool:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(f"CREATE VIRTUAL TABLE t USING fts5({options})")
        con.execute("INSERT INTO t (text) VALUES (?)", (sentence,))
        if "trigram" in options:  # substring: what search asks a trigram index
            query = "SELECT count(*) FROM t WHERE text LIKE ?"
            return con.execute(query, (f"%{word}%",)).fetchone()[0] > 0
        query = "SELECT count(*) FROM t WHERE t MATCH ?"
        return con.execute(query, (f'"{word}"',)).fetchone()[0] > 0
    finally:
        con.close()


def test_only_the_trigram_designs_find_a_word_behind_a_joined_preposition():
    # Arabic writes "to", "and", "by" joined to the next word: "لامازون" is "to Amazon".
    sentence = "قالت الشركة لامازون إن الخبر غير صحيح"
    found = {name: _finds(options, sentence, "امازون") for name, options in DESIGNS if options}
    assert found == {
        "trigram detail=column": True,
        "trigram detail=none": True,
        "unicode61 words": False,
        "unicode61 words, contentless, detail=none": False,
    }
