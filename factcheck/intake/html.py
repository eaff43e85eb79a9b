"""Saved web pages (``.html``, ``.htm``, ``.mhtml``): the article's text and metadata.

The main text is found by trafilatura (it drops menus, share buttons, related links,
comments and cookie banners); metadata comes from the page's Open Graph, JSON-LD,
``<meta>`` and ``<link rel=canonical>`` tags. The page is parsed as data only: no script
runs, no frame or image is loaded, no link is followed, nothing is rendered.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import json
import re

from factcheck.intake.document import (
    IntakeDocument,
    guess_language,
    language_tag,
    one_line,
    web_address,
)
from factcheck.text import DecodeError, clean_text, decode_bytes, is_blank

# A saved news page is rarely over 5 MB (images are separate files); markup beyond this
# limit is refused before it is parsed, so a hostile page cannot hold the import for long.
MAX_HTML_BYTES = 16 * 1024 * 1024
# An extraction with fewer letters than this is a menu or a caption, not an article.
MIN_ARTICLE_LETTERS = 80
MIN_SENTENCE_WORDS = 6

_MB = 1024 * 1024
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")


def too_large(size: int, limit: int = MAX_HTML_BYTES) -> DecodeError:
    return DecodeError(
        template="web page too large ({size} MB; limit {limit} MB)",
        size=f"{size / _MB:.1f}",
        limit=limit // _MB,
    )


def decode_page(data: bytes) -> tuple[str, str]:
    """The page as text and the encoding used. Valid UTF-8 is UTF-8 whatever the page says;
    else the declared charset if the bytes fit it; else the bytes' own detection (a page
    saved as Windows-1256 that still declares UTF-8 is read right)."""
    body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = ""
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                pass
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding


def _page_language(tree) -> str:
    """The page's declared language: ``<html lang>``, then ``og:locale`` or
    ``Content-Language``."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    for value in (
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *root.xpath('//meta[@property="og:locale"]/@content'),
        *root.xpath('//meta[translate(@http-equiv,"CONTENT-LANGUAGE","content-language")'
                    '="content-language"]/@content'),
    ):
        tag = language_tag(value)
        if tag:
            return tag
    return ""


