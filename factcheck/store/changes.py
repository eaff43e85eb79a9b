"""What other windows and programs changed: the reads behind live windows, and how a
window learns that something was committed.

Every change of a claim, its verdict, sources and links appends a row to ``history`` in the
transaction of the change, so "what changed since I last looked" is the history rows after
the last id seen. Imports write no history: new and removed articles are found by their
ids. Two ways to learn that it is time to look:

- SQLite: ``PRAGMA data_version`` on a connection of its own changes when any *other*
  connection (another process, or this one's pool) commits to the file; reading it reads
  nothing from the file when nothing changed, so it can be polled a few times a second.
- PostgreSQL: migration 0006's triggers ``NOTIFY factcheck_changes`` on commit; a dedicated
  autocommit connection ``LISTEN``s (a notification is delivered only while no transaction
  is open on the listening connection, hence autocommit).

``presence``: which claim each open window shows, with a heartbeat by the database's clock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from factcheck.model import HistoryEntry, StoreError
from factcheck.store import postgres
from factcheck.store.repository import _history_select
from factcheck.store.schema import ArticleRow, HistoryRow, PresenceRow

CHANNEL = "factcheck_changes"
HISTORY_BATCH = 5000  # history rows read per look; the rest on the next one


def last_history_id(s: Session) -> int:
    return s.connection().execute(select(func.coalesce(func.max(HistoryRow.id), 0))).scalar()


def history_after(s: Session, after_id: int, limit: int = HISTORY_BATCH) -> list[HistoryEntry]:
    """History rows after ``after_id``, oldest first (at most ``limit``)."""
    stmt = _history_select().where(HistoryRow.id > after_id).order_by(HistoryRow.id).limit(limit)
    return [HistoryEntry(*row) for row in s.connection().execute(stmt)]


# Each a subquery of its own: count(*) alone counts the smallest index, min and max on the
# primary key read one row each; together in one SELECT, SQLite scanned a whole index for
# them (13 ms warm, 0.35 s from a cold disk at 100,000 articles).
_ARTICLE_COUNT = select(func.count()).select_from(ArticleRow).scalar_subquery()
_FIRST_ID = select(func.coalesce(func.min(ArticleRow.id), 0)).scalar_subquery()
_LAST_ID = select(func.coalesce(func.max(ArticleRow.id), 0)).scalar_subquery()


def article_count_and_last(s: Session) -> tuple[int, int]:
    """How many articles there are, and the largest id (0 if none)."""
    count, last = s.connection().execute(select(_ARTICLE_COUNT, _LAST_ID)).one()
    return int(count), int(last)


def article_id_span(s: Session) -> tuple[int, int, int]:
    """How many articles there are, and the smallest and largest ids (0 if none)."""
    count, first, last = s.connection().execute(select(_ARTICLE_COUNT, _FIRST_ID, _LAST_ID)).one()
    return int(count), int(first), int(last)


def article_ids_after(s: Session, after_id: int) -> list[int]:
    stmt = select(ArticleRow.id).where(ArticleRow.id > after_id).order_by(ArticleRow.id)
    return list(s.connection().execute(stmt).scalars())


def all_article_ids(s: Session) -> list[int]:
    # all(): one fetchall; iterating the result fetched the 10,000 rows one by one
    return s.connection().execute(select(ArticleRow.id).order_by(ArticleRow.id)).scalars().all()


def article_times(s: Session, article_ids: Sequence[int]) -> dict[int, str]:
    """``imported_at`` of each article."""
    if not article_ids:
        return {}
    stmt = select(ArticleRow.id, ArticleRow.imported_at).where(ArticleRow.id.in_(list(article_ids)))
    return dict(s.connection().execute(stmt).all())


# -- presence ---------------------------------------------------------------------------------


def db_now(s: Session) -> float:
    """Seconds since the epoch by the database's clock (a server's: editors' computers may
    disagree about the time, the server does not disagree with itself)."""
    if s.get_bind().dialect.name == "postgresql":
        return float(s.connection().exec_driver_sql("SELECT extract(epoch FROM clock_timestamp())").scalar())
    return float(
        s.connection().exec_driver_sql("SELECT (julianday('now') - 2440587.5) * 86400.0").scalar()
    )


def beat(s: Session, session: str, who: str, claim_id: int | None, host: str, pid: int) -> None:
    """Say this window is alive and shows ``claim_id`` (None: no claim)."""
    now = db_now(s)
    found = s.connection().execute(
        update(PresenceRow)
        .where(PresenceRow.session == session)
        .values(who=who, claim_id=claim_id, heartbeat=now)
    ).rowcount
    if not found:
        s.add(PresenceRow(session=session, who=who, claim_id=claim_id, host=host, pid=pid, heartbeat=now))


def leave(s: Session, session: str, older_than: float | None = None) -> None:
    """Remove this window's row, and (``older_than`` seconds) every stale one."""
    stmt = delete(PresenceRow).where(PresenceRow.session == session)
    s.connection().execute(stmt)
    if older_than is not None:
        s.connection().execute(delete(PresenceRow).where(PresenceRow.heartbeat < db_now(s) - older_than))


