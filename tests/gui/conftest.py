"""GUI fixtures: a real MainWindow on a seeded database, shown offscreen."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _shown_window(qtbot, db):
    """The window on ``db`` (a path or a URL), shown; closed after the test."""
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    win = build_window(str(db), lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.desk.close()


@pytest.fixture
def window(qtbot, seeded_db):
    yield from _shown_window(qtbot, seeded_db)


@pytest.fixture
def window_on_both_backends(qtbot, seeded_url):
    """The window on the sample desk, once on SQLite and once on PostgreSQL: the workflow
    views read the same numbers from either."""
    yield from _shown_window(qtbot, seeded_url)
