"""The ``search_index`` FTS5 table: one row per sentence per article, normalised text.

Columns: ``text`` (the sentence after ``factcheck.text.normalize_text``: alef forms, ta
marbuta, alef maqsura, tatweel, harakat, Arabic-Indic digits and case folded),
``article_id``, ``sentence`` (1-based index), ``start`` and ``end`` (code points of the
sentence in the stored article text), the last four UNINDEXED.

The tokenizer is FTS5's ``trigram``: a query string of three or more characters matches
anywhere inside a word, which is what Arabic needs (``امازون`` finds ``لامازون`` and
``والامازون``: prefixed conjunctions and prepositions are written joined to the word).
Strings shorter than three characters cannot use the index; :func:`scan_rows` finds them
with a linear scan.

The index is written in the same transaction as the article (``index_article`` is called
by ``Desk._import_decoded``) and filled for existing articles by migration 0002. Stored
article text never changes, so no update path is needed; ``unindex_article`` exists for a
future article delete, and search ignores rows whose article is gone.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from factcheck.text import normalize_text, sentence_spans

CREATE_SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    'text, article_id UNINDEXED, sentence UNINDEXED, start UNINDEXED, "end" UNINDEXED, '
    "tokenize = 'trigram')"
)

_INSERT = sql(
    'INSERT INTO search_index (text, article_id, sentence, start, "end") '
    "VALUES (:text, :article_id, :sentence, :start, :end)"
)
_COLUMNS = 'article_id, sentence, start, "end", text'


def sentence_rows(
    article_id: int, text: str, spans: list[tuple[int, int]] | None = None
) -> list[dict]:
    """The index rows of one article (``spans``: its sentences, if already computed)."""
    return [
        {
            "text": normalize_text(text[a:b]),
            "article_id": article_id,
            "sentence": i,
            "start": a,
            "end": b,
        }
        for i, (a, b) in enumerate(
            sentence_spans(text) if spans is None else spans, start=1
        )
    ]


def index_article_conn(conn, article_id: int, text: str) -> int:
    """Add an article's sentences through a Connection (used by the migration)."""
    rows = sentence_rows(article_id, text)
    if rows:
        conn.execute(_INSERT, rows)
    return len(rows)


def index_article(
    session: Session,
    article_id: int,
    text: str,
    spans: list[tuple[int, int]] | None = None,
) -> int:
    """Add an article's sentences; call in the transaction that inserts the article."""
    rows = sentence_rows(article_id, text, spans)
    if rows:
        session.execute(_INSERT, rows)
    return len(rows)


def unindex_article(session: Session, article_id: int) -> None:
    session.execute(
        sql("DELETE FROM search_index WHERE article_id = :a"), {"a": article_id}
    )


def rebuild(session: Session) -> int:
    """Empty and refill the index from the stored articles; returns the row count."""
    session.execute(sql("DELETE FROM search_index"))
    count = 0
    rows = session.execute(sql("SELECT id, text FROM articles ORDER BY id")).all()
    for article_id, text in rows:
        count += index_article(session, article_id, text)
    return count


def indexed_rows(session: Session) -> int:
    return session.execute(sql("SELECT count(*) FROM search_index")).scalar_one()


_HIT_COLUMNS = (
    'si.article_id, si.sentence, si.start, si."end", a.title, '
    'substr(a.text, si.start + 1, si."end" - si.start)'
)


def match_rows(
    session: Session, fts_query: str, limit: int, offset: int = 0
) -> list[tuple]:
    """Rows matching an FTS5 query (already quoted), best first (bm25).

    Each row: ``(article_id, sentence, start, end, article_title, sentence_text)`` where
    ``sentence_text`` is the stored (not normalised) text of the sentence; rows whose
    article is gone are left out.
    """
    stmt = sql(
        f"SELECT {_HIT_COLUMNS} FROM ("
        '  SELECT article_id, sentence, start, "end", rank FROM search_index'
        "  WHERE search_index MATCH :q ORDER BY rank LIMIT :n OFFSET :o"
        ") AS si JOIN articles AS a ON a.id = si.article_id ORDER BY si.rank"
    )
    return [
        tuple(r)
        for r in session.execute(stmt, {"q": fts_query, "n": limit, "o": offset})
    ]


def scan_rows(
    session: Session, needles: Sequence[str], limit: int, offset: int = 0
) -> list[tuple]:
    """Like ``match_rows`` for strings under 3 characters: a linear scan, in index order."""
    where = " AND ".join(f"instr(text, :n{i}) > 0" for i in range(len(needles)))
    params: dict = {f"n{i}": n for i, n in enumerate(needles)}
    params.update(lim=limit, o=offset)
    stmt = sql(
        f"SELECT {_HIT_COLUMNS} FROM ("
        '  SELECT rowid, article_id, sentence, start, "end" FROM search_index'
        f"  WHERE {where} LIMIT :lim OFFSET :o"
        ") AS si JOIN articles AS a ON a.id = si.article_id ORDER BY si.rowid"
    )
    return [tuple(r) for r in session.execute(stmt, params)]


def claim_at(session: Session, article_id: int, start: int, end: int) -> int | None:
    """Id of the first claim of an article whose span overlaps ``[start, end)``."""
    return session.execute(
        sql(
            'SELECT id FROM claims WHERE article_id = :a AND start < :e AND "end" > :s '
            "ORDER BY start, id LIMIT 1"
        ),
        {"a": article_id, "s": start, "e": end},
    ).scalar()


def article_texts(session: Session, article_ids: Sequence[int]) -> dict[int, tuple]:
    """``{id: (title, text)}`` for the given articles (missing ones are left out)."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    marks = ", ".join(f":a{i}" for i in range(len(ids)))
    stmt = sql(f"SELECT id, title, text FROM articles WHERE id IN ({marks})")
    rows = session.execute(stmt, {f"a{i}": v for i, v in enumerate(ids)})
    return {r[0]: (r[1], r[2]) for r in rows}


def note_rows(session: Session) -> list[tuple]:
    """``(claim_id, article_id, start, end, note)`` of group primaries with a note.

    A linked claim's own note is not shown (its group's primary's note is), so it is
    not searched either.
    """
    stmt = sql(
        'SELECT id, article_id, start, "end", note FROM claims '
        "WHERE note != '' AND linked_to IS NULL ORDER BY id"
    )
    return [tuple(r) for r in session.execute(stmt)]
