"""The article properties panel (Edit → Article properties…): the open article's title,
publisher, author, address, date and language edited in the window, through the window's
undo stack and into the history as ``factcheck article set`` records them; bad values
refused with a message; a colleague's change shown without losing what is being typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from factcheck.desk import Desk

pytestmark = pytest.mark.gui

NEW_TITLE = "أمازون تطلب من موظفيها حذف تيك توك"


def open_panel(win):
    win.findChild(QAction, "articleProperties").trigger()
    panel = win.article_properties
    assert win.article_properties_dock.isVisible()
    assert panel.article_id == win.article_id
    return panel


def type_into(qtbot, field, text: str, *, enter: bool = True) -> None:
    """Replace a field's text as typed (``insert`` takes Arabic; keyClicks sends Latin keys
    only), then press Enter."""
    field.setFocus()
    field.selectAll()
    field.insert(text)
    if enter:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def stored_article(db, article_id: int):
    """The article's metadata as another program reads it."""
    desk = Desk.open(db, read_only=True)
    try:
        return desk.article_headers([article_id])[article_id]
    finally:
        desk.close()


def listed_title(win, article_id: int) -> str:
    """The title the article list shows (through its filter proxy, as drawn)."""
    model = win.article_model
    source = model.index(model.row_of(article_id), 0)
    return win.article_proxy.data(win.article_proxy.mapFromSource(source))


def article_history(db, article_id: int):
    desk = Desk.open(db, read_only=True)
    try:
        return [e for e in desk.history() if e.entity == "article" and e.entity_id == str(article_id)]
    finally:
        desk.close()


