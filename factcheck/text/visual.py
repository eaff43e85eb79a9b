"""Visual-order Arabic for outputs that cannot shape or reorder text themselves.

Only for terminals without bidi support and renderers without a shaping
engine. Never feed the result to Qt (it shapes and reorders itself) and never
store or export it: it is display-only (PITFALLS.md §2).

Uses the pure-Python ``bidi.algorithm.get_display`` shipped by python-bidi
0.6, because the default ``bidi.get_display`` (Rust wrapper) does not mirror
brackets in right-to-left runs (rule L4), giving ``)GDP(``. If a later
python-bidi drops ``bidi.algorithm``, the Rust version is used as a fallback
and a RuntimeWarning is issued once.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

from .bidi import first_strong_direction

__all__ = ["to_visual"]

_LINE_SPLIT = re.compile("(\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])")
# Characters that can make the visual order differ from the logical order.
_NEEDS_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
    "\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)

_get_display: Callable[..., Any] | None = None


def _display_fn() -> Callable[..., Any]:
    global _get_display
    if _get_display is None:
        try:
            from bidi.algorithm import get_display
        except ImportError:  # pragma: no cover - depends on the installed python-bidi
            from bidi import get_display

            warnings.warn(
                "bidi.algorithm is missing: brackets in RTL text will not be mirrored",
                RuntimeWarning,
                stacklevel=3,
            )
        _get_display = get_display
    return _get_display


def _line_to_visual(line: str, base_dir: str | None) -> str:
    direction = base_dir
    if direction is None:
        direction = "L" if first_strong_direction(line) == "ltr" else "R"
        if direction == "L" and not _NEEDS_BIDI.search(line):
            return line  # purely left-to-right text is already in visual order
    import arabic_reshaper

    return str(_display_fn()(arabic_reshaper.reshape(line), base_dir=direction))


def to_visual(s: str, base_dir: str | None = None) -> str:
    """Shape and reorder ``s`` for display, line by line.

    ``base_dir`` "R" or "L" forces the paragraph direction of every line; by
    default each line takes the direction of its first strong character and
    lines with none are right-to-left. Purely left-to-right lines are returned
    unchanged. Line separators are kept as they are.
    """
    if base_dir not in (None, "R", "L"):
        raise ValueError('base_dir must be None, "R" or "L"')
    parts = _LINE_SPLIT.split(s)
    # Even indices are lines, odd indices the separators between them.
    for i in range(0, len(parts), 2):
        if parts[i]:
            parts[i] = _line_to_visual(parts[i], base_dir)
    return "".join(parts)
