"""Choosing an article's title from its text."""

from __future__ import annotations

import re
import unicodedata

TITLE_MAX = 200
# A first line of one word (a site's section copied with the article: "تكنولوجيا",
# "سياسة") is a label, not a headline; a headline says something, so it has more words.
MIN_TITLE_WORDS = 2
_WORD = re.compile(r"[^\W_]+")


def _cut(line: str) -> str:
    if len(line) <= TITLE_MAX:
        return line
    cut = TITLE_MAX
    while cut > 1 and unicodedata.category(line[cut])[0] == "M":
        cut -= 1  # never leave a combining mark without its base character
    return line[:cut].rstrip()


def choose_title(text: str) -> str:
    """The first sentence-like line (at least ``MIN_TITLE_WORDS`` words) of the first few
    lines, cut to 200 characters; else the first non-blank line; else ""."""
    # Only the start of the text is read, and only the start of a line is counted: a 50 MB
    # article on one line had made a list of its millions of words at import.
    lines = [line.strip() for line in text[:20_000].splitlines()[:40]]
    lines = [line for line in lines if line]
    for line in lines[:5]:
        if len(_WORD.findall(line[:2_000])) >= MIN_TITLE_WORDS:
            return _cut(line)
    return _cut(lines[0]) if lines else ""
