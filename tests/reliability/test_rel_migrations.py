"""Schema migrations keep every row (migrations run with foreign keys off, so a rebuilt parent
table cascades nothing) and back the file up first.

The "first released schema" database is built here from the migration history (revision
0001 through ``Store.upgrade_to``), filled with plain SQL, then opened normally.
A synthetic migration that rebuilds the parent tables (``batch_alter_table`` with
``recreate="always"``, the cascade-delete trap) proves the engine's guard, and a control
run of the same migration with foreign keys ON shows the trap is real.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from rel_support import (
    CORE_TABLES,
    connect,
    foreign_key_problems,
    has_table,
    hostile,
    integrity,
    record,
    row_counts,
    sha256,
    table_rows,
)

import factcheck.store.engine as engine_mod
from factcheck.desk import Desk
from factcheck.resources import default_status_scale
from factcheck.store import Store
from factcheck.store.engine import alembic_config, head_revision
from factcheck.text import count_bidi_controls, sentence_spans


def first_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_base()


class FirstRevisionStore(Store):
    """Creates (or opens) a database at the first released schema, never upgrading it."""

    def _migrate(self) -> None:
        with self.engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA journal_mode=WAL")
        if self.current_revision() is None:
            self.upgrade_to(first_revision())


TEXTS = [
    "وزير المالية: الاقتصاد نما 3.5%.\nقال الوزير إن النمو تجاوز التوقعات. وأضاف أن Acme ستفتتح مصنعاً.",
    'Breaking 😀👩\u200d👩\u200d👧: \u202eexe.png\u202c attached.\nThe minister said "no".',
    "مقال بالتشكيل: قَالَ الْوَزِيرُ إِنَّ الأَرْقَامَ صَحِيحَةٌ. هل هذا صحيح؟ نعم!",
    '=HYPERLINK("http://evil") عنوان خبيث\n@SUM(1+1) و -2 و +3.',
    "<img src=x onerror=alert(1)> نص عادي. Another sentence here.",
]


def fill_first_schema(db) -> None:
    """Articles, claims, sources, history and the edit lock, with plain SQL."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys=ON")
    for i, st in enumerate(default_status_scale()):
        conn.execute(
            "INSERT INTO statuses (id, label_ar, label_en, color, key, rating, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                st["id"],
                st["label_ar"],
                st["label_en"],
                st["color"],
                st["key"],
                st["rating"],
                i,
            ),
        )
    claim_id = source_id = 0
    for aid, text in enumerate(TEXTS, start=1):
        conn.execute(
            "INSERT INTO articles (id, title, text, publisher, url, published, content_hash, "
            "imported_from, imported_at, encoding, bidi_controls, sentence_count) "
            "VALUES (?, ?, ?, 'وكالة', 'https://news.example/a', '2026-01-02', ?, ?, "
            "'2026-01-03T10:00:00+03:00', 'utf-8', ?, ?)",
            (
                aid,
                text.splitlines()[0][:200],
                text,
                f"hash-{aid}",
                f"/in/{aid}.txt",
                count_bidi_controls(text),
                len(sentence_spans(text)),
            ),
        )
        for index, (a, b) in enumerate(sentence_spans(text)):
            claim_id += 1
            status = ("false", "true", "misleading", "unverified")[
                (claim_id + index) % 4
            ]
            conn.execute(
                'INSERT INTO claims (id, article_id, start, "end", quote, prefix, suffix, '
                "status_id, note, annotator, created_at, updated_at, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'amal', '2026-01-04', '2026-01-05', 2)",
                (
                    claim_id,
                    aid,
                    a,
                    b,
                    text[a:b],
                    text[max(0, a - 32) : a],
                    text[b : b + 32],
                    status,
                    f'ملاحظة {claim_id} "quoted"',
                ),
            )
            conn.execute(
                "INSERT INTO history (at, who, claim_id, entity, entity_id, action, field, "
                "old, new) VALUES ('2026-01-04', 'amal', ?, 'claim', ?, 'create', '', NULL, ?)",
                (claim_id, str(claim_id), json.dumps({"status": "unverified"})),
            )
            conn.execute(
                "INSERT INTO history (at, who, claim_id, entity, entity_id, action, field, "
                "old, new) VALUES ('2026-01-05', 'amal', ?, 'status', ?, 'update', "
                "'status_id', 'unverified', ?)",
                (claim_id, str(claim_id), status),
            )
            for k in range(claim_id % 3):
                source_id += 1
                url = f"https://evidence.example/{claim_id}/{k}"
                conn.execute(
                    "INSERT INTO sources (id, claim_id, url, title, publisher, accessed, "
                    "archive_url, excerpt, stance) VALUES (?, ?, ?, ?, 'pub', '2026-01-06', "
                    "'https://web.archive.org/x', 'مقتطف', ?)",
                    (
                        source_id,
                        claim_id,
                        url,
                        f"مصدر {k}",
                        ("supports", "refutes", "context")[k % 3],
                    ),
                )
                conn.execute(
                    "INSERT INTO history (at, who, claim_id, entity, entity_id, action, "
                    "field, old, new) VALUES ('2026-01-06', 'amal', ?, 'source', ?, "
                    "'create', 'url', NULL, ?)",
                    (claim_id, str(source_id), url),
                )
    conn.execute(
        "INSERT INTO edit_lock (name, holder, host, pid, heartbeat) "
        "VALUES ('edit', 'gone', 'nowhere', 1, 0)"
    )
    conn.commit()
    conn.close()


