"""Two instances on one database: one edit lock, versioned edits, clear busy errors."""

from __future__ import annotations

import json
import os
import subprocess
import time

import pytest
from rel_support import (
    PYTHON,
    child_env,
    finish,
    hostile,
    integrity,
    kill,
    read_line,
    record,
    row_counts,
    start_worker,
)

from factcheck.desk import Desk
from factcheck.model import ConflictError, StoreError
from factcheck.store.engine import BUSY_TIMEOUT_MS

ARTICLE = (
    "قال الوزير إن النمو بلغ 3.5 في المئة. وأضاف أن المصنع سيفتح قريباً. هل هذا صحيح؟"
)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "shared.sqlite"
    desk = Desk.open(path, load_seeds=False)
    aid = desk.import_text(ARTICLE).article_id
    desk.add_claim_for_sentence(aid, 1, sources=["https://example.org/a"])
    desk.close()
    return path


# -- the editing lock (the GUI path) --------------------------------------------------------


def test_second_instance_is_refused_the_edit_lock_and_opens_read_only(db):
    holder = start_worker("edit_lock", db, stdin=subprocess.PIPE)
    try:
        event = json.loads(read_line(holder))
        assert event == {"ev": "lock", "ok": True, "message": ""}
        before = row_counts(db)

        desk = Desk.open(db, load_seeds=False)
        ok, message = desk.acquire_edit_lock()
        assert not ok
        assert f"process {holder.pid}" in message and "read-only" in message
        assert "\n" not in message
        desk.close()

        # what the app does with that answer: open read-only and say why
        from factcheck.gui.app import open_desk_for_gui

        gui_desk, reason = open_desk_for_gui(str(db), "second")
        try:
            assert gui_desk.store.read_only
            assert reason == message
            with pytest.raises(StoreError, match="read-only"):
                gui_desk.set_status(1, "false")
            with pytest.raises(StoreError, match="read-only"):
                gui_desk.add_claim_for_sentence(1, 2)
            assert gui_desk.claim(1).status_id == "unverified"  # reading still works
        finally:
            gui_desk.close()
        assert row_counts(db) == before

        holder.stdin.write("\n")
        holder.stdin.flush()
        assert '"closed"' in read_line(holder)
        finish(holder, timeout=30)
        desk = Desk.open(db, load_seeds=False)
        assert desk.acquire_edit_lock() == (True, "")
        desk.close()
    finally:
        kill(holder)


def test_lock_of_a_killed_instance_does_not_block_forever(db):
    holder = start_worker("edit_lock", db, stdin=subprocess.PIPE)
    assert json.loads(read_line(holder))["ok"]
    desk = Desk.open(db, load_seeds=False)
    try:
        assert desk.acquire_edit_lock()[0] is False
        kill(holder)  # SIGKILL: no chance to release the lock
        record(kill_rounds=1)
        assert desk.acquire_edit_lock() == (True, "")
    finally:
        desk.close()


# -- optimistic versions --------------------------------------------------------------------


def test_stale_write_is_refused_and_the_other_writers_value_kept(db):
    app = Desk.open(db, load_seeds=False, annotator="app")
    cli = Desk.open(db, load_seeds=False, annotator="cli")
    try:
        seen = app.claim(1)  # the app shows version 1
        cli.set_status(1, "false", expected_version=seen.version)
        with pytest.raises(ConflictError, match="changed elsewhere") as info:
            app.set_status(1, "true", expected_version=seen.version)
        assert "\n" not in str(info.value)
        with pytest.raises(ConflictError):
            app.set_note(1, "stale note", expected_version=seen.version)
        stored = cli.claim(1)
        assert stored.status_id == "false" and stored.note == ""
        assert stored.version == seen.version + 1
        updates = [h for h in cli.history(1) if h.action == "update"]
        assert [(h.who, h.new) for h in updates] == [("cli", "false")]
        # with the fresh version the app's edit goes through
        assert (
            app.set_status(1, "true", expected_version=stored.version).status_id
            == "true"
        )
    finally:
        app.close()
        cli.close()


def test_stale_write_from_another_process_is_refused(db):
    desk = Desk.open(db, load_seeds=False)
    seen = desk.claim(1)
    code = (
        "from factcheck.desk import Desk\n"
        f"d = Desk.open({str(db)!r}, load_seeds=False, annotator='other')\n"
        f"d.set_status(1, 'misleading', expected_version={seen.version})\n"
        "d.close()\n"
    )
    subprocess.run([PYTHON, "-c", code], check=True, env=child_env(), timeout=60)
    try:
        with pytest.raises(ConflictError):
            desk.set_status(1, "true", expected_version=seen.version)
        assert desk.claim(1).status_id == "misleading"
    finally:
        desk.close()


