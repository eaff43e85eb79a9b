"""Articles' metadata edits and the original bytes they were imported from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from factcheck.store.schema import ArticleOriginalRow, ArticleRow


def insert_originals(session: Session, rows: Iterable[tuple[int, str, bytes]]) -> None:
    """Keep ``(article_id, media_type, data)`` for newly imported articles."""
    values = [{"article_id": a, "media_type": t, "data": d} for a, t, d in rows]
    if values:
        session.execute(ArticleOriginalRow.__table__.insert(), values)


def original(session: Session, article_id: int) -> tuple[str, bytes] | None:
    """``(media_type, data)`` an article was imported from, if it was kept."""
    table = ArticleOriginalRow.__table__
    row = session.execute(
        select(table.c.media_type, table.c.data).where(table.c.article_id == article_id)
    ).first()
    return (row[0], bytes(row[1])) if row else None


def update_metadata(session: Session, article_id: int, values: Mapping[str, str]) -> bool:
    """Set metadata columns of one article; False if there is no such article."""
    table = ArticleRow.__table__
    result = session.execute(
        update(table).where(table.c.id == article_id).values(**dict(values))
    )
    return result.rowcount > 0
