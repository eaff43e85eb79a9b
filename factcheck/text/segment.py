"""Sentence segmentation and word snapping for mixed Arabic/Latin news text.

All offsets are code-point indices into the Python ``str``.

A sentence ends

* at every line break (LF, CR, VT, FF, U+0085, U+2028, U+2029, U+001C-U+001E);
* after a run of terminators ``. ! ? ؟ … ۔ ‼ ⁇ ⁈ ⁉`` (so ``?!``, ``...``, ``؟!``
  stay together), plus any closing quotes/brackets ``» ” " ' ’ ) ] } ›`` after
  it, when the run is followed by whitespace, the end of the text or directly by
  an Arabic letter (``قال.وأضاف`` is two sentences, ``Musical.ly`` is one).

A single ``.`` does not end a sentence when it follows

* an abbreviation: any single Arabic letter (``د.`` ``م.`` ``أ.`` ``ص.`` ``ج.``
  ``ق.`` ``هـ.``), dotted Arabic initials (``ق.م.``), a single Latin letter
  (``J. Smith``), dotted Latin initials (``U.S.`` ``e.g.`` ``i.e.`` ``a.m.``) or a
  word in ``LATIN_ABBREVIATIONS`` (``Mr.`` ``Dr.`` ``etc.`` ...). ``No.`` counts
  only before a number. Exception: ``م.`` ``هـ.`` ``ه.`` ``ق.م.`` right after a
  number (a year, ``2020 م.``) end the sentence like any period;
* a 1-3 digit number at the start of a line (list numbering ``1. ...``);
* when the next word on the same line starts with a lowercase letter.

A terminator run does not end a sentence either when it is

* an ellipsis (``...``, ``…``) followed on its line by anything but a Latin capital;
* enclosed in brackets: ``(؟)`` (a doubt mark), ``[...]`` (an omission);
* ``?`` or ``!`` closing a quotation that opened after the sentence's first words, with
  the sentence going on after it (``وطرح سؤال «من المسؤول؟» قبل أن …``);

and ``8 م.`` / ``8:30 م.`` (evening) is an abbreviation; but a single Latin capital and
a period followed by Arabic (``فيتامين D. لكن``) end the sentence. An emoji right after
``!`` or ``؟`` (and their kin) belongs to the sentence it ends; after ``.`` it opens the
next one. A line break always ends a sentence: a line is a paragraph in the reader, laid
out in its own direction. A sentence longer than ``MAX_SENTENCE_CHARS`` (2,000) is cut
at the last white space of each piece's second half, else between two characters (never
between a letter and its marks or inside an emoji sequence or flag).

Abbreviations (including ``etc.``) therefore end a sentence only at a line end
or at the end of the text. Periods between digits (``3.5``), inside URLs,
e-mail addresses and ``domain.tld/path`` are never boundaries; ``١٢٫٥`` and
``12,5`` use no terminator at all.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence

__all__ = [
    "LATIN_ABBREVIATIONS",
    "sentence_index_at",
    "sentence_spans",
    "snap_to_words",
]

# fmt: off
LATIN_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sr", "jr", "st", "mt", "ft", "vs",
    "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "pres", "capt",
    "col", "lt", "sgt", "fig", "figs", "vol", "vols", "pp", "cf", "approx", "al",
    "dept", "est", "ed", "eds", "no", "nos", "nr",
})
# fmt: on
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "nr"})
_YEAR_SUFFIXES = frozenset({"م", "هـ", "ه", "ق.م", "ب.م"})

_LB = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_TERM = ".!?\u061f\u2026\u06d4\u203c\u2047\u2048\u2049"
_CLOSE = "\u00bb\u201d\"'\u2019)\\]}\u203a"
# Arabic-script letters (no digits, marks or punctuation), as a regex class body.
_AR = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9"
)

# Emoji (pictographs, flags, keycaps) and what joins them: an emoji right after a sentence's
# end is the writer's reaction to it and belongs to it.
_EMOJI = (
    "\u00a9\u00ae\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf"
    "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001F000-\U0001FAFF"
    "\u200d\ufe0f\u20e3\U000E0020-\U000E007F"
)
MAX_SENTENCE_CHARS = 2000  # a longer run without a boundary is cut (see _bounded)
_ELLIPSIS = frozenset(".\u2026")
_QUESTION = frozenset("!?\u061f\u203c\u2047\u2048\u2049")
_QUOTE_OPENER = {"\u00bb": "\u00ab", "\u201d": "\u201c", '"': '"', "\u2019": "\u2018'", "'": "'",
                 "\u203a": "\u2039"}  # fmt: skip
_ABBR_WINDOW = 24

# The patterns below are compiled by the first ``sentence_spans`` call, not at import: the
# desktop app imports this module at every start but segments only when it imports an
# article, and compiling them cost ~6.5 ms of CPU at each start (on the first frame's path).
_BREAK = _AFTER_END = _NEXT_ON_LINE = _ARABIC_LETTER = _TIME_BEFORE = _BREAK_START = None
_CONTENT = _ABBR_TOKEN = _LIST_NUMBER = _NUMBER_NEXT = _NUMBER_BEFORE = None
_INLINE_WORD_NEXT = _URL = _EMAIL = _DOMAIN_PATH = None


def _compile_patterns() -> None:
    global _BREAK, _AFTER_END, _NEXT_ON_LINE, _ARABIC_LETTER, _TIME_BEFORE, _BREAK_START
    global _CONTENT, _ABBR_TOKEN, _LIST_NUMBER, _NUMBER_NEXT, _NUMBER_BEFORE
    global _INLINE_WORD_NEXT, _URL, _EMAIL, _DOMAIN_PATH
    # The leading lookahead lets the regex engine skip ahead to candidate characters.
    _BREAK = re.compile(
        rf"(?=[{_LB}{_TERM}])(?:(?P<nl>[{_LB}])"
        rf"|(?<![{_TERM}])(?P<term>[{_TERM}]++)(?P<close>[{_CLOSE}]*+)"
        rf"(?:[ \t]*+[{_EMOJI}]++)?(?=\s|\Z|[{_AR}]))"
    )
    _AFTER_END = re.compile(rf"\s|\Z|[{_AR}]")
    _NEXT_ON_LINE = re.compile(rf"[^\S{_LB}]*+([^\s])")
    _ARABIC_LETTER = re.compile(rf"[{_AR}]")
    _TIME_BEFORE = re.compile(r"(?<![\d:.,٫])\d{1,2}(?:[:٫.]\d{2})?\s*\Z")
    # Where a break can start: searching for this, then matching _BREAK only there, is
    # faster than _BREAK.finditer, which tries the whole pattern at every position (see
    # _breaks).
    _BREAK_START = re.compile(rf"[{_LB}{_TERM}]")
    _CONTENT = re.compile(r"\S(?:.*\S)?", re.DOTALL)

    latin_abbr = "|".join(sorted(LATIN_ABBREVIATIONS, key=len, reverse=True))
    _ABBR_TOKEN = re.compile(
        rf"(?:{latin_abbr})|(?:[a-z]\.)+[a-z]|[a-z]"
        rf"|(?:[{_AR}]\.)+[{_AR}]\u0640?|[{_AR}]\u0640?",
        re.IGNORECASE,
    )
    _LIST_NUMBER = re.compile(r"\d{1,3}")
    _NUMBER_NEXT = re.compile(r"\s*[#\d]")
    _NUMBER_BEFORE = re.compile(r"\d\s*\Z")
    _INLINE_WORD_NEXT = re.compile(rf"[^\S{_LB}]+(\w)")

    # Link patterns start only where a token can start (lookbehind) and use
    # possessive quantifiers, so that long runs of dots or letters stay linear.
    _URL = re.compile(
        r"(?:(?<![a-z0-9+.\-])[a-z][a-z0-9+.\-]*+://|(?<![\w.])www\.)[^\s<>\"«»“”]++",
        re.IGNORECASE,
    )
    _EMAIL = re.compile(
        r"(?<![\w.+\-])[\w.+\-]++@[a-z0-9\-]++(?:\.[a-z0-9\-]++)++", re.IGNORECASE
    )
    _DOMAIN_PATH = re.compile(
        r"(?<![a-z0-9\-.])(?:[a-z0-9\-]++\.)++[a-z]{2,}+/[^\s<>\"«»“”]*+", re.IGNORECASE
    )


_TOKEN_MAX = 2048
_URL_TRAIL = frozenset(".,;:!?\u061f\u060c\u061b\u2026'\"\u2019\u201d\u00bb)]}>*")


def _link_regions(token: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and domain paths inside ``token``."""
    found: list[tuple[int, int]] = []
    for pattern in (_URL, _EMAIL, _DOMAIN_PATH):
        for m in pattern.finditer(token):
            start, end = m.span()
            while end > start and token[end - 1] in _URL_TRAIL:
                if token[end - 1] == ")" and token.count(
                    "(", start, end
                ) >= token.count(")", start, end):
                    break
                end -= 1
            found.append((start, end))
    return found


