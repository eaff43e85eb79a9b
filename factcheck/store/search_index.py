"""The ``search_index`` FTS5 table: one row per sentence per article, normalised text.

Columns: ``text`` (the sentence after ``factcheck.text.normalize_text``: alef forms, hamza
carriers, ta marbuta, alef maqsura, presentation forms, tatweel, harakat, Arabic-Indic
digits, thousands separators and case folded; migration 0005 folded older rows again),
``article_id``, ``sentence`` (1-based index), ``start`` and ``end`` (code points of the
sentence in the stored article text), the last four UNINDEXED.

The tokenizer is FTS5's ``trigram``: a query string of three or more characters matches
anywhere inside a word, which is what Arabic needs (``امازون`` finds ``لامازون`` and
``والامازون``: prefixed conjunctions and prepositions are written joined to the word).
Strings shorter than three characters cannot use the index; :func:`scan_rows` finds them
with a linear scan.

The table is made by migration 0002, which also fills it for the articles already stored.
The index is written in the same transaction as the article (the import builds the rows
with ``factcheck.text.normalised_sentences`` before it takes the write lock, and writes
them with ``insert_prepared``). Stored article text never changes and articles are not
deleted, so no update path is needed; search ignores rows whose article is gone all the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from factcheck.store import span_blob
from factcheck.store.postgres import copy_in, driver_sql
from factcheck.text import normalize_text, sentence_spans

# Positional: executemany of the plain tuples of ``sentence_rows``.
_INSERT = (
    'INSERT INTO search_index (text, article_id, sentence, start, "end") '
    "VALUES (?, ?, ?, ?, ?)"
)
_COLUMNS = 'article_id, sentence, start, "end", text'
# FTS5 buffers new rows in memory up to ``hashsize`` bytes (default 1 MB) before writing a
# segment. 16 MB holds an import batch, so a batch writes one segment instead of several
# that automerge must merge again: about 20% less index CPU. It changes no search result,
# and searching fewer, larger segments is no slower. The setting is stored in the table.
_HASHSIZE = 16 * 1024 * 1024
# FTS5 merges the segments of a level once ``automerge`` of them are there (default 4). An
# import commits one segment per batch of 200 articles; merging every 4 cost a quarter of an
# import's index time (benchmark: 10,000 articles, 13.3-14.4 s of index work with 4,
# 9.8-10.7 s with 16). Searches were no slower with the extra segments. Stored in the table.
_AUTOMERGE = 16
# Automerge merges a level's segments a little at a time, in the transactions that follow.
# But once a level holds ``crisismerge`` segments (default 16, the same as our automerge)
# FTS5 merges them all at once, inside the commit that made the 16th: with 1 MB articles
# that commit held the write lock 1.5 s instead of 0.25 s, and an editor's save waited
# behind it (a level-1 crisis, 16 times larger, would hold it for many seconds). At 64 the
# incremental merging keeps up long before a crisis: the longest commit of 40 such
# articles fell to 0.4 s, the import's total time unchanged. Stored in the table.
_CRISISMERGE = 64
FTS5_SETTINGS = (
    ("hashsize", _HASHSIZE),
    ("automerge", _AUTOMERGE),
    ("crisismerge", _CRISISMERGE),
)
_SET_SETTING = "INSERT INTO search_index (search_index, rank) VALUES (?, ?)"
_ROWS_PER_INSERT = 20_000  # index rows held in memory at once (a few import batches)


def sentence_rows(
    article_id: int, text: str, spans: list[tuple[int, int]] | None = None
) -> list[tuple]:
    """The index rows ``(text, article_id, sentence, start, end)`` of one article.

    ``spans``: its sentences, if already computed.
    """
    if spans is None:
        spans = sentence_spans(text)
    return [
        (normalize_text(text[a:b]), article_id, i, a, b)
        for i, (a, b) in enumerate(spans, start=1)
    ]


def _row_chunks(
    articles: Iterable[tuple[int, str, list[tuple[int, int]] | None]],
) -> Iterator[list[tuple]]:
    """The index rows of ``articles`` in lists of about ``_ROWS_PER_INSERT`` rows."""
    chunk: list[tuple] = []
    for article_id, text, spans in articles:
        chunk += sentence_rows(article_id, text, spans)
        if len(chunk) >= _ROWS_PER_INSERT:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def insert_prepared(session: Session, articles: Iterable[tuple[int, list[tuple]]]) -> int:
    """Add ``(article_id, factcheck.text.normalised_sentences(…))`` rows; returns the row count.

    Call in the transaction that inserts the articles: all that is left to do there is
    putting the ids in place.
    """

    def chunks() -> Iterator[list[tuple]]:
        chunk: list[tuple] = []
        for article_id, rows in articles:
            chunk += [(norm, article_id, i, a, b) for norm, i, a, b in rows]
            if len(chunk) >= _ROWS_PER_INSERT:
                yield chunk
                chunk = []
        yield chunk

    return _insert_chunks(session, chunks())


def apply_settings(conn) -> None:
    """Store ``FTS5_SETTINGS`` in the SQLite table (cheap; done before each write)."""
    for name, value in FTS5_SETTINGS:
        conn.exec_driver_sql(_SET_SETTING, (name, value))


def _insert_chunks(session: Session, chunks: Iterable[list[tuple]]) -> int:
    conn = session.connection()
    if conn.dialect.name == "postgresql":  # one COPY: the GIN index's upkeep is the rest
        return copy_in(
            conn, "search_index", ("text", "article_id", "sentence", "start", "end"),
            (row for rows in chunks for row in rows),
        )  # fmt: skip
    count = 0
    for rows in chunks:
        if not rows:
            continue
        if not count:
            apply_settings(conn)
        conn.exec_driver_sql(_INSERT, rows)
        count += len(rows)
    return count


def index_articles(
    session: Session, articles: Iterable[tuple[int, str, list[tuple[int, int]] | None]]
) -> int:
    """Add the sentences of ``(article_id, text, spans or None)``; returns the row count.

    Call in the transaction that inserts the articles. Rows go in with few executemany
    calls of plain tuples, a bounded number of them in memory at once.
    """
    return _insert_chunks(session, _row_chunks(articles))


def row_count(session: Session) -> int:
    return session.execute(sql("SELECT count(*) FROM search_index")).scalar()


def copy_rows(source: Session, target: Session) -> int:
    """Copy every index row, with its rowid, from ``source`` to the empty index of
    ``target`` (either backend); returns the row count."""
    conn = target.connection()
    insert = driver_sql(
        conn.dialect.name,
        'INSERT INTO search_index (rowid, text, article_id, sentence, start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?)",
    )
    if conn.dialect.name == "sqlite":
        apply_settings(conn)
    rows = source.connection().execution_options(yield_per=_ROWS_PER_INSERT).execute(
        sql('SELECT rowid, text, article_id, sentence, start, "end" FROM search_index ORDER BY rowid')
    )
    count = 0
    for chunk in rows.partitions(_ROWS_PER_INSERT):
        conn.exec_driver_sql(insert, [tuple(r) for r in chunk])
        count += len(chunk)
    return count


def reset_rowids(session: Session) -> None:
    """On PostgreSQL, move the index's rowid sequence past the rows copied with theirs."""
    session.execute(
        sql(
            "SELECT setval(pg_get_serial_sequence('search_index', 'rowid'), "
            "coalesce((SELECT max(rowid) FROM search_index), 0) + 1, false)"
        )
    )


