"""The inspector's public justification, comment thread and one's own blind rating, each
undone with Ctrl+Z and redone with Ctrl+Shift+Z on the window's one undo stack: what the
database holds and what the inspector shows follow every step, the history only grows,
and an undo after a colleague's change is refused with a dialog. On SQLite and on
PostgreSQL (``seeded_url``)."""

from __future__ import annotations

import pytest
from gui_support import window_as
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from factcheck import workflow
from factcheck.desk import Desk

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def desk_setup(seeded_url):
    """Editors hala (admin), omar and nour (editors), sara (reviewer); article 1 assigned to
    omar and nour for blind double rating; omar proposed "false" on its third sentence."""
    hala = Desk.open(seeded_url, annotator="hala")
    workflow.add_editor(hala, "hala", "admin")
    for name, role in (("omar", "editor"), ("nour", "editor"), ("sara", "reviewer")):
        workflow.add_editor(hala, name, role)
    workflow.assign(hala, 1, "omar", "nour")
    hala.close()
    omar = Desk.open(seeded_url, annotator="omar")
    claim = omar.add_claim_for_sentence(1, 3, status_id="false")
    omar.close()
    return seeded_url, claim.id


@pytest.fixture
def omar_window(qtbot, desk_setup):
    db, cid = desk_setup
    win = window_as(qtbot, db, "omar")
    win.open_article(1)
    win.select_claim(cid)
    qtbot.waitUntil(lambda: win.discussion_panel.rating_row.isVisible())
    yield win
    win.desk.close()


def stored_desk(db):
    return Desk.open(db, read_only=True)


def stored_justification(db, cid) -> str:
    desk = stored_desk(db)
    try:
        gid = desk.claim(cid).group_id
        return workflow.justifications(desk, [gid]).get(gid, "")
    finally:
        desk.close()


def stored_thread(db, cid) -> list[tuple]:
    desk = stored_desk(db)
    try:
        return [(c.author, c.text, c.resolved_by) for c in workflow.comments(desk, [cid])]
    finally:
        desk.close()


def stored_rating(db, cid, editor):
    desk = stored_desk(db)
    try:
        return next((st for _c, e, st, _a in workflow.visible_ratings(desk, editor, [cid])
                     if e == editor), None)  # fmt: skip
    finally:
        desk.close()


def history_count(db, cid) -> int:
    desk = stored_desk(db)
    try:
        return len(desk.history(cid))
    finally:
        desk.close()


def history_lines(win) -> list[str]:
    return [win.inspector.history.item(i).text() for i in range(win.inspector.history.count())]


def comment_lines(win) -> list[str]:
    return [win.discussion_panel.comments.item(i).text() for i in range(win.discussion_panel.comments.count())]


