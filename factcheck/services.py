"""Use cases shared by the CLI and the GUI: import, mark claims, set status, sources, history.

``Desk`` is the one entry point. Every method validates first, writes in one transaction,
appends to the history in that same transaction, and returns the new domain value. Refused
input raises ``InvalidInput`` / ``NotFound`` and changes nothing.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, astuple, replace
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from factcheck import article_edits, linking
from factcheck.intake import IMPORT_SUFFIXES, choose_title, read_document
from factcheck.model import (
    STANCES,
    Article,
    ArticleSummary,
    Claim,
    ConflictError,
    HistoryEntry,
    ImportOutcome,
    InvalidInput,
    NotFound,
    SearchHit,
    Sentence,
    Source,
    SourceInput,
    Status,
    StoreError,
    validate_source_url,
)
from factcheck.resources import default_status_scale, seeds_dir
from factcheck.store import Store, article_meta, search_index, span_blob
from factcheck.store import repository as repo
from factcheck.text import (
    DecodeError,
    clean_text,
    count_bidi_controls,
    decode_bytes,
    is_blank,
    sentence_spans,
)

CONTEXT_CHARS = 32
DEFAULT_STATUS = "unverified"
# An import commits its articles in batches of at most IMPORT_BATCH files and at most
# IMPORT_BATCH_CHARS characters (about 4 MB of Arabic; one larger file is a batch of its
# own): what an import holds in memory, and how long one transaction holds the write lock
# (~0.4 s for 2 million characters here; editors saving meanwhile wait that long at most).
IMPORT_BATCH = 200
IMPORT_BATCH_CHARS = 2_000_000
LOCK_STALE_SECONDS = 120.0
# A heartbeat this far ahead of this machine's clock is suspect: its writer's clock is wrong
# or the file was altered, and "now - heartbeat" would never reach LOCK_STALE_SECONDS.
LOCK_CLOCK_SLACK_SECONDS = 60.0
# (database, holder, heartbeat) of a suspect lock -> when this process first saw that value
# (time.monotonic): a heartbeat that stops changing for LOCK_STALE_SECONDS measured here is stale.
_future_heartbeats_seen: dict[tuple[str, str, float], float] = {}


class SuspectLock(NamedTuple):
    """An edit lock dated in the future: who it names, and how far ahead its heartbeat is."""

    host: str
    pid: int
    ahead_seconds: float


def quote_with_context(text: str, start: int, end: int) -> dict[str, str]:
    """A claim's ``quote`` and the ``prefix``/``suffix`` around it that re-anchor it."""
    return {
        "quote": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": text[end : end + CONTEXT_CHARS],
    }


def now_iso() -> str:
    """Current local time, ISO 8601 with offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _refuse_duplicate_source(
    s, asked: int, holder: int, url: str, except_id: int | None = None
) -> None:
    """The same address twice on one claim is a slip (a double click, a paste twice)."""
    claim = repo.get_claim(s, holder, effective=False)
    if claim is not None and any(
        src.url == url and src.id != except_id for src in claim.sources
    ):
        raise duplicate_source(asked, url)


def duplicate_source(claim_id: int, url: str) -> InvalidInput:
    return InvalidInput(
        template="Claim {claim_id} already has the source {url}.", claim_id=claim_id, url=url
    )


def _changed_elsewhere(claim: Claim) -> ConflictError:
    """The refusal of an edit made to ``claim`` (as stored now) from an older version."""
    return ConflictError(
        template="Claim {claim_id} was changed elsewhere (now version {version}); "
        "your edit was not saved. Reload and try again.",
        claim_id=claim.id,
        version=claim.version,
    )


def default_annotator() -> str:
    try:
        return os.environ.get("FACTCHECK_USER") or getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors without a login name
        return "editor"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _os_problem(exc: OSError) -> DecodeError:
    """The reason shown for a path the import could not read (as in ``read_text_file``)."""
    if isinstance(exc, PermissionError):
        return DecodeError(template="permission denied")
    return DecodeError(template="cannot read ({reason})", reason=exc.strerror or exc)


_ZWJ = "\u200d"
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)


def _joins(text: str, k: int) -> bool:
    """True if the zero-width joiner at ``k`` joins two characters (not a stray one)."""
    return 0 < k < len(text) - 1 and not text[k - 1].isspace() and not text[k + 1].isspace()


def splits_emoji(text: str, i: int) -> bool:
    """True if position ``i`` falls inside an emoji sequence: either side of a zero-width
    joiner that joins two characters, before a variation selector or a skin-tone modifier,
    or between a flag's two letters."""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if (after == _ZWJ and _joins(text, i)) or (before == _ZWJ and _joins(text, i - 1)):
        return True
    if "\ufe00" <= after <= "\ufe0f" or "\U0001f3fb" <= after <= "\U0001f3ff":
        return True
    if ord(after) in _REGIONAL_INDICATORS and ord(before) in _REGIONAL_INDICATORS:
        run = 0  # regional indicators pair up from the start of their run
        while i - run - 1 >= 0 and ord(text[i - run - 1]) in _REGIONAL_INDICATORS:
            run += 1
        return run % 2 == 1
    return False


