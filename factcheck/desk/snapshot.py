"""Reads of the whole archive from one snapshot, for the reports and streamed listings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from factcheck.model import Claim
from factcheck.store import Store, span_blob
from factcheck.store import repository as repo
from factcheck.text import sentence_spans


class ReportBatch(NamedTuple):
    """Up to 2,000 claims of the verdict report and what their rows show, as plain values.

    ``rows`` are ``repo.report_claim_batches`` tuples (with each group's review state and
    justification); ``sources`` are ``repo.report_sources`` rows of the batch's groups,
    ``group_articles`` is keyed by a claim's group id (a group missing from it is a claim
    alone), ``comments`` by claim id, ``sentence_starts`` by article id (the batch's
    articles).
    """

    rows: list[tuple]
    sources: list[tuple]  # (group id, url, title, archive_url), by group then source id
    group_articles: dict[int, list[int]]
    comments: dict[int, list[tuple]]  # (claim_id, author, at, text, resolved_by), oldest first
    sentence_starts: dict[int, list[int]]


class ReportSnapshot(NamedTuple):
    """What the verdict report reads, from one snapshot: the articles, and the claims in
    batches (each read with its sources, groups and workflow cells: held for every claim at
    once they grew with the archive, 1.6 GB at a million claims)."""

    articles: dict[int, tuple[str, str, str, int, str]]  # title, publisher, url, sentences, published
    batches: Iterator[ReportBatch]


@contextmanager
def report_snapshot(store: Store, article_id: int | None = None) -> Iterator[ReportSnapshot]:
    """The verdict report's data (all claims, or one article's) from one read snapshot.

    Sentence starts are the stored spans (``span_blob``, written at import); an article
    whose spans are missing, or are not as many as its sentences, is segmented again.
    """
    with store.read() as s:
        articles = repo.report_articles(s, article_id)
        stored = repo.sentence_span_blobs(s, article_id)
        known_starts: dict[int, list[int]] = {}  # the previous batch's last article's

        def starts_of(aid: int) -> list[int]:
            count = articles[aid][3] if aid in articles else -1
            starts = span_blob.starts(stored.get(aid), count)
            if starts is None:
                text = repo.article_text(s, aid) or ""
                starts = [a for a, _ in sentence_spans(text)]
            return starts

        def read_with(rows: list[tuple]) -> ReportBatch:
            groups = sorted({r[10] for r in rows})
            starts = {
                aid: known_starts[aid] if aid in known_starts else starts_of(aid)
                for aid in dict.fromkeys(r[1] for r in rows)  # in order, once each
            }
            known_starts.clear()
            known_starts[rows[-1][1]] = starts[rows[-1][1]]
            return ReportBatch(
                rows,
                repo.report_sources(s, groups),
                repo.linked_group_articles(s, groups),
                repo.report_comments(s, [r[0] for r in rows]),
                starts,
            )

        if article_id is None:

            def batches_with_their_cells() -> Iterator[ReportBatch]:
                claim_batches = repo.report_claim_batches(s)
                try:
                    for rows in claim_batches:
                        yield read_with(rows)
                finally:
                    claim_batches.close()

            batches = batches_with_their_cells()
        else:  # one article: one batch of its claims
            rows = [r for b in repo.report_claim_batches(s, article_id) for r in b]
            batches = iter([read_with(rows)] if rows else [])
        try:
            yield ReportSnapshot(articles, batches)
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
