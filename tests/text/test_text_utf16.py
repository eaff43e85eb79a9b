"""Tests for factcheck.text.utf16: code points <-> UTF-16 code units."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text import Utf16Index, py_to_utf16, utf16_len, utf16_to_py

PROPS = settings(max_examples=200, deadline=None, database=None)


def ref_to_utf16(s: str, i: int) -> int:
    return len(s[:i].encode("utf-16-le")) // 2


def ref_to_py(s: str, q: int) -> int:
    return len(s.encode("utf-16-le")[: 2 * q].decode("utf-16-le", errors="ignore"))


def test_pitfall_example() -> None:
    text = "😀 خبر: قال الوزير"
    i = text.index("الوزير")
    assert i == 11
    assert py_to_utf16(text, i) == 12
    assert utf16_to_py(text, 12) == 11
    index = Utf16Index(text)
    assert index.to_utf16(11) == 12
    assert index.to_py(12) == 11
    assert index.len_py == len(text)
    assert index.len_utf16 == utf16_len(text) == len(text) + 1


def test_inside_surrogate_pair_maps_to_char_start() -> None:
    text = "a😀b"
    assert utf16_to_py(text, 1) == 1
    assert utf16_to_py(text, 2) == 1  # between the two halves of 😀
    assert utf16_to_py(text, 3) == 2
    assert Utf16Index(text).to_py(2) == 1


def test_no_astral_characters_is_identity() -> None:
    text = "قال الوزير إن الخطة جاهزة"
    index = Utf16Index(text)
    for i in range(len(text) + 1):
        assert py_to_utf16(text, i) == i == index.to_utf16(i) == index.to_py(i)


def test_out_of_range() -> None:
    text = "😀x"
    index = Utf16Index(text)
    with pytest.raises(IndexError):
        py_to_utf16(text, 3)
    with pytest.raises(IndexError):
        py_to_utf16(text, -1)
    with pytest.raises(IndexError):
        utf16_to_py(text, 4)
    with pytest.raises(IndexError):
        utf16_to_py(text, -1)
    with pytest.raises(IndexError):
        index.to_utf16(3)
    with pytest.raises(IndexError):
        index.to_py(4)
    assert utf16_to_py(text, 3) == index.to_py(3) == 2


_CHARS = st.one_of(
    st.characters(exclude_categories=("Cs",)),
    st.sampled_from(
        ["😀", "👨\u200d👩\u200d👧", "🇸🇦", "\U00010348", "\U0010fffd", "ب", "\uffff"]
    ),
)
texts = st.lists(_CHARS, max_size=40).map("".join)


@PROPS
@given(texts)
def test_round_trips_match_encode_reference(text: str) -> None:
    index = Utf16Index(text)
    assert index.len_utf16 == utf16_len(text) == len(text.encode("utf-16-le")) // 2
    for i in range(len(text) + 1):
        q = ref_to_utf16(text, i)
        assert py_to_utf16(text, i) == q
        assert index.to_utf16(i) == q
        assert utf16_to_py(text, q) == i
        assert index.to_py(q) == i
    for q in range(index.len_utf16 + 1):
        expected = ref_to_py(text, q)
        assert utf16_to_py(text, q) == expected
        assert index.to_py(q) == expected
