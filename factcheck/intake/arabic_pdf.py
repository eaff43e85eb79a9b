"""Repairing Arabic text extracted from PDFs.

PDF producers store glyphs, not letters: extracted Arabic often comes out as presentation
forms (U+FB50–U+FDFF, U+FE70–U+FEFF: one code point per shaped glyph) and, from
producers that wrote visual order, with each line's characters reversed.
"""

from __future__ import annotations

import re
import unicodedata

_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
# Frequent words of news Arabic whose reversal is not itself a frequent word: a line in
# visual order shows them reversed (ﻥﺃ → "أن" read backwards is "نأ").
COMMON_WORDS = frozenset(
    ["في", "من", "على", "إلى", "عن", "أن", "إن", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "مع", "بعد", "قبل", "كان", "كانت", "قد", "لم", "لن", "ما", "لا", "هو", "هي", "هم", "كما", "بين", "حتى", "أو", "ثم", "عند", "منذ", "خلال", "حول", "ضد", "عام", "وزير", "الوزير", "وزارة", "رئيس", "الرئيس", "الحكومة", "قال", "وقال", "أكد", "وأكد", "اليوم", "مليون", "مليار", "دولار", "الأول", "العالم", "البلاد", "المدينة"]
)
_LTR_RUN = re.compile(r"[0-9A-Za-z\u0660-\u0669](?:[0-9A-Za-z\u0660-\u0669.,:%/_-]*[0-9A-Za-z\u0660-\u0669%])?")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def fold_presentation_forms(text: str) -> tuple[str, int]:
    """Presentation forms replaced by their letters (NFKC on those characters only);
    returns the text and how many were replaced."""
    count = 0

    def fold(match: re.Match[str]) -> str:
        nonlocal count
        count += len(match.group())
        return unicodedata.normalize("NFKC", match.group())

    return _PRESENTATION.sub(fold, text), count


def visual_order_score(text: str) -> tuple[int, int]:
    """(common words read forwards, common words read backwards) in ``text``."""
    forwards = backwards = 0
    for word in _ARABIC_WORD.findall(text):
        if word in COMMON_WORDS:
            forwards += 1
        elif word[::-1] in COMMON_WORDS:
            backwards += 1
    return forwards, backwards


def looks_visual(text: str) -> bool:
    """True if the Arabic reads backwards: reversed common words clearly outnumber
    common words."""
    forwards, backwards = visual_order_score(text)
    return backwards >= 3 and backwards > 2 * forwards


def reverse_line(line: str) -> str:
    """A visual-order line back in logical order: characters reversed, then runs of digits
    and Latin letters (which visual order keeps left to right) turned back, and brackets
    mirrored."""
    reversed_line = line[::-1].translate(_MIRROR)
    return _LTR_RUN.sub(lambda m: m.group()[::-1], reversed_line)


def to_logical(text: str) -> str:
    return "\n".join(reverse_line(line) for line in text.split("\n"))
