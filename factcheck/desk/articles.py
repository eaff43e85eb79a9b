"""Stored articles and their sentences, with the few read recently kept in memory.

Stored articles never change and are never deleted (ids are not reused), so a cached
article or sentence list stays true.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from factcheck.model import Article, NotFound, Sentence
from factcheck.store import Store, span_blob
from factcheck.store import repository as repo
from factcheck.text import sentence_spans

CACHED_ARTICLES = 8


def _no_article(article_id: int) -> NotFound:
    return NotFound(template="There is no article {article_id}.", article_id=article_id)


class ArticleTexts:
    """Articles, their texts and sentences, read through a small cache."""

    def __init__(self, store: Store):
        self.store = store
        self._articles: OrderedDict[int, Article] = OrderedDict()
        self._sentences: OrderedDict[int, tuple[str, list[Sentence]]] = OrderedDict()

    def forget(self, article_id: int) -> None:
        """Read the article again next time (its metadata was edited)."""
        self._articles.pop(article_id, None)

    def article(self, article_id: int) -> Article:
        # One read recently is kept, and one whose text is cached only needs its metadata
        # (measured in the benchmark).
        article = self._articles.get(article_id)
        if article is not None:
            self._articles.move_to_end(article_id)
            return article
        cached = self._sentences.get(article_id)
        with self.store.read() as s:
            article = repo.get_article(s, article_id, with_text=cached is None)
        if article is None:
            raise _no_article(article_id)
        if cached is not None:
            article = replace(article, text=cached[0])
        self._articles[article_id] = article
        while len(self._articles) > CACHED_ARTICLES:
            self._articles.popitem(last=False)
        return article

    def text(self, article_id: int) -> str:
        """The stored text of an article, or ``NotFound``."""
        cached = self._sentences.get(article_id)
        if cached:
            return cached[0]
        if article_id in self._articles:
            return self._articles[article_id].text
        with self.store.read() as s:
            text = repo.article_text(s, article_id)
        if text is None:
            raise _no_article(article_id)
        return text

    def sentences(self, article_id: int, text: str | None = None) -> list[Sentence]:
        """The article's sentences (1-based index, code-point offsets): the spans stored at
        import (segmented again if missing or damaged), cached per article."""
        if text is None:
            text = self.text(article_id)
        cached = self._sentences.get(article_id)
        if cached and cached[0] is text or (cached and cached[0] == text):
            self._sentences.move_to_end(article_id)
            return cached[1]
        with self.store.read() as s:  # stored at import (migration 0004 for older ones)
            blob = repo.sentence_span_blobs(s, article_id).get(article_id)
        spans = span_blob.spans(blob, len(text))
        if spans is None:  # not stored, or does not fit the text: segment it again
            spans = sentence_spans(text)
        result = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans, start=1)]
        self._sentences[article_id] = (text, result)
        while len(self._sentences) > CACHED_ARTICLES:
            self._sentences.popitem(last=False)
        return result

    def sentence(self, article_id: int, index: int) -> Sentence:
        sentences = self.sentences(article_id)
        if not 1 <= index <= len(sentences):
            raise NotFound(
                template="Article {article_id} has {count} sentences; there is no sentence "
                "{index}.",
                article_id=article_id,
                count=len(sentences),
                index=index,
            )
        return sentences[index - 1]
