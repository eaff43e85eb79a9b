"""The extraction corpus (``tests/data/extraction``, scored by ``python -m tests.perf.extractors``):
its gold text is the page's own, and factcheck's import keeps every article paragraph."""

from __future__ import annotations

import lxml.html
import pytest

from factcheck.intake.html import read_html
from tests.perf.extractors import flat, load_corpus, words

CASES = load_corpus()


def visible_text(html: str) -> str:
    root = lxml.html.fromstring(html)
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    return flat(root.text_content())


def test_the_corpus_has_its_pages():
    assert len(CASES) >= 10
    assert sum(len(case.body) for case in CASES) >= 50


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_gold_text_is_the_page_s_own(case):
    """Every article paragraph is text of the page and every boilerplate snippet is in its
    markup (a script's text, a placeholder), so a typo in the gold cannot score as text lost
    or leaked; no snippet is part of the article."""
    page = visible_text(case.html)
    for text in [case.headline, *case.body]:
        assert flat(text) in page, text
    for snippet in case.boilerplate:
        assert flat(snippet) in flat(case.html), snippet
    page_words = words(page)
    for text in case.optional:  # put together from several elements: compared by words
        assert not words(text) - page_words, text
    article = flat(" ".join([case.headline, *case.body]))
    for snippet in case.boilerplate:
        assert flat(snippet) not in article, snippet


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_import_keeps_every_article_paragraph(case):
    """What factcheck stores from each page holds each paragraph of its article whole."""
    stored = flat(read_html(case.html.encode("utf-8")).text)
    lost = [paragraph for paragraph in case.body if flat(paragraph) not in stored]
    assert not lost


def test_the_comparison_says_in_one_line_how_to_install_what_it_lacks(monkeypatch, capsys):
    import importlib.util

    from tests.perf import extractors

    # Only justext is made missing; the others may be absent too (they are never installed
    # by the test extras, so CI has none of them): the line names whichever are missing.
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "justext" else real(name)
    )
    assert extractors.main([]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert err.startswith("extractors missing: ") and "justext" in err.split(";")[0]
    assert "pip install readability-lxml justext boilerpy3" in err
