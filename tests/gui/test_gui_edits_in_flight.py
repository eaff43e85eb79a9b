"""Edits in flight: a note still being typed when the editor moves on, and refused edits.

A note is saved 250 ms after the last keystroke, or as soon as the editor does anything
else. Whatever the editor does next must act on what they chose (not on the claim the note
belonged to), and a refused edit must leave every widget showing what is stored.
"""

from __future__ import annotations

import sqlite3

import pytest
from gui_support import stored
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor

from factcheck.desk import Desk
from factcheck.gui.app import build_window
from factcheck.gui.settings import AppSettings

pytestmark = pytest.mark.gui


def point_of(reader, position: int):
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.to_qt(position))
    return reader.cursorRect(cursor).center()


def two_claims(win):
    win.reader.go_to_sentence(1)
    win.reader.request_mark()
    a = win.current_claim()
    win.reader.go_to_sentence(3)
    win.reader.request_mark()
    b = win.current_claim()
    return a, b


def linked_pair(win):
    """Claim a (article 1, sentence 1) and claim b (article 2) linked to it."""
    win.open_article(1)
    win.reader.go_to_sentence(1)
    win.reader.request_mark()
    a = win.current_claim()
    win.open_article(2)
    win.reader.go_to_sentence(1)
    win.reader.request_mark()
    b = win.current_claim()
    assert win.controller.link(b, a.id)
    return a, b


def type_note(win, qtbot, claim, text: str) -> None:
    win.select_claim(claim.id)
    qtbot.waitUntil(lambda: win.inspector.claim is not None and win.inspector.claim.id == claim.id)
    win.inspector.note.setFocus()
    win.inspector.note.insertPlainText(text)  # not yet saved: the editor moves on at once


def test_clicking_another_claim_while_a_note_is_pending_rates_the_clicked_claim(window, qtbot):
    win = window
    a, b = two_claims(win)
    type_note(win, qtbot, a, "note for A")
    qtbot.mouseClick(win.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(win.reader, b.start + 3))
    qtbot.keyClick(win.reader, Qt.Key.Key_5)  # "false"
    qtbot.waitUntil(lambda: win.inspector.status.currentData() == "false")  # after the paint
    rows = stored(win.desk.store.path)
    assert rows[a.id].note == "note for A" and rows[a.id].status_id == "unverified"
    assert rows[b.id].status_id == "false"
    assert win.reader.selected_claim_id == b.id == win.inspector.claim.id


def test_choosing_another_row_while_a_note_is_pending_rates_that_row(window, qtbot):
    win = window
    a, b = two_claims(win)
    type_note(win, qtbot, a, "note for A")
    win.claim_view.setCurrentIndex(win.claim_model.index(win.claim_model.row_of(b.id), 0))
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key.Key_5)
    rows = stored(win.desk.store.path)
    assert (rows[a.id].note, rows[a.id].status_id) == ("note for A", "unverified")
    assert rows[b.id].status_id == "false"


def test_switching_article_while_a_note_is_pending_saves_it_and_shows_only_the_new_article(window, qtbot):
    win = window
    a, _ = two_claims(win)
    type_note(win, qtbot, a, "ملاحظة")
    win.open_article(2)
    qtbot.wait(300)  # past the note's delay and every queued panel update
    assert stored(win.desk.store.path)[a.id].note == "ملاحظة"
    shown = [win.claim_model.claim_at(r).id for r in range(win.claim_model.rowCount())]
    assert shown == [c.id for c in win.desk.claims(2)] == []
    assert win.inspector.claim is None


def test_a_note_refused_for_a_conflict_is_not_saved_afterwards(window, qtbot):
    """Regression: the reload after the conflict sent the typed note again, unchecked, and
    it overwrote the colleague's note the editor had just been told was kept. The typed
    note now waits in the conflict dialog: nothing is written before the editor chooses."""
    win = window
    errors = []
    win.controller.failed.connect(errors.append)
    a, _ = two_claims(win)
    qtbot.waitUntil(lambda: win.inspector.claim is not None)
    colleague = Desk.open(win.desk.store.path, annotator="colleague")
    colleague.set_note(a.id, "colleague's note")
    colleague.close()
    type_note(win, qtbot, a, "my note")
    qtbot.waitUntil(lambda: bool(win.note_conflicts.dialogs), timeout=3000)
    qtbot.wait(400)
    assert not errors
    assert win.note_conflicts.dialogs[0].mine.toPlainText() == "my note"
    assert stored(win.desk.store.path)[a.id].note == "colleague's note"
    assert win.inspector.note.toPlainText() == "colleague's note"  # what is stored, shown


