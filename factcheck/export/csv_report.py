"""The verdict report: one row per claim, UTF-8 with BOM, RFC 4180, formula-safe."""

from __future__ import annotations

import csv
import os
from bisect import bisect_right
from pathlib import Path

from factcheck.export.atomic import atomic_file, check_target
from factcheck.export.cells import (
    join_values,
    neutralise_cell,
    neutralised,
    safe_first_chars,
)
from factcheck.text import count_bidi_controls

CSV_COLUMNS = (
    "claim_id",
    "article_id",
    "article_title",
    "publisher",
    "article_url",
    "published",  # the article's publication date (its metadata), "" when unknown
    "claim_text",
    "start",
    "end",
    "sentence_number",
    "status_id",
    "status_label_ar",
    "status_label_en",
    "rating_value",
    "review",  # the verdict's review: none, proposed, approved or returned (four eyes)
    "source_urls",
    "source_titles",
    "archive_urls",
    "note",
    "justification",  # what readers are told (public), apart from the internal note
    "comments",  # the desk's discussion: "AT AUTHOR: TEXT" joined with " | " (join_values)
    "annotator",
    "created_at",
    "updated_at",
    "bidi_controls",
    "appearance_count",  # claims of the same group (linked appearances), itself included
    "appearance_article_ids",  # the articles they are in, joined with " | " (join_values)
    "stance",  # a linked appearance's article toward the group's claim; "" if not linked
)

# ``--lang ar``: the same columns, in the same order, named for an Arabic-reading desk.
CSV_COLUMNS_AR = {
    "claim_id": "رقم الادعاء",
    "article_id": "رقم المقال",
    "article_title": "عنوان المقال",
    "publisher": "الناشر",
    "article_url": "رابط المقال",
    "published": "تاريخ النشر",
    "claim_text": "نص الادعاء",
    "start": "بداية الادعاء",
    "end": "نهاية الادعاء",
    "sentence_number": "رقم الجملة",
    "status_id": "رمز الحكم",
    "status_label_ar": "الحكم بالعربية",
    "status_label_en": "الحكم بالإنجليزية",
    "rating_value": "درجة التقييم",
    "review": "حالة المراجعة",
    "source_urls": "روابط المصادر",
    "source_titles": "عناوين المصادر",
    "archive_urls": "روابط الأرشيف",
    "note": "ملاحظة داخلية",
    "justification": "التبرير المنشور",
    "comments": "نقاش الفريق",
    "annotator": "المحرر",
    "created_at": "تاريخ الإنشاء",
    "updated_at": "تاريخ التعديل",
    "bidi_controls": "محارف التحكم في الاتجاه",
    "appearance_count": "عدد الظهورات",
    "appearance_article_ids": "مقالات الظهورات",
    "stance": "موقف المقال",
}


def csv_headers(lang: str = "en") -> list[str]:
    """The header row: the column names (``en``) or their Arabic names (``ar``)."""
    if lang == "ar":
        return [CSV_COLUMNS_AR[c] for c in CSV_COLUMNS]
    return list(CSV_COLUMNS)
def _bidi_counts(quotes: list[str]) -> list[int]:
    """``count_bidi_controls`` of each quote; one scan for a batch that has none (most).

    It counts single characters (never ``\\n``), so a batch's total is 0 only if each is.
    """
    if not count_bidi_controls("\n".join(quotes)):
        return [0] * len(quotes)
    return [count_bidi_controls(q) for q in quotes]


def _as_is(value: object) -> object:
    return value