def assert_rows_kept(before: dict, after: dict) -> int:
    """Every row of ``before`` is in ``after`` with the same values in its old columns."""
    kept = 0
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table]):
            assert {k: new.get(k) for k in old} == old, (table, old)
            kept += 1
    return kept


@pytest.fixture
def first_schema_db(tmp_path):
    db = tmp_path / "v1.sqlite"
    store = FirstRevisionStore(db)
    assert store.current_revision() == first_revision() == "0001"
    store.close()
    fill_first_schema(db)
    return db


def test_upgrade_from_the_first_released_schema_keeps_every_row(first_schema_db):
    db = first_schema_db
    before = table_rows(db)
    counts = row_counts(db)
    assert counts["claims"] > 10 and counts["sources"] > 5 and counts["history"] > 20
    assert head_revision() != first_revision()  # there is an upgrade to prove

    desk = Desk.open(db, load_seeds=False)
    try:
        assert desk.store.current_revision() == head_revision()
        # through the services as well as in the raw rows
        assert [c.id for c in desk.claims()] == sorted(
            r["id"] for r in before["claims"]
        )
        for article in before["articles"]:
            assert desk.article(article["id"]).text == article["text"]
        assert sum(len(c.sources) for c in desk.claims()) == counts["sources"]
        assert len(desk.history()) == counts["history"]
    finally:
        desk.close()
    after = table_rows(db)
    kept = assert_rows_kept(before, after)
    assert integrity(db) == "ok"
    assert foreign_key_problems(db) == []

    conn = connect(db)
    try:
        if has_table(conn, "search_index"):  # filled for the articles already there
            for article in before["articles"]:
                n = conn.execute(
                    "SELECT count(*) FROM search_index WHERE article_id = ?",
                    (article["id"],),
                ).fetchone()[0]
                assert n == len(sentence_spans(article["text"])), article["id"]
        # 0004 stored each article's spans from those index rows
        stored = dict(conn.execute("SELECT article_id, spans FROM article_sentences"))
        assert sorted(stored) == sorted(a["id"] for a in before["articles"])
        for article in before["articles"]:
            spans = sentence_spans(article["text"])
            flat = [offset for span in spans for offset in span]
            assert stored[article["id"]] == struct.pack(f"<{len(flat)}I", *flat)
    finally:
        conn.close()

    backups = sorted(db.parent.glob(f"{db.name}.before-*.bak"))
    assert len(backups) == 1, backups
    assert integrity(backups[0]) == "ok"
    assert table_rows(backups[0]) == before  # a valid copy of the pre-upgrade database
    raw = connect(backups[0])
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001",
        )
    finally:
        raw.close()
    record(writes_verified=kept)


