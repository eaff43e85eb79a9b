"""Reads of the whole archive from one snapshot, for the reports and streamed listings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from factcheck.model import Claim
from factcheck.store import Store, span_blob
from factcheck.store import repository as repo
from factcheck.text import sentence_spans


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


@contextmanager
def report_snapshot(store: Store, article_id: int | None = None) -> Iterator[ReportSnapshot]:
    """The verdict report's data (all claims, or one article's) from one read snapshot.

    Sentence starts are the stored spans (``span_blob``, written at import); an article
    whose spans are missing, or are not as many as its sentences, is segmented again.
    """
    with store.read() as s:
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


@contextmanager
def claims_snapshot(
    store: Store, article_id: int | None = None
) -> Iterator[tuple[int, Iterator[list[Claim]]]]:
    """``(number of claims, their batches)`` of all claims or one article's, from one
    snapshot, in the order and with the values of ``Desk.claims``."""
    with store.read() as s:
        batches = repo.iter_claims(s, article_id)
        try:
            yield repo.count_claims(s, article_id), batches
        finally:
            batches.close()
