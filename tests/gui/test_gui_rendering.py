"""What the editor sees: right-to-left ink, highlight colours on the right words, emoji offsets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from factcheck.desk import Desk
from factcheck.gui.qt_reader import BIDI_MARKER

pytestmark = pytest.mark.gui


def line_rect(reader, pos: int):
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.to_qt(pos))
    return reader.cursorRect(cursor)


def ink_columns(image, top: int, bottom: int) -> list[int]:
    """x of every dark pixel between two rows."""
    xs = []
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(image.width()):
            if QColor(image.pixel(x, y)).lightness() < 110:
                xs.append(x)
    return xs


def test_arabic_paragraph_ink_hugs_the_right_edge(window, qtbot):
    reader = window.reader
    reader.verticalScrollBar().setValue(0)
    qtbot.wait(20)
    # Sentence 1 is the one-word section line "تكنولوجيا": short, so alignment decides.
    rect = line_rect(reader, 0)
    image = reader.viewport().grab().toImage()
    xs = ink_columns(image, rect.top() + 2, rect.bottom() - 2)
    assert xs, "no ink found on the title line"
    width = image.width()
    assert max(xs) > width - 40, (max(xs), width)
    assert min(xs) > width // 2, (min(xs), width)


def test_english_paragraph_is_laid_out_left_to_right(qtbot, tmp_path):
    from factcheck.gui.qt_reader import ArticleReader

    text = "خبر عاجل\nAmazon said the email was sent in error.\nقالت الشركة إن الرسالة أُرسلت بالخطأ"
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.resize(700, 300)
    reader.show_article(text, [], [], [])
    reader.show()
    qtbot.waitExposed(reader)
    english = text.index("Amazon")
    image = reader.viewport().grab().toImage()
    rect = line_rect(reader, english)
    xs = ink_columns(image, rect.top() + 2, rect.bottom() - 2)
    assert min(xs) < 40 and max(xs) < image.width() - 100
    arabic = text.index("قالت")
    rect = line_rect(reader, arabic)
    xs = ink_columns(image, rect.top() + 2, rect.bottom() - 2)
    assert max(xs) > image.width() - 40 and min(xs) > 100


def test_claim_highlight_colour_sits_on_its_words(window, qtbot):
    reader = window.reader
    text = reader.text
    word = "أمازون"
    start = text.index(word)
    claim = window.mark_span(start, start + len(word), status_id="false")
    window.select_claim(None)
    reader.verticalScrollBar().setValue(0)
    qtbot.wait(20)
    image = reader.viewport().grab().toImage()
    a, b = line_rect(reader, claim.start), line_rect(reader, claim.end)
    left, right = sorted((a.center().x(), b.center().x()))
    y = a.center().y()
    status = next(s for s in window.statuses if s.id == "false")
    target = QColor(status.color)

    def near(color: QColor) -> bool:
        alpha = 190 / 255
        expect = [round(255 * (1 - alpha) + c * alpha) for c in (target.red(), target.green(), target.blue())]
        return all(abs(x - e) <= 12 for x, e in zip((color.red(), color.green(), color.blue()), expect))

    inside = sum(near(QColor(image.pixel(x, y))) for x in range(left + 1, right - 1))
    assert inside > (right - left) * 0.3
    # Outside the word (beyond its left end on the same line) the colour is absent.
    outside = sum(near(QColor(image.pixel(x, y))) for x in range(max(0, left - 60), left - 4))
    assert outside == 0


def test_highlight_after_emoji_lands_on_its_text(qtbot, db_path):
    desk = Desk.open(db_path)
    text = "😀 خبر: قال الوزير إن القرار نهائي.\n👍🏽 ثم تراجع 🇸🇦 الوزير عن تصريحه."
    outcome = desk.import_text(text, title="emoji")
    start = text.rindex("الوزير")
    claim = desk.add_claim(outcome.article_id, start, start + len("الوزير"))
    desk.close()

    from factcheck.gui.qt_reader import ArticleReader

    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.resize(600, 200)
    statuses_desk = Desk.open(db_path)
    reader.show_article(text, [], [claim], statuses_desk.statuses())
    statuses_desk.close()
    reader.show()
    qtbot.waitExposed(reader)
    reader.refresh_highlights()
    selections = [s for s in reader.extraSelections() if s.cursor.hasSelection()]
    assert [s.cursor.selectedText() for s in selections] == ["الوزير"]
    # Qt's position differs from the code-point offset by the astral characters before it.
    assert selections[0].cursor.selectionStart() == len(text[:start].encode("utf-16-le")) // 2
    assert selections[0].cursor.selectionStart() != start


def test_bidi_controls_are_shown_not_obeyed(qtbot, db_path):
    from factcheck.gui.qt_reader import ArticleReader

    text = "الملف المرفق: \u202egnp.exe\u202c لا تفتحه"
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.show_article(text, [], [], [])
    shown = reader.toPlainText()
    assert "\u202e" not in shown and shown.count(BIDI_MARKER) == 2
    assert len(shown) == len(text)
    assert "RIGHT-TO-LEFT OVERRIDE" in reader.tooltip_at(text.index("\u202e"))


def test_article_markup_is_shown_as_text(qtbot):
    from factcheck.gui.qt_reader import ArticleReader

    text = 'خبر <img src="http://x/y.png"> و <b>عريض</b> <a href="javascript:alert(1)">رابط</a>'
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.show_article(text, [], [], [])
    assert reader.toPlainText() == text
    assert not reader.document().allFormats() or "<img" in reader.toPlainText()


def test_arabic_paragraph_quoting_english_is_right_aligned(qtbot):
    """An Arabic sentence quoting more English than Arabic still reads right to left: its
    first strong letter is Arabic (a majority of letters laid it out left to right)."""
    from factcheck.gui.qt_reader import ArticleReader

    quoting = (
        "وقال الرئيس التنفيذي ساتيا ناديلا (Satya Nadella) في مؤتمر Build إن "
        '"AI is the defining technology of our times".'
    )
    text = "مايكروسوفت\n" + quoting + "\nTikTok قالت إن الرسالة أرسلت بالخطأ"
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.resize(1500, 300)  # wide enough for each paragraph to fit one line
    reader.show_article(text, [], [], [])
    reader.show()
    qtbot.waitExposed(reader)
    image = reader.viewport().grab().toImage()
    for start in (text.index(quoting), text.index("TikTok")):
        block = reader.document().findBlock(reader.to_qt(start))
        assert block.layout().lineCount() == 1
        assert block.blockFormat().layoutDirection() != Qt.LayoutDirection.LeftToRight
        rect = line_rect(reader, start)
        xs = ink_columns(image, rect.top() + 2, rect.bottom() - 2)
        assert max(xs) > image.width() - 40 and min(xs) > 300, (min(xs), max(xs))
