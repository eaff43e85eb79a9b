"""OpenArticle: the one model of the article open in the window.

It owns the article's claims (in reading order), the selected claim, how many other articles
each claim also appears in, and the version of every claim as last read or written here.
The reader, the claims table and the inspector render it and follow its signals; nothing
else keeps a copy of the claims.

Signals:
- ``opened()``: another article (or the same one again): every view starts over.
- ``claimsReset()``: every claim was read again (the rest of a long article, a group's
  shared verdict changed, a change made elsewhere).
- ``claimChanged(claim_id, claim)``: one claim added, changed or removed (``claim`` None);
  the selection may have moved with it (``select=True``).
- ``selectionChanged(claim_id)``: another claim (or None) selected.
- ``linkCountsChanged()``: the "also in" counts were read again.

Edits made here arrive as ``EditResult``s from the controller; team mode will push a
colleague's change through ``apply_change`` the same way, and every view follows.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, QTimer, Signal

from factcheck.desk import Desk
from factcheck.model import Article, Claim, Sentence


def reading_order(claim: Claim) -> tuple[int, int, int]:
    return (claim.start, claim.end, claim.id)


class KnownVersions:
    """The version of each claim (of any article) as last read or written here: every write
    passes it, so a change made elsewhere since is refused, not overwritten."""

    def __init__(self) -> None:
        self._versions: dict[int, int] = {}

    def remember(self, claims) -> None:
        for claim in claims:
            self._versions[claim.id] = claim.version

    def known(self, claim_id: int) -> int | None:
        return self._versions.get(claim_id)

    def forget(self, claim_id: int) -> None:
        self._versions.pop(claim_id, None)

    def moved_on(self, claim_id: int) -> None:
        """A write through another claim of its group moved this one on a version."""
        if claim_id in self._versions:
            self._versions[claim_id] += 1


class OpenArticle(QObject):
    FIRST_SCREEN_CHARS = 50_000  # a longer article loads the claims of its first screen first

    opened = Signal()
    claimsReset = Signal()
    claimChanged = Signal(int, object)
    selectionChanged = Signal(object)
    linkCountsChanged = Signal()

    def __init__(self, desk: Desk | None = None, parent=None):
        """``desk``: where to read articles (None: only claims handed over are shown)."""
        super().__init__(parent)
        self.desk = desk
        self.versions = KnownVersions()
        self.article: Article | None = None
        self.sentences: list[Sentence] = []
        self.link_counts: dict[int, int] = {}
        self._set_claims([])
        self._selected: int | None = None
        self._partial = False  # only the first screen's claims are loaded
        self._rest_timer = QTimer(self, singleShot=True, interval=0)
        self._rest_timer.timeout.connect(self.ensure_complete)

    # -- reading ------------------------------------------------------------------------------
    @property
    def article_id(self) -> int | None:
        return self.article.id if self.article is not None else None

    @property
    def text(self) -> str:
        return self.article.text if self.article is not None else ""

    @property
    def claims(self) -> list[Claim]:
        """The claims in reading order (of a long article, maybe its first screen only)."""
        return self._claims

    @property
    def complete(self) -> bool:
        return not self._partial

    @property
    def selected_id(self) -> int | None:
        return self._selected

    @property
    def selected(self) -> Claim | None:
        return self._by_id.get(self._selected)

    def claim(self, claim_id: int | None) -> Claim | None:
        return self._by_id.get(claim_id)

    def claim_with_span(self, start: int, end: int) -> Claim | None:
        """The claim covering exactly ``[start, end)``, if any (the first in reading order)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._claims) and self._claims[i].start == start:
            if self._claims[i].end == end:
                return self._claims[i]
            i += 1
        return None

    def claims_at(self, pos: int) -> list[Claim]:
        lo = bisect.bisect_left(self._starts, pos - self._max_len)
        hi = bisect.bisect_right(self._starts, pos)
        return [c for c in self._claims[lo:hi] if c.start <= pos < c.end]

    def claims_between(self, lo: int, hi: int) -> list[Claim]:
        """The claims that overlap ``[lo, hi)`` (what a view shows of them)."""
        first = bisect.bisect_left(self._starts, lo - self._max_len)
        last = bisect.bisect_right(self._starts, hi)
        return [c for c in self._claims[first:last] if c.end > lo]

    def first_claim_from(self, pos: int) -> int:
        """Index (reading order) of the first claim starting at or after ``pos``."""
        return bisect.bisect_left(self._starts, pos)

    def shares_group(self, claim_id: int) -> bool:
        """True when ``claim_id`` is the primary of a claim group shown in this article."""
        return claim_id in self._group_ids

    # -- changing -----------------------------------------------------------------------------
    def open(self, article_id: int) -> Article:
        """Open an article (raises the desk's FactcheckError when it cannot be read).

        A long article loads the claims of its first screen (the view opens at the top);
        the rest follow right after the first paint, or at once when asked for
        (``ensure_complete``: every claim intent asks first, so no edit acts on a part).
        """
        article = self.desk.article(article_id)
        staged = len(article.text) > self.FIRST_SCREEN_CHARS
        claims = self.desk.claims(
            article.id, starting_before=self.FIRST_SCREEN_CHARS if staged else None
        )
        self.article = article
        self.sentences = self.desk.sentences(article.id, article.text)
        self.link_counts = {}
        self._selected = None
        self._set_claims(claims)
        self._partial = staged
        self.opened.emit()
        if staged:
            self._rest_timer.start()
        else:
            self._loaded(claims)
        return article

    def ensure_complete(self) -> None:
        """Load the rest of a long article's claims if only its first screen is loaded."""
        if not self._partial:
            return
        self._partial = False
        self._rest_timer.stop()
        self.reload()

    def reload(self) -> None:
        """Read every claim of the open article again (the selection stays if it does)."""
        if self.article is None:
            return
        self._partial = False
        self._rest_timer.stop()
        claims = self.desk.claims(self.article.id)
        self._set_claims(claims)
        if self._selected not in self._by_id:
            self._selected = None
        self._loaded(claims)

    def _loaded(self, claims: list[Claim]) -> None:
        self.versions.remember(claims)
        self.claimsReset.emit()
        self.link_counts = self.desk.link_counts(self.article.id, claims)
        self.linkCountsChanged.emit()

    def set_claims(self, claims: list[Claim]) -> None:
        """Show these claims (already read): every view follows."""
        self._partial = False
        self._rest_timer.stop()
        self._set_claims(claims)
        if self._selected not in self._by_id:
            self._selected = None
        self.versions.remember(claims)
        self.claimsReset.emit()

    def close(self) -> None:
        self.article = None
        self.sentences = []
        self.link_counts = {}
        self._selected = None
        self._partial = False
        self._set_claims([])
        self.opened.emit()

    def select(self, claim_id: int | None) -> None:
        """Select a claim of this article (None, or one not shown here: none)."""
        if claim_id not in self._by_id:
            claim_id = None
        if claim_id != self._selected:
            self._selected = claim_id
        self.selectionChanged.emit(claim_id)

    def apply_change(self, claim_id: int, claim: Claim | None, *, select: bool = False) -> bool:
        """One claim added, changed or (``claim`` None) removed, by an edit here or by a
        colleague: every view follows. ``select``: the changed claim becomes the selected one.

        A claim of a group shares its verdict with its other appearances: the article's
        claims are read again then (``claimsReset``). Returns False when the change is not
        about the open article (only the version is remembered).
        """
        if claim is not None:
            self.versions.remember([claim])
        else:
            self.versions.forget(claim_id)
        ours = claim.article_id == self.article_id if claim is not None else claim_id in self._by_id
        if self.article is None or not ours:
            return False
        self.ensure_complete()
        if (claim is not None and claim.linked_to is not None) or self.shares_group(claim_id):
            if select and claim is not None:
                self._selected = claim.id
            self.reload()
            return True
        self._replace(claim_id, claim)
        if select and claim is not None:
            self._selected = claim.id
        elif self._selected not in self._by_id:
            self._selected = None
        self.claimChanged.emit(claim_id, claim)
        return True

    # -- the claims, in reading order --------------------------------------------------------
    def _set_claims(self, claims: list[Claim]) -> None:
        self._claims = sorted(claims, key=reading_order)
        self._by_id = {c.id: c for c in self._claims}
        self._starts = [c.start for c in self._claims]
        self._max_len = max((c.end - c.start for c in self._claims), default=0)
        self._group_ids = {c.group_id for c in self._claims if c.linked_to is not None}

    def _replace(self, claim_id: int, claim: Claim | None) -> None:
        """Replace, add or drop one claim: O(log n), not a sort."""
        old = self._by_id.pop(claim_id, None)
        if old is not None:
            i = bisect.bisect_left(self._claims, reading_order(old), key=reading_order)
            del self._claims[i]
            del self._starts[i]
        if claim is not None:
            i = bisect.bisect_left(self._claims, reading_order(claim), key=reading_order)
            self._claims.insert(i, claim)
            self._starts.insert(i, claim.start)
            self._by_id[claim.id] = claim
            self._max_len = max(self._max_len, claim.end - claim.start)
        if (old is not None and old.linked_to is not None) or (
            claim is not None and claim.linked_to is not None
        ):
            self._group_ids = {c.group_id for c in self._claims if c.linked_to is not None}
