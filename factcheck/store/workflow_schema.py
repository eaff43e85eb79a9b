"""Mappings of the desk workflow's tables (migration 0007), mirroring the migration as
``schema`` does for the rest."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from factcheck.store.schema import Base


class EditorRow(Base):
    __tablename__ = "editors"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    added_by: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[str] = mapped_column(Text)


class AssignmentRow(Base):
    __tablename__ = "assignments"
    __table_args__ = (Index("ix_assignments_editor", "editor"),)

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    editor: Mapped[str] = mapped_column(ForeignKey("editors.name"))
    second_editor: Mapped[str | None] = mapped_column(
        ForeignKey("editors.name"), nullable=True
    )
    assigned_by: Mapped[str] = mapped_column(Text, default="")
    assigned_at: Mapped[str] = mapped_column(Text)
    active_at: Mapped[float] = mapped_column()


class ArticleStateRow(Base):
    __tablename__ = "article_states"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(16))
    set_by: Mapped[str] = mapped_column(Text, default="")
    set_at: Mapped[str] = mapped_column(Text)


class RatingRow(Base):
    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("claim_id", "editor", name="uq_ratings_claim_editor"),
        Index("ix_ratings_editor", "editor"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    editor: Mapped[str] = mapped_column(ForeignKey("editors.name"))
    status_id: Mapped[str] = mapped_column(ForeignKey("statuses.id"))
    rated_at: Mapped[str] = mapped_column(Text)


class ClaimCommentRow(Base):
    __tablename__ = "claim_comments"
    __table_args__ = (
        Index("ix_claim_comments_claim", "claim_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_at: Mapped[str | None] = mapped_column(Text, nullable=True)


class JustificationRow(Base):
    """The public justification of a claim's verdict (what readers are told), apart from
    the internal note."""

    __tablename__ = "justifications"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(Text, default="")
    set_at: Mapped[str] = mapped_column(Text)
