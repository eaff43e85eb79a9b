"""PostgreSQL as a desk's shared database: what differs from an SQLite file.

Isolation: every transaction runs at REPEATABLE READ. A read sees one snapshot (as an
SQLite read transaction does); a write that updates a row another editor committed after
its snapshot fails with a serialization error instead of overwriting it, and is reported
as "changed by another editor at the same moment … try again" (nothing of it is kept).
Edits based on an older version of a claim are refused by the per-claim version check,
as on SQLite. There is no whole-database write lock: writers touching different claims
go on side by side.

A desk's database must hold text as UTF-8 with a ``LC_CTYPE`` other than ``C``: with ``C``,
``pg_trgm`` treats Arabic letters as non-word characters and every Arabic search finds
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ARRAY, Integer, any_, bindparam, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from factcheck.model.errors import StoreBusy, StoreError

MIN_SERVER_VERSION = 150000  # PostgreSQL 15
LOCK_TIMEOUT_MS = 5000  # like SQLite's busy timeout: a writer waits this long for a row
CONNECT_TIMEOUT_S = 10
# Taken while migrations run, so two programs opening a new desk do not both build it.
MIGRATION_LOCK_KEY = 0x66616374  # "fact"


def is_postgres(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def masked(url: URL) -> str:
    """The URL as shown in every message: the password (if any) as ``***``."""
    return url.render_as_string(hide_password=True)


def engine_options() -> dict:
    return {
        "isolation_level": "REPEATABLE READ",
        "pool_pre_ping": True,
        "connect_args": {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "factcheck",
            "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c client_encoding=UTF8",
        },
    }


def sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or ""


def translate(exc: BaseException, where: str) -> StoreError | None:
    """A PostgreSQL failure as one sentence, or None if it is not one we know."""
    orig = getattr(exc, "orig", exc)
    msg = (
        str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    )
    state = sqlstate(exc)
    if state in ("40001", "40P01"):  # serialization failure, deadlock
        return StoreBusy(
            template="Another editor changed the same records of {where} at the same moment; "
            "nothing was changed. Try again.",
            where=where,
        )
    if state == "55P03":  # lock_timeout
        return StoreBusy(
            template="The database {where} is busy: another editor kept the records locked "
            "for more than {seconds} s. Nothing was changed; try again.",
            where=where,
            seconds=f"{LOCK_TIMEOUT_MS / 1000:g}",
        )
    if (
        state == "23505"
    ):  # unique violation: another program stored the same thing meanwhile
        return StoreBusy(
            template="Another program stored the same record in {where} at the same moment; "
            "nothing was changed. Try again.",
            where=where,
        )
    if (
        state in ("28P01", "28000")
        or "password authentication failed" in msg
        or ("role" in msg and "does not exist" in msg)
        or "no password supplied" in msg
    ):
        return StoreError(
            template="Cannot log in to {where}: the server refused the user name or password "
            "(set it in ~/.pgpass, PGPASSWORD or a service file); nothing was changed.",
            where=where,
        )
    if "could not translate host name" in msg or "Name or service not known" in msg:
        return StoreError(
            template="Cannot reach {where}: unknown host; nothing was changed.",
            where=where,
        )
    if state == "3D000" or ("database" in msg and "does not exist" in msg):
        return StoreError(
            template="{where}: no such database on the server; create it first (see the "
            "README's Team mode); nothing was changed.",
            where=where,
        )
    if (
        "Connection refused" in msg
        or "timeout expired" in msg
        or "could not connect" in msg
    ):
        return StoreError(
            template="Cannot reach {where}: the server does not answer ({reason}); nothing "
            "was changed.",
            where=where,
            reason=msg,
        )
    if state == "42501":
        return StoreError(
            template="The database {where} refused this: permission denied for this login "
            "({reason}); nothing was changed.",
            where=where,
            reason=msg,
        )
    if state.startswith("08") or "server closed the connection" in msg:
        return StoreError(
            template="Lost the connection to {where} ({reason}); nothing more was changed.",
            where=where,
            reason=msg,
        )
    return None


def check_server(conn: Connection, where: str) -> None:
    """Refuse a server older than 15, and a database that would break Arabic search."""
    version = int(conn.exec_driver_sql("SHOW server_version_num").scalar())
    if version < MIN_SERVER_VERSION:
        raise StoreError(
            template="{where} runs PostgreSQL {version}; factcheck needs PostgreSQL 15 or "
            "newer. Nothing was changed.",
            where=where,
            version=f"{version // 10000}",
        )
    encoding, ctype = conn.execute(
        text(
            "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
            "WHERE datname = current_database()"
        )
    ).one()
    if encoding != "UTF8" or ctype in ("C", "POSIX"):
        raise StoreError(
            template="{where} is a database with encoding {encoding} and LC_CTYPE {ctype}: "
            "Arabic search would find nothing there. Create it with CREATE DATABASE … "
            "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'. "
            "Nothing was changed.",
            where=where,
            encoding=encoding,
            ctype=ctype,
        )


def current_revision(conn: Connection, where: str) -> str | None:
    """The desk's schema revision, None for an empty database; refuses another application's."""
    has = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    if has is None:
        if user_objects(conn):
            raise StoreError(
                template="{where} is the database of another application (it holds tables "
                "factcheck did not make); left untouched.",
                where=where,
            )
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def user_objects(conn: Connection) -> int:
    """How many tables, views, sequences or functions the current schema holds."""
    return conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema()) + (SELECT count(*) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))"
    ).scalar()


def refuse_maintenance_database(url: URL, where: str) -> None:
    """A desk never goes into the server's own databases (``postgres``, the templates)."""
    if url.database in ("postgres", "template0", "template1"):
        raise StoreError(
            template="{where} is the server's own maintenance database; create a database "
            "for the desk (see the README's Team mode). Nothing was changed.",
            where=where,
        )


