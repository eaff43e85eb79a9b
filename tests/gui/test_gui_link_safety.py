"""Linking in the window is deliberate: nothing preselected, Ctrl+Enter only in the
suggestion list, and two claims that disagree are never linked without the editor's choice."""

from __future__ import annotations

import pytest
from gui_support import AMAZON_ASKS, mark_phrase, phrase_span
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from factcheck.desk import Desk
from factcheck.model import SourceInput
from factcheck.store import repository as repo

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def stored_state(window, claim_id):
    """A claim as stored: its own row (link, stance, verdict) and the verdict it shows."""
    desk = Desk.open(window.desk.store.path, read_only=True)
    try:
        with desk.store.read() as s:
            own = repo.get_claim(s, claim_id, effective=False)
        shown = desk.claim(claim_id)
    finally:
        desk.close()
    own_part = (own.linked_to, own.stance, own.status_id, own.note, own.sources)
    return own_part + (shown.status_id, shown.note, shown.sources)


def open_with_suggestions(window, qtbot, article_id, claim_id):
    """Show a claim in the inspector and wait for its suggestions."""
    window.open_article(article_id)
    window.select_claim(claim_id)
    suggestions = window.inspector.suggestions
    qtbot.waitUntil(lambda: suggestions.count() >= 1)
    return suggestions


def mark_sentence(window, article_id, index):
    if window.article_id != article_id:
        window.open_article(article_id)
    sentence = window.reader.sentences[index - 1]
    claim = window.mark_span(sentence.start, sentence.end)
    QApplication.processEvents()
    return claim


def test_ctrl_enter_outside_the_suggestion_list_links_nothing(window, qtbot):
    """A claim just marked, its suggestion listed: Ctrl+Enter pressed in the reader, the note
    field and the source field (where an editor types) links nothing."""
    first = mark_sentence(window, 1, 3)
    window.apply_status("false")
    second = mark_phrase(window, 2, AMAZON_ASKS)
    suggestions = window.inspector.suggestions
    qtbot.waitUntil(lambda: suggestions.count() >= 1)
    assert suggestions.item(0).data(Qt.ItemDataRole.UserRole) == first.id
    edits = window.controller.undo_stack.count()
    for widget in (window.reader, window.inspector.note, window.inspector.source_url):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            qtbot.keyClick(widget, key, CTRL)
        QApplication.processEvents()
        assert stored_state(window, second.id)[0] is None, widget.objectName()
    window.reader.setFocus()  # (the note field, left, saves what was typed in it)
    QApplication.processEvents()
    assert window.controller.undo_stack.count() == edits  # nothing was linked


def test_no_suggestion_is_preselected_and_the_link_button_waits_for_a_choice(window, qtbot):
    first = mark_sentence(window, 1, 3)
    window.apply_status("false")
    second = mark_phrase(window, 2, AMAZON_ASKS)
    suggestions = window.inspector.suggestions
    qtbot.waitUntil(lambda: suggestions.count() >= 1)
    assert suggestions.selectedItems() == []
    assert not window.inspector.link_button.isEnabled()
    # Focus reaching the list by the keyboard chooses nothing either.
    suggestions.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(suggestions.hasFocus)
    qtbot.keyClick(suggestions, Qt.Key.Key_Return, CTRL)
    assert stored_state(window, second.id)[0] is None
    assert not window.inspector.link_button.isEnabled()
    # The editor chooses it: the button is enabled and Ctrl+Enter in the list links.
    rect = suggestions.visualItemRect(suggestions.item(0))
    qtbot.mouseClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.inspector.link_button.isEnabled()
    qtbot.keyClick(suggestions, Qt.Key.Key_Return, CTRL)
    assert stored_state(window, second.id)[0] == first.id
    assert stored_state(window, second.id)[5] == "false"


def test_suggestions_show_their_score_and_verdict(window, qtbot):
    mark_sentence(window, 1, 3)
    window.apply_status("false")
    second = mark_phrase(window, 2, AMAZON_ASKS)
    suggestions = window.inspector.suggestions
    qtbot.waitUntil(lambda: suggestions.count() >= 1)
    ((_claim, score),) = window.desk.suggest_for_claim(second.id)[:1]
    text = suggestions.item(0).text()
    assert f"{round(score * 100)}%" in text
    assert "False" in text  # the status scale's label, not the id


