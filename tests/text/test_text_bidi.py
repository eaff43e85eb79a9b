"""Tests for factcheck.text.bidi: control detection and paragraph direction."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text import (
    BIDI_CONTROLS,
    INVISIBLE_CHARS,
    bidi_control_name,
    count_bidi_controls,
    count_invisible_chars,
    find_bidi_controls,
    find_invisible_chars,
    first_strong_direction,
)


def test_bidi_controls_set() -> None:
    expected = {chr(c) for c in range(0x202A, 0x202F)}
    expected |= {chr(c) for c in range(0x2066, 0x206A)}
    expected |= {"\u200e", "\u200f", "\u061c"}
    assert expected == BIDI_CONTROLS
    assert isinstance(BIDI_CONTROLS, frozenset)


def test_invisible_chars_set() -> None:
    for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e":
        assert ch in INVISIBLE_CHARS
    assert not (INVISIBLE_CHARS & BIDI_CONTROLS)
    assert " " not in INVISIBLE_CHARS
    assert "\u0640" not in INVISIBLE_CHARS  # tatweel is visible


def test_find_and_count_bidi_controls() -> None:
    text = "قال \u202eالوزير\u202c إن 😀 \u200fالخطة\u2066x\u2069"
    positions = find_bidi_controls(text)
    assert [text[p] for p in positions] == [
        "\u202e",
        "\u202c",
        "\u200f",
        "\u2066",
        "\u2069",
    ]
    assert positions[0] == 4
    assert count_bidi_controls(text) == 5
    assert find_bidi_controls("نص عادي") == []
    assert count_bidi_controls("") == 0


def test_find_invisible_chars_reports_but_does_not_touch() -> None:
    text = "می\u200cخواهم 👨\u200d👩 a\u200bb"
    positions = find_invisible_chars(text)
    assert [text[p] for p in positions] == ["\u200c", "\u200d", "\u200b"]
    assert count_invisible_chars(text) == 3
    assert find_bidi_controls(text) == []


@pytest.mark.parametrize(
    ("ch", "name"),
    [
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE (RLO)"),
        ("\u202d", "LEFT-TO-RIGHT OVERRIDE (LRO)"),
        ("\u202a", "LEFT-TO-RIGHT EMBEDDING (LRE)"),
        ("\u202b", "RIGHT-TO-LEFT EMBEDDING (RLE)"),
        ("\u202c", "POP DIRECTIONAL FORMATTING (PDF)"),
        ("\u2066", "LEFT-TO-RIGHT ISOLATE (LRI)"),
        ("\u2067", "RIGHT-TO-LEFT ISOLATE (RLI)"),
        ("\u2068", "FIRST STRONG ISOLATE (FSI)"),
        ("\u2069", "POP DIRECTIONAL ISOLATE (PDI)"),
        ("\u200e", "LEFT-TO-RIGHT MARK (LRM)"),
        ("\u200f", "RIGHT-TO-LEFT MARK (RLM)"),
        ("\u061c", "ARABIC LETTER MARK (ALM)"),
        ("\u200b", "ZERO WIDTH SPACE (ZWSP)"),
        ("\u200d", "ZERO WIDTH JOINER (ZWJ)"),
        ("ب", "ARABIC LETTER BEH"),
    ],
)
def test_bidi_control_name(ch: str, name: str) -> None:
    assert bidi_control_name(ch) == name


def test_bidi_control_name_rejects_strings() -> None:
    with pytest.raises(ValueError):
        bidi_control_name("ab")
    assert bidi_control_name("\U000e0001").startswith("LANGUAGE TAG")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("قال الوزير", "rtl"),
        ("Amazon قالت", "ltr"),
        ("2020 - «امازون» Amazon", "rtl"),
        ("«Amazon» قالت", "ltr"),
        ("123 ، 456 !", "neutral"),
        ("", "neutral"),
        ("😀 خبر", "rtl"),
        ("\u2067Amazon\u2069 قالت", "rtl"),  # isolates are skipped (rule P2)
        ("\u2066\u2067x\u2069\u2069 y", "ltr"),
        ("\u202eabc", "ltr"),  # an override is not itself strong
        ("שלום", "rtl"),
    ],
)
def test_first_strong_direction(text: str, direction: str) -> None:
    assert first_strong_direction(text) == direction


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=60))
def test_find_bidi_controls_property(text: str) -> None:
    positions = find_bidi_controls(text)
    assert positions == [i for i, ch in enumerate(text) if ch in BIDI_CONTROLS]
    assert count_bidi_controls(text) == len(positions)
    assert first_strong_direction(text) in ("rtl", "ltr", "neutral")
