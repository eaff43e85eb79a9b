"""The ``alias_changes`` table (migration 0009): a desk's additions to and removals from
its alias list, in the order they were made."""

from __future__ import annotations

from sqlalchemy import text as sql
from sqlalchemy.orm import Session


def alias_changes(session: Session) -> list[tuple[str, str, str | None]]:
    """``(action, term, same_as)`` of every change, oldest first."""
    stmt = sql("SELECT action, term, same_as FROM alias_changes ORDER BY id")
    return [tuple(r) for r in session.execute(stmt)]


def aliases_version(session: Session) -> int:
    """Changes whenever a change is added (the table is append-only)."""
    return session.execute(sql("SELECT coalesce(max(id), 0) FROM alias_changes")).scalar()


def add_alias_change(
    session: Session, action: str, term: str, same_as: str | None, editor: str, at: str
) -> None:
    session.execute(
        sql(
            "INSERT INTO alias_changes (action, term, same_as, editor, at) "
            "VALUES (:action, :term, :same_as, :editor, :at)"
        ),
        {"action": action, "term": term, "same_as": same_as, "editor": editor, "at": at},
    )