@pytest.fixture
def disagreeing_window(qtbot, seeded_db):
    """Claim 1 (article 1): false, a note, two sources. Claim 2 (article 2, the same claim
    reworded): mostly true, its own note and sources, one URL shared with claim 1."""
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    desk = Desk.open(seeded_db)
    try:
        one = desk.sentence(1, 3)
        desk.add_claim(
            1, one.start, one.end, status_id="false", note="أرسلت بالخطأ",
            sources=[SourceInput(url="https://example.org/nyt"), SourceInput(url="https://example.org/both")],
        )  # fmt: skip
        two_start, two_end = phrase_span(desk.article(2).text, AMAZON_ASKS)
        desk.add_claim(
            2, two_start, two_end, status_id="mostly_true", note="ملاحظة المحرر الثاني",
            sources=[SourceInput(url="https://example.org/both"), SourceInput(url="https://example.org/reuters")],
        )  # fmt: skip
    finally:
        desk.close()
    win = build_window(str(seeded_db), lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.desk.close()


def answer_link_dialog(qtbot, button_name: str) -> list[str]:
    """When the link dialog opens, record its text and press the named button."""
    seen: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "linkConflictDialog":
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        box.findChild(type(box.buttons()[0]), button_name).click()

    QTimer.singleShot(0, answer)
    return seen


def choose_first_suggestion(window, qtbot):
    suggestions = open_with_suggestions(window, qtbot, 2, 2)
    assert suggestions.item(0).data(Qt.ItemDataRole.UserRole) == 1
    rect = suggestions.visualItemRect(suggestions.item(0))
    qtbot.mouseClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_cancel_in_the_link_dialog_leaves_both_claims_unchanged(disagreeing_window, qtbot):
    window = disagreeing_window
    before = (stored_state(window, 1), stored_state(window, 2))
    choose_first_suggestion(window, qtbot)
    seen = answer_link_dialog(qtbot, "cancelLink")
    qtbot.mouseClick(window.inspector.link_button, Qt.MouseButton.LeftButton)
    assert seen, "the dialog did not appear"
    text = seen[0]
    assert "Mostly true" in text and "False" in text  # both verdicts, as the scale names them
    assert "Keep this claim's verdict" in seen and "Keep the other claim's verdict" in seen
    assert "Cancel" in seen
    assert (stored_state(window, 1), stored_state(window, 2)) == before
    assert window.controller.undo_stack.count() == 0


def test_keep_other_takes_its_verdict_merges_and_undo_restores_both(disagreeing_window, qtbot):
    window = disagreeing_window
    before = (stored_state(window, 1), stored_state(window, 2))
    choose_first_suggestion(window, qtbot)
    seen = answer_link_dialog(qtbot, "keepOther")
    qtbot.keyClick(window.inspector.suggestions, Qt.Key.Key_Return, CTRL)
    assert seen
    linked = stored_state(window, 2)
    assert linked[0] == 1
    status, note, sources = linked[5:]
    assert status == "false"
    assert note == "أرسلت بالخطأ\n\nملاحظة المحرر الثاني"
    assert [s.url for s in sources] == [
        "https://example.org/nyt",
        "https://example.org/both",
        "https://example.org/reuters",
    ]
    assert stored_state(window, 1)[5:] == (status, note, sources)
    # the inspector shows the merged verdict
    assert window.inspector.claim.status_id == "false"
    window.controller.undo_stack.undo()
    assert (stored_state(window, 1), stored_state(window, 2)) == before
    window.controller.undo_stack.redo()
    assert stored_state(window, 2)[5] == "false"
    window.controller.undo_stack.undo()
    assert (stored_state(window, 1), stored_state(window, 2)) == before


def test_edits_after_a_merging_link_and_its_undo_are_not_refused(disagreeing_window, qtbot):
    """The merge moved the group's versions on: the window knows, so the next edits through
    either claim are accepted, not refused as "changed elsewhere"."""
    window = disagreeing_window
    choose_first_suggestion(window, qtbot)
    answer_link_dialog(qtbot, "keepThis")
    qtbot.mouseClick(window.inspector.link_button, Qt.MouseButton.LeftButton)
    assert stored_state(window, 1)[5] == "mostly_true"  # this claim's verdict won
    window.apply_status("misleading")
    assert stored_state(window, 1)[5] == stored_state(window, 2)[5] == "misleading"
    window.controller.undo_stack.undo()  # the status
    window.controller.undo_stack.undo()  # the link
    assert stored_state(window, 2)[0] is None
    window.apply_status("true")
    assert stored_state(window, 2)[5] == "true"
    window.open_article(1)
    window.select_claim(1)
    window.apply_status("satire")
    assert stored_state(window, 1)[5] == "satire"
    assert window.findChild(QMessageBox, "errorDialog") is None