# -- the cascade-delete trap ----------------------------------------------------------------

REBUILD = '''"""Synthetic test migration: rebuild the parent tables (with foreign keys on, the trap that deletes every child row)."""
from alembic import op
import sqlalchemy as sa

revision = "rel9999"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("articles", recreate="always") as batch:
        batch.add_column(sa.Column("rel_probe", sa.Text, nullable=True))
    with op.batch_alter_table("claims", recreate="always") as batch:
        batch.add_column(sa.Column("rel_probe", sa.Text, nullable=True))


def downgrade():
    pass
'''


@pytest.fixture
def rebuild_migrations(tmp_path, monkeypatch):
    """A copy of the migration scripts plus the synthetic rebuild on top of head."""
    head = head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(
        engine_mod.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    (scripts / "versions" / "rel9999_rebuild.py").write_text(
        REBUILD.format(down=head), encoding="utf-8"
    )

    def use() -> None:
        monkeypatch.setattr(engine_mod, "MIGRATIONS_DIR", scripts)

    return use


def _filled_head_db(tmp_path):
    db = tmp_path / "head.sqlite"
    desk = Desk.open(db, load_seeds=False)
    for i, text in enumerate(TEXTS):
        aid = desk.import_text(text, imported_from=f"/in/{i}.txt").article_id
        for k, sentence in enumerate(desk.sentences(aid)):
            claim = desk.add_claim(
                aid,
                sentence.start,
                sentence.end,
                status_id="false",
                sources=[f"https://evidence.example/{aid}/{k}"],
            )
            desk.set_status(claim.id, "misleading")
            desk.add_source(claim.id, f"https://evidence.example/{aid}/{k}/more")
    desk.close()
    return db


def test_migration_rebuilding_parent_tables_keeps_children(
    tmp_path, rebuild_migrations
):
    db = _filled_head_db(tmp_path)
    before = table_rows(db)
    assert len(before["sources"]) >= 20
    rebuild_migrations()
    desk = Desk.open(db, load_seeds=False)
    try:
        assert desk.store.current_revision() == "rel9999"
    finally:
        desk.close()
    after = table_rows(db)
    kept = assert_rows_kept(before, after)
    assert foreign_key_problems(db) == []
    assert integrity(db) == "ok"
    backups = list(db.parent.glob(f"{db.name}.before-rel9999.bak"))
    assert len(backups) == 1
    assert table_rows(backups[0]) == before
    record(writes_verified=kept)


def test_control_the_same_migration_with_foreign_keys_on_loses_children(
    tmp_path, rebuild_migrations
):
    """Shows the guard above is what saves the rows (if this starts passing without loss,
    the trap has moved and the test above proves less)."""
    db = _filled_head_db(tmp_path)
    before = row_counts(db)
    store = Store(db)  # at head, foreign_keys=ON on every connection
    rebuild_migrations()
    cfg = engine_mod.alembic_config()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "rel9999")
        if conn.in_transaction():
            conn.commit()
    store.close()
    after = row_counts(db)
    assert after["articles"] == before["articles"]
    assert after["sources"] < before["sources"] or after["claims"] < before["claims"]


def test_backup_of_the_live_file_matches_and_original_is_untouched(tmp_path):
    db = _filled_head_db(tmp_path)
    before = table_rows(db, CORE_TABLES)
    out = tmp_path / "copy.sqlite"
    desk = Desk.open(db, load_seeds=False)
    try:
        desk.store.backup_to(out)
    finally:
        desk.close()
    assert integrity(out) == "ok"
    assert table_rows(out, CORE_TABLES) == before
    assert table_rows(db, CORE_TABLES) == before
    digest = sha256(out)
    # refusing to overwrite: an existing backup stays as it was
    desk = Desk.open(db, load_seeds=False)
    try:
        from factcheck.model import StoreError

        with pytest.raises(StoreError, match="already exists"):
            desk.store.backup_to(out)
    finally:
        desk.close()
    assert sha256(out) == digest


