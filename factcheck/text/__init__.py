"""Pure-Python text engine: decoding, sentences, search normalisation, bidi, UTF-16.

No Qt and no database code here. All offsets are code-point indices into ``str``.
"""

from .bidi import (
    BIDI_CONTROLS,
    INVISIBLE_CHARS,
    bidi_control_name,
    count_bidi_controls,
    count_invisible_chars,
    find_bidi_controls,
    find_invisible_chars,
    first_strong_direction,
)
from .decode import (
    MAX_FILE_BYTES,
    DecodedText,
    DecodeError,
    clean_text,
    decode_bytes,
    is_blank,
    read_text_file,
    title_of,
)
from .normalize import Normalized, normalised_sentences, normalize, normalize_text
from .segment import (
    LATIN_ABBREVIATIONS,
    sentence_index_at,
    sentence_spans,
    snap_to_words,
)
from .utf16 import Utf16Index, py_to_utf16, utf16_len, utf16_to_py
from .visual import to_visual

__all__ = [
    "BIDI_CONTROLS",
    "INVISIBLE_CHARS",
    "LATIN_ABBREVIATIONS",
    "MAX_FILE_BYTES",
    "DecodeError",
    "DecodedText",
    "Normalized",
    "Utf16Index",
    "bidi_control_name",
    "clean_text",
    "count_bidi_controls",
    "count_invisible_chars",
    "decode_bytes",
    "find_bidi_controls",
    "find_invisible_chars",
    "first_strong_direction",
    "is_blank",
    "normalised_sentences",
    "normalize",
    "normalize_text",
    "py_to_utf16",
    "read_text_file",
    "sentence_index_at",
    "sentence_spans",
    "snap_to_words",
    "title_of",
    "to_visual",
    "utf16_len",
    "utf16_to_py",
]
