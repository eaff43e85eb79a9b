"""The reads of the link-suggestion index (``factcheck.desk.suggest``): claim quotes by id.

The index keeps every claim's quote in memory and catches up with the ``claims`` table on
each suggestion; these are the only queries it makes. Quotes never change once stored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.store.schema import ClaimRow


def fingerprint(session: Session) -> tuple[int, int, int]:
    """``(highest id, count, sum of ids)`` of the claims: changed by every insert and delete
    (a claim deleted and another restored under an old id change the sum)."""
    row = session.execute(
        select(
            func.coalesce(func.max(ClaimRow.id), 0),
            func.count(),
            func.coalesce(func.sum(ClaimRow.id), 0),
        ).select_from(ClaimRow)
    ).one()
    return (int(row[0]), int(row[1]), int(row[2]))


def quotes_after(session: Session, claim_id: int) -> Iterator[tuple[int, int, str]]:
    """``(id, article id, quote)`` of the claims with an id above ``claim_id``, by id."""
    yield from session.execute(
        select(ClaimRow.id, ClaimRow.article_id, ClaimRow.quote)
        .where(ClaimRow.id > claim_id)
        .order_by(ClaimRow.id)
    )


def claim_articles(session: Session) -> dict[int, int]:
    """Claim id → article id, for every claim."""
    return dict(session.execute(select(ClaimRow.id, ClaimRow.article_id)).all())


def quote(session: Session, claim_id: int) -> str:
    return session.execute(select(ClaimRow.quote).where(ClaimRow.id == claim_id)).scalar_one()


def quote_rows(
    session: Session, claim_ids: Sequence[int]
) -> list[tuple[int, int, int | None, str]]:
    """``(id, article id, linked_to, quote)`` of these claims (missing ids left out)."""
    if not claim_ids:
        return []
    return [
        tuple(r)
        for r in session.execute(
            select(ClaimRow.id, ClaimRow.article_id, ClaimRow.linked_to, ClaimRow.quote).where(
                ClaimRow.id.in_(list(claim_ids))
            )
        ).all()
    ]


def groups_marked_at(session: Session, article_id: int, start: int, end: int) -> set[int]:
    """The groups (primary ids) of the claims marked exactly on ``start:end`` of an article."""
    rows = session.execute(
        select(func.coalesce(ClaimRow.linked_to, ClaimRow.id)).where(
            ClaimRow.article_id == article_id, ClaimRow.start == start, ClaimRow.end == end
        )
    ).all()
    return {r[0] for r in rows}
