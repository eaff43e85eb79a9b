"""Frozen dataclasses (and one named tuple) for articles, sentences, claims, sources, statuses and history.

All offsets are Unicode code points into ``Article.text`` (end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

STANCES = ("supports", "refutes", "context")
# Stance of an article toward a claim it carries (the AraStance labels).
LINK_STANCES = ("agree", "disagree", "discuss", "unrelated")


@dataclass(frozen=True)
class Status:
    """One step of the verification scale (editable by the newsroom)."""

    id: str
    label_ar: str
    label_en: str
    color: str  # "#rrggbb"
    key: str  # keyboard key that sets it in the app
    rating: int | None
    position: int


# Statuses that are no verdict yet (ids of resources/status_scale.json): a claim at one of
# them, or at the scale's default, is not "checked"; every other status is a verdict. The
# one definition used by the article list, the workflow and the desk's numbers.
NOT_VERDICTS = frozenset({"unverified", "in_progress"})


def is_checked(status_id: str, default_status: str = "unverified") -> bool:
    """Whether a claim at ``status_id`` counts as checked (it has a verdict)."""
    return status_id != default_status and status_id not in NOT_VERDICTS


class ArticleSummary(NamedTuple):
    """A row of the article list (a named tuple: the window makes one per article at every
    start, and a frozen dataclass's ``__init__`` cost four times as much at 10,000)."""

    id: int
    title: str
    publisher: str
    sentence_count: int
    claim_count: int | None  # None: not counted yet (``Desk.articles(counted=False)``)
    checked_count: int | None  # claims with a verdict (``is_checked``)
    bidi_controls: int


@dataclass(frozen=True)
class Article:
    """An imported article; ``text`` is exactly the decoded file (title line included)."""

    id: int
    title: str
    text: str
    publisher: str
    url: str
    published: str
    content_hash: str
    imported_from: str
    imported_at: str
    bidi_controls: int
    sentence_count: int
    author: str = ""
    lang: str = ""  # BCP 47 primary language ("ar", "en"); "" unknown
    source_kind: str = ""  # text, html, docx, pdf, url; "" for articles imported before
    fetched_at: str = ""  # when the address was fetched (imports from a URL)


# Article fields an editor may change after import (``factcheck article set``).
EDITABLE_ARTICLE_FIELDS = ("title", "publisher", "author", "url", "published", "lang")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: 1-based ``index``; code-point ``start``/``end``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SourceInput:
    """What an editor types for a piece of evidence (validated by the desk: ``desk.sources.checked_source``)."""

    url: str
    title: str = ""
    publisher: str = ""
    accessed: str = ""  # ISO date; defaults to today when added
    archive_url: str = ""
    excerpt: str = ""
    stance: str = "context"


@dataclass(frozen=True)
class Source:
    """A stored piece of evidence for a claim."""

    id: int
    claim_id: int
    url: str
    title: str
    publisher: str
    accessed: str
    archive_url: str
    excerpt: str
    stance: str

    def as_input(self) -> SourceInput:
        return SourceInput(
            url=self.url,
            title=self.title,
            publisher=self.publisher,
            accessed=self.accessed,
            archive_url=self.archive_url,
            excerpt=self.excerpt,
            stance=self.stance,
        )


@dataclass(frozen=True)
class Claim:
    """A highlighted span that makes a checkable claim, with its verdict."""

    id: int
    article_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    status_id: str
    note: str
    annotator: str
    created_at: str
    updated_at: str
    version: int
    sources: tuple[Source, ...] = field(default=())
    # Claim linking (see factcheck/desk/links.py): ``linked_to`` is the id of the group's
    # primary claim (None for a primary); a linked claim shows the primary's status, note
    # and sources. ``stance`` is this appearance's article's stance toward the claim.
    linked_to: int | None = None
    stance: str = "agree"

    @property
    def group_id(self) -> int:
        """Id of the primary claim of this claim's group (its own id for a primary)."""
        return self.id if self.linked_to is None else self.linked_to


@dataclass(frozen=True)
class HistoryEntry:
    """One append-only record: who changed what on a claim, and from what to what."""

    id: int
    at: str
    who: str
    claim_id: int | None
    entity: str  # "claim" | "source" | "status"
    entity_id: str
    action: str  # "create" | "update" | "delete"
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import: imported, duplicate or refused."""

    path: str
    outcome: str  # "imported" | "duplicate" | "refused"
    article_id: int | None = None
    title: str = ""
    reason: str = ""
    bidi_controls: int = 0
    encoding: str = ""
    # ``reason`` as a template and its values (``reason == template.format(**values)``),
    # for a user interface that shows it translated.
    reason_template: str = ""
    reason_values: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class SearchHit:
    """One search result (see factcheck/desk/search.py).

    ``kind == "sentence"``: ``start``/``end`` are the code points of the match in the stored
    article text, ``sentence`` its 1-based sentence index, ``matches`` every matched term in
    that sentence, ``claim_id`` a claim whose span overlaps the match (if any).
    ``kind == "note"``: the query matched the note of claim ``claim_id``; ``start``/``end``
    are that claim's span and ``snippet`` is taken from the note.
    ``snippet`` is ``text[snippet_start:snippet_start + len(snippet)]`` for sentence hits.
    """

    article_id: int
    article_title: str
    sentence: int
    start: int
    end: int
    snippet: str
    kind: str = "sentence"
    claim_id: int | None = None
    matches: tuple[tuple[int, int], ...] = ()
    snippet_start: int = 0
