"""Fixtures for the desk workflow: a seeded database, the CLI run in-process, a desk of
three editors (an admin, an editor, a reviewer). Every test that uses the desk runs on an
SQLite file and on a PostgreSQL database (``db_url``): the workflow must behave the same."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.cli.main import main

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture
def wf_db(db_url) -> Path | str:
    """The desk: an SQLite file's path or a PostgreSQL URL, once each."""
    return db_url


@pytest.fixture
def run(wf_db, capsys, monkeypatch):
    """Run the CLI in-process; return (code, out, err)."""
    monkeypatch.delenv("FACTCHECK_EDITOR", raising=False)

    def _run(*args):
        code = main(["--db", str(wf_db)] + [str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


@pytest.fixture
def run_json(run):
    def _run(*args):
        code, out, err = run(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    return _run


@pytest.fixture
def desk_with_editors(run, tmp_path):
    """The two sample articles, admin hala, editor omar, reviewers sara and nour."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    assert run("import", seeds)[0] == 0
    assert run("editor", "add", "hala", "--role", "admin")[0] == 0
    for name, role in (("omar", "editor"), ("sara", "reviewer"), ("nour", "reviewer")):
        code, _, err = run("--as", "hala", "editor", "add", name, "--role", role)
        assert code == 0, err
