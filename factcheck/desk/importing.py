"""The import pipeline: files and folders to decoded, de-duplicated, stored articles.

Every file gets an outcome (imported, duplicate, refused with its reason); a failure never
stops the batch. Articles are committed in batches, each article all there or absent.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from factcheck.desk import history
from factcheck.intake import IMPORT_SUFFIXES, choose_title
from factcheck.intake.prepare import PreparedText, prepare_text, read_files
from factcheck.model import ImportOutcome
from factcheck.store import Store, article_meta, search_index, span_blob
from factcheck.store import repository as repo
from factcheck.text import (
    DecodeError,
    clean_text,
    decode_bytes,
    is_blank,
)

# An import commits its articles in batches of at most IMPORT_BATCH files and at most
# IMPORT_BATCH_CHARS characters (about 4 MB of Arabic; one larger file is a batch of its
# own): what an import holds in memory, and how long one transaction holds the write lock
# (~0.4 s for 2 million characters here; editors saving meanwhile wait that long at most).
# The character bound is what keeps the lock short; the file bound only caps the rows of
# one executemany. 500 rather than 200 files: 5 KB news articles then commit in batches of
# about 2 million characters too, with fewer synchronous commits (benchmark: 2,000
# articles, import/floor 1.39-1.65x instead of 1.51-1.77x in the same runs).
IMPORT_BATCH = 500
IMPORT_BATCH_CHARS = 2_000_000


class DecodedArticle(NamedTuple):
    """One article ready to store: decoded, cleaned text and what is known about it."""

    imported_from: str
    text: str
    encoding: str = ""
    title: str | None = None
    publisher: str = ""
    url: str = ""
    published: str = ""
    # the IntakeDocument a file was read into: its other metadata and, for a web page, the
    # page's bytes (kept beside the article as evidence, never rendered)
    document: object | None = None
    # ``prepare_text(text)``, when the import's worker process computed it already
    prepared: PreparedText | None = None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _os_problem(exc: OSError) -> DecodeError:
    """The reason shown for a path the import could not read (as in ``read_text_file``)."""
    if isinstance(exc, PermissionError):
        return DecodeError(template="permission denied")
    return DecodeError(template="cannot read ({reason})", reason=exc.strerror or exc)


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


def import_text(store: Store, text: str, **meta) -> ImportOutcome:
    """Store one already-decoded article (de-duplicated by content), cleaned as a decoded
    file is: LF line ends, NFC, no BOM (a lone BOM is no article). ``meta``: the other
    fields of ``DecodedArticle``."""
    text = clean_text(text)
    if is_blank(text):
        return refused_outcome(
            meta.get("imported_from", ""), DecodeError(template="empty article")
        )
    return import_decoded(store, [DecodedArticle(text=text, **meta)])[0]


def import_document(store: Store, document, *, imported_from: str = "") -> ImportOutcome:
    """Store an article read by ``factcheck.intake`` (an ``IntakeDocument``) with its
    metadata, and the page it came from if it kept one."""
    text = clean_text(document.text)
    if is_blank(text):
        return refused_outcome(imported_from, DecodeError(template="empty article"))
    return import_decoded(store, [_from_document(imported_from, text, document)])[0]


def _from_document(
    imported_from: str, text: str, document, prepared: PreparedText | None = None
) -> DecodedArticle:
    return DecodedArticle(
        imported_from, text, document.encoding, document.title or None,
        document.publisher, document.url, document.published, document, prepared,
    )  # fmt: skip


def import_bytes(store: Store, data: bytes, *, imported_from: str = "", **meta) -> ImportOutcome:
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return refused_outcome(imported_from, exc)
    return import_text(
        store, decoded.text, imported_from=imported_from, encoding=decoded.encoding, **meta
    )


def import_paths(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    progress: Callable[[ImportOutcome], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Import files and folders; every file gets an outcome, failures never stop the batch.

    Articles are committed in batches (``IMPORT_BATCH``, ``IMPORT_BATCH_CHARS``), each
    reported to ``progress`` once committed; each article is all there or absent.
    """
    outcomes: list[ImportOutcome] = []
    pending: list[DecodedArticle] = []
    pending_chars = 0

    def flush() -> None:
        nonlocal pending_chars
        for outcome in import_decoded(store, pending):
            outcomes.append(outcome)
            if progress:
                progress(outcome)
        pending.clear()
        pending_chars = 0

    files = list(iter_import_files(paths))
    with closing(read_files(files)) as read:
        for path, problem, document, prepared in read:
            if cancelled and cancelled():
                break
            if problem:
                flush()
                refused = refused_outcome(path_text(path), problem)
                outcomes.append(refused)
                if progress:
                    progress(refused)
                continue
            if pending_chars + len(document.text) > IMPORT_BATCH_CHARS:
                flush()
            pending.append(_from_document(path_text(path), document.text, document, prepared))
            pending_chars += len(document.text)
            if len(pending) >= IMPORT_BATCH:
                flush()
    flush()
    return outcomes


