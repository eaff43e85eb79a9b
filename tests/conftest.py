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


# -- a server that asks for passwords ----------------------------------------------------------


@pytest.fixture(scope="session")
def password_cluster():
    """A throwaway cluster whose TCP logins need a password (scram-sha-256), as a desk's
    server is set up; the local server of the other tests trusts everyone. Skipped without
    the PostgreSQL binaries, a failure under CI."""
    import secrets
    import subprocess

    from pg_support import ThrowawayCluster, in_ci, postgres_binaries

    bindir = postgres_binaries()
    reason = "no PostgreSQL binaries in /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql)"
    cluster = None
    if bindir is not None:
        cluster = ThrowawayCluster(bindir, password=secrets.token_hex(8))
        try:
            cluster.start()
        except (OSError, subprocess.SubprocessError) as exc:
            cluster.stop()
            cluster, reason = None, f"could not start a PostgreSQL cluster from {bindir}: {exc}"
    if cluster is None:
        if in_ci():
            pytest.fail(f"the password tests cannot run under CI: {reason}")
        pytest.skip(reason)
    yield cluster
    cluster.stop()


class PasswordDesk:
    """An empty database ``name`` on ``password_cluster``, owned by the login ``user`` whose
    password is ``password``."""

    def __init__(self, cluster, user: str, password: str, name: str):
        self.cluster, self.user, self.password, self.name = cluster, user, password, name

    def url(self, password: str | None = None) -> str:
        """The desk's URL as ``user``, with ``password`` in it (none: libpq finds it)."""
        login = self.user if password is None else f"{self.user}:{password}"
        return f"postgresql+psycopg://{login}@127.0.0.1:{self.cluster.port}/{self.name}"

    def tables(self) -> list[str]:
        """The desk's tables, read as the superuser."""
        import sqlalchemy as sa

        admin = sa.make_url(self.cluster.url).set(database=self.name)
        engine = sa.create_engine(admin)
        try:
            with engine.connect() as conn:
                return sorted(
                    conn.exec_driver_sql(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    ).scalars()
                )
        finally:
            engine.dispose()


@pytest.fixture
def password_desk(password_cluster, tmp_path, monkeypatch):
    """A new database owned by a new login with a password; no ~/.pgpass or PGPASSWORD of
    the machine's is read meanwhile."""
    import secrets

    import sqlalchemy as sa

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    token = secrets.token_hex(4)
    desk = PasswordDesk(password_cluster, f"huda_{token}", f"right-{token}", f"desk_{token}")
    engine = sa.create_engine(password_cluster.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {desk.user} LOGIN PASSWORD '{desk.password}'")
            conn.exec_driver_sql(
                f"CREATE DATABASE {desk.name} OWNER {desk.user} TEMPLATE template0 "
                "ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )
    finally:
        engine.dispose()
    yield desk
    engine = sa.create_engine(password_cluster.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {desk.name} WITH (FORCE)")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {desk.user}")
    finally:
        engine.dispose()
