"""The SQLite store: crash-safe settings, automatic migrations, refusals that touch nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from core_support import SHORT_ARTICLE, digest, is_server, raw_connect, row_counts

import factcheck.store.engine as engine_mod
from factcheck.desk import Desk
from factcheck.model import StoreError
from factcheck.store import Store, resolve_db_url
from factcheck.store.copy import backup
from factcheck.store.engine import head_revision
from factcheck.store.schema import Base

# -- a new database -------------------------------------------------------------------------


def _pragma(conn, name):
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.mark.sqlite_only  # SQLite pragmas
def test_new_database_is_crash_safe_wal_with_foreign_keys(core_db):
    assert not core_db.exists()
    store = Store(core_db)
    try:
        assert core_db.is_file()
        assert store.created is True
        with store.engine.connect() as conn:
            assert str(_pragma(conn, "journal_mode")).lower() == "wal"
            assert _pragma(conn, "foreign_keys") == 1
            assert _pragma(conn, "synchronous") == 2  # FULL: commits survive power loss
            assert _pragma(conn, "busy_timeout") == engine_mod.BUSY_TIMEOUT_MS > 0
        # Every pooled connection gets the per-connection pragmas, not only the first.
        with store.engine.connect() as a, store.engine.connect() as b:
            for conn in (a, b):
                assert _pragma(conn, "foreign_keys") == 1
                assert _pragma(conn, "synchronous") == 2
    finally:
        store.close()
    # WAL is stored in the file itself: a plain sqlite3 connection sees it too.
    raw = sqlite3.connect(core_db)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


@pytest.mark.sqlite_only  # BEGIN IMMEDIATE
def test_write_sessions_begin_immediate_and_commit(core_db):
    store = Store(core_db)
    try:
        with store.write() as s:
            s.execute(
                sa.text(
                    "INSERT INTO statuses (id, label_ar, label_en, color, key, position) "
                    "VALUES ('x', 'س', 'X', '#000000', 'x', 99)"
                )
            )
        with pytest.raises(RuntimeError), store.write() as s:
            s.execute(sa.text("DELETE FROM statuses WHERE id = 'x'"))
            raise RuntimeError("abort the transaction")
    finally:
        store.close()
    raw = sqlite3.connect(core_db)
    try:
        assert raw.execute("SELECT label_en FROM statuses WHERE id='x'").fetchone() == (
            "X",
        )
    finally:
        raw.close()


@pytest.mark.sqlite_only  # an empty file
def test_migrations_run_from_an_empty_file(core_db):
    core_db.write_bytes(b"")
    store = Store(core_db)
    try:
        assert store.created is True
        assert store.current_revision() == head_revision() != ""
    finally:
        store.close()
    raw = sqlite3.connect(core_db)
    try:
        tables = {
            r[0]
            for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        version = raw.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        raw.close()
    assert {
        "articles",
        "claims",
        "sources",
        "statuses",
        "history",
        "edit_lock",
    } <= tables
    assert version == [(head_revision(),)]


def test_reopening_does_not_rerun_migrations(core_db, monkeypatch):
    desk = Desk.open(core_db)
    desk.import_text(SHORT_ARTICLE)
    desk.close()
    before = row_counts(core_db)

    def no_upgrade(*_a, **_k):
        raise AssertionError("migrations ran again on an up-to-date database")

    import alembic.command

    Store(core_db).close()  # the reference schema the check compares with is built once
    monkeypatch.setattr(alembic.command, "upgrade", no_upgrade)
    store = Store(core_db)
    try:
        assert store.created is False
        assert store.current_revision() == head_revision()
    finally:
        store.close()
    desk = Desk.open(core_db)
    try:
        assert [a.title for a in desk.articles()] == ["وزير المالية يعلن أرقام النمو"]
    finally:
        desk.close()
    assert row_counts(core_db) == before
    # No pre-upgrade backup is made when nothing is upgraded.
    if not is_server(core_db):
        assert not list(core_db.parent.glob("*.bak"))


def test_mapped_schema_agrees_with_migrated_database(core_db):
    store = Store(core_db)
    try:
        insp = sa.inspect(store.engine)
        virtual = ["search_index"]  # FTS5 on SQLite, a plain table on PostgreSQL
        if store.is_sqlite:
            with store.engine.connect() as conn:
                virtual = [
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT name FROM sqlite_master WHERE type='table' "
                        "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
                    )
                ]
        # Full-text (FTS5) tables and their shadow tables are not ORM-mapped.
        db_tables = {
            t
            for t in insp.get_table_names()
            if t not in ("alembic_version", "sqlite_sequence")
            and not any(t == v or t.startswith(v + "_") for v in virtual)
        }
        assert db_tables == set(Base.metadata.tables)
        for name, table in Base.metadata.tables.items():
            db_cols = {c["name"] for c in insp.get_columns(name)}
            assert db_cols == {c.name for c in table.columns}, name
            pk = insp.get_pk_constraint(name)["constrained_columns"]
            assert pk == [c.name for c in table.primary_key.columns], name
            db_fks = {
                (tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in insp.get_foreign_keys(name)
            }
            mapped_fks = {
                ((fk.parent.name,), fk.column.table.name) for fk in table.foreign_keys
            }
            assert db_fks == mapped_fks, name
    finally:
        store.close()


def _oldest_revision() -> str:
    script = ScriptDirectory.from_config(engine_mod.alembic_config())
    return script.get_base()


@pytest.mark.sqlite_only  # the file's backup copy
def test_upgrade_from_the_oldest_schema_keeps_every_row_and_backs_up(core_db):
    """Migrations must not cascade-delete claims or sources (rebuilt parent tables, foreign keys on)."""
    from alembic import command as alembic_command

    oldest = _oldest_revision()
    eng = sa.create_engine(f"sqlite:///{core_db}")
    cfg = engine_mod.alembic_config()
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        alembic_command.upgrade(cfg, oldest)
    eng.dispose()
    conn = sqlite3.connect(core_db)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "INSERT INTO statuses (id, label_ar, label_en, color, key, position) "
        "VALUES ('false', 'زائف', 'False', '#f07b78', '5', 0)"
    )
    conn.execute(
        "INSERT INTO articles (id, title, text, content_hash, imported_at) "
        "VALUES (1, 'عنوان', ?, 'h1', '2026-01-01T00:00:00+00:00')",
        (SHORT_ARTICLE,),
    )
    conn.execute(
        'INSERT INTO claims (id, article_id, start, "end", quote, status_id, '
        "created_at, updated_at) VALUES (1, 1, 0, 4, ?, 'false', 'a', 'b')",
        (SHORT_ARTICLE[:4],),
    )
    conn.execute(
        "INSERT INTO sources (claim_id, url, stance) "
        "VALUES (1, 'https://example.org/x', 'refutes')"
    )
    conn.commit()
    conn.close()

    desk = Desk.open(core_db)
    try:
        assert desk.store.current_revision() == head_revision()
        claim = desk.claim(1)
        assert (claim.quote, claim.status_id) == (SHORT_ARTICLE[:4], "false")
        assert [s.url for s in claim.sources] == ["https://example.org/x"]
        assert desk.article(1).text == SHORT_ARTICLE
        assert desk.store.integrity_ok()
    finally:
        desk.close()
    if oldest != head_revision():
        backups = list(core_db.parent.glob(f"{core_db.name}.before-*.bak"))
        assert len(backups) == 1
        raw = sqlite3.connect(backups[0])
        try:
            assert raw.execute(
                "SELECT version_num FROM alembic_version"
            ).fetchall() == [(oldest,)]
            assert raw.execute("SELECT count(*) FROM sources").fetchone() == (1,)
        finally:
            raw.close()


# -- --db and FACTCHECK_DB -----------------------------------------------------------------


def test_db_accepts_path_and_sqlalchemy_url(tmp_path):
    as_path = tmp_path / "by-path.sqlite"
    as_url = tmp_path / "by-url.sqlite"
    assert resolve_db_url(as_path) == f"sqlite:///{as_path}"
    assert resolve_db_url(f"sqlite:///{as_url}") == f"sqlite:///{as_url}"
    for db, expected in ((str(as_path), as_path), (f"sqlite:///{as_url}", as_url)):
        desk = Desk.open(db)
        try:
            desk.import_text(SHORT_ARTICLE)
            assert desk.store.path == expected
        finally:
            desk.close()
        assert row_counts(expected)["articles"] == 1


def test_relative_and_home_paths_are_resolved(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_db_url("rel.sqlite") == f"sqlite:///{tmp_path / 'rel.sqlite'}"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_db_url("~/home.sqlite") == f"sqlite:///{tmp_path / 'home.sqlite'}"


def test_factcheck_db_environment_variable_is_honoured(tmp_path, monkeypatch):
    target = tmp_path / "from-env" / "env.sqlite"
    monkeypatch.setenv("FACTCHECK_DB", str(target))
    desk = Desk.open()
    try:
        assert desk.store.path == target
        # An explicit FACTCHECK_DB is not the embedded default: no sample articles.
        assert desk.articles() == []
    finally:
        desk.close()
    assert target.is_file()
    url_target = tmp_path / "env-url.sqlite"
    monkeypatch.setenv("FACTCHECK_DB", f"sqlite:///{url_target}")
    desk = Desk.open()
    try:
        assert desk.store.path == url_target
    finally:
        desk.close()
    # --db wins over the environment.
    explicit = tmp_path / "explicit.sqlite"
    assert resolve_db_url(explicit) == f"sqlite:///{explicit}"


def test_embedded_default_loads_the_seeds_once(tmp_path, monkeypatch):
    default = tmp_path / "data" / "factcheck.sqlite"
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setattr(engine_mod, "default_db_path", lambda: default)
    desk = Desk.open()
    try:
        assert desk.store.path == default
        assert len(desk.articles()) == 2
    finally:
        desk.close()
    desk = Desk.open()
    try:
        assert len(desk.articles()) == 2  # not loaded again on the second run
    finally:
        desk.close()


# -- refusals: the file is left byte for byte untouched ------------------------------------


def _refuse(path, *needles):
    before = digest(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError) as info:
        Store(path)
    assert digest(path) == before, "the refused file was modified"
    assert not list(path.parent.glob("*.bak"))
    msg = str(info.value)
    assert str(path) in msg
    for needle in needles:
        assert needle in msg.lower()
    assert "\n" not in msg
    return siblings


def test_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("قائمة المهام\nهذا ملف نصي وليس قاعدة بيانات.\n", encoding="utf-8")
    _refuse(path, "not a factcheck database")


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other-app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    # Rollback-journal mode: switching it to WAL would rewrite the file header.
    _refuse(path, "not a factcheck database")
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT total FROM invoices").fetchall() == [(12.5,)]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "alembic_version" not in names and "articles" not in names
    finally:
        conn.close()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_database_from_a_newer_version_is_refused_untouched(tmp_path, journal):
    path = tmp_path / "future.sqlite"
    desk = Desk.open(path)
    desk.import_text(SHORT_ARTICLE)
    desk.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    _refuse(path, "newer version")
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_future",)
        ]
    finally:
        conn.close()


def test_truncated_database_is_refused_untouched(tmp_path):
    real = tmp_path / "real.sqlite"
    desk = Desk.open(real)
    for i in range(30):
        desk.import_text(f"عنوان {i}\n" + SHORT_ARTICLE * (i + 5))
    desk.close()
    assert real.stat().st_size > 4096 * 4
    path = tmp_path / "truncated.sqlite"
    path.write_bytes(real.read_bytes()[:4096])
    _refuse(path, "damaged")
    assert path.stat().st_size == 4096


def test_directory_is_refused(tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    with pytest.raises(StoreError, match="directory"):
        Store(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


def test_parent_that_is_a_file_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    with pytest.raises(StoreError, match="Cannot create"):
        Store(blocker / "sub" / "db.sqlite")
    assert blocker.read_text() == "I am a file"


# -- read-only -------------------------------------------------------------------------------


def test_read_only_database_refuses_writes_and_stays_untouched(tmp_path):
    path = tmp_path / "ro.sqlite"
    desk = Desk.open(path)
    aid = desk.import_text(SHORT_ARTICLE).article_id
    claim = desk.add_claim_for_sentence(aid, 2)
    desk.close()
    before = digest(path)
    counts = row_counts(path)

    ro = Desk.open(path, read_only=True)
    try:
        assert ro.store.read_only is True
        assert [a.id for a in ro.articles()] == [aid]  # reading still works
        assert ro.claim(claim.id).quote == claim.quote
        for attempt in (
            lambda: ro.add_claim_for_sentence(aid, 3),
            lambda: ro.set_status(claim.id, "false"),
            lambda: ro.set_note(claim.id, "ملاحظة"),
            lambda: ro.add_source(claim.id, "https://example.org/a"),
            lambda: ro.delete_claim(claim.id),
            lambda: ro.import_text("عنوان آخر\nنص جديد تماماً."),
        ):
            with pytest.raises(StoreError, match="read-only"):
                attempt()
    finally:
        ro.close()
    assert digest(path) == before
    assert row_counts(path) == counts


def test_file_without_write_permission_opens_read_only(tmp_path):
    path = tmp_path / "perm.sqlite"
    Desk.open(path).close()
    path.chmod(0o444)
    try:
        store = Store(path)
        try:
            if os.access(path, os.W_OK):
                # Running as root: chmod does not stop writes, so the store rightly
                # opens read-write; the read-only path is covered by the test above.
                assert store.read_only is False
            else:
                assert store.read_only is True
                with pytest.raises(StoreError, match="read-only"), store.write():
                    pass
        finally:
            store.close()
    finally:
        path.chmod(0o644)


# -- append-only history ---------------------------------------------------------------------


def test_history_is_append_only(core_db):
    desk = Desk.open(core_db)
    aid = desk.import_text(SHORT_ARTICLE).article_id
    claim = desk.add_claim_for_sentence(aid, 2)
    desk.set_status(claim.id, "false")
    desk.close()
    server = is_server(core_db)
    conn = raw_connect(core_db) if server else sqlite3.connect(core_db)
    refused = (sqlite3.IntegrityError, sqlite3.OperationalError)
    if server:
        import psycopg

        refused = psycopg.errors.RaiseException
    try:
        before = conn.execute("SELECT * FROM history ORDER BY id").fetchall()
        assert len(before) == 2
        for sql in (
            "UPDATE history SET who = 'mallory'",
            "UPDATE history SET new = 'true' WHERE field = 'status_id'",
            "DELETE FROM history",
            "DELETE FROM history WHERE id = 1",
            *(["TRUNCATE history"] if server else []),
        ):
            with pytest.raises(refused, match="append-only"):
                conn.execute(sql)
            conn.rollback()
        # Appending still works.
        conn.execute(
            "INSERT INTO history (at, who, entity, entity_id, action) "
            "VALUES ('2026-01-01T00:00:00+00:00', 'x', 'claim', '1', 'note')"
        )
        conn.commit()
        after = conn.execute("SELECT * FROM history ORDER BY id").fetchall()
    finally:
        conn.close()
    assert after[:2] == before and len(after) == 3


# -- busy -------------------------------------------------------------------------------------


@pytest.mark.sqlite_only  # SQLite's write lock
def test_write_while_another_program_holds_the_lock_reports_busy(core_db, monkeypatch):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    desk = Desk.open(core_db)
    try:
        aid = desk.import_text(SHORT_ARTICLE).article_id
        counts = row_counts(core_db)
        other = sqlite3.connect(core_db, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreError) as info:
                desk.add_claim_for_sentence(aid, 2)
            msg = str(info.value)
            assert "busy" in msg and "Nothing was changed" in msg
            assert "Traceback" not in msg and "\n" not in msg
            with pytest.raises(StoreError, match="busy"):
                desk.import_text("عنوان\nنص آخر لا يمكن حفظه الآن.")
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert row_counts(core_db) == counts
        # Once the other program lets go, the same write succeeds.
        claim = desk.add_claim_for_sentence(aid, 2)
        assert claim.quote.startswith("قال وزير المالية")
    finally:
        desk.close()


@pytest.mark.sqlite_only  # SQLite's journal
def test_opening_a_locked_rollback_journal_database_reports_busy(core_db, monkeypatch):
    """Switching an existing database to WAL needs a lock; no raw sqlite3 traceback."""
    Desk.open(core_db).close()
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(core_db, isolation_level=None)
    try:
        other.execute("PRAGMA journal_mode=DELETE")
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="busy"):
            Store(core_db)
        other.execute("ROLLBACK")
    finally:
        other.close()
    store = Store(core_db)
    try:
        with store.engine.connect() as conn:
            assert str(_pragma(conn, "journal_mode")).lower() == "wal"
    finally:
        store.close()


# -- backup -----------------------------------------------------------------------------------


def test_backup_is_a_consistent_openable_copy(tmp_path, core_db):
    desk = Desk.open(core_db)
    aid = desk.import_text(SHORT_ARTICLE).article_id
    claim = desk.add_claim_for_sentence(aid, 2, status_id="false")
    out = tmp_path / "copy.sqlite"
    assert backup(desk.store, out) == out
    with pytest.raises(StoreError, match="already exists"):
        backup(desk.store, out)
    desk.close()
    copy = Desk.open(out)
    try:
        assert copy.claim(claim.id).status_id == "false"
        assert copy.store.integrity_ok()
    finally:
        copy.close()
    assert not list(tmp_path.glob("*.partial"))


def test_backup_never_touches_a_file_that_happens_to_sit_beside_it(tmp_path, core_db):
    """Regression: the backup wrote through a fixed OUT.partial name, deleting (or
    overwriting and renaming) a file of that name that was already there."""
    desk = Desk.open(core_db)
    try:
        desk.import_text(SHORT_ARTICLE)
        out = tmp_path / "out.db"
        bystander = tmp_path / "out.db.partial"
        bystander.write_text("my notes", encoding="utf-8")
        backup(desk.store, out)
        assert bystander.read_text(encoding="utf-8") == "my notes"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == [
            "out.db",
            "out.db.partial",
        ]
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.db")]
    finally:
        desk.close()


def test_a_database_whose_file_name_is_not_utf8_can_be_backed_up(tmp_path):
    """A name saved by an old Windows zip (Windows-1256 bytes): opened and copied as is."""
    import os

    name = os.fsdecode("قاعدة".encode("cp1256") + b".sqlite")
    db = tmp_path / name
    desk = Desk.open(db)
    try:
        aid = desk.import_text(SHORT_ARTICLE).article_id
        desk.add_claim_for_sentence(aid, 2)
        out = tmp_path / os.fsdecode("نسخة".encode("cp1256") + b".sqlite")
        backup(desk.store, out)
    finally:
        desk.close()
    copy = Desk.open(out)
    try:
        assert len(copy.claims()) == 1
    finally:
        copy.close()


@pytest.mark.sqlite_only  # a copied file
def test_copy_of_database_keeps_working(tmp_path, core_db):
    Desk.open(core_db).close()
    copy = tmp_path / "copied.sqlite"
    shutil.copy(core_db, copy)
    desk = Desk.open(copy)
    try:
        assert len(desk.statuses()) == 10
    finally:
        desk.close()


@pytest.mark.parametrize(
    "url, needle",
    [
        (
            "postgresql+psycopg://editor:s3cret@no-such-host.invalid/desk",
            "cannot reach postgresql+psycopg://editor:***@no-such-host.invalid/desk: unknown host",
        ),
        ("nosuchdialect://host/db", "cannot open nosuchdialect://"),
        ("://nothing", "neither a file path nor a database url"),
    ],
)
def test_unusable_url_is_a_store_error(url, needle):
    with pytest.raises(StoreError) as info:
        Store(url)
    assert needle in str(info.value).lower()
    assert "s3cret" not in str(info.value)


def test_head_revision_read_from_files_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from factcheck.store.engine import _known_revisions, alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert _known_revisions() == {s.revision for s in script.walk_revisions()}


@pytest.mark.sqlite_only  # SQLite's query plans
def test_article_list_and_report_never_read_article_text(seeded_desk):
    """The article list and the report's article cells come from covering indexes: in
    the table, title, publisher and url sit after the (overflowing) text, and reading them
    there walked every article's text (migrations 0003 and 0004)."""
    from factcheck.store import repository as repo

    statements: list[str] = []
    with seeded_desk.store.read() as s:
        raw = s.connection().connection.driver_connection
        raw.set_trace_callback(statements.append)
        try:
            repo.list_article_summaries(s, seeded_desk.default_status_id)
            repo.report_articles(s)
        finally:
            raw.set_trace_callback(None)
        reads = [q for q in statements if "FROM articles" in q]
        assert len(reads) >= 2
        for query in reads:
            plan = " / ".join(
                row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()
            )
            assert "articles" not in plan or "COVERING INDEX" in plan, (query, plan)


def test_a_disk_io_error_is_named_as_such():
    """Regression: with no room for the -shm file, every command said only "Database error
    on …: disk I/O error"; it now says what it may mean."""
    from factcheck.store.engine import _translate

    error = _translate(sqlite3.OperationalError("disk I/O error"), "/data/desk.sqlite")
    assert str(error) == (
        "/data/desk.sqlite could not be read or written (disk I/O error: the disk may be full, "
        "removed or failing); nothing was changed."
    )