def test_refused_edits_in_a_read_only_window_leave_the_inspector_showing_what_is_stored(qtbot, seeded_db):
    holder = Desk.open(seeded_db)  # another instance is editing: this window is read-only
    assert holder.acquire_edit_lock()[0]
    claim = holder.add_claim_for_sentence(1, 2)
    win = build_window(str(seeded_db), lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.desk.store.read_only
        win.open_article(1)
        win.select_claim(claim.id)
        index = win.inspector.status.findData("false")
        win.inspector.status.setCurrentIndex(index)
        win.inspector.status.activated.emit(index)
        assert win.inspector.status.currentData() == "unverified"
        win.inspector.note.insertPlainText("typed in a read-only window")
        qtbot.wait(400)
        assert win.inspector.note.toPlainText() == ""
        assert holder.claim(claim.id).note == ""
    finally:
        win.desk.close()
        holder.close()


def test_a_claim_deleted_elsewhere_disappears_when_an_edit_to_it_is_refused(window, qtbot):
    win = window
    a, b = two_claims(win)
    win.select_claim(a.id)
    other = Desk.open(win.desk.store.path)
    other.delete_claim(a.id)
    other.close()
    win.apply_status("false")
    assert win.reader.claim_by_id(a.id) is None
    assert [win.claim_model.claim_at(r).id for r in range(win.claim_model.rowCount())] == [b.id]
    assert win.inspector.claim is None


def test_a_status_refused_while_the_database_is_busy_is_not_shown(qtbot, seeded_db, monkeypatch):
    from factcheck.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # read when a connection opens
    win = build_window(str(seeded_db), lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    win.show()
    try:
        a, _ = two_claims(win)
        win.select_claim(a.id)
        blocker = sqlite3.connect(str(win.desk.store.path), isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            index = win.inspector.status.findData("false")
            win.inspector.status.setCurrentIndex(index)
            win.inspector.status.activated.emit(index)
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert "busy" in win.error_box.text()
        assert win.inspector.status.currentData() == "unverified"
        assert win.reader.claim_by_id(a.id).status_id == "unverified"
        assert stored(win.desk.store.path)[a.id].status_id == "unverified"
    finally:
        win.desk.close()


def test_undo_after_a_conflict_still_refuses_to_overwrite_a_colleagues_change(window, qtbot):
    """Regression: one conflict forgot every known version, so a later undo wrote unchecked."""
    win = window
    colleague = Desk.open(win.desk.store.path, annotator="colleague")
    win.reader.go_to_sentence(1)
    win.reader.request_mark()
    x = win.current_claim()
    win.apply_status("false")
    win.open_article(2)
    win.reader.go_to_sentence(1)
    win.reader.request_mark()
    y = win.current_claim()
    colleague.set_status(y.id, "true")
    win.apply_status("false")  # refused: changed elsewhere
    colleague.set_status(x.id, "true")
    win.controller.undo_stack.undo()  # the mark of y
    win.controller.undo_stack.undo()  # x's status: refused, x was changed elsewhere
    colleague.close()
    assert stored(win.desk.store.path)[x.id].status_id == "true"


def test_undo_of_edits_made_through_a_linked_claim_in_another_article(window, qtbot):
    """Regression: a note written through an appearance moved its primary's version on, which
    the window did not know, so undoing the primary's own earlier status was refused as
    "changed elsewhere" and dropped from the undo stack."""
    from factcheck.model import SourceInput

    win = window
    errors = []
    win.controller.failed.connect(errors.append)
    a, b = linked_pair(win)
    win.open_article(1)
    win.select_claim(a.id)
    win.apply_status("false")
    win.open_article(2)
    win.select_claim(b.id)
    win.controller.set_note(win.current_claim(), "ملاحظة مشتركة")
    win.controller.add_source(win.current_claim(), SourceInput(url="https://example.org/shared"))
    stack = win.controller.undo_stack
    for _ in range(3):  # the source, the note, then a's status
        stack.undo()
    rows = stored(win.desk.store.path)
    assert not errors
    assert (rows[a.id].status_id, rows[a.id].note, rows[a.id].sources) == ("unverified", "", ())
    for _ in range(3):
        stack.redo()
    rows = stored(win.desk.store.path)
    assert not errors
    assert (rows[b.id].status_id, rows[b.id].note) == ("false", "ملاحظة مشتركة")
    assert [s.url for s in rows[b.id].sources] == ["https://example.org/shared"]


def test_source_edits_and_unmarking_refuse_to_overwrite_a_colleagues_change(window, qtbot):
    from factcheck.model import SourceInput

    win = window
    errors = []
    win.controller.failed.connect(errors.append)
    win.reader.go_to_sentence(1)
    win.reader.request_mark()
    claim = win.current_claim()
    win.controller.add_source(claim, SourceInput(url="https://example.org/first"))
    shown = win.current_claim()
    source = shown.sources[0]
    colleague = Desk.open(win.desk.store.path, annotator="colleague")
    colleague.update_source(source.id, SourceInput(url="https://example.org/corrected"))
    win.controller.edit_source(shown, source, SourceInput(url=source.url, title="my title"))
    assert len(errors) == 1 and "changed elsewhere" in errors[0]
    assert [s.url for s in stored(win.desk.store.path)[claim.id].sources] == ["https://example.org/corrected"]
    # The window now shows the corrected source; the colleague then adds evidence.
    colleague.add_source(claim.id, "https://example.org/evidence")
    colleague.close()
    win.select_claim(claim.id)
    win._unmark_selected()
    assert len(errors) == 2
    assert len(stored(win.desk.store.path)[claim.id].sources) == 2  # still there


def test_a_window_whose_lock_was_taken_over_becomes_read_only(window, qtbot):
    """Regression: a window that had stopped (a laptop asleep) for longer than the lock's
    staleness took the lock back at its next heartbeat from the instance that had rightly
    taken it over, and both edited at once."""
    win = window
    win.reader.go_to_sentence(1)
    win.reader.request_mark()
    claim = win.current_claim()
    path = win.desk.store.path
    conn = sqlite3.connect(path)  # this window's heartbeat stopped long ago, on its host
    conn.execute("UPDATE edit_lock SET host = 'laptop', heartbeat = heartbeat - 3600")
    conn.commit()
    conn.close()
    other = Desk.open(path, annotator="colleague")
    try:
        assert other.acquire_edit_lock()[0]
        win._refresh_lock()  # the window wakes up
        assert "took over" in win.error_box.text()
        assert win.banner.text() == "Read-only"
        win.apply_status("false")
        assert "read-only" in win.error_box.text()
        assert stored(path)[claim.id].status_id == "unverified"
        assert other.refresh_edit_lock() is None  # the lock stays with the new holder
        third = Desk.open(path)
        assert not third.acquire_edit_lock()[0]
        third.close()
    finally:
        other.close()


# -- the target of a key: what the reader shows selected ---------------------------------------


def drag(qtbot, reader, a: int, b: int) -> None:
    qtbot.mousePress(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, a))
    qtbot.mouseMove(reader.viewport(), point_of(reader, b))
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, b))


