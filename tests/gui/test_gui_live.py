"""Live windows: two windows (and the CLI) on one database see each other's changes within
2 seconds, keep the editor's place and typed note, refuse a conflicting edit naming who
made the other one, and show who has a claim open. On an SQLite file and on a server."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factcheck.desk import Desk

pytestmark = pytest.mark.gui


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


@pytest.fixture
def two_windows(qtbot, tmp_path, seeded_url):
    """Huda's window (on SQLite: the one holding the edit lock) and Amal's, both on article 1."""
    huda = open_window(qtbot, tmp_path, seeded_url, "Huda")
    amal = open_window(qtbot, tmp_path, seeded_url, "Amal")
    yield huda, amal
    for win in (amal, huda):
        win.close()
        win.desk.close()


def first_sentence(win):
    s = win.desk.sentences(1)[0]
    return s.start, s.end


def shown(win, claim_id):
    return win.reader.claim_by_id(claim_id)


def test_an_edit_in_one_window_appears_in_the_other_within_2s(qtbot, two_windows):
    huda, amal = two_windows
    claim = huda.mark_span(*first_sentence(huda), status_id="false")
    qtbot.waitUntil(lambda: shown(amal, claim.id) is not None, timeout=2000)
    assert amal.claim_model.row_of(claim.id) >= 0
    assert amal.reader.claim_by_id(claim.id).status_id == "false"
    huda.select_claim(claim.id)
    huda.controller.set_status(huda.current_claim(), "true")
    qtbot.waitUntil(lambda: shown(amal, claim.id).status_id == "true", timeout=2000)
    # Marked as a colleague's change in the table, and named in the inspector.
    assert claim.id in amal.claim_model.marked
    amal.select_claim(claim.id)
    amal.live._show_labels()
    assert amal.live.changed_label.isVisibleTo(amal.inspector)
    assert amal.live.changed_label.text().startswith("Changed by Huda, ")
    # The count of claims in the article list followed too (read again in parts).
    row = amal.article_model.row_of(1)
    qtbot.waitUntil(lambda: amal.article_model.article_at(row).claim_count == 1, timeout=2000)


def test_a_note_being_typed_survives_a_colleagues_change(qtbot, seeded_url, tmp_path):
    colleague = Desk.open(seeded_url, annotator="Huda")
    start, end = first_sentence_of(colleague)
    claim = colleague.add_claim(1, start, end)
    win = open_window(qtbot, tmp_path, seeded_url, "Amal")
    try:
        win.select_claim(claim.id)
        note = win.inspector.note
        note.setFocus()
        note.insertPlainText("مصدر الرقم")  # as typed (keyClicks sends Latin keys only)
        win.inspector._note_timer.stop()  # still being typed: not yet saved
        cursor_before = note.textCursor().position()
        colleague.set_status(claim.id, "misleading")
        qtbot.waitUntil(lambda: shown(win, claim.id).status_id == "misleading", timeout=2000)
        assert note.toPlainText() == "مصدر الرقم"
        assert note.textCursor().position() == cursor_before
        assert win.reader.selected_claim_id == claim.id
        # ... and it is saved as usual, on top of the colleague's change (which it saw).
        qtbot.waitUntil(lambda: colleague.claim(claim.id).note == "مصدر الرقم", timeout=2000)
        assert colleague.claim(claim.id).status_id == "misleading"
    finally:
        win.close()
        win.desk.close()
        colleague.close()


def first_sentence_of(desk):
    s = desk.sentences(1)[0]
    return s.start, s.end


def test_an_edit_from_an_outdated_view_is_refused_naming_the_colleague(qtbot, seeded_url, tmp_path):
    colleague = Desk.open(seeded_url, annotator="Huda")
    claim = colleague.add_claim(1, *first_sentence_of(colleague))
    win = open_window(qtbot, tmp_path, seeded_url, "Amal")
    errors = []
    win.controller.failed.connect(errors.append)
    try:
        qtbot.waitUntil(lambda: shown(win, claim.id) is not None, timeout=2000)
        win.select_claim(claim.id)
        colleague.set_status(claim.id, "true")
        # Before the window has looked again: its edit is based on the older version.
        assert not win.controller.set_status(win.current_claim(), "false")
        assert errors and "Huda" in errors[-1]
        assert colleague.claim(claim.id).status_id == "true"
    finally:
        win.close()
        win.desk.close()
        colleague.close()


@pytest.mark.postgresql_only
def test_two_editing_windows_on_a_server_conflict_naming_the_first(qtbot, two_windows):
    huda, amal = two_windows
    claim = huda.mark_span(*first_sentence(huda))
    qtbot.waitUntil(lambda: shown(amal, claim.id) is not None, timeout=2000)
    amal.select_claim(claim.id)
    huda.select_claim(claim.id)
    errors = []
    amal.controller.failed.connect(errors.append)
    assert huda.controller.set_status(huda.current_claim(), "true")
    assert not amal.controller.set_status(amal.current_claim(), "false")  # not refreshed yet
    assert errors and "Huda" in errors[-1]
    qtbot.waitUntil(lambda: shown(amal, claim.id).status_id == "true", timeout=2000)
    assert amal.controller.set_status(amal.current_claim(), "false")  # now from what is stored


def test_a_cli_import_appears_in_an_open_window(qtbot, tmp_path, seeded_url):
    win = open_window(qtbot, tmp_path, seeded_url, "Amal")
    try:
        before = win.article_model.rowCount()
        article = tmp_path / "new.txt"
        article.write_text("خبر جديد\nقال المتحدث إن الأسعار ارتفعت 4 في المئة.\n", "utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "--db", str(seeded_url), "import", str(article)],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: win.article_model.rowCount() == before + 1, timeout=2000)
        model = win.article_model
        assert "خبر جديد" in [model.article_at(row).title for row in range(model.rowCount())]
        assert win.article_id == 1  # still reading what was open
    finally:
        win.close()
        win.desk.close()


def test_a_window_says_it_is_open_once_shown(qtbot, tmp_path, seeded_url):
    """Its presence is written after the first frame (nothing there shows it), without
    waiting for a claim to be selected or for the next heartbeat."""
    reader = Desk.open(seeded_url, read_only=True)
    feed = reader.change_feed()
    win = open_window(qtbot, tmp_path, seeded_url, "Huda")
    try:
        qtbot.waitUntil(lambda: [p.who for p in feed.others()] == ["Huda"], timeout=2000)
    finally:
        win.close()
        win.desk.close()
        reader.close()


def test_presence_shows_who_has_the_claim_open_and_expires(qtbot, two_windows):
    huda, amal = two_windows
    claim = huda.mark_span(*first_sentence(huda))
    qtbot.waitUntil(lambda: shown(amal, claim.id) is not None, timeout=2000)
    amal.select_claim(claim.id)
    huda.select_claim(claim.id)
    label = amal.live.presence_label
    qtbot.waitUntil(lambda: label.isVisibleTo(amal.inspector), timeout=2000)
    assert label.text() == "Huda is editing this claim"
    huda.select_claim(None)  # closed in her inspector
    qtbot.waitUntil(lambda: not label.isVisibleTo(amal.inspector), timeout=2000)
    huda.select_claim(claim.id)
    qtbot.waitUntil(lambda: label.isVisibleTo(amal.inspector), timeout=2000)
    huda.close()  # her window closes
    qtbot.waitUntil(lambda: not label.isVisibleTo(amal.inspector), timeout=2000)
