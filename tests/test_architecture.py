"""The structure the README describes, checked by import-linter's contracts (setup.cfg).

Each contract is a promise to a newcomer: Qt only in ``factcheck.gui``, SQL libraries only
in ``factcheck.store``, and layers that import only downwards. The second test breaks a
copy of the package on purpose, so a contract that could never fail would be noticed.
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


def test_a_core_module_importing_qt_breaks_the_contracts(tmp_path):
    shutil.copytree(REPO / "factcheck", tmp_path / "factcheck",
                    ignore=shutil.ignore_patterns("__pycache__"))
    with open(tmp_path / "factcheck" / "text" / "__init__.py", "a", encoding="utf-8") as module:
        module.write("\nfrom PySide6 import QtCore  # a deliberate violation\n")
    with open(tmp_path / "factcheck" / "export" / "__init__.py", "a", encoding="utf-8") as module:
        module.write("\nimport sqlalchemy  # a deliberate violation\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "factcheck.text is not allowed to import PySide6" in result.stdout
    assert "factcheck.export is not allowed to import sqlalchemy" in result.stdout
