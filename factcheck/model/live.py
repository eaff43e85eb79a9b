"""What a live window is told: changes made elsewhere, and who has which claim open."""

from __future__ import annotations

from dataclasses import dataclass

CHANGE_KINDS = (
    "article_added",
    "article_removed",
    "claim_added",
    "claim_removed",
    "claim_changed",
    "links_changed",
)


@dataclass(frozen=True)
class ChangeEvent:
    """``kind`` (one of ``CHANGE_KINDS``) happened to ``ids`` (article ids for the article
    kinds, else claim ids), done by ``who`` (empty when not recorded: imports) at ``at``
    (ISO 8601, the latest of them)."""

    kind: str
    ids: tuple[int, ...]
    who: str
    at: str


@dataclass(frozen=True)
class Presence:
    """Another open window: its editor and the claim it shows (None: none)."""

    session: str
    who: str
    claim_id: int | None
