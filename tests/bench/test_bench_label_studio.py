"""The Label Studio comparison's own parts, at a tiny scale and without Label Studio.

Speed is measured by ``python -m tests.perf.label_studio``, not here: nothing below
asserts a timing, only that both tools get the same input.
"""

from __future__ import annotations

import pytest

from tests.perf import corpus


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
