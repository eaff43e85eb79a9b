"""The ``alias_changes`` table (migration 0011): a desk's additions to and removals from
its alias list, in the order they were made."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy import text as sql
from sqlalchemy.orm import Mapped, Session, mapped_column

from factcheck.store.schema import Base


class AliasChangeRow(Base):
    """0009: one change of the desk's alias list (``add`` or ``remove``), in order."""

    __tablename__ = "alias_changes"
    __table_args__ = (
        CheckConstraint("action IN ('add', 'remove')", name="ck_alias_changes_action"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(8))
    term: Mapped[str] = mapped_column(Text)
    same_as: Mapped[str | None] = mapped_column(Text, nullable=True)
    editor: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[str] = mapped_column(Text)


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
