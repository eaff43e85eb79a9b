"""Fixtures for the claim-linking, search and export tests."""

from __future__ import annotations

import pytest

from factcheck.desk import Desk


@pytest.fixture
def desk(seeded_url):
    """A Desk on the two sample articles: 1 = seeds/000 (أمازون), 2 = seeds/001 (امازون);
    on SQLite, then on PostgreSQL."""
    d = Desk.open(seeded_url)
    yield d
    d.close()


def span_of(desk: Desk, article_id: int, quote: str) -> tuple[int, int]:
    start = desk.article(article_id).text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def mark(desk):
    """``mark(article_id, quote, **kw)``: add a claim on the first occurrence of ``quote``."""

    def _mark(article_id: int, quote: str, **kwargs):
        start, end = span_of(desk, article_id, quote)
        return desk.add_claim(article_id, start, end, **kwargs)

    return _mark