def _fetched(url: str, cancelled: Callable[[], bool] | None):
    """The article at ``url`` (``read_url``), or None if ``cancelled()`` became true while
    it was on its way: the fetch then finishes (or times out) alone and is dropped, so a
    cancel never waits for a slow server."""
    from factcheck.intake.fetch import read_url

    if cancelled is None:
        return read_url(url)
    result: list = []

    def fetch() -> None:
        try:
            result.append(read_url(url))
        except DecodeError as exc:
            result.append(exc)

    thread = threading.Thread(target=fetch, name="factcheck-fetch", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.05)
        if cancelled():
            return None
    if isinstance(result[0], DecodeError):
        raise result[0]
    return result[0]


def import_urls(
    store: Store,
    urls: Sequence[str],
    progress: Callable[[ImportOutcome], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Fetch and import each http(s) address, recording it and the fetch time; a refused one
    is named with its reason (nothing stored). A cancelled fetch stores nothing either."""
    outcomes: list[ImportOutcome] = []
    for url in urls:
        if cancelled and cancelled():
            break
        try:
            document = _fetched(url, cancelled)
        except DecodeError as exc:
            outcome = refused_outcome(url, exc)
        else:
            if document is None:
                break
            outcome = import_document(store, document, imported_from=url)
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes


def import_decoded(store: Store, items: Sequence[DecodedArticle]) -> list[ImportOutcome]:
    """Store a batch of decoded, cleaned articles in one transaction, with their index rows.

    A text already stored, or met earlier in the batch, is a duplicate of that article.
    """
    if not items:
        return []
    stamp = history.now_iso()
    articles: list[dict] = []  # article rows, less the columns computed if new
    originals: dict[str, tuple[str, bytes]] = {}  # hash -> a web page's type and bytes
    for item in items:
        meta = item.document.metadata() if item.document is not None else {}
        if item.document is not None and item.document.original is not None:
            originals.setdefault(
                content_hash(item.text), (item.document.original_type, item.document.original)
            )
        articles.append(
            {
                "title": (item.title or choose_title(item.text)).strip()
                or Path(item.imported_from).stem,
                "text": item.text,
                "publisher": item.publisher,
                "url": item.url,
                "published": item.published,
                "content_hash": content_hash(item.text),
                "imported_from": item.imported_from,
                "imported_at": stamp,
                "encoding": item.encoding,
                "author": meta.get("author", ""),
                "lang": meta.get("lang", ""),
                "source_kind": meta.get("source_kind", ""),
                "fetched_at": meta.get("fetched_at", ""),
                "prepared": item.prepared,
            }
        )
    # Everything that takes time in Python (sentences, bidi count, normalised index rows)
    # is done before the write lock is taken: an editor saving meanwhile waits only for
    # the inserts. Texts already stored are left out of it (looked up first, without a
    # lock, and again under it: another program may have stored one meanwhile).
    with store.read() as s:
        stored = repo.article_ids_by_hashes(s, (a["content_hash"] for a in articles))
    prepared: dict[str, tuple[dict, bytes, list]] = {}  # hash -> (row, spans, index rows)
    for article in articles:
        digest = article["content_hash"]
        if digest in stored or digest in prepared:
            continue
        bidi_controls, spans, rows = article.pop("prepared") or prepare_text(article["text"])
        row = dict(article, bidi_controls=bidi_controls, sentence_count=len(spans))
        prepared[digest] = (row, span_blob.pack(spans), rows)
    with store.write() as s:
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
