"""SQLAlchemy 2 typed table mappings.

The Alembic migrations in ``migrations/versions`` are the schema's source of truth; these
classes mirror them for queries (a test checks the two agree).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the factcheck tables."""


class StatusRow(Base):
    __tablename__ = "statuses"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_ar: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(7))
    key: Mapped[str] = mapped_column(String(8), default="")
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer)


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        # 0003: the article list reads these without touching the (overflowing) text;
        # 0004 added url for the report, 0011 published
        Index(
            "ix_articles_summary",
            "id",
            "title",
            "publisher",
            "url",
            "published",
            "sentence_count",
            "bidi_controls",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_from: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(Text, default="")
    bidi_controls: Mapped[int] = mapped_column(Integer, default=0)
    sentence_count: Mapped[int] = mapped_column(Integer, default=0)
    # 0008: metadata read from the page or document, or typed by an editor ("" = unknown)
    author: Mapped[str] = mapped_column(Text, default="")
    lang: Mapped[str] = mapped_column(Text, default="")
    source_kind: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[str] = mapped_column(Text, default="")


class ArticleSentencesRow(Base):
    """0004: an article's sentence spans (``factcheck.store.span_blob``); apart from the
    article row, whose text overflows its page, so reading them never reads the text."""

    __tablename__ = "article_sentences"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    spans: Mapped[bytes] = mapped_column(LargeBinary)


class ArticleOriginalRow(Base):
    """0008: the bytes a web page was imported from, kept as evidence (never rendered)."""

    __tablename__ = "article_originals"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    media_type: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_article", "article_id", "start"),
        Index("ix_claims_linked_to", "linked_to"),
        Index("ix_claims_summary", "article_id", "status_id", "linked_to"),  # 0003
        Index("ix_claims_status", "status_id", "linked_to"),  # 0015: counts by status
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE")
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    status_id: Mapped[str] = mapped_column(ForeignKey("statuses.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    annotator: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Added by migration 0002 (claim linking): the group's primary claim, and the stance
    # (agree/disagree/discuss/unrelated) of this appearance's article toward the claim.
    linked_to: Mapped[int | None] = mapped_column(
        ForeignKey("claims.id", ondelete="SET NULL"), nullable=True
    )
    stance: Mapped[str] = mapped_column(String(16), default="agree")


# Migration 0002 also creates the FTS5 virtual table ``search_index`` (and FTS5's shadow
# tables ``search_index_*``). It is not mapped here: it is read and written with plain SQL
# in ``factcheck/store/search_index.py``. Schema comparisons should skip these names.
UNMAPPED_TABLE_PREFIX = "search_index"


class SourceRow(Base):
    __tablename__ = "sources"
    __table_args__ = (
        Index("ix_sources_claim", "claim_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    accessed: Mapped[str] = mapped_column(Text, default="")
    archive_url: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    stance: Mapped[str] = mapped_column(String(16), default="context")


class HistoryRow(Base):
    """Append-only: triggers in the migration refuse UPDATE and DELETE."""

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_claim", "claim_id"),
        # review states: the dashboard's grouped pass reads this index alone (migration 0013)
        Index("ix_history_verdict", "claim_id", "entity", "action"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(Text, default="")
    claim_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(Text, default="")
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)


class VerdictLastEventsRow(Base):
    """Per claim id of the history: the ids of its last verdict event, approving row,
    return and proposal, and who proposed when. Derived from the history by a trigger on
    every new history row (migration 0014); nothing else writes it."""

    __tablename__ = "verdict_last_events"

    claim_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_event: Mapped[int] = mapped_column(Integer)
    last_approved: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_returned: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_proposal: Mapped[int | None] = mapped_column(Integer, nullable=True)
    proposer: Mapped[str | None] = mapped_column(Text, nullable=True)
    proposed_at: Mapped[str | None] = mapped_column(Text, nullable=True)


class EditLockRow(Base):
    """Which app instance holds the editing lock of this database (one row at most)."""

    __tablename__ = "edit_lock"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    holder: Mapped[str] = mapped_column(Text)
    host: Mapped[str] = mapped_column(Text)
    pid: Mapped[int] = mapped_column(Integer)
    heartbeat: Mapped[float] = mapped_column()


class PresenceRow(Base):
    """0006: an open window's session, the claim in its inspector and its heartbeat (seconds
    since the epoch, by the database's clock); advisory, never copied with a desk."""

    __tablename__ = "presence"

    session: Mapped[str] = mapped_column(String(64), primary_key=True)
    who: Mapped[str] = mapped_column(Text)
    claim_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    host: Mapped[str] = mapped_column(Text, default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    heartbeat: Mapped[float] = mapped_column()