def rebuild(session: Session) -> int:
    """Empty and refill the index from the stored articles; returns the row count.

    Each article's stored sentence spans (``span_blob``) are its sentences, so the index
    numbers them as the reader and the report do; an article without valid ones is
    segmented.
    """
    session.execute(sql("DELETE FROM search_index"))
    stored = dict(session.execute(sql("SELECT article_id, spans FROM article_sentences")).all())
    rows = session.execute(sql("SELECT id, text FROM articles ORDER BY id")).all()
    return index_articles(
        session, ((a, t, span_blob.spans(stored.get(a), len(t))) for a, t in rows)
    )


def match_rows(
    session: Session, fts_query: str, limit: int, before: int | None = None
) -> list[tuple]:
    """``(rowid, text, article_id)`` of the newest ``limit`` rows matching an FTS5 query.

    Newest first (highest rowid: the latest imported article); ``before``: only rows
    with a smaller rowid (the next, older batch). ``text`` is the normalised sentence.
    Nothing is ranked here: ``ORDER BY rank`` would score every match before limiting.
    """
    if session.connection().dialect.name != "sqlite":
        return _like_rows(session, fts_query, limit, before)
    where = "search_index MATCH :q"
    params: dict = {"q": fts_query, "n": limit}
    if before is not None:
        where += " AND rowid < :before"
        params["before"] = before
    stmt = sql(
        f"SELECT rowid, text, article_id FROM search_index WHERE {where} "
        "ORDER BY rowid DESC LIMIT :n"
    )
    return [tuple(r) for r in session.execute(stmt, params)]


