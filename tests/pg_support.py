"""A real PostgreSQL server for the tests, and a database of its own for each test.

Where the server comes from, in order:

1. ``FACTCHECK_TEST_PG``: a URL (``postgresql+psycopg://USER@HOST:PORT/DB``) of a server on
   which the tests may create and drop databases;
2. a server answering on 127.0.0.1:5432 as user ``postgres`` (trust authentication);
3. a throwaway cluster made with the PostgreSQL binaries (``/usr/lib/postgresql/*/bin``),
   run as the ``postgres`` system user when the tests run as root (``initdb`` and
   ``postgres`` refuse root), on a free loopback port, stopped at the end of the session.

With none of them the PostgreSQL tests are skipped with the reason, except under CI
(``CI=true``), where that is a failure: CI must run them.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

LOCAL_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _answers(url: str) -> bool:
    import sqlalchemy as sa

    engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT 1").scalar() == 1
    except Exception:  # noqa: BLE001 - any failure means "not usable"
        return False
    finally:
        engine.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder holding initdb and pg_ctl."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name)
            if Path(p).parent.parent.name.isdigit()
            else 0
        ),
    )
    return Path(found[-1]).parent if found else None


class ThrowawayCluster:
    """A PostgreSQL cluster in a temporary folder, listening on loopback only.

    ``password``: TCP logins need a password (scram-sha-256, as a desk's server is set up),
    the superuser's being this one; without it every login is trusted.
    """

    def __init__(self, bindir: Path, *, password: str | None = None):
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
        self.port = _free_port()
        self.user = "fc"
        self.password = password
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = list(args)
        if self._as_postgres:  # initdb, pg_ctl and postgres refuse to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(
            cmd, capture_output=True, text=True, timeout=120, check=True
        )

    def start(self) -> str:
        if self._as_postgres:
            shutil.chown(self.dir, "postgres")
        data = self.dir / "data"
        auth = ["-A", "trust"]
        if self.password is not None:
            pwfile = self.dir / "superuser-password"
            pwfile.write_text(self.password + "\n", encoding="utf-8")
            if self._as_postgres:
                shutil.chown(pwfile, "postgres")
            auth = ["--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}"]
        self._run(
            str(self.bindir / "initdb"), "-D", str(data), *auth, "-U", self.user,
            "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"), "-w",
            "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start",
        )  # fmt: skip
        return self.url

    @property
    def url(self) -> str:
        login = f"{self.user}:{self.password}" if self.password is not None else self.user
        return f"postgresql+psycopg://{login}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.dir / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            )
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


class PgServer:
    """A server on which tests create and drop their own databases."""

    def __init__(self, admin_url: str, cluster: ThrowawayCluster | None = None):
        self.admin_url = admin_url
        self.cluster = cluster

    def create_database(self, *, ctype: str = "C.UTF-8") -> str:
        """A new empty UTF-8 database (from template0); returns its URL."""
        import sqlalchemy as sa

        name = f"factcheck_test_{secrets.token_hex(6)}"
        engine = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(
                    f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                    f"LC_COLLATE '{ctype}' LC_CTYPE '{ctype}'"
                )
        finally:
            engine.dispose()
        return (
            sa.make_url(self.admin_url)
            .set(database=name)
            .render_as_string(hide_password=False)
        )

    def drop_database(self, url: str) -> None:
        import sqlalchemy as sa

        name = sa.make_url(url).database
        engine = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            engine.dispose()

    def stop(self) -> None:
        if self.cluster is not None:
            self.cluster.stop()


def find_server() -> tuple[PgServer | None, str]:
    """A usable server, or None and why there is none."""
    given = os.environ.get("FACTCHECK_TEST_PG")
    if given:
        if _answers(given):
            return PgServer(given), ""
        return None, f"FACTCHECK_TEST_PG={given!r} does not answer"
    if _answers(LOCAL_URL):
        return PgServer(LOCAL_URL), ""
    bindir = postgres_binaries()
    if bindir is None:
        return None, (
            "no PostgreSQL server: FACTCHECK_TEST_PG is unset, nothing answers on "
            "127.0.0.1:5432 and no PostgreSQL binaries are installed (Debian: apt-get install "
            "postgresql postgresql-contrib)"
        )
    cluster = ThrowawayCluster(bindir)
    try:
        url = cluster.start()
    except (OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        return (
            None,
            f"could not start a throwaway PostgreSQL cluster from {bindir}: {exc}",
        )
    for _ in range(50):
        if _answers(url):
            return PgServer(url, cluster), ""
        time.sleep(0.1)
    cluster.stop()
    return None, f"the throwaway PostgreSQL cluster from {bindir} did not answer"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pause_cluster(cluster: ThrowawayCluster) -> None:
    """Stop a throwaway cluster's server, keeping its data (an outage)."""
    cluster._run(
        str(cluster.bindir / "pg_ctl"), "-D", str(cluster.dir / "data"), "-m", "fast", "-w", "stop"
    )


def resume_cluster(cluster: ThrowawayCluster) -> None:
    """Start a paused throwaway cluster's server again, on the same port."""
    cluster._run(
        str(cluster.bindir / "pg_ctl"), "-D", str(cluster.dir / "data"), "-l",
        str(cluster.dir / "log"), "-w", "-o",
        f"-p {cluster.port} -k {cluster.dir} -c listen_addresses=127.0.0.1", "start",
    )  # fmt: skip
