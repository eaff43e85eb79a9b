"""Visual-order Arabic for outputs that cannot shape or reorder text themselves.

Only for terminals without bidi support and renderers without a shaping
engine. Never feed the result to Qt (it shapes and reorders itself) and never
store or export it: it is display-only (Qt and
every other shaping renderer would reverse it a second time).

Uses the pure-Python algorithm shipped by python-bidi 0.6 (``bidi.algorithm``),
because the default ``bidi.get_display`` (Rust wrapper) does not mirror brackets
in right-to-left runs (rule L4), giving ``)GDP(``; its steps are run here with
the bracket-pair rule N0 it lacks added (without it, ``TikTok [2020]`` in Arabic
came out as ``[TikTok [2020``). If a later python-bidi drops ``bidi.algorithm``,
the Rust version is used as a fallback and a RuntimeWarning is issued once.
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


# Bidi paired brackets (Unicode's BidiBrackets.txt; angle brackets with their canonical twins).
_OPENERS = {
    "(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u207d": "\u207e", "\u208d": "\u208e",
    "\u2308": "\u2309", "\u230a": "\u230b", "\u2329": "\u232a", "\u27e8": "\u27e9",
    "\u3008": "\u3009", "\ufd3e": "\ufd3f",
}  # fmt: skip
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}
_EXPLICIT = re.compile("[\u202a-\u202e\u2066-\u2069]")  # embeddings, overrides, isolates


def _bracket_pairs(line: str) -> list[tuple[int, int]]:
    """Rule BD16: positions of matching opening and closing brackets, by opening."""
    stack: list[tuple[str, int]] = []
    pairs = []
    for i, ch in enumerate(line):
        if ch in _OPENERS:
            if len(stack) == 63:
                break
            stack.append((_OPENERS[ch], i))
        elif ch in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_bracket_pairs(chars: list[dict], direction: str) -> None:
    """Rule N0 on python-bidi's resolved weak types: a bracket pair takes the paragraph's
    direction if it holds text of it, else the other direction if it holds only that and
    follows it (Arabic letters and numbers count as right to left)."""
    line = "".join(c["ch"] for c in chars)
    kinds = [
        "L" if c["type"] == "L" else "R" if c["type"] in ("R", "AL", "EN", "AN") else None
        for c in chars
    ]
    for opening, closing in _bracket_pairs(line):
        inside = {k for k in kinds[opening + 1 : closing] if k}
        if not inside:
            continue
        side = direction
        if direction not in inside:  # only the other direction inside
            side = next((k for k in reversed(kinds[:opening]) if k), direction)
        kinds[opening] = kinds[closing] = side
        chars[opening]["type"] = chars[closing]["type"] = side


def _display(text: str, direction: str) -> str:
    """python-bidi's pure-Python algorithm (it mirrors brackets, rule L4) with the
    bracket-pair rule N0 it lacks added after its weak types; the Rust one if it is gone."""
    try:
        from bidi import algorithm as uba
    except ImportError:  # pragma: no cover - depends on the installed python-bidi
        return str(_display_fn()(text, base_dir=direction))
    if _EXPLICIT.search(text):  # isolates and embeddings: the pure-Python one fails on them
        from bidi import get_display

        return _EXPLICIT.sub("", str(get_display(text, base_dir=direction)))  # order applied
    storage = uba.get_empty_storage()
    storage["base_level"] = uba.PARAGRAPH_LEVELS[direction]
    storage["base_dir"] = direction
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    _resolve_bracket_pairs(storage["chars"], direction)  # one level run: the paragraph's
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    return "".join(c["ch"] for c in storage["chars"])


def _line_to_visual(line: str, base_dir: str | None) -> str:
    direction = base_dir
    if direction is None:
        direction = "L" if first_strong_direction(line) == "ltr" else "R"
        if direction == "L" and not _NEEDS_BIDI.search(line):
            return line  # purely left-to-right text is already in visual order
    import arabic_reshaper

    return _display(arabic_reshaper.reshape(line), direction)


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
