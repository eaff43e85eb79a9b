"""The verdict report: one row per claim, UTF-8 with BOM, RFC 4180, formula-safe."""

from __future__ import annotations

import os
from bisect import bisect_right
from itertools import pairwise
from operator import itemgetter
from pathlib import Path

from factcheck.export.atomic import atomic_file, check_target
from factcheck.export.cells import (
    MULTI_SEPARATOR,
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


# A claim's stance cell as it stands ("" for a claim linked to none); anything else that
# another tool wrote there is neutralised.
_STANCES = frozenset({"", "agree", "disagree", "discuss", "unrelated"})


def _as_is(value: object) -> object:
    return value




def _needs_quotes(text: str) -> bool:
    """csv's excel dialect puts a cell in double quotes if it holds a comma, a double quote
    or a line break (four scans at C speed: faster than one regular expression)."""
    return "," in text or '"' in text or "\n" in text or "\r" in text


def _csv_field(text: str) -> str:
    """``text`` as csv.writer writes it as a cell (the excel dialect): in double quotes,
    its own doubled, where it needs them."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _file_text(text: str) -> str:
    """A text cell as the file holds it: neutralised (``neutralised``), then quoted."""
    return _csv_field(neutralised(text))


def _file_cell(value: object) -> str:
    """Any cell as the file holds it: neutralised (``neutralise_cell``), then quoted."""
    return _csv_field(neutralise_cell(value))


def _source_cells(rows: list[tuple], for_file: bool) -> dict[int, tuple]:
    """Group id → ``(group id, source_urls, source_titles, archive_urls)``, the cells of
    its sources, from ``(group id, url, title, archive_url)`` rows in source order
    (``join_values``; the archive cell has one entry per source, and is empty when no
    source has a copy). Most groups have one source, whose row is its cells as it stands.
    ``for_file``: as ``_file_cell`` makes them.
    """
    cells = {row[0]: row for row in rows}
    several = {a[0] for a, b in pairwise(rows) if a[0] == b[0]}
    values = "".join(["".join(map(itemgetter(i), rows)) for i in (1, 2, 3)])
    if "|" in values or "\\" in values:  # a value to escape: every group's cells as
        several = cells.keys()  # join_values makes them
        join = join_values
    else:  # none: join_values only joins
        join = MULTI_SEPARATOR.join
    if several:
        grouped: dict[int, list[tuple]] = {}
        for row in rows:
            if row[0] in several:
                grouped.setdefault(row[0], []).append(row)
        for owner, sources in grouped.items():
            _, urls, titles, archive_urls = zip(*sources)
            cells[owner] = (
                owner,
                join(urls),
                join(titles),
                join(archive_urls) if any(archive_urls) else "",
            )
    if for_file:
        ordinary = safe_first_chars()
        quoted = _needs_quotes(values)  # some cell of the batch needs double quotes
        for owner, (_, urls, titles, archive_urls) in cells.items():
            if quoted or not (
                urls[:1] in ordinary and titles[:1] in ordinary and archive_urls[:1] in ordinary
            ):
                cells[owner] = (owner, *map(_file_text, (urls, titles, archive_urls)))
    return cells


# The columns of a claim's own cells (its id, span, quote, note, annotator and times): the
# ones a file's line quotes when it needs to (``_row_batches``).
_OWN_CELLS = tuple(
    CSV_COLUMNS.index(c)
    for c in ("claim_id", "claim_text", "start", "end", "note", "annotator", "created_at",
              "updated_at")
)  # fmt: skip
_COMMAS = len(CSV_COLUMNS) - 1


def _rows(desk, article_id: int | None, for_file: bool):
    """The report's rows (see ``_row_batches``)."""
    for rows in _row_batches(desk, article_id, for_file):
        yield from rows


def _row_batches(desk, article_id: int | None, for_file: bool):
    """The report's rows, a list for each batch of claims the snapshot reads.

    Every cell is text (numbers as ``str()`` gives them), unless a damaged database holds
    bytes in a text column. ``for_file``: each row is instead its line as csv.writer writes
    it (the excel dialect, without the line ending), every cell neutralised
    (``neutralise_cell``) and quoted as csv quotes it (``_csv_field``).

    A line is made at C speed: csv.writer looks at each character on its own, and took
    as long as reading and building the rows together. The cells made once for many rows
    (an article's, a status's, a group's) are quoted when made; a line without a double
    quote, a line break or more than the separating commas is then the cells joined with
    commas (most lines), and in another the claim's own cells (``_OWN_CELLS``) that need
    them are put in double quotes. Lines rather than lists of cells also spare the garbage
    collector (the 2,000 lists of a batch had it take 7% of the report's time).
    """
    shared = _file_cell if for_file else _as_is
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
    no_sources = (None, "", "", "")
    with desk.report_snapshot(article_id) as snap:
        articles = snap.articles
        appearances: dict[int, tuple[str, str]] = {}
        current = None
        for batch in snap.batches:
            claims = batch.rows
            sources = _source_cells(batch.sources, for_file)
            group_articles, threads = batch.group_articles, batch.comments
            # bidi controls: one scan of the batch's quotes, and a count of each only if
            # there are any (single characters, never "\n": a total of 0 means 0 in each)
            has_bidi = count_bidi_controls("\n".join(map(itemgetter(4), claims)))
            rows: list = []
            add = rows.append
            for (cid, aid, start, end, quote, status_id, note, annotator, created,
                 updated, group_id, stance, review, justification) in claims:  # fmt: skip
                if aid != current:  # claims come article by article
                    if aid not in articles:
                        desk.article(aid)  # raises NotFound
                    current = aid
                    title, publisher, url, _, published = articles[aid]
                    article_id_cell = str(aid) if aid >= 0 else shared(aid)  # an int
                    title, publisher, url = shared(title), shared(publisher), shared(url)
                    published = shared(published)
                    alone = ("1", article_id_cell)
                    starts = batch.sentence_starts[aid]
                # the sentence holding the claim's first letter (the last one starting at or
                # before it; a span may start on the white space between two sentences)
                if quote[:1] in ordinary:  # a letter or digit, say: neither space nor formula
                    sentence = bisect_right(starts, start)
                else:
                    letter_at = start
                    if quote[:1].isspace():
                        letter_at += len(quote) - len(quote.lstrip())
                    sentence = bisect_right(starts, letter_at)
                    if for_file:
                        quote = neutralised(quote)
                sentence = str(sentence) if sentence else ""
                # never NULL (NOT NULL columns); a damaged database can hold text in them
                id_cell, start, end = str(cid), str(start), str(end)
                if for_file:  # the cells of this row only, _file_cell inlined
                    if not (
                        id_cell[:1] in ordinary and start[:1] in ordinary and end[:1] in ordinary
                    ):  # a negative number, or text
                        id_cell, start, end = map(neutralised, (id_cell, start, end))
                    # text (NOT NULL and TEXT columns), or bytes in a damaged database
                    if note[:1] not in ordinary:
                        note = neutralise_cell(note)
                    if annotator[:1] not in ordinary:
                        annotator = neutralise_cell(annotator)
                    if created[:1] not in ordinary or updated[:1] not in ordinary:
                        created, updated = neutralise_cell(created), neutralise_cell(updated)
                if group_id in group_articles:
                    if group_id not in appearances:
                        members = group_articles[group_id]
                        ids = join_values([str(a) for a in sorted(set(members))])
                        appearances[group_id] = (str(len(members)), shared(ids))
                    appearance_count, appearance_ids = appearances[group_id]
                else:
                    appearance_count, appearance_ids = alone
                status = statuses.get(status_id) or (shared(status_id), "", "", "")
                _, source_urls, source_titles, archive_urls = sources.get(group_id, no_sources)
                row = [
                    id_cell,
                    article_id_cell,
                    title,
                    publisher,
                    url,
                    published,
                    quote,
                    start,
                    end,
                    sentence,
                    *status,
                    review,
                    source_urls,
                    source_titles,
                    archive_urls,
                    note,
                    "" if justification is None else shared(justification),
                    _thread_cell(threads[cid], shared) if cid in threads else "",
                    annotator,
                    created,
                    updated,
                    str(count_bidi_controls(quote)) if has_bidi else "0",
                    appearance_count,
                    appearance_ids,
                    # a fixed word (agree, disagree, discuss, unrelated) or "", unless
                    # another tool wrote something else into the database
                    stance if stance in _STANCES else shared(stance),
                ]
                if for_file:
                    line = ",".join(row)
                    if (
                        line.count(",") != _COMMAS
                        or '"' in line
                        or "\n" in line
                        or "\r" in line
                    ):
                        for i in _OWN_CELLS:
                            row[i] = _csv_field(row[i])
                        line = ",".join(row)
                    add(line)
                else:
                    add(row)
            yield rows


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
    return _rows(desk, article_id, for_file=False)


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
        # csv.writer's lines (``_row_batches``), a batch at a time: one write, and one
        # encode, per batch
        fh.write(",".join(map(_csv_field, csv_headers(lang))) + "\r\n")
        for lines in _row_batches(desk, article_id, for_file=True):
            count += len(lines)
            lines.append("")  # the last line's ending
            fh.write("\r\n".join(lines))
    return count
