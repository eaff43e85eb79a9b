"""Turn the bytes of an article file into clean text, detecting the encoding.

Detection order (never asks the user):

1. byte-order mark: UTF-32, UTF-8, UTF-16 (LE/BE);
2. NUL bytes: UTF-16 without BOM if the zero bytes sit on one parity (the high
   byte of ASCII characters) and the result is clean text, else "binary";
3. UTF-8 (a multi-byte sequence cut at the very end is dropped: truncated file);
   UTF-8 with a few corrupt bytes among many valid multi-byte characters is
   decoded with U+FFFD replacements (counted in ``DecodedText.replaced``);
4. an Arabic 8-bit encoding (Windows-1256, ISO-8859-6, MacArabic, CP720) when its reading
   is mostly Arabic letters: the reading with the most common Arabic words and no word
   mixing scripts wins (their tables give different Arabic letters for the same bytes);
   a file garbled in every one is refused;
5. charset-normalizer for any other legacy encoding.

The text is then cleaned: leading BOMs removed, CRLF and lone CR turned into LF, NFC.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "MAX_FILE_BYTES",
    "DecodeError",
    "DecodedText",
    "decode_bytes",
    "read_text_file",
    "title_of",
]

MAX_FILE_BYTES = 64 * 1024 * 1024
_MB = 1024 * 1024
TITLE_MAX = 200

# C0/C1 control characters that never occur in real text (tab, LF, VT, FF and CR are fine).
_CONTROL_CLASS = r"[\x00-\x08\x0e-\x1f\x7f-\x9f]"
_CONTROLS = re.compile(_CONTROL_CLASS + "+")
_CONTROL = re.compile(_CONTROL_CLASS)  # a faster scan than _CONTROLS to find none
_MAX_CONTROL_SHARE = 0.01
_ARABIC_LETTERS = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc]+"
)
_NON_ASCII_LETTERS = re.compile(r"[^\W\d_\x00-\x7f]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15", "cp1251", "iso8859_6")
_COMMON_BMP = re.compile(r"[\x00-\u07ff\u2000-\u206f\ufb00-\ufeff]+")
_BLANK = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")


class DecodeError(ValueError):
    """The file or bytes cannot be used as an article; ``str(e)`` is a short reason.

    Raised like ``FactcheckError``: ``template`` (a literal) filled with keyword values, so a
    user interface can show the reason translated (the GUI's ``CoreMessages`` catalogue).
    """

    def __init__(self, *, template: str, **values: object):
        self.template = template
        self.values = values
        super().__init__(template.format(**values))


@dataclass(frozen=True)
class DecodedText:
    """Decoded, cleaned text and the encoding it was read with.

    ``replaced`` counts corrupt byte sequences shown as U+FFFD (normally 0).
    """

    text: str
    encoding: str
    replaced: int = 0


def clean_text(text: str) -> str:
    """What every stored article text goes through, whatever it came from: remove leading BOMs (a file saved twice by BOM-adding tools has several), normalise
    line ends to LF and apply NFC."""
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.rstrip("\x1a")  # DOS end-of-file marker
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def is_blank(text: str) -> bool:
    """Only white space, BOMs and zero-width characters: no article in it."""
    return _BLANK.fullmatch(text) is not None


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Number of characters of ``text`` matched by ``pattern``."""
    return len(text) - len(pattern.sub("", text))


def _control_share(text: str) -> float:
    if not text or not _CONTROL.search(text):
        return 0.0
    return _count(_CONTROLS, text) / len(text)


def _decode_incremental(data: bytes, codec: str) -> str:
    """Strictly decode ``data``, dropping an incomplete sequence at the very end."""
    return _decode_truncated(data, codec)[0]


def _decode_truncated(data: bytes, codec: str) -> tuple[str, int]:
    """Like _decode_incremental, also returning how many trailing bytes were dropped."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    text = decoder.decode(data, final=False)
    return text, len(decoder.getstate()[0])


def _mostly_arabic(text: str) -> bool:
    """True if most non-ASCII letters of ``text`` are Arabic letters."""
    letters = _count(_NON_ASCII_LETTERS, text)
    return letters > 0 and _count(_ARABIC_LETTERS, text) >= 0.8 * letters


def _finish(text: str, encoding: str, replaced: int = 0) -> DecodedText:
    """Clean ``text`` and refuse blank or binary-looking results."""
    text = clean_text(text)
    if _BLANK.fullmatch(text):
        raise DecodeError(template="file contains only whitespace")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(template="binary file (control characters)")
    return DecodedText(text, encoding, replaced)


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the codec name if ``data`` looks like BOM-less UTF-16, else None.

    Text in UTF-16 has a zero high byte for every ASCII character (spaces,
    digits, line ends), so its zero bytes sit on one parity only.
    """
    if len(data) < 2:
        return None
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    if odd_zero > even_zero:
        codec, high_zero, low_zero = "utf-16-le", odd_zero, even_zero
    else:
        codec, high_zero, low_zero = "utf-16-be", even_zero, odd_zero
    pairs = len(data) // 2
    if high_zero < 0.05 * pairs or low_zero > high_zero * 0.1:
        return None
    try:
        text = _decode_incremental(data, codec)
    except UnicodeDecodeError:
        return None
    if not text or "\x00" in text or _control_share(text) > _MAX_CONTROL_SHARE:
        return None
    sample = text[:65536]
    odd = sum(
        1 for ch in sample if unicodedata.category(ch)[0] in "CS" and ch not in "\t\n\r"
    )
    if odd > 0.05 * len(sample):
        return None
    # Byte-swapped or binary data decodes to scattered CJK/Hangul/other blocks;
    # real text here is mostly Latin/Greek/Cyrillic/Hebrew/Arabic and punctuation.
    common = _count(_COMMON_BMP, sample)
    if common < 0.9 * len(sample) and (high_zero < 0.3 * pairs or pairs < 32):
        return None
    return codec


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """Decode with U+FFFD replacements when the bytes are mostly valid UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = _count(_NON_ASCII, text) - text.count("\ufffd")
    # Legacy 8-bit text (Windows-1256 Arabic, Latin-1 French) almost never forms a valid
    # UTF-8 multi-byte sequence, so a few of them outweigh a few broken bytes: read as
    # Windows-1256, UTF-8 Arabic with some damage would become mojibake ("ظ…ط±ط­ط¨ط§").
    if bad > 0 and good >= 4 and good >= bad:
        return text, bad
    return None


def _windows_name(codec: str) -> str:
    """Canonical, user-facing name for a Python codec name."""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return codec
    m = re.fullmatch(r"cp(125\d)", name)
    return f"windows-{m.group(1)}" if m else name


_CHAOS_MARGIN = 0.1  # "nearly as good" for charset-normalizer's chaos score (0..1)


# The 8-bit Arabic encodings a newsroom receives, most common first (ties go to the first).
_LEGACY_ARABIC = (
    ("cp1256", "windows-1256"),
    ("iso8859_6", "iso8859-6"),
    ("mac_arabic", "mac-arabic"),
    ("cp720", "cp720"),
)
_WORDS = re.compile(r"[^\W\d_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_ARABIC_WORDS = re.compile(r"[\u0621-\u064a]+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Words of every Arabic news text: the article's prefixes and the commonest particles.
_ARTICLE = re.compile(r"(?:[وفبكل]?ال|لل)[\u0621-\u064a]{2}")
_PARTICLES = frozenset(
    ["في", "من", "على", "إلى", "أن", "إن", "عن", "مع", "التي", "الذي", "هذا", "هذه", "كان",
     "قال", "بعد"]
)  # fmt: skip


def _arabic_score(text: str) -> tuple[int, int]:
    """(cues, garbage) of a candidate decoding: words an Arabic text is made of (``ال…``,
    ``في``, ``من`` …) against words mixing Arabic and Latin letters and C1 controls,
    which the wrong 8-bit table gives (ISO-8859-6 read as Windows-1256: ``شرمة أهازèو``)."""
    cues = garbage = 0
    for word in _WORDS.findall(text):
        arabic = _ARABIC_LETTER.search(word) is not None
        if arabic and _LATIN_LETTER.search(word):
            garbage += 1
        elif word in _PARTICLES or (arabic and _ARTICLE.match(word)):
            cues += 1
    garbage += len(_CONTROL.findall(text))
    return cues, garbage


def _legacy_arabic(data: bytes) -> DecodedText | None:
    """The Arabic 8-bit encoding whose reading looks like Arabic; None if none reads as
    mostly Arabic letters. Raises DecodeError when every reading is garbled.

    Their tables share byte values for different letters, so each reading is made of
    Arabic letters: the one with the most common Arabic words wins; a reading with letters
    of both scripts inside one word, or control characters, is wrong.
    """
    readings = []
    for rank, (codec, name) in enumerate(_LEGACY_ARABIC):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _mostly_arabic(text):
            continue
        cues, garbage = _arabic_score(text)
        # Windows-1256 keeps Latin-1's accented letters apart, so "mostly Arabic" is enough
        # for it (a one-word file too). The others give Arabic letters for every high byte:
        # French or Russian read through them is "Arabic" too, so their reading must be
        # made of Arabic words.
        if rank and (cues < 2 or cues * 10 < len(_ARABIC_WORDS.findall(text))):
            continue
        readings.append((cues - 3 * garbage, -rank, garbage, text, name))
    if not readings:
        return None
    score, _rank, garbage, text, name = max(readings)
    if garbage and score <= 0:
        raise DecodeError(
            template="legacy Arabic text in an encoding that could not be told apart "
            "(Windows-1256, ISO-8859-6, MacArabic, CP720): save it as UTF-8 and import again"
        )
    return _finish(text, name)


def _decode_legacy(data: bytes) -> DecodedText:
    """Decode non-UTF bytes: an Arabic 8-bit encoding for Arabic, else charset-normalizer."""
    arabic = _legacy_arabic(data)
    if arabic is not None:
        return arabic

    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None or best.encoding is None:
        raise DecodeError(template="not valid text in any supported encoding")
    # On a short text charset-normalizer's answers are nearly tied and it picks arbitrarily
    # (French comes out as cp1250 "ministčre", or mac-latin2 "cafť"); among nearly equal
    # answers prefer the common encodings.
    tied = {
        m.encoding
        for m in results
        if m.chaos <= best.chaos + _CHAOS_MARGIN and m.coherence >= best.coherence - 0.05
    }
    for preferred in _PREFERRED_LEGACY:
        if preferred in tied and preferred != best.encoding:
            try:
                return _finish(data.decode(preferred), _windows_name(preferred))
            except UnicodeDecodeError:
                continue
    text = str(best)
    try:
        if data.decode("cp1252") == text:  # same text: name the common encoding
            return _finish(text, "windows-1252")
    except UnicodeDecodeError:
        pass
    return _finish(text, _windows_name(best.encoding))


def decode_bytes(data: bytes) -> DecodedText:
    """Detect the encoding of ``data`` and return the cleaned text.

    Raises DecodeError for empty, whitespace-only, binary or undecodable data.
    """
    if not data:
        raise DecodeError(template="empty file")

    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = _decode_incremental(body, codec)
            except UnicodeDecodeError:
                if codec == "utf-8":
                    mostly = _mostly_utf8(body)
                    if mostly is not None:
                        return _finish(mostly[0], name, mostly[1])
                if codec.startswith("utf-32"):
                    continue  # FF FE 00 00 may also be UTF-16 LE with BOM + NUL
                raise DecodeError(
                    template="not valid {encoding} text despite its byte-order mark", encoding=name
                ) from None
            if _BLANK.fullmatch(text):
                if not text:
                    raise DecodeError(template="empty file")
                raise DecodeError(template="file contains only whitespace")
            return _finish(text, name)

    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise DecodeError(template="binary file (NUL bytes)")
        return _finish(_decode_incremental(data, codec), codec)

    try:
        text, dropped = _decode_truncated(data, "utf-8")
    except UnicodeDecodeError:
        mostly = _mostly_utf8(data)
        if mostly is not None:
            return _finish(mostly[0], "utf-8", mostly[1])
        return _decode_legacy(data)
    # No UTF-8 evidence besides the cut end: "Hello \xca" is more likely
    # Windows-1256 "Hello ت" than UTF-8 cut in the middle of a letter.
    if (
        dropped
        and text.isascii()
        and _ARABIC_LETTERS.fullmatch(data[-dropped:].decode("cp1256"))
    ):
        return _finish(data.decode("cp1256"), "windows-1256")
    return _finish(text, "utf-8")


def read_text_file(path: str | os.PathLike[str]) -> DecodedText:
    """Read and decode an article file; DecodeError with a clear reason on failure."""
    return decode_bytes(read_file_bytes(path))


def read_file_bytes(path: str | os.PathLike[str]) -> bytes:
    """An article file's bytes (any kind of article file); DecodeError with a clear reason
    for a missing file, a folder, a special file or one over ``MAX_FILE_BYTES``."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise DecodeError(template="file not found") from None
    except PermissionError:
        raise DecodeError(template="permission denied") from None
    except OSError as exc:
        raise DecodeError(template="cannot read file ({reason})", reason=exc.strerror or exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise DecodeError(template="is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise DecodeError(template="not a regular file")
    if st.st_size > MAX_FILE_BYTES:
        raise _too_large(st.st_size)
    try:
        with p.open("rb") as fh:
            # Sized to the file: read(MAX_FILE_BYTES + 1) allocates 64 MB for every file.
            data = fh.read(st.st_size + 1)
            if len(data) > st.st_size:  # grew since stat(): read on, up to the limit
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    except IsADirectoryError:
        raise DecodeError(template="is a directory") from None
    except PermissionError:
        raise DecodeError(template="permission denied") from None
    except OSError as exc:
        raise DecodeError(template="cannot read file ({reason})", reason=exc.strerror or exc) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    return data


def _too_large(size: int) -> DecodeError:
    return DecodeError(
        template="file too large ({size} MB; limit {limit} MB)",
        size=f"{size / _MB:.1f}",
        limit=MAX_FILE_BYTES // _MB,
    )


def title_of(text: str) -> str:
    """First non-blank line, stripped and cut to 200 characters."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= TITLE_MAX:
                return line
            cut = TITLE_MAX
            # Do not leave a combining mark without its base character.
            while cut > 1 and unicodedata.category(line[cut])[0] == "M":
                cut -= 1
            return line[:cut].rstrip()
    return ""
