"""One claim across articles in the window: suggestions, one-key linking, "also in", search."""

from __future__ import annotations

import json

import pytest
from gui_support import AMAZON_ASKS, mark_phrase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from factcheck.desk import Desk
from factcheck.text import normalize_text
from factcheck.workflow import approve

pytestmark = pytest.mark.gui


def stored(window, claim_id):
    desk = Desk.open(window.desk.store.path, read_only=True)
    try:
        return desk.claim(claim_id)
    finally:
        desk.close()


def mark_sentence(window, article_id, index):
    if window.article_id != article_id:
        window.open_article(article_id)
    sentence = window.reader.sentences[index - 1]
    claim = window.mark_span(sentence.start, sentence.end)
    QApplication.processEvents()  # the inspector follows the reader right after
    return claim


def test_chosen_suggestion_linked_with_one_key_links_and_undoes(window, qtbot):
    # Article 1, sentence 3: Amazon dropped the TikTok ban, the step was a mistake.
    first = mark_sentence(window, 1, 3)
    window.apply_status("false")
    # Article 2, sentence 6: the same claim, worded differently, "امازون" without hamza.
    second = mark_phrase(window, 2, AMAZON_ASKS)
    suggestions = window.inspector.suggestions
    qtbot.waitUntil(lambda: suggestions.count() >= 1)  # filled just after the repaint
    assert suggestions.item(0).data(Qt.ItemDataRole.UserRole) == first.id
    # The editor chooses the suggestion, then Ctrl+Enter in the list links it.
    rect = suggestions.visualItemRect(suggestions.item(0))
    qtbot.mouseClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(suggestions, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    linked = stored(window, second.id)
    assert linked.linked_to == first.id
    assert linked.status_id == "false"  # the group's verdict
    # "Also in": the inspector lists article 1; the reader marks the claim.
    qtbot.waitUntil(lambda: window.inspector.appearances.count() >= 1)
    qtbot.wait(10)
    items = [window.inspector.appearances.item(i).text() for i in range(window.inspector.appearances.count())]
    assert any(window.desk.article(1).title in text for text in items)
    tip = window.reader.tooltip_at(second.start + 2)
    assert "Also in 1 other article" in tip
    # Undo unlinks in the database; redo links again.
    window.controller.undo_stack.undo()
    assert stored(window, second.id).linked_to is None
    window.controller.undo_stack.redo()
    assert stored(window, second.id).linked_to == first.id
    # The other appearance opens its article with the claim selected.
    window.inspector.openClaim.emit(1, first.id)
    assert window.article_id == 1 and window.reader.selected_claim_id == first.id


def test_unlink_and_stance_are_undoable(window):
    first = mark_sentence(window, 1, 3)
    second = mark_phrase(window, 2, AMAZON_ASKS)
    window.inspector.linkRequested.emit(first.id, "agree")
    window.inspector.stanceChosen.emit("discuss")
    assert stored(window, second.id).stance == "discuss"
    window.inspector.unlinkRequested.emit()
    assert stored(window, second.id).linked_to is None
    window.controller.undo_stack.undo()
    assert stored(window, second.id).linked_to == first.id
    window.controller.undo_stack.undo()
    assert stored(window, second.id).stance == "agree"


def test_search_folds_hamza_and_opens_the_match(window, qtbot):
    window.search.box.setText("أمازون")
    hits = window.search.run()
    assert {h.article_id for h in hits} == {1, 2}  # امازون in article 2 is found too
    hit = next(h for h in hits if h.article_id == 2)
    window.search.results.setCurrentRow(window.search.hits.index(hit))
    window.search._activated(window.search.results.currentItem())
    assert window.article_id == 2
    text = window.reader.text
    highlighted = [s.cursor.selectedText() for s in window.reader.extraSelections()]
    found = text[hit.start : hit.end]
    assert normalize_text(found) == normalize_text("أمازون")
    assert found in highlighted
    assert window.reader.current_sentence.index == hit.sentence


def test_claimreview_export_from_the_window(window, tmp_path):
    mark_sentence(window, 1, 3)
    window.apply_status("false")
    out = tmp_path / "reviews.jsonld"
    # Published verdicts are approved ones: none until another editor approves it.
    assert window.export("claimreview", str(out)) == 0
    reviewer = Desk.open(window.desk.store.path, annotator="another-editor")
    approve(reviewer, window.current_claim().id)
    reviewer.close()
    assert window.export("claimreview", str(out), overwrite=True) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    review = data[0] if isinstance(data, list) else data
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["ratingValue"] == 1
    assert len(review["claimReviewed"]) <= 75
