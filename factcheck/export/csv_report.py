"""The verdict report: one row per claim, UTF-8 with BOM, RFC 4180, formula-safe."""

from __future__ import annotations

import csv
import os
from bisect import bisect_right
from pathlib import Path

from factcheck.export.atomic import atomic_file, check_target
from factcheck.linking import groups
from factcheck.text import count_bidi_controls, sentence_spans

CSV_COLUMNS = (
    "claim_id",
    "article_id",
    "article_title",
    "publisher",
    "article_url",
    "claim_text",
    "start",
    "end",
    "sentence_number",
    "status_id",
    "status_label_ar",
    "status_label_en",
    "rating_value",
    "source_urls",
    "source_titles",
    "archive_urls",
    "note",
    "annotator",
    "created_at",
    "updated_at",
    "bidi_controls",
    "appearance_count",  # claims of the same group (linked appearances), itself included
    "appearance_article_ids",  # the articles they are in, joined with " | "
)
MULTI_SEPARATOR = " | "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_START)  # all one character: a set lookup on text[:1]


def neutralise_cell(value: object) -> str:
    """Make a cell safe for spreadsheets: prefix ``'`` to text starting like a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _sentence_number(
    spans: list[tuple[int, int]], start: int, starts: list[int] | None = None
) -> int | str:
    i = bisect_right(starts if starts is not None else [a for a, _ in spans], start) - 1
    return (
        i + 1 if i >= 0 and spans[i][0] <= start < max(spans[i][1], start + 1) else ""
    )


def report_rows(desk, article_id: int | None = None):
    """Yield the report's rows (lists of cell values, not yet neutralised)."""
    statuses = {s.id: s for s in desk.statuses()}
    articles = {a.id: a for a in desk.articles()}
    claims = desk.claims(article_id)
    by_group = groups(claims if article_id is None else desk.claims())
    span_cache: dict[int, tuple] = {}
    # Articles are read 200 at a time, in the claims' (article) order: not one query each.
    order = list(dict.fromkeys(c.article_id for c in claims))
    chunk_of = {aid: i // 200 for i, aid in enumerate(order)}
    fetched: dict = {}
    for claim in claims:
        if claim.article_id not in span_cache:
            if claim.article_id not in fetched:
                k = chunk_of[claim.article_id]
                fetched = desk.articles_by_id(order[k * 200 : (k + 1) * 200])
            article = fetched.get(claim.article_id) or desk.article(claim.article_id)
            spans = sentence_spans(article.text)
            span_cache[claim.article_id] = (article, spans, [a for a, _ in spans])
        article, spans, starts = span_cache[claim.article_id]
        status = statuses.get(claim.status_id)
        sources = claim.sources
        yield [
            claim.id,
            claim.article_id,
            articles[claim.article_id].title
            if claim.article_id in articles
            else article.title,
            article.publisher,
            article.url,
            claim.quote,
            claim.start,
            claim.end,
            _sentence_number(spans, claim.start, starts),
            claim.status_id,
            status.label_ar if status else "",
            status.label_en if status else "",
            "" if not status or status.rating is None else status.rating,
            MULTI_SEPARATOR.join(s.url for s in sources),
            MULTI_SEPARATOR.join(s.title for s in sources),
            MULTI_SEPARATOR.join(s.archive_url for s in sources if s.archive_url),
            claim.note,
            claim.annotator,
            claim.created_at,
            claim.updated_at,
            count_bidi_controls(claim.quote),
            len(by_group.get(claim.group_id, ())),
            MULTI_SEPARATOR.join(
                str(a)
                for a in sorted({c.article_id for c in by_group.get(claim.group_id, ())})
            ),
        ]


def write_csv_report(
    desk,
    out: str | os.PathLike[str],
    *,
    article_id: int | None = None,
    overwrite: bool = False,
) -> int:
    """Write the report atomically (temp file, then rename); return the number of claims."""
    target = Path(out)
    check_target(target, overwrite, "the report")
    if article_id is not None:
        desk.article(article_id)  # raises NotFound
    count = 0
    with atomic_file(target, encoding="utf-8-sig", suffix=".csv") as fh:
        writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for row in report_rows(desk, article_id):
            # neutralise_cell inlined: 2.5 M calls for 100,000 claims (issue 6 bench)
            cells = ["" if v is None else str(v) for v in row]
            writer.writerow(["'" + c if c[:1] in _FORMULA_FIRST else c for c in cells])
            count += 1
    return count
