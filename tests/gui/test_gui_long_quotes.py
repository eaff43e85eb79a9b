"""A claim of a million characters: the window shows the start of it and says how much is
left; the whole text stays in the database, the exports and the clipboard.

A word-wrapped label lays out every character it holds (about 2.8 s per million here), so
the inspector, the tables, the lists and the tooltips show a bounded part of long texts.
"""

from __future__ import annotations

import csv

import pytest

from factcheck.desk import Desk

pytestmark = pytest.mark.gui

LINE = "قال الوزير إن النمو بلغ ثلاثة في المئة هذا العام. " * 20  # ~1,000 characters
QUOTE_CHARS = 1_000_000
SHOWN_AT_MOST = 1_200  # the start shown, and the "… (more characters: N)" after it


@pytest.fixture
def long_db(tmp_path):
    """Article 1 holds a claim of a million characters with a long note, linked to a long
    claim of article 2."""
    db = tmp_path / "long.sqlite"
    desk = Desk.open(db, load_seeds=False)
    body = (LINE.strip() + "\n") * (QUOTE_CHARS // len(LINE) + 2)
    first = desk.import_text("خبر طويل\n" + body).article_id
    second = desk.import_text("خبر آخر\n" + body[: QUOTE_CHARS // 2]).article_id
    start = len("خبر طويل\n")
    claim = desk.add_claim(first, start, start + QUOTE_CHARS)
    desk.set_note(claim.id, "ملاحظة " * 200_000)
    other = desk.add_claim(second, start - 1, start - 1 + QUOTE_CHARS // 2 - 10)
    desk.link_claim(other.id, claim.id)
    desk.close()
    return db


@pytest.fixture
def long_window(qtbot, long_db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    win = build_window(str(long_db), article_id=1, lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.desk.close()


def test_selecting_a_million_character_claim_shows_its_start_and_what_is_left(long_window, qtbot):
    """Regression: the inspector's word-wrapped label held the whole quote (a 12-million
    character sentence froze the window for minutes when its claim was selected)."""
    win = long_window
    claim = win.desk.claims(1)[0]
    assert len(claim.quote) == QUOTE_CHARS
    win.select_claim(claim.id)
    qtbot.waitUntil(lambda: win.inspector.claim is not None and win.inspector.claim.id == claim.id)
    shown = win.inspector.quote.text()
    assert len(shown) <= SHOWN_AT_MOST
    assert shown.startswith(claim.quote[:1000])
    assert f"more characters: {QUOTE_CHARS - 1000}" in shown


def test_the_whole_quote_can_still_be_copied_and_exported(long_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    win = long_window
    claim = win.desk.claims(1)[0]
    win.select_claim(claim.id)
    button = win.inspector.copy_quote_button
    assert button.isVisibleTo(win.inspector)
    button.click()
    assert QApplication.clipboard().text() == claim.quote
    out = tmp_path / "verdicts.csv"
    assert win.export_csv(str(out)) >= 1
    csv.field_size_limit(4 * QUOTE_CHARS)  # Python's reader stops at 128 KB by default
    with out.open(encoding="utf-8-sig", newline="") as f:
        quotes = [row["claim_text"] for row in csv.DictReader(f)]
    assert claim.quote in quotes


def test_a_short_quote_is_shown_whole_without_a_copy_button(long_window):
    win = long_window
    claim = win.desk.add_claim(1, 0, len("خبر طويل"))
    win.open_article(1)
    win.select_claim(claim.id)
    assert win.inspector.quote.text() == "خبر طويل"
    assert not win.inspector.copy_quote_button.isVisibleTo(win.inspector)


def test_tables_lists_and_tooltips_show_a_bounded_part_of_long_texts(long_window, qtbot):
    from PySide6.QtCore import Qt

    win = long_window
    claim = win.desk.claims(1)[0]
    win.select_claim(claim.id)
    qtbot.waitUntil(lambda: win.inspector.appearances.count() > 0)
    row = win.claim_model.row_of(claim.id)
    index = win.claim_model.index(row, 2)
    assert len(win.claim_model.data(index, Qt.ItemDataRole.DisplayRole)) <= SHOWN_AT_MOST
    assert len(win.claim_model.data(index, Qt.ItemDataRole.ToolTipRole)) <= 2 * SHOWN_AT_MOST
    # the reader's tooltip over the claim holds its note (1.4 million characters)
    assert len(win.reader.tooltip_at(claim.start + 1)) <= 2 * SHOWN_AT_MOST
    # "also in" and the suggestions
    assert all(
        len(win.inspector.appearances.item(i).text()) <= SHOWN_AT_MOST
        for i in range(win.inspector.appearances.count())
    )
    other = win.desk.claims(2)[0]
    titles = {aid: win.article_title(aid) for aid in (claim.article_id, other.article_id)}
    win.inspector.show_links([claim, other], [(other, 0.9)], titles)
    assert len(win.inspector.suggestions.item(0).text()) <= SHOWN_AT_MOST