def _rows(desk, article_id: int | None, safe: bool):
    """The report's rows; with ``safe`` every cell is neutralised (``neutralise_cell``).

    An article's, a status's and a group's cells are made once each; a non-negative int
    is left as an int, which csv writes as ``str()`` would.
    """
    shared = neutralise_cell if safe else _as_is
    ordinary = safe_first_chars()  # neutralised()'s fast path, inlined below
    statuses = {
        s.id: (
            shared(s.id),
            shared(s.label_ar),
            shared(s.label_en),
            shared("" if s.rating is None else s.rating),
        )
        for s in desk.statuses()
    }
    no_sources = ("", "", "")
    with desk.report_snapshot(article_id) as snap:
        articles = snap.articles
        appearances: dict[int, tuple[int, str]] = {}
        current = None
        for batch in snap.batches:
            sources, group_articles = batch.sources, batch.group_articles
            reviews, justifications, threads = batch.reviews, batch.justifications, batch.comments
            bidi = _bidi_counts([r[4] for r in batch.rows])
            for (cid, aid, start, end, quote, status_id, note, annotator, created,
                 updated, group_id, stance), n_bidi in zip(batch.rows, bidi):  # fmt: skip
                if aid != current:  # claims come article by article
                    if aid not in articles:
                        desk.article(aid)  # raises NotFound
                    current = aid
                    title, publisher, url, _, published = articles[aid]
                    article_cells = (
                        shared(aid),
                        shared(title),
                        shared(publisher),
                        shared(url),
                        shared(published),
                    )
                    alone = (1, shared(str(aid)))
                    starts = batch.sentence_starts[aid]
                # the sentence holding the claim's first letter (the last one starting at or
                # before it; a span may start on the white space between two sentences)
                letter_at = start
                if quote[:1].isspace():
                    letter_at += len(quote) - len(quote.lstrip())
                sentence = bisect_right(starts, letter_at) or ""
                found = sources.get(group_id)
                if found is None:
                    source_cells = no_sources
                else:
                    urls, titles, archive_urls = found
                    source_cells = [
                        join_values(urls),
                        join_values(titles),
                        # one entry per source, as the titles (empty where there is none)
                        join_values(archive_urls) if any(archive_urls) else "",
                    ]
                    if safe:  # neutralise_cell inlined: joined strings, never None
                        source_cells = [
                            v if v[:1] in ordinary else neutralised(v) for v in source_cells
                        ]
                if group_id in group_articles:
                    if group_id not in appearances:
                        members = group_articles[group_id]
                        ids = join_values([str(a) for a in sorted(set(members))])
                        appearances[group_id] = (len(members), shared(ids))
                    appearance = appearances[group_id]
                else:
                    appearance = alone
                status = statuses.get(status_id) or (shared(status_id), "", "", "")
                if safe:  # the cells of this row only, neutralise_cell inlined
                    if (
                        quote.__class__ is str
                        and note.__class__ is str
                        and annotator.__class__ is str
                        and created.__class__ is str
                        and updated.__class__ is str
                    ):
                        if quote[:1] not in ordinary:
                            quote = neutralised(quote)
                        if note[:1] not in ordinary:
                            note = neutralised(note)
                        if annotator[:1] not in ordinary:
                            annotator = neutralised(annotator)
                        if created[:1] not in ordinary or updated[:1] not in ordinary:
                            created, updated = neutralised(created), neutralised(updated)
                    else:  # a damaged database: NULL or numbers in text columns
                        quote, note, annotator, created, updated = map(
                            neutralise_cell, (quote, note, annotator, created, updated)
                        )
                    if not (
                        cid.__class__ is int
                        and start.__class__ is int
                        and end.__class__ is int
                        and cid >= 0
                        and start >= 0
                        and end >= 0
                    ):
                        cid, start, end = map(neutralise_cell, (cid, start, end))
                yield [
                    cid,
                    article_cells[0],
                    article_cells[1],
                    article_cells[2],
                    article_cells[3],
                    article_cells[4],
                    quote,
                    start,
                    end,
                    sentence,
                    status[0],
                    status[1],
                    status[2],
                    status[3],
                    reviews[group_id],
                    source_cells[0],
                    source_cells[1],
                    source_cells[2],
                    note,
                    shared(justifications[group_id]) if group_id in justifications else "",
                    _thread_cell(threads[cid], shared) if cid in threads else "",
                    annotator,
                    created,
                    updated,
                    n_bidi,
                    appearance[0],
                    appearance[1],
                    # a fixed word (agree, disagree, discuss, unrelated) or "", unless
                    # another tool wrote something else into the database
                    stance if stance.__class__ is str and stance[:1] in ordinary
                    else shared(stance),
                ]


def _thread_cell(comments: list[tuple], cell) -> object:
    """A claim's comment thread as one cell: "AT AUTHOR: TEXT", with " (resolved by NAME)"
    once resolved; oldest first."""
    return cell(
        join_values(
            [
                f"{at} {author}: {text}" + (f" (resolved by {by})" if by else "")
                for _cid, author, at, text, by in comments
            ]
        )
    )


def report_rows(desk, article_id: int | None = None):
    """Yield the report's rows (lists of cell values, not yet neutralised)."""
    return _rows(desk, article_id, safe=False)


def write_csv_report(
    desk,
    out: str | os.PathLike[str],
    *,
    article_id: int | None = None,
    overwrite: bool = False,
    lang: str = "en",
) -> int:
    """Write the report atomically (temp file, then rename); return the number of claims.
    ``lang="ar"`` names the columns in Arabic (``CSV_COLUMNS_AR``); the cells are the same."""
    target = Path(out)
    check_target(target, overwrite, "the report")
    if article_id is not None:
        desk.article(article_id)  # raises NotFound
    count = 0
    with atomic_file(target, encoding="utf-8-sig", suffix=".csv") as fh:
        # Lines are gathered and written 1,000 at a time: one encode per chunk, not per row.
        lines: list[str] = []
        writer = csv.writer(_LineSink(lines), dialect="excel", lineterminator="\r\n")
        writer.writerow(csv_headers(lang))
        for row in _rows(desk, article_id, safe=True):
            writer.writerow(row)
            count += 1
            if len(lines) >= 1000:
                fh.write("".join(lines))
                lines.clear()
        fh.write("".join(lines))
    return count


class _LineSink:
    """A file-like ``write`` that appends to a list (csv.writer's target)."""

    __slots__ = ("write",)

    def __init__(self, lines: list[str]):
        self.write = lines.append
