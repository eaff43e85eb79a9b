"""Fixtures for the core (store, services, CSV export, CLI) tests. No Qt here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from core_support import SEEDS, SHORT_ARTICLE


@pytest.fixture
def core_seeds(tmp_path) -> Path:
    """A private copy of seeds/ (so imported_from paths are the test's own)."""
    dest = tmp_path / "seeds-copy"
    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture
def core_db(db_url):
    """The test's database: an SQLite file (a Path), then a PostgreSQL database (a URL)."""
    return db_url


@pytest.fixture
def desk(core_db):
    from factcheck.desk import Desk

    d = Desk.open(core_db, annotator="amal")
    yield d
    d.close()


@pytest.fixture
def short_article(desk) -> int:
    outcome = desk.import_text(SHORT_ARTICLE)
    assert outcome.outcome == "imported"
    return outcome.article_id


@pytest.fixture
def seeded_desk(desk, core_seeds):
    outcomes = desk.import_paths([core_seeds])
    assert [o.outcome for o in outcomes] == ["imported", "imported"]
    return desk