def _link_token(text: str, pos: int) -> tuple[int, int, list[tuple[int, int]]]:
    """Bounds of the whitespace-delimited token at ``pos`` and its link spans.

    The token is cut at ``_TOKEN_MAX`` characters on each side; link spans are
    relative to the token start.
    """
    lo = pos
    limit = max(0, pos - _TOKEN_MAX)
    while lo > limit and not text[lo - 1].isspace():
        lo -= 1
    hi = pos
    limit = min(len(text), pos + _TOKEN_MAX)
    while hi < limit and not text[hi].isspace():
        hi += 1
    token = text[lo:hi]
    if not any(mark in token for mark in ("/", "@", "www.", "WWW.")):
        return lo, hi, []
    return lo, hi, _link_regions(token)


def _is_abbreviation(text: str, dot: int, after: int) -> bool:
    """True if the ``.`` at ``dot`` closes an abbreviation or a list number."""
    if dot == 0 or not text[dot - 1].isalnum():
        return False
    last = text[dot - 1]
    if (
        dot >= 2
        and last.isalpha()
        and not last.isascii()
        and last != "\u0640"  # the tatweel of "هـ."
        and text[dot - 2].isalnum()
    ):
        return False  # fast path: a word of 2+ letters ending in a non-Latin letter
    start = dot
    limit = max(0, dot - _ABBR_WINDOW)
    while start > limit and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    if start == dot or (start > 0 and text[start - 1] in "_-@/"):
        return False
    if start == limit and start > 0 and text[start - 1].isalnum():
        return False  # longer than any abbreviation
    tok = text[start:dot]
    if _LIST_NUMBER.fullmatch(tok):
        # "1. ..." at the start of a line is list numbering
        k = start
        while k > 0 and text[k - 1].isspace() and text[k - 1] not in _LB:
            k -= 1
        return k == 0 or text[k - 1] in _LB
    if not _ABBR_TOKEN.fullmatch(tok):
        return False
    if tok.lower() in _NUMBER_ABBREVIATIONS:
        return _NUMBER_NEXT.match(text, after) is not None
    if tok == "م" and _TIME_BEFORE.search(text, max(0, start - 12), start):
        return True  # "8 م." / "8:30 م.": the evening, inside a sentence
    # "2020 م." is a year: its period ends the sentence like any other
    return not (
        tok in _YEAR_SUFFIXES and _NUMBER_BEFORE.search(text, max(0, start - 8), start)
    )


