"""The stored form of an article's sentences: one blob of code-point offsets.

``article_sentences.spans`` holds ``start, end`` of each sentence, in order, as unsigned
32-bit little-endian integers (8 bytes a sentence). It is written at import from the same
``sentence_spans`` that numbers the sentences and fills the search index, so the reader,
the report and the index agree, and a long article is not segmented again on every open.

Readers check what they read (a damaged or hand-edited database) and fall back to
segmenting the text when a blob is missing or does not fit it.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence

_CODE = "I" if array("I").itemsize == 4 else "L"  # 32-bit unsigned on every platform
_SWAP = sys.byteorder != "little"


def pack(spans: Sequence[tuple[int, int]]) -> bytes:
    """The blob of ``[(start, end), …]``."""
    flat = array(_CODE, [offset for span in spans for offset in span])
    if _SWAP:
        flat.byteswap()
    return flat.tobytes()


def _offsets(blob: object) -> array | None:
    if not isinstance(blob, bytes) or len(blob) % 8:
        return None
    flat = array(_CODE)
    flat.frombytes(blob)
    if _SWAP:
        flat.byteswap()
    return flat


def spans(blob: object, text_length: int) -> list[tuple[int, int]] | None:
    """The sentences of a text of ``text_length`` code points, or None if the blob is
    missing or does not describe ordered, non-empty, non-overlapping spans inside it."""
    flat = _offsets(blob)
    if flat is None:
        return None
    pairs = list(zip(flat[0::2], flat[1::2]))
    previous_end = 0
    for start, end in pairs:
        if not previous_end <= start < end:
            return None
        previous_end = end
    if previous_end > text_length:
        return None
    return pairs


def starts(blob: object, count: int) -> list[int] | None:
    """The sentences' starts, or None unless there are ``count`` of them, increasing."""
    flat = _offsets(blob)
    if flat is None or len(flat) != 2 * count:
        return None
    found = flat[0::2].tolist()
    if found != sorted(found) or len(set(found)) != count:  # increasing, at C speed
        return None
    return found
