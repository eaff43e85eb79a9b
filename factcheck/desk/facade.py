"""``Desk``: the one entry point of the CLI and the GUI to a database's use cases.

Every method validates first, writes in one transaction, appends to the history in that
same transaction, and returns the new domain value. Refused input raises ``InvalidInput``
/ ``NotFound`` and changes nothing. The work is done by the package's modules; ``Desk``
holds what lives as long as the open database (the store, the editor's name, caches, the
edit lock and the suggestion index) and hands it to them.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager

from factcheck.desk import aliases as alias_ops
from factcheck.desk import article_edits, importing, links, snapshot, sources
from factcheck.desk import claims as claim_ops
from factcheck.desk import history as history_ops
from factcheck.desk import search as search_ops
from factcheck.desk.articles import ArticleTexts
from factcheck.desk.checks import require_claim
from factcheck.desk.live import ChangeFeed
from factcheck.desk.lock import EditLock, SuspectLock
from factcheck.desk.statuses import StatusScale
from factcheck.model import (
    Article,
    ArticleSummary,
    Claim,
    HistoryEntry,
    ImportOutcome,
    SearchHit,
    Sentence,
    Source,
    SourceInput,
    Status,
)
from factcheck.resources import seeds_dir
from factcheck.store import Store, article_meta, search_index
from factcheck.store import repository as repo


def default_annotator(login: str | None = None) -> str:
    """Who edits, when nobody said: ``FACTCHECK_EDITOR`` (or ``FACTCHECK_USER``), else the
    database login on a server (``login``), else the computer's login name."""
    try:
        return (
            os.environ.get("FACTCHECK_EDITOR")
            or os.environ.get("FACTCHECK_USER")
            or login
            or getpass.getuser()
        )
    except Exception:  # noqa: BLE001 - getuser raises various errors without a login name
        return "editor"


