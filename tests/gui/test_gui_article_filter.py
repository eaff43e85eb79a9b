"""The article list's filter box folds Arabic exactly as search does."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _listed(win) -> set[int]:
    proxy = win.article_proxy
    return {
        win.article_model.article_at(proxy.mapToSource(proxy.index(row, 0)).row()).id
        for row in range(proxy.rowCount())
    }


@pytest.mark.parametrize("typed", ["أمازون", "امازون", "أَمَازُون", "ﺃﻣﺎﺯﻭﻥ"])
def test_filter_finds_a_title_in_another_spelling(window, typed):
    # Article 1's title spells it "أمازون", article 2's "هل امازون منعت موظفيها ...": every
    # spelling typed finds both; a word in neither title finds neither.
    win = window
    win.article_filter.setText(typed)
    assert _listed(win) == {1, 2}
    win.article_filter.setText(typed + " منعت")  # every word: only article 2's title has it
    assert _listed(win) == {2}


def test_filter_folds_hamza_carriers_and_keeps_every_word(window):
    win = window
    aid = win.desk.import_text("المسئول عن الملف يستقيل\nنص الخبر.").article_id
    win.article_model.set_articles(win.desk.articles())
    win.article_filter.setText("مسؤول")
    assert _listed(win) == {aid}
    win.article_filter.setText("مسؤول يستقيل")  # every word, anywhere in the row
    assert _listed(win) == {aid}
    win.article_filter.setText("مسؤول منعت")
    assert _listed(win) == set()
    win.article_filter.setText("")
    assert _listed(win) == {1, 2, aid}
