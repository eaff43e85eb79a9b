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


# -- the two backends --------------------------------------------------------------------------
# Tests that take ``db_url`` (directly or through a fixture such as ``core_db``) run once on an
# SQLite file and once on a PostgreSQL database of their own on a real server
# (tests/pg_support.py). ``@pytest.mark.sqlite_only`` keeps a test on SQLite (it checks the
# file itself: pragmas, locks, permissions); ``@pytest.mark.postgresql_only`` on a server.


def pytest_generate_tests(metafunc):
    if "db_url" not in metafunc.fixturenames:
        return
    backends = ["sqlite", "postgresql"]
    if metafunc.definition.get_closest_marker("sqlite_only"):
        backends = ["sqlite"]
    if metafunc.definition.get_closest_marker("postgresql_only"):
        backends = ["postgresql"]
    metafunc.parametrize("db_url", backends, indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session; skipped with the reason if there is none (a
    failure under CI, which must run these tests)."""
    from pg_support import find_server, in_ci

    server, reason = find_server()
    if server is None:
        if in_ci():
            pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
        pytest.skip(reason)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A new, empty PostgreSQL database (UTF-8, LC_CTYPE C.UTF-8), dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def db_url(request, tmp_path):
    """The test's database: a new SQLite file's path, or a new PostgreSQL database's URL
    already set up (``factcheck init``)."""
    if request.param == "sqlite":
        return tmp_path / "factcheck.sqlite"
    url = request.getfixturevalue("pg_url")
    from factcheck.store import Store

    Store(url, create=True).close()
    return url


@pytest.fixture
def backend(db_url) -> str:
    return "sqlite" if isinstance(db_url, Path) else "postgresql"


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


@pytest.fixture
def seeded_url(tmp_path, db_url):
    """``seeded_db`` on each backend: the two sample articles (ids 1 and 2) in ``db_url``."""
    from factcheck.desk import Desk

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    desk = Desk.open(db_url)
    desk.import_paths([seeds])
    desk.close()
    return db_url