def type_text(widget, text: str) -> None:
    """Type Arabic as a keyboard would (QTest's key clicks take Latin letters only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def undo_key(qtbot, win, redo=False) -> None:
    """Ctrl+Z (Ctrl+Shift+Z) with the keyboard in the reader."""
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key.Key_Z, CTRL | SHIFT if redo else CTRL)


def test_justification_typed_is_saved_and_undo_redo_put_the_texts_back(qtbot, omar_window, desk_setup):
    db, cid = desk_setup
    win, panel = omar_window, omar_window.discussion_panel
    panel.justification.setFocus()
    type_text(panel.justification, "نفته الوزارة")
    qtbot.waitUntil(lambda: stored_justification(db, cid) == "نفته الوزارة")
    assert win.controller.undo_stack.undoText() == "Edit justification"
    qtbot.waitUntil(lambda: any("public justification: نفته الوزارة" in line for line in history_lines(win)))
    rows_before = history_count(db, cid)

    undo_key(qtbot, win)
    assert stored_justification(db, cid) == ""
    qtbot.waitUntil(lambda: panel.justification.toPlainText() == "")
    qtbot.waitUntil(lambda: any("cleared the public justification" in line for line in history_lines(win)))
    undo_key(qtbot, win, redo=True)
    assert stored_justification(db, cid) == "نفته الوزارة"
    qtbot.waitUntil(lambda: panel.justification.toPlainText() == "نفته الوزارة")
    assert history_count(db, cid) == rows_before + 2  # undo and redo are new rows


def test_comment_added_with_enter_is_taken_back_by_ctrl_z_and_put_back_by_redo(qtbot, omar_window, desk_setup):
    db, cid = desk_setup
    win, panel = omar_window, omar_window.discussion_panel
    panel.comment_edit.setFocus()
    type_text(panel.comment_edit, "من أين الرقم؟")
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Return)
    assert stored_thread(db, cid) == [("omar", "من أين الرقم؟", None)]
    qtbot.waitUntil(lambda: len(comment_lines(win)) == 1)
    assert "omar: من أين الرقم؟" in comment_lines(win)[0]
    assert panel.comment_edit.text() == ""

    # Ctrl+Z in the emptied field: the window's undo, not the field's typing
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Z, CTRL)
    assert stored_thread(db, cid) == []
    qtbot.waitUntil(lambda: comment_lines(win) == [])
    assert panel.comment_edit.text() == ""
    qtbot.waitUntil(lambda: any("took back a comment: من أين الرقم؟" in line for line in history_lines(win)))

    undo_key(qtbot, win, redo=True)
    assert stored_thread(db, cid) == [("omar", "من أين الرقم؟", None)]
    qtbot.waitUntil(lambda: len(comment_lines(win)) == 1)


def test_resolve_undo_and_redo_in_the_window(qtbot, omar_window, desk_setup):
    db, cid = desk_setup
    hala = Desk.open(db, annotator="hala")
    workflow.add_comment(hala, cid, "راجعوا التاريخ")
    hala.close()
    win, panel = omar_window, omar_window.discussion_panel
    win.select_claim(None)
    win.select_claim(cid)  # shown again: the colleague's comment is read
    qtbot.waitUntil(lambda: len(comment_lines(win)) == 1)
    assert not panel.resolve_button.isEnabled()  # no comment chosen yet
    panel.comments.item(0).setSelected(True)
    assert panel.resolve_button.isEnabled()
    panel.resolve_button.click()
    assert stored_thread(db, cid) == [("hala", "راجعوا التاريخ", "omar")]
    qtbot.waitUntil(lambda: "(resolved by omar)" in comment_lines(win)[0])
    assert not panel.resolve_button.isEnabled()  # resolved: nothing more to resolve

    undo_key(qtbot, win)
    assert stored_thread(db, cid) == [("hala", "راجعوا التاريخ", None)]
    qtbot.waitUntil(lambda: "resolved" not in comment_lines(win)[0])
    qtbot.waitUntil(lambda: any("took back the resolution" in line for line in history_lines(win)))
    undo_key(qtbot, win, redo=True)
    assert stored_thread(db, cid) == [("hala", "راجعوا التاريخ", "omar")]


def choose_rating(panel, status_id) -> None:
    index = panel.rating.findData(status_id)
    panel.rating.setCurrentIndex(index)
    panel.rating.activated.emit(index)


def test_own_rating_is_undone_to_none_and_redone(qtbot, omar_window, desk_setup):
    db, cid = desk_setup
    win, panel = omar_window, omar_window.discussion_panel
    assert panel.rating.currentData() is None  # not rated yet
    choose_rating(panel, "misleading")
    assert stored_rating(db, cid, "omar") == "misleading"
    assert stored_desk_status(db, cid) == "false"  # a rating is not the verdict
    qtbot.waitUntil(lambda: any("omar: rated Misleading" in line for line in history_lines(win)))

    undo_key(qtbot, win)
    assert stored_rating(db, cid, "omar") is None
    qtbot.waitUntil(lambda: panel.rating.currentData() is None)
    qtbot.waitUntil(lambda: any("omar: took the rating back" in line for line in history_lines(win)))
    undo_key(qtbot, win, redo=True)
    assert stored_rating(db, cid, "omar") == "misleading"
    qtbot.waitUntil(lambda: panel.rating.currentData() == "misleading")


def stored_desk_status(db, cid) -> str:
    desk = stored_desk(db)
    try:
        return desk.claim(cid).status_id
    finally:
        desk.close()


def test_the_other_raters_rating_stays_hidden_next_to_ones_own(qtbot, omar_window, desk_setup):
    db, cid = desk_setup
    nour = Desk.open(db, annotator="nour")
    workflow.rate(nour, cid, "true")
    nour.close()
    win, panel = omar_window, omar_window.discussion_panel
    win.select_claim(None)
    win.select_claim(cid)
    qtbot.waitUntil(lambda: "nour: rated (hidden" in panel.other_ratings.text())
    choose_rating(panel, "false")  # both have rated: the ratings are shown to each other
    qtbot.waitUntil(lambda: panel.other_ratings.text() == "nour: True")
    undo_key(qtbot, win)  # omar's rating taken back: nour's is hidden from him again
    qtbot.waitUntil(lambda: "nour: rated (hidden" in panel.other_ratings.text())


def test_rating_is_offered_only_to_the_articles_raters(qtbot, desk_setup):
    db, cid = desk_setup
    win = window_as(qtbot, db, "sara")
    try:
        win.open_article(1)
        win.select_claim(cid)
        qtbot.waitUntil(lambda: win.discussion_panel.comments.count() == 0 and win.discussion_panel._claim is not None)
        assert not win.discussion_panel.rating_row.isVisible()
    finally:
        win.desk.close()


def test_undo_after_a_colleagues_change_is_refused_with_a_dialog(qtbot, omar_window, desk_setup):
    db, cid = desk_setup
    win, panel = omar_window, omar_window.discussion_panel
    panel.comment_edit.setFocus()
    type_text(panel.comment_edit, "من أين الرقم؟")
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Return)
    hala = Desk.open(db, annotator="hala")
    hala.set_status(cid, "misleading")  # a colleague's change, unseen by this window
    hala.close()
    undo_key(qtbot, win)
    assert win.error_box.isVisible() and "changed elsewhere" in win.error_box.text()
    assert stored_thread(db, cid) == [("omar", "من أين الرقم؟", None)]  # nothing taken away
    assert stored_desk_status(db, cid) == "misleading"  # nor overwritten
    qtbot.waitUntil(lambda: win.inspector.claim.status_id == "misleading")  # read again


def test_a_published_verdicts_justification_cannot_be_typed_in(qtbot, desk_setup, tmp_path):
    from factcheck.export.jsonld import write_claimreview

    db, cid = desk_setup
    sara = Desk.open(db, annotator="sara")
    workflow.approve(sara, cid)
    assert write_claimreview(sara, tmp_path / "cr.json") == 1
    sara.close()
    win = window_as(qtbot, db, "omar")
    try:
        win.open_article(1)
        win.select_claim(cid)
        qtbot.waitUntil(lambda: win.discussion_panel.justification.isReadOnly())
        assert "frozen" in win.discussion_panel.justification.toolTip()
    finally:
        win.desk.close()


def test_a_return_is_undone_by_its_reviewer_unless_the_verdict_changed_since(qtbot, desk_setup):
    """Approve and return are the reviewer's own decisions: Ctrl+Z takes the last one back
    (the verdict is proposed again by its proposer), but not once a colleague has changed
    the verdict meanwhile."""
    db, cid = desk_setup
    win = window_as(qtbot, db, "sara")
    try:
        win.open_article(1)
        win.select_claim(cid)
        panel = win.review_panel
        qtbot.waitUntil(lambda: panel.return_button.isEnabled())
        panel.ask_comment = lambda: "أين المصدر؟"
        panel.return_button.click()
        review = stored_review(db, cid)
        assert (review.state, review.comment) == ("returned", "أين المصدر؟")
        undo_key(qtbot, win)
        review = stored_review(db, cid)
        assert (review.state, review.proposed_by) == ("proposed", "omar")
        qtbot.waitUntil(lambda: "Proposed by omar" in panel.state.text())
        undo_key(qtbot, win, redo=True)
        assert stored_review(db, cid).state == "returned"

        omar = Desk.open(db, annotator="omar")
        omar.set_status(cid, "misleading")  # the proposer changes the verdict meanwhile
        omar.close()
        undo_key(qtbot, win)
        assert win.error_box.isVisible() and "changed elsewhere" in win.error_box.text()
        review = stored_review(db, cid)
        assert (review.state, review.proposed_by) == ("proposed", "omar")
        assert stored_desk_status(db, cid) == "misleading"
    finally:
        win.desk.close()


def stored_review(db, cid):
    desk = stored_desk(db)
    try:
        return workflow.review_of(desk, cid)
    finally:
        desk.close()
