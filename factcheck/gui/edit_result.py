"""EditResult: what one undo step changed, as the views need to know it (no Qt here).

Every undo command returns one from ``apply`` and ``revert``; the controller carries it in its
``edited`` signal, and the window applies it to the open article, which every view follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model import Article, Claim


@dataclass(frozen=True)
class EditResult:
    """What an edit (or its undo/redo) changed.

    ``claim`` is the edited claim as stored now (None: it is gone), read once by the
    command so no view reads it back. An edit of an article's metadata has no claim
    (``claim_id`` None) and gives ``article``, as stored now.
    """

    article_id: int
    claim_id: int | None
    claim: Claim | None
    added_claims: tuple[int, ...] = ()  # marked, or put back by an undo
    removed_claims: tuple[int, ...] = ()  # unmarked, or taken away by an undo
    verdict_shared: bool = False  # status, note or sources: its group's claims changed too
    links_changed: bool = False  # linked, unlinked, or an appearance's stance changed
    article_counts_changed: bool = False  # the article's claim count or checked count
    article: Article | None = None  # its title, publisher, … written (no claim changed)

    @property
    def changed_claims(self) -> tuple[int, ...]:
        """The claims whose stored values changed (the edited one; a group's other
        appearances are read again by the open article when ``verdict_shared``)."""
        return (self.claim_id,) if self.claim_id is not None else ()

    @classmethod
    def written(cls, claim: Claim, **what) -> EditResult:
        """``claim`` as it is stored after the edit."""
        return cls(claim.article_id, claim.id, claim, **what)

    @classmethod
    def article_written(cls, article: Article) -> EditResult:
        """An article's metadata as stored after the edit (its claims are as they were)."""
        return cls(article.id, None, None, article=article)

    @classmethod
    def removed(cls, article_id: int, claim_id: int) -> EditResult:
        return cls(
            article_id, claim_id, None, removed_claims=(claim_id,), article_counts_changed=True
        )