def test_a_title_edited_in_the_panel_is_listed_recorded_undone_and_redone(
    window_on_both_backends, seeded_url, qtbot
):
    win = window_on_both_backends
    article_id = win.article_id
    old_title = stored_article(seeded_url, article_id).title
    assert listed_title(win, article_id) == old_title
    panel = open_panel(win)
    title = panel.fields["title"]
    assert title.text() == old_title

    type_into(qtbot, title, "  " + NEW_TITLE + " ")
    assert stored_article(seeded_url, article_id).title == NEW_TITLE  # trimmed, as the CLI does
    assert title.text() == NEW_TITLE
    assert listed_title(win, article_id) == NEW_TITLE
    assert win.windowTitle().startswith(NEW_TITLE + " — factcheck")
    (entry,) = article_history(seeded_url, article_id)
    assert (entry.field, entry.old, entry.new, entry.who) == ("title", old_title, NEW_TITLE, win.desk.annotator)
    assert entry.at

    # Ctrl+Z right after Enter, still in the field: the window's undo takes the change back.
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_article(seeded_url, article_id).title == old_title
    assert listed_title(win, article_id) == old_title
    assert title.text() == old_title
    assert win.windowTitle().startswith(old_title + " — ")
    undone = article_history(seeded_url, article_id)[-1]
    assert (undone.field, undone.old, undone.new) == ("title", NEW_TITLE, old_title)

    qtbot.keyClick(
        title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stored_article(seeded_url, article_id).title == NEW_TITLE
    assert listed_title(win, article_id) == NEW_TITLE
    assert title.text() == NEW_TITLE
    assert len(article_history(seeded_url, article_id)) == 3


def test_every_field_is_saved_as_the_cli_saves_it(window, seeded_db, qtbot):
    win = window
    panel = open_panel(win)
    fields = ("publisher", "author", "url", "published", "lang")
    before = stored_article(seeded_db, win.article_id)
    assert before.lang == "ar"  # guessed at import
    values = ("الصباح", "Sara Haddad", "https://alsabah.example/a/1", "2024-03-14", "EN")
    for field, value in zip(fields, values):
        type_into(qtbot, panel.fields[field], value)
    stored = stored_article(seeded_db, win.article_id)
    assert [getattr(stored, f) for f in fields] == [
        "الصباح", "Sara Haddad", "https://alsabah.example/a/1", "2024-03-14", "en",
    ]
    assert panel.fields["lang"].text() == "en"  # as stored
    row = win.article_model.row_of(win.article_id)
    assert win.article_model.article_at(row).publisher == "الصباح"  # the list's publisher column
    assert [e.field for e in article_history(seeded_db, win.article_id)] == list(fields)
    # The same value in other case or spacing changes nothing: no history, no undo step.
    steps = win.controller.undo_stack.count()
    type_into(qtbot, panel.fields["lang"], " En ")
    assert win.controller.undo_stack.count() == steps
    assert len(article_history(seeded_db, win.article_id)) == len(fields)
    # Each field is one undo step; undoing them all puts every value back.
    for _ in fields:
        win.findChild(QAction, "undo").trigger()
    assert stored_article(seeded_db, win.article_id) == before
    assert [panel.fields[f].text() for f in fields] == [getattr(before, f) for f in fields]


@pytest.mark.parametrize(
    ("field", "value", "needle"),
    [
        ("url", "www.alsabah.example/a/1", "absolute http or https address"),
        ("url", "javascript:alert(1)", "absolute http or https address"),
        ("published", "14/03/2024", "YYYY-MM-DD"),
        ("title", "   ", "An article needs a title."),
        ("lang", "Arabic language", "language code"),
    ],
)
def test_a_bad_value_is_refused_with_a_message_and_nothing_is_stored(
    window_on_both_backends, seeded_url, qtbot, field, value, needle
):
    win = window_on_both_backends
    before = stored_article(seeded_url, win.article_id)
    panel = open_panel(win)
    steps = win.controller.undo_stack.count()
    type_into(qtbot, panel.fields[field], value)
    assert needle in win.error_box.text()  # the window's dialog
    assert win.error_box.isVisible()
    assert panel.message.isVisibleTo(panel) and needle in panel.message.text()  # and under the form
    assert stored_article(seeded_url, win.article_id) == before
    assert article_history(seeded_url, win.article_id) == []
    assert win.controller.undo_stack.count() == steps
    assert panel.fields[field].text() == value  # kept, to be corrected
    # Corrected, it is saved and the message goes.
    good = {"url": "https://alsabah.example/a/1", "published": "2024-03-14", "title": NEW_TITLE, "lang": "en"}
    type_into(qtbot, panel.fields[field], good[field])
    assert getattr(stored_article(seeded_url, win.article_id), field) == good[field]
    assert not panel.message.isVisibleTo(panel)


def test_a_refused_value_is_not_sent_again_by_the_next_edit(window, seeded_db, qtbot):
    """A refused URL left in its field does not come back as a dialog at every later edit."""
    win = window
    panel = open_panel(win)
    type_into(qtbot, panel.fields["url"], "ftp://alsabah.example/a/1")
    first = win.error_box
    win.reader.setFocus()
    sentence = win.desk.sentences(win.article_id)[0]
    claim = win.mark_span(sentence.start, sentence.end)
    assert claim is not None
    assert win.error_box is first  # no second refusal
    assert stored_article(seeded_db, win.article_id).url == ""


def test_fields_follow_their_texts_direction(window, qtbot):
    win = window
    panel = open_panel(win)
    title = panel.fields["title"]
    type_into(qtbot, title, NEW_TITLE)
    assert title.alignment() & Qt.AlignmentFlag.AlignRight  # Arabic, in an English window
    type_into(qtbot, title, "Amazon asks staff to delete TikTok")
    assert title.alignment() & Qt.AlignmentFlag.AlignLeft
    assert panel.fields["url"].layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_panel_follows_the_open_article_and_an_undo_opens_the_article_it_changed(window, seeded_db, qtbot):
    win = window
    panel = open_panel(win)
    first = win.article_id
    type_into(qtbot, panel.fields["publisher"], "الصباح")
    other = next(a.id for a in win.desk.articles() if a.id != first)
    win.open_article(other)
    assert panel.article_id == other
    assert panel.fields["publisher"].text() == stored_article(seeded_db, other).publisher
    win.findChild(QAction, "undo").trigger()
    assert stored_article(seeded_db, first).publisher == ""
    assert win.article_id == first and panel.fields["publisher"].text() == ""


def test_a_colleagues_change_refreshes_the_panel_and_keeps_a_field_being_typed(
    window_on_both_backends, seeded_url, qtbot
):
    win = window_on_both_backends
    article_id = win.article_id
    panel = open_panel(win)
    type_into(qtbot, panel.fields["author"], "سارة", enter=False)  # being typed, not saved yet
    colleague = Desk.open(seeded_url, annotator="Huda")
    try:
        colleague.set_article_metadata(article_id, title=NEW_TITLE, publisher="الصباح")
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: panel.fields["title"].text() == NEW_TITLE, timeout=3000)
    assert panel.fields["publisher"].text() == "الصباح"
    assert listed_title(win, article_id) == NEW_TITLE
    assert win.windowTitle().startswith(NEW_TITLE + " — ")
    author = panel.fields["author"]
    assert author.text() == "سارة" and author.hasFocus()
    qtbot.keyClick(author, Qt.Key.Key_Return)
    stored = stored_article(seeded_url, article_id)
    assert (stored.title, stored.publisher, stored.author) == (NEW_TITLE, "الصباح", "سارة")


def test_a_field_changed_by_a_colleague_while_typed_is_not_overwritten_unseen(window, seeded_db, qtbot):
    win = window
    article_id = win.article_id
    panel = open_panel(win)
    publisher = panel.fields["publisher"]
    type_into(qtbot, publisher, "الرأي", enter=False)
    colleague = Desk.open(seeded_db, annotator="Huda")
    try:
        colleague.set_article_metadata(article_id, publisher="الصباح")
    finally:
        colleague.close()
    qtbot.keyClick(publisher, Qt.Key.Key_Return)
    assert "changed elsewhere" in win.error_box.text() and "الصباح" in win.error_box.text()
    assert stored_article(seeded_db, article_id).publisher == "الصباح"
    assert publisher.text() == "الرأي"  # what was typed stays
    # Told, the editor sends it again: now it replaces the colleague's value.
    qtbot.keyClick(publisher, Qt.Key.Key_Return)
    assert stored_article(seeded_db, article_id).publisher == "الرأي"
    # Undo gives the colleague's value back, not the one from before.
    win.findChild(QAction, "undo").trigger()
    assert stored_article(seeded_db, article_id).publisher == "الصباح"
