"""Copy a desk into an empty database of either kind (``factcheck copy``, a server's backup).

Everything is copied with its ids: statuses, articles with their sentence spans, claims
(links included), sources, the history with its original times and editors, the desk's
changes to its alias list, the kept original pages, the desk's workflow (editors,
assignments, article states, blind ratings, comment threads, public justifications), and the
search index's rows (so search finds and ranks exactly as before). The source is read in
one snapshot (a REPEATABLE READ transaction on a server, one read transaction on SQLite)
and the target written in one transaction: a copy is whole or not made. The edit lock is
not copied (it belongs to a running program, not to the desk).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from factcheck.model.errors import StoreError
from factcheck.store import postgres, search_index
from factcheck.store.aliases import AliasChangeRow
from factcheck.store.schema import (
    ArticleOriginalRow,
    ArticleRow,
    ArticleSentencesRow,
    ClaimRow,
    HistoryRow,
    SourceRow,
    StatusRow,
)
from factcheck.store.workflow_schema import (
    ArticleStateRow,
    AssignmentRow,
    ClaimCommentRow,
    EditorRow,
    JustificationRow,
    RatingRow,
)

BATCH = 2000
# In the order their foreign keys need (a claim's link is set once every claim is there).
_TABLES = (
    StatusRow, ArticleRow, ArticleSentencesRow, ArticleOriginalRow, ClaimRow, SourceRow,
    HistoryRow, AliasChangeRow, EditorRow, AssignmentRow, ArticleStateRow, RatingRow,
    ClaimCommentRow, JustificationRow,
)  # fmt: skip
_SERIAL = ("articles", "claims", "sources", "history", "alias_changes", "ratings", "claim_comments")


def _batches(session: Session, table) -> Iterator[list[dict]]:
    key = list(table.primary_key.columns)
    result = (
        session.connection()
        .execution_options(yield_per=BATCH)
        .execute(select(table).order_by(*key))
    )
    for rows in result.partitions(BATCH):
        yield [dict(r._mapping) for r in rows]


def _is_empty(session: Session) -> bool:
    for row in (*_TABLES,):
        if session.execute(select(func.count()).select_from(row.__table__)).scalar():
            return False
    return not search_index.row_count(session)


def copy_into(source, target) -> dict[str, int]:
    """Copy the open ``source`` Store into the open, empty ``target`` Store; returns the
    number of rows copied per table."""
    if target.read_only:
        raise StoreError(
            template="{where} is open read-only; nothing was changed.",
            where=target.where,
        )
    counts: dict[str, int] = {}
    with source.read() as src, target.write() as dst:
        if not _is_empty(dst):
            raise StoreError(
                template="{where} already holds a desk's data; copy only into an empty "
                "database. Nothing was changed.",
                where=target.where,
            )
        links: list[dict] = []
        for row in _TABLES:
            table = row.__table__
            n = 0
            for batch in _batches(src, table):
                if table.name == "claims":
                    links += [
                        {"b_id": r["id"], "b_linked_to": r["linked_to"]}
                        for r in batch
                        if r["linked_to"] is not None
                    ]
                    batch = [dict(r, linked_to=None) for r in batch]
                dst.execute(insert(table), batch)
                n += len(batch)
            counts[table.name] = n
        if links:
            from sqlalchemy import bindparam

            claims = ClaimRow.__table__
            dst.connection().execute(
                update(claims)
                .where(claims.c.id == bindparam("b_id"))
                .values(linked_to=bindparam("b_linked_to")),
                links,
            )
        counts["search_index"] = search_index.copy_rows(src, dst)
        if target.is_postgres:
            postgres.reset_sequences(dst.connection(), list(_SERIAL))
            search_index.reset_rowids(dst)
    return counts


def _refuse_existing_file(path: Path) -> None:
    if path.exists() and path.stat().st_size > 0:
        raise StoreError(
            template="{path} already exists; copy only into a new file or an empty database. "
            "Nothing was changed.",
            path=path,
        )


def copy_to(source, target_db: str | os.PathLike[str]) -> tuple[str, dict[str, int]]:
    """Copy ``source`` into a new SQLite file or an empty database at a URL (set up here)."""
    from factcheck.store.engine import Store, resolve_db_url

    value = os.fspath(target_db)
    if "://" not in value:
        _refuse_existing_file(Path(os.path.abspath(os.path.expanduser(value))))
    if resolve_db_url(value) == source.url:
        raise StoreError(
            template="{where} is the database being copied.", where=source.where
        )
    target = Store(target_db, create=True)
    try:
        counts = copy_into(source, target)
        return target.where, counts
    finally:
        target.close()


def snapshot_to_file(source, dest: Path) -> Path:
    """Write a consistent SQLite copy of ``source`` to the new file ``dest`` (the backup of
    a server desk): written under a temporary name beside it, renamed once complete."""
    from factcheck.store.engine import Store

    if dest.exists():
        raise StoreError(
            template="{path} already exists; choose a new file name.", path=dest
        )
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent
        )
        os.close(fd)
        tmp = Path(name)
        target = Store(tmp, create=True)
        try:
            copy_into(source, target)
        finally:
            target.close()
        if dest.exists():  # appeared meanwhile: never replaced
            raise StoreError(
                template="{path} already exists; choose a new file name.", path=dest
            )
        os.replace(tmp, dest)
        tmp = None
    except OSError as exc:
        raise StoreError(
            template="Backup to {path} failed: {reason}.", path=dest, reason=exc
        ) from None
    finally:
        if tmp is not None:
            for leftover in (
                tmp,
                *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal")),
            ):
                leftover.unlink(missing_ok=True)
    return dest


def backup(store, dest) -> Path:
    """A consistent SQLite copy of ``store`` at ``dest``: the online backup API for a file,
    one REPEATABLE READ snapshot for a server desk."""
    if store.is_postgres:
        return snapshot_to_file(store, Path(dest))
    return store.backup_to(dest)