def test_a_status_key_after_dragging_over_words_marks_those_words(window, qtbot):
    """Regression: after dragging over other words, 5 rated the claim selected before (now
    off screen) and Delete deleted it; the dragged words are the target."""
    win = window
    win.reader.go_to_sentence(2)
    win.reader.request_mark()
    first = win.current_claim()
    qtbot.waitUntil(lambda: win.inspector.claim is not None)
    sentence = win.reader.sentences[5]
    drag(qtbot, win.reader, sentence.start + 1, sentence.start + 20)
    assert win.reader.selected_claim_id is None and win.inspector.claim is None
    qtbot.keyClick(win.reader, Qt.Key.Key_5)
    rows = stored(win.desk.store.path)
    assert rows[first.id].status_id == "unverified"
    (marked,) = [c for c in rows.values() if c.id != first.id]
    assert marked.status_id == "false" and sentence.start <= marked.start < marked.end <= sentence.end
    drag(qtbot, win.reader, sentence.start + 1, sentence.start + 20)
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key.Key_Delete)
    assert set(stored(win.desk.store.path)) == {first.id, marked.id}


def test_moving_off_a_claim_clears_it_everywhere(window, qtbot):
    """Regression: clicking plain text (or Alt+Down) cleared the claim in the reader only:
    the inspector and the table kept it, and a status chosen there was silently dropped."""
    win = window
    win.reader.go_to_sentence(2)
    win.reader.request_mark()
    claim = win.current_claim()
    qtbot.waitUntil(lambda: win.inspector.claim is not None)
    plain = win.reader.sentences[4]
    qtbot.mouseClick(win.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(win.reader, plain.start + 3))
    assert win.reader.selected_claim_id is None
    assert win.inspector.claim is None and not win.claim_view.selectionModel().hasSelection()
    # choosing the claim's row again selects it again
    win.claim_view.setCurrentIndex(win.claim_model.index(win.claim_model.row_of(claim.id), 0))
    assert win.reader.selected_claim_id == claim.id == win.inspector.claim.id
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert win.reader.selected_claim_id is None and win.inspector.claim is None


