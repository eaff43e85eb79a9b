"""Arabic-aware search: folding, offsets in the stored text, hostile queries, sync."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.desk import search as search_module
from factcheck.desk.search import fts_query, parse_query
from factcheck.text import normalize_text, sentence_spans

AMAZON_SPELLINGS = [
    "امازون",  # as in seeds/001
    "أمازون",  # as in seeds/000
    "أَمَازُونُ",  # harakat
    "امـــازون",  # tatweel
    "إمازون",
    "آمازون",
    "AMAZON امازون",  # Latin and Arabic words: both must occur
]


def _assert_offsets(desk, hits, term: str) -> None:
    for h in hits:
        text = desk.article(h.article_id).text
        assert (h.start, h.end) == h.matches[0]
        # a word, or another spelling of it on the alias list (Amazon = أمازون)
        spellings = {normalize_text(w) for w in term.split()}
        spellings |= {normalize_text(t) for g in desk.aliases() for t in g
                      if {normalize_text(x) for x in g} & spellings}  # fmt: skip
        for s, e in h.matches:
            assert normalize_text(text[s:e]) in spellings
        lo, hi = sentence_spans(text)[h.sentence - 1]
        assert lo <= h.start < h.end <= hi
        assert text[h.snippet_start : h.snippet_start + len(h.snippet)] == h.snippet
        assert h.snippet_start <= h.start and h.end <= h.snippet_start + len(h.snippet)


@pytest.mark.parametrize("query", AMAZON_SPELLINGS[:6])
def test_every_spelling_of_amazon_finds_both_articles(desk, query):
    hits = desk.search(query)
    assert {h.article_id for h in hits} == {1, 2}
    _assert_offsets(desk, hits, "امازون")
    found = {desk.article(h.article_id).text[h.start : h.end] for h in hits}
    assert {"أمازون", "امازون"} <= found
    # the same hits whichever spelling was typed
    assert [(h.article_id, h.sentence, h.start) for h in hits] == [
        (h.article_id, h.sentence, h.start) for h in desk.search("امازون")
    ]


def test_seed_counts_match_a_plain_scan(desk):
    """One hit per sentence holding the word, in either spelling or in Latin script
    (Amazon = أمازون is on the starter alias list; checked by brute force)."""
    expected = set()
    for aid in (1, 2):
        text = desk.article(aid).text
        for i, (a, b) in enumerate(sentence_spans(text), start=1):
            if "امازون" in normalize_text(text[a:b]) or "amazon" in normalize_text(text[a:b]):
                expected.add((aid, i))
    hits = desk.search("أمازون", limit=500)
    assert {(h.article_id, h.sentence) for h in hits} == expected
    assert len(hits) == len(expected)


def test_match_inside_a_word_with_prefix(desk):
    text = desk.article(1).text
    assert "لقرار شركة أمازون" in text
    hits = desk.search("قرار")  # also inside لقرار, كقرار
    words = {text[h.start - 1 : h.end] for h in hits if h.article_id == 1}
    assert "لقرار" in words or "كقرار" in words


def test_harakat_tatweel_and_digits_in_the_stored_text(desk):
    body = (
        "خبر تجريبي\n"
        "قالت أَمَازُونُ إن الرسالـــة أُرسلت في ٢٠٢٠ إلى المدرسة.\n"
        "وذهب إلى المستشفى يوم ١٠ يوليو.\n"
    )
    out = desk.import_text(body)
    aid = out.article_id
    text = desk.article(aid).text
    hit = next(h for h in desk.search("امازون") if h.article_id == aid)
    assert text[hit.start : hit.end] == "أَمَازُونُ"  # trailing harakat included
    hit = next(h for h in desk.search("الرساله") if h.article_id == aid)
    assert text[hit.start : hit.end] == "الرسالـــة"
    hit = next(h for h in desk.search("2020") if h.article_id == aid)
    assert text[hit.start : hit.end] == "٢٠٢٠"
    hit = next(h for h in desk.search("١٠") if h.article_id == aid)
    assert text[hit.start : hit.end] == "١٠" and hit.sentence == 3
    hit = next(h for h in desk.search("المستشفي") if h.article_id == aid)
    assert text[hit.start : hit.end] == "المستشفى"
    # "10" as a short term matches whole numbers only, not inside 2010 or 100
    assert all(
        desk.article(h.article_id).text[h.start : h.end] in ("10", "١٠")
        for h in desk.search("10")
    )


def test_all_words_must_be_in_one_sentence_and_phrases(desk):
    both = desk.search("امازون تيك")
    for h in both:
        sentence = desk.sentence(h.article_id, h.sentence).text
        norm = normalize_text(sentence)
        assert "امازون" in norm and "تيك" in norm
        assert len(h.matches) >= 2
    phrase = desk.search('"تيك توك"')
    # the phrase, or another spelling of the same name on the desk's alias list (Tik Tok)
    spellings = next(
        {normalize_text(t) for t in group}
        for group in desk.aliases()
        if normalize_text("تيك توك") in {normalize_text(t) for t in group}
    )
    assert phrase and all(
        normalize_text(desk.article(h.article_id).text[h.start : h.end]) in spellings
        for h in phrase
    )
    assert any(
        normalize_text(desk.article(h.article_id).text[h.start : h.end]) == "تيك توك"
        for h in phrase
    )
    assert desk.search('"توك تيك"') == []  # order matters inside quotes


HOSTILE = [
    '"',
    '""',
    '"تيك',
    "*",
    "-",
    "--",
    "OR",
    "AND OR NOT",
    "NEAR(تيك توك)",
    "(امازون",
    "امازون)",
    "^امازون",
    "امازون*",
    "column:text",
    "text:امازون",
    "'; DROP TABLE claims; --",
    "\x00",
    "\u200f\u202e",
    "ـــ",
    "ً",
    "{} [] <> ~ ` @ # $ % ^ & | \\",
    "a" * 5000,
    " ".join(["امازون"] * 200),
    "%_",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(desk, query):
    hits = desk.search(query)
    assert isinstance(hits, list)
    for h in hits:
        assert 0 <= h.start < h.end <= len(desk.article(h.article_id).text)


def test_query_strings_are_always_quoted():
    terms = parse_query('امازون" OR (x*) -y NEAR')
    expr = fts_query(terms)
    for part in expr.split(" AND "):
        assert part.startswith('"') and part.endswith('"')
    assert "OR" not in expr.replace('"or"', "")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(desk, query):
    desk.search(query, limit=5)


def test_empty_and_limit(desk):
    assert desk.search("") == []
    assert desk.search("   ") == []
    assert desk.search("امازون", limit=0) == []
    assert len(desk.search("امازون", limit=2)) == 2


def test_hits_name_the_claim_they_fall_in(desk, mark):
    claim = mark(2, "نفت امازون أمرها لموظفيها")
    hits = [h for h in desk.search("نفت") if h.article_id == 2 and h.kind == "sentence"]
    inside = [h for h in hits if claim.start <= h.start < claim.end]
    assert [h.claim_id for h in inside] == [claim.id]
    assert all(h.claim_id is None for h in hits if h not in inside)


def test_claim_notes_are_searched(desk, mark):
    claim = mark(
        1, "شركة أمازون تتراجع", note="أكد الناطق باسم أمازون أن الإيميل أُرسل بالخطأ"
    )
    hits = desk.search("الايميل")
    notes = [h for h in hits if h.kind == "note"]
    assert [h.claim_id for h in notes] == [claim.id]
    assert (notes[0].start, notes[0].end) == (claim.start, claim.end)
    assert "الإيميل" in notes[0].snippet
    assert notes[0].sentence == 2
    # a linked claim's own (hidden) note is not searched; its group's note is
    other = mark(2, "نفت امازون")
    desk.link_claim(other.id, claim.id)
    assert [h.claim_id for h in desk.search("الايميل") if h.kind == "note"] == [
        claim.id
    ]


def test_new_articles_are_indexed_in_the_import_transaction(desk):
    assert desk.search("زلزال") == []
    out = desk.import_text("عنوان\nضرب زلزال قوي المدينة.\n")
    hits = desk.search("زلزال")
    assert [(h.article_id, h.sentence) for h in hits] == [(out.article_id, 2)]
    # a duplicate import adds nothing to the index
    desk.import_text("عنوان\nضرب زلزال قوي المدينة.\n")
    assert len(desk.search("زلزال")) == 1


def test_rebuild_gives_one_row_per_sentence(desk):
    total = sum(a.sentence_count for a in desk.articles())
    assert desk.rebuild_search_index() == total
    assert {h.article_id for h in desk.search("امازون")} == {1, 2}


def test_long_sentence_snippet_is_cut_around_the_match(desk):
    long = "كلمة " * 150 + "فريدجدا " + "نص " * 150
    out = desk.import_text("عنوان\n" + long.strip() + ".\n")
    hit = desk.search("فريدجدا")[0]
    assert hit.article_id == out.article_id
    assert "فريدجدا" in hit.snippet and len(hit.snippet) <= 260


def _import(desk, *sentences: str) -> int:
    return desk.import_text("عنوان\n" + "\n".join(sentences) + "\n").article_id


def test_best_matches_first_then_newest(desk):
    """More occurrences in a shorter sentence rank first; equal scores: newest first."""
    old = _import(desk, "رأينا زرافة وزرافة.", "وقفت زرافة هنا.")
    new = _import(
        desk,
        "وقفت زرافة هنا.",
        "في الحديقة الكبيرة شمال المدينة القديمة زرافة واحدة فقط بين حيوانات كثيرة.",
    )
    order = [(h.article_id, h.sentence) for h in desk.search("زرافه")]
    assert order == [(old, 2), (new, 2), (old, 3), (new, 3)]


def test_one_long_article_does_not_fill_the_list(desk):
    """A newer article repeating the word in every sentence gives its best three hits, then
    the other articles' best hits come before its fourth."""
    single = _import(desk, "شاهدنا زرافة في الحديقة.")
    repeating = _import(desk, *(f"زرافة رقم {i} في الحديقة." for i in range(10)))
    hits = desk.search("زرافه")
    articles = [h.article_id for h in hits]
    assert articles[:3] == [repeating] * 3
    assert articles[3] == single
    assert articles.count(repeating) == 10  # nothing is dropped, only ordered


