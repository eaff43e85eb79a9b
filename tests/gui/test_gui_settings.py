"""Settings that cannot be written: said once, and kept for the session.

Tests run as root, whom a read-only folder does not stop: the settings file is put under a
regular file instead, which no one can create a folder in.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

HOSTILE = "<a href='x'>"  # a path is shown as text, never as HTML


@pytest.fixture
def unwritable_settings_path(tmp_path):
    blocker = tmp_path / f"not-a-folder{HOSTILE}"
    blocker.write_text("a file where the settings folder should be\n", encoding="utf-8")
    return blocker / "factcheck.ini"


def test_settings_that_cannot_be_saved_are_kept_for_the_session(unwritable_settings_path):
    from factcheck.gui.settings import AppSettings

    settings = AppSettings(str(unwritable_settings_path))
    settings.zoom = 5
    settings.language = "ar"
    settings.annotator = "amal"
    settings.set_last_article("sqlite:///desk.sqlite", 7)
    settings.sync()
    assert (settings.zoom, settings.language, settings.annotator) == (5, "ar", "amal")
    assert settings.last_article("sqlite:///desk.sqlite") == 7
    problem = settings.take_save_problem()
    assert str(unwritable_settings_path) in problem
    assert settings.take_save_problem() == ""  # said once per session
    assert not unwritable_settings_path.exists()


def test_writable_settings_report_no_problem(tmp_path):
    from factcheck.gui.settings import AppSettings

    path = tmp_path / "conf" / "factcheck.ini"
    settings = AppSettings(str(path))
    settings.zoom = 3
    settings.sync()
    assert settings.take_save_problem() == ""
    assert AppSettings(str(path)).zoom == 3


def test_the_window_says_once_that_settings_cannot_be_saved(qtbot, seeded_db, unwritable_settings_path):
    """Regression: QSettings reported AccessError and the app ignored it: the editor's
    language, zoom and name were silently lost at every start."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    settings = AppSettings(str(unwritable_settings_path))
    win = build_window(str(seeded_db), lang="en", settings=settings)
    qtbot.addWidget(win)
    win.show()
    try:
        win.zoom(1)
        win.zoom(1)
        win.open_article(2)
        boxes = win.findChildren(QMessageBox, "settingsProblem")
        assert len(boxes) == 1
        box = boxes[0]
        assert box.isVisible()
        assert str(unwritable_settings_path) in box.text()
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert win.settings.zoom == 2  # kept for the session
        assert win.settings.last_article(win.desk.store.url) == 2
    finally:
        win.desk.close()


def test_a_window_whose_settings_are_saved_says_nothing_about_them(window):
    from PySide6.QtWidgets import QMessageBox

    window.zoom(1)
    window.open_article(2)
    assert not window.findChildren(QMessageBox, "settingsProblem")
