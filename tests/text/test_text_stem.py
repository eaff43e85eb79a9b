"""Light stemming: clitics and common endings off, words whose letters look like clitics kept."""

from __future__ import annotations

import pytest

from factcheck.text import normalize_text
from factcheck.text.stem import light_stem


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("وأمازون", "اماز"),
        ("بالأمازون", "اماز"),
        ("للأمازون", "اماز"),
        ("فبأمازون", "اماز"),
        ("الصحفيين", "صحف"),
        ("صحفيون", "صحف"),
        ("صحفي", "صحف"),
        ("صحفية", "صحف"),
        ("بالولايات", "ولاي"),
        ("بيان", "بيان"),  # ب is the word's own: three letters would remain
        ("قال", "قال"),
        ("Amazon", "amazon"),  # Latin words are left alone (case folded before)
    ],
)
def test_light_stem(word, stem):
    assert light_stem(normalize_text(word)) == stem


@pytest.mark.parametrize("word", ["والمسؤولون", "فبالكتابات", "للمدرسة", "كتب", "ولد"])
def test_a_stem_is_part_of_the_word_and_never_shorter_than_three(word):
    folded = normalize_text(word)
    stem = light_stem(folded)
    assert stem in folded and len(stem) >= 3
