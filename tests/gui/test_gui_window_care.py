"""The window's everyday behaviours: fitting small screens, remembering size, position and
the last folder, counts of linked articles, the bidi message, "in progress" not counted as
checked, a source typed without https://, text direction in the note, emoji on hover, and
the keyboard back in the reader after a dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from factcheck.gui import window_care
from tests.gui.gui_support import AMAZON_ASKS, mark_phrase, stored

pytestmark = pytest.mark.gui


def build(db, settings=None, lang="en"):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    return build_window(str(db), lang=lang, settings=settings or AppSettings())


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
def test_the_window_fits_a_small_screen(qtbot, seeded_db, monkeypatch, screen):
    area = QRect(0, 0, *screen)
    monkeypatch.setattr(window_care, "available_geometry", lambda _w: area)
    win = build(seeded_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: area.contains(win.frameGeometry()))  # title bar and borders too
    win.desk.close()


def test_size_and_position_are_restored_and_kept_on_the_screen(qtbot, seeded_db, monkeypatch):
    from factcheck.gui.settings import AppSettings

    area = QRect(0, 0, 1600, 1000)
    monkeypatch.setattr(window_care, "available_geometry", lambda _w: area)
    win = build(seeded_db)
    qtbot.addWidget(win)
    win.show()
    win.setGeometry(QRect(100, 80, 1100, 700))
    win.close()
    win.desk.close()
    again = build(seeded_db, AppSettings())  # a new session reads the settings file
    qtbot.addWidget(again)
    assert again.geometry() == QRect(100, 80, 1100, 700)
    again.desk.close()
    # the next day, on a laptop screen: still on it, no larger than it
    laptop = QRect(0, 0, 1280, 720)
    monkeypatch.setattr(window_care, "available_geometry", lambda _w: laptop)
    third = build(seeded_db, AppSettings())
    qtbot.addWidget(third)
    assert third.geometry() == QRect(100, 20, 1100, 700)  # moved up to stay on the screen
    third.desk.close()


def checked_of(window, article_id: int) -> int:
    model = window.article_model
    return model._rows[model.row_of(article_id)].checked_count


def test_checked_count_of_the_other_linked_article_follows(window):
    desk = window.desk
    one = desk.add_claim_for_sentence(1, 2)
    two = desk.add_claim_for_sentence(2, 2)
    desk.link_claim(two.id, one.id)
    window.reload_articles()
    window.open_article(1)
    window.select_claim(one.id)
    window.apply_status("false")
    QApplication.processEvents()
    assert checked_of(window, 1) == 1
    assert checked_of(window, 2) == 1  # the linked appearance shows the verdict too
    window.controller.undo_stack.undo()
    QApplication.processEvents()
    assert checked_of(window, 2) == 0


def test_the_claim_counts_follow_the_first_frame(qtbot, seeded_db, monkeypatch):
    """The list's titles are there when the window is built; the claim counts (a scan of
    every claim) come right after its first frame, a chunk of articles per pass of the
    event loop, a linked claim counted with its group's verdict."""
    from factcheck.desk import Desk
    from factcheck.gui.article_list import ArticleList

    desk = Desk.open(seeded_db)
    one = desk.add_claim_for_sentence(1, 2)
    desk.set_status(one.id, "false")
    desk.add_claim_for_sentence(1, 3)
    two = desk.add_claim_for_sentence(2, 2)
    desk.link_claim(two.id, one.id)
    desk.close()
    monkeypatch.setattr(ArticleList, "COUNTS_PER_PASS", 1)  # one article per pass
    win = build(seeded_db)
    qtbot.addWidget(win)
    model = win.article_model
    assert [model.article_at(row).id for row in range(model.rowCount())] == [1, 2]
    win.show()
    qtbot.waitUntil(lambda: not win.article_list.pending)
    counts = {s.id: (s.claim_count, s.checked_count) for s in map(model.article_at, range(2))}
    assert counts == {1: (2, 1), 2: (1, 1)}
    assert model.data(model.index(model.row_of(1), 3)) == "1/2"
    win.close()
    win.desk.close()


def _desk_of(db, titles: list[str]) -> None:
    from factcheck.desk import Desk

    desk = Desk.open(db, load_seeds=False)
    try:
        for i, title in enumerate(titles):
            desk.import_text(f"{title}\nقال المتحدث إن العدد {i} صحيح. وأضاف أن الأمر انتهى.\n")
        desk.set_status(desk.add_claim_for_sentence(len(titles), 2).id, "false")
    finally:
        desk.close()