def test_newest_matches_are_ranked_before_older_ones(desk, monkeypatch):
    """Only the newest CANDIDATES matches are ranked together; older ones follow."""
    monkeypatch.setattr(search_module, "CANDIDATES", 2)
    old = _import(desk, "رأينا زرافة وزرافة وزرافة.")
    new = _import(
        desk,
        "في الحديقة الكبيرة شمال المدينة القديمة زرافة واحدة فقط.",
        "وقفت زرافة هنا.",
    )
    order = [(h.article_id, h.sentence) for h in desk.search("زرافه")]
    assert order == [(new, 3), (new, 2), (old, 2)]
    assert [(h.article_id, h.sentence) for h in desk.search("زرافه", limit=2)] == [
        (new, 3),
        (new, 2),
    ]


def test_short_terms_are_scanned_newest_first(desk):
    old = _import(desk, "وصل 5G إلى المدينة.")
    new = _import(desk, "شبكة 5G جديدة.")
    hits = desk.search("5g")
    assert [h.article_id for h in hits] == [new, old]
    _assert_offsets(desk, hits, "5g")


def _note_claims(desk, query: str) -> list[int]:
    return [h.claim_id for h in desk.search(query, limit=500) if h.kind == "note"]


def test_edited_notes_are_searched_at_once(desk, mark):
    claim = mark(1, "شركة أمازون تتراجع", note="ملاحظة عن الزرافة")
    assert _note_claims(desk, "الزرافه") == [claim.id]
    desk.set_note(claim.id, "ملاحظة عن الفيل")
    assert _note_claims(desk, "الزرافه") == []
    assert _note_claims(desk, "الفيل") == [claim.id]
    other = mark(2, "نفت امازون", note="الفيل مرة أخرى")
    assert _note_claims(desk, "الفيل") == [claim.id, other.id]
    desk.delete_claim(other.id)
    assert _note_claims(desk, "الفيل") == [claim.id]


def test_notes_must_hold_every_term(desk, mark):
    both = mark(1, "شركة أمازون تتراجع", note="تيك توك في 2020")
    one = mark(2, "نفت امازون", note="تيك وحده")
    assert _note_claims(desk, "تيك 2020") == [both.id]
    assert _note_claims(desk, "تيك") == [both.id, one.id]


def test_many_small_imports_stay_searchable_as_segments_merge(desk):
    """Each import commits its own index segment; past FTS5's merge threshold (16 a level)
    the segments are merged, and every article is still found, once."""
    ids = [
        desk.import_text(f"خبر رقم {i}: أعلنت الشركة أرقام الربع. تفاصيل {i} أخرى.").article_id
        for i in range(40)
    ]
    hits = desk.search("أعلنت الشركة", limit=100)
    assert sorted(h.article_id for h in hits) == ids
    for i in (0, 17, 39):
        (hit,) = desk.search(f"تفاصيل {i} اخرى")
        assert hit.article_id == ids[i]
