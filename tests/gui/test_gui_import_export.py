"""Import off the GUI thread with a summary; export refusals; clear dialogs for bad databases."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

pytestmark = pytest.mark.gui


def make_batch(folder):
    folder.mkdir()
    (folder / "good.txt").write_text("عنوان الخبر\n\nقال المتحدث إن الشركة تراجعت.", encoding="utf-8")
    (folder / "legacy.txt").write_bytes("خبر بترميز قديم\n\nنص عربي بترميز ويندوز.".encode("cp1256"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\x00" * 20)
    return folder


def test_import_runs_in_background_and_summarises(window, qtbot, tmp_path):
    folder = make_batch(tmp_path / "batch")
    before = len(window.desk.articles())
    worker = window.import_paths([str(folder)])
    assert worker is not None
    qtbot.waitUntil(lambda: window._import_worker is None, timeout=20000)
    outcomes = {o.path.rsplit("/", 1)[-1]: o for o in window.last_import}
    assert outcomes["good.txt"].outcome == "imported"
    assert outcomes["legacy.txt"].outcome == "imported"
    assert outcomes["empty.txt"].outcome == "refused"
    assert outcomes["binary.txt"].outcome == "refused"
    assert window.article_model.rowCount() == before + 2
    summary = window.import_summary_box.text()
    assert "Imported: 2" in summary and "Refused: 2" in summary
    assert "empty.txt" in window.import_summary_box.detailedText()
    # Importing again adds nothing and says so.
    window.import_paths([str(folder)])
    qtbot.waitUntil(lambda: window._import_worker is None, timeout=20000)
    assert "Already present (skipped): 2" in window.import_summary_box.text()
    assert window.article_model.rowCount() == before + 2


def test_files_dropped_on_the_window_are_imported(window, qtbot, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_text("خبر مسحوب\n\nنص الخبر المسحوب إلى النافذة.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window._import_worker is None, timeout=20000)
    assert any(a.title == "خبر مسحوب" for a in window.desk.articles())


def test_export_refuses_to_truncate_an_existing_file(window, tmp_path):
    s = window.reader.sentences[2]
    window.mark_span(s.start, s.end)
    out = tmp_path / "existing.csv"
    out.write_text("keep me", encoding="utf-8")
    assert window.export_csv(str(out)) is None
    assert out.read_text(encoding="utf-8") == "keep me"
    assert "already exists" in window.error_box.text()
    assert window.export_csv(str(out), overwrite=True) == 1


def test_export_current_article_only(window, tmp_path):
    s = window.reader.sentences[2]
    window.mark_span(s.start, s.end)
    window.open_article(2)
    s2 = window.reader.sentences[0]
    window.mark_span(s2.start, s2.end)
    out = tmp_path / "one.csv"
    assert window.export_csv(str(out), this_article=True) == 1
    assert window.export_csv(str(tmp_path / "all.csv")) == 2


def test_bad_database_gets_a_dialog_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from factcheck.gui import app as gui_app

    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("these are my notes, not a database", encoding="utf-8")
    shown = []
    monkeypatch.setattr(gui_app.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert gui_app.run_app(db=str(not_a_db)) == 1
    assert shown and "not a factcheck database" in shown[0]
    assert not_a_db.read_text(encoding="utf-8") == "these are my notes, not a database"
    # The garbage collector, paused while the window is built, runs again after a failure.
    assert gc.isenabled()


def test_last_article_is_reopened(qtbot, seeded_db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    first = build_window(str(seeded_db), lang="en", settings=AppSettings())
    qtbot.addWidget(first)
    first.open_article(2)
    first.close()
    first.desk.close()
    second = build_window(str(seeded_db), lang="en", settings=AppSettings())
    qtbot.addWidget(second)
    try:
        assert second.article_id == 2
    finally:
        second.desk.close()