_FTS_TOKEN = re.compile(r'"((?:[^"]|"")*)"|(\()|(\))|(AND|OR)')


def _like_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _like_condition(fts_query: str, params: dict) -> str:
    """The FTS5 expression as ``search.fts_query`` writes it (quoted words joined by AND,
    OR and parentheses) as a SQL condition of ``LIKE`` substring matches."""
    tokens = [m for m in _FTS_TOKEN.finditer(fts_query)]
    at = 0

    def atom() -> str:
        nonlocal at
        m = tokens[at]
        at += 1
        if m.group(2):
            inner = either()
            at += 1  # the closing parenthesis
            return f"({inner})"
        name = f"w{len(params)}"
        params[name] = _like_pattern(m.group(1).replace('""', '"'))
        return f"text LIKE :{name}"

    def both() -> str:
        nonlocal at
        parts = [atom()]
        while at < len(tokens) and tokens[at].group(4) == "AND":
            at += 1
            parts.append(atom())
        return " AND ".join(parts)

    def either() -> str:
        nonlocal at
        parts = [both()]
        while at < len(tokens) and tokens[at].group(4) == "OR":
            at += 1
            parts.append(both())
        return " OR ".join(parts)

    return either() if tokens else "false"


def _like_rows(session: Session, fts_query: str, limit: int, before: int | None) -> list[tuple]:
    """``match_rows`` on PostgreSQL: the quoted words of the FTS5 expression (``"a" AND
    ("b" OR "c")``, as ``factcheck.search.fts_query`` writes it), each matched as a
    substring with ``LIKE``, which the ``pg_trgm`` GIN index answers for words of 3 or
    more characters, as FTS5's trigram tokenizer does."""
    params: dict = {}
    conditions = [f"({_like_condition(fts_query, params)})"]
    params["n"] = limit
    if before is not None:
        conditions.append("rowid < :before")
        params["before"] = before
    stmt = sql(
        f"SELECT rowid, text, article_id FROM search_index WHERE {' AND '.join(conditions)} "
        "ORDER BY rowid DESC LIMIT :n"
    )
    return [tuple(r) for r in session.execute(stmt, params)]


def scan_rows(
    session: Session, needles: Sequence[str], limit: int, before: int | None = None
) -> list[tuple]:
    """Like ``match_rows`` for strings under 3 characters: a linear scan, newest first
    (every row when there are no needles: the caller checks each row)."""
    find = "instr" if session.connection().dialect.name == "sqlite" else "strpos"
    conditions = [f"{find}(text, :n{i}) > 0" for i in range(len(needles))] or ["1 = 1"]
    params: dict = {f"n{i}": n for i, n in enumerate(needles)}
    params["n"] = limit
    if before is not None:
        conditions.append("rowid < :before")
        params["before"] = before
    stmt = sql(
        f"SELECT rowid, text, article_id FROM search_index WHERE {' AND '.join(conditions)} "
        "ORDER BY rowid DESC LIMIT :n"
    )
    return [tuple(r) for r in session.execute(stmt, params)]


