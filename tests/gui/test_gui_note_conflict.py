"""A note typed over the same note a colleague just changed: nothing typed is lost, nothing
stored is silently overwritten. The window shows both notes (the colleague's with who and
when) and the editor keeps theirs, keeps the colleague's (their own text goes to the
clipboard) or combines the two. On an SQLite file and on a server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from factcheck.desk import Desk

pytestmark = pytest.mark.gui

THEIRS = "الرقم من تقرير البنك الدولي لعام 2023"
MINE = "مصدر الرقم: وزارة المالية، بيان 12 مارس"


def open_window(qtbot, tmp_path, db, name: str):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    settings = AppSettings(str(tmp_path / f"settings-{name}.ini"))
    settings.annotator = name
    win = build_window(str(db), lang="en", settings=settings, article_id=1)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def conflict_dialog(win) -> QDialog | None:
    shown = [d for d in win.findChildren(QDialog, "noteConflictDialog") if d.isVisible()]
    return shown[-1] if shown else None


def press(dialog: QDialog, name: str) -> None:
    dialog.findChild(QPushButton, name).click()


def error_boxes(win) -> list:
    return [d for d in win.findChildren(QDialog, "errorDialog") if d.isVisible()]


def note_history(desk: Desk, claim_id: int):
    return [e for e in desk.history(claim_id) if e.field == "note"]


@pytest.fixture
def desk_and_window(qtbot, tmp_path, seeded_url):
    """Huda (a second program on the same database) made a claim; Amal's window shows it,
    and Amal is typing a note in the inspector, not yet saved."""
    huda = Desk.open(seeded_url, annotator="Huda")
    s = huda.sentences(1)[0]
    claim = huda.add_claim(1, s.start, s.end, note="")
    win = open_window(qtbot, tmp_path, seeded_url, "Amal")
    qtbot.waitUntil(lambda: win.reader.claim_by_id(claim.id) is not None, timeout=2000)
    win.select_claim(claim.id)
    win.inspector.note.setFocus()
    win.inspector.note.insertPlainText(MINE)
    win.inspector._note_timer.stop()  # still being typed
    yield huda, win, claim
    win.close()
    win.desk.close()
    huda.close()


def huda_rewrites_the_note(qtbot, huda, win, claim) -> QDialog:
    """Huda saves another note while Amal types: within 2 s Amal's window asks."""
    huda.set_note(claim.id, THEIRS)
    qtbot.waitUntil(lambda: conflict_dialog(win) is not None, timeout=2000)
    return conflict_dialog(win)


def test_the_conflict_shows_both_notes_naming_the_colleague_and_writes_nothing(qtbot, desk_and_window):
    huda, win, claim = desk_and_window
    dialog = huda_rewrites_the_note(qtbot, huda, win, claim)
    assert "Huda" in dialog.message.text()
    at = note_history(huda, claim.id)[-1].at
    assert at[11:16] in dialog.message.text()  # when, as hh:mm
    assert dialog.theirs.toPlainText() == THEIRS
    assert dialog.mine.toPlainText() == MINE
    assert dialog.theirs.isReadOnly() and not dialog.mine.isReadOnly()
    assert not error_boxes(win)  # the dialog says it, not a bare refusal
    # Until Amal decides, the colleague's note is what is stored and shown.
    assert huda.claim(claim.id).note == THEIRS
    assert win.inspector.note.toPlainText() == THEIRS


def test_keep_mine_writes_the_typed_note_over_theirs_recorded_and_undoable(qtbot, desk_and_window):
    huda, win, claim = desk_and_window
    dialog = huda_rewrites_the_note(qtbot, huda, win, claim)
    press(dialog, "keepMine")
    assert not dialog.isVisible()
    assert huda.claim(claim.id).note == MINE
    last = note_history(huda, claim.id)[-1]
    assert (last.who, last.old, last.new) == ("Amal", THEIRS, MINE)
    qtbot.waitUntil(lambda: win.inspector.note.toPlainText() == MINE, timeout=1000)
    win.controller.undo_stack.undo()  # puts the colleague's note back, not an empty one
    assert huda.claim(claim.id).note == THEIRS


def test_keep_theirs_leaves_their_note_and_puts_mine_on_the_clipboard(qtbot, desk_and_window):
    huda, win, claim = desk_and_window
    QApplication.clipboard().setText("")
    dialog = huda_rewrites_the_note(qtbot, huda, win, claim)
    press(dialog, "keepTheirs")
    assert not dialog.isVisible()
    assert QApplication.clipboard().text() == MINE
    assert "clipboard" in win.statusBar().currentMessage()
    qtbot.wait(600)  # past the note's save delay: nothing is sent afterwards
    assert huda.claim(claim.id).note == THEIRS
    assert win.inspector.note.toPlainText() == THEIRS
    assert note_history(huda, claim.id)[-1].who == "Huda"