class Desk:
    """The fact-checking desk's operations over one database."""

    def __init__(self, store: Store, annotator: str | None = None):
        self.store = store
        self.annotator = annotator or default_annotator(
            store.login() if store.is_postgres else None
        )
        self.imports_running = 0  # import_paths and import_urls calls under way (a window's own import)
        self._texts = ArticleTexts(store)
        self._scale = StatusScale(store)
        self._lock = EditLock(store)
        self._suggestion_index = None  # built at the first suggestion (see _suggest)
        self._aliases = alias_ops.AliasBook(store)

    @classmethod
    def open(
        cls,
        db: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        annotator: str | None = None,
        load_seeds: bool | None = None,
    ) -> Desk:
        """Open (creating and migrating if needed) a database.

        With ``load_seeds=None`` the sample articles are loaded into a new database only when
        it is the embedded default (no ``--db`` and no ``FACTCHECK_DB``).
        """
        store = Store(db, read_only=read_only)
        desk = cls(store, annotator)
        if load_seeds is None:
            load_seeds = db is None and not os.environ.get("FACTCHECK_DB")
        if load_seeds and store.created and not read_only:
            desk.import_paths([seeds_dir()])
        return desk

    def close(self) -> None:
        self.release_edit_lock()
        self.store.close()

    # -- statuses ---------------------------------------------------------------------------
    def statuses(self) -> list[Status]:
        return self._scale.all()

    def status(self, status_id: str) -> Status:
        return self._scale.get(status_id)

    @property
    def default_status_id(self) -> str:
        return self._scale.default_id

    # -- import (factcheck.desk.importing) ---------------------------------------------------
    def import_text(
        self,
        text: str,
        *,
        title: str | None = None,
        publisher: str = "",
        url: str = "",
        published: str = "",
        imported_from: str = "",
        encoding: str = "",
    ) -> ImportOutcome:
        """Store one already-decoded article (de-duplicated by content)."""
        return importing.import_text(
            self.store, text, title=title, publisher=publisher, url=url,
            published=published, imported_from=imported_from, encoding=encoding,
        )  # fmt: skip

    def import_document(self, document, *, imported_from: str = "") -> ImportOutcome:
        """Store an article read by ``factcheck.intake`` with its metadata (and, for a web
        page, the page's bytes)."""
        return importing.import_document(self.store, document, imported_from=imported_from)

    def import_bytes(self, data: bytes, *, imported_from: str = "", **meta) -> ImportOutcome:
        return importing.import_bytes(self.store, data, imported_from=imported_from, **meta)

    def import_paths(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        progress: Callable[[ImportOutcome], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportOutcome]:
        """Import files and folders; every file gets an outcome, failures never stop the batch."""
        self.imports_running += 1
        try:
            return importing.import_paths(self.store, paths, progress, cancelled)
        finally:
            self.imports_running -= 1

    def import_urls(
        self,
        urls: Sequence[str],
        *,
        progress: Callable[[ImportOutcome], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportOutcome]:
        """Fetch and import http(s) addresses; each gets an outcome (refused: why)."""
        self.imports_running += 1
        try:
            return importing.import_urls(self.store, urls, progress, cancelled)
        finally:
            self.imports_running -= 1

    # -- articles and sentences (factcheck.desk.articles) -----------------------------------
    def articles(
        self,
        *,
        counted: bool = True,
        after_id: int = 0,
        through_id: int | None = None,
        limit: int | None = None,
    ) -> list[ArticleSummary]:
        """Every article, in id order, or those with ids above ``after_id`` (up to
        ``through_id``, at most ``limit``): a long list read a part at a time.
        ``counted=False``: without their claim counts (None), for a list that reads them
        afterwards (``article_counts``)."""
        with self.store.read() as s:
            return repo.list_article_summaries(
                s, self.default_status_id, counted=counted, after_id=after_id,
                through_id=through_id, limit=limit,
            )  # fmt: skip

    def article_counts(self, first_id: int, last_id: int) -> dict[int, tuple[int, int]]:
        """``(claims, checked)`` of the articles with ids from ``first_id`` to ``last_id``
        that have claims (``ArticleSummary.claim_count`` and ``checked_count``)."""
        with self.store.read() as s:
            counts = repo.article_claim_counts(s, self.default_status_id, first_id, last_id)
        return {aid: (n, checked) for aid, (n, checked) in counts.items()}

    def articles_by_id(self, article_ids: Sequence[int]) -> dict[int, Article]:
        """Several full articles in one read (missing ids are left out)."""
        with self.store.read() as s:
            return repo.get_articles(s, article_ids)

    def article(self, article_id: int) -> Article:
        return self._texts.article(article_id)

    def set_article_metadata(
        self, article_id: int, *, expected: dict[str, str] | None = None, **changes: str | None
    ) -> Article:
        """Change an article's title, publisher, author, url, published or lang (``None``:
        unchanged), each change in the history; the article is returned as stored.
        ``expected``: the values shown to the editor (ConflictError if one changed since)."""
        article_edits.set_metadata(self.store, self.annotator, article_id, expected=expected, **changes)
        self._texts.forget(article_id)  # its metadata is read again
        return self.article(article_id)

    def article_original(self, article_id: int) -> tuple[str, bytes] | None:
        """The media type and bytes of the web page an article was imported from."""
        with self.store.read() as s:
            return article_meta.original(s, article_id)

    def sentences(self, article_id: int, text: str | None = None) -> list[Sentence]:
        """The article's sentences (1-based index, code-point offsets)."""
        return self._texts.sentences(article_id, text)

    def sentence(self, article_id: int, index: int) -> Sentence:
        return self._texts.sentence(article_id, index)

    def article_headers(self, article_ids: Iterable[int]) -> dict[int, Article]:
        """Articles by id without their text (missing ids are left out)."""
        with self.store.read() as s:
            return repo.article_headers(s, article_ids)

    def article_ids(self) -> list[int]:
        with self.store.read() as s:
            return repo.article_ids(s)

    # -- claims (factcheck.desk.claims) -----------------------------------------------------
    def claims(
        self, article_id: int | None = None, *, starting_before: int | None = None
    ) -> list[Claim]:
        """Claims of one article (or all), in reading order; ``starting_before``: only those
        that start before that offset (the first screen of a long article)."""
        with self.store.read() as s:
            return repo.list_claims(s, article_id, starting_before=starting_before)

    def claim(self, claim_id: int) -> Claim:
        with self.store.read() as s:
            return require_claim(s, claim_id, effective=True)

    def add_claim(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        status_id: str | None = None,
        note: str = "",
        sources: Sequence[SourceInput] = (),
    ) -> Claim:
        """Mark ``text[start:end]`` of an article as a claim (code points)."""
        return claim_ops.add_claim(
            self.store, self.annotator, self._scale, self._texts.text(article_id),
            article_id, start, end, status_id=status_id, note=note, sources=sources,
        )  # fmt: skip

    def add_claim_for_sentence(self, article_id: int, index: int, **kwargs) -> Claim:
        sentence = self.sentence(article_id, index)
        return self.add_claim(article_id, sentence.start, sentence.end, **kwargs)

    def set_status(
        self, claim_id: int, status_id: str, *, expected_version: int | None = None
    ) -> Claim:
        status_id = self.status(status_id).id
        return claim_ops.update_verdict(
            self.store, self.annotator, claim_id, "status_id", status_id, expected_version
        )

    def set_note(self, claim_id: int, note: str, *, expected_version: int | None = None) -> Claim:
        return claim_ops.update_verdict(
            self.store, self.annotator, claim_id, "note", note, expected_version
        )

    def edit_claim(
        self,
        claim_id: int,
        *,
        status_id: str | None = None,
        note: str | None = None,
        sources: Sequence[SourceInput | str] = (),
        expected_version: int | None = None,
    ) -> Claim:
        """Set the status and/or note a claim shows and add sources, in one transaction:
        everything is checked first, and all of it is written or none."""
        return claim_ops.edit_claim(
            self.store, self.annotator, self._scale, claim_id, status_id=status_id,
            note=note, sources=sources, expected_version=expected_version,
        )  # fmt: skip

    def delete_claim(self, claim_id: int, *, expected_version: int | None = None) -> Claim:
        """Delete a claim and its sources; returns the full claim so it can be restored."""
        return claim_ops.delete_claim(
            self.store, self.annotator, claim_id, expected_version=expected_version
        )

    def restore_claim(self, claim: Claim) -> Claim:
        """Put back a deleted claim (same id and sources when still free); used by undo."""
        text = self._texts.text(claim.article_id)
        return claim_ops.restore_claim(self.store, self.annotator, text, claim)

    # -- sources (factcheck.desk.sources) ---------------------------------------------------
    def add_source(
        self,
        claim_id: int,
        src: SourceInput | str,
        *,
        source_id: int | None = None,
        expected_version: int | None = None,
    ) -> Source:
        """Add a source to a claim (a linked claim's go to its group's primary)."""
        return sources.add_source(
            self.store, self.annotator, claim_id, src,
            source_id=source_id, expected_version=expected_version,
        )  # fmt: skip

    def update_source(
        self,
        source_id: int,
        src: SourceInput,
        *,
        claim_id: int | None = None,
        expected_version: int | None = None,
    ) -> Source:
        """Change a source, through ``claim_id`` read at ``expected_version``."""
        return sources.update_source(
            self.store, self.annotator, source_id, src,
            claim_id=claim_id, expected_version=expected_version,
        )  # fmt: skip

    def remove_source(
        self, source_id: int, *, claim_id: int | None = None, expected_version: int | None = None
    ) -> Source:
        """Remove a source (``claim_id``, ``expected_version``: as for ``update_source``)."""
        return sources.remove_source(
            self.store, self.annotator, source_id,
            claim_id=claim_id, expected_version=expected_version,
        )  # fmt: skip

    # -- claim linking (factcheck.desk.links) -----------------------------------------------
    def link_claim(
        self,
        claim_id: int,
        to_claim_id: int,
        stance: str = "agree",
        *,
        keep: str | None = None,
        expected_version: int | None = None,
    ) -> Claim:
        """Make ``claim_id`` ("this") an appearance of ``to_claim_id``'s ("other") group:
        it shares the group's verdict, which takes both claims' notes and sources. When
        they disagree, ``keep`` ("this" or "other") says whose verdict wins (else refused)."""
        return self.link_merging(
            claim_id, to_claim_id, stance, keep=keep, expected_version=expected_version
        ).claim

    def link_merging(
        self,
        claim_id: int,
        to_claim_id: int,
        stance: str = "agree",
        *,
        keep: str | None = None,
        expected_version: int | None = None,
    ) -> links.LinkOutcome:
        """``link_claim`` that also returns the group's verdict before the merge (undo)."""
        return links.link_merging(
            self.store, self.annotator, self.default_status_id, claim_id, to_claim_id,
            stance, keep=keep, expected_version=expected_version,
        )  # fmt: skip

    def link_disagreement(self, claim_id: int, to_claim_id: int) -> links.Disagreement | None:
        """What the editor must decide before linking these two claims (None: nothing)."""
        return links.link_disagreement(
            self.store, self.default_status_id, claim_id, to_claim_id
        )

    def unlink_claim(
        self, claim_id: int, *, stance: str | None = None, expected_version: int | None = None
    ) -> Claim:
        """Take a claim out of its group (it shows its own status/note/sources again)."""
        return links.unlink_claim(
            self.store, self.annotator, claim_id, stance=stance,
            expected_version=expected_version,
        )  # fmt: skip

    def restore_link(
        self,
        before: Claim,
        *,
        expected_version: int | None = None,
        merged: links.LinkOutcome | None = None,
    ) -> Claim:
        """Undo a link/unlink/stance change: put back ``before.linked_to``/``stance``, and
        (``merged``: the outcome of the link undone) the group's verdict before the merge."""
        return links.restore_link(
            self.store, self.annotator, self.default_status_id, before,
            expected_version, merged,
        )  # fmt: skip

    def set_stance(
        self, claim_id: int, stance: str, *, expected_version: int | None = None
    ) -> Claim:
        return links.set_stance(self.store, self.annotator, claim_id, stance, expected_version)

    def appearance_ids(self, primary_id: int) -> list[int]:
        """The ids of the claims linked to ``primary_id`` (cheap: no claim is read)."""
        with self.store.read() as s:
            return repo.appearance_ids(s, primary_id)

    def appearances(self, claim_id: int) -> list[Claim]:
        """All claims of ``claim_id``'s group, the primary first."""
        return links.appearances(self.store, claim_id)

    def group_appearances(self, group_ids: Iterable[int]) -> dict[int, list[Claim]]:
        """Group id → its claims (primary first, then by id; no sources), for the groups
        among ``group_ids`` that have appearances."""
        with self.store.read() as s:
            return repo.group_appearances(s, group_ids)

    def link_counts(self, article_id: int, claims: list[Claim] | None = None) -> dict[int, int]:
        """Claim id → number of other articles its claim also appears in (only if > 0).

        ``claims`` are the article's claims when the caller already has them.
        """
        if claims is None:
            claims = self.claims(article_id)
        with self.store.read() as s:
            per_group = repo.other_article_counts(s, article_id, claims)
        return {c.id: per_group[c.group_id] for c in claims if per_group.get(c.group_id)}

    # -- suggestions (factcheck.desk.suggest) and search (factcheck.desk.search) ------------
    def _suggest(self):
        """``factcheck.desk.suggest`` and this desk's index, imported at the first
        suggestion: the claim features fold hundreds of words at import (the search
        normalisation's tables with them, ~30 ms), which the window's start does not need."""
        from factcheck.desk import suggest

        if self._suggestion_index is None:
            self._suggestion_index = suggest.SuggestionIndex()
        return suggest, self._suggestion_index

    def suggest_claims(
        self,
        article_id: int,
        start: int,
        end: int,
        limit: int = 5,
        *,
        min_score: float | None = None,
    ) -> list[tuple[Claim, float]]:
        """Existing claims (group primaries) of other articles this span probably repeats;
        ``min_score``: ``suggest.MIN_SUGGESTION_SCORE`` unless given."""
        suggest, index = self._suggest()
        return suggest.suggest_claims(
            self.store, index, self._texts.text(article_id), article_id, start, end, limit,
            min_score=suggest.MIN_SUGGESTION_SCORE if min_score is None else min_score,
            aliases=self._aliases.current(),
        )  # fmt: skip

    def suggest_for_claim(self, claim_id: int, limit: int | None = None) -> list[tuple[Claim, float]]:
        """What the window suggests for a claim (``factcheck suggest`` prints the same):
        none once it is linked or has appearances; ``limit``: ``suggest.SUGGESTIONS_SHOWN``
        unless given."""
        suggest, _index = self._suggest()
        claim = suggest.claim_to_suggest_for(self.store, claim_id)
        if claim is None:
            return []
        limit = suggest.SUGGESTIONS_SHOWN if limit is None else limit
        return self.suggest_claims(claim.article_id, claim.start, claim.end, limit)

    def warm_up_suggestions(self) -> int:
        """Build or refresh the suggestion index now (e.g. off the GUI thread at start-up)."""
        suggest, index = self._suggest()
        return suggest.warm_up(self.store, index)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Arabic-aware search over all articles and claim notes."""
        return search_ops.search(self._texts, query, limit, self._aliases.current())

    # -- names across scripts (factcheck.desk.aliases) --------------------------------------
    def aliases(self) -> tuple[tuple[str, ...], ...]:
        """The alias list: groups of spellings of one name (starter list and the desk's)."""
        return self._aliases.current().groups

    def add_alias(self, term: str, same_as: str) -> tuple[str, ...]:
        """Record that ``term`` names the same as ``same_as``; returns the group now."""
        return alias_ops.add_alias(self._aliases, self.annotator, term, same_as)

    def remove_alias(self, term: str) -> tuple[str, ...]:
        """Take ``term`` out of its group; returns what is left of the group."""
        return alias_ops.remove_alias(self._aliases, self.annotator, term)

    def rebuild_search_index(self) -> int:
        """Refill the FTS5 search index from the stored articles; returns its row count."""
        with self.store.write() as s:
            return search_index.rebuild(s)

    # -- history (factcheck.desk.history) ---------------------------------------------------
    def history(self, claim_id: int | None = None) -> list[HistoryEntry]:
        """The change history, oldest first: all of it, or one claim's. A linked claim's
        includes its group primary's, which holds the verdict it shows."""
        return history_ops.history(self.store, claim_id)

    def iter_history(self, claim_id: int | None = None) -> Iterator[list[HistoryEntry]]:
        """``history`` in batches, read as they are used (one snapshot)."""
        return history_ops.iter_history(self.store, claim_id)

    def verdict_events(self, claim_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """``{claim_id: (at, who)}`` of each claim's last status change or creation."""
        with self.store.read() as s:
            return repo.verdict_events(s, claim_ids)

    # -- streamed reads: listings and exports of the whole archive (factcheck.desk.snapshot)
    def claims_snapshot(
        self, article_id: int | None = None
    ) -> AbstractContextManager[tuple[int, Iterator[list[Claim]]]]:
        """``(number of claims, their batches)`` of all claims or one article's, from one
        snapshot, in the order and with the values of ``claims``."""
        return snapshot.claims_snapshot(self.store, article_id)

    def iter_claims(self, article_id: int | None = None) -> Iterator[list[Claim]]:
        """``claims`` in batches, read as they are used (one snapshot)."""
        with self.claims_snapshot(article_id) as (_, batches):
            yield from batches

    def iter_groups(
        self, article_id: int | None = None, status_ids: Sequence[str] | None = None
    ) -> Iterator[list[list[Claim]]]:
        """Claim groups by primary id in batches (``repo.iter_groups``), one snapshot."""
        with self.store.read() as s:
            yield from repo.iter_groups(s, article_id, status_ids)

    def claim_spans(self, article_id: int) -> list[tuple[int, int]]:
        """``(start, end)`` of the article's claims, sorted."""
        with self.store.read() as s:
            return repo.claim_spans(s, article_id)

    def status_counts(self) -> dict[int, dict[str, int]]:
        """Article id → {status shown: number of claims}, counted by the database."""
        with self.store.read() as s:
            return repo.status_counts(s)

    def report_snapshot(
        self, article_id: int | None = None
    ) -> AbstractContextManager[snapshot.ReportSnapshot]:
        """The verdict report's data (all claims, or one article's) from one read snapshot."""
        return snapshot.report_snapshot(self.store, article_id)

    # -- edit lock (factcheck.desk.lock) ----------------------------------------------------
    @property
    def suspect_lock(self) -> SuspectLock | None:
        """Why the last ``acquire_edit_lock`` failed, when the lock is dated in the future."""
        return self._lock.suspect

    def acquire_edit_lock(
        self, holder: str | None = None, *, take_over: bool = False
    ) -> tuple[bool, str]:
        """Take the editing lock unless another live instance holds it: ``(True, "")`` or
        ``(False, message naming the holder)``."""
        return self._lock.acquire(holder, take_over=take_over)

    def refresh_edit_lock(self) -> tuple[str, int] | None:
        """Renew the editing lock's heartbeat; ``(host, pid)`` if another took it over
        (this desk is then read-only)."""
        return self._lock.refresh()

    def release_edit_lock(self) -> None:
        self._lock.release()

    # -- live windows (factcheck.desk.live) -------------------------------------------------
    def change_feed(self) -> ChangeFeed:
        """What others change from now on, and this window's presence."""
        return ChangeFeed(self.store)
