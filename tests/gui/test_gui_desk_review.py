"""The desk workflow in the window: blind ratings stay hidden in the inspector, review
actions in the inspector (four eyes, undo), a frozen published verdict explained. On SQLite
and on PostgreSQL (``seeded_url``): the window behaves the same on both."""

from __future__ import annotations

import pytest
from gui_support import window_as
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from factcheck import workflow
from factcheck.desk import Desk

pytestmark = pytest.mark.gui


def _desk_as(db, name: str) -> Desk:
    return Desk.open(db, annotator=name)


@pytest.fixture
def double_rated(seeded_url):
    """Editors hala (admin), omar and nour (editors), sara (reviewer); article 1 assigned
    to omar and nour for blind double rating; claim 1 on its third sentence, rated
    "satire" by omar only."""
    desk = _desk_as(seeded_url, "hala")
    workflow.add_editor(desk, "hala", "admin")
    for name, role in (("omar", "editor"), ("nour", "editor"), ("sara", "reviewer")):
        workflow.add_editor(desk, name, role)
    workflow.assign(desk, 1, "omar", "nour")
    claim = desk.add_claim_for_sentence(1, 3)
    desk.close()
    omar = _desk_as(seeded_url, "omar")
    workflow.rate(omar, claim.id, "satire")
    omar.close()
    return claim.id


def history_lines(win) -> list[str]:
    return [win.inspector.history.item(i).text() for i in range(win.inspector.history.count())]


def test_the_other_raters_blind_rating_is_not_in_the_inspector(qtbot, seeded_url, double_rated):
    win = window_as(qtbot, seeded_url, "nour")
    try:
        assert win.desk.annotator == "nour"
        win.select_claim(double_rated)
        qtbot.waitUntil(lambda: win.inspector.history.count() >= 2)
        lines = history_lines(win)
        rating = [line for line in lines if "omar" in line]
        assert rating, lines  # the rating is listed (that omar rated), not its value
        assert not any("Satire" in line or "satire" in line for line in lines), lines
    finally:
        win.desk.close()


def test_a_blind_rating_shows_once_both_have_rated(qtbot, seeded_url, double_rated):
    nour = _desk_as(seeded_url, "nour")
    workflow.rate(nour, double_rated, "false")
    nour.close()
    win = window_as(qtbot, seeded_url, "nour")
    try:
        win.select_claim(double_rated)
        qtbot.waitUntil(lambda: win.inspector.history.count() >= 3)
        assert any("omar" in line and "Satire" in line for line in history_lines(win))
    finally:
        win.desk.close()


def test_own_rating_is_shown_to_its_rater(qtbot, seeded_url, double_rated):
    win = window_as(qtbot, seeded_url, "omar")
    try:
        win.select_claim(double_rated)
        qtbot.waitUntil(lambda: win.inspector.history.count() >= 2)
        assert any("Satire" in line for line in history_lines(win))
    finally:
        win.desk.close()
    QApplication.processEvents()


def test_changing_a_published_verdict_in_the_window_explains_why_not(qtbot, seeded_url, tmp_path):
    from factcheck.export.jsonld import write_claimreview

    desk = _desk_as(seeded_url, "omar")
    claim = desk.add_claim_for_sentence(1, 3, status_id="false")
    desk.close()
    sara = _desk_as(seeded_url, "sara")
    workflow.approve(sara, claim.id)
    assert write_claimreview(sara, tmp_path / "cr.json") == 1
    sara.close()
    win = window_as(qtbot, seeded_url, "omar")
    try:
        win.select_claim(claim.id)
        win.apply_status("true")
        assert win.error_box.isVisible()
        assert "published" in win.error_box.text() and "reopen" in win.error_box.text()
        assert win.desk.claim(claim.id).status_id == "false"
        assert win.inspector.claim.status_id == "false"  # the window shows what is stored
    finally:
        win.desk.close()


@pytest.fixture
def proposed(seeded_url):
    """Editors hala (admin), omar (editor), sara (reviewer); omar proposed "false" on
    article 1's third sentence."""
    desk = _desk_as(seeded_url, "hala")
    workflow.add_editor(desk, "hala", "admin")
    workflow.add_editor(desk, "omar", "editor")
    workflow.add_editor(desk, "sara", "reviewer")
    desk.close()
    omar = _desk_as(seeded_url, "omar")
    claim = omar.add_claim_for_sentence(1, 3, status_id="false")
    omar.close()
    return claim.id


def stored_review(db, claim_id):
    desk = Desk.open(db, read_only=True)
    try:
        return workflow.review_of(desk, claim_id)
    finally:
        desk.close()


def test_a_reviewer_approves_in_the_inspector_and_undo_takes_it_back(qtbot, seeded_url, proposed):
    win = window_as(qtbot, seeded_url, "sara")
    try:
        panel = win.review_panel
        win.select_claim(proposed)
        qtbot.waitUntil(lambda: "Proposed by omar" in panel.state.text())
        assert panel.approve_button.isVisible() and panel.approve_button.isEnabled()
        assert "Acting as sara (reviewer)" == panel.acting.text()
        panel.approve_button.click()
        review = stored_review(seeded_url, proposed)
        assert (review.state, review.reviewed_by) == ("approved", "sara")
        qtbot.waitUntil(lambda: "Approved by sara" in panel.state.text())
        win.controller.undo_stack.undo()
        review = stored_review(seeded_url, proposed)
        assert (review.state, review.proposed_by) == ("proposed", "omar")
        win.controller.undo_stack.redo()
        assert stored_review(seeded_url, proposed).state == "approved"
        # the key of the Desk menu's action: nothing left to approve now
        assert "Ctrl+Shift+A" in dict(win.shortcut_rows()).values()
    finally:
        win.desk.close()


def test_return_with_a_comment_is_shown_to_the_proposer(qtbot, seeded_url, proposed):
    win = window_as(qtbot, seeded_url, "sara")
    try:
        win.select_claim(proposed)
        qtbot.waitUntil(lambda: win.review_panel.approve_button.isEnabled())
        win.review_panel.ask_comment = lambda: "أين المصدر؟"
        qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
        review = stored_review(seeded_url, proposed)
        assert (review.state, review.comment) == ("returned", "أين المصدر؟")
    finally:
        win.desk.close()
    omar = window_as(qtbot, seeded_url, "omar")
    try:
        omar.select_claim(proposed)
        qtbot.waitUntil(lambda: "Returned by sara: أين المصدر؟" in omar.review_panel.state.text())
        assert not omar.review_panel.approve_button.isVisible()  # an editor does not review
    finally:
        omar.desk.close()


def test_approving_ones_own_verdict_is_refused_with_a_dialog(qtbot, seeded_url, proposed):
    win = window_as(qtbot, seeded_url, "sara")
    try:
        win.select_claim(proposed)
        win.apply_status("misleading")  # sara now proposes the verdict herself
        qtbot.waitUntil(lambda: "Proposed by sara" in win.review_panel.state.text())
        win.review_panel.approve_button.click()
        assert win.error_box.isVisible() and "cannot review it" in win.error_box.text()
        review = stored_review(seeded_url, proposed)
        assert (review.state, review.proposed_by) == ("proposed", "sara")
        assert win.controller.undo_stack.undoText() != "Approve verdict"
    finally:
        win.desk.close()