@pytest.fixture
def listed_in_parts(monkeypatch):
    """A list read two rows at a time: the first frame lists two of seven articles."""
    from factcheck.gui.article_list import ArticleList

    monkeypatch.setattr(ArticleList, "FIRST_ROWS", 2)
    monkeypatch.setattr(ArticleList, "ROWS_PER_PASS", 2)
    monkeypatch.setattr(ArticleList, "COUNTS_PER_PASS", 3)
    return [f"خبر رقم {i}" for i in range(1, 8)]


def _listed(win) -> list[str]:
    model = win.article_model
    return [model.article_at(row).title for row in range(model.rowCount())]


def test_a_long_list_shows_its_first_rows_then_the_rest_after_the_first_frame(
    qtbot, tmp_path, listed_in_parts
):
    """Reading 100,000 rows before the first frame made start-up 3.7 times its floor: the
    first rows come first, the others and every row's counts right after, in order."""
    db = tmp_path / "long.sqlite"
    _desk_of(db, listed_in_parts)
    win = build(db)
    qtbot.addWidget(win)
    assert _listed(win) == listed_in_parts[:2]
    win.show()
    qtbot.waitUntil(lambda: not win.article_list.pending)
    assert _listed(win) == listed_in_parts
    model = win.article_model
    assert model.data(model.index(6, 3)) == "1/1"  # counted, though listed after the first frame
    assert model.data(model.index(5, 2)) == 0
    win.close()
    win.desk.close()


def test_what_needs_rows_not_listed_yet_reads_them(qtbot, tmp_path, listed_in_parts):
    """Before the rest of the list is read: an article opened by its id is selected in the
    list, the filter finds every article, and stepping goes past the rows listed first."""
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    db = tmp_path / "long.sqlite"
    _desk_of(db, listed_in_parts)
    win = build_window(str(db), lang="en", settings=AppSettings(), article_id=6)
    qtbot.addWidget(win)
    assert win.article_id == 6
    assert win.article_proxy.data(win.article_view.currentIndex()) == "خبر رقم 6"
    win.article_filter.setText("رقم 7")
    assert win.article_proxy.rowCount() == 1
    win.article_filter.setText("")
    win._step_article(1)
    assert win.article_id == 7
    win.close()
    win.desk.close()


def test_rows_that_cannot_be_read_yet_are_said_and_read_later(qtbot, tmp_path, listed_in_parts, monkeypatch):
    """The database stops answering before the rest of the list is read: the filter says
    why in the status bar and filters what is listed; once it answers, the rest comes."""
    from factcheck.model import StoreError

    db = tmp_path / "long.sqlite"
    _desk_of(db, listed_in_parts)
    win = build(db)
    qtbot.addWidget(win)
    real = win.desk.articles

    def unreachable(**kwargs):
        raise StoreError("the database did not answer")

    monkeypatch.setattr(win.desk, "articles", unreachable)
    win.article_filter.setText("رقم")
    assert win.article_proxy.rowCount() == 2
    assert "did not answer" in win.statusBar().currentMessage()
    monkeypatch.setattr(win.desk, "articles", real)
    win.article_filter.setText("رقم 7")
    assert win.article_proxy.rowCount() == 1
    win.close()
    win.desk.close()


def _watched_long_list(qtbot, db, titles, monkeypatch):
    """A window on a desk of ``titles``, its list read whole; then every read of article
    rows it makes (their arguments) and every reset of its list model are recorded."""
    _desk_of(db, titles)
    win = build(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.article_list.pending)
    reads: list[dict] = []
    articles = win.desk.articles
    monkeypatch.setattr(win.desk, "articles", lambda **kw: reads.append(kw) or articles(**kw))
    resets: list[int] = []
    win.article_model.modelReset.connect(lambda: resets.append(1))
    return win, reads, resets


def test_a_colleagues_claims_are_recounted_in_parts_without_reading_the_list_again(
    qtbot, tmp_path, listed_in_parts, monkeypatch
):
    """A colleague's claim changes only counts: the rows stay as listed (no model reset,
    no re-read of every row) and every row's counts are read again, a part per pass."""
    from factcheck.desk import Desk

    db = tmp_path / "long.sqlite"
    win, reads, resets = _watched_long_list(qtbot, db, listed_in_parts, monkeypatch)
    colleague = Desk.open(db, annotator="huda", load_seeds=False)
    try:
        colleague.set_status(colleague.add_claim_for_sentence(6, 2).id, "true")
    finally:
        colleague.close()
    win.live.refresh()
    model = win.article_model
    qtbot.waitUntil(lambda: model.data(model.index(5, 3)) == "1/1")
    assert reads == [] and resets == []
    assert model.data(model.index(6, 3)) == "1/1"  # the others keep theirs
    win.close()
    win.desk.close()


