"""A server desk stopped and restarted while a window is open: the window says the desk
is unreachable, refuses edits with a clear message, keeps what was typed, and reconnects
by itself (then saves the note typed meanwhile). Run on a throwaway cluster of its own,
since the server is stopped."""

from __future__ import annotations

import shutil

import pytest
from pg_support import (
    PgServer,
    ThrowawayCluster,
    in_ci,
    pause_cluster,
    postgres_binaries,
    resume_cluster,
)

from factcheck.desk import Desk

pytestmark = pytest.mark.gui


@pytest.fixture
def own_cluster():
    bindir = postgres_binaries()
    if bindir is None:
        if in_ci():  # .ci/run installs them: missing there is a failure, not a skip
            pytest.fail("PostgreSQL binaries missing under CI (.ci/run installs them)")
        pytest.skip("no PostgreSQL binaries to start a cluster of this test's own")
    cluster = ThrowawayCluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


def test_a_window_rides_out_a_server_restart(qtbot, tmp_path, own_cluster, seeds_dir):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings
    from factcheck.store import Store

    url = PgServer(own_cluster.url).create_database()
    Store(url, create=True).close()
    seeds = tmp_path / "seeds"
    shutil.copytree(seeds_dir, seeds)
    desk = Desk.open(url, annotator="Huda")
    desk.import_paths([seeds])
    sentence = desk.sentences(1)[0]
    claim = desk.add_claim(1, sentence.start, sentence.end)
    desk.close()

    settings = AppSettings(str(tmp_path / "settings-amal.ini"))
    settings.annotator = "Amal"
    win = build_window(url, lang="en", settings=settings, article_id=1)
    qtbot.addWidget(win)
    win.show()
    errors = []
    win.controller.failed.connect(errors.append)
    try:
        win.select_claim(claim.id)
        pause_cluster(own_cluster)
        qtbot.waitUntil(lambda: win.banner.text() == "Desk unreachable", timeout=5000)
        # An edit meanwhile: refused with a clear message, nothing typed is lost.
        win.inspector.note.setFocus()
        win.inspector.note.insertPlainText("typed while the server was down")
        win.inspector.commit_note()
        assert errors and "cannot be reached" in errors[-1]
        assert "typed is kept" in errors[-1]
        assert win.inspector.note.toPlainText() == "typed while the server was down"
        assert not win.controller.set_status(win.current_claim(), "false")
        resume_cluster(own_cluster)
        qtbot.waitUntil(lambda: win.banner.text() == "", timeout=10000)
        check = Desk.open(url, annotator="check")
        try:
            qtbot.waitUntil(
                lambda: check.claim(claim.id).note == "typed while the server was down",
                timeout=3000,
            )
            assert check.claim(claim.id).status_id != "false"  # the refused edit stayed refused
        finally:
            check.close()
        # Back to normal: edits go through again.
        assert win.controller.set_status(win.current_claim(), "true")
    finally:
        win.close()
        win.desk.close()
