"""Tests for factcheck.text.normalize: folding rules and the offset map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text import Normalized, normalize, normalize_text, read_text_file
from factcheck.text.normalize import _CODE_CHARS, _TABLE

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PROPS = settings(max_examples=200, deadline=None, database=None)


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمن", "امن"),
        ("ٱلله", "الله"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("فارسی", "فارسي"),
        ("کتاب", "كتاب"),
        ("جمـــيل", "جميل"),
        ("مُحَمَّدٌ", "محمد"),
        ("الرَّحْمَٰنِ", "الرحمن"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("١٢٫٥٪", "12.5%"),
        ("Amazon TikTok", "amazon tiktok"),
        ("ΑΘΗΝΑ Москва", "αθηνα москва"),
        ("ﺃﻣﺎﺯﻭﻥ", "امازون"),  # presentation forms
        ("ＡＢＣ", "abc"),  # full-width
        ("ت\u200cك\u200f\u202eب\u00ad\ufeff", "تكب"),  # invisible format characters
    ],
)
def test_rules(src: str, dst: str) -> None:
    assert normalize_text(src) == dst
    assert normalize(src).text == dst


def test_multi_char_lowercase_is_left_alone() -> None:
    # "İ".lower() is two characters: the character is kept unchanged.
    assert normalize_text("İstanbul") == "İstanbul"
    assert normalize("İ").origin[0] == 0


def test_alef_spellings_match() -> None:
    assert normalize_text("أمازون") == normalize_text("امازون") == "امازون"
    assert normalize_text("إيران") == normalize_text("ايران")


def test_origin_and_sentinel() -> None:
    n = normalize("كتـابٌ جديد")
    assert n.text == "كتاب جديد"
    assert list(n.origin) == [0, 1, 3, 4, 6, 7, 8, 9, 10, 11]
    assert n.origin[len(n.text)] == len("كتـابٌ جديد")


def test_to_original_includes_trailing_harakat_of_last_letter() -> None:
    original = "قرأَ الطالبُ الدرسَ"
    n = normalize(original)
    i = n.text.index("الطالب")
    s, e = n.to_original(i, i + len("الطالب"))
    assert original[s:e] == "الطالبُ"


def test_to_original_does_not_take_leading_marks_or_next_word() -> None:
    original = "كَتَبَ محمد"
    n = normalize(original)
    s, e = n.to_original(0, 3)
    assert original[s:e] == "كَتَبَ"
    s, e = n.to_original(1, 2)  # "ت" alone: its fatha follows, the kaf's does not
    assert original[s:e] == "تَ"


def test_to_original_excludes_trailing_invisible_controls() -> None:
    original = "خبر\u200f عاجل"
    n = normalize(original)
    assert n.text == "خبر عاجل"
    assert n.to_original(0, 3) == (0, 3)


def test_to_original_empty_and_clamped() -> None:
    original = "أمازون"
    n = normalize(original)
    assert n.to_original(2, 2) == (2, 2)
    assert n.to_original(-5, 100) == (0, len(original))


def test_to_original_without_source_text_covers_deleted_chars() -> None:
    full = normalize("بَابٌ")
    bare = Normalized(full.text, full.origin)
    assert bare.to_original(0, 3) == (0, 5)


def test_to_normalized() -> None:
    original = "كَتَبَ محمد"
    n = normalize(original)
    assert n.to_normalized(0) == 0
    assert n.to_normalized(1) == 1  # the fatha maps to the next kept char
    assert n.to_normalized(len(original)) == len(n.text)


def test_seed_search_finds_both_spellings() -> None:
    text_001 = read_text_file(SEEDS / "001_7c0d01f4aa8b72e7.txt").text
    text_000 = read_text_file(SEEDS / "000_b2108b273454dce0.txt").text
    query = normalize_text("أمازون")
    assert query == normalize_text("امازون")

    n1 = normalize(text_001)
    hits = [m.start() for m in re.finditer(re.escape(query), n1.text)]
    assert len(hits) >= 10
    for hit in hits:
        s, e = n1.to_original(hit, hit + len(query))
        assert text_001[s:e] == "امازون"

    n0 = normalize(text_000)
    originals = {
        text_000[slice(*n0.to_original(m.start(), m.end()))]
        for m in re.finditer(re.escape(query), n0.text)
    }
    assert originals == {"أمازون"}


def test_seed_tatweel_removed_with_map() -> None:
    text = read_text_file(SEEDS / "000_b2108b273454dce0.txt").text
    n = normalize(text)
    assert "ـ" in text
    assert "ـ" not in n.text
    i = n.text.index("ل tik tok")
    s, e = n.to_original(i, i + 1)
    assert text[s:e] == "لـ"


# --- properties ------------------------------------------------------------------------------

_SPECIAL = list("أإآٱاةهىيـًٌٍَُِّْٰۖ٠٩۰۹٫ABCİẞ\u200c\u200d\u200f\u202e\ufeff\u00adﺃ😀 \n")
arbitrary_text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=60),
    st.lists(
        st.one_of(st.sampled_from(_SPECIAL), st.characters(exclude_categories=("Cs",))),
        max_size=60,
    ).map("".join),
)


@PROPS
@given(arbitrary_text)
def test_origin_properties(text: str) -> None:
    n = normalize(text)
    assert n.text == normalize_text(text)
    assert len(n.origin) == len(n.text) + 1
    assert n.origin[len(n.text)] == len(text)
    for i in range(len(n.text)):
        assert 0 <= n.origin[i] < len(text)
        assert n.origin[i] < n.origin[i + 1]  # monotonic (strictly: one-to-one)
        assert normalize_text(text[n.origin[i]]) == n.text[i]
    kept = set(n.origin[: len(n.text)])
    for j, ch in enumerate(text):
        if j not in kept:
            assert normalize_text(ch) == ""  # only deletions are skipped


@PROPS
@given(arbitrary_text, st.data())
def test_to_original_round_trip(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    s, e = n.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    assert normalize_text(text[s:e]) == n.text[start:end]
    if start < end:
        assert s == n.origin[start]
        assert n.origin[end - 1] < e <= n.origin[end]


@PROPS
@given(arbitrary_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


# normalize_text's one-byte fast path must agree with the translation table everywhere.
_CODE_TEXT = st.text(st.sampled_from(_CODE_CHARS), max_size=80)


@PROPS
@given(
    st.one_of(
        _CODE_TEXT, arbitrary_text, st.tuples(_CODE_TEXT, arbitrary_text).map("".join)
    )
)
def test_normalize_text_equals_table_translate(text: str) -> None:
    assert normalize_text(text) == text.translate(_TABLE)


def test_every_code_character_normalises_as_the_table_says() -> None:
    for ch in _CODE_CHARS:
        assert normalize_text(ch) == ch.translate(_TABLE)
    assert normalize_text(_CODE_CHARS * 3) == (_CODE_CHARS * 3).translate(_TABLE)


@pytest.mark.parametrize(
    "text",
    [
        "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ " * 50,  # dense deletions
        "قال الوزير إن النمو كبيرٌ جداً " * 50,  # sparse deletions
        "Amazon TikTok " * 50,  # none
    ],
)
def test_origin_matches_naive_reference(text: str) -> None:
    expected = [i for i, ch in enumerate(text) if normalize_text(ch)] + [len(text)]
    assert list(normalize(text).origin) == expected
