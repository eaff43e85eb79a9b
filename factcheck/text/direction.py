"""Paragraph direction for display: the direction most of a paragraph's strong letters take."""

from __future__ import annotations

import re

# Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, Arabic presentation forms).
_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
_LTR = re.compile(r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]")


def paragraph_direction(paragraph: str) -> str:
    """``"rtl"`` or ``"ltr"`` by the majority of strong letters; Arabic wins ties and empties.

    An Arabic paragraph that happens to start with a Latin brand name still reads right to
    left; an English paragraph quoting one Arabic word reads left to right.
    """
    ltr = len(_LTR.findall(paragraph))
    if not ltr:
        return "rtl"
    # Stop once Arabic has won, without a list of every letter (issue 6: 1 MB articles).
    for rtl, _ in enumerate(_RTL.finditer(paragraph), start=1):
        if rtl >= ltr:
            return "rtl"
    return "ltr"