def _json_ld_objects(root) -> list[dict]:
    """The JSON-LD objects of a page (``@graph`` members included), parsed as data."""
    found: list[dict] = []
    for script in root.xpath('//script[contains(translate(@type,"JSON","json"),"ld+json")]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # a broken block is skipped, as browsers and search engines do
        stack = [data]
        while stack and len(found) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def _is_news(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.endswith(("Article", "Posting", "Report")) for k in kinds)


def _names(value: object) -> str:
    """A JSON-LD person or organisation (or a list of them) as names joined by "، "."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:10]:
        name = item.get("name") if isinstance(item, dict) else item
        name = one_line(name, 200)
        if name and not web_address(name) and name not in names:
            names.append(name)
    return "، ".join(names)


def _meta(root, *keys: str) -> list[str]:
    """Contents of ``<meta property=KEY>`` or ``<meta name=KEY>``, in the order of ``keys``."""
    values = []
    for key in keys:
        values += root.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')
    return values


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def _first(*candidates: object, check=one_line) -> str:
    for value in candidates:
        value = check(value)
        if value:
            return value
    return ""


def _iso_date(value: object) -> str:
    text = one_line(value, 60)
    return text if _ISO_DATE.fullmatch(text) else ""


def page_metadata(tree) -> dict[str, str]:
    """Title, publisher, author, address, date and language declared by a page: Open Graph,
    JSON-LD (a NewsArticle or any other article type), ``<meta>`` and the canonical link."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    objects = _json_ld_objects(root)
    news = next((o for o in objects if _is_news(o)), {})
    main_entity = news.get("mainEntityOfPage")
    if isinstance(main_entity, dict):
        main_entity = main_entity.get("@id") or main_entity.get("url")
    return {
        "title": _first(*_meta(root, "og:title", "twitter:title"), news.get("headline")),
        "publisher": _first(*_meta(root, "og:site_name", "application-name"),
                            _names(news.get("publisher"))),
        "author": _first(_names(news.get("author")), *_meta(root, "author", "article:author", "byl"),
                         check=lambda v: "" if web_address(v) else one_line(v, 200)),
        "url": _first(*root.xpath('//link[@rel="canonical"]/@href'), *_meta(root, "og:url"),
                      main_entity, news.get("url"), check=web_address),
        "published": _first(news.get("datePublished"),
                            *_meta(root, "article:published_time", "datePublished", "date",
                                   "pubdate", "publishdate", "dc.date", "DC.date.issued"),
                            news.get("dateCreated"), check=_iso_date),
        "lang": _first(news.get("inLanguage"), check=language_tag),
    }


def _related(a: str, b: str) -> bool:
    """True if one of two titles contains the other (a page's <title> often holds both the
    headline and the site's name, and extractors take the wrong half for the site)."""
    return bool(a and b) and (a in b or b in a)


def read_html(data: bytes, *, url: str = "", limit: int = MAX_HTML_BYTES) -> IntakeDocument:
    """Extract the article of a web page's bytes; DecodeError saying why if there is none.

    ``url`` is the address the page was fetched from (used when the page names none).
    """
    if len(data) > limit:
        raise too_large(len(data), limit)
    text, encoding = decode_page(data)
    if is_blank(text):
        raise DecodeError(template="empty file")
    import trafilatura  # deferred: lxml and the date parser load in ~0.3 s

    try:
        tree = trafilatura.load_html(text)
        if tree is None:
            raise DecodeError(template="not a web page (no HTML could be read)")
        lang = _page_language(tree)
        declared = page_metadata(tree)
        result = trafilatura.bare_extraction(
            tree,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except DecodeError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:
        # lxml and trafilatura reject some hostile markup (nesting deeper than the parser
        # allows, broken encodings) with these: the page is refused, the batch goes on.
        raise DecodeError(
            template="could not read the web page ({reason})", reason=type(exc).__name__
        ) from None
    body = clean_text(getattr(result, "text", None) or "") if result is not None else ""
    # Only lines that read as sentences count: when the extractor finds no article it
    # falls back to the page's short lines (menu entries, headlines of other articles).
    prose = [line for line in body.split("\n") if len(line.split()) >= MIN_SENTENCE_WORDS]
    if sum(len(_LETTERS.findall(line)) for line in prose) < MIN_ARTICLE_LETTERS:
        raise DecodeError(template="no article found in the web page")
    # trafilatura puts one paragraph per line; a blank line between them reads like the
    # plain-text articles (and keeps paragraphs apart in the reader).
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    title = declared["title"] or one_line(result.title)
    if title and not _related(title, paragraphs[0]):
        # The headline (often the claim itself) is part of the article, as the first line
        # of a plain-text article is; pages put it outside the body the extractor keeps.
        paragraphs.insert(0, title)
    body = "\n\n".join(paragraphs)
    sitename = one_line(result.sitename)
    return IntakeDocument(
        text=body,
        encoding=encoding,
        title=title,
        publisher=declared["publisher"] or ("" if _related(sitename, title) else sitename),
        author=declared["author"] or one_line(result.author, 200),
        url=declared["url"] or web_address(result.url) or web_address(url),
        published=declared["published"] or _iso_date(result.date),
        lang=lang or declared["lang"] or guess_language(body),
        source_kind="html",
        original=data,
        original_type="text/html",
    )


def read_mhtml(data: bytes, *, limit: int = MAX_HTML_BYTES) -> IntakeDocument:
    """A page saved as one MIME file (``.mhtml``, "Webpage, single file"): its HTML part."""
    if len(data) > 4 * limit:  # images travel inside: a wider limit for the whole file
        raise too_large(len(data), 4 * limit)
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset and b"charset" not in payload[:4096].lower():
                try:  # the part's header names the charset the HTML itself may omit
                    payload = payload.decode(charset).encode("utf-8")
                except (LookupError, UnicodeDecodeError):
                    pass
            document = read_html(payload, url=web_address(part.get("Content-Location")), limit=limit)
            return document
    raise DecodeError(template="no web page inside this .mhtml file")
