"""Queries of the desk workflow (editors, review events, assignments, article states,
ratings, comments, justifications). SQLAlchemy Core expressions only, so the same
statements run on SQLite and PostgreSQL. Functions take a Session and return plain values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from factcheck.store.postgres import ids_in
from factcheck.store.schema import ClaimRow, HistoryRow
from factcheck.store.workflow_schema import (
    ArticleStateRow,
    AssignmentRow,
    ClaimCommentRow,
    EditorRow,
    JustificationRow,
    RatingRow,
)

_CHUNK = 900  # ids per IN (...) list: under SQLite's historic limit of 999 parameters


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), _CHUNK):
        yield ordered[i : i + _CHUNK]


# -- editors --------------------------------------------------------------------------------


def list_editors(session: Session) -> list[tuple[str, str, str, str]]:
    """(name, role, added_by, added_at) of every editor, by name."""
    stmt = select(
        EditorRow.name, EditorRow.role, EditorRow.added_by, EditorRow.added_at
    ).order_by(EditorRow.name)
    return [tuple(r) for r in session.connection().execute(stmt)]


def editor_role(session: Session, name: str) -> str | None:
    stmt = select(EditorRow.role).where(EditorRow.name == name)
    return session.connection().execute(stmt).scalar()


def count_admins(session: Session) -> int:
    stmt = select(func.count()).select_from(EditorRow).where(EditorRow.role == "admin")
    return session.connection().execute(stmt).scalar_one()


def insert_editor(session: Session, name: str, role: str, added_by: str, at: str) -> None:
    session.connection().execute(
        insert(EditorRow).values(name=name, role=role, added_by=added_by, added_at=at)
    )


def set_editor_role(session: Session, name: str, role: str) -> None:
    session.connection().execute(
        update(EditorRow).where(EditorRow.name == name).values(role=role)
    )


# -- review: read from the history ----------------------------------------------------------

# The rows that decide a verdict's review state: a status set (or the claim created or
# restored with one) proposes it; rows of entity "review" propose, approve or return it.
_VERDICT_EVENT = or_(
    HistoryRow.entity.in_(("status", "review")),
    and_(HistoryRow.entity == "claim", HistoryRow.action.in_(("create", "restore"))),
)


def review_events(
    session: Session, claim_ids: Iterable[int]
) -> list[tuple[int, int, str, str, str, str, str, str | None]]:
    """(history id, claim id, who, at, entity, action, field, new) of the review-relevant
    history rows of ``claim_ids``, oldest first."""
    out: list[tuple] = []
    conn = session.connection()
    for chunk in _chunks(claim_ids):
        stmt = (
            select(
                HistoryRow.id,
                HistoryRow.claim_id,
                HistoryRow.who,
                HistoryRow.at,
                HistoryRow.entity,
                HistoryRow.action,
                HistoryRow.field,
                HistoryRow.new,
            )
            .where(ids_in(conn, HistoryRow.claim_id, chunk), _VERDICT_EVENT)
            .order_by(HistoryRow.id)
        )
        out.extend(tuple(r) for r in conn.execute(stmt))
    out.sort()
    return out


def last_publication(session: Session, group_id: int) -> str | None:
    """"publish" if the group's verdict was last published (exported as ClaimReview),
    "reopen" if reopened since, None if never published."""
    stmt = (
        select(HistoryRow.action)
        .where(
            HistoryRow.claim_id == group_id,
            HistoryRow.entity == "review",
            HistoryRow.action.in_(("publish", "reopen")),
        )
        .order_by(HistoryRow.id.desc())
        .limit(1)
    )
    return session.connection().execute(stmt).scalar()


def bump_group_version(session: Session, claim_id: int, primary_id: int, expected: int) -> bool:
    """Move on the version of ``claim_id`` (only if it is still ``expected``) and of every
    other claim of the group of ``primary_id``: they all show the verdict just reviewed.
    False if the claim is gone or changed since it was read."""
    conn = session.connection()
    moved = conn.execute(
        update(ClaimRow)
        .where(ClaimRow.id == claim_id, ClaimRow.version == expected)
        .values(version=ClaimRow.version + 1)
    ).rowcount
    if moved != 1:
        return False
    conn.execute(
        update(ClaimRow)
        .where(
            or_(ClaimRow.id == primary_id, ClaimRow.linked_to == primary_id),
            ClaimRow.id != claim_id,
        )
        .values(version=ClaimRow.version + 1)
    )
    return True


def group_ids_of_articles(
    session: Session, article_ids: Iterable[int]
) -> dict[int, list[int]]:
    """Article id → the group ids (primary claims holding the verdicts) of its claims."""
    out: dict[int, list[int]] = {}
    conn = session.connection()
    for chunk in _chunks(article_ids):
        stmt = select(
            ClaimRow.article_id, func.coalesce(ClaimRow.linked_to, ClaimRow.id)
        ).where(ids_in(conn, ClaimRow.article_id, chunk))
        for aid, gid in conn.execute(stmt):
            out.setdefault(aid, []).append(gid)
    return out


# -- assignments and article states ---------------------------------------------------------


def get_assignment(session: Session, article_id: int) -> tuple | None:
    """(article_id, editor, second_editor, assigned_by, assigned_at, active_at) or None."""
    stmt = _assignment_select().where(AssignmentRow.article_id == article_id)
    row = session.connection().execute(stmt).first()
    return tuple(row) if row else None


def _assignment_select():
    return select(
        AssignmentRow.article_id,
        AssignmentRow.editor,
        AssignmentRow.second_editor,
        AssignmentRow.assigned_by,
        AssignmentRow.assigned_at,
        AssignmentRow.active_at,
    )


def list_assignments(session: Session) -> dict[int, tuple]:
    """Article id → its assignment row (as ``get_assignment``)."""
    return {r[0]: tuple(r) for r in session.connection().execute(_assignment_select())}


def put_assignment(
    session: Session,
    article_id: int,
    editor: str,
    second_editor: str | None,
    assigned_by: str,
    assigned_at: str,
    active_at: float,
) -> None:
    conn = session.connection()
    conn.execute(delete(AssignmentRow).where(AssignmentRow.article_id == article_id))
    conn.execute(
        insert(AssignmentRow).values(
            article_id=article_id,
            editor=editor,
            second_editor=second_editor,
            assigned_by=assigned_by,
            assigned_at=assigned_at,
            active_at=active_at,
        )
    )


def touch_assignment(session: Session, article_id: int, active_at: float) -> None:
    session.connection().execute(
        update(AssignmentRow)
        .where(AssignmentRow.article_id == article_id)
        .values(active_at=active_at)
    )


def delete_assignment(session: Session, article_id: int) -> None:
    session.connection().execute(
        delete(AssignmentRow).where(AssignmentRow.article_id == article_id)
    )


def article_states(session: Session) -> dict[int, str]:
    """Article id → the state an editor set (articles whose state follows their claims
    are absent)."""
    stmt = select(ArticleStateRow.article_id, ArticleStateRow.state)
    return dict(tuple(r) for r in session.connection().execute(stmt))


def put_article_state(
    session: Session, article_id: int, state: str | None, set_by: str, set_at: str
) -> None:
    """Set an article's state; None returns it to the state its claims give."""
    conn = session.connection()
    conn.execute(delete(ArticleStateRow).where(ArticleStateRow.article_id == article_id))
    if state is not None:
        conn.execute(
            insert(ArticleStateRow).values(
                article_id=article_id, state=state, set_by=set_by, set_at=set_at
            )
        )


