"""Search normalisation of Arabic/Latin text with a map back to the original.

Every rule maps one character to one character or deletes it, so normalised
positions map back to original positions exactly (``Normalized.origin``).

Rules: alef forms أ إ آ ٱ → ا; ة → ه; ى and Persian ی → ي; Persian ک → ك;
tatweel removed; Arabic combining marks removed (harakat U+064B–U+065F,
U+0670, U+0610–U+061A, Quranic marks U+06D6–U+06ED, U+08D3–U+08FF); digits
٠-٩ and ۰-۹ → 0-9, ٫ → ".", ٬ → ",", ٪ → "%"; invisible format characters removed
(ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings/isolates, word joiner, BOM,
soft hyphen); Arabic presentation forms and full-width ASCII folded to their
base letter when that is a single character; letters lower-cased when the
lower case is exactly one character (so ``İ`` stays as it is). No NFC/NFKC on
the whole text: the article is expected to be NFC already (see decode.py).
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
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE), (0xFF01, 0xFF5E)):
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded.lower() if len(folded.lower()) == 1 else folded
    deleted: list[int] = [0x0640]  # tatweel
    for lo, hi in (
        (0x0610, 0x061A),
        (0x064B, 0x065F),
        (0x0670, 0x0670),
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
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك",
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
    deleted_class = "".join(
        re.escape(chr(cp)) for cp, v in sorted(table.items()) if v is None
    )
    return table, deleted_class


_TABLE, _DELETED_CLASS = _build_table()
_DELETED = frozenset(chr(cp) for cp, v in _TABLE.items() if v is None)
_DELETED_RUN = re.compile(f"[{_DELETED_CLASS}]+")
# Deleted characters that belong to the letter before them (marks, tatweel).
_ATTACHED = frozenset(
    chr(cp)
    for cp, v in _TABLE.items()
    if v is None and (cp == 0x0640 or unicodedata.category(chr(cp)) == "Mn")
)


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


# Most news sentences are written in the one-byte code: three C-level passes instead of
# str.translate's dictionary lookup per character (several times faster).
_CODE_CHARS, _CODE_MAP, _CODE_TABLE, _CODE_DELETED = _build_byte_code(_TABLE)


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
        that follow it (its harakat), never the next kept character.
        """
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        o_start = self.origin[start]
        if end == start:
            return o_start, o_start
        o_end = self.origin[end - 1] + 1
        limit = self.origin[end]
        if self.original is None:
            return o_start, limit
        original = self.original
        while o_end < limit and original[o_end] in _ATTACHED:
            o_end += 1
        return o_start, o_end

    def to_normalized(self, pos: int) -> int:
        """Index of the first normalised character whose origin is >= ``pos``."""
        return bisect.bisect_left(self.origin, pos)


def normalize_text(text: str) -> str:
    """Normalised string only (fast path for queries and indexing)."""
    try:
        code = codecs.charmap_encode(text, "strict", _CODE_MAP)[0]
    except UnicodeEncodeError:  # a character outside the one-byte code
        code = None
    if code is None:  # not inside ``except``: chaining slows translate's KeyErrors
        return text.translate(_TABLE)
    code = code.translate(_CODE_TABLE, _CODE_DELETED)
    return codecs.charmap_decode(code, "strict", _CODE_CHARS)[0]


def normalize(text: str) -> Normalized:
    """Normalise ``text`` and keep the offset map back to it."""
    out = normalize_text(text)
    n = len(text)
    deleted = n - len(out)
    if deleted == 0:
        origin = array("q", range(n + 1))
    elif deleted * 20 > n:
        # Dense deletions (vocalised text): one C-level pass over all characters.
        keep = map(operator.not_, map(_DELETED.__contains__, text))
        origin = array("q", itertools.compress(range(n), keep))
        origin.append(n)
    else:
        origin = array("q")
        prev = 0
        for m in _DELETED_RUN.finditer(text):
            origin.extend(range(prev, m.start()))
            prev = m.end()
        origin.extend(range(prev, n + 1))
    return Normalized(out, origin, text)
