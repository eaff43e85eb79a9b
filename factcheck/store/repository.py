"""All queries live here. Functions take a Session and return domain values from ``model``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache

from sqlalchemy import bindparam, case, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from factcheck.model import (
    NOT_VERDICTS,
    Article,
    ArticleSummary,
    Claim,
    HistoryEntry,
    Source,
    SourceInput,
    Status,
    StoreError,
    is_checked,
)
from factcheck.store.postgres import copy_in, driver_sql, ids_in, ids_test
from factcheck.store.schema import (
    ArticleRow,
    ClaimRow,
    EditLockRow,
    HistoryRow,
    SourceRow,
    StatusRow,
)

# -- statuses -------------------------------------------------------------------------------


def list_statuses(session: Session) -> list[Status]:
    rows = session.scalars(select(StatusRow).order_by(StatusRow.position))
    return [
        Status(r.id, r.label_ar, r.label_en, r.color, r.key, r.rating, r.position)
        for r in rows
    ]


def insert_statuses(session: Session, statuses: Iterable[dict]) -> None:
    rows = [dict(s, position=i) for i, s in enumerate(statuses)]
    if rows:
        session.execute(insert(StatusRow), rows)


# -- articles -------------------------------------------------------------------------------


def stored_text(article_id: int, value):
    """The article's stored text, refused if it is not text.

    Another SQLite tool can store an article's text as a BLOB; every text operation would
    then fail with a traceback. Only that article is refused; the rest of the desk works.
    """
    if value is None or isinstance(value, str):
        return value
    raise StoreError(
        template="The text of article {article_id} is damaged (stored as binary data, not "
        "text); the other articles can still be used.",
        article_id=article_id,
    )


def _article(r: ArticleRow, text: str | None = None) -> Article:
    """An Article from a row (ORM or Core); ``text`` when the row has none."""
    return Article(
        id=r.id,
        title=stored_text(r.id, r.title),
        text=stored_text(r.id, r.text) if text is None else text,
        publisher=r.publisher,
        url=r.url,
        published=r.published,
        content_hash=r.content_hash,
        imported_from=r.imported_from,
        imported_at=r.imported_at,
        bidi_controls=r.bidi_controls,
        sentence_count=r.sentence_count,
        author=r.author,
        lang=r.lang,
        source_kind=r.source_kind,
        fetched_at=r.fetched_at,
    )


_HASH_CHUNK = 500  # well under SQLite's limit on bound parameters


def article_ids_by_hashes(session: Session, hashes: Iterable[str]) -> dict[str, int]:
    """``{content_hash: id}`` of the stored articles among ``hashes`` (one query per 500)."""
    wanted = list(dict.fromkeys(hashes))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), _HASH_CHUNK):
        stmt = select(ArticleRow.content_hash, ArticleRow.id).where(
            ArticleRow.content_hash.in_(wanted[i : i + _HASH_CHUNK])
        )
        found.update((digest, article_id) for digest, article_id in session.execute(stmt))
    return found


_ARTICLE_COLUMNS = (
    "title", "text", "publisher", "url", "published", "content_hash",
    "imported_from", "imported_at", "encoding", "bidi_controls", "sentence_count",
    "author", "lang", "source_kind", "fetched_at",
)  # fmt: skip
_INSERT_ARTICLE = "INSERT INTO articles ({}) VALUES ({})".format(
    ", ".join(_ARTICLE_COLUMNS), ", ".join(f":{c}" for c in _ARTICLE_COLUMNS)
)


def insert_articles(session: Session, rows: Sequence[dict]) -> list[int]:
    """Insert new articles (dicts of all ``_ARTICLE_COLUMNS``) in one executemany.

    Returns their ids in the order of ``rows``; content hashes must be new and distinct.
    """
    if not rows:
        return []
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        copy_in(conn, "articles", _ARTICLE_COLUMNS, (tuple(r[c] for c in _ARTICLE_COLUMNS) for r in rows))
    else:
        conn.exec_driver_sql(driver_sql(conn.dialect.name, _INSERT_ARTICLE), list(rows))
    ids = article_ids_by_hashes(session, (r["content_hash"] for r in rows))
    return [ids[r["content_hash"]] for r in rows]


def get_article(
    session: Session, article_id: int, *, with_text: bool = True
) -> Article | None:
    """One article; ``with_text=False`` leaves ``text`` empty (the caller has it)."""
    # A Core row, not an ORM object: no identity-map copy of a 1 MB text (measured in the benchmark).
    table = ArticleRow.__table__
    columns = table.c if with_text else [c for c in table.c if c.name != "text"]
    row = session.execute(select(*columns).where(table.c.id == article_id)).first()
    if row is None:
        return None
    return _article(row, None if with_text else "")


def get_articles(session: Session, article_ids: Sequence[int]) -> dict[int, Article]:
    """Several articles by id, in one query (bulk paths: no query per article)."""
    ids = sorted(set(article_ids))
    out: dict[int, Article] = {}
    for i in range(0, len(ids), 500):
        rows = session.scalars(select(ArticleRow).where(ArticleRow.id.in_(ids[i : i + 500])))
        out.update((r.id, _article(r)) for r in rows)
    return out


def article_text(session: Session, article_id: int) -> str | None:
    text = session.scalar(select(ArticleRow.text).where(ArticleRow.id == article_id))
    return stored_text(article_id, text)


def list_article_summaries(
    session: Session,
    default_status: str,
    *,
    counted: bool = True,
    after_id: int = 0,
    through_id: int | None = None,
    limit: int | None = None,
) -> list[ArticleSummary]:
    """The articles (in id order; those with ids above ``after_id``, up to ``through_id``,
    at most ``limit`` of them) with their claim counts and how many are checked (have a
    verdict: ``factcheck.model.is_checked``); ``counted=False``: the counts are None (read
    later with ``article_claim_counts``).

    Read from covering indexes (migration 0003), in three small queries: joined in SQL, the
    planner read every claim row and every article's overflowing text (benchmark: start-up).
    Plain SQL on the driver's cursor: at 10,000 articles SQLAlchemy's rows cost a third
    more than the queries themselves (the window's start reads this list).
    """
    statement = "SELECT id, title, publisher, sentence_count, bidi_controls FROM articles"
    where, params = ["id > ?"], [after_id]
    if through_id is not None:
        where.append("id <= ?")
        params.append(through_id)
    statement += " WHERE " + " AND ".join(where) + " ORDER BY id"
    if limit is not None:
        statement += " LIMIT ?"
        params.append(limit)
    with _driver_cursor(session) as cursor:
        listed = cursor.execute(statement, params).fetchall()
    if not counted:
        return [
            ArticleSummary(aid, title, publisher, sentences, None, None, bidi)
            for aid, title, publisher, sentences, bidi in listed
        ]
    first, last = (listed[0][0], listed[-1][0]) if listed else (None, None)
    counts = article_claim_counts(session, default_status, first, last) if listed else {}
    none = (0, 0)
    return [
        ArticleSummary(aid, title, publisher, sentences, *counts.get(aid, none), bidi)
        for aid, title, publisher, sentences, bidi in listed
    ]


def article_claim_counts(
    session: Session, default_status: str, first_id: int | None = None, last_id: int | None = None
) -> dict[int, list[int]]:
    """``[claims, checked]`` of each article that has claims (those with ids from
    ``first_id`` to ``last_id``, when given): one scan of the claims' covering index."""
    unchecked = sorted(NOT_VERDICTS | {default_status})
    params: list = list(unchecked)
    where = ""
    if first_id is not None:
        where = " WHERE article_id BETWEEN ? AND ?"
        params += [first_id, last_id]
    marks = ", ".join("?" * len(unchecked))
    with _driver_cursor(session) as cursor:
        counted = cursor.execute(
            f"SELECT article_id, count(*), count(CASE WHEN status_id IN ({marks}) THEN 1 END) "
            f"FROM claims{where} GROUP BY article_id",
            params,
        ).fetchall()
    checked_of = {aid: [n, n - unchecked_n] for aid, n, unchecked_n in counted}
    # A linked claim shows its group's status: correct the few linked claims.
    linked = (
        select(ClaimRow.article_id, ClaimRow.status_id, _PRIMARY.status_id)
        .join(_PRIMARY, _PRIMARY.id == ClaimRow.linked_to)
        .where(ClaimRow.linked_to.is_not(None))
        .with_hint(ClaimRow, "INDEXED BY ix_claims_linked_to", "sqlite")
    )
    if first_id is not None:
        linked = linked.where(ClaimRow.article_id.between(first_id, last_id))
    for aid, own, shown in session.connection().execute(linked).all():
        checked_of[aid][1] += is_checked(shown, default_status) - is_checked(own, default_status)
    return checked_of


# -- claims and sources ---------------------------------------------------------------------

_CLAIM_COLUMNS = (
    ClaimRow.id,
    ClaimRow.article_id,
    ClaimRow.start,
    ClaimRow.end,
    ClaimRow.quote,
    ClaimRow.prefix,
    ClaimRow.suffix,
    ClaimRow.status_id,
    ClaimRow.note,
    ClaimRow.annotator,
    ClaimRow.created_at,
    ClaimRow.updated_at,
    ClaimRow.version,
    ClaimRow.linked_to,
    ClaimRow.stance,
)
# A linked claim shows its group's primary's status, note and sources (factcheck/desk/links.py).
_PRIMARY = aliased(ClaimRow, name="primary_claim")

_SOURCE_COLUMNS = (
    SourceRow.id,
    SourceRow.claim_id,
    SourceRow.url,
    SourceRow.title,
    SourceRow.publisher,
    SourceRow.accessed,
    SourceRow.archive_url,
    SourceRow.excerpt,
    SourceRow.stance,
)


def _sources_by_claim(
    session: Session, claim_ids: Sequence[int] | None
) -> dict[int, list]:
    stmt = select(*_SOURCE_COLUMNS).order_by(SourceRow.claim_id, SourceRow.id)
    if claim_ids is not None:
        if not claim_ids:
            return {}
        if len(claim_ids) > 500:  # chunks, not every source of the database (measured in the benchmark)
            ids = sorted(set(claim_ids))
            out: dict[int, list] = {}
            for i in range(0, len(ids), 500):
                out.update(_sources_by_claim(session, ids[i : i + 500]))
            return out
        stmt = stmt.where(SourceRow.claim_id.in_(claim_ids))
    out: dict[int, list] = {}
    for row in session.connection().execute(stmt):
        out.setdefault(row[1], []).append(Source(*row))
    return out


def _claim_select(effective: bool):
    """Claim columns; ``effective``: a linked claim's status and note are its primary's."""
    if not effective:
        return select(*_CLAIM_COLUMNS)
    cols = list(_CLAIM_COLUMNS)
    cols[7] = func.coalesce(_PRIMARY.status_id, ClaimRow.status_id)
    cols[8] = case((_PRIMARY.id.is_(None), ClaimRow.note), else_=_PRIMARY.note)
    return select(*cols).outerjoin(_PRIMARY, _PRIMARY.id == ClaimRow.linked_to)


def _source_owner(row, effective: bool) -> int:
    return row[13] if effective and row[13] is not None else row[0]


def _claim(row, sources) -> Claim:
    return Claim(*row[:13], sources=tuple(sources), linked_to=row[13], stance=row[14])


def list_claims(
    session: Session,
    article_id: int | None = None,
    *,
    effective: bool = True,
    starting_before: int | None = None,
) -> list[Claim]:
    """Claims (with sources) of one article, or of all, ordered by article and position.

    With ``effective`` (the default) a linked claim carries its primary's status, note and
    sources; ``effective=False`` gives each row's own stored values. ``starting_before``
    (with ``article_id``) keeps the claims that start before that offset.
    """
    conn = session.connection()  # Core rows: no ORM result layer
    if article_id is None:
        stmt = _claim_select(effective).order_by(
            ClaimRow.article_id, ClaimRow.start, ClaimRow.id
        )
        rows = conn.execute(stmt).all()
        sources = _sources_by_claim(session, None)
    else:
        claims_stmt, sources_stmt = _article_claim_statements(
            effective, starting_before is not None
        )
        params = {"article_id": article_id, "before": starting_before}
        rows = conn.execute(claims_stmt, params).all()
        sources = {}
        for row in conn.execute(sources_stmt, params).all():
            sources.setdefault(row[1], []).append(Source(*row))
    owners = [_source_owner(r, effective) for r in rows]
    return [_claim(r, sources.get(o, ())) for r, o in zip(rows, owners)]


@cache
def _article_claim_statements(effective: bool, limited: bool) -> tuple:
    """One article's claims and their sources (their primaries' with ``effective``),
    built once with bound ``article_id`` (and ``before`` when ``limited``): building them
    took as long as running them on an article's first screen (benchmark: opening).

    Sources by a subquery, not a list of ids: 2,000 bound ids cost more to compile than to
    run.
    """
    claims = _claim_select(effective).where(
        ClaimRow.article_id == bindparam("article_id")
    )
    owner = func.coalesce(ClaimRow.linked_to, ClaimRow.id) if effective else ClaimRow.id
    owners = select(owner).where(ClaimRow.article_id == bindparam("article_id"))
    if limited:
        claims = claims.where(ClaimRow.start < bindparam("before"))
        owners = owners.where(ClaimRow.start < bindparam("before"))
    sources = (
        select(*_SOURCE_COLUMNS)
        .where(SourceRow.claim_id.in_(owners.scalar_subquery()))
        .order_by(SourceRow.claim_id, SourceRow.id)
    )
    return claims.order_by(ClaimRow.start, ClaimRow.id), sources


# The edit path's statements are built once, with bound parameters: building a select
# with its joins and comparisons took longer than running it (benchmark: edits).
@cache
def _claim_by_id(effective: bool):
    return _claim_select(effective).where(ClaimRow.id == bindparam("claim"))


_SOURCES_OF_ONE = (
    select(*_SOURCE_COLUMNS).where(SourceRow.claim_id == bindparam("owner")).order_by(SourceRow.id)
)


def get_claim(
    session: Session, claim_id: int, *, effective: bool = True
) -> Claim | None:
    conn = session.connection()
    row = conn.execute(_claim_by_id(effective), {"claim": claim_id}).first()
    if row is None:
        return None
    owner = _source_owner(row, effective)
    sources = [Source(*r) for r in conn.execute(_SOURCES_OF_ONE, {"owner": owner}).all()]
    return _claim(row, sources)


def get_claims(session: Session, claim_ids: Sequence[int]) -> dict[int, Claim]:
    """Several claims (effective values) by id, in one query; missing ids are left out."""
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        return {}
    rows = session.connection().execute(_claim_select(True).where(ClaimRow.id.in_(ids))).all()
    owners = [_source_owner(r, True) for r in rows]
    sources = _sources_by_claim(session, owners)
    return {r[0]: _claim(r, sources.get(o, ())) for r, o in zip(rows, owners)}


def list_group(session: Session, primary_id: int) -> list[Claim]:
    """A claim group: the primary first, then its linked claims by article and position."""
    stmt = (
        _claim_select(True)
        .where((ClaimRow.id == primary_id) | (ClaimRow.linked_to == primary_id))
        .order_by(
            (ClaimRow.id != primary_id), ClaimRow.article_id, ClaimRow.start, ClaimRow.id
        )
    )
    rows = session.connection().execute(stmt).all()
    sources = _sources_by_claim(session, [primary_id]).get(primary_id, [])
    return [_claim(r, sources) for r in rows]


def count_linked(session: Session, primary_id: int) -> int:
    """How many claims are linked to ``primary_id``."""
    return session.connection().scalar(
        select(func.count()).select_from(ClaimRow).where(ClaimRow.linked_to == primary_id)
    )


def appearance_ids(session: Session, primary_id: int) -> list[int]:
    """The ids of the claims linked to ``primary_id`` (its group's appearances)."""
    return list(
        session.connection().scalars(select(ClaimRow.id).where(ClaimRow.linked_to == primary_id))
    )


# -- streamed listings and exports: a batch of rows in memory at a time -----------------------

STREAM_BATCH = 2000


def iter_claims(
    session: Session, article_id: int | None = None, size: int = STREAM_BATCH
) -> Iterator[list[Claim]]:
    """``list_claims`` (effective values, with sources), a batch at a time: the rows are
    read as they are used (``yield_per``) and each batch's sources with one query per 500."""
    stmt = _claim_select(True)
    if article_id is not None:
        stmt = stmt.where(ClaimRow.article_id == article_id)
    stmt = stmt.order_by(ClaimRow.article_id, ClaimRow.start, ClaimRow.id)
    result = session.connection().execution_options(yield_per=size).execute(stmt)
    for rows in result.partitions(size):
        owners = [_source_owner(r, True) for r in rows]
        sources = _sources_by_claim(session, owners)
        yield [_claim(r, sources.get(o, ())) for r, o in zip(rows, owners)]


def count_claims(session: Session, article_id: int | None = None) -> int:
    stmt = select(func.count()).select_from(ClaimRow)
    if article_id is not None:
        stmt = stmt.where(ClaimRow.article_id == article_id)
    return session.connection().scalar(stmt)


def group_appearances(session: Session, group_ids: Iterable[int]) -> dict[int, list[Claim]]:
    """The groups among ``group_ids`` that have appearances: group id → its claims (effective
    values, no sources), the primary first, then by id. A claim alone is left out."""
    out: dict[int, list[Claim]] = {}
    conn = session.connection()
    for chunk, _ in _id_chunks(group_ids, 400):
        stmt = (
            _claim_select(True)
            .where(ids_in(conn, ClaimRow.linked_to, chunk) | ids_in(conn, ClaimRow.id, chunk))
            .order_by(ClaimRow.linked_to.is_not(None), ClaimRow.id)
        )
        members: dict[int, list[Claim]] = {}
        for row in conn.execute(stmt).all():
            claim = _claim(row, ())
            members.setdefault(claim.group_id, []).append(claim)
        wanted = set(chunk)  # a primary of another chunk's group is read there
        out.update((g, m) for g, m in members.items() if g in wanted and len(m) > 1)
    return out


def iter_groups(
    session: Session,
    article_id: int | None = None,
    status_ids: Sequence[str] | None = None,
    size: int = 500,
) -> Iterator[list[list[Claim]]]:
    """Claim groups by primary id, a batch at a time; each the primary, then its appearances
    by id (effective values, no sources). ``article_id``: the groups with a claim in that
    article; ``status_ids``: the groups whose verdict is one of them."""
    stmt = _claim_select(True).where(ClaimRow.linked_to.is_(None))
    if status_ids is not None:
        stmt = stmt.where(ClaimRow.status_id.in_(list(status_ids)))
    if article_id is not None:
        linked_here = select(ClaimRow.linked_to).where(
            ClaimRow.article_id == article_id, ClaimRow.linked_to.is_not(None)
        )
        stmt = stmt.where(
            (ClaimRow.article_id == article_id) | ClaimRow.id.in_(linked_here.scalar_subquery())
        )
    stmt = stmt.order_by(ClaimRow.id)
    result = session.connection().execution_options(yield_per=size).execute(stmt)
    for rows in result.partitions(size):
        primaries = [_claim(r, ()) for r in rows]
        linked = group_appearances(session, [c.id for c in primaries])
        yield [linked.get(c.id) or [c] for c in primaries]


def verdict_events(session: Session, claim_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """``{claim_id: (at, who)}`` of the last status change (or creation, or restoring) of
    each of ``claim_ids`` that has one, in history order."""
    out: dict[int, tuple[str, str]] = {}
    conn = session.connection()
    for chunk, _ in _id_chunks(claim_ids, 500):
        stmt = (
            select(HistoryRow.claim_id, HistoryRow.at, HistoryRow.who)
            .where(
                ids_in(conn, HistoryRow.claim_id, chunk),
                ((HistoryRow.entity == "status") & (HistoryRow.field == "status_id"))
                | ((HistoryRow.entity == "claim") & HistoryRow.action.in_(("create", "restore"))),
            )
            .order_by(HistoryRow.id)
        )
        out.update((cid, (at, who)) for cid, at, who in conn.execute(stmt))
    return out


def article_headers(session: Session, article_ids: Iterable[int]) -> dict[int, Article]:
    """Articles by id without their text (``text`` is empty): what an export names."""
    columns = [c for c in ArticleRow.__table__.c if c.name != "text"]
    out: dict[int, Article] = {}
    conn = session.connection()
    for chunk, _ in _id_chunks(article_ids, 500):
        stmt = select(*columns).where(ids_in(conn, ArticleRow.__table__.c.id, chunk))
        for row in conn.execute(stmt):
            out[row.id] = _article(row, "")
    return out


def article_ids(session: Session) -> list[int]:
    """Every article's id, in order (plain SQL: 10,000 ids through a Core select took
    20 ms, most of it per-row result handling)."""
    rows = session.connection().exec_driver_sql("SELECT id FROM articles ORDER BY id")
    return [r[0] for r in rows]


def claim_spans(session: Session, article_id: int) -> list[tuple[int, int]]:
    """``(start, end)`` of an article's claims, by start."""
    stmt = (
        select(ClaimRow.start, ClaimRow.end)
        .where(ClaimRow.article_id == article_id)
        .order_by(ClaimRow.start, ClaimRow.end)
    )
    return [tuple(r) for r in session.connection().execute(stmt)]


def status_counts(session: Session) -> dict[int, dict[str, int]]:
    """Article id → {status shown (a linked claim's is its group's): number of claims}."""
    shown = func.coalesce(_PRIMARY.status_id, ClaimRow.status_id)
    stmt = (
        select(ClaimRow.article_id, shown, func.count())
        .outerjoin(_PRIMARY, _PRIMARY.id == ClaimRow.linked_to)
        .group_by(ClaimRow.article_id, shown)
    )
    out: dict[int, dict[str, int]] = {}
    for article_id, status_id, n in session.connection().execute(stmt):
        out.setdefault(article_id, {})[status_id] = n
    return out


def iter_history(
    session: Session, claim_ids: Sequence[int] | None = None, size: int = STREAM_BATCH
) -> Iterator[list[HistoryEntry]]:
    """``list_history``, a batch at a time."""
    stmt = _history_select().order_by(HistoryRow.id)
    if claim_ids is not None:
        stmt = stmt.where(HistoryRow.claim_id.in_(list(claim_ids)))
    result = session.connection().execution_options(yield_per=size).execute(stmt)
    for rows in result.partitions(size):
        yield [HistoryEntry(*row) for row in rows]


# -- the verdict report: plain SQL on the driver's cursor, no Claim objects (measured) -

def _sql_list(values: Iterable[str]) -> str:
    """``values`` as SQL string literals, for ``IN (…)``."""
    return ", ".join("'{}'".format(v.replace("'", "''")) for v in sorted(values))


# A verdict's review state is its group's last review-relevant history row (as
# ``desk_queries`` computes it for the queue, and ``workflow`` replays it): a status set, the
# claim created or restored, or a review row; "proposed" when there is none. A status that
# is no verdict has none; the CASE reads the history for verdicts only.
_GROUP = "coalesce(c.linked_to, c.id)"
_STATUS = "coalesce(p.status_id, c.status_id)"
_NO_VERDICT = f"{_STATUS} IN ({_sql_list(NOT_VERDICTS)})"
_REVIEW = (
    f"CASE WHEN {_NO_VERDICT} THEN 'none' ELSE coalesce(("
    "SELECT CASE WHEN h.entity = 'review' AND h.action IN ('approve', 'publish', 'reopen') "
    "THEN 'approved' WHEN h.entity = 'review' AND h.action = 'return' THEN 'returned' "
    "ELSE 'proposed' END "
    f"FROM history AS h WHERE h.claim_id = {_GROUP} AND (h.entity IN ('status', 'review') "
    "OR (h.entity = 'claim' AND h.action IN ('create', 'restore'))) "
    "ORDER BY h.id DESC LIMIT 1), 'proposed') END"
)
_JUSTIFICATION = (
    f"CASE WHEN {_NO_VERDICT} THEN NULL ELSE "
    f"(SELECT j.text FROM justifications AS j WHERE j.claim_id = {_GROUP}) END"
)
_REPORT_CLAIMS = (
    'SELECT c.id, c.article_id, c.start, c."end", c.quote, '
    f"{_STATUS}, "
    "CASE WHEN p.id IS NULL THEN c.note ELSE p.note END, "
    f"c.annotator, c.created_at, c.updated_at, {_GROUP}, "
    "CASE WHEN c.linked_to IS NULL THEN '' ELSE c.stance END, "
    f"{_REVIEW}, {_JUSTIFICATION} "
    "FROM claims AS c LEFT JOIN claims AS p ON p.id = c.linked_to"
)


class _Cursor:
    """A DB-API cursor taking sqlite3's ``?`` placeholders on either backend."""

    def __init__(self, cursor, dialect_name: str):
        self._cursor, self.dialect = cursor, dialect_name

    def execute(self, statement: str, params=()):
        self._cursor.execute(driver_sql(self.dialect, statement), params)
        return self._cursor

    def fetchmany(self, size: int):
        return self._cursor.fetchmany(size)

    def close(self) -> None:
        self._cursor.close()


@contextmanager
def _driver_cursor(session: Session) -> Iterator:
    """A DB-API cursor in the session's transaction; driver errors raised as SQLAlchemy's."""
    connection = session.connection()
    cursor = _Cursor(connection.connection.cursor(), connection.dialect.name)
    driver_error = connection.dialect.loaded_dbapi.Error
    try:
        yield cursor
    except driver_error as exc:  # so Store.read() words them like every other query
        raise DBAPIError.instance(None, None, exc, driver_error) from exc
    finally:
        cursor.close()


def report_claim_batches(
    session: Session, article_id: int | None = None, size: int = 2000
) -> Iterator[list[tuple]]:
    """Claims as tuples, in batches, ordered and with effective values like ``list_claims``.

    Each: ``(id, article_id, start, end, quote, status_id, note, annotator, created_at,
    updated_at, group_id, stance, review, justification)``; ``group_id`` (``linked_to``,
    else the claim's own id) is also the claim whose sources it shows; ``stance`` is a
    linked appearance's stance toward its group's claim, "" for a claim linked to none;
    ``review`` the group's review state ("none" for a status that is no verdict, else
    "proposed", "approved" or "returned"); ``justification`` the group's public
    justification of its verdict, None if it has none (or no verdict). Computed in the
    query (a lookup per verdict): a separate query per batch and its dicts cost more.
    """
    with _driver_cursor(session) as cursor:
        if cursor.dialect == "postgresql":
            # Its estimated cost (a lookup per claim) makes a server compile it first:
            # 2.1 s of JIT for 1.8 s of query at 100,000 claims. Only for this read.
            cursor.execute("SET LOCAL jit = off")
        if article_id is None:
            cursor.execute(f"{_REPORT_CLAIMS} ORDER BY c.article_id, c.start, c.id")
        else:
            cursor.execute(
                f"{_REPORT_CLAIMS} WHERE c.article_id = ? ORDER BY c.start, c.id",
                (article_id,),
            )
        while batch := cursor.fetchmany(size):
            yield batch


def report_articles(
    session: Session, article_id: int | None = None
) -> dict[int, tuple[str, str, str, int, str]]:
    """``{id: (title, publisher, url, sentence_count, published)}`` of one article, or of
    all (read from the covering index ``ix_articles_summary`` on SQLite)."""
    query = "SELECT id, title, publisher, url, sentence_count, published FROM articles"
    with _driver_cursor(session) as cursor:
        if article_id is None:
            rows = cursor.execute(query).fetchall()
        else:
            rows = cursor.execute(f"{query} WHERE id = ?", (article_id,)).fetchall()
    return {r[0]: r[1:] for r in rows}


# Ids per query of the report's readers: one query for a whole batch of claims (SQLite
# takes 32,766 parameters since 3.32, PostgreSQL 65,535).
_REPORT_CHUNK = 2000


def _id_chunks(ids: Iterable[int], size: int) -> Iterator[tuple[list[int], str]]:
    """Distinct ids, sorted, in chunks of ``size`` with their ``?, ?, …`` placeholders."""
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), size):
        chunk = ordered[i : i + size]
        yield chunk, ", ".join("?" * len(chunk))