def test_closing_the_dialog_keeps_theirs_and_loses_nothing_typed(qtbot, desk_and_window):
    huda, win, claim = desk_and_window
    QApplication.clipboard().setText("")
    dialog = huda_rewrites_the_note(qtbot, huda, win, claim)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QApplication.clipboard().text() == MINE
    assert huda.claim(claim.id).note == THEIRS


def test_combining_puts_both_in_my_text_to_edit_before_keeping_it(qtbot, desk_and_window):
    huda, win, claim = desk_and_window
    dialog = huda_rewrites_the_note(qtbot, huda, win, claim)
    press(dialog, "combineNotes")
    assert dialog.isVisible()  # still deciding
    assert dialog.mine.toPlainText() == f"{THEIRS}\n\n{MINE}"
    dialog.mine.moveCursor(dialog.mine.textCursor().MoveOperation.End)
    dialog.mine.insertPlainText(" (تحقق)")
    press(dialog, "keepMine")
    assert huda.claim(claim.id).note == f"{THEIRS}\n\n{MINE} (تحقق)"


def test_a_note_saved_before_the_window_saw_the_colleagues_note_asks_too(qtbot, desk_and_window):
    """The editor's pause ends (the note is sent) before the window has looked again."""
    huda, win, claim = desk_and_window
    huda.set_note(claim.id, THEIRS)
    win.inspector.commit_note()  # at once: the window still holds the older version
    dialog = conflict_dialog(win)
    assert dialog is not None and dialog.mine.toPlainText() == MINE
    assert huda.claim(claim.id).note == THEIRS
    press(dialog, "keepMine")
    assert huda.claim(claim.id).note == MINE


def test_keep_mine_after_a_second_change_asks_again_instead_of_overwriting(qtbot, desk_and_window):
    huda, win, claim = desk_and_window
    dialog = huda_rewrites_the_note(qtbot, huda, win, claim)
    huda.set_note(claim.id, "نص ثالث")  # while Amal reads the dialog
    press(dialog, "keepMine")
    assert huda.claim(claim.id).note == "نص ثالث"
    again = conflict_dialog(win)
    assert again is not None and again is not dialog
    assert again.theirs.toPlainText() == "نص ثالث"
    assert again.mine.toPlainText() == MINE


def test_a_note_typed_while_a_colleague_changed_only_the_status_is_saved(qtbot, desk_and_window):
    """Their change did not touch the note: nothing to decide, the note is saved on top."""
    huda, win, claim = desk_and_window
    huda.set_status(claim.id, "misleading")
    win.inspector.commit_note()  # sent from the older version
    assert conflict_dialog(win) is None
    assert not error_boxes(win)
    stored = huda.claim(claim.id)
    assert (stored.note, stored.status_id) == (MINE, "misleading")


def test_a_note_typed_for_a_claim_deleted_meanwhile_goes_to_the_clipboard(qtbot, desk_and_window):
    huda, win, claim = desk_and_window
    QApplication.clipboard().setText("")
    huda.delete_claim(claim.id)
    win.inspector.commit_note()  # sent before the window saw the deletion
    assert QApplication.clipboard().text() == MINE
    [box] = error_boxes(win)
    assert "clipboard" in box.text()
    assert win.reader.claim_by_id(claim.id) is None


@pytest.mark.postgresql_only
def test_two_windows_typing_the_same_note_on_a_server(qtbot, tmp_path, seeded_url):
    huda = open_window(qtbot, tmp_path, seeded_url, "Huda")
    amal = open_window(qtbot, tmp_path, seeded_url, "Amal")
    try:
        s = huda.desk.sentences(1)[0]
        claim = huda.mark_span(s.start, s.end)
        qtbot.waitUntil(lambda: amal.reader.claim_by_id(claim.id) is not None, timeout=2000)
        amal.select_claim(claim.id)
        amal.inspector.note.setFocus()
        amal.inspector.note.insertPlainText(MINE)
        amal.inspector._note_timer.stop()
        huda.select_claim(claim.id)
        huda.inspector.note.setFocus()
        huda.inspector.note.insertPlainText(THEIRS)
        huda.inspector.commit_note()
        qtbot.waitUntil(lambda: conflict_dialog(amal) is not None, timeout=2000)
        dialog = conflict_dialog(amal)
        assert "Huda" in dialog.message.text() and dialog.theirs.toPlainText() == THEIRS
        press(dialog, "keepMine")
        qtbot.waitUntil(lambda: huda.inspector.note.toPlainText() == MINE, timeout=2000)
        assert huda.desk.claim(claim.id).note == MINE
    finally:
        for win in (amal, huda):
            win.close()
            win.desk.close()
