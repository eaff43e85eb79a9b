"""The desktop app never interprets article text: no HTML, no obeyed bidi controls, no
dangerous links opened, no report silently overwritten. Qt runs offscreen."""

from __future__ import annotations

import pytest
from rel_support import hostile, sha256

from factcheck.desk import Desk
from factcheck.model import Sentence, SourceInput
from factcheck.text import sentence_spans

pytestmark = pytest.mark.gui

MARKUP_TITLE = '<img src="file:///etc/hostname"> <b>عنوان</b> &amp; <a href="javascript:alert(1)">x</a>'
MARKUP_ARTICLE = (
    MARKUP_TITLE + "\n"
    "قال \u202eexe.png\u202c الوزير إن <img src=x onerror=alert(1)> آمن. "
    "<table><tr><td>1</td></tr></table> <script>alert(1)</script> &lt;p&gt;.\n"
    "<style>body{display:none}</style> النص كاملاً.\n"
)
EXCERPT = '<img src="file:///etc/hostname"><h1>excerpt</h1>'


def rendered(text: str) -> tuple[str, bool]:
    """What a Qt tooltip/label in AutoText mode shows for ``text``, and whether it holds an
    image (Qt renders anything that looks like HTML as rich text)."""
    from PySide6.QtGui import Qt, QTextDocument

    if not Qt.mightBeRichText(text):
        return text, False
    doc = QTextDocument()
    doc.setHtml(text)
    images = any(f.isImageFormat() for f in doc.allFormats())
    return doc.toPlainText().replace("\u2028", "\n").replace("\u00a0", " "), images


@pytest.fixture
def markup_db(tmp_path):
    db = tmp_path / "markup.sqlite"
    desk = Desk.open(db, load_seeds=False)
    aid = desk.import_text(MARKUP_ARTICLE).article_id
    text = desk.article(aid).text
    start = text.index("<img src=x")
    end = text.index("آمن.") + len("آمن.")
    desk.add_claim(
        aid,
        start,
        end,
        note="<b>note</b><img src=x>",
        sources=[SourceInput(url="https://example.org/<img>", excerpt=EXCERPT)],
    )
    desk.close()
    return db