# -- the backup made before an upgrade ------------------------------------------------------

FAILING = '''"""Synthetic test migration that always fails (a retry does not help)."""
from alembic import op

revision = "rel9998"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT no_such_function()")


def downgrade():
    pass
'''


def _with_migration(tmp_path, monkeypatch, source: str, name: str) -> None:
    scripts = tmp_path / "migrations-extra"
    shutil.copytree(
        engine_mod.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    (scripts / "versions" / name).write_text(source.format(down=head_revision()), "utf-8")
    monkeypatch.setattr(engine_mod, "MIGRATIONS_DIR", scripts)


def _backups_and_leftovers(db) -> tuple[list, list]:
    beside = [p for p in db.parent.iterdir() if p.name != db.name and db.name in p.name]
    backups = [p for p in beside if p.name.endswith(".bak")]
    others = [p for p in beside if p not in backups and not p.name.endswith(("-wal", "-shm"))]
    return backups, others


def test_a_failing_upgrade_retried_keeps_one_backup(tmp_path, monkeypatch):
    """Regression: each retry of a failing upgrade wrote one more full-size backup."""
    from factcheck.model import StoreError

    db = _filled_head_db(tmp_path)
    before = table_rows(db)
    _with_migration(tmp_path, monkeypatch, FAILING, "rel9998_fails.py")
    hostile(3)
    for _ in range(3):
        with pytest.raises(StoreError):
            Desk.open(db, load_seeds=False)
    backups, others = _backups_and_leftovers(db)
    assert [p.name for p in backups] == [f"{db.name}.before-rel9998.bak"], backups
    assert others == []
    assert integrity(backups[0]) == "ok"
    assert table_rows(backups[0]) == before
    assert table_rows(db) == before
    record(writes_verified=sum(len(rows) for rows in before.values()))


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs (root only: the database fits, a copy beside it does not), or None."""
    import os
    import subprocess

    point = tmp_path / "small"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        yield None
        return
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)],
        check=False, capture_output=True,
    )  # fmt: skip
    yield point if result.returncode == 0 else None
    if result.returncode == 0:
        subprocess.run(["umount", "-l", str(point)], check=False, capture_output=True)


def test_a_backup_cut_short_by_a_full_disk_leaves_no_backup_behind(
    tmp_path, monkeypatch, small_disk
):
    """Regression: a disk filling during the pre-upgrade backup left a truncated
    ``.bak`` (beside its hot journal) that looked like a good backup.

    Real: the database on a 2 MB tmpfs. Otherwise (no mount rights) the copy's own
    connection is capped with ``PRAGMA max_page_count``, as a full disk would be.
    """
    from factcheck.model import StoreError

    made = _filled_head_db(tmp_path)
    for i in range(40):  # about 1.3 MB: fits once on the small disk, not twice
        conn = sqlite3.connect(made)
        conn.execute(
            "INSERT INTO articles (title, text, content_hash, imported_at) "
            "VALUES ('x', ?, ?, '2026-01-01')",
            ("نص طويل. " * 2000, f"filler-{i}"),
        )
        conn.commit()
        conn.close()
    if small_disk is not None:
        db = small_disk / made.name
        shutil.copy(made, db)
    else:
        db = made
        real_connect = sqlite3.connect

        def capped_copy(target, *args, **kwargs):
            conn = real_connect(target, *args, **kwargs)
            if ".bak" in str(target):
                conn.execute("PRAGMA max_page_count=40")
            return conn

        monkeypatch.setattr(engine_mod.sqlite3, "connect", capped_copy)
    before = table_rows(db)
    digest = sha256(db)
    _with_migration(tmp_path, monkeypatch, REBUILD, "rel9999_rebuild.py")
    hostile()
    with pytest.raises(StoreError, match="full") as info:
        Desk.open(db, load_seeds=False)
    assert "nothing was changed" in str(info.value) and "\n" not in str(info.value)
    backups, others = _backups_and_leftovers(db)
    assert backups == [] and others == []
    assert sha256(db) == digest and table_rows(db) == before
