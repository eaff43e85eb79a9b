"""Research export: stance pairs, check-worthiness and the article texts, in one folder.

``write_research(desk, OUT)`` writes three files into the folder ``OUT`` (created if it is
missing; existing files are replaced only with ``overwrite``), each atomically:

``stance_pairs.jsonl``
    JSON Lines, UTF-8, one object per claim appearance (claim–article pair, as in
    AraStance / Baly et al. 2018)::

        {"claim_id": 4,            # the claim group (id of its primary claim)
         "claim": "…",             # the claim text: the primary's quote
         "article_id": 2,          # the article this appearance is in
         "appearance_id": 9,       # the claim row (span) in that article
         "stance": "agree",        # agree | disagree | discuss | unrelated
         "quote": "…", "start": 120, "end": 188,   # the span, code points
         "status": "false", "rating": 1}           # the group's verdict (rating or null)

    Ordered by claim group, then article and position.

``check_worthiness.tsv``
    Tab-separated, UTF-8, header row, one line per sentence of every article, in the
    column order of CLEF CheckThat! 2020 task 1
    (``topic_id, tweet_id, tweet_url, tweet_text, check_worthiness``) renamed for articles::

        topic_id  sentence_id  sentence_url  sentence_text  check_worthiness

    ``topic_id`` is the article id; ``sentence_id`` is ``ARTICLE-INDEX`` (1-based index);
    ``sentence_url`` the article URL, else ``urn:factcheck:article:ID``, with
    ``#sentence=INDEX``; tabs and line breaks in the text become spaces; a cell that a
    spreadsheet would run as a formula gets a leading ``'``, as in the CSV;
    ``check_worthiness`` is 1 when a claim's span overlaps the sentence, else 0.

``articles.jsonl``
    One object per article: ``id, title, publisher, url, published, text`` (the stored
    text, to which every offset above refers).

With ``article_id`` only that article's appearances, sentences and text are written.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from pathlib import Path

from factcheck.export.atomic import atomic_files, check_target, dumps_line
from factcheck.export.cells import neutralised
from factcheck.export.jsonld import article_urn
from factcheck.linking import groups
from factcheck.model import InvalidInput

STANCE_FILE = "stance_pairs.jsonl"
CHECKWORTHY_FILE = "check_worthiness.tsv"
ARTICLES_FILE = "articles.jsonl"
RESEARCH_FILES = (STANCE_FILE, CHECKWORTHY_FILE, ARTICLES_FILE)
TSV_COLUMNS = (
    "topic_id",
    "sentence_id",
    "sentence_url",
    "sentence_text",
    "check_worthiness",
)


def stance_pairs(desk, article_id: int | None = None) -> list[dict]:
    statuses = {s.id: s for s in desk.statuses()}
    out = []
    for gid, members in sorted(groups(desk.claims()).items()):
        primary = members[0]
        status = statuses.get(primary.status_id)
        for m in sorted(members, key=lambda c: (c.article_id, c.start, c.id)):
            if article_id is not None and m.article_id != article_id:
                continue
            out.append(
                {
                    "claim_id": gid,
                    "claim": primary.quote,
                    "article_id": m.article_id,
                    "appearance_id": m.id,
                    "stance": m.stance,
                    "quote": m.quote,
                    "start": m.start,
                    "end": m.end,
                    "status": primary.status_id,
                    "rating": status.rating if status else None,
                }
            )
    return out


def _tsv_cell(value: object) -> str:
    """One line of text, safe to open in a spreadsheet (``neutralise_cell``)."""
    return neutralised(" ".join(str(value).replace("\t", " ").splitlines()))


def check_worthiness_rows(desk, article_id: int | None = None) -> list[list]:
    """Rows of ``check_worthiness.tsv`` (without the header)."""
    ids = [article_id] if article_id is not None else [a.id for a in desk.articles()]
    rows = []
    for aid in ids:
        article = desk.article(aid)
        spans = sorted((c.start, c.end) for c in desk.claims(aid))
        starts = [a for a, _ in spans]
        url = article.url or article_urn(aid)
        for s in desk.sentences(aid, article.text):
            # claims starting before the sentence ends, checked for reaching into it
            upto = bisect_right(starts, s.end - 1)
            hit = any(end > s.start for _, end in spans[:upto])
            rows.append(
                [aid, f"{aid}-{s.index}", f"{url}#sentence={s.index}", s.text, int(hit)]
            )
    return rows


def write_research(
    desk,
    out: str | os.PathLike[str],
    *,
    article_id: int | None = None,
    overwrite: bool = False,
) -> dict[str, int]:
    """Write the three files into the folder ``out``; returns the record count of each."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(
            template="{path} is a file; the research export needs a folder.", path=folder
        )
    if not folder.exists():
        parent = folder.parent if str(folder.parent) else Path(".")
        if not parent.is_dir():
            raise InvalidInput(template="Folder {path} does not exist.", path=parent)
    targets = [folder / name for name in RESEARCH_FILES]
    if folder.exists():
        for target in targets:
            check_target(target, overwrite, "the research export")
    if article_id is not None:
        desk.article(article_id)  # raises NotFound
    pairs = stance_pairs(desk, article_id)
    rows = check_worthiness_rows(desk, article_id)
    ids = [article_id] if article_id is not None else [a.id for a in desk.articles()]
    folder.mkdir(exist_ok=True)

    def article_lines():
        for aid in ids:
            a = desk.article(aid)
            yield dumps_line(
                {
                    "id": a.id,
                    "title": a.title,
                    "publisher": a.publisher,
                    "url": a.url,
                    "published": a.published,
                    "text": a.text,
                }
            )

    # All three files or none (a full disk half way leaves the folder as it was).
    suffixes = [".jsonl", ".tsv", ".jsonl"]
    with atomic_files(list(zip(targets, suffixes, strict=True))) as (stance, worthy, articles):
        stance.writelines(dumps_line(p) for p in pairs)
        worthy.writelines(
            "\t".join(_tsv_cell(v) for v in row) + "\n" for row in [list(TSV_COLUMNS), *rows]
        )
        articles.writelines(article_lines())
    return {
        STANCE_FILE: len(pairs),
        CHECKWORTHY_FILE: len(rows),
        ARTICLES_FILE: len(ids),
    }