def _next_on_line(text: str, pos: int) -> str | None:
    """The first non-space character from ``pos`` on the same line, or None."""
    m = _NEXT_ON_LINE.match(text, pos)
    return m.group(1) if m else None


def _period_continues(text: str, dot: int, after: int) -> bool:
    """True when the single ``.`` at ``dot`` does not end a sentence."""
    if (
        dot >= 1
        and "A" <= text[dot - 1] <= "Z"
        and (dot == 1 or not (text[dot - 2].isalnum() or text[dot - 2] == "."))
    ):
        # "فيتامين D. لكن …": a Latin capital is an initial before a Latin name only.
        nxt = _next_on_line(text, after)
        if nxt is not None and _ARABIC_LETTER.match(nxt):
            return False
    if _is_abbreviation(text, dot, after):
        return True
    nxt = _INLINE_WORD_NEXT.match(text, after)
    return nxt is not None and nxt.group(1).islower()


def _breaks(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_BREAK.finditer(text)``, tried only where a break can start."""
    find_start = _BREAK_START.search
    match_break = _BREAK.match
    pos = 0
    while (start := find_start(text, pos)) is not None:
        m = match_break(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, end exclusive, whitespace trimmed."""
    if _BREAK is None:
        _compile_patterns()
    spans: list[tuple[int, int]] = []
    n = len(text)
    prev = 0
    token: tuple[int, int, list[tuple[int, int]]] = (0, 0, [])
    for m in _breaks(text):
        if m.lastgroup == "nl":
            end = m.start()
            nxt = m.end()
        else:
            pos = m.start()
            after = m.end()
            if after > m.end("close") and text[m.end("term") - 1] not in _QUESTION:
                # An emoji after "!" or "؟" ends the sentence with it; after "." it opens
                # the next one, as the break before it would without the emoji.
                after = m.end("close")
                if not _AFTER_END.match(text, after):
                    continue
            # Only a terminator glued to the next word can sit inside a link.
            if after < n and not text[after].isspace():
                if not token[0] <= pos < token[1]:
                    token = _link_token(text, pos)
                rel = pos - token[0]
                if any(start <= rel < end for start, end in token[2]):
                    continue
            if (
                m.end("term") - pos == 1
                and text[pos] == "."
                and _period_continues(text, pos, after)
            ) or _inside_sentence(text, m, prev):
                continue
            end = nxt = after
        if end > prev:
            c = _CONTENT.search(text, prev, end)
            if c is not None:
                spans.append(c.span())
        prev = nxt
    if prev < n:
        c = _CONTENT.search(text, prev)
        if c is not None:
            spans.append(c.span())
    if any(e - s > MAX_SENTENCE_CHARS for s, e in spans):
        spans = [piece for span in spans for piece in _bounded(text, *span)]
    return spans


def _inside_sentence(text: str, m: re.Match[str], start: int) -> bool:
    """True when the terminators of ``m`` sit inside the sentence that began at ``start``.

    * an ellipsis (``...``, ``…``) followed on its line by anything but a Latin capital;
    * terminators enclosed in brackets: ``(؟)`` (a doubt mark), ``[...]`` (an omission);
    * ``?`` or ``!`` closing a quotation that opened after the sentence's first words,
      with the sentence going on after it: ``وطرح سؤال «من المسؤول؟» قبل أن …``.
    """
    pos, term_end = m.start("term"), m.end("term")
    run = text[pos:term_end]
    close = m.group("close")
    if pos > 0 and text[pos - 1] in "([" and text[term_end : term_end + 1] in (")", "]"):
        return True
    nxt = _next_on_line(text, m.end())
    if nxt is None:
        return False
    if not close and all(ch in _ELLIPSIS for ch in run) and (len(run) > 1 or run == "\u2026"):
        return not ("A" <= nxt <= "Z")
    if close and close[0] in _QUOTE_OPENER and all(ch in _QUESTION for ch in run):
        opener = text.rfind(_QUOTE_OPENER[close[0]][0], start, pos)
        for alt in _QUOTE_OPENER[close[0]][1:]:
            opener = max(opener, text.rfind(alt, start, pos))
        return opener > start and text[start:opener].strip() != "" and nxt.isalpha()
    return False


def _safe_cut(text: str, lo: int, pos: int) -> int:
    """``pos`` moved back (not below ``lo + 1``) off a cluster: never between a letter and
    its marks, inside an emoji sequence or a flag."""
    while pos > lo + 1 and (
        _is_extender(text[pos]) or text[pos - 1] == _ZWJ or _inside_flag(text, pos)
    ):
        pos -= 1
    return pos


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` in pieces of at most ``MAX_SENTENCE_CHARS``: cut at the last white
    space of each piece's second half, else between two characters (clusters kept whole).

    Reading, selecting and quoting one sentence of millions of characters froze the window.
    """
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = max(text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit + 1),
                    text.rfind("\t", start + MAX_SENTENCE_CHARS // 2, limit + 1))  # fmt: skip
        if space > start:
            cut, resume = space, space
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            while text[resume].isspace():
                resume += 1
        else:
            cut = resume = _safe_cut(text, start, limit)
        yield start, cut
        start = resume
    yield start, end


def _bounds(span) -> tuple[int, int]:
    return span if isinstance(span, tuple) else (span.start, span.end)


def sentence_index_at(spans: Sequence, pos: int) -> int | None:
    """0-based index of the span with start <= pos < end, else None.

    ``spans``: ``(start, end)`` pairs in reading order, or objects with ``start`` and
    ``end`` (the reader passes its ``Sentence`` list as it is).
    """
    i = bisect.bisect_right(spans, pos, key=lambda s: _bounds(s)[0]) - 1
    if i >= 0 and pos < _bounds(spans[i])[1]:
        return i
    return None


_ZWJ = "\u200d"


def _is_word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN" or ch in "\u200c\u200d"


def _is_extender(ch: str) -> bool:
    """Characters that belong to the cluster of the character before them."""
    o = ord(ch)
    return (
        unicodedata.category(ch)[0] == "M"
        or ch == _ZWJ
        or 0xFE00 <= o <= 0xFE0F
        or 0x1F3FB <= o <= 0x1F3FF
        or 0xE0020 <= o <= 0xE007F
        or 0xE0100 <= o <= 0xE01EF
    )


def _is_ri(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _inside_flag(text: str, pos: int) -> bool:
    """True if ``pos`` falls between the two regional indicators of a flag."""
    if (
        pos <= 0
        or pos >= len(text)
        or not (_is_ri(text[pos - 1]) and _is_ri(text[pos]))
    ):
        return False
    run = 0
    i = pos - 1
    while i >= 0 and _is_ri(text[i]):
        run += 1
        i -= 1
    return run % 2 == 1


def _cuts(text: str, pos: int) -> bool:
    """True if a boundary at ``pos`` would cut a word or a character cluster."""
    prev, cur = text[pos - 1], text[pos]
    if prev.isspace() or cur.isspace():
        return False
    return (
        (_is_word(prev) and _is_word(cur))
        or _is_extender(cur)
        or prev == _ZWJ
        or _inside_flag(text, pos)
    )


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow ``[start, end)`` to whole words and clusters, then trim whitespace.

    Never returns an empty span if the input had a non-space character; an
    all-whitespace or empty input gives an empty span at the clamped start.
    """
    n = len(text)
    start = max(0, min(start, n))
    end = max(0, min(end, n))
    if start > end:
        start, end = end, start
    if not text[start:end].strip():
        return start, start
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    while start > 0 and _cuts(text, start):
        start -= 1
    while end < n and _cuts(text, end):
        end += 1
    return start, end
