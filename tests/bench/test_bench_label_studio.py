"""The Label Studio comparison's own parts, at a tiny scale and without Label Studio.

Speed is measured by ``python -m tests.perf.label_studio``, not here: nothing below
asserts a timing, only that both tools get the same input and the factcheck side is
measured on what a user's command stores.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.perf import corpus
from tests.perf.label_studio import find_label_studio, measure_factcheck, write_pieces


def test_seed_pieces_are_distinct_exact_and_deterministic():
    pieces = corpus.seed_pieces()
    assert len(pieces) == 5000 and len(set(pieces)) == 5000
    assert {len(p) for p in pieces} == {3000}
    assert pieces == corpus.seed_pieces()
    # Piece i does not depend on how many are cut.
    assert corpus.seed_pieces(40) == pieces[:40]
    small = corpus.seed_pieces(30, 120)
    assert {len(p) for p in small} == {120} and len(set(small)) == 30
    assert pieces[16].startswith("مقال 17\n")


def test_seed_pieces_are_the_seeds_text():
    seeds = "\n\n".join(t.rstrip("\n") for t in corpus._seed_texts()) + "\n\n"
    cycled = seeds * 3
    for piece in corpus.seed_pieces(60, 1500):
        title, body = piece.split("\n\n", 1)
        assert title.startswith("مقال ")
        assert body[:-1] in cycled  # the last character may be the cut's "…"
        assert body[0] == body[0].strip()  # starts a sentence, not a blank


def test_seed_pieces_refuse_a_size_without_room_for_text():
    with pytest.raises(ValueError):
        corpus.seed_pieces(3, 8)


def test_factcheck_import_of_the_pieces_is_timed_and_stored(tmp_path):
    texts = corpus.seed_pieces(20)
    write_pieces(tmp_path / "pieces", texts)
    seconds = measure_factcheck(tmp_path / "pieces", tmp_path / "work")
    assert seconds > 0
    (db,) = (tmp_path / "work").glob("factcheck-*.sqlite")
    con = sqlite3.connect(db)
    try:
        stored = [row[0] for row in con.execute("SELECT text FROM articles ORDER BY id")]
    finally:
        con.close()
    assert sorted(stored) == sorted(texts)  # the same characters Label Studio is sent


def test_factcheck_measure_refuses_a_folder_not_stored_whole(tmp_path):
    texts = corpus.seed_pieces(3)
    paths = write_pieces(tmp_path / "pieces", texts)
    paths[0].with_name("copy.txt").write_bytes(paths[0].read_bytes())  # a duplicate: skipped
    with pytest.raises(RuntimeError, match="stored 3 articles of 4"):
        measure_factcheck(tmp_path / "pieces", tmp_path / "work")


def test_label_studio_is_looked_for_where_told(tmp_path, monkeypatch):
    exe = tmp_path / "label-studio"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("FACTCHECK_BENCH_LABEL_STUDIO", raising=False)
    assert find_label_studio(None) is None
    assert find_label_studio(str(tmp_path / "absent")) is None
    assert find_label_studio(str(exe)) == str(exe)
    monkeypatch.setenv("FACTCHECK_BENCH_LABEL_STUDIO", str(exe))
    assert find_label_studio(None) == str(exe)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("FACTCHECK_BENCH_LABEL_STUDIO")
    assert find_label_studio(None) == str(exe)