def article_texts(session: Session, article_ids: Sequence[int]) -> dict[int, tuple]:
    """``{id: (title, text)}`` for the given articles (missing ones are left out)."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    marks = ", ".join(f":a{i}" for i in range(len(ids)))
    stmt = sql(f"SELECT id, title, text FROM articles WHERE id IN ({marks})")
    rows = session.execute(stmt, {f"a{i}": v for i, v in enumerate(ids)})
    from factcheck.store.repository import stored_text

    return {r[0]: (stored_text(r[0], r[1]), stored_text(r[0], r[2])) for r in rows}


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


def notes_version(session: Session) -> tuple:
    """A cheap key that changes whenever ``note_rows`` may have changed.

    Every note edit, link change and claim delete appends to the append-only
    ``history`` in its transaction, and every new claim raises ``max(claims.id)``.
    """
    stmt = sql("SELECT (SELECT max(id) FROM history), (SELECT max(id) FROM claims)")
    return tuple(session.execute(stmt).one())


def hit_rows(session: Session, rowids: Sequence[int]) -> dict[int, tuple]:
    """``{rowid: (article_id, sentence, start, end, article_title)}`` of index rows.

    Rows whose article is gone are left out. The text is not read here: ``substr`` of
    a long article reads all of it once per row (see ``article_texts``).
    """
    ids = sorted(set(rowids))
    if not ids:
        return {}
    marks = ", ".join(f":r{i}" for i in range(len(ids)))
    stmt = sql(
        'SELECT si.rowid, si.article_id, si.sentence, si.start, si."end", a.title '
        "FROM search_index AS si JOIN articles AS a ON a.id = si.article_id "
        f"WHERE si.rowid IN ({marks})"
    )
    rows = session.execute(stmt, {f"r{i}": v for i, v in enumerate(ids)})
    return {r[0]: tuple(r[1:]) for r in rows}


def claims_at(
    session: Session, spans: Sequence[tuple[int, int, int]]
) -> list[int | None]:
    """The first claim overlapping each ``(article_id, start, end)`` span, in one query.

    A claim that overlaps ``[s, e)`` starts after ``s`` minus the article's longest
    claim, so each span reads a short range of ``ix_claims_article``.
    """
    if not spans:
        return []
    article_ids = sorted({span[0] for span in spans})
    values = ", ".join(f"({i}, :s{i}a, :s{i}s, :s{i}e)" for i in range(len(spans)))
    marks = ", ".join(f":a{i}" for i in range(len(article_ids)))
    params: dict = {f"a{i}": a for i, a in enumerate(article_ids)}
    for i, (article_id, start, end) in enumerate(spans):
        params.update({f"s{i}a": article_id, f"s{i}s": start, f"s{i}e": end})
    stmt = sql(
        f"WITH spans(i, article_id, s, e) AS (VALUES {values}), "
        'longest(article_id, chars) AS (SELECT article_id, max("end" - start) '
        f"FROM claims WHERE article_id IN ({marks}) GROUP BY article_id) "
        "SELECT (SELECT c.id FROM claims AS c WHERE c.article_id = spans.article_id "
        "AND c.start < spans.e AND c.start > spans.s - longest.chars "
        'AND c."end" > spans.s ORDER BY c.start, c.id LIMIT 1) '
        "FROM spans LEFT JOIN longest ON longest.article_id = spans.article_id "
        "ORDER BY spans.i"
    )
    return [row[0] for row in session.execute(stmt, params)]
