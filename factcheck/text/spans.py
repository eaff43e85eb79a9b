"""Whether a span (code points ``start:end``) of a text can be a claim.

A claim must lie inside the text, hold more than white space, and keep every letter whole:
its combining marks (harakat) and the parts of an emoji or a flag stay with it.
"""

from __future__ import annotations

import unicodedata

__all__ = ["SpanError", "check_span", "check_span_range", "splits_emoji"]


class SpanError(ValueError):
    """A span that cannot be a claim; ``str(e)`` is the reason.

    Raised like ``DecodeError``: ``template`` (a literal) filled with keyword values, so a
    user interface can show the reason translated.
    """

    def __init__(self, *, template: str, **values: object):
        self.template = template
        self.values = values
        super().__init__(template.format(**values))


_ZWJ = "\u200d"
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)


def _joins(text: str, k: int) -> bool:
    """True if the zero-width joiner at ``k`` joins two characters (not a stray one)."""
    return 0 < k < len(text) - 1 and not text[k - 1].isspace() and not text[k + 1].isspace()


def splits_emoji(text: str, i: int) -> bool:
    """True if position ``i`` falls inside an emoji sequence: either side of a zero-width
    joiner that joins two characters, before a variation selector or a skin-tone modifier,
    or between a flag's two letters."""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if (after == _ZWJ and _joins(text, i)) or (before == _ZWJ and _joins(text, i - 1)):
        return True
    if "\ufe00" <= after <= "\ufe0f" or "\U0001f3fb" <= after <= "\U0001f3ff":
        return True
    if ord(after) in _REGIONAL_INDICATORS and ord(before) in _REGIONAL_INDICATORS:
        run = 0  # regional indicators pair up from the start of their run
        while i - run - 1 >= 0 and ord(text[i - run - 1]) in _REGIONAL_INDICATORS:
            run += 1
        return run % 2 == 1
    return False


def check_span_range(length: int, start: int, end: int) -> None:
    """Refuse a span outside a text of ``length`` code points, or without length."""
    if not (0 <= start < end <= length):
        raise SpanError(
            template="Span {start}:{end} is outside the text (0:{length}) or has no length.",
            start=start,
            end=end,
            length=length,
        )


def check_span(text: str, start: int, end: int) -> None:
    """Refuse spans outside the text, empty or blank, or cutting a letter from its marks."""
    check_span_range(len(text), start, end)
    if not text[start:end].strip():
        raise SpanError(
            template="Span {start}:{end} holds only white space.", start=start, end=end
        )
    if unicodedata.combining(text[start]) and start > 0:
        raise SpanError(
            template="Span {start}:{end} starts on a combining mark that belongs to the "
            "letter before it; start one character earlier.",
            start=start,
            end=end,
        )
    if end < len(text) and unicodedata.combining(text[end]):
        raise SpanError(
            template="Span {start}:{end} cuts the combining marks off its last letter; "
            "end it after them.",
            start=start,
            end=end,
        )
    if splits_emoji(text, start) or splits_emoji(text, end):
        raise SpanError(
            template="Span {start}:{end} cuts an emoji or a flag in two; move its ends "
            "outside it.",
            start=start,
            end=end,
        )
