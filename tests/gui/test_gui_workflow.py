"""The editor's whole path through the real window, asserting the database after each step."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from factcheck.desk import Desk
from factcheck.gui.qt_models import ID_ROLE

pytestmark = pytest.mark.gui


def db_claims(window):
    """Claims as stored, read through a separate connection (what survives a crash)."""
    desk = Desk.open(window.desk.store.path, read_only=True)
    try:
        return desk.claims()
    finally:
        desk.close()


def caret_point(reader, pos: int) -> QPoint:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.to_qt(pos))
    return reader.cursorRect(cursor).center()


def test_keyboard_mark_drag_mark_status_source_undo_redo_export(window, qtbot, tmp_path):
    reader = window.reader
    assert window.article_id == 1
    reader.setFocus()
    # Keyboard: Alt+Down three times reaches sentence 3; Space marks it.
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    sentence = reader.current_sentence
    assert sentence.index == 3
    qtbot.keyClick(reader, Qt.Key.Key_Space)
    claims = db_claims(window)
    assert [(c.start, c.end) for c in claims] == [(sentence.start, sentence.end)]
    assert claims[0].quote == reader.text[sentence.start : sentence.end]

    # Drag from inside one word to inside another: the span snaps to whole words.
    text = reader.text
    title = "شركة أمازون تتراجع إلى الوراء"
    base = text.index(title)
    word_start = base + title.index("أمازون")
    word_end = base + title.index("إلى") + len("إلى")
    press, release = caret_point(reader, word_start + 2), caret_point(reader, word_end - 1)
    qtbot.mousePress(reader.viewport(), Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(reader.viewport(), release)
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=release)
    assert reader.selected_span() == (word_start, word_end)
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    stored = {(c.start, c.end): c for c in db_claims(window)}
    assert (word_start, word_end) in stored
    assert stored[(word_start, word_end)].quote == "أمازون تتراجع إلى"
    assert window.current_claim().start == word_start

    # A status key sets the selected claim's status ("5" = false in the default scale).
    qtbot.keyClick(reader, Qt.Key.Key_5)
    stored = {(c.start, c.end): c for c in db_claims(window)}
    assert stored[(word_start, word_end)].status_id == "false"

    # Ctrl+L focuses the source field; typing a URL and Enter adds the source.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    field = window.inspector.source_url
    assert field.hasFocus()
    qtbot.keyClicks(field, "https://www.aboutamazon.com/news/statement")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    claim = {(c.start, c.end): c for c in db_claims(window)}[(word_start, word_end)]
    assert [s.url for s in claim.sources] == ["https://www.aboutamazon.com/news/statement"]

    # Undo removes the source from the database; redo puts it back.
    stack = window.controller.undo_stack
    stack.undo()
    claim = {(c.start, c.end): c for c in db_claims(window)}[(word_start, word_end)]
    assert claim.sources == ()
    stack.redo()
    claim = {(c.start, c.end): c for c in db_claims(window)}[(word_start, word_end)]
    assert len(claim.sources) == 1
    # Undo the source, the status, the mark: the dragged claim is gone, the first stays.
    stack.undo()
    stack.undo()
    assert {(c.start, c.end): c for c in db_claims(window)}[(word_start, word_end)].status_id == (
        "unverified"
    )
    stack.undo()
    assert [(c.start, c.end) for c in db_claims(window)] == [(sentence.start, sentence.end)]
    stack.redo()  # the dragged claim returns with its id
    assert (word_start, word_end) in {(c.start, c.end) for c in db_claims(window)}

    # Export the CSV and read the rows back.
    out = tmp_path / "report.csv"
    assert window.export_csv(str(out)) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    quotes = {r["claim_text"]: r for r in rows}
    assert "أمازون تتراجع إلى" in quotes
    row = quotes["أمازون تتراجع إلى"]
    assert (int(row["start"]), int(row["end"])) == (word_start, word_end)


def test_claim_table_and_reader_select_each_other(window, qtbot):
    reader = window.reader
    first = reader.sentences[2]
    second = reader.sentences[4]
    a = window.mark_span(first.start, first.end)
    b = window.mark_span(second.start, second.end)
    # The table and the inspector follow the reader right after its repaint.
    qtbot.waitUntil(lambda: window.claim_model.row_of(b.id) >= 0)
    assert window.inspector.claim.id == b.id
    # Table row → reader highlight + inspector.
    window.claim_view.setCurrentIndex(window.claim_model.index(window.claim_model.row_of(a.id), 0))
    assert reader.selected_claim_id == a.id
    assert window.inspector.claim.id == a.id
    # Click in the reader on claim b → table row follows.
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=caret_point(reader, second.start + 3))
    assert reader.selected_claim_id == b.id
    assert window.claim_view.currentIndex().row() == window.claim_model.row_of(b.id)
    assert window.inspector.quote.text() == b.quote


def test_unmark_with_delete_key_and_undo(window, qtbot):
    reader = window.reader
    s = reader.sentences[1]
    claim = window.mark_span(s.start, s.end)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert db_claims(window) == []
    window.controller.undo_stack.undo()
    restored = db_claims(window)
    assert [(c.id, c.start, c.end) for c in restored] == [(claim.id, s.start, s.end)]


def test_note_is_saved_and_undoable(window, qtbot):
    s = window.reader.sentences[2]
    window.mark_span(s.start, s.end)
    qtbot.waitUntil(lambda: window.inspector.claim is not None)
    window.inspector.note.setPlainText("الرسالة أُرسلت بالخطأ حسب بيان الشركة")
    window.inspector.commit_note()
    assert db_claims(window)[0].note == "الرسالة أُرسلت بالخطأ حسب بيان الشركة"
    window.controller.undo_stack.undo()
    assert db_claims(window)[0].note == ""


def test_typed_note_is_saved_without_a_save_button(window, qtbot):
    s = window.reader.sentences[2]
    window.mark_span(s.start, s.end)
    qtbot.waitUntil(lambda: window.inspector.claim is not None)
    note = window.inspector.note
    note.setFocus()
    # (QTest can only synthesise keys it has a key code for, so the typing here is Latin.)
    qtbot.keyClicks(note, "official source")
    # Saved a moment after typing stops, with no further action.
    qtbot.waitUntil(lambda: db_claims(window)[0].note == "official source", timeout=3000)
    # Typing more merges into one undo step.
    qtbot.keyClicks(note, " confirmed")
    qtbot.waitUntil(lambda: db_claims(window)[0].note == "official source confirmed", timeout=3000)
    window.controller.undo_stack.undo()
    assert db_claims(window)[0].note == ""


def test_refused_source_url_shows_dialog_and_changes_nothing(window, qtbot):
    s = window.reader.sentences[2]
    window.mark_span(s.start, s.end)
    qtbot.waitUntil(lambda: window.inspector.claim is not None)
    window.inspector.source_url.setText("javascript:alert(1)")
    window.inspector.add_button.click()
    assert db_claims(window)[0].sources == ()
    assert window.error_box.isVisible()
    assert "http" in window.error_box.text()


def test_second_instance_opens_read_only(window, qtbot, seeded_db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    other = build_window(str(seeded_db), lang="en", settings=AppSettings())
    qtbot.addWidget(other)
    try:
        assert other.desk.store.read_only
        assert "being edited" in other.read_only_reason
        s = other.reader.sentences[2]
        assert other.mark_span(s.start, s.end) is None
        assert db_claims(window) == []
        assert other.error_box.isVisible()
    finally:
        other.desk.close()


def test_edit_made_elsewhere_is_not_overwritten(window, qtbot):
    s = window.reader.sentences[2]
    claim = window.mark_span(s.start, s.end)
    # Another program (the CLI) changes the status meanwhile.
    cli = Desk.open(window.desk.store.path, annotator="cli-user")
    cli.set_status(claim.id, "true")
    cli.close()
    window.apply_status("false")
    assert db_claims(window)[0].status_id == "true"
    assert "changed elsewhere" in window.error_box.text()
    # The window reloaded: the next edit goes through.
    window.select_claim(claim.id)
    window.apply_status("false")
    assert db_claims(window)[0].status_id == "false"


def test_shortcuts_dialog_lists_every_keyboard_action(window):
    rows = dict(window.shortcut_rows())
    for name in (
        "Next sentence",
        "Previous sentence",
        "Next claim",
        "Previous claim",
        "Next article",
        "Mark sentence or selection as claim",
        "Unmark selected claim",
        "Focus source field",
        "Undo",
        "Redo",
        "Zoom in",
    ):
        assert name in rows, name
    assert any(name.startswith("Status: False") and keys == "5" for name, keys in rows.items())


def test_next_article_and_zoom(window, qtbot):
    size = window.reader.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font().pointSizeF() == size
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.article_id == 2
    assert window.reader.text.startswith("هل امازون")


def test_undo_of_an_edit_in_another_article_shows_that_article(window):
    s = window.reader.sentences[2]
    claim = window.mark_span(s.start, s.end, status_id="false")
    window.open_article(2)
    window.controller.undo_stack.undo()  # the mark in article 1
    assert window.article_id == 1
    assert all(c.id != claim.id for c in window.reader.claims)
    assert db_claims(window) == []
    window.controller.undo_stack.redo()
    assert window.article_id == 1 and window.reader.selected_claim_id == claim.id


def test_long_article_shows_first_screen_then_every_claim(window, qtbot):
    """A long article paints its first screen with that screen's claims; the rest of its
    claims, the table and "also in" follow after the paint, and an edit made before then
    still sees every claim (no duplicate of a claim further down)."""
    paragraph = "قالت الشركة إن الأرباح ارتفعت بنسبة 12 في المئة خلال العام الماضي. " * 8
    english = "The company said its profits rose by 12 percent last year, Reuters reported."
    text = "\n".join(f"{paragraph}فقرة {i}." for i in range(200)) + "\n" + english
    assert len(text) > window.FIRST_SCREEN_CHARS
    article_id = window.desk.import_text(text, title="long").article_id
    sentences = window.desk.sentences(article_id)
    near, far = sentences[1], sentences[-3]
    assert far.start > window.FIRST_SCREEN_CHARS
    first = window.desk.add_claim(article_id, near.start, near.end, status_id="false")
    last = window.desk.add_claim(article_id, far.start, far.end, status_id="true")
    window.reload_articles()  # as after an import from the window

    window.open_article(article_id)
    assert [c.id for c in window.reader.claims] == [first.id]  # the first screen's claims
    window.reader.viewport().repaint()
    assert window.mark_span(far.start, far.end) == last  # selects the stored claim
    assert [c.id for c in window.reader.claims] == [first.id, last.id]
    assert window.claim_model.rowCount() == 2
    assert len(window.desk.claims(article_id)) == 2

    window.open_article(1)
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.claim_model.rowCount() == 2)
    assert [c.id for c in window.reader.claims] == [first.id, last.id]
    current = window.article_view.currentIndex()
    assert window.article_proxy.data(current, ID_ROLE) == article_id  # the list follows
    # The English paragraph at the end is laid out left to right once the first paint is done.
    block = window.reader.document().lastBlock()
    assert block.text() == english
    qtbot.waitUntil(lambda: block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight)


def test_reader_answers_an_edit_first_and_the_panels_follow(window, qtbot):
    """The highlight is the answer to a keystroke: the reader shows it at once; the claims
    table, the article's counts and the inspector follow right after (benchmark: edits).
    Edits made faster than that are all applied to the panels, in order."""
    reader = window.reader
    first, second = reader.sentences[2], reader.sentences[4]
    a = window.mark_span(first.start, first.end)
    assert reader.selected_claim_id == a.id
    assert any(
        (sel.cursor.selectionStart(), sel.cursor.selectionEnd())
        == (reader.to_qt(a.start), reader.to_qt(a.end))
        for sel in reader.extraSelections()
    )
    # Three more edits before the event loop runs again.
    window.apply_status("false")
    b = window.mark_span(second.start, second.end)
    window.unmark_claim(b.id)
    qtbot.waitUntil(lambda: window.claim_model.rowCount() == 1)
    assert window.claim_model.row_of(a.id) == 0 and window.claim_model.row_of(b.id) == -1
    row = window.article_model.article_at(window.article_model.row_of(window.article_id))
    assert (row.claim_count, row.checked_count) == (1, 1)
    assert window.inspector.claim is None  # the unmarked claim is no longer shown
    window.select_claim(a.id)
    assert window.inspector.claim.status_id == "false"
    assert [c.status_id for c in db_claims(window)] == ["false"]