# -- ratings --------------------------------------------------------------------------------


def rating_of(session: Session, claim_id: int, editor: str) -> str | None:
    stmt = select(RatingRow.status_id).where(
        RatingRow.claim_id == claim_id, RatingRow.editor == editor
    )
    return session.connection().execute(stmt).scalar()


def put_rating(session: Session, claim_id: int, editor: str, status_id: str, at: str) -> None:
    conn = session.connection()
    conn.execute(
        delete(RatingRow).where(RatingRow.claim_id == claim_id, RatingRow.editor == editor)
    )
    conn.execute(
        insert(RatingRow).values(
            claim_id=claim_id, editor=editor, status_id=status_id, rated_at=at
        )
    )


def delete_rating(session: Session, claim_id: int, editor: str) -> None:
    session.connection().execute(
        delete(RatingRow).where(RatingRow.claim_id == claim_id, RatingRow.editor == editor)
    )


def list_ratings(
    session: Session, claim_ids: Sequence[int] | None = None
) -> list[tuple[int, str, str, str]]:
    """(claim_id, editor, status_id, rated_at), by claim then editor."""
    stmt = select(
        RatingRow.claim_id, RatingRow.editor, RatingRow.status_id, RatingRow.rated_at
    ).order_by(RatingRow.claim_id, RatingRow.editor)
    if claim_ids is None:
        return [tuple(r) for r in session.connection().execute(stmt)]
    out: list[tuple] = []
    conn = session.connection()
    for chunk in _chunks(claim_ids):
        out.extend(
            tuple(r)
            for r in conn.execute(stmt.where(ids_in(conn, RatingRow.claim_id, chunk)))
        )
    out.sort()
    return out


