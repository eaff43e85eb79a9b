"""Open a factcheck database safely: validate, back up, migrate, set pragmas.

``Store`` hands out short sessions: ``read()`` (a consistent snapshot) and ``write()``
(on SQLite ``BEGIN IMMEDIATE``, committed with ``synchronous=FULL`` so a commit survives a
crash; on PostgreSQL a REPEATABLE READ transaction, see ``factcheck.store.postgres``).
"""

from __future__ import annotations

import errno
import functools
import os
import re
import sqlite3
import struct
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session

from factcheck.model.errors import InvalidInput, StoreBusy, StoreError, StoreReplaced
from factcheck.store import postgres

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# No single statement may keep SQLite busy longer than this (seconds of SQLite's own work,
# not time spent waiting for a lock or in Python between rows): a statement that does is
# stopped with a clear error rather than hanging every command and the window. Ten minutes:
# a planted endless query still ends, while the longest honest statement (sorting a
# million-claim desk's history or report rows on a slow, busy machine; 30 s stopped
# `history --json` and `export csv` in the benchmark at 1,000,000 claims) always finishes.
QUERY_TIME_LIMIT_S = 600.0
PROGRESS_EVERY_OPS = 50_000


def default_db_path() -> Path:
    """The embedded default: ``factcheck.sqlite`` in the user data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("factcheck", appauthor=False) / "factcheck.sqlite"


def resolve_db_url(db: str | os.PathLike[str] | None) -> str:
    """Turn ``--db`` / ``FACTCHECK_DB`` (a path or an SQLAlchemy URL) into an SQLAlchemy URL."""
    value = os.fspath(db) if db is not None else os.environ.get("FACTCHECK_DB") or ""
    if not value:
        value = os.fspath(default_db_path())
    if "://" in value:
        return value
    path = os.path.abspath(os.path.expanduser(value))
    # A file path, not URL syntax: SQLAlchemy unquotes %XX and cuts at "?" in the URL.
    return "sqlite:///" + path.replace("%", "%25").replace("?", "%3F")


def _sqlite_uri(path: Path | str, **params: str) -> str:
    """An SQLite ``file:`` URI for a path (``?``, ``#``, ``%`` in names escaped)."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    # From the file name's bytes: a name that is not valid UTF-8 is opened as it is.
    return f"file:{quote(os.fsencode(path))}" + (f"?{query}" if query else "")


def alembic_config():
    """Alembic's configuration for our migrations (imported only when a migration runs)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(?:['\"]([^'\"]*)['\"]|None)", re.MULTILINE)


@functools.lru_cache(maxsize=4)
def _revision_graph(migrations_dir: Path) -> dict[str, str | None]:
    """revision → down_revision, read from the migration files without importing Alembic.

    Opening an up-to-date database then costs no Alembic import (about 0.2 s of start-up);
    a test checks this agrees with Alembic's own view.
    """
    graph: dict[str, str | None] = {}
    for path in sorted((migrations_dir / "versions").glob("*.py")):
        found = {m.group(1): m.group(2) for m in _REVISION.finditer(path.read_text("utf-8"))}
        if "revision" in found:
            graph[found["revision"]] = found.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph(MIGRATIONS_DIR)
    parents = set(graph.values())
    heads = [rev for rev in graph if rev not in parents]
    return heads[0] if len(heads) == 1 else ""


def _known_revisions() -> set[str]:
    return set(_revision_graph(MIGRATIONS_DIR))


def _check_sqlite_file(path: Path) -> None:
    """Refuse a path that exists but is not an SQLite database, before touching it."""
    if path.is_dir():
        raise StoreError(template="{path} is a directory, not a database file.", path=path)
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(template="Cannot read {path}: {reason}.", path=path, reason=exc.strerror) from None
    if head != SQLITE_MAGIC:
        raise StoreError(
            template="{path} is not a factcheck database (not an SQLite file); left untouched.",
            path=path,
        )


WAL_MAGICS = (0x377F0682, 0x377F0683)  # the two byte orders of the WAL header's checksums
WAL_HEADER, WAL_FRAME_HEADER = 32, 24


def _leftover_wal_applies(wal: Path) -> bool:
    """True when SQLite would apply ``wal``: a valid header and at least one frame of it.

    Any other WAL (missing, empty, foreign magic, only old frames of an earlier cycle) is
    ignored by SQLite, so there is nothing to check.
    """
    try:
        with wal.open("rb") as fh:
            head = fh.read(WAL_HEADER + WAL_FRAME_HEADER)
    except OSError:
        return False
    if len(head) < WAL_HEADER + WAL_FRAME_HEADER:
        return False
    magic, _version, page_size = struct.unpack(">III", head[:12])
    if magic not in WAL_MAGICS or page_size < 512 or page_size & (page_size - 1):
        return False
    salts = head[16:24]
    return head[WAL_HEADER + 8 : WAL_HEADER + 16] == salts  # the first frame is of this cycle


def _quick_check(uri: str) -> str:
    """``PRAGMA quick_check`` on a read-only connection: "ok", or what it found.

    Raises ``sqlite3.Error`` for anything that is not damage (busy, unreadable).
    """
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        return str(rows[0][0]) if rows else "ok"
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
            raise
        return str(exc)
    except UnicodeDecodeError:  # a damaged schema's name in SQLite's own message
        return "damaged schema"
    finally:
        conn.close()


def _check_leftover_wal(path: Path) -> None:
    """Refuse a database whose leftover ``-wal`` file does not belong to it.

    A writer killed mid-work leaves its WAL beside the database, and SQLite applies it to
    whatever file bears the name next: a colleague's copy put in its place gets the other
    database's pages (corrupt, made permanent by the next checkpoint). Nothing in a WAL
    ties it to its database, so the two are checked together on a read-only connection,
    which reads the WAL without writing either file; if that finds damage the database
    alone does not have, the WAL is the cause and nothing is opened. A WAL in use by a
    running program passes (it belongs to the file), at the cost of one ``quick_check``.
    """
    wal = path.with_name(path.name + "-wal")
    if not _leftover_wal_applies(wal):
        return
    try:
        together = _quick_check(_sqlite_uri(path, mode="ro"))
        if together == "ok":
            return
        alone = _quick_check(_sqlite_uri(path, mode="ro", immutable="1"))
    except sqlite3.Error:
        return  # busy or unreadable: not damage, and the open itself will say so
    if alone != "ok":
        return  # the database itself is damaged: the open reports that
    raise StoreError(
        template="The leftover file {wal} does not belong to {path} (it was left by another "
        "copy of the database, and applying it would corrupt this one); nothing was changed. "
        "Move {wal} aside to open the database without it.",
        wal=wal,
        path=path,
    )


def _cannot_share_wal(path: Path) -> bool:
    """True for a database in a folder nobody can write (read-only media or mount).

    SQLite opens a WAL database read-only only if it can use (or create) the ``-shm``
    file beside it; where no writer can exist it must be told the file is immutable.
    """
    if path.with_name(path.name + "-shm").exists():
        return False
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return not os.access(path.parent, os.W_OK)


def backup_sqlite(src: Path | str, dest: Path | str) -> None:
    """Copy a live SQLite database with the online backup API (safe while others write)."""
    src_conn = sqlite3.connect(_sqlite_uri(src, mode="ro"), uri=True)
    try:
        dest_conn = sqlite3.connect(_sqlite_uri(dest), uri=True)
        try:
            src_conn.backup(dest_conn)
        finally:
            dest_conn.close()
    finally:
        src_conn.close()


class QueryClock:
    """Stops a statement once SQLite has worked on it for ``QUERY_TIME_LIMIT_S``.

    SQLite calls ``tick`` every ``PROGRESS_EVERY_OPS`` virtual-machine steps while it works;
    only short gaps between ticks count, so time spent in Python between the rows of a long
    read, or waiting for another program's lock, is not counted. Reset for each statement.
    """

    def __init__(self) -> None:
        self.worked = 0.0
        self.last = time.monotonic()
        self.stopped = False

    def reset(self) -> None:
        self.worked, self.last, self.stopped = 0.0, time.monotonic(), False

    def tick(self) -> int:
        now = time.monotonic()
        gap, self.last = now - self.last, now
        if gap > 1.0:  # back from a pause: a new statement run without a reset
            self.worked = 0.0
        elif gap < 0.25:
            self.worked += gap
        self.stopped = self.worked > QUERY_TIME_LIMIT_S
        return int(self.stopped)  # non-zero: SQLite interrupts the statement


def _set_pragmas(dbapi_conn, read_only: bool) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's begin event emits BEGIN itself
    cur = dbapi_conn.cursor()
    # A database file may come from someone else: functions with side effects and virtual
    # tables are not run from its triggers and views, and (Python 3.12+) defensive mode
    # refuses what could corrupt the file (writable_schema, direct writes to FTS shadow
    # tables). Python 3.11's sqlite3 has no way to set SQLITE_DBCONFIG_DEFENSIVE
    # (Connection.setconfig is new in 3.12); there the schema check in Store._migrate,
    # which refuses any trigger, view or table the migrations did not make, is the guard.
    cur.execute("PRAGMA trusted_schema=OFF")
    if hasattr(dbapi_conn, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
        dbapi_conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    # journal_mode=WAL is set once by Store._migrate, after the file is known to be ours:
    # switching modes rewrites the file header of a foreign or newer database.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _translate(exc: Exception, where: str) -> StoreError:
    msg = str(getattr(exc, "orig", exc))
    if postgres.sqlstate(exc) or type(getattr(exc, "orig", exc)).__module__.startswith("psycopg"):
        known = postgres.translate(exc, where)
        if known is not None:
            return known
    if "interrupted" in msg:  # by QueryClock
        return StoreError(
            template="A query on {where} took longer than {seconds} s and was stopped (the "
            "database may be damaged or hold something factcheck did not put there); "
            "nothing was changed.",
            where=where,
            seconds=f"{QUERY_TIME_LIMIT_S:g}",
        )
    if "locked" in msg or "busy" in msg:
        return StoreBusy(
            template="The database {where} is busy: another program kept it locked for more "
            "than {seconds} s. Nothing was changed; try again.",
            where=where,
            seconds=f"{BUSY_TIMEOUT_MS / 1000:g}",
        )
    if "readonly" in msg or "read-only" in msg:
        return StoreError(
            template="The database {where} is read-only; nothing was changed.", where=where
        )
    if "full" in msg:
        return StoreError(
            template="The disk holding {where} is full; nothing was changed.", where=where
        )
    if "disk I/O error" in msg:  # e.g. no room left for the shared-memory (-shm) file
        return StoreError(
            template="{where} could not be read or written (disk I/O error: the disk may be "
            "full, removed or failing); nothing was changed.",
            where=where,
        )
    if "malformed" in msg or "not a database" in msg or "file is not a database" in msg:
        return StoreError(
            template="{where} is damaged or not a database: {reason}.", where=where, reason=msg
        )
    return StoreError(template="Database error on {where}: {reason}.", where=where, reason=msg)


def _damaged(where: str) -> StoreError:
    return StoreError(
        template="{where} is damaged: its schema holds names that are not text; restore it "
        "from a backup.",
        where=where,
    )


def _not_text() -> InvalidInput:
    """Text holding lone surrogates (bytes that were not UTF-8, decoded leniently) cannot be
    stored: SQLite keeps UTF-8."""
    return InvalidInput(
        template="Some of the text is not valid Unicode (bytes that were not UTF-8); "
        "nothing was changed."
    )


class Store:
    """An open, migrated factcheck database."""

    def __init__(
        self,
        db: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        create: bool | None = None,
    ):
        """``create``: set up an empty database (default: yes for an SQLite file, no for a
        server, whose database is set up once with ``factcheck init``)."""
        self.url = resolve_db_url(db)
        try:
            url = make_url(self.url)
        except ArgumentError:
            raise StoreError(
                template="{url!r} is neither a file path nor a database URL.", url=self.url
            ) from None
        self.is_sqlite = url.get_backend_name() == "sqlite"
        self.is_postgres = postgres.is_postgres(url)
        self.create = self.is_sqlite if create is None else create
        self.path: Path | None = None
        if self.is_sqlite and url.database and url.database != ":memory:":
            self.path = Path(url.database)
            if not self.path.is_absolute() and not url.query.get("uri"):
                # A relative URL (sqlite:///desk.sqlite) names a file in the folder of the
                # moment: fixed now, so a later change of folder neither opens another file
                # for a new connection nor looks like the database was deleted.
                self.path = Path(os.path.abspath(self.path))
                self.url = url.set(database=str(self.path)).render_as_string(hide_password=False)
        self.where = str(self.path) if self.path else postgres.masked(url)
        self.created = False
        if self.path is not None:
            _check_sqlite_file(self.path)
            _check_leftover_wal(self.path)
            if (
                not read_only
                and self.path.exists()
                and not os.access(self.path, os.W_OK)
            ):
                read_only = True
            self.created = not self.path.exists() or self.path.stat().st_size == 0
            if self.created and not read_only:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        template="Cannot create {path}: {reason}.",
                        path=self.path.parent,
                        reason=exc.strerror,
                    ) from None
        self.read_only = read_only
        try:
            self.engine = self._make_engine()
        except (ArgumentError, ImportError) as exc:  # unknown dialect, driver missing
            raise StoreError(
                template="Cannot open {where}: {reason}.",
                where=postgres.masked(url),
                reason=str(exc).replace(url.password or "\0", "***"),
            ) from None
        self.write_engine = self.engine.execution_options(factcheck_immediate=True)
        try:
            self._migrate()
            self._identity = self._file_identity()
        except StoreError:
            self.engine.dispose()
            raise
        except (DatabaseError, OperationalError, sqlite3.Error) as exc:
            self.engine.dispose()
            raise _translate(exc, self.where) from None
        except UnicodeDecodeError:  # SQLite's message quotes a schema name that is not UTF-8
            self.engine.dispose()
            raise _damaged(self.where) from None

    # -- the file under an open database ------------------------------------------------------
    def _file_identity(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def _check_still_there(self) -> None:
        """Refuse to write once the database's file was deleted or replaced under us: SQLite
        would go on writing to the deleted file, and every edit shown as saved would be lost
        when the app closes. What this process still holds is copied beside it first."""
        if self._identity is None or self._file_identity() == self._identity:
            return
        self.read_only = True
        rescued = self._rescue()
        if rescued is not None:
            raise StoreReplaced(
                template="{where} was deleted or replaced while it was open; nothing more was "
                "written there. What this window held is saved in {rescued}.",
                where=self.where,
                rescued=rescued,
            )
        raise StoreReplaced(
            template="{where} was deleted or replaced while it was open; nothing more was "
            "written there. Restore it from a backup, then open it again.",
            where=self.where,
        )

    def _rescue(self) -> Path | None:
        """Copy the database as an idle pooled connection (still on the deleted file) sees it
        to ``NAME.rescued-TIME.sqlite``; None if there is none (a new connection would open
        the path) or the copy fails."""
        if self.path is None or self.engine.pool.checkedin() == 0:
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.rescued-{stamp}{self.path.suffix}")
        try:
            with self.engine.connect() as conn:
                dest = sqlite3.connect(_sqlite_uri(target), uri=True)
                try:
                    conn.connection.driver_connection.backup(dest)
                finally:
                    dest.close()
        except (OSError, sqlite3.Error, DatabaseError):
            return None
        return target

    # -- setup ------------------------------------------------------------------------------
    def _make_engine(self) -> Engine:
        url = self.url
        connect_args: dict = {}
        if self.is_sqlite:
            connect_args["timeout"] = BUSY_TIMEOUT_MS / 1000
            if self.read_only and self.path is not None:
                params = {"mode": "ro", "uri": "true"}
                if _cannot_share_wal(self.path):
                    params["immutable"] = "1"
                url = URL.create(  # a URL object: not parsed (and unquoted) again
                    "sqlite", database=_sqlite_uri(self.path), query=params
                )
        if self.is_postgres:
            return create_engine(url, **postgres.engine_options())
        engine = create_engine(url, connect_args=connect_args)
        if self.is_sqlite:
            read_only = self.read_only

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn, record):
                _set_pragmas(dbapi_conn, read_only)
                clock = QueryClock()
                dbapi_conn.set_progress_handler(clock.tick, PROGRESS_EVERY_OPS)
                record.info["query_clock"] = clock

            @event.listens_for(engine, "before_cursor_execute")
            def _on_statement(conn, *_args):
                clock = conn.info.get("query_clock")
                if clock is not None:
                    clock.reset()

            @event.listens_for(engine, "begin")
            def _on_begin(conn):
                immediate = conn.get_execution_options().get("factcheck_immediate")
                conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    def current_revision(self) -> str | None:
        if self.is_postgres:
            with self.engine.connect() as conn:
                postgres.check_server(conn, self.where)
                return postgres.current_revision(conn, self.where)
        with self.engine.connect() as conn:
            has = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            if not has:
                tables = conn.exec_driver_sql(  # a view or trigger alone counts too
                    "SELECT count(*) FROM sqlite_master"
                ).scalar()
                if tables:
                    raise StoreError(
                        template="{where} is an SQLite database but not a factcheck database; "
                        "left untouched.",
                        where=self.where,
                    )
                return None
            return conn.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar()

    def _migrate(self) -> None:
        current = self.current_revision()
        head = head_revision()
        if (
            current != head
            and current is not None
            and current not in _known_revisions()
        ):
            raise StoreError(
                template="{where} was made by a newer version of factcheck (schema {schema}); "
                "upgrade factcheck to open it. The file was left untouched.",
                where=self.where,
                schema=current,
            )
        if self.is_sqlite and current is not None:
            self._check_schema(current)
        if self.is_postgres and current is not None:
            self._check_schema(current)
        if not self.read_only and self.is_sqlite:
            with self.engine.connect() as conn:  # outside a transaction
                conn.connection.driver_connection.execute("PRAGMA journal_mode=WAL")
        if current == head:
            return
        if current is None and self.is_postgres and self.create:
            postgres.refuse_maintenance_database(make_url(self.url), self.where)
        if current is None and not self.create:
            raise StoreError(
                template="{where} is an empty database: set it up first with "
                "`factcheck --db URL init`; nothing was changed.",
                where=self.where,
            )
        if self.read_only:
            raise StoreError(
                template="{where} needs a schema upgrade but is read-only.", where=self.where
            )
        if current is not None and self.path is not None:
            self._backup_before_upgrade(head)
        self.upgrade_to(head)

    def _backup_before_upgrade(self, head: str) -> Path:
        """Copy the database to ``NAME.before-HEAD.bak`` before upgrading it to ``head``.

        One backup per target revision: a retry of a failing upgrade replaces it rather than
        adding another full-size copy. The copy is written under a temporary name and renamed
        only once complete, so a full disk or a kill part way never leaves a ``.bak`` that
        looks like a good backup; what a failed attempt left is removed.
        """
        assert self.path is not None
        backup = self.path.with_name(f"{self.path.name}.before-{head}.bak")
        prefix = f".{backup.name}."
        for leftover in self.path.parent.glob(f"{glob_escape(prefix)}*.partial*"):
            leftover.unlink(missing_ok=True)  # from an attempt killed part way
        tmp: Path | None = None
        try:
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=".partial", dir=self.path.parent)
            os.close(fd)
            tmp = Path(name)
            backup_sqlite(self.path, tmp)
            os.replace(tmp, backup)
            tmp = None
        except (OSError, sqlite3.Error) as exc:
            error = _translate(exc, str(backup))
            raise StoreError(
                template="Could not back up {where} before upgrading its schema, so it was "
                "not upgraded: {reason}",
                where=self.where,
                reason=error,
            ) from None
        finally:
            if tmp is not None:
                for part in (tmp, tmp.with_name(tmp.name + "-journal")):
                    part.unlink(missing_ok=True)
        return backup

    def _check_schema(self, revision: str) -> None:
        """Refuse tables, indexes, triggers or views the migrations up to ``revision`` did
        not make (or made otherwise), before any of them can run."""
        from factcheck.store.schema_check import (
            reference_signature,
            schema_differences,
            sqlite_signature,
        )

        if self.is_postgres:
            from factcheck.store.schema_check import postgres_differences

            with self.engine.connect() as conn:
                problems = postgres_differences(conn, MIGRATIONS_DIR, revision)
        else:
            with self.engine.connect() as conn:
                found = sqlite_signature(conn.connection.driver_connection)
            problems = schema_differences(found, reference_signature(MIGRATIONS_DIR, revision))
        if problems:
            shown = "; ".join(problems[:6]) + (
                f"; and {len(problems) - 6} more" if len(problems) > 6 else ""
            )
            raise StoreError(
                template="{where} holds database objects factcheck did not make or changed "
                "({problems}); nothing was run or changed. Open a copy from a trusted source.",
                where=self.where,
                problems=shown,
            )

    def upgrade_to(self, revision: str) -> None:
        """Run migrations with foreign keys off (a rebuilt parent table would cascade-delete its children), then verify them."""
        cfg = alembic_config()
        if self.is_postgres:
            from alembic import command

            with self.engine.connect() as conn:
                # One program builds or upgrades a desk at a time (another waits, then finds
                # it done); each migration is one transaction, undone whole if it fails.
                conn.exec_driver_sql(f"SELECT pg_advisory_lock({postgres.MIGRATION_LOCK_KEY})")
                conn.commit()
                try:
                    cfg.attributes["connection"] = conn
                    if postgres.current_revision(conn, self.where) != revision:
                        conn.rollback()
                        command.upgrade(cfg, revision)
                    if conn.in_transaction():
                        conn.commit()
                finally:
                    conn.exec_driver_sql(
                        f"SELECT pg_advisory_unlock({postgres.MIGRATION_LOCK_KEY})"
                    )
                    conn.commit()
            return
        with self.engine.connect() as conn:
            raw = (
                conn.connection.driver_connection
            )  # pragmas must run outside a transaction
            raw.execute("PRAGMA foreign_keys=OFF")
            cfg.attributes["connection"] = conn
            from alembic import command

            command.upgrade(cfg, revision)
            if conn.in_transaction():
                conn.commit()
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys=ON")
        if problems:
            raise StoreError(
                template="Migration left broken references in {where}: {problems}",
                where=self.where,
                problems=problems[:3],
            )

    # -- sessions ---------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session over one consistent snapshot (no writes)."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (DatabaseError, OperationalError) as exc:
            raise _translate(exc, self.where) from None
        except UnicodeEncodeError:
            raise _not_text() from None
        except UnicodeDecodeError:
            raise _damaged(self.where) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE), committed on success, rolled back on error."""
        if self.read_only:
            raise StoreError(
                template="{where} is open read-only; nothing was changed.", where=self.where
            )
        self._check_still_there()
        try:
            with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (DatabaseError, OperationalError) as exc:
            raise _translate(exc, self.where) from None
        except UnicodeEncodeError:  # rolled back: nothing of the transaction is kept
            raise _not_text() from None
        except UnicodeDecodeError:
            raise _damaged(self.where) from None

    def login(self) -> str | None:
        """The database login of a server desk (None for a file)."""
        if not self.is_postgres:
            return None
        with self.engine.connect() as conn:
            return postgres.login(conn)

    def backup_to(self, dest: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of an SQLite database to ``dest`` (online backup API).
        A server desk's snapshot is ``factcheck.store.copy.backup``'s (which calls this for
        a file): copying imports the engine, so the engine does not import copying."""
        if self.path is None:
            raise StoreError(template="Only an SQLite file database can be backed up.")
        target = Path(dest)
        if target.exists():
            raise StoreError(template="{path} already exists; choose a new file name.", path=target)
        tmp: Path | None = None
        try:  # a fresh temp file beside the target (never a file that was there), then renamed
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
            os.close(fd)
            tmp = Path(name)
            backup_sqlite(self.path, tmp)
            if target.exists():  # appeared meanwhile: never replaced
                raise FileExistsError(errno.EEXIST, "the file appeared during the backup")
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                template="Backup to {path} failed: {reason}.", path=target, reason=exc
            ) from None
        finally:
            if tmp is not None:
                for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                    leftover.unlink(missing_ok=True)
        return target

    def integrity_ok(self) -> bool:
        if self.is_postgres:  # the server keeps its pages whole; nothing to check from here
            with self.engine.connect() as conn:
                return conn.exec_driver_sql("SELECT 1").scalar() == 1
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    def close(self) -> None:
        self.engine.dispose()
