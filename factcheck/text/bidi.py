"""Bidirectional-text helpers: find hidden controls, pick a paragraph direction."""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BIDI_CONTROLS",
    "INVISIBLE_CHARS",
    "bidi_control_name",
    "count_bidi_controls",
    "count_invisible_chars",
    "find_bidi_controls",
    "find_invisible_chars",
    "first_strong_direction",
]

_BIDI_NAMES = {
    "\u202a": "LEFT-TO-RIGHT EMBEDDING (LRE)",
    "\u202b": "RIGHT-TO-LEFT EMBEDDING (RLE)",
    "\u202c": "POP DIRECTIONAL FORMATTING (PDF)",
    "\u202d": "LEFT-TO-RIGHT OVERRIDE (LRO)",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE (RLO)",
    "\u2066": "LEFT-TO-RIGHT ISOLATE (LRI)",
    "\u2067": "RIGHT-TO-LEFT ISOLATE (RLI)",
    "\u2068": "FIRST STRONG ISOLATE (FSI)",
    "\u2069": "POP DIRECTIONAL ISOLATE (PDI)",
    "\u200e": "LEFT-TO-RIGHT MARK (LRM)",
    "\u200f": "RIGHT-TO-LEFT MARK (RLM)",
    "\u061c": "ARABIC LETTER MARK (ALM)",
}
_INVISIBLE_NAMES = {
    "\u00ad": "SOFT HYPHEN (SHY)",
    "\u034f": "COMBINING GRAPHEME JOINER (CGJ)",
    "\u115f": "HANGUL CHOSEONG FILLER",
    "\u1160": "HANGUL JUNGSEONG FILLER",
    "\u17b4": "KHMER VOWEL INHERENT AQ",
    "\u17b5": "KHMER VOWEL INHERENT AA",
    "\u180e": "MONGOLIAN VOWEL SEPARATOR (MVS)",
    "\u200b": "ZERO WIDTH SPACE (ZWSP)",
    "\u200c": "ZERO WIDTH NON-JOINER (ZWNJ)",
    "\u200d": "ZERO WIDTH JOINER (ZWJ)",
    "\u2060": "WORD JOINER (WJ)",
    "\u2061": "FUNCTION APPLICATION",
    "\u2062": "INVISIBLE TIMES",
    "\u2063": "INVISIBLE SEPARATOR",
    "\u2064": "INVISIBLE PLUS",
    "\u3164": "HANGUL FILLER",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)",
    "\uffa0": "HALFWIDTH HANGUL FILLER",
}

#: Characters that change the display order of text (Trojan-Source style tricks).
BIDI_CONTROLS: frozenset[str] = frozenset(_BIDI_NAMES)
#: Zero-width and other invisible characters. ZWJ/ZWNJ are legitimate in Arabic
#: and emoji: report them, never strip them from the article.
INVISIBLE_CHARS: frozenset[str] = frozenset(_INVISIBLE_NAMES)

_BIDI_RE = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE_CHARS)) + "]")
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")
_ISOLATE_CLOSE = "\u2069"


def find_bidi_controls(text: str) -> list[int]:
    """Code-point positions of all bidi control characters."""
    return [m.start() for m in _BIDI_RE.finditer(text)]


def count_bidi_controls(text: str) -> int:
    """Number of bidi control characters in ``text``."""
    return len(_BIDI_RE.findall(text))


def find_invisible_chars(text: str) -> list[int]:
    """Code-point positions of invisible characters (see INVISIBLE_CHARS)."""
    return [m.start() for m in _INVISIBLE_RE.finditer(text)]


def count_invisible_chars(text: str) -> int:
    """Number of invisible characters in ``text``."""
    return len(_INVISIBLE_RE.findall(text))


def bidi_control_name(ch: str) -> str:
    """Readable name such as "RIGHT-TO-LEFT OVERRIDE (RLO)".

    Also names invisible characters; any other character gets its Unicode
    name, or "U+XXXX" when it has none.
    """
    if len(ch) != 1:
        raise ValueError("expected a single character")
    known = _BIDI_NAMES.get(ch) or _INVISIBLE_NAMES.get(ch)
    if known:
        return known
    return unicodedata.name(ch, f"U+{ord(ch):04X}")


def first_strong_direction(text: str) -> str:
    """Return "rtl", "ltr" or "neutral" from the first strong character (UBA P2).

    Text inside isolates (LRI/RLI/FSI ... PDI) is skipped, as P2 requires.
    """
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _ISOLATE_CLOSE:
            if depth:
                depth -= 1
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return "neutral"
