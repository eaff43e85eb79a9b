"""Source URL policy: only http(s), no credentials, no control characters."""

import unicodedata
from urllib.parse import urlsplit

from factcheck.model.errors import InvalidInput


def validate_source_url(url: str) -> str:
    """Return ``url`` stripped if it is an acceptable evidence link, else raise InvalidInput."""
    cleaned = (url or "").strip()
    if not cleaned:
        raise InvalidInput(template="A source needs a URL.")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F or ch.isspace() for ch in cleaned):
        raise InvalidInput(
            template="Source URL contains spaces or control characters: {url!r}", url=cleaned
        )
    # C1 controls and invisible format characters (bidi overrides, zero-width): a link
    # holding them can display as another address ("…/\u202efdp.exe" shows as ".../exe.pdf").
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in cleaned):
        raise InvalidInput(
            template="Source URL contains invisible or direction-changing characters: {url!r}",
            url=cleaned,
        )
    try:
        parts = urlsplit(cleaned)
        port = parts.port  # noqa: F841 - raises ValueError on a malformed port
    except ValueError:
        raise InvalidInput(template="Source URL is malformed: {url}", url=cleaned) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidInput(
            template="Only http and https sources are accepted, not {url!r}.", url=cleaned
        )
    if not parts.hostname:
        raise InvalidInput(template="Source URL has no host: {url}", url=cleaned)
    if parts.username is not None or parts.password is not None:
        raise InvalidInput(template="Source URLs with a user name or password are refused.")
    return cleaned
