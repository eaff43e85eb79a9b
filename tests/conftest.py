"""Shared fixtures. Qt runs offscreen; every test gets its own database and settings file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """No test touches the user's real database or settings."""
    monkeypatch.setenv("FACTCHECK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "env-default.sqlite"))
    monkeypatch.setenv("FACTCHECK_USER", "tester")


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "factcheck.sqlite"


@pytest.fixture
def seeded_db(tmp_path, db_path) -> Path:
    """A database holding the two sample articles (ids 1 and 2)."""
    from factcheck.desk import Desk

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    desk = Desk.open(db_path)
    desk.import_paths([seeds])
    desk.close()
    return db_path
