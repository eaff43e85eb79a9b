"""Search normalisation of Arabic/Latin text with a map back to the original.

Most rules map one character to one character or delete it; Arabic presentation forms
expand to the letters they stand for (``ﻻ`` → ``لا``, ``ﷲ`` → ``الله``), so one original
character may give several normalised ones. ``Normalized.origin`` maps every normalised
character back to the original character it came from (the two letters of a ligature both
map to the ligature), so a match maps back to exact original offsets.

Rules: alef forms أ إ آ ٱ → ا; hamza on its carriers ؤ ئ → ء (``مسؤول`` = ``مسئول``);
ة → ه; ى, Persian ی and Urdu ے → ي; Persian ک and swash ڪ → ك; Urdu/Kurdish heh
forms ہ ۃ ە ھ ۀ ۂ → ه; the dagger alef ٰ → ا (Quranic ``العٰلمين`` = ``العالمين``)
except in the words whose usual spelling has no alef (``هٰذا`` ``ذٰلك`` ``لٰكن``
``اللّٰه`` ``إلٰه`` ``الرحمٰن`` ``هٰؤلاء`` ``أولٰئك``: there it is removed like the
other harakat); tatweel removed; Arabic combining marks removed (harakat
U+064B–U+065F, U+0610–U+061A, Quranic marks U+06D6–U+06ED, U+08D3–U+08FF); digits
٠-٩ and ۰-۹ → 0-9, ٫ → ".", ٬ → ",", ٪ → "%"; a comma between digits followed by
exactly three digits (a thousands separator: ``1,000`` = ``1000``) removed; invisible
format characters removed (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings/isolates,
word joiner, BOM, soft hyphen); every Arabic presentation form (Forms-A and -B) and
full-width ASCII folded to the letters it stands for (NFKC, then the rules above; the
isolated forms of harakat are removed); letters lower-cased when the lower case is
exactly one character (so ``İ`` stays as it is). No NFC/NFKC on the whole text: the
article is expected to be NFC already (see decode.py).
"""

from __future__ import annotations

import bisect
import codecs
import itertools
import operator
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import cache

__all__ = ["Normalized", "normalize", "normalize_text"]


# 256-code-point blocks outside the BMP that hold letters with a lower case
# (Deseret, Osage, Vithkuqi, Old Hungarian, Warang Citi, Medefaidrin, Adlam, ...).
_ASTRAL_CASED_BLOCKS = (0x10400, 0x10500, 0x10C00, 0x10D00, 0x11800, 0x16E00, 0x1E900)


def _build_table() -> tuple[dict[int, str | None], str]:
    """Translation table for str.translate and the class of deleted characters."""
    table: dict[int, str | None] = {}
    cased = itertools.chain(
        range(0xD800),
        range(0xE000, 0x10000),
        *(range(b, b + 0x100) for b in _ASTRAL_CASED_BLOCKS),
    )
    for cp in cased:
        ch = chr(cp)
        low = ch.lower()
        if low != ch and len(low) == 1:
            table[cp] = low
    presentation: dict[int, str] = {}
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE), (0xFF01, 0xFF5E)):
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded.lower() if len(folded.lower()) == 1 else folded
            elif len(folded) > 1:
                presentation[cp] = folded  # folded below, once the letter rules exist
    deleted: list[int] = [0x0640]  # tatweel
    for lo, hi in (
        (0x0610, 0x061A),
        (0x064B, 0x065F),
        (0x06D6, 0x06ED),
        (0x08D3, 0x08FF),
    ):
        deleted.extend(
            cp for cp in range(lo, hi + 1) if unicodedata.category(chr(cp)) == "Mn"
        )
    deleted.extend(range(0x200B, 0x2010))  # ZWSP ZWNJ ZWJ LRM RLM
    deleted.extend(range(0x202A, 0x202F))  # LRE RLE PDF LRO RLO
    deleted.extend(range(0x2060, 0x2065))  # word joiner, invisible operators
    deleted.extend(range(0x2066, 0x206A))  # LRI RLI FSI PDI
    deleted.extend((0x061C, 0xFEFF, 0x00AD))
    for cp in deleted:
        table[cp] = None
    simple = {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "\u0670": "ا",
        "ؤ": "ء", "ئ": "ء",
        "ة": "ه", "ى": "ي", "ی": "ي", "ے": "ي", "ک": "ك", "ڪ": "ك",
        "ہ": "ه", "ۃ": "ه", "ە": "ه", "ھ": "ه", "ۀ": "ه", "ۂ": "ه",
        "٫": ".", "٬": ",", "٪": "%",
    }  # fmt: skip
    for src, dst in simple.items():
        table[ord(src)] = dst
    for i in range(10):
        table[0x0660 + i] = str(i)
        table[0x06F0 + i] = str(i)
    # Apply the Arabic rules on top of presentation-form folding (ﺃ → أ → ا).
    for cp, value in list(table.items()):
        if value is not None and ord(value) in table and ord(value) != cp:
            table[cp] = table[ord(value)]
    # Ligatures and the other multi-letter forms: each letter of the NFKC form folded;
    # a form that is only a haraka (with a space or a tatweel to carry it) is removed.
    for cp, folded in presentation.items():
        letters = "".join(table.get(ord(ch), ch) or "" for ch in folded)
        table[cp] = letters.strip() or None  # " ّ" (an isolated shadda): removed
    deleted_class = "".join(
        re.escape(chr(cp)) for cp, v in sorted(table.items()) if v is None
    )
    return table, deleted_class