def report_sources(session: Session, owner_ids: Iterable[int]) -> list[tuple]:
    """``(claim_id, url, title, archive_url)`` of the sources of the claims ``owner_ids``,
    by claim, then in source id order."""
    out: list[tuple] = []
    with _driver_cursor(session) as cursor:
        for chunk, _ in _id_chunks(owner_ids, _REPORT_CHUNK):
            test, params = ids_test(cursor.dialect, chunk)
            out += cursor.execute(
                "SELECT claim_id, url, title, archive_url FROM sources "
                f"WHERE claim_id {test} ORDER BY claim_id, id",
                params,
            ).fetchall()
    return out


def linked_group_articles(
    session: Session, group_ids: Sequence[int] | None = None
) -> dict[int, list[int]]:
    """Group id → the article id of each of its claims, for the groups that have links
    (a group missing here is a claim alone), of all groups or of ``group_ids``."""
    select_group = "SELECT coalesce(linked_to, id), article_id FROM claims "
    out: dict[int, list[int]] = {}
    with _driver_cursor(session) as cursor:
        if group_ids is None:
            batches = [
                cursor.execute(
                    f"{select_group} WHERE linked_to IS NOT NULL "
                    "OR id IN (SELECT linked_to FROM claims WHERE linked_to IS NOT NULL)"
                ).fetchall()
            ]
        else:
            batches = []
            for chunk, _ in _id_chunks(group_ids, _REPORT_CHUNK):
                # Most groups are a claim alone: find the linked ones first (an index
                # lookup each), then read only their members.
                test, params = ids_test(cursor.dialect, chunk)
                linked = [
                    g
                    for (g,) in cursor.execute(
                        f"SELECT DISTINCT linked_to FROM claims WHERE linked_to {test}", params
                    ).fetchall()
                ]
                for part, _ in _id_chunks(linked, _REPORT_CHUNK // 2):
                    test, params = ids_test(cursor.dialect, part)
                    batches.append(
                        cursor.execute(
                            f"{select_group} WHERE linked_to {test} OR id {test}",
                            params + params,
                        ).fetchall()
                    )
    for rows in batches:
        for group_id, article_id in rows:
            out.setdefault(group_id, []).append(article_id)
    return out


def report_comments(session: Session, claim_ids: Iterable[int]) -> dict[int, list[tuple]]:
    """Claim id → ``(claim_id, author, at, text, resolved_by)`` of its comments, oldest
    first (of the claims among ``claim_ids`` that have any)."""
    out: dict[int, list[tuple]] = {}
    with _driver_cursor(session) as cursor:
        for chunk, _ in _id_chunks(claim_ids, _REPORT_CHUNK):
            test, params = ids_test(cursor.dialect, chunk)
            for row in cursor.execute(
                "SELECT claim_id, author, at, text, resolved_by FROM claim_comments "
                f"WHERE claim_id {test} ORDER BY claim_id, id",
                params,
            ).fetchall():
                out.setdefault(row[0], []).append(row)
    return out


_SENTENCE_SPANS = "SELECT article_id, spans FROM article_sentences"


def insert_sentence_spans(session: Session, rows: Sequence[tuple[int, bytes]]) -> None:
    """Store ``(article_id, span_blob.pack(spans))`` of new articles."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        copy_in(conn, "article_sentences", ("article_id", "spans"), rows)
        return
    conn.exec_driver_sql(
        "INSERT INTO article_sentences (article_id, spans) VALUES (?, ?)", list(rows)
    )


def sentence_span_blobs(
    session: Session, article_id: int | None = None
) -> dict[int, bytes]:
    """Article id → its stored sentence spans blob (all articles, or one)."""
    with _driver_cursor(session) as cursor:
        if article_id is None:
            return dict(cursor.execute(_SENTENCE_SPANS).fetchall())
        return dict(
            cursor.execute(f"{_SENTENCE_SPANS} WHERE article_id = ?", (article_id,))
        )


_INSERT_CLAIM = insert(ClaimRow).returning(ClaimRow.id)
_INSERT_HISTORY = insert(HistoryRow)


def insert_claim(session: Session, **values) -> int:
    return session.connection().execute(_INSERT_CLAIM, values).scalar_one()


def update_claim(
    session: Session, claim_id: int, expected_version: int | None, **values
) -> bool:
    """Update and bump the version; False if the claim is gone or its version moved on."""
    stmt = _update_claim(tuple(sorted(values)), expected_version is not None)
    params = {f"new_{k}": v for k, v in values.items()}
    params["claim"] = claim_id
    if expected_version is not None:
        params["expected"] = expected_version
    return session.connection().execute(stmt, params).rowcount == 1


@cache
def _update_claim(columns: tuple[str, ...], check_version: bool):
    stmt = update(ClaimRow).where(ClaimRow.id == bindparam("claim"))
    if check_version:
        stmt = stmt.where(ClaimRow.version == bindparam("expected"))
    # (bound names differ from the columns': SQLAlchemy keeps those for the SET clause)
    return stmt.values(version=ClaimRow.version + 1, **{c: bindparam(f"new_{c}") for c in columns})


def bump_appearances(session: Session, primary_id: int, skip: int, updated_at: str) -> None:
    """Move on the version (and ``updated_at``) of every appearance of ``primary_id``'s group
    but ``skip``: they show the group's verdict, which changed (an editor holding one of
    them must reload; the report dates each row by its verdict)."""
    session.connection().execute(
        update(ClaimRow)
        .where(ClaimRow.linked_to == primary_id, ClaimRow.id != skip)
        .values(version=ClaimRow.version + 1, updated_at=updated_at)
    )


def delete_claim(session: Session, claim_id: int) -> None:
    session.connection().execute(delete(ClaimRow).where(ClaimRow.id == claim_id))


def insert_source(
    session: Session, claim_id: int, source: SourceInput, source_id=None
) -> int:
    values = {
        "claim_id": claim_id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "accessed": source.accessed,
        "archive_url": source.archive_url,
        "excerpt": source.excerpt,
        "stance": source.stance,
    }
    if source_id is not None:
        values["id"] = source_id
    return session.connection().execute(
        insert(SourceRow).returning(SourceRow.id), values
    ).scalar_one()


def get_source(session: Session, source_id: int) -> Source | None:
    row = session.connection().execute(
        select(*_SOURCE_COLUMNS).where(SourceRow.id == source_id)
    ).first()
    return Source(*row) if row else None


def update_source(session: Session, source_id: int, source: SourceInput) -> None:
    session.connection().execute(
        update(SourceRow)
        .where(SourceRow.id == source_id)
        .values(
            url=source.url,
            title=source.title,
            publisher=source.publisher,
            accessed=source.accessed,
            archive_url=source.archive_url,
            excerpt=source.excerpt,
            stance=source.stance,
        )
    )


def delete_source(session: Session, source_id: int) -> None:
    session.connection().execute(delete(SourceRow).where(SourceRow.id == source_id))


# -- history --------------------------------------------------------------------------------


def append_history(session: Session, entries: Iterable[dict]) -> None:
    rows = list(entries)
    if rows:
        session.connection().execute(_INSERT_HISTORY, rows)


def last_change(session: Session, claim_id: int) -> tuple[str, str] | None:
    """``(who, at)`` of the newest history entry of a claim, None if it has none."""
    row = session.connection().execute(
        select(HistoryRow.who, HistoryRow.at)
        .where(HistoryRow.claim_id == claim_id)
        .order_by(HistoryRow.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def _history_select():
    return select(
        HistoryRow.id,
        HistoryRow.at,
        HistoryRow.who,
        HistoryRow.claim_id,
        HistoryRow.entity,
        HistoryRow.entity_id,
        HistoryRow.action,
        HistoryRow.field,
        HistoryRow.old,
        HistoryRow.new,
    )


def list_history(
    session: Session, claim_ids: Sequence[int] | None = None
) -> list[HistoryEntry]:
    """The history, oldest first: all of it, or the entries of the claims ``claim_ids``."""
    stmt = _history_select().order_by(HistoryRow.id)
    if claim_ids is not None:
        stmt = stmt.where(HistoryRow.claim_id.in_(list(claim_ids)))
    return [HistoryEntry(*row) for row in session.connection().execute(stmt)]


# -- edit lock ------------------------------------------------------------------------------


def read_lock(session: Session) -> EditLockRow | None:
    return session.get(EditLockRow, "edit")


def write_lock(
    session: Session, holder: str, host: str, pid: int, heartbeat: float
) -> None:
    session.execute(delete(EditLockRow).where(EditLockRow.name == "edit"))
    session.execute(
        insert(EditLockRow),
        [{"name": "edit", "holder": holder, "host": host, "pid": pid, "heartbeat": heartbeat}],
    )


def clear_lock(session: Session, holder: str) -> None:
    session.execute(
        delete(EditLockRow).where(
            EditLockRow.name == "edit", EditLockRow.holder == holder
        )
    )


def other_article_counts(
    session: Session, article_id: int, claims: Sequence[Claim]
) -> dict[int, int]:
    """For each group of ``claims`` that has other members: in how many other articles it appears.

    Most claims are in no group, so first find the groups that exist (an index lookup on
    ``linked_to`` per claim), then count only those.
    """
    groups = {c.linked_to for c in claims if c.linked_to is not None}
    shown = {c.id for c in claims if c.linked_to is None}
    # Primaries among this article's claims: one query on the ``linked_to`` index.
    here = select(ClaimRow.id).where(ClaimRow.article_id == article_id)
    groups.update(
        g
        for g in session.scalars(
            select(ClaimRow.linked_to)
            .where(ClaimRow.linked_to.in_(here.scalar_subquery()))
            .distinct()
        )
        if g in shown
    )
    out: dict[int, int] = {}
    conn = session.connection()
    group = func.coalesce(ClaimRow.linked_to, ClaimRow.id)
    listed = sorted(groups)
    for i in range(0, len(listed), 500):
        chunk = listed[i : i + 500]
        stmt = (
            select(group, func.count(func.distinct(ClaimRow.article_id)))
            .where(
                ids_in(conn, ClaimRow.linked_to, chunk) | ids_in(conn, ClaimRow.id, chunk),
                ClaimRow.article_id != article_id,
            )
            .group_by(group)
        )
        out.update({g: n for g, n in session.execute(stmt)})
    return out
