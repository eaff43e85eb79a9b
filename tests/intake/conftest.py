"""Fixtures for the intake tests (no Qt): a desk and the CLI run in-process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # pdf_maker


@pytest.fixture
def intake_db(tmp_path) -> Path:
    return tmp_path / "intake.sqlite"


@pytest.fixture
def desk(intake_db):
    from factcheck.desk import Desk

    d = Desk.open(intake_db, annotator="amal", load_seeds=False)
    yield d
    d.close()


@pytest.fixture
def run(intake_db, capsys):
    """Run the CLI in-process against the test database; return (code, out, err)."""
    from factcheck.cli.main import main

    def _run(*args):
        code = main(["--db", str(intake_db), *[str(a) for a in args]])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run