@pytest.fixture
def window(qtbot, markup_db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    win = build_window(str(markup_db), article_id=1, lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.desk.close()


def test_reader_shows_markup_and_bidi_controls_as_text(qtbot):
    from factcheck.gui.qt_reader import ArticleReader, display_text

    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.resize(800, 600)
    reader.show()
    sentences = [
        Sentence(i, a, b, MARKUP_ARTICLE[a:b])
        for i, (a, b) in enumerate(sentence_spans(MARKUP_ARTICLE), start=1)
    ]
    hostile(3)
    reader.show_article(MARKUP_ARTICLE, sentences, [], [])
    assert reader.toPlainText() == display_text(MARKUP_ARTICLE)
    doc = reader.document()
    assert not any(f.isImageFormat() for f in doc.allFormats())
    assert not any(
        f.isCharFormat() and f.toCharFormat().isAnchor() for f in doc.allFormats()
    )
    assert "<img" not in doc.toHtml() and "&lt;img" in doc.toHtml()
    assert "\u202e" not in reader.toPlainText()


def test_window_never_renders_article_text_as_html(window):
    hostile(4)
    reader = window.reader
    assert reader.toPlainText().startswith(MARKUP_TITLE)
    assert not any(f.isImageFormat() for f in reader.document().allFormats())

    # article list tooltip (the title is the article's first line)
    from PySide6.QtCore import Qt

    index = window.article_model.index(0, 0)
    tip = window.article_model.data(index, Qt.ItemDataRole.ToolTipRole)
    shown, image = rendered(tip)
    assert not image
    assert MARKUP_TITLE in shown

    # claims table tooltip (the quote)
    claim = window.desk.claims(1)[0]
    index = window.claim_model.index(0, 2)
    shown, image = rendered(window.claim_model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert not image
    assert " ".join(claim.quote.split()) in " ".join(shown.split())

    # inspector: quote label, source list tooltip (the excerpt)
    window.inspector.show_claim(claim, window.desk.history(claim.id))
    assert window.inspector.quote.textFormat() == Qt.TextFormat.PlainText
    item = window.inspector.sources.item(0)
    shown, image = rendered(item.toolTip())
    assert not image and EXCERPT in shown

    # reader tooltip over the claim (status, note, sources)
    shown, image = rendered(reader.tooltip_at(claim.start + 1))
    assert not image and "<b>note</b><img src=x>" in shown


def test_only_http_links_are_opened(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    refused = {
        "javascript:alert(1)": "Only http and https",
        "file:///etc/passwd": "Only http and https",
        "data:text/html,<b>x</b>": "Only http and https",
        "https://user:pw@example.org/": "user name or password",
        "https://example.org/\u202efdp.exe": "direction-changing",
    }
    for url, reason in refused.items():  # e.g. stored by an older version or by hand
        hostile()
        window.open_url(url)
        assert reason in window.error_box.text()
    assert opened == []
    window.open_url("https://example.org/ok")
    assert opened == ["https://example.org/ok"]


def test_app_export_refuses_an_existing_file_unless_confirmed(window, tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("precious\n", encoding="utf-8")
    digest = sha256(target)
    hostile()
    assert window.export_csv(str(target)) is None
    assert "already exists" in window.error_box.text()
    assert sha256(target) == digest
    # the file dialog asked and the user confirmed: overwrite=True
    assert window.export_csv(str(target), overwrite=True) == 1
    assert sha256(target) != digest


def test_second_app_instance_opens_read_only_and_says_why(qtbot, markup_db):
    import json
    import subprocess

    from rel_support import kill, read_line, start_worker

    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    holder = start_worker("edit_lock", markup_db, stdin=subprocess.PIPE)
    try:
        assert json.loads(read_line(holder))["ok"]
        win = build_window(
            str(markup_db), article_id=1, lang="en", settings=AppSettings()
        )
        qtbot.addWidget(win)
        try:
            assert win.desk.store.read_only
            assert f"process {holder.pid}" in win.read_only_reason
            assert win.banner.text() == "Read-only"  # stays visible in the status bar
            claim = win.desk.claims(1)[0]
            hostile()
            assert win.controller.set_status(claim, "false") is False
            assert "read-only" in win.error_box.text()
            assert win.desk.claim(claim.id).status_id == claim.status_id
        finally:
            win.desk.close()
            win.close()
    finally:
        kill(holder)


def test_app_edit_blocked_by_another_writer_shows_busy(qtbot, window, monkeypatch):
    from rel_support import kill, read_line, start_worker

    import factcheck.store.engine as engine_mod

    claim = window.desk.claims(1)[0]
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    window.desk.store.engine.dispose()  # new connections pick up the short timeout
    holder = start_worker("hold", window.desk.store.path, 20)
    try:
        assert '"held"' in read_line(holder)
        hostile()
        assert window.controller.set_status(claim, "false") is False
        assert "busy" in window.error_box.text()
    finally:
        kill(holder)
    assert window.desk.claim(claim.id).status_id == claim.status_id
    assert window.controller.set_status(window.desk.claim(claim.id), "false") is True


# -- markup in dialogs, labels and tooltips ---------------------------------------------------
# Qt shows a message box, label or tooltip "AutoText": anything that looks like HTML is
# rendered, links become clickable and ``<img width=30000 height=30000>`` is laid out.

LINK_HOST = '<a href="smb://attacker.example/share">Click to restore</a>'
HUGE_IMAGE = "<img src=x width=3000 height=3000>"


def run_app_recording_boxes(db, answer=None) -> tuple[int, list]:
    """Run the app as ``factcheck gui`` does; note every message box it shows (text, text
    format) and answer it; end its event loop once the window is up. Returns (exit code,
    boxes). ``answer(box)`` answers a box (default: closed with no button). ``exit`` (not ``quit``, nor closing the last window: both post a quit event that
    would end the next test's event loop instead) stops it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from factcheck.gui.app import run_app
    from factcheck.gui.main_window import MainWindow

    app = QApplication.instance()
    boxes = []

    def windows():
        return [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def poll():
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        for box in shown:
            boxes.append((box.text(), box.textFormat()))
            if answer is None:
                box.done(0)
            else:
                answer(box)
        if not shown and windows() and boxes:
            app.exit(0)

    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    timer = QTimer(interval=50)
    timer.timeout.connect(poll)
    timer.start()
    try:
        code = run_app(db=str(db), lang="en")
    finally:
        timer.stop()
        for window in windows():
            window.close()
        app.setQuitOnLastWindowClosed(quit_on_close)
    return code, boxes


def test_the_edit_locks_host_name_is_shown_as_text_at_start(qtbot, markup_db):
    """Regression: the read-only reason came up in an AutoText message box, so a host name
    written into the database's edit lock became a clickable smb:// link."""
    import time

    from PySide6.QtCore import Qt

    from factcheck.store import repository as repo

    desk = Desk.open(markup_db, load_seeds=False)
    with desk.store.write() as s:
        repo.write_lock(s, "remote", LINK_HOST, 4242, time.time())
    desk.close()
    hostile()
    code, boxes = run_app_recording_boxes(markup_db)
    assert code == 0
    assert len(boxes) == 1
    text, text_format = boxes[0]
    assert LINK_HOST in text
    assert text_format == Qt.TextFormat.PlainText


def test_an_error_at_start_is_shown_as_text(qtbot, tmp_path):
    """The database path (a folder here) is part of the error's text."""
    from PySide6.QtCore import Qt

    folder = tmp_path / HUGE_IMAGE
    folder.mkdir()
    hostile()
    code, boxes = run_app_recording_boxes(folder)
    assert code == 1
    assert len(boxes) == 1
    text, text_format = boxes[0]
    assert HUGE_IMAGE in text and "is a directory" in text
    assert text_format == Qt.TextFormat.PlainText


def test_search_results_show_snippets_and_errors_as_text(window):
    from PySide6.QtCore import Qt

    hostile()
    panel = window.search
    panel.box.setText("الوزير")
    hits = panel.run()
    assert hits and "<img src=x onerror=alert(1)>" in hits[0].snippet
    tip = panel.results.item(0).toolTip()
    shown, image = rendered(tip)
    assert not image
    assert "<img src=x onerror=alert(1)>" in shown
    # the summary line also shows the core's error texts, which quote what was typed
    assert panel.summary.textFormat() == Qt.TextFormat.PlainText


def test_import_progress_shows_file_names_as_text(window, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QProgressDialog

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / f"{HUGE_IMAGE}.txt").write_text("عنوان\nنص الخبر.\n", encoding="utf-8")
    hostile()
    worker = window.import_paths([str(folder)])
    progress = window.findChild(QProgressDialog, "importProgress")
    labels = progress.findChildren(QLabel)
    qtbot.waitUntil(lambda: worker.isFinished() and window._import_worker is None, timeout=20000)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_source_titles_and_notes_in_the_inspector_stay_text(window):
    from PySide6.QtCore import Qt

    claim = window.desk.claims(1)[0]
    title = f"{LINK_HOST} {HUGE_IMAGE}"
    window.desk.update_source(
        claim.sources[0].id,
        SourceInput(url=claim.sources[0].url, title=title, excerpt=EXCERPT),
    )
    hostile()
    window.open_article(1)
    window.select_claim(claim.id)
    window.inspector.show_claim(window.desk.claim(claim.id), window.desk.history(claim.id))
    item = window.inspector.sources.item(0)
    assert title in item.text()  # a list item's text is drawn as text, never as HTML
    shown, image = rendered(item.toolTip())
    assert not image and EXCERPT in shown
    for label in (window.inspector.quote, window.inspector.meta, window.banner):
        assert label.textFormat() == Qt.TextFormat.PlainText


# -- an edit lock dated in the future ---------------------------------------------------------


def write_future_lock(db, host: str = LINK_HOST) -> None:
    """A lock whose heartbeat lies hours ahead (a wrong clock, or a crafted file)."""
    import time

    from factcheck.store import repository as repo

    desk = Desk.open(db, load_seeds=False)
    with desk.store.write() as s:
        repo.write_lock(s, "remote", host, 4242, time.time() + 5 * 3600)
    desk.close()


def test_a_lock_dated_in_the_future_is_offered_for_take_over(qtbot, markup_db):
    """Regression: such a lock never went stale, so every window opened read-only for good."""
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    write_future_lock(markup_db)
    asked = []
    hostile()
    win = build_window(
        str(markup_db), lang="en", settings=AppSettings(), take_over=lambda text: asked.append(text) or True
    )
    qtbot.addWidget(win)
    try:
        assert len(asked) == 1
        assert LINK_HOST in asked[0] and "ahead of this computer's clock" in asked[0]
        assert not win.desk.store.read_only and win.read_only_reason == ""
        claim = win.desk.claims(1)[0]
        assert win.controller.set_status(claim, "false") is True
    finally:
        win.desk.close()


def test_a_lock_dated_in_the_future_declined_opens_read_only_and_says_why(qtbot, markup_db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    write_future_lock(markup_db, host="fast-clock.example")
    win = build_window(str(markup_db), lang="en", settings=AppSettings(), take_over=lambda text: False)
    qtbot.addWidget(win)
    try:
        assert win.desk.store.read_only
        assert "fast-clock.example" in win.read_only_reason
        assert "ahead of this computer's clock" in win.read_only_reason
        assert "read-only" in win.read_only_reason
    finally:
        win.desk.close()


def test_the_app_asks_before_taking_over_a_lock_dated_in_the_future(qtbot, markup_db):
    """What ``factcheck gui`` shows: a warning with "Take over editing" and "Open read-only"
    (the default); the host name from the file stays text."""
    from PySide6.QtCore import Qt

    write_future_lock(markup_db)
    hostile()
    code, boxes = run_app_recording_boxes(markup_db)  # closed: as "Open read-only"
    assert code == 0
    assert len(boxes) == 2  # the question, then why the window is read-only
    assert all(text_format == Qt.TextFormat.PlainText for _, text_format in boxes)
    assert LINK_HOST in boxes[0][0] and "ahead of this computer's clock" in boxes[1][0]

    def take_over(box):
        buttons = {button.text(): button for button in box.buttons()}
        assert box.defaultButton() is buttons["Open read-only"]
        buttons["Take over editing"].click()

    code, boxes = run_app_recording_boxes(markup_db, answer=take_over)
    assert code == 0
    assert len(boxes) == 1  # no read-only notice: the window took the lock and could edit
