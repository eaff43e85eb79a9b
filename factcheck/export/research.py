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
from pathlib import Path

from factcheck.export.atomic import atomic_files, check_target, dumps_line
from factcheck.export.cells import neutralised
from factcheck.export.jsonld import article_urn
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
    return list(iter_stance_pairs(desk, article_id))


def iter_stance_pairs(desk, article_id: int | None = None):
    """The records of ``stance_pairs.jsonl``, group by group (read a batch at a time)."""
    statuses = {s.id: s for s in desk.statuses()}
    for batch in desk.iter_groups(article_id):
        for members in batch:
            primary = members[0]
            gid = primary.id
            status = statuses.get(primary.status_id)
            for m in sorted(members, key=lambda c: (c.article_id, c.start, c.id)):
                if article_id is not None and m.article_id != article_id:
                    continue
                yield {
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


def _tsv_cell(value: object) -> str:
    """One line of text, safe to open in a spreadsheet (``neutralise_cell``)."""
    return neutralised(" ".join(str(value).replace("\t", " ").splitlines()))


def overlapped(
    sentences: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[int]:
    """1 for each ``(start, end)`` sentence that a claim span overlaps, else 0.

    Sentences in order, spans sorted by start: one sweep, keeping the furthest end of
    the spans started so far (every span compared with every sentence took seconds on
    an article of 20,000 sentences and claims).
    """
    hits = []
    k = 0
    reach = -1  # the furthest end of the spans starting before the current sentence ends
    for start, end in sentences:
        while k < len(spans) and spans[k][0] < end:
            reach = max(reach, spans[k][1])
            k += 1
        hits.append(int(reach > start))
    return hits


def check_worthiness_rows(desk, article_id: int | None = None) -> list[list]:
    """Rows of ``check_worthiness.tsv`` (without the header)."""
    return list(iter_check_worthiness_rows(desk, article_id))


def iter_check_worthiness_rows(desk, article_id: int | None = None):
    """``check_worthiness_rows``, article by article."""
    ids = [article_id] if article_id is not None else desk.article_ids()
    for aid in ids:
        article = desk.article(aid)
        url = article.url or article_urn(aid)
        sentences = desk.sentences(aid, article.text)
        hits = overlapped([(s.start, s.end) for s in sentences], desk.claim_spans(aid))
        for s, hit in zip(sentences, hits):
            yield [aid, f"{aid}-{s.index}", f"{url}#sentence={s.index}", s.text, hit]


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
    ids = [article_id] if article_id is not None else desk.article_ids()
    folder.mkdir(exist_ok=True)
    counts = dict.fromkeys(RESEARCH_FILES, 0)

    def counted(name: str, lines):
        for line in lines:
            counts[name] += 1
            yield line

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

    # All three files or none (a full disk half way leaves the folder as it was); each is
    # written as its records are read.
    suffixes = [".jsonl", ".tsv", ".jsonl"]
    with atomic_files(list(zip(targets, suffixes, strict=True))) as (stance, worthy, articles):
        stance.writelines(
            counted(STANCE_FILE, (dumps_line(p) for p in iter_stance_pairs(desk, article_id)))
        )
        worthy.write("\t".join(TSV_COLUMNS) + "\n")
        worthy.writelines(
            counted(
                CHECKWORTHY_FILE,
                (
                    "\t".join(_tsv_cell(v) for v in row) + "\n"
                    for row in iter_check_worthiness_rows(desk, article_id)
                ),
            )
        )
        articles.writelines(counted(ARTICLES_FILE, article_lines()))
    return counts