class _Fold:
    """The fold's tables, built at the first normalisation rather than at import: reading
    every code point's lower case takes ~20 ms, and the window's start normalises nothing."""

    def __init__(self) -> None:
        table, deleted_class = _build_table()
        self.table = table
        self.deleted = frozenset(chr(cp) for cp, v in table.items() if v is None)
        self.deleted_run = re.compile(f"[{deleted_class}]+")
        # Deleted characters that belong to the letter before them (marks, tatweel).
        self.attached = frozenset(
            chr(cp)
            for cp, v in table.items()
            if v is None
            and (cp == 0x0640 or unicodedata.category(chr(cp)) == "Mn" or 0xFB50 <= cp <= 0xFEFE)
        ) | {"\u0670"}  # a dagger alef removed in its context (below) is a haraka too
        # Characters that fold to several: their letters all map back to the one character.
        self.expanding = frozenset(chr(cp) for cp, v in table.items() if v is not None and len(v) > 1)
        self.expanding_run = re.compile(
            "[" + "".join(re.escape(ch) for ch in sorted(self.expanding)) + "]"
        )
        # Most news sentences are written in the one-byte code: three C-level passes
        # instead of str.translate's dictionary lookup per character (several times faster).
        self.code_chars, self.code_map, self.code_table, self.code_deleted = _build_byte_code(table)


@cache
def _tables() -> _Fold:
    return _Fold()


_FOLD_NAMES = {"_TABLE": "table", "_CODE_CHARS": "code_chars", "_EXPANDING": "expanding"}