def test_articles_added_or_renamed_elsewhere_join_the_list_without_reading_it_again(
    qtbot, tmp_path, listed_in_parts, monkeypatch
):
    """A colleague's import adds rows at the end and a renamed article changes its row,
    without reading every row again (at 100,000 articles and a million claims that took
    0.5-1 s at each batch of an import); a removed article makes the list read again."""
    from factcheck.desk import Desk
    from tests.core.core_support import raw_write

    db = tmp_path / "long.sqlite"
    win, reads, resets = _watched_long_list(qtbot, db, listed_in_parts, monkeypatch)
    colleague = Desk.open(db, annotator="huda", load_seeds=False)
    try:
        colleague.import_text("خبر جديد\nقال المتحدث إن العدد 8 صحيح.\n")
        colleague.set_article_metadata(3, title="عنوان معدل")
    finally:
        colleague.close()
    win.live.refresh()
    expected = listed_in_parts[:2] + ["عنوان معدل"] + listed_in_parts[3:] + ["خبر جديد"]
    assert _listed(win) == expected
    assert resets == [] and all(kw.get("after_id") for kw in reads)
    raw_write(db, "DELETE FROM article_sentences WHERE article_id = 8")
    raw_write(db, "DELETE FROM articles WHERE id = 8")
    win.live.refresh()
    assert _listed(win) == expected[:-1] and resets == [1]
    win.close()
    win.desk.close()


def test_in_progress_is_not_counted_as_checked(window, seeded_db):
    desk = window.desk
    claim = desk.add_claim_for_sentence(1, 2)
    window.reload_articles()
    window.open_article(1)
    window.select_claim(claim.id)
    window.apply_status("in_progress")
    QApplication.processEvents()
    assert checked_of(window, 1) == 0
    window.reload_articles()  # as read from the database
    assert checked_of(window, 1) == 0
    window.apply_status("true")
    QApplication.processEvents()
    assert checked_of(window, 1) == 1


def test_the_bidi_message_goes_when_the_next_article_has_none(window):
    outcome = window.desk.import_text("خبر فيه \u202eحرف خفي\u202c للاتجاه.", title="bidi")
    window.reload_articles()
    window.open_article(outcome.article_id)
    assert "bidi" in window.statusBar().currentMessage()
    window.open_article(1)
    assert window.statusBar().currentMessage() == ""


def test_file_dialogs_open_in_the_last_folder(window, tmp_path, monkeypatch):
    from factcheck.gui.settings import AppSettings

    folder = tmp_path / "incoming"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("خبر قصير للتجربة.", encoding="utf-8")
    opened_in = []

    def pick(_parent, _title, directory, _filter):
        opened_in.append(directory)
        return [str(article)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    monkeypatch.setattr(window.imports, "start", lambda paths: None)
    window.imports.files_dialog()
    window.imports.files_dialog()
    assert opened_in[0] == str(Path.home())  # not the program's folder
    assert opened_in[1] == str(folder)
    saved = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, path, _f: (saved.append(path), ("", ""))[1]
    )
    window.exports.export_csv_dialog(False)
    assert saved == [str(folder / "verdicts.csv")]
    assert AppSettings().last_folder == str(folder)  # kept for the next session


def test_a_source_without_scheme_is_offered_with_https(window, qtbot, seeded_db):
    claim = window.desk.add_claim_for_sentence(1, 2)
    window.reload_articles()
    window.open_article(1)
    window.select_claim(claim.id)
    asked = []

    def answer_yes():
        box = QApplication.activeModalWidget()
        asked.append(box.text() if isinstance(box, QMessageBox) else None)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    window.inspector.source_url.setText("www.bbc.com/news/world-123")
    window.inspector._add_source()
    assert asked == ["A source needs http:// or https://. Use https://www.bbc.com/news/world-123?"]
    assert [s.url for s in stored(seeded_db)[claim.id].sources] == ["https://www.bbc.com/news/world-123"]