def claim_articles(session: Session, claim_ids: Iterable[int]) -> dict[int, int]:
    """Claim id → its article id."""
    out: dict[int, int] = {}
    conn = session.connection()
    for chunk in _chunks(claim_ids):
        stmt = select(ClaimRow.id, ClaimRow.article_id).where(ids_in(conn, ClaimRow.id, chunk))
        out.update(tuple(r) for r in conn.execute(stmt))
    return out


# -- comments and justifications ------------------------------------------------------------


def insert_comment(
    session: Session, claim_id: int, author: str, at: str, text: str, comment_id: int | None = None
) -> int:
    """A new comment (``comment_id``: put back one taken away, under its own id)."""
    values = {"claim_id": claim_id, "author": author, "at": at, "text": text}
    if comment_id is not None:
        values["id"] = comment_id
    stmt = insert(ClaimCommentRow).values(**values).returning(ClaimCommentRow.id)
    return session.connection().execute(stmt).scalar_one()


def delete_comment(session: Session, comment_id: int) -> None:
    session.connection().execute(delete(ClaimCommentRow).where(ClaimCommentRow.id == comment_id))


def get_comment(session: Session, comment_id: int) -> tuple | None:
    stmt = _comment_select().where(ClaimCommentRow.id == comment_id)
    row = session.connection().execute(stmt).first()
    return tuple(row) if row else None


def resolve_comment(session: Session, comment_id: int, by: str | None, at: str | None) -> None:
    """Mark a comment resolved (``by`` None: not resolved any more)."""
    session.connection().execute(
        update(ClaimCommentRow)
        .where(ClaimCommentRow.id == comment_id)
        .values(resolved_by=by, resolved_at=at)
    )


def _comment_select():
    return select(
        ClaimCommentRow.id,
        ClaimCommentRow.claim_id,
        ClaimCommentRow.author,
        ClaimCommentRow.at,
        ClaimCommentRow.text,
        ClaimCommentRow.resolved_by,
        ClaimCommentRow.resolved_at,
    )


def list_comments(session: Session, claim_ids: Iterable[int]) -> list[tuple]:
    """(id, claim_id, author, at, text, resolved_by, resolved_at), oldest first."""
    out: list[tuple] = []
    conn = session.connection()
    for chunk in _chunks(claim_ids):
        stmt = _comment_select().where(ids_in(conn, ClaimCommentRow.claim_id, chunk))
        out.extend(tuple(r) for r in conn.execute(stmt))
    out.sort()
    return out


def justifications(session: Session, claim_ids: Iterable[int]) -> dict[int, str]:
    """Claim id → its public justification (claims without one are absent)."""
    out: dict[int, str] = {}
    conn = session.connection()
    for chunk in _chunks(claim_ids):
        stmt = select(JustificationRow.claim_id, JustificationRow.text).where(
            ids_in(conn, JustificationRow.claim_id, chunk)
        )
        out.update(tuple(r) for r in conn.execute(stmt))
    return out


def put_justification(
    session: Session, claim_id: int, text: str, set_by: str, set_at: str
) -> None:
    conn = session.connection()
    conn.execute(delete(JustificationRow).where(JustificationRow.claim_id == claim_id))
    if text:
        conn.execute(
            insert(JustificationRow).values(
                claim_id=claim_id, text=text, set_by=set_by, set_at=set_at
            )
        )


def last_history_at(session: Session, article_id: int, names: Sequence[str]) -> str | None:
    """When one of ``names`` last changed a claim of the article (its history row's time)."""
    stmt = (
        select(HistoryRow.at)
        .join(ClaimRow, ClaimRow.id == HistoryRow.claim_id)
        .where(ClaimRow.article_id == article_id, HistoryRow.who.in_(list(names)))
        .order_by(HistoryRow.id.desc())
        .limit(1)
    )
    return session.connection().execute(stmt).scalar()
