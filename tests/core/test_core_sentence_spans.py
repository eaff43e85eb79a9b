"""Stored sentence spans (migration 0004): written at import, read by the reader's
sentences and the report, checked when read, and never trusted over the text."""

from __future__ import annotations

import struct

from core_support import SHORT_ARTICLE, raw_rows, raw_write
from hypothesis import given
from hypothesis import strategies as st

from factcheck.desk import Desk
from factcheck.store import span_blob
from factcheck.text import sentence_spans


def _stored(db) -> dict[int, bytes]:
    return {a: bytes(b) for a, b in raw_rows(db, "SELECT article_id, spans FROM article_sentences")}


def _set_blob(db, article_id: int, blob: bytes | None) -> None:
    raw_write(db, "DELETE FROM article_sentences WHERE article_id = ?", (article_id,))
    if blob is not None:
        raw_write(
            db, "INSERT INTO article_sentences (article_id, spans) VALUES (?, ?)", (article_id, blob)
        )


@given(st.lists(st.integers(min_value=1, max_value=2**25), max_size=40))
def test_pack_and_read_back_round_trip(gaps):
    spans, at = [], 0
    for i, gap in enumerate(gaps):
        if i % 2 == 0:
            start = at + gap - 1
        else:
            spans.append((start, start + gap))
            at = start + gap
    blob = span_blob.pack(spans)
    assert len(blob) == 8 * len(spans)
    assert span_blob.spans(blob, at) == spans
    assert span_blob.starts(blob, len(spans)) == [a for a, _ in spans]
    # little-endian 32-bit pairs, whatever the machine
    assert struct.unpack(f"<{2 * len(spans)}I", blob) == tuple(x for s in spans for x in s)


def test_blobs_that_do_not_fit_are_refused():
    good = span_blob.pack([(0, 5), (6, 10)])
    assert span_blob.spans(good, 10) == [(0, 5), (6, 10)]
    assert span_blob.spans(good, 9) is None  # past the end of the text
    assert span_blob.spans(good[:-1], 10) is None  # not whole pairs
    assert span_blob.spans(None, 10) is None
    assert span_blob.spans("0,5", 10) is None
    assert span_blob.spans(span_blob.pack([(0, 5), (4, 10)]), 10) is None  # overlap
    assert span_blob.spans(span_blob.pack([(3, 3)]), 10) is None  # empty sentence
    assert span_blob.spans(span_blob.pack([(6, 10), (0, 5)]), 10) is None  # order
    assert span_blob.starts(good, 3) is None  # not the article's sentence count
    assert span_blob.starts(span_blob.pack([(6, 10), (0, 5)]), 2) is None
    assert span_blob.spans(b"", 0) == [] and span_blob.starts(b"", 0) == []


def test_import_stores_the_segmenters_spans(seeded_desk, core_db):
    seeded_desk.import_text(SHORT_ARTICLE)
    stored = _stored(core_db)
    articles = seeded_desk.articles()
    assert sorted(stored) == sorted(a.id for a in articles)
    for summary in articles:
        text = seeded_desk.article(summary.id).text
        assert span_blob.spans(stored[summary.id], len(text)) == sentence_spans(text)


def test_reader_sentences_come_from_the_stored_spans(core_db):
    desk = Desk.open(core_db, annotator="amal")
    aid = desk.import_text(SHORT_ARTICLE).article_id
    text = desk.article(aid).text
    segmented = sentence_spans(text)
    assert len(segmented) > 2
    desk.close()
    # Store other (valid) spans: a fresh desk reads them rather than segmenting.
    merged = [(segmented[0][0], segmented[1][1])] + segmented[2:]
    _set_blob(core_db, aid, span_blob.pack(merged))
    desk = Desk.open(core_db, annotator="amal")
    try:
        sentences = desk.sentences(aid)
        assert [(s.start, s.end) for s in sentences] == merged
        assert sentences[0].text == text[merged[0][0] : merged[0][1]]
    finally:
        desk.close()


def test_missing_or_damaged_spans_fall_back_to_the_segmenter(core_db, tmp_path):
    desk = Desk.open(core_db, annotator="amal")
    aid = desk.import_text(SHORT_ARTICLE).article_id
    text = desk.article(aid).text
    desk.close()
    for blob in (None, b"\x00\x01\x02", span_blob.pack([(0, len(text) + 5)])):
        _set_blob(core_db, aid, blob)
        desk = Desk.open(core_db, annotator="amal")
        try:
            assert [(s.start, s.end) for s in desk.sentences(aid)] == sentence_spans(text)
            claim = desk.add_claim_for_sentence(aid, 2)
            assert text[claim.start : claim.end] == text[slice(*sentence_spans(text)[1])]
        finally:
            desk.close()


def test_rebuilt_search_index_numbers_the_stored_sentences(core_db):
    """After a rebuild, a search hit names the sentence the reader and the report show."""
    desk = Desk.open(core_db, annotator="amal")
    aid = desk.import_text(SHORT_ARTICLE).article_id
    text = desk.article(aid).text
    segmented = sentence_spans(text)
    desk.close()
    merged = [(segmented[0][0], segmented[1][1])] + segmented[2:]
    _set_blob(core_db, aid, span_blob.pack(merged))
    desk = Desk.open(core_db, annotator="amal")
    try:
        assert desk.rebuild_search_index() == len(merged)
        last_words = text[merged[-1][0] : merged[-1][1]].split()[:2]
        (hit,) = desk.search(" ".join(last_words))
        assert hit.sentence == len(merged) == len(desk.sentences(aid))
    finally:
        desk.close()
