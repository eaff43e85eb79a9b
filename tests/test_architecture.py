"""The structure the README describes, checked by import-linter's contracts (setup.cfg).

Each contract is a promise to a newcomer: Qt only in ``factcheck.gui``, SQL libraries only
in ``factcheck.store``, layers that import only downwards (the packages, and the desk's
modules), and no import cycles. The other tests break a copy of the package on purpose, so
a contract that could never fail would be noticed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """Run lint-imports on the package under ``root`` with the repository's contracts."""
    exe = Path(sys.executable).with_name("lint-imports")
    assert exe.exists(), "import-linter is part of the test extras"
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run(
        [str(exe), "--no-cache", str(REPO / "setup.cfg")],
        cwd=root, env=env, capture_output=True, text=True, check=False,
    )


def test_the_code_keeps_every_architecture_contract():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-4000:]
    assert "0 broken" in result.stdout


def broken_copy(tmp_path: Path, additions: dict[str, str]) -> Path:
    """A copy of the package with ``additions`` (module path → lines) appended."""
    shutil.copytree(REPO / "factcheck", tmp_path / "factcheck",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for relative, lines in additions.items():
        with open(tmp_path / "factcheck" / relative, "a", encoding="utf-8") as module:
            module.write("\n" + lines + "  # a deliberate violation\n")
    return tmp_path


def test_a_core_module_importing_qt_breaks_the_contracts(tmp_path):
    result = lint_imports(broken_copy(tmp_path, {
        "text/__init__.py": "from PySide6 import QtCore",
        "export/__init__.py": "import sqlalchemy",
    }))
    assert result.returncode != 0
    assert "factcheck.text is not allowed to import PySide6" in result.stdout
    assert "factcheck.export is not allowed to import sqlalchemy" in result.stdout


def test_an_import_cycle_or_an_upward_import_breaks_the_contracts(tmp_path):
    """The cycles the desk package removed, put back: a command module importing the CLI's
    main (which imports it), a shared desk module importing a use case, the store
    importing the desk."""
    result = lint_imports(broken_copy(tmp_path, {
        "cli/linking_cmds.py": "def _late():\n    from factcheck.cli import main",
        "desk/checks.py": "from factcheck.desk import claims",
        "store/span_blob.py": "from factcheck import desk",
    }))
    assert result.returncode != 0
    assert "No cycles are allowed in factcheck.cli" in result.stdout
    assert "No cycles are allowed in factcheck.desk" in result.stdout
    assert "factcheck.desk.checks is not allowed to import factcheck.desk.claims" in result.stdout
    assert "factcheck.store is not allowed to import factcheck.desk:" in result.stdout