def __getattr__(name: str):
    """The tables by the names the tests read: built when first asked for."""
    if name in _FOLD_NAMES:
        return getattr(_tables(), _FOLD_NAMES[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Words whose usual spelling has no alef where the vocalised one has a dagger alef: the
# letters before and after it (harakat between skipped). In them the dagger alef is
# removed like any haraka; elsewhere it reads as ا.
_MARKS = frozenset(
    chr(cp) for cp in (*range(0x064B, 0x0660), *range(0x0610, 0x061B), *range(0x06D6, 0x06EE), 0x0640)
)
# (letter before, letter after), harakat skipped; a third letter when the pair alone is
# too common: ك must be followed by ن (لٰكن), م preceded by ح (الرحمٰن).
_DAGGER_WORDS = {
    ("ه", "ذ"): None, ("ذ", "ل"): None, ("ل", "ه"): None, ("ه", "ؤ"): None,
    ("ل", "ئ"): None, ("ل", "ك"): ("after", "ن"), ("م", "ن"): ("before", "ح"),
}  # fmt: skip
_SILENT_MARK = "\u0657"  # a haraka the table removes: stands in for a removed dagger alef
# A thousands separator: a comma between a digit and exactly three digits.
_GROUP_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _letters(text: str, i: int, step: int, count: int) -> str:
    """Up to ``count`` letters from ``i`` on (``step`` -1: backwards), harakat skipped."""
    out = []
    while 0 <= i < len(text) and len(out) < count:
        if text[i] not in _MARKS and text[i] != "\u0670":
            out.append(text[i])
        i += step
    return "".join(out)


def _silence_daggers(text: str) -> str:
    """``text`` with the dagger alef of each ``_DAGGER_WORDS`` word made a removed
    haraka (same length: offsets do not move)."""
    if "\u0670" not in text:
        return text
    chars = None
    at = text.find("\u0670")
    while at != -1:
        before = _letters(text, at - 1, -1, 2)
        after = _letters(text, at + 1, 1, 2)
        if before and after and (before[0], after[0]) in _DAGGER_WORDS:
            third = _DAGGER_WORDS[(before[0], after[0])]
            if third is None or (before if third[0] == "before" else after)[1:] == third[1]:
                chars = chars if chars is not None else list(text)
                chars[at] = _SILENT_MARK
        at = text.find("\u0670", at + 1)
    return text if chars is None else "".join(chars)


def _build_byte_code(table: dict[int, str | None]) -> tuple[str, object, bytes, bytes]:
    """``table`` as a ``bytes.translate`` over a one-byte code of common characters.

    The code's 256 characters are ASCII, the Arabic block up to alef wasla, Persian
    digits, ی ک and common punctuation. Returns the decoding string (byte i stands for
    its i-th character), the encoding map, the byte table and the deleted bytes.
    """
    chars = [chr(cp) for cp in range(0x80)] + [chr(cp) for cp in range(0x060C, 0x0672)]
    chars += "۰۱۲۳۴۵۶۷۸۹یک«»“”‘’–—…\u00a0\u200c\u200d\u200e\u200f"
    decoding = "".join(chars)
    assert len(decoding) == len(set(decoding)) == 256
    byte_table = bytearray(range(256))
    deleted = bytearray()
    for i, ch in enumerate(decoding):
        target = table.get(ord(ch), ch)
        if target is None:
            deleted.append(i)
        else:
            byte_table[i] = decoding.index(target)  # every target is in the code
    return decoding, codecs.charmap_build(decoding), bytes(byte_table), bytes(deleted)




@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original index.

    ``origin[i]`` is the original index of ``text[i]``; ``origin[len(text)]``
    is ``len(original)``. ``original`` (optional) is the source text, used to
    decide which deleted characters trail the last letter of a span.
    """

    text: str
    origin: tuple[int, ...] | array = field(hash=False)
    original: str | None = field(default=None, repr=False, compare=False, hash=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the original span it came from.

        The end covers the last character plus the deleted marks and tatweel
        that follow it (its harakat), never the next kept character. A span that
        starts or ends inside a ligature's letters covers the whole ligature.
        """
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        o_start = self.origin[start]
        if end == start:
            return o_start, o_start
        o_end = self.origin[end - 1] + 1
        # Inside a ligature's letters the next one maps to the same character: end there.
        limit = max(self.origin[end], o_end)
        if self.original is None:
            return o_start, limit
        original, attached = self.original, _tables().attached
        while o_end < limit and original[o_end] in attached:
            o_end += 1
        return o_start, o_end

    def to_normalized(self, pos: int) -> int:
        """Index of the first normalised character whose origin is >= ``pos``."""
        return bisect.bisect_left(self.origin, pos)


def _fold(text: str) -> str:
    """The table's fold of ``text`` (no context rules)."""
    fold = _tables()
    try:
        code = codecs.charmap_encode(text, "strict", fold.code_map)[0]
    except UnicodeEncodeError:  # a character outside the one-byte code
        code = None
    if code is None:  # not inside ``except``: chaining slows translate's KeyErrors
        return text.translate(fold.table)
    code = code.translate(fold.code_table, fold.code_deleted)
    return codecs.charmap_decode(code, "strict", fold.code_chars)[0]


def normalize_text(text: str) -> str:
    """Normalised string only (fast path for queries and indexing)."""
    out = _fold(_silence_daggers(text))
    if "," in out:
        out = _GROUP_COMMA.sub("", out)
    return out


def normalised_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple]:
    """``(normalised text, sentence, start, end)`` of each sentence: a search-index row less
    its article id, built before the article has one (and before the write lock is taken)."""
    return [(normalize_text(text[a:b]), i, a, b) for i, (a, b) in enumerate(spans, start=1)]


def _deletion_origin(text: str, lo: int, hi: int, folded_len: int, origin: array) -> None:
    """Append to ``origin`` the indices of ``text[lo:hi]`` the fold keeps (none expands);
    ``folded_len``: the length of the slice's fold."""
    n = hi - lo
    deleted = n - folded_len
    if deleted == 0:
        origin.extend(range(lo, hi))
    elif deleted * 20 > n:
        # Dense deletions (vocalised text): one C-level pass over all characters.
        keep = map(operator.not_, map(_tables().deleted.__contains__, text[lo:hi]))
        origin.extend(itertools.compress(range(lo, hi), keep))
    else:
        prev = lo
        for m in _tables().deleted_run.finditer(text, lo, hi):
            origin.extend(range(prev, m.start()))
            prev = m.end()
        origin.extend(range(prev, hi))


def normalize(text: str) -> Normalized:
    """Normalise ``text`` and keep the offset map back to it."""
    source = _silence_daggers(text)
    n = len(text)
    origin = array("q")
    fold = _tables()
    if fold.expanding_run.search(source) is None:
        out = _fold(source)
        _deletion_origin(source, 0, n, len(out), origin)
    else:  # presentation forms: each expands to letters that all map back to it
        pieces = []
        prev = 0
        for m in fold.expanding_run.finditer(source):
            piece = _fold(source[prev : m.start()])
            _deletion_origin(source, prev, m.start(), len(piece), origin)
            letters = fold.table[ord(m.group())]
            pieces += (piece, letters)
            origin.extend([m.start()] * len(letters))
            prev = m.end()
        piece = _fold(source[prev:])
        _deletion_origin(source, prev, n, len(piece), origin)
        pieces.append(piece)
        out = "".join(pieces)
    if "," in out:  # thousands separators go, with their place in the map
        commas = [m.start() for m in _GROUP_COMMA.finditer(out)]
        if commas:
            drop = set(commas)
            out = _GROUP_COMMA.sub("", out)
            origin = array("q", (o for i, o in enumerate(origin) if i not in drop))
    origin.append(n)
    return Normalized(out, origin, text)
