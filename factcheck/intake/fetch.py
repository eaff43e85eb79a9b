"""Fetching a web page from an http(s) address, with limits, for import.

Only ``http`` and ``https``: an address with a user name or password is refused, and so is
a redirect to any other scheme (``file:``, ``ftp:``, ``data:``). The whole exchange has a
time limit, and the body a size limit read as it arrives. No cookie, no script, no
second request for the page's images or frames.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import replace
from datetime import datetime
from urllib.parse import urlsplit

from factcheck import __version__
from factcheck.intake.document import IntakeDocument
from factcheck.intake.html import MAX_HTML_BYTES, read_html, too_large
from factcheck.text import DecodeError

FETCH_TIMEOUT = 20.0  # seconds for the whole page, not per read
MAX_REDIRECTS = 5
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


def is_web_address(text: str) -> bool:
    """True if ``text`` names an http(s) address (what ``factcheck import`` fetches)."""
    return text[:8].lower().startswith(("http://", "https://"))


def _checked_address(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        raise DecodeError(template="not a web address: {url}", url=url) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise DecodeError(template="only http and https addresses are fetched, not {url}", url=url)
    if not parts.hostname:
        raise DecodeError(template="not a web address: {url}", url=url)
    if parts.username or parts.password:
        raise DecodeError(template="addresses with a user name or password are refused")
    return url


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http(s) addresses."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        # Checked here, before urllib's own check, to say why in the import's words.
        target = headers.get("location") or headers.get("uri") or ""
        try:
            _checked_address(urllib.parse.urljoin(req.full_url, target))
        except DecodeError as exc:
            raise DecodeError(
                template="the page redirected to an address that is not fetched ({reason})",
                reason=str(exc),
            ) from None
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    # No cookie handler: each fetch is a fresh, anonymous request (the system's proxy
    # settings still apply, as for any program on the machine).
    return urllib.request.build_opener(_Redirects)


def fetch_page(
    url: str, *, timeout: float = FETCH_TIMEOUT, limit: int = MAX_HTML_BYTES
) -> tuple[bytes, str]:
    """The page's bytes and the address they finally came from; DecodeError saying why not."""
    url = _checked_address(url.strip())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"factcheck/{__version__} (article import)",
            "Accept": "text/html,application/xhtml+xml;q=0.9",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _HTML_TYPES:
                raise DecodeError(template="not a web page ({kind})", kind=kind)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise too_large(int(declared), limit)
            body = bytearray()
            while chunk := response.read(_CHUNK):
                body += chunk
                if len(body) > limit:
                    raise too_large(len(body), limit)
                if time.monotonic() > deadline:
                    raise DecodeError(
                        template="the page took longer than {seconds} s to arrive",
                        seconds=int(timeout),
                    )
            return bytes(body), response.geturl()
    except DecodeError:
        raise
    except urllib.error.HTTPError as exc:
        raise DecodeError(
            template="the server answered {status} {reason}", status=exc.code, reason=exc.reason
        ) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, DecodeError):
            raise exc.reason from None
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise DecodeError(
                template="the page took longer than {seconds} s to arrive", seconds=int(timeout)
            ) from None
        raise DecodeError(template="could not fetch the page ({reason})", reason=exc.reason) from None
    except TimeoutError:
        raise DecodeError(
            template="the page took longer than {seconds} s to arrive", seconds=int(timeout)
        ) from None
    except (OSError, ValueError) as exc:
        raise DecodeError(template="could not fetch the page ({reason})", reason=exc) from None


def read_url(url: str, *, timeout: float = FETCH_TIMEOUT) -> IntakeDocument:
    """Fetch an address and read its article, recording the address and the fetch time."""
    fetched_at = datetime.now().astimezone().isoformat(timespec="seconds")
    data, final_url = fetch_page(url, timeout=timeout)
    document = read_html(data, url=final_url)
    return replace(
        document, url=document.url or final_url, source_kind="url", fetched_at=fetched_at
    )
