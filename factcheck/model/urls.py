"""Source URL policy: only http(s), no credentials, no control characters."""

import unicodedata
from urllib.parse import urlsplit

from factcheck.model.errors import InvalidInput


def https_form(url: str) -> str | None:
    """``https://`` + ``url`` when ``url`` was typed without a scheme (``www.bbc.com/…``)
    and that form is an acceptable source; None otherwise."""
    cleaned = (url or "").strip()
    try:
        scheme = urlsplit(cleaned).scheme
    except ValueError:
        return None
    if "://" in cleaned or (scheme and "." not in scheme):  # a scheme of its own
        return None
    candidate = "https://" + cleaned
    try:
        host = urlsplit(candidate).hostname or ""
        validate_source_url(candidate)
    except (ValueError, InvalidInput):
        return None
    return candidate if "." in host.strip(".") else None


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
        suggestion = https_form(cleaned)
        if suggestion is not None:
            raise InvalidInput(
                template="Source URL {url!r} has no http:// or https://; did you mean {suggestion}?",
                url=cleaned,
                suggestion=suggestion,
            )
        raise InvalidInput(
            template="Only http and https sources are accepted, not {url!r}.", url=cleaned
        )
    if not parts.hostname:
        raise InvalidInput(template="Source URL has no host: {url}", url=cleaned)
    if parts.username is not None or parts.password is not None:
        raise InvalidInput(template="Source URLs with a user name or password are refused.")
    return cleaned
