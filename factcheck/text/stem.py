"""Light stemming of normalised Arabic words: one clitic prefix group and one suffix off.

Works on text already folded by ``normalize_text`` (أ → ا, ة → ه, ى → ي). Nothing
morphological: a conjunction ``و`` ``ف`` with a preposition ``ب`` ``ك`` ``ل`` and the
article ``ال`` (or ``لل``) before the word, and one of the common plural, dual, nisba and
feminine endings after it. ``وبالامازون`` → ``امازون``; ``الصحفيين``, ``صحفيون``,
``صحفي`` → ``صحف``.

Letters that may be clitics may also be the word's own (``بيان``, ``لبنان``): a prefix
without the article is taken off only when at least four letters remain, any other part
when at least three remain. A stem is always a substring of the word.
"""

from __future__ import annotations

import re

__all__ = ["light_stem"]

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
# Longest first; with the article (or لل), then without.
_ARTICLE_PREFIX = re.compile(r"[وف]?(?:[بكل]?ال|لل)")
_BARE_PREFIX = re.compile(r"[وف]?[بكل]|[وف]")
_SUFFIXES = ("يين", "يون", "ات", "ون", "ين", "ان", "يه", "ها", "ه", "ي")
MIN_STEM = 3


def light_stem(word: str) -> str:
    """The stem of one normalised Arabic word (the word itself when nothing comes off)."""
    if not _ARABIC_WORD.fullmatch(word):
        return word
    stem = word
    m = _ARTICLE_PREFIX.match(stem)
    if m and len(stem) - m.end() >= MIN_STEM:
        stem = stem[m.end() :]
    else:
        m = _BARE_PREFIX.match(stem)
        if m and len(stem) - m.end() >= MIN_STEM + 1:
            stem = stem[m.end() :]
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_STEM:
            stem = stem[: -len(suffix)]
            break
    return stem
