"""Promises about the project itself: lint, layout, README and CI agree, the core has no Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README_TEST_COMMAND = (
    "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
)


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    ruff = str(ruff) if ruff.exists() else shutil.which("ruff")
    assert ruff, "ruff is part of the test extras"
    result = subprocess.run(
        [ruff, "check", "factcheck", "tests"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_ci_runs_the_readme_test_command_as_written():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert README_TEST_COMMAND in readme
    assert README_TEST_COMMAND in ci


def test_seeds_are_the_shared_samples_byte_for_byte():
    shared = REPO.parent / "shared" / "seeds"
    ours = sorted(p.name for p in (REPO / "seeds").iterdir())
    assert ours == ["000_b2108b273454dce0.txt", "001_7c0d01f4aa8b72e7.txt"]
    if shared.is_dir():  # beside the clone on the project's machines
        for name in ours:
            assert (REPO / "seeds" / name).read_bytes() == (shared / name).read_bytes()


def test_core_imports_without_qt():
    code = (
        "import sys\n"
        "import factcheck.text, factcheck.model, factcheck.store, factcheck.desk\n"
        "import factcheck.export, factcheck.cli.main, factcheck.desk.search, factcheck.desk.links\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_no_sql_in_widgets():
    for path in (REPO / "factcheck" / "gui").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("sqlalchemy", "sqlite3", "session.execute", "SELECT "):
            assert forbidden not in source, f"{path.name} uses {forbidden}"


def test_importing_the_gui_package_changes_nothing_in_the_interpreter():
    """A plugin, a test or a script importing ``factcheck.gui`` (or a module of it) keeps
    the garbage collector running: only the entry points pause it, while the window is
    built, and they start Qt."""
    code = (
        "import gc, sys\n"
        "import factcheck.gui\n"
        "assert gc.isenabled(), 'importing factcheck.gui paused the garbage collector'\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "import factcheck.gui.main_window\n"
        "assert gc.isenabled(), 'importing the window module paused the garbage collector'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_both_entry_points_pause_the_collector_before_qt_is_imported():
    """``factcheck-gui`` and ``factcheck gui`` go through ``factcheck.gui``'s entry points,
    which pause the collector first (start-up makes a million long-lived objects)."""
    code = (
        "import gc, sys\n"
        "import factcheck.gui as gui\n"
        "import factcheck.gui.app as app\n"
        "seen = []\n"
        "app.main = lambda: seen.append(gc.isenabled()) or 0\n"
        "app.run_app = lambda **kw: seen.append(gc.isenabled()) or 0\n"
        "gui.main(); gc.enable(); gui.run()\n"
        "assert seen == [False, False], seen\n"
        "from factcheck.cli.main import build_parser\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    cfg = (REPO / "setup.cfg").read_text(encoding="utf-8")
    assert "factcheck-gui = factcheck.gui:main" in cfg
    cli = (REPO / "factcheck" / "cli" / "main.py").read_text(encoding="utf-8")
    assert "from factcheck.gui import run" in cli
