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
