"""CLI commands for article metadata and imports from web addresses.

Registered by ``factcheck.cli.main.build_parser``:

* ``factcheck article set ID [--title T] [--publisher P] [--author A] [--url URL]
  [--published DATE] [--lang CODE] [--json]``
* ``factcheck import URL`` (http and https addresses among the paths)
"""

from __future__ import annotations

import argparse

from factcheck.cli.terminal import emit_json, record_id, safe
from factcheck.model import InvalidInput

ARTICLE_FIELDS = ("title", "publisher", "author", "url", "published", "lang")


def article_json(summary, header) -> dict:
    """``articles --json``: the list's counts and the article's metadata."""
    data = {
        "id": summary.id,
        "title": summary.title,
        "publisher": summary.publisher,
        "sentences": summary.sentence_count,
        "claims": summary.claim_count,
        "checked": summary.checked_count,
        "bidi_controls": summary.bidi_controls,
    }
    if header is not None:
        data.update(header_json(header))
    return data


def header_json(article) -> dict:
    return {
        "author": article.author,
        "url": article.url,
        "published": article.published,
        "lang": article.lang,
        "source_kind": article.source_kind,
        "imported_from": article.imported_from,
        "imported_at": article.imported_at,
        "fetched_at": article.fetched_at,
    }


def iter_articles_json(desk, summaries):
    """Each summary with its metadata, read a few hundred at a time."""
    for start in range(0, len(summaries), 500):
        chunk = summaries[start : start + 500]
        headers = desk.article_headers(a.id for a in chunk)
        for summary in chunk:
            yield article_json(summary, headers.get(summary.id))


def cmd_article_set(desk, args) -> int:
    changes = {f: getattr(args, f) for f in ARTICLE_FIELDS}
    if all(v is None for v in changes.values()):
        raise InvalidInput(
            "Nothing to change: name at least one of "
            + ", ".join(f"--{f}" for f in ARTICLE_FIELDS)
            + "."
        )
    article = desk.set_article_metadata(args.article_id, **changes)
    if args.json:
        emit_json({"id": article.id, "title": article.title, "publisher": article.publisher,
                   **header_json(article)})
    else:
        print(safe(f"article {article.id}: {article.title}"))
    return 0


def add_article_commands(sub: argparse._SubParsersAction) -> None:
    article = sub.add_parser("article", help="change an article's metadata")
    asub = article.add_subparsers(dest="article_command", required=True, metavar="ACTION")
    p = asub.add_parser(
        "set",
        help="set an article's title, publisher, author, URL, publication date or language",
        description="Set an article's metadata; each change is kept in the history. An "
        "empty value clears a field (the title cannot be cleared).",
    )
    p.add_argument("article_id", type=record_id, metavar="ARTICLE_ID")
    p.add_argument("--title", metavar="TEXT")
    p.add_argument("--publisher", metavar="TEXT")
    p.add_argument("--author", metavar="TEXT")
    p.add_argument("--url", metavar="URL", help="the article's http(s) address")
    p.add_argument("--published", metavar="DATE", help="YYYY-MM-DD or an ISO date and time")
    p.add_argument("--lang", metavar="CODE", help="language code, e.g. ar or en")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_article_set)
