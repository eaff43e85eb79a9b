"""A damaged but readable database: the window opens what it can and says what it cannot."""

from __future__ import annotations

import sqlite3

import pytest
from rel_support import checkpoint, hostile

from factcheck.desk import Desk

pytestmark = pytest.mark.gui


def test_window_starts_with_an_article_stored_as_binary_and_names_it(qtbot, tmp_path):
    """Regression: article text stored as a BLOB (another SQLite tool) gave a traceback and
    the window could not start."""
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    db = tmp_path / "blob.sqlite"
    desk = Desk.open(db, load_seeds=False)
    desk.import_text("مقال تالف. فيه جملة ثانية.")
    second = desk.import_text("مقال سليم. قال الوزير إن النمو جيد.").article_id
    desk.close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET text = CAST(text AS BLOB) WHERE id = 1")
    conn.commit()
    conn.close()
    checkpoint(db)
    hostile()
    win = build_window(str(db), lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    try:
        assert "article 1" in win.error_box.text() and "damaged" in win.error_box.text()
        assert win.open_article(second)
        assert "قال الوزير" in win.reader.toPlainText()
    finally:
        win.desk.close()


def test_selecting_a_claim_whose_offsets_lie_past_the_text_shows_a_dialog(qtbot, tmp_path):
    """Regression: IndexError when such a claim was selected; the other claims still work."""
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    db = tmp_path / "offsets.sqlite"
    desk = Desk.open(db, load_seeds=False)
    aid = desk.import_text("مقال أول. قال الوزير إن النمو جيد. وأضاف أمراً آخر.").article_id
    bad = desk.add_claim_for_sentence(aid, 1).id
    good = desk.add_claim_for_sentence(aid, 2).id
    desk.close()
    conn = sqlite3.connect(db)
    conn.execute('UPDATE claims SET start = 5000, "end" = 5010 WHERE id = ?', (bad,))
    conn.commit()
    conn.close()
    checkpoint(db)
    hostile()
    win = build_window(str(db), article_id=aid, lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    try:
        win.select_claim(bad)
        assert f"Claim {bad} is damaged" in win.error_box.text()
        assert win.reader.selected_claim_id is None
        win.select_claim(good)
        assert win.reader.selected_claim_id == good
    finally:
        win.desk.close()
