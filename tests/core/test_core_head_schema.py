"""The reference schema the store's check compares a database with, shipped beside the
migrations: opening an up-to-date desk neither runs every migration again nor imports
Alembic, and the shipped copy is always what the migrations build."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sqlalchemy as sa

from factcheck.desk import Desk
from factcheck.model import StoreError
from factcheck.store import schema_check
from factcheck.store.engine import MIGRATIONS_DIR, head_revision

REGENERATE = "python -m factcheck.store.schema_check --write"


def test_shipped_head_schema_is_what_the_migrations_build():
    shipped = json.loads(schema_check.HEAD_SCHEMA_FILE.read_text("utf-8"))
    assert shipped["migrations"] == schema_check.migrations_fingerprint(MIGRATIONS_DIR), (
        f"the migrations changed since {schema_check.HEAD_SCHEMA_FILE.name} was written: "
        f"run `{REGENERATE}` (add `--pg URL` for a server's entry)"
    )
    assert shipped["revision"] == head_revision()
    built = schema_check.build_reference_signature(MIGRATIONS_DIR, head_revision())
    assert schema_check.shipped_signature(MIGRATIONS_DIR, head_revision()) == built, (
        f"run `{REGENERATE}`"
    )


@pytest.mark.postgresql_only
def test_shipped_server_schema_is_what_the_migrations_build(db_url):
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            shipped = schema_check.shipped_postgres_signature(conn, MIGRATIONS_DIR, head_revision())
            built = schema_check.build_postgres_reference(conn, MIGRATIONS_DIR, head_revision())
            version = conn.exec_driver_sql("SHOW server_version_num").scalar()
    finally:
        engine.dispose()
    entries = json.loads(schema_check.HEAD_SCHEMA_FILE.read_text("utf-8"))["postgresql"]
    if str(int(version) // 10000) in entries:
        assert shipped == built, f"run `{REGENERATE} --pg URL` against this server"
    else:  # a server the file has no entry for: the check builds its reference itself
        assert shipped is None


_OPEN_AND_LIST_MODULES = """
import sys
from factcheck.store import Store
Store(sys.argv[1]).close()
print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))
"""


def test_opening_an_up_to_date_desk_imports_no_alembic(db_url):
    """Every command and every window start opened the desk by importing Alembic and running
    every migration on a scratch database (about a quarter of a second each time)."""
    Desk.open(db_url).close()
    out = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_LIST_MODULES, str(db_url)],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    assert out.strip() == "[]"


def test_a_planted_trigger_is_refused_with_the_shipped_reference(db_url):
    Desk.open(db_url).close()
    on_sqlite = not isinstance(db_url, str)
    engine = sa.create_engine(f"sqlite:///{db_url}" if on_sqlite else db_url)
    with engine.begin() as conn:
        if on_sqlite:
            conn.exec_driver_sql(
                "CREATE TRIGGER planted AFTER INSERT ON sources "
                "BEGIN UPDATE claims SET note = 'x'; END"
            )
        else:
            conn.exec_driver_sql(
                "CREATE FUNCTION planted() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN UPDATE claims SET note = 'x'; RETURN NEW; END $$"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER planted AFTER INSERT ON sources FOR EACH ROW "
                "EXECUTE FUNCTION planted()"
            )
    engine.dispose()
    with pytest.raises(StoreError) as info:
        Desk.open(db_url)
    assert "planted" in str(info.value)


@pytest.mark.sqlite_only
def test_stale_shipped_schema_falls_back_to_the_migrations(db_url, tmp_path, monkeypatch):
    """A migration added without regenerating the file: the shipped schema is not trusted
    (its fingerprint differs), the reference is built from the migrations, and a database
    they made still opens while a planted trigger is still refused."""
    stale = json.loads(schema_check.HEAD_SCHEMA_FILE.read_text("utf-8"))
    stale["migrations"] = "0" * 64
    stale["sqlite"] = []  # were it used, every table would be "unknown"
    path = tmp_path / "head_schema.json"
    path.write_text(json.dumps(stale), "utf-8")
    monkeypatch.setattr(schema_check, "HEAD_SCHEMA_FILE", path)
    schema_check.reference_signature.cache_clear()
    schema_check.load_shipped.cache_clear()
    try:
        assert schema_check.shipped_signature(MIGRATIONS_DIR, head_revision()) is None
        Desk.open(db_url).close()
        raw = sa.create_engine(f"sqlite:///{db_url}")
        with raw.begin() as conn:
            conn.exec_driver_sql(
                "CREATE TRIGGER planted AFTER INSERT ON sources BEGIN DELETE FROM claims; END"
            )
        raw.dispose()
        with pytest.raises(StoreError) as info:
            Desk.open(db_url)
        assert "unknown trigger planted" in str(info.value)
    finally:
        schema_check.reference_signature.cache_clear()
        schema_check.load_shipped.cache_clear()
