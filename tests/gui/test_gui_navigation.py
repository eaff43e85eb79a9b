"""Keyboard and list navigation as the README's key table promises it, wherever the focus is."""

from __future__ import annotations

import pytest
from gui_support import stored
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui


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


def test_clearing_the_search_box_clears_its_highlights(window, qtbot):
    win = window
    win.search.box.setText("امازون")
    hits = win.search.run()
    win.open_search_hit(hits[0])
    assert win.reader._search_hits
    win.search.box.setText("")
    win.search.run()
    assert win.reader._search_hits == []


def test_zoom_stops_at_its_limits_and_remembers_what_is_shown(window):
    win = window
    low, high = win.ZOOM_STEPS
    for _ in range(3 * abs(low)):
        win.zoom(-1)
    smallest = win.reader.font().pointSizeF()
    assert win.settings.zoom == low
    win.zoom(1)  # one step back up shows a larger font at once
    assert win.reader.font().pointSizeF() > smallest and win.settings.zoom == low + 1
    for _ in range(3 * high):
        win.zoom(1)
    assert win.settings.zoom == high


def test_a_drop_during_an_import_is_not_silently_lost(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    win = window
    article = tmp_path / "a.txt"
    article.write_text("خبر. جملة.", encoding="utf-8")
    win._import_worker = object()  # an import is running
    try:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(article))])
        event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip
        win.dropEvent(event)
        assert "import is running" in win.statusBar().currentMessage()
    finally:
        win._import_worker = None


def test_an_export_named_without_a_suffix_gets_its_type(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    win = window
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report"), ""))
    win.export_csv_dialog(this_article=False)
    assert (tmp_path / "report.csv").exists()
    win.export_dialog("annotations")
    assert (tmp_path / "report.jsonld").exists()
    (tmp_path / "other.csv").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "other"), ""))
    win.export_csv_dialog(this_article=False)  # never replaces a file the dialog did not name
    assert (tmp_path / "other.csv").read_text(encoding="utf-8") == "mine"
    assert "already exists" in win.error_box.text()