def login(conn: Connection) -> str:
    return conn.exec_driver_sql("SELECT session_user").scalar()


def reset_sequences(conn: Connection, tables: list[str]) -> None:
    """Move each table's id sequence past its largest id (after rows were copied with ids)."""
    for table in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
        )


_NAMED = __import__("re").compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def driver_sql(dialect_name: str, statement: str) -> str:
    """``statement`` (written for sqlite3: ``?`` and ``:name`` placeholders) in the driver's
    own placeholders: psycopg takes ``%s`` and ``%(name)s``. Our statements hold no ``%``,
    ``?`` or ``:word`` inside literals."""
    if dialect_name == "sqlite":
        return statement
    return _NAMED.sub(r"%(\1)s", statement.replace("?", "%s"))


def copy_in(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Insert ``rows`` (tuples in the order of ``columns``) with ``COPY … FROM STDIN`` in
    the connection's transaction; returns the row count. The same rows as an executemany
    of INSERTs (defaults, constraints and statement triggers apply alike), streamed in one
    round trip: about 5 times less client and server time for a batch of index rows."""
    names = ", ".join(f'"{c}"' for c in columns)
    driver_error = conn.dialect.loaded_dbapi.Error
    count = 0
    try:
        with (
            conn.connection.cursor() as cursor,
            cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
                count += 1
    except driver_error as exc:  # so Store.write() words it like every other statement
        raise DBAPIError.instance(None, None, exc, driver_error) from exc
    return count


# ``column IN (ids)`` for a chunk of ids. SQLAlchemy renders one placeholder per id and
# psycopg parses every placeholder again on each call: over the 100,000 claims of the CSV
# report that was more client time than the queries. On a server one array parameter
# (``column = ANY(%s)``) matches the same rows.


def ids_in(conn: Connection, column, ids: Sequence[int]):
    """A clause ``column IN ids`` for a statement run on ``conn``."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    return column.in_(ids)


def ids_test(dialect_name: str, ids: Sequence[int]) -> tuple[str, list]:
    """``(test, params)`` for driver SQL ``… WHERE column {test}`` matching ``ids``:
    ``IN (?, ?, …)`` and the ids, or on a server ``= ANY(?)`` and the ids as one array."""
    if dialect_name == "postgresql":
        return "= ANY(?)", [list(ids)]
    return f"IN ({', '.join('?' * len(ids))})", list(ids)
