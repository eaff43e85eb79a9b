"""What every reader of an article file returns: its text and what is known about it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

SOURCE_KINDS = ("text", "html", "docx", "pdf", "url")


@dataclass(frozen=True)
class IntakeDocument:
    """An article read from a file or an address, ready to be stored.

    ``text`` is the article only (logical order, NFC, LF line ends); the metadata fields
    are "" when unknown. ``original`` holds the bytes of a web page (kept as evidence, never
    rendered), with its media type in ``original_type``.
    """

    text: str
    encoding: str = ""
    title: str = ""
    publisher: str = ""
    author: str = ""
    url: str = ""
    published: str = ""
    lang: str = ""
    source_kind: str = "text"
    fetched_at: str = ""
    original: bytes | None = None
    original_type: str = ""

    def metadata(self) -> dict[str, str]:
        """The article columns this document fills (besides its text)."""
        return {
            "publisher": self.publisher,
            "author": self.author,
            "url": self.url,
            "published": self.published,
            "lang": self.lang,
            "source_kind": self.source_kind,
            "fetched_at": self.fetched_at,
        }


_SPACES = re.compile(r"\s+")
_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_LETTERS = re.compile(r"[^\W\d_]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")
_MAX_FIELD = 500  # a page's metadata is one line each; anything longer is not metadata


def one_line(value: object, limit: int = _MAX_FIELD) -> str:
    """A metadata value as one trimmed line (none of a page's markup or line breaks)."""
    if not isinstance(value, str):
        return ""
    return _SPACES.sub(" ", value).strip()[:limit]


def web_address(value: object) -> str:
    """``value`` if it is an absolute http(s) address without credentials, else ""
    (a page's ``javascript:`` or ``data:`` canonical link is not an address)."""
    text = one_line(value, 2000)
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    if parts.username or parts.password:
        return ""
    return text


def language_tag(value: object) -> str:
    """A BCP 47 language tag's primary language in lower case (``ar-EG`` → ``ar``)."""
    text = one_line(value, 40)
    if not _LANG_TAG.fullmatch(text):
        return ""
    return re.split(r"[-_]", text)[0].lower()


def guess_language(text: str) -> str:
    """``ar`` or ``en`` when the text's letters are mostly Arabic or Latin, else ""."""
    sample = text[:20000]
    letters = len(_LETTERS.findall(sample))
    if not letters:
        return ""
    if len(_ARABIC.findall(sample)) >= 0.6 * letters:
        return "ar"
    if len(_LATIN.findall(sample)) >= 0.6 * letters:
        return "en"
    return ""
