"""Import off the GUI thread with a summary; export refusals; clear dialogs for bad databases."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton

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


def test_a_slow_import_that_shows_its_progress_is_not_reported_cancelled(
    window, qtbot, tmp_path, monkeypatch
):
    """Regression: closing the progress dialog at the end (it had shown: the import took
    longer than its 300 ms) counted as pressing Cancel, so a finished import was summarised
    as cancelled."""
    import time

    folder = make_batch(tmp_path / "batch")
    real = window.desk.import_paths

    def slow(paths, **kwargs):
        time.sleep(0.8)  # long enough for the progress dialog to appear
        return real(paths, **kwargs)

    monkeypatch.setattr(window.desk, "import_paths", slow)
    window.import_paths([str(folder)])
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "importProgress").isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window._import_worker is None, timeout=20000)
    summary = window.import_summary_box.text()
    assert "Imported: 2" in summary and "Refused: 2" in summary
    assert "cancelled" not in summary


def test_cancelling_an_import_says_so_and_keeps_what_was_imported(window, qtbot, tmp_path, monkeypatch):
    """Cancel in the progress dialog: the files already stored stay, the rest are not
    read, and the summary says the import was cancelled."""
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02}.txt").write_text(f"خبر {i}\n\nقال المتحدث إن العدد {i} صحيح.", encoding="utf-8")
    before = len(window.desk.articles())
    from factcheck.intake import prepare  # where an import reads its files

    real_read = prepare.read_document

    def slow_read(path):
        time.sleep(0.05)
        return real_read(path)

    monkeypatch.setattr(prepare, "read_document", slow_read)
    window.import_paths([str(folder)])
    dialog = window.findChild(QProgressDialog, "importProgress")
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    dialog.findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: window._import_worker is None, timeout=20000)
    assert "cancelled" in window.import_summary_box.text()
    stored = len(window.desk.articles()) - before
    assert 0 < stored < 40
    assert len(window.last_import) == stored


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
    # The dialog is a plain-text message box (never rich text); its exec is answered here.
    def answer(box):
        shown.append((box.text(), box.textFormat()))
        return 0

    monkeypatch.setattr(gui_app.QMessageBox, "exec", answer)
    assert gui_app.run_app(db=str(not_a_db)) == 1
    assert shown and "not a factcheck database" in shown[0][0]
    assert shown[0][1] == gui_app.Qt.TextFormat.PlainText
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


def test_research_export_to_a_folder_that_cannot_be_listed(window, tmp_path, monkeypatch):
    """Regression: listing the chosen folder (to ask before replacing files) raised
    PermissionError out of the dialog's slot; the export itself now says how it went."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "locked"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    real_iterdir = Path.iterdir

    def refuse(self):
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    window.export_dialog("research")  # no question asked; the export says how it went
    assert window.statusBar().currentMessage() == f"Exported to {folder}"
    assert any(real_iterdir(folder))


def test_an_edit_refused_during_the_windows_own_import_does_not_blame_another_program(
    window, qtbot, tmp_path, monkeypatch
):
    """While this window's import holds the write lock, an edit waiting too long for it is
    refused with a message naming the import, never "another program"; once the import
    is done the same edit goes through."""
    import threading

    from factcheck.store import engine, repository

    claim = window.desk.add_claim_for_sentence(1, 1)
    # The window's edits wait 0.2 s for the write lock (5 s by default): new connections.
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    window.desk.store.engine.dispose()
    inside, tried = threading.Event(), threading.Event()
    real = repository.insert_sentence_spans

    def held(session, rows):  # the import's write transaction, kept open for the edit
        inside.set()
        tried.wait(20)
        return real(session, rows)

    monkeypatch.setattr(repository, "insert_sentence_spans", held)
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a.txt").write_text("خبر جديد\n\nقال المتحدث إن الشركة تراجعت.", encoding="utf-8")
    window.import_paths([str(folder)])
    try:
        qtbot.waitUntil(inside.is_set, timeout=20000)
        saved = window.controller.set_status(claim, "false")
    finally:
        tried.set()
    qtbot.waitUntil(lambda: window._import_worker is None, timeout=20000)
    assert saved is False
    message = window.error_box.text()
    assert "another program" not in message
    assert "import" in message and "try again" in message.lower()
    assert window.desk.claim(claim.id).status_id == "unverified"
    assert window.controller.set_status(window.desk.claim(claim.id), "false") is True


def test_the_csv_exported_from_the_english_window_has_the_column_names(window, tmp_path, monkeypatch):
    """The window's CSV names its columns in the window's language: English here (the
    Arabic window's are in tests/gui/test_gui_arabic.py)."""
    import csv

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    from factcheck.export.csv_report import CSV_COLUMNS

    s = window.reader.sentences[2]
    window.mark_span(s.start, s.end)
    out = tmp_path / "verdicts.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.findChild(QAction, "exportCsvAll").trigger()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == list(CSV_COLUMNS) and header[0] == "claim_id"
