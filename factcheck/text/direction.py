"""Paragraph direction for display: the paragraph's first strong letter (UBA P2-P3), with
the article's language deciding an Arabic paragraph that opens with a Latin word.

The rule, per paragraph:

* its first strong character (isolated runs skipped, as P2 says) is Arabic or Hebrew:
  right to left;
* it is Latin (or another left-to-right script) and the paragraph holds no right-to-left
  letter: left to right;
* it is Latin but the paragraph holds Arabic letters: the article's language decides.
  In an Arabic article ``TikTok قالت إن …`` is an Arabic sentence that opens with a
  name, so it reads right to left; in an English article it stays left to right;
* no strong character at all (numbers, punctuation, an empty line): the article's
  direction.

A majority of letters is not used: ``وقال ساتيا ناديلا (Satya Nadella) … "AI is the
defining technology of our times".`` has more Latin than Arabic letters and is an
Arabic sentence all the same.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, Arabic presentation forms).
_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# Where a strong character or an isolate control may be: letters, LRM, RLM, ALM, LRI, RLI,
# FSI, PDI. Searching for these skips digits, spaces and punctuation at C speed.
_CANDIDATE = re.compile(r"[^\W\d_]|[\u200e\u200f\u061c\u2066-\u2069]")
_ISOLATE_OPEN = "\u2066\u2067\u2068"
_ISOLATE_CLOSE = "\u2069"


def _first_strong(paragraph: str) -> str | None:
    """``"rtl"``, ``"ltr"`` or None: the bidi class of the first strong character (P2)."""
    depth = 0
    for m in _CANDIDATE.finditer(paragraph):
        ch = m.group()
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def paragraph_direction(paragraph: str, article_rtl: bool = True) -> str:
    """``"rtl"`` or ``"ltr"`` for one paragraph (the rule in the module docstring).

    ``article_rtl``: the article (or, for a table cell, the desk) is in Arabic.
    """
    first = _first_strong(paragraph)
    if first is None:
        return "rtl" if article_rtl else "ltr"
    if first == "rtl":
        return "rtl"
    if article_rtl and _RTL.search(paragraph):
        return "rtl"
    return "ltr"


def _kind(paragraph: str) -> str | None:
    """``"rtl"`` (first strong letter right to left), ``"ltr"`` (no right-to-left letter
    at all, some left-to-right one) or None (mixed, opening with Latin; or no letter)."""
    first = _first_strong(paragraph)
    if first == "ltr" and _RTL.search(paragraph):
        return None
    return first


def article_is_rtl(text: str) -> bool:
    """True if the paragraphs that read right to left whatever the article's language hold
    at least as many letters as those with no right-to-left letter.

    Paragraphs of both scripts opening with a Latin word are not counted (they are what the
    language decides). A text without such letters counts as Arabic: the desk reads Arabic.
    """
    paragraphs = text.split("\n")
    return _article_rtl(paragraphs, [_kind(p) for p in paragraphs])


def _article_rtl(paragraphs: list[str], kinds: list[str | None]) -> bool:
    weight = {"rtl": 0, "ltr": 0, None: 0}
    for paragraph, kind in zip(paragraphs, kinds, strict=True):
        weight[kind] += sum(map(len, _LETTER_RUN.findall(paragraph)))
    return weight["rtl"] >= weight["ltr"]


@lru_cache(maxsize=16)
def ltr_paragraph_starts(text: str) -> tuple[int, ...]:
    """Start offsets of the ``\n``-separated paragraphs that read left to right.

    Cached: stored article text never changes, and going back to a 1 MB article should not
    scan it again (~20 ms).
    """
    paragraphs = text.split("\n")
    kinds = [_kind(p) for p in paragraphs]
    # A mixed paragraph opening with Latin reads as the article does; one without a
    # letter too (an article with no letter at all is right to left, the desk's default).
    undecided = "rtl" if _article_rtl(paragraphs, kinds) else "ltr"
    out = []
    pos = 0
    for paragraph, kind in zip(paragraphs, kinds, strict=True):
        if (kind or undecided) == "ltr":
            out.append(pos)
        pos += len(paragraph) + 1
    return tuple(out)
