"""The text engine's public API and its dependency boundary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import factcheck.text as text_pkg

ROOT = Path(__file__).resolve().parents[2]

PUBLIC = {
    "DecodeError", "DecodedText", "decode_bytes", "read_text_file", "title_of",
    "sentence_spans", "sentence_index_at", "snap_to_words",
    "Normalized", "normalize", "normalize_text",
    "BIDI_CONTROLS", "INVISIBLE_CHARS", "find_bidi_controls", "count_bidi_controls",
    "bidi_control_name", "first_strong_direction",
    "to_visual",
    "py_to_utf16", "utf16_to_py", "Utf16Index",
}  # fmt: skip


def test_public_api_is_reexported() -> None:
    missing = {name for name in PUBLIC if not hasattr(text_pkg, name)}
    assert not missing
    assert PUBLIC <= set(text_pkg.__all__)
    for name in text_pkg.__all__:
        assert getattr(text_pkg, name) is not None


def test_no_qt_or_database_imports() -> None:
    code = (
        "import sys, factcheck.text as t;"
        "t.to_visual('قال (GDP)'); t.normalize('أمازون'); t.sentence_spans('أ. ب');"
        "bad = sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6', 'sqlalchemy'));"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == ""
