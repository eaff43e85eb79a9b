"""Helpers shared by the GUI tests."""

from __future__ import annotations

from factcheck.desk import Desk


def stored(db) -> dict:
    """The claims as stored in ``db`` (read by a second, read-only Desk), by id."""
    desk = Desk.open(db, read_only=True)
    try:
        return {c.id: c for c in desk.claims()}
    finally:
        desk.close()


# A clause of the second sample article that repeats the first article's third sentence
# (Amazon and the TikTok ban): the pair the linking tests suggest and link. A span, not a
# sentence number: the sentence around it changes with the segmenter's rules.
AMAZON_ASKS = "بان شركة امازون تطالب موظفيها بحذف تطبيق تيك توك من هواتفهم المحمولة بسبب مخاطره الأمنية"


def phrase_span(text: str, phrase: str) -> tuple[int, int]:
    """Code-point offsets of the one occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    assert text.find(phrase, start + 1) == -1, "the phrase must be unique"
    return start, start + len(phrase)


def mark_phrase(window, article_id: int, phrase: str):
    """Open the article if needed and mark ``phrase`` as a claim, as a drag and Space would."""
    from PySide6.QtWidgets import QApplication

    if window.article_id != article_id:
        window.open_article(article_id)
    start, end = phrase_span(window.desk.article(article_id).text, phrase)
    claim = window.mark_span(start, end)
    QApplication.processEvents()
    return claim


def window_as(qtbot, db, name: str):
    """The window on ``db`` acting as the editor ``name`` (File → Settings), shown and
    active (keys reach the window's shortcuts only once it is active)."""
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    settings = AppSettings()
    settings.annotator = name
    win = build_window(str(db), lang="en", settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win