def test_cli_refusal_suggests_the_https_form(seeded_db, capsys):
    from factcheck.cli.main import main

    code = main(["--db", str(seeded_db), "claim", "add", "1", "--sentence", "2", "--source", "www.bbc.com/news"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "did you mean https://www.bbc.com/news?" in err


def _start_x(edit) -> int:
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    return edit.cursorRect().x()


def test_the_note_follows_its_text_direction(window):
    claim = window.desk.add_claim_for_sentence(1, 2)
    window.reload_articles()
    window.open_article(1)
    window.select_claim(claim.id)
    note = window.inspector.note
    width = note.viewport().width()
    note.setPlainText("قال الوزير إن الخبر صحيح")
    QApplication.processEvents()
    assert _start_x(note) > width * 0.8  # an Arabic note starts at the right edge
    note.setPlainText("Checked with the ministry")
    QApplication.processEvents()
    assert _start_x(note) < width * 0.2


def test_one_line_fields_follow_their_text_direction(window):
    claim = window.desk.add_claim_for_sentence(1, 2)
    window.reload_articles()
    window.open_article(1)
    window.select_claim(claim.id)  # the source fields are shown
    QApplication.processEvents()
    for field in (window.search.box, window.article_filter, window.inspector.source_title):
        field.setText("تيك توك")
        field.setCursorPosition(0)
        field.repaint()  # the cursor's place is computed when the field is drawn
        assert field.cursorRect().x() > field.width() * 0.6


def test_an_emoji_says_what_it_is_on_hover(window):
    outcome = window.desk.import_text("خبر عاجل 😀 من الوزارة.", title="emoji")
    window.reload_articles()
    window.open_article(outcome.article_id)
    pos = window.article.text.index("😀")
    assert "U+1F600 GRINNING FACE" in window.reader.tooltip_at(pos)
    assert "U+1F600" not in window.reader.tooltip_at(0)


def test_after_a_dialog_the_keyboard_is_back_in_the_reader(window, qtbot):
    window.activateWindow()
    window.article_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article_view)

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    window.settings_dialog()
    # the window's keyboard focus (offscreen, no window is activated again after a dialog)
    qtbot.waitUntil(lambda: window.focusWidget() is window.reader)
    # a message box (non-modal) too
    window.article_view.setFocus()
    window.show_error("Something was refused.")
    qtbot.waitUntil(lambda: window.focusWidget() is window.article_view)
    window.error_box.close()
    qtbot.waitUntil(lambda: window.focusWidget() is window.reader)


def test_after_a_panel_dialog_the_keyboard_is_back_in_the_reader(window, qtbot):
    """A modal dialog opened by a panel (the inspector's source editor, made on the
    inspector rather than on the window) gives the keyboard back to the reader too."""
    from factcheck.model import SourceInput

    claim = mark_phrase(window, 2, AMAZON_ASKS)
    window.controller.add_source(claim, SourceInput(url="https://example.org/report"))
    sources = window.inspector.sources
    qtbot.waitUntil(lambda: sources.count() == 1)
    sources.setCurrentRow(0)
    window.activateWindow()
    window.article_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article_view)
    opened = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    sources.itemDoubleClicked.emit(sources.item(0))  # opens the source editor (modal)
    assert isinstance(opened[0], QDialog) and opened[0].parentWidget() is window.inspector
    qtbot.waitUntil(lambda: window.focusWidget() is window.reader)


def test_the_alias_dialog_adds_and_removes_spellings(window, qtbot):
    from factcheck.gui.qt_aliases import AliasDialog

    text = "التقى الرئيس بايدن وزير الخارجية أمس."
    article = window.desk.import_text(text, title="biden").article_id
    assert window.desk.search("Biden") == []
    dialog = AliasDialog(window.desk, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "تيكتوك" in dialog.spellings()  # the starter list
    qtbot.keyClicks(dialog.term, "Biden")
    dialog.same_as.setText("بايدن")  # (keyClicks cannot type Arabic letters)
    dialog.add_button.click()
    assert {"Biden", "بايدن"} <= set(dialog.spellings())
    assert [h.article_id for h in window.desk.search("Biden")] == [article]
    row = dialog.spellings().index("Biden")
    dialog.groups.setCurrentRow(row)
    dialog.remove_button.click()
    assert "Biden" not in dialog.spellings()
    assert window.desk.search("Biden") == []
    dialog.same_as.setText("")
    dialog.term.setText("Nobody")
    dialog.add_button.click()  # refused: a dialog says why, nothing is stored
    assert dialog.refused_box.isVisible()
    assert "Nobody" not in dialog.spellings()


def test_the_desk_menu_opens_the_alias_dialog(window):
    action = next(a for a in window.findChildren(QAction) if a.objectName() == "aliases")

    def close_it():
        dialog = QApplication.activeModalWidget()
        assert dialog.objectName() == "aliasDialog"
        dialog.reject()

    QTimer.singleShot(0, close_it)
    action.trigger()
    assert window.alias_dialog.objectName() == "aliasDialog"