@pytest.mark.gui
def test_app_shows_a_conflicting_save_and_keeps_the_other_value(qtbot, db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    window = build_window(str(db), article_id=1, lang="en", settings=AppSettings())
    qtbot.addWidget(window)
    try:
        shown = window.desk.claim(1)
        other = Desk.open(db, load_seeds=False, annotator="other")
        other.set_status(1, "false")
        other.close()
        assert window.controller.set_status(shown, "true") is False
        assert "changed elsewhere" in window.error_box.text()
        assert window.desk.claim(1).status_id == "false"
    finally:
        window.desk.close()
        window.close()


# -- busy: a writer waiting on another process's lock ---------------------------------------

BUSY_CLI = (
    "import sys, factcheck.store.engine as e\n"
    "e.BUSY_TIMEOUT_MS = {ms}\n"
    "from factcheck.cli.main import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_cli_writer_blocked_by_another_process_gets_one_busy_line(db):
    holder = start_worker("hold", db, 20)
    try:
        assert '"held"' in read_line(holder)
        started = time.monotonic()
        result = subprocess.run(
            [
                PYTHON,
                "-c",
                BUSY_CLI.format(ms=400),
                "--db",
                str(db),
                "claim",
                "set",
                "1",
                "--status",
                "false",
            ],
            check=False,
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
        )
        waited = time.monotonic() - started
    finally:
        kill(holder)
    hostile()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factcheck: error: ") and "busy" in lines[0]
    assert "0.4 s" in lines[0]
    assert 0.35 < waited < 15
    assert integrity(db) == "ok"
    desk = Desk.open(db, load_seeds=False)
    try:
        assert desk.claim(1).status_id == "unverified"  # nothing half-done
        assert desk.set_status(1, "false").status_id == "false"  # and usable again
    finally:
        desk.close()


def test_service_writer_blocked_gets_store_error_after_the_timeout(db, monkeypatch):
    import factcheck.store.engine as engine_mod

    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    desk = Desk.open(db, load_seeds=False)
    holder = start_worker("hold", db, 20)
    try:
        assert '"held"' in read_line(holder)
        before = time.monotonic()
        with pytest.raises(StoreError, match="busy") as info:
            desk.add_claim_for_sentence(1, 2, sources=["https://example.org/b"])
        assert time.monotonic() - before >= 0.25
        assert "Nothing was changed" in str(info.value)
    finally:
        kill(holder)
    try:
        assert [c.id for c in desk.claims()] == [1]
        assert desk.add_claim_for_sentence(1, 2).id == 2
    finally:
        desk.close()


def test_default_busy_timeout_is_long_enough_for_a_short_write(db):
    """A writer holding the lock for ~1 s makes the other wait, not fail."""
    holder = start_worker("hold", db, 1.0)
    try:
        assert '"held"' in read_line(holder)
        desk = Desk.open(db, load_seeds=False)
        try:
            assert desk.set_status(1, "true").status_id == "true"
        finally:
            desk.close()
    finally:
        err = kill(holder)
    assert holder.returncode in (0, -9), err
    assert os.path.exists(db)


# -- an import beside an editor -------------------------------------------------------------


def test_an_editor_writing_during_a_large_import_is_never_refused_as_busy(db, tmp_path):
    """An import splits, normalises and indexes its text before it takes the write lock,
    and writes a few MB per transaction: an editor saving every 0.2 s gets the lock
    between them. (One transaction per 200 files held the lock for as long as the whole
    import here, and each save waiting longer than its busy timeout was refused. Later the
    16th commit merged the whole full-text index at once and held the lock six times as
    long as the others: under a loaded CI machine a save waiting 2 s was refused.)

    The editor waits as long as the app's own busy timeout: what a user gets."""
    from tests.perf import corpus

    folder = tmp_path / "archive"
    folder.mkdir()
    text = corpus.big_article(1_000_000)
    for i in range(32):  # 32 articles of a million characters: two 16-segment merges
        (folder / f"{i:02}.txt").write_text(f"مقال رقم {i}\n\n{text}", encoding="utf-8")
    # The app's wait for the write lock: well above one transaction's time (~0.25-0.4 s
    # here), well below the whole import's.
    writer = start_worker("steady", db, 0.2, BUSY_TIMEOUT_MS, stdin=subprocess.PIPE)
    try:
        assert '"ready"' in read_line(writer)
        desk = Desk.open(db, load_seeds=False)
        try:
            outcomes = desk.import_paths([folder])
        finally:
            desk.close()
        writer.stdin.write("\n")
        writer.stdin.flush()
        finish(writer, timeout=60)
    finally:
        kill(writer)
    assert [o.outcome for o in outcomes] == ["imported"] * 32
    events = [json.loads(line) for line in writer.seen]
    refused = [e["message"] for e in events if e["ev"] == "busy"]
    saved = sum(1 for e in events if e["ev"] == "done")
    record(writes_verified=saved)
    assert refused == []
    assert saved >= 5  # the editor did write while the import ran
    assert integrity(db) == "ok"