def present(s: Session, fresh_within: float) -> list[tuple[str, str, int | None]]:
    """``(session, who, claim_id)`` of every window alive in the last ``fresh_within`` s."""
    now = db_now(s)
    stmt = (
        select(PresenceRow.session, PresenceRow.who, PresenceRow.claim_id)
        .where(PresenceRow.heartbeat >= now - fresh_within)
        .order_by(PresenceRow.who)
    )
    return [(r[0], r[1], r[2]) for r in s.connection().execute(stmt)]


# -- learning that something was committed ----------------------------------------------------


class DataVersionWatch:
    """``changed()``: True once after another connection committed to the SQLite file."""

    def __init__(self, path):
        from factcheck.store.engine import _sqlite_uri

        self._conn = sqlite3.connect(_sqlite_uri(path, mode="ro"), uri=True, check_same_thread=False)
        self._conn.execute("PRAGMA trusted_schema=OFF")
        self._last = self._version()

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        try:
            now = self._version()
        except sqlite3.Error:
            return True  # let the reads say what is wrong
        if now == self._last:
            return False
        self._last = now
        return True

    def close(self) -> None:
        self._conn.close()


class NotifyListener:
    """LISTEN on a server desk; ``wait(timeout)`` blocks up to ``timeout`` s and returns
    True if a change was committed meanwhile. Run it off the GUI thread. A lost connection
    raises ``StoreError``; ``wait`` then reconnects on its next call (and returns True, as
    changes may have been missed meanwhile)."""

    def __init__(self, url: str, where: str):
        self._url = make_url(url)
        self._where = where
        self._conn = None
        self._closed = False
        self._connect()

    def _connect(self) -> None:
        import psycopg

        url = self._url
        params = dict(
            host=url.host or None, port=url.port or None, dbname=url.database or None,
            user=url.username or None, password=url.password or None,
            connect_timeout=postgres.CONNECT_TIMEOUT_S, application_name="factcheck-live",
            **{k: v for k, v in url.query.items() if isinstance(v, str)},
        )  # fmt: skip
        try:
            conn = psycopg.connect(**{k: v for k, v in params.items() if v is not None}, autocommit=True)
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise postgres.translate(exc, self._where) or StoreError(
                template="Cannot reach {where}: the server does not answer ({reason}); nothing "
                "was changed.",
                where=self._where,
                reason=str(exc),
            ) from None
        self._conn = conn

    def wait(self, timeout: float) -> bool:
        import psycopg

        if self._closed:
            return False
        if self._conn is None:
            self._connect()
            return True
        try:
            got = False
            for _note in self._conn.notifies(timeout=timeout, stop_after=1):
                got = True
            if got:  # take the rest that arrived together without waiting
                for _note in self._conn.notifies(timeout=0.01):
                    pass
            return got
        except psycopg.Error as exc:
            self._drop()
            raise postgres.translate(exc, self._where) or StoreError(
                template="Lost the connection to {where} ({reason}); nothing more was changed.",
                where=self._where,
                reason=str(exc),
            ) from None

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001, S110 - closing a broken connection may fail any way
                pass

    def close(self) -> None:
        self._closed = True
        self._drop()


def ping(s: Session) -> None:
    """A round trip to the database (is a server desk reachable?)."""
    s.connection().execute(text("SELECT 1"))