def path_text(path: os.PathLike[str] | str) -> str:
    """A file name as storable text: bytes that are not UTF-8 (a Windows-1256 name from an
    old zip) shown as ``\\xNN`` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def refused_outcome(path: str, problem: DecodeError) -> ImportOutcome:
    """A file the import could not use, with its reason (and the reason's template)."""
    return ImportOutcome(
        path,
        "refused",
        reason=str(problem),
        reason_template=problem.template,
        reason_values=tuple(problem.values.items()),
    )


def _link_leaving(file: Path, inside: str, folder: Path) -> DecodeError | None:
    """Why ``file``, found in ``folder`` (real path ``inside``), is not imported, if it is a
    symbolic link to a file outside that folder: a received archive's ``article.txt`` linked
    to ``~/.ssh/id_rsa`` must not be stored and then travel in exports. Named on its own,
    a link is followed. Links that cannot be resolved (loops, dangling) are left to the
    reader, which says why."""
    if not file.is_symlink():
        return None  # os.walk does not enter linked folders: only the file may be a link
    try:
        target = os.path.realpath(file, strict=True)
        if os.path.commonpath([inside, target]) == inside:
            return None
    except (OSError, RuntimeError):
        return None
    except ValueError:  # another drive (Windows): outside
        pass
    return DecodeError(
        template="a link to a file outside the folder {folder}; name the link itself to "
        "import it",
        folder=path_text(folder),
    )


def iter_import_files(
    paths: Iterable[str | os.PathLike[str]],
) -> Iterator[tuple[Path, DecodeError | None]]:
    """Expand files and folders (the ``IMPORT_SUFFIXES`` files, recursively, symlink loops
    ignored) in stable order.

    A link found in a folder to a file outside it is refused (``_link_leaving``); a path
    given itself is followed wherever it leads.

    Yields ``(path, problem)``: ``problem`` is None for a file to import, else why the path
    cannot be imported.
    """
    for raw in paths:
        if not os.fspath(raw):  # Path("") is the current folder: never imported by accident
            yield Path(), DecodeError(template="empty path")
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()  # raises e.g. inside a folder without search permission
        except OSError as exc:
            yield path, _os_problem(exc)
            continue
        if is_dir:
            found = []
            unreadable: list[OSError] = []  # sub-folders os.walk could not list
            for root, dirs, files in os.walk(
                path, followlinks=False, onerror=unreadable.append
            ):
                dirs.sort()
                found.extend(
                    Path(root) / f for f in files if f.lower().endswith(IMPORT_SUFFIXES)
                )
            for exc in unreadable:
                yield Path(exc.filename or path), _os_problem(exc)
            if not found and not unreadable:
                yield path, DecodeError(template="folder holds no article files")
            inside = os.path.realpath(path)
            yield from ((f, _link_leaving(f, inside, path)) for f in sorted(found))
        elif path.exists() or path.is_symlink():
            yield path, None
        else:
            yield path, DecodeError(template="no such file or folder")


class ReportSnapshot(NamedTuple):
    """What the verdict report reads, from one snapshot, as plain values (no Claim objects).

    ``claim_batches`` yields lists of ``repo.report_claim_batches`` tuples; ``sources`` and
    ``group_articles`` are keyed by a claim's group id (see ``repo.linked_group_articles``:
    a group missing there is the claim alone) and hold the current batch's groups (they
    are filled again as each batch is read).
    """

    articles: dict[int, tuple[str, str, str, int]]  # id → title, publisher, url, sentences
    sources: dict[int, tuple[tuple[str, ...], ...]]  # urls, titles, archive_urls
    group_articles: dict[int, list[int]]
    sentence_starts: Callable[[int], list[int]]  # article id → its sentences' starts
    claim_batches: Iterator[list[tuple]]


class Desk:
    """The fact-checking desk's operations over one database."""

    def __init__(self, store: Store, annotator: str | None = None):
        self.store = store
        self.annotator = annotator or default_annotator()
        self._article_cache: OrderedDict[int, Article] = OrderedDict()
        self._sentence_cache: OrderedDict[int, tuple[str, list[Sentence]]] = (
            OrderedDict()
        )
        self._statuses: list[Status] | None = None
        self._lock_holder: str | None = None
        self.suspect_lock: SuspectLock | None = None  # why the last acquire_edit_lock failed
        self.imports_running = 0  # import_paths calls under way (a window's own import)
        if not store.read_only:
            self._ensure_statuses()

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
    def _ensure_statuses(self) -> None:
        with self.store.read() as s:
            if repo.list_statuses(s):
                return
        with self.store.write() as s:
            if not repo.list_statuses(s):
                repo.insert_statuses(s, default_status_scale())

    def statuses(self) -> list[Status]:
        if self._statuses is None:
            with self.store.read() as s:
                self._statuses = repo.list_statuses(s)
        return self._statuses

    def status(self, status_id: str) -> Status:
        for st in self.statuses():
            if st.id == status_id:
                return st
        known = ", ".join(s.id for s in self.statuses())
        raise NotFound(
            template="Unknown status {status!r}; known statuses: {known}.",
            status=status_id,
            known=known,
        )

    @property
    def default_status_id(self) -> str:
        ids = [s.id for s in self.statuses()]
        return (
            DEFAULT_STATUS
            if DEFAULT_STATUS in ids
            else (ids[0] if ids else DEFAULT_STATUS)
        )

    # -- import -----------------------------------------------------------------------------
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
        """Store one already-decoded article (de-duplicated by content), cleaned as a decoded
        file is: LF line ends, NFC, no BOM (a lone BOM is no article)."""
        text = clean_text(text)
        if is_blank(text):
            return refused_outcome(imported_from, DecodeError(template="empty article"))
        return self._import_decoded(
            [(imported_from, text, encoding, title, publisher, url, published)]
        )[0]

    def import_document(self, document, *, imported_from: str = "") -> ImportOutcome:
        """Store an article read by ``factcheck.intake`` (an ``IntakeDocument``) with its
        metadata, and the page it came from if it kept one."""
        text = clean_text(document.text)
        if is_blank(text):
            return refused_outcome(imported_from, DecodeError(template="empty article"))
        return self._import_decoded(
            [(imported_from, text, document.encoding, document.title or None,
              document.publisher, document.url, document.published, document)]
        )[0]

    def import_bytes(
        self, data: bytes, *, imported_from: str = "", **meta
    ) -> ImportOutcome:
        try:
            decoded = decode_bytes(data)
        except DecodeError as exc:
            return refused_outcome(imported_from, exc)
        return self.import_text(
            decoded.text, imported_from=imported_from, encoding=decoded.encoding, **meta
        )

    def import_paths(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        progress: Callable[[ImportOutcome], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportOutcome]:
        """Import files and folders; every file gets an outcome, failures never stop the batch.

        Articles are committed in batches (``IMPORT_BATCH``, ``IMPORT_BATCH_CHARS``), each
        reported to ``progress`` once committed; each article is all there or absent.
        """
        self.imports_running += 1
        try:
            return self._import_paths(paths, progress, cancelled)
        finally:
            self.imports_running -= 1

    def _import_paths(self, paths, progress, cancelled) -> list[ImportOutcome]:
        outcomes: list[ImportOutcome] = []
        pending: list[tuple] = []
        pending_chars = 0

        def flush() -> None:
            nonlocal pending_chars
            for outcome in self._import_decoded(pending):
                outcomes.append(outcome)
                if progress:
                    progress(outcome)
            pending.clear()
            pending_chars = 0

        for path, problem in iter_import_files(paths):
            if cancelled and cancelled():
                break
            try:
                if problem:
                    raise problem
                decoded = read_document(path)
            except DecodeError as exc:
                flush()
                refused = refused_outcome(path_text(path), exc)
                outcomes.append(refused)
                if progress:
                    progress(refused)
                continue
            if pending_chars + len(decoded.text) > IMPORT_BATCH_CHARS:
                flush()
            pending.append(
                (path_text(path), decoded.text, decoded.encoding, decoded.title or None,
                 decoded.publisher, decoded.url, decoded.published, decoded)
            )
            pending_chars += len(decoded.text)
            if len(pending) >= IMPORT_BATCH:
                flush()
        flush()
        return outcomes

    def _import_decoded(self, items: list[tuple]) -> list[ImportOutcome]:
        """Store a batch of decoded, cleaned articles (``read_text_file``, ``import_text``) in
        one transaction, with their index rows.

        A text already stored, or met earlier in the batch, is a duplicate of that article.
        """
        if not items:
            return []
        stamp = now_iso()
        articles: list[dict] = []  # article rows, less the columns computed if new
        originals: dict[str, tuple[str, bytes]] = {}  # hash -> a web page's bytes
        for imported_from, text, encoding, title, publisher, url, published, *read in items:
            # ``read``: the IntakeDocument a file was read into (its other metadata)
            meta = read[0].metadata() if read else {}
            if read and read[0].original is not None:
                originals.setdefault(content_hash(text), (read[0].original_type, read[0].original))
            articles.append(
                {
                    "title": (title or choose_title(text)).strip() or Path(imported_from).stem,
                    "text": text,
                    "publisher": publisher,
                    "url": url,
                    "published": published,
                    "content_hash": content_hash(text),
                    "imported_from": imported_from,
                    "imported_at": stamp,
                    "encoding": encoding,
                    "author": meta.get("author", ""),
                    "lang": meta.get("lang", ""),
                    "source_kind": meta.get("source_kind", ""),
                    "fetched_at": meta.get("fetched_at", ""),
                }
            )
        # Everything that takes time in Python (sentences, bidi count, normalised index rows)
        # is done before the write lock is taken: an editor saving meanwhile waits only for
        # the inserts. Texts already stored are left out of it (looked up first, without a
        # lock, and again under it: another program may have stored one meanwhile).
        with self.store.read() as s:
            stored = repo.article_ids_by_hashes(s, (a["content_hash"] for a in articles))
        prepared: dict[str, tuple[dict, bytes, list]] = {}  # hash -> (row, spans, index rows)
        for article in articles:
            digest = article["content_hash"]
            if digest in stored or digest in prepared:
                continue
            spans = sentence_spans(article["text"])
            row = dict(
                article,
                bidi_controls=count_bidi_controls(article["text"]),
                sentence_count=len(spans),
            )
            rows = search_index.normalised_sentences(article["text"], spans)
            prepared[digest] = (row, span_blob.pack(spans), rows)
        with self.store.write() as s:
            known = repo.article_ids_by_hashes(s, prepared)
            fresh = {digest: p for digest, p in prepared.items() if digest not in known}
            new_ids = repo.insert_articles(s, [row for row, _, _ in fresh.values()])
            repo.insert_sentence_spans(
                s, [(article_id, blob) for article_id, (_, blob, _) in zip(new_ids, fresh.values())]
            )
            # Same transaction, after the batch's inserts: an article INSERT between two
            # index writes makes FTS5 flush a tiny segment per article (measured in the benchmark).
            search_index.insert_prepared(
                s, ((article_id, rows) for article_id, (_, _, rows) in zip(new_ids, fresh.values()))
            )
            article_meta.insert_originals(
                s,
                (
                    (article_id, *originals[digest])
                    for article_id, digest in zip(new_ids, fresh)
                    if digest in originals
                ),
            )
        known.update(stored)
        known.update(zip(fresh, new_ids))
        outcomes: list[ImportOutcome] = []
        for article in articles:
            article_id = known[article["content_hash"]]
            # The batch's first copy of a new text is the imported one.
            first = fresh.pop(article["content_hash"], None)
            if first is None:
                outcomes.append(
                    ImportOutcome(
                        article["imported_from"],
                        "duplicate",
                        article_id=article_id,
                        title=article["title"],
                        reason=f"same text as article {article_id}",
                    )
                )
            else:
                outcomes.append(
                    ImportOutcome(
                        article["imported_from"],
                        "imported",
                        article_id=article_id,
                        title=article["title"],
                        bidi_controls=first[0]["bidi_controls"],
                        encoding=article["encoding"],
                    )
                )
        return outcomes

    # -- articles and sentences -------------------------------------------------------------
    def articles(self) -> list[ArticleSummary]:
        with self.store.read() as s:
            return repo.list_article_summaries(s, self.default_status_id)

    def set_article_metadata(self, article_id: int, **changes: str | None) -> Article:
        """Change an article's title, publisher, author, url, published or lang (``None``:
        unchanged), each change in the history; the article is returned as stored."""
        article_edits.set_metadata(self.store, self.annotator, article_id, **changes)
        self._article_cache.pop(article_id, None)  # its metadata is read again
        return self.article(article_id)

    def article_original(self, article_id: int) -> tuple[str, bytes] | None:
        """The media type and bytes of the web page an article was imported from."""
        with self.store.read() as s:
            return article_meta.original(s, article_id)

    def articles_by_id(self, article_ids: Sequence[int]) -> dict[int, Article]:
        """Several full articles in one read (missing ids are left out)."""
        with self.store.read() as s:
            return repo.get_articles(s, article_ids)

    def article(self, article_id: int) -> Article:
        # Stored article texts never change and articles are never deleted (ids are not
        # reused); only metadata may be edited (set_article_metadata forgets the copy; another
        # program's edit shows once the copy leaves the cache). One read recently is kept, and one whose text is cached only needs its metadata (measured in the benchmark).
        article = self._article_cache.get(article_id)
        if article is not None:
            self._article_cache.move_to_end(article_id)
            return article
        cached = self._sentence_cache.get(article_id)
        with self.store.read() as s:
            article = repo.get_article(s, article_id, with_text=cached is None)
        if article is None:
            raise NotFound(template="There is no article {article_id}.", article_id=article_id)
        if cached is not None:
            article = replace(article, text=cached[0])
        self._article_cache[article_id] = article
        while len(self._article_cache) > 8:
            self._article_cache.popitem(last=False)
        return article

    def _text(self, article_id: int) -> str:
        cached = self._sentence_cache.get(article_id)
        if cached:  # stored text never changes and ids are never reused (autoincrement)
            return cached[0]
        if article_id in self._article_cache:
            return self._article_cache[article_id].text
        with self.store.read() as s:
            text = repo.article_text(s, article_id)
        if text is None:
            raise NotFound(template="There is no article {article_id}.", article_id=article_id)
        return text

    def sentences(self, article_id: int, text: str | None = None) -> list[Sentence]:
        """The article's sentences (1-based index, code-point offsets): the spans stored at
        import (segmented again if missing or damaged), cached per article."""
        if text is None:
            text = self._text(article_id)
        cached = self._sentence_cache.get(article_id)
        if cached and cached[0] is text or (cached and cached[0] == text):
            self._sentence_cache.move_to_end(article_id)
            return cached[1]
        with self.store.read() as s:  # stored at import (migration 0004 for older ones)
            blob = repo.sentence_span_blobs(s, article_id).get(article_id)
        spans = span_blob.spans(blob, len(text))
        if spans is None:  # not stored, or does not fit the text: segment it again
            spans = sentence_spans(text)
        result = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans, start=1)]
        self._sentence_cache[article_id] = (text, result)
        while len(self._sentence_cache) > 8:
            self._sentence_cache.popitem(last=False)
        return result

    def sentence(self, article_id: int, index: int) -> Sentence:
        sentences = self.sentences(article_id)
        if not 1 <= index <= len(sentences):
            raise NotFound(
                template="Article {article_id} has {count} sentences; there is no sentence {index}.",
                article_id=article_id,
                count=len(sentences),
                index=index,
            )
        return sentences[index - 1]

    # -- claims -----------------------------------------------------------------------------
    def claims(
        self, article_id: int | None = None, *, starting_before: int | None = None
    ) -> list[Claim]:
        """Claims of one article (or all), in reading order; ``starting_before``: only those
        that start before that offset (the first screen of a long article)."""
        with self.store.read() as s:
            return repo.list_claims(s, article_id, starting_before=starting_before)

    def claim(self, claim_id: int) -> Claim:
        with self.store.read() as s:
            claim = repo.get_claim(s, claim_id)
        if claim is None:
            raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
        return claim

    # -- streamed reads: listings and exports of the whole archive, a batch at a time -------
    @contextmanager
    def claims_snapshot(
        self, article_id: int | None = None
    ) -> Iterator[tuple[int, Iterator[list[Claim]]]]:
        """``(number of claims, their batches)`` of all claims or one article's, from one
        snapshot, in the order and with the values of ``claims``."""
        with self.store.read() as s:
            batches = repo.iter_claims(s, article_id)
            try:
                yield repo.count_claims(s, article_id), batches
            finally:
                batches.close()

    def iter_claims(self, article_id: int | None = None) -> Iterator[list[Claim]]:
        """``claims`` in batches, read as they are used (one snapshot)."""
        with self.claims_snapshot(article_id) as (_, batches):
            yield from batches

    def group_appearances(self, group_ids: Iterable[int]) -> dict[int, list[Claim]]:
        """Group id → its claims (primary first, then by id; no sources), for the groups
        among ``group_ids`` that have appearances."""
        with self.store.read() as s:
            return repo.group_appearances(s, group_ids)

    def iter_groups(
        self, article_id: int | None = None, status_ids: Sequence[str] | None = None
    ) -> Iterator[list[list[Claim]]]:
        """Claim groups by primary id in batches (``repo.iter_groups``), one snapshot."""
        with self.store.read() as s:
            yield from repo.iter_groups(s, article_id, status_ids)

    def verdict_events(self, claim_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """``{claim_id: (at, who)}`` of each claim's last status change or creation."""
        with self.store.read() as s:
            return repo.verdict_events(s, claim_ids)

    def article_headers(self, article_ids: Iterable[int]) -> dict[int, Article]:
        """Articles by id without their text (missing ids are left out)."""
        with self.store.read() as s:
            return repo.article_headers(s, article_ids)

    def article_ids(self) -> list[int]:
        with self.store.read() as s:
            return repo.article_ids(s)

    def claim_spans(self, article_id: int) -> list[tuple[int, int]]:
        """``(start, end)`` of the article's claims, sorted."""
        with self.store.read() as s:
            return repo.claim_spans(s, article_id)

    def status_counts(self) -> dict[int, dict[str, int]]:
        """Article id → {status shown: number of claims}, counted by the database."""
        with self.store.read() as s:
            return repo.status_counts(s)

    def iter_history(self, claim_id: int | None = None) -> Iterator[list[HistoryEntry]]:
        """``history`` in batches, read as they are used (one snapshot)."""
        with self.store.read() as s:
            ids = None
            if claim_id is not None:
                claim = repo.get_claim(s, claim_id, effective=False)
                linked = None if claim is None else claim.linked_to
                ids = [claim_id] if linked is None else [claim_id, linked]
            yield from repo.iter_history(s, ids)

    @contextmanager
    def report_snapshot(self, article_id: int | None = None) -> Iterator[ReportSnapshot]:
        """The verdict report's data (all claims, or one article's) from one read snapshot.

        Sentence starts are the stored spans (``span_blob``, written at import); an article
        whose spans are missing, or are not as many as its sentences, is segmented again.
        """
        with self.store.read() as s:
            articles = repo.report_articles(s, article_id)
            stored = repo.sentence_span_blobs(s, article_id)
            if article_id is None:
                # Each batch's sources and groups, read with it: held for every claim at
                # once they grew with the archive (1.6 GB at a million claims).
                sources: dict = {}
                group_articles: dict = {}

                def batches_with_their_sources() -> Iterator[list[tuple]]:
                    claim_batches = repo.report_claim_batches(s)
                    try:
                        for batch in claim_batches:
                            group_ids = [r[10] for r in batch]
                            sources.clear()
                            sources.update(repo.report_sources(s, group_ids))
                            group_articles.clear()
                            group_articles.update(repo.linked_group_articles(s, group_ids))
                            yield batch
                    finally:
                        claim_batches.close()

                batches = batches_with_their_sources()
            else:  # one article: only its claims, their sources and groups
                rows = [r for b in repo.report_claim_batches(s, article_id) for r in b]
                group_ids = [r[10] for r in rows]
                sources = repo.report_sources(s, group_ids)
                group_articles = repo.linked_group_articles(s, group_ids)
                batches = iter([rows] if rows else [])

            def sentence_starts(aid: int) -> list[int]:
                count = articles[aid][3] if aid in articles else -1
                starts = span_blob.starts(stored.get(aid), count)
                if starts is None:
                    text = repo.article_text(s, aid) or ""
                    starts = [a for a, _ in sentence_spans(text)]
                return starts

            try:
                yield ReportSnapshot(
                    articles, sources, group_articles, sentence_starts, batches
                )
            finally:
                close = getattr(batches, "close", None)
                if close:
                    close()  # the claims' cursor, if the report stopped early

    def _history(
        self, claim_id, entity, entity_id, action, field="", old=None, new=None
    ) -> dict:
        return {
            "at": now_iso(),
            "who": self.annotator,
            "claim_id": claim_id,
            "entity": entity,
            "entity_id": str(entity_id),
            "action": action,
            "field": field,
            "old": old,
            "new": new,
        }

    @staticmethod
    def check_span(text: str, start: int, end: int) -> None:
        """Refuse spans outside the text, empty or blank, or cutting a letter from its marks."""
        if not (0 <= start < end <= len(text)):
            raise InvalidInput(
                template="Span {start}:{end} is outside the text (0:{length}) or has no length.",
                start=start,
                end=end,
                length=len(text),
            )
        if not text[start:end].strip():
            raise InvalidInput(
                template="Span {start}:{end} holds only white space.", start=start, end=end
            )
        if unicodedata.combining(text[start]) and start > 0:
            raise InvalidInput(
                template="Span {start}:{end} starts on a combining mark that belongs to the "
                "letter before it; start one character earlier.",
                start=start,
                end=end,
            )
        if end < len(text) and unicodedata.combining(text[end]):
            raise InvalidInput(
                template="Span {start}:{end} cuts the combining marks off its last letter; "
                "end it after them.",
                start=start,
                end=end,
            )
        if splits_emoji(text, start) or splits_emoji(text, end):
            raise InvalidInput(
                template="Span {start}:{end} cuts an emoji or a flag in two; move its ends "
                "outside it.",
                start=start,
                end=end,
            )

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
        text = self._text(article_id)
        self.check_span(text, start, end)
        status_id = self.status(status_id).id if status_id else self.default_status_id
        checked = [self._checked_source(src) for src in sources]
        stamp = now_iso()
        values = {
            "article_id": article_id,
            "start": start,
            "end": end,
            **quote_with_context(text, start, end),
            "status_id": status_id,
            "note": note,
            "annotator": self.annotator,
            "created_at": stamp,
            "updated_at": stamp,
            "version": 1,
        }
        with self.store.write() as s:
            claim_id = repo.insert_claim(s, **values)
            hist = [
                self._history(
                    claim_id,
                    "claim",
                    claim_id,
                    "create",
                    new=json.dumps(
                        {
                            "article_id": article_id,
                            "start": start,
                            "end": end,
                            "status": status_id,
                            **({"note": note} if note else {}),
                        },
                        ensure_ascii=False,
                    ),
                )
            ]
            stored_sources = []
            for src in checked:
                sid = repo.insert_source(s, claim_id, src)
                stored_sources.append(Source(sid, claim_id, *astuple(src)))
                hist.append(
                    self._history(
                        claim_id, "source", sid, "create", "url", None, src.url
                    )
                )
            repo.append_history(s, hist)
        # Built from what was written, not read back: one query less per mark (measured in the benchmark).
        return Claim(id=claim_id, sources=tuple(stored_sources), **values)

    def add_claim_for_sentence(self, article_id: int, index: int, **kwargs) -> Claim:
        sentence = self.sentence(article_id, index)
        return self.add_claim(article_id, sentence.start, sentence.end, **kwargs)

    def _update_claim(
        self, claim_id: int, field: str, new: str, expected_version: int | None
    ) -> Claim:
        with self.store.write() as s:
            before = repo.get_claim(s, claim_id)
            if before is None:
                raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
            old = getattr(before, field)
            if old == new:
                return before
            values = {field: new, "updated_at": now_iso()}
            target = self._touch_group(s, before, expected_version, values)
            entity = "status" if field == "status_id" else "claim"
            repo.append_history(
                s,
                [self._history(target, entity, target, "update", field, old, new)],
            )
        # The row as now stored (its own version moved on by one; a linked claim shows the
        # primary's new value), without reading it back (measured in the benchmark).
        return replace(before, version=before.version + 1, **values)

    def set_status(
        self, claim_id: int, status_id: str, *, expected_version: int | None = None
    ) -> Claim:
        status_id = self.status(status_id).id
        return self._update_claim(claim_id, "status_id", status_id, expected_version)

    def set_note(
        self, claim_id: int, note: str, *, expected_version: int | None = None
    ) -> Claim:
        return self._update_claim(claim_id, "note", note, expected_version)

    def delete_claim(self, claim_id: int, *, expected_version: int | None = None) -> Claim:
        """Delete a claim and its sources; returns the full claim so it can be restored.

        ``expected_version``: refuse if the claim changed since it was read at that version.
        """
        with self.store.write() as s:
            claim = repo.get_claim(s, claim_id, effective=False)  # its own values
            if claim is None:
                raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
            if expected_version is not None and claim.version != expected_version:
                raise _changed_elsewhere(claim)
            linking.refuse_if_primary_of_group(s, claim_id)
            repo.delete_claim(s, claim_id)
            snapshot = json.dumps(asdict(claim), ensure_ascii=False)
            hist = [self._history(claim_id, "claim", claim_id, "delete", old=snapshot)]
            if claim.linked_to is not None:  # the group loses an appearance
                hist.append(
                    self._history(
                        claim.linked_to, "claim", claim_id, "unlink", "appearance",
                        linking.appearance_json(claim, claim.stance), None,
                    )
                )  # fmt: skip
            repo.append_history(s, hist)
            return claim

    def restore_claim(self, claim: Claim) -> Claim:
        """Put back a deleted claim (same id and sources when still free); used by undo."""
        text = self._text(claim.article_id)
        self.check_span(text, claim.start, claim.end)
        with self.store.write() as s:
            values = {
                k: getattr(claim, k)
                for k in (
                    "article_id",
                    "start",
                    "end",
                    "quote",
                    "prefix",
                    "suffix",
                    "status_id",
                    "note",
                    "annotator",
                    "created_at",
                )
            }
            values.update(linking.restorable_link(s, claim))
            if repo.get_claim(s, claim.id) is None:
                values["id"] = claim.id
            claim_id = repo.insert_claim(
                s, **values, updated_at=now_iso(), version=claim.version + 1
            )
            restored = {"start": claim.start, "end": claim.end, "status": claim.status_id}
            if values["linked_to"] is not None:
                restored.update(linked_to=values["linked_to"], stance=values["stance"])
            hist = [
                self._history(claim_id, "claim", claim_id, "restore", new=json.dumps(restored))
            ]
            for src in claim.sources:
                free = repo.get_source(s, src.id) is None
                sid = repo.insert_source(s, claim_id, src.as_input(), src.id if free else None)
                hist.append(self._history(claim_id, "source", sid, "create", "url", None, src.url))
            if values["linked_to"] is not None:  # the group gets its appearance back
                back = replace(claim, id=claim_id)
                hist.append(
                    self._history(
                        values["linked_to"], "claim", claim_id, "link", "appearance",
                        None, linking.appearance_json(back, values["stance"]),
                    )
                )  # fmt: skip
            repo.append_history(s, hist)
            return repo.get_claim(s, claim_id)

    # -- sources ----------------------------------------------------------------------------
    @staticmethod
    def _checked_source(src: SourceInput | str) -> SourceInput:
        if isinstance(src, str):
            src = SourceInput(url=src)
        url = validate_source_url(src.url)
        archive = (
            validate_source_url(src.archive_url) if src.archive_url.strip() else ""
        )
        if src.stance not in STANCES:
            raise InvalidInput(
                template="Unknown stance {stance!r}; use one of: {known}.",
                stance=src.stance,
                known=", ".join(STANCES),
            )
        accessed = src.accessed.strip() or date.today().isoformat()
        try:
            date.fromisoformat(accessed[:10])
        except ValueError:
            raise InvalidInput(
                template="Accessed date {accessed!r} is not an ISO date (YYYY-MM-DD).",
                accessed=accessed,
            ) from None
        return replace(src, url=url, archive_url=archive, accessed=accessed)

    def add_source(
        self,
        claim_id: int,
        src: SourceInput | str,
        *,
        source_id: int | None = None,
        expected_version: int | None = None,
    ) -> Source:
        """Add a source to a claim (a linked claim's go to its group's primary).

        ``expected_version``: refuse if the claim changed since it was read at that version.
        """
        checked = self._checked_source(src)
        with self.store.write() as s:
            asked = claim_id
            claim_id = self._touch_group(
                s, self._claim_row(s, claim_id), expected_version, {"updated_at": now_iso()}
            )
            _refuse_duplicate_source(s, asked, claim_id, checked.url)
            if source_id is not None and repo.get_source(s, source_id) is not None:
                source_id = None
            sid = repo.insert_source(s, claim_id, checked, source_id)
            repo.append_history(
                s,
                [
                    self._history(
                        claim_id, "source", sid, "create", "url", None, checked.url
                    )
                ],
            )
            return repo.get_source(s, sid)

    def update_source(
        self,
        source_id: int,
        src: SourceInput,
        *,
        claim_id: int | None = None,
        expected_version: int | None = None,
    ) -> Source:
        """Change a source. ``claim_id`` (default: the source's own claim) is the claim the
        editor changes it through, read at ``expected_version``: refused if it changed since."""
        checked = self._checked_source(src)
        with self.store.write() as s:
            before = self._source_of(s, source_id, claim_id, expected_version)
            _refuse_duplicate_source(
                s, claim_id or before.claim_id, before.claim_id, checked.url, source_id
            )
            repo.update_source(s, source_id, checked)
            old = json.dumps(asdict(before.as_input()), ensure_ascii=False)
            new = json.dumps(asdict(checked), ensure_ascii=False)
            repo.append_history(
                s,
                [
                    self._history(
                        before.claim_id, "source", source_id, "update", "", old, new
                    )
                ],
            )
            return repo.get_source(s, source_id)

    def remove_source(
        self, source_id: int, *, claim_id: int | None = None, expected_version: int | None = None
    ) -> Source:
        """Remove a source (``claim_id``, ``expected_version``: as for ``update_source``)."""
        with self.store.write() as s:
            before = self._source_of(s, source_id, claim_id, expected_version)
            repo.delete_source(s, source_id)
            repo.append_history(
                s,
                [
                    self._history(
                        before.claim_id,
                        "source",
                        source_id,
                        "delete",
                        "url",
                        before.url,
                        None,
                    )
                ],
            )
            return before

    def _source_of(
        self, s, source_id: int, claim_id: int | None, expected_version: int | None
    ) -> Source:
        """A source about to change, after the version check of the claim it is changed
        through (which must show it); that claim's group is touched."""
        before = repo.get_source(s, source_id)
        if before is None:
            raise NotFound(template="There is no source {source_id}.", source_id=source_id)
        via = self._claim_row(s, before.claim_id if claim_id is None else claim_id)
        if self._touch_group(s, via, expected_version, {"updated_at": now_iso()}) != before.claim_id:
            raise NotFound(template="There is no source {source_id}.", source_id=source_id)
        return before

    @staticmethod
    def _claim_row(s, claim_id: int) -> Claim:
        claim = repo.get_claim(s, claim_id, effective=False)  # its own values
        if claim is None:
            raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
        return claim

    @staticmethod
    def _touch_group(s, claim: Claim, expected_version: int | None, values: dict) -> int:
        """Write a change to the verdict ``claim`` shows: ``values`` (its status or note, and
        ``updated_at``; only ``updated_at`` for a change to its sources) go to the group's
        primary, which holds the verdict; ``claim`` is checked against ``expected_version``
        (if given); every claim of the group moves on a version (they all show the verdict).
        Returns the primary."""
        primary = claim.group_id
        own = values if primary == claim.id else {"updated_at": values["updated_at"]}
        if not repo.update_claim(s, claim.id, expected_version, **own):
            raise _changed_elsewhere(claim)
        if primary != claim.id:
            repo.update_claim(s, primary, None, **values)
        repo.bump_appearances(s, primary, skip=claim.id, updated_at=values["updated_at"])
        return primary

    # -- claim linking, suggestions and search (factcheck/linking.py, factcheck/search.py) ---
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
        return linking.link_claim(
            self, claim_id, to_claim_id, stance, keep=keep, expected_version=expected_version
        )

    def link_merging(
        self,
        claim_id: int,
        to_claim_id: int,
        stance: str = "agree",
        *,
        keep: str | None = None,
        expected_version: int | None = None,
    ) -> linking.LinkOutcome:
        """``link_claim`` that also returns the group's verdict before the merge (undo)."""
        return linking.link_merging(
            self, claim_id, to_claim_id, stance, keep=keep, expected_version=expected_version
        )

    def link_disagreement(self, claim_id: int, to_claim_id: int) -> linking.Disagreement | None:
        """What the editor must decide before linking these two claims (None: nothing)."""
        return linking.link_disagreement(self, claim_id, to_claim_id)

    def unlink_claim(
        self,
        claim_id: int,
        *,
        stance: str | None = None,
        expected_version: int | None = None,
    ) -> Claim:
        """Take a claim out of its group (it shows its own status/note/sources again)."""
        return linking.unlink_claim(
            self, claim_id, stance=stance, expected_version=expected_version
        )

    def restore_link(
        self,
        before: Claim,
        *,
        expected_version: int | None = None,
        merged: linking.LinkOutcome | None = None,
    ) -> Claim:
        """Undo a link/unlink/stance change: put back ``before.linked_to``/``stance``, and
        (``merged``: the outcome of the link undone) the group's verdict before the merge."""
        return linking.restore_link(self, before, expected_version, merged)

    def set_stance(
        self, claim_id: int, stance: str, *, expected_version: int | None = None
    ) -> Claim:
        return linking.set_stance(self, claim_id, stance, expected_version)

    def appearance_ids(self, primary_id: int) -> list[int]:
        """The ids of the claims linked to ``primary_id`` (cheap: no claim is read)."""
        with self.store.read() as s:
            return repo.appearance_ids(s, primary_id)

    def appearances(self, claim_id: int) -> list[Claim]:
        """All claims of ``claim_id``'s group, the primary first."""
        return linking.appearances(self, claim_id)

    def suggest_claims(
        self, article_id: int, start: int, end: int, limit: int = 5
    ) -> list[tuple[Claim, float]]:
        """Existing claims (group primaries) of other articles this span probably repeats."""
        return linking.suggest_claims(self, article_id, start, end, limit)

    def suggest_for_claim(
        self, claim_id: int, limit: int = linking.SUGGESTIONS_SHOWN
    ) -> list[tuple[Claim, float]]:
        """What the window suggests for a claim (``factcheck suggest`` prints the same)."""
        return linking.suggest_for_claim(self, claim_id, limit)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Arabic-aware search over all articles and claim notes (factcheck/search.py)."""
        from factcheck.search import search

        return search(self, query, limit)

    def rebuild_search_index(self) -> int:
        """Refill the FTS5 search index from the stored articles; returns its row count."""
        with self.store.write() as s:
            return search_index.rebuild(s)

    # -- history ----------------------------------------------------------------------------
    def history(self, claim_id: int | None = None) -> list[HistoryEntry]:
        """The change history, oldest first: all of it, or one claim's. A linked claim's
        includes its group primary's, which holds the verdict it shows."""
        with self.store.read() as s:
            if claim_id is None:
                return repo.list_history(s)
            claim = repo.get_claim(s, claim_id, effective=False)
            linked = None if claim is None else claim.linked_to
            return repo.list_history(s, [claim_id] if linked is None else [claim_id, linked])

    # -- edit lock (one editing app instance per database) ----------------------------------
    def acquire_edit_lock(
        self, holder: str | None = None, *, take_over: bool = False
    ) -> tuple[bool, str]:
        """Take the editing lock unless another live instance holds it.

        Returns ``(True, "")`` or ``(False, message naming the holder)``. A lock dated in
        the future is refused too, but ``suspect_lock`` then says so: the editor may take it
        over (``take_over=True`` takes the lock whoever holds it).
        """
        holder = holder or f"{socket.gethostname()}:{os.getpid()}:{time.time_ns()}"
        host = socket.gethostname()
        self.suspect_lock = None
        with self.store.write() as s:
            lock = repo.read_lock(s)
            if (
                not take_over
                and lock is not None
                and lock.holder != holder
                and not self._lock_is_stale(lock)
            ):
                ahead = lock.heartbeat - time.time()
                if ahead > LOCK_CLOCK_SLACK_SECONDS:
                    self.suspect_lock = SuspectLock(lock.host, lock.pid, ahead)
                    return False, (
                        f"This database's edit lock names {lock.host} (process {lock.pid}) "
                        f"as its editor, but its last sign of life is dated {ahead / 60:.0f} "
                        "min in the future (that computer's clock is wrong, or the file was "
                        "altered); it was opened read-only. Take over editing only if nobody "
                        "is editing it there."
                    )
                return False, (
                    f"This database is being edited by {lock.host} (process {lock.pid}); "
                    "it was opened read-only."
                )
            repo.write_lock(s, holder, host, os.getpid(), time.time())
        self._lock_holder = holder
        return True, ""

    def _lock_is_stale(self, lock) -> bool:
        if lock.host == socket.gethostname():
            try:
                os.kill(lock.pid, 0)
            except ProcessLookupError:
                return True
            except PermissionError:
                pass
        if lock.heartbeat - time.time() > LOCK_CLOCK_SLACK_SECONDS:
            # Measured on this machine: stale once the value has not changed for the interval
            # (a live holder writes a new heartbeat every 30 s, whatever its clock says).
            key = (self.store.where, lock.holder, lock.heartbeat)
            first_seen = _future_heartbeats_seen.setdefault(key, time.monotonic())
            return time.monotonic() - first_seen > LOCK_STALE_SECONDS
        if lock.host == socket.gethostname():
            return False  # its process is alive
        return time.time() - lock.heartbeat > LOCK_STALE_SECONDS

    def refresh_edit_lock(self) -> tuple[str, int] | None:
        """Renew the editing lock's heartbeat.

        If another instance took the lock over meanwhile (this one's heartbeat had stopped
        for longer than ``LOCK_STALE_SECONDS``, e.g. a laptop asleep), the lock is left to it,
        this desk becomes read-only and ``(host, pid)`` of the new holder is returned.
        """
        if not self._lock_holder or self.store.read_only:
            return None
        with self.store.write() as s:
            lock = repo.read_lock(s)
            if lock is not None and lock.holder != self._lock_holder:
                taken_by = (lock.host, lock.pid)
            else:
                taken_by = None
                repo.write_lock(
                    s, self._lock_holder, socket.gethostname(), os.getpid(), time.time()
                )
        if taken_by is not None:
            self._lock_holder = None
            self.store.read_only = True
        return taken_by

    def release_edit_lock(self) -> None:
        if self._lock_holder and not self.store.read_only:
            try:
                with self.store.write() as s:
                    repo.clear_lock(s, self._lock_holder)
            except StoreError:
                pass
        self._lock_holder = None

    def link_counts(self, article_id: int, claims: list[Claim] | None = None) -> dict[int, int]:
        """Claim id → number of other articles its claim also appears in (only if > 0).

        ``claims`` are the article's claims when the caller already has them.
        """
        if claims is None:
            claims = self.claims(article_id)
        with self.store.read() as s:
            per_group = repo.other_article_counts(s, article_id, claims)
        return {c.id: per_group[c.group_id] for c in claims if per_group.get(c.group_id)}