def test_a_database_deleted_under_the_window_is_said_at_once(window, qtbot):
    """Regression: with its file deleted the window went on "saving" edits into the deleted
    file (lost at close). The next edit, or the next heartbeat, says so and names the copy."""
    win = window
    win.reader.go_to_sentence(2)
    win.reader.request_mark()
    claim = win.current_claim()
    path = win.desk.store.path
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    win.apply_status("false")
    assert "deleted or replaced" in win.error_box.text() and "rescued" in win.error_box.text()
    assert win.banner.text() == "Read-only"
    assert win.reader.claim_by_id(claim.id).status_id == "unverified"  # not shown as saved
    rescued = next(path.parent.glob(path.stem + ".rescued-*"))
    assert claim.id in stored(rescued)


def test_a_note_typed_before_unlinking_is_saved_first_and_both_undo(window, qtbot):
    """Found in review: the note was saved from inside the unlink's refresh, so it landed
    below the unlink on the undo stack and the undos were refused."""
    win = window
    errors = []
    win.controller.failed.connect(errors.append)
    a, b = linked_pair(win)
    type_note(win, qtbot, b, "ملاحظة المجموعة")
    win.inspector.unlinkRequested.emit()
    stack = win.controller.undo_stack
    assert [stack.text(i) for i in range(stack.count())][-3:] == ["Link claim", "Edit note", "Unlink claim"]
    stack.undo()  # the unlink
    stack.undo()  # the note
    qtbot.wait(50)
    rows = stored(win.desk.store.path)
    assert not errors
    assert rows[b.id].linked_to == a.id and rows[a.id].note == ""


def test_leaving_the_note_saves_it_so_undo_takes_it_back(window, qtbot):
    """Found in review: undo with a note typed and not yet saved saved it from inside the
    undo, above the stack's index, where it could not be undone."""
    win = window
    win.reader.go_to_sentence(2)
    win.reader.request_mark()
    claim = win.current_claim()
    type_note(win, qtbot, claim, "مسودة")
    win.activateWindow()
    qtbot.waitUntil(lambda: win.inspector.note.hasFocus())
    win.reader.setFocus()  # Esc, a click elsewhere or a menu: the note field loses the focus
    # saved as the field lost the focus (not 250 ms later), so an undo right away takes it back
    assert stored(win.desk.store.path)[claim.id].note == "مسودة"
    win.findChild(QAction, "undo").trigger()
    qtbot.wait(50)
    assert stored(win.desk.store.path)[claim.id].note == ""
    assert win.controller.undo_stack.text(win.controller.undo_stack.index() - 1) == "Mark claim"


def test_a_note_typed_and_taken_back_causes_no_false_conflict(window, qtbot):
    """Found in review: 'x' then '' merged into one undo entry changing nothing; undoing it
    still moved on the known versions of the group, and the next edit of the other claim
    was refused as "changed elsewhere"."""
    win = window
    errors = []
    win.controller.failed.connect(errors.append)
    a, b = linked_pair(win)
    win.controller.set_note(win.desk.claim(a.id), "x")
    win.controller.set_note(win.desk.claim(a.id), "")
    stack = win.controller.undo_stack
    assert stack.text(stack.index() - 1) == "Link claim"  # nothing left to undo of the note
    assert win.controller.set_status(win.desk.claim(b.id), "false")
    assert not errors
    assert stored(win.desk.store.path)[a.id].status_id == "false"
