"""GUI fixtures: a real MainWindow on a seeded database, shown offscreen."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, seeded_db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    win = build_window(str(seeded_db), lang="en", settings=AppSettings())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.desk.close()
