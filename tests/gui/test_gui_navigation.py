"""Keyboard and list navigation as the README's key table promises it, wherever the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from factcheck.services import Desk

pytestmark = pytest.mark.gui


def stored(db) -> dict:
    desk = Desk.open(db, read_only=True)
    try:
        return {c.id: c for c in desk.claims()}
    finally:
        desk.close()


def test_filtering_the_article_list_never_opens_another_article(window, qtbot):
    """Regression: typing in the filter opened whichever article became the current row, and
    after clearing it Ctrl+PgDown went to the previous article."""
    win = window
    assert win.article_id == 1
    win.article_filter.setText("هل")  # only article 2's title matches
    assert win.article_id == 1
    win.article_filter.setText("")
    assert win.article_id == 1
    assert win.article_view.currentIndex().row() == win.article_proxy.mapFromSource(
        win.article_model.index(win.article_model.row_of(1), 0)
    ).row()
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert win.article_id == 2


def test_status_keys_and_delete_work_in_the_claims_table(window, qtbot):
    """Regression: with the focus in the claims table (where an editor picks a claim) the
    status keys and Delete did nothing."""
    win = window
    win.reader.go_to_sentence(2)
    win.reader.request_mark()
    claim = win.current_claim()
    win.claim_view.setFocus()
    win.claim_view.setCurrentIndex(win.claim_model.index(win.claim_model.row_of(claim.id), 0))
    qtbot.keyClick(win.claim_view, Qt.Key.Key_5)
    assert stored(win.desk.store.path)[claim.id].status_id == "false"
    qtbot.keyClick(win.claim_view, Qt.Key.Key_Delete)
    assert stored(win.desk.store.path) == {}
    qtbot.keyClick(win.claim_view, Qt.Key.Key_3)  # nothing selected: no claim is made
    assert stored(win.desk.store.path) == {}


def test_undo_right_after_adding_a_source_from_its_field_undoes_the_addition(window, qtbot):
    """Regression: Ctrl+Z in the (emptied) URL field typed the address back instead."""
    win = window
    win.reader.go_to_sentence(2)
    win.reader.request_mark()
    claim = win.current_claim()
    qtbot.waitUntil(lambda: win.inspector.claim is not None)
    win.inspector.focus_source_field()
    qtbot.keyClicks(win.inspector.source_url, "https://example.org/a")
    qtbot.keyClick(win.inspector.source_url, Qt.Key.Key_Return)
    assert [s.url for s in stored(win.desk.store.path)[claim.id].sources] == ["https://example.org/a"]
    qtbot.keyClick(win.inspector.source_url, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(win.desk.store.path)[claim.id].sources == ()
    assert win.inspector.source_url.text() == ""


def test_no_to_replacing_research_files_cancels_the_export(window, tmp_path, monkeypatch):
    """Regression: "No" still exported, and failed with an error; a folder holding only
    other files was asked about although nothing in it would be replaced."""
    from PySide6.QtWidgets import QFileDialog

    win = window
    folder = tmp_path / "research"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    win.export_dialog("research")  # nothing of ours there: no question
    assert asked == [] and (folder / "stance_pairs.jsonl").exists()
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    win.export_dialog("research")  # now ours are there: asked, "No" cancels quietly
    assert len(asked) == 1
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert not getattr(win, "error_box", None) or not win.error_box.isVisible()
