"""PySide6 6.12.0 on CPython 3.11 frees ``None`` after thousands of void calls.

The packaging pins PySide6 below 6.12 on Python < 3.12; this proves the installed pair
survives far more void calls than a working day of editing makes.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

CALLS = 200_000

SCRIPT = textwrap.dedent(
    f"""
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from PySide6.QtGui import QTextDocument, QTextCursor
    app = QApplication([])
    doc = QTextDocument("خبر عاجل: قال الوزير إن القرار نهائي")
    cursor = QTextCursor(doc)
    for i in range({CALLS}):
        cursor.setPosition(i % 20)
    print("survived", {CALLS})
    """
)


@pytest.mark.slow
def test_many_void_qt_calls_do_not_abort_the_interpreter():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], check=False, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"survived {CALLS}" in result.stdout


def test_installed_pyside_is_not_the_aborting_pair():
    import PySide6

    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert version < (6, 12), f"PySide6 {PySide6.__version__} aborts Python 3.11"
