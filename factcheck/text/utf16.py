"""Convert between Python code-point offsets and Qt's UTF-16 code-unit offsets.

Characters above U+FFFF (most emoji) take two UTF-16 units (a surrogate pair)
but one Python index, so every Qt position after one is shifted
(an astral character counts two). Store code-point offsets; convert only at the Qt boundary.
Out-of-range positions raise IndexError.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Utf16Index", "py_to_utf16", "utf16_len", "utf16_to_py"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units."""
    return len(s) + len(_ASTRAL.findall(s))


def py_to_utf16(s: str, i: int) -> int:
    """UTF-16 offset of code-point offset ``i`` (0 <= i <= len(s))."""
    if not 0 <= i <= len(s):
        raise IndexError(f"code-point offset {i} out of range 0..{len(s)}")
    return i + len(_ASTRAL.findall(s, 0, i))


def utf16_to_py(s: str, q: int) -> int:
    """Code-point offset of UTF-16 offset ``q``.

    A ``q`` between the two halves of a surrogate pair maps to the start of
    that character.
    """
    if q < 0:
        raise IndexError(f"UTF-16 offset {q} out of range")
    before = 0  # astral characters entirely before q
    for m in _ASTRAL.finditer(s):
        unit = m.start() + before
        if unit >= q:
            break
        if unit + 1 == q:
            return m.start()
        before += 1
    i = q - before
    if i > len(s):
        raise IndexError(f"UTF-16 offset {q} out of range 0..{utf16_len(s)}")
    return i


class Utf16Index:
    """Precomputed conversions for one text, O(log n) per call."""

    __slots__ = ("_astral", "_astral_units", "len_py", "len_utf16")

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_units = [p + k for k, p in enumerate(self._astral)]
        self.len_py = len(text)
        self.len_utf16 = len(text) + len(self._astral)

    def to_utf16(self, i: int) -> int:
        """UTF-16 offset of code-point offset ``i``."""
        if not 0 <= i <= self.len_py:
            raise IndexError(f"code-point offset {i} out of range 0..{self.len_py}")
        return i + bisect.bisect_left(self._astral, i)

    def to_py(self, q: int) -> int:
        """Code-point offset of UTF-16 offset ``q`` (inside a pair: the char's start)."""
        if not 0 <= q <= self.len_utf16:
            raise IndexError(f"UTF-16 offset {q} out of range 0..{self.len_utf16}")
        k = bisect.bisect_right(self._astral_units, q - 2)
        if k < len(self._astral_units) and self._astral_units[k] == q - 1:
            return self._astral[k]
        return q - k
