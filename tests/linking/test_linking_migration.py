"""Migration 0002 (claim linking + search index) keeps every row of a 0001 database."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from alembic import command

from factcheck.desk import Desk
from factcheck.store import engine as engine_mod
from factcheck.store.engine import Store
from factcheck.text import sentence_spans

TABLES = ("statuses", "articles", "claims", "sources", "history")


# The columns of the first schema: later migrations add columns (links, stances, article
# metadata); the rows are compared on what the first schema held.
V1_COLUMNS = {
    "statuses": ("id", "label_ar", "label_en", "color", "key", "rating", "position"),
    "articles": ("id", "title", "text", "publisher", "url", "published", "content_hash",
                 "imported_from", "imported_at", "encoding", "sentence_count", "bidi_controls"),
    "claims": ("id", "article_id", "start", "end", "quote", "prefix", "suffix", "status_id",
               "note", "annotator", "created_at", "updated_at", "version"),
    "sources": ("id", "claim_id", "url", "title", "publisher", "accessed", "archive_url",
                "excerpt", "stance"),
    "history": ("id", "at", "who", "claim_id", "entity", "entity_id", "action", "field",
                "old", "new"),
}  # fmt: skip


def _rows(db) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            old = [f'"{c}"' for c in cols if c in V1_COLUMNS[table]]
            out[table] = conn.execute(
                f"SELECT {', '.join(old)} FROM {table} ORDER BY rowid"
            ).fetchall()
        return out
    finally:
        conn.close()


@pytest.fixture
def v1_db(tmp_path, monkeypatch, seeds_dir):
    """A database at schema 0001 holding articles, claims, sources and history rows."""
    db = tmp_path / "v1.sqlite"
    with monkeypatch.context() as m:
        m.setattr(engine_mod, "head_revision", lambda: "0001")
        store = Store(db)  # migrates to the patched "head": 0001
        assert store.current_revision() == "0001"
        store.close()
    texts = [
        unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executemany(
        "INSERT INTO statuses (id, label_ar, label_en, color, key, rating, position) "
        "VALUES (?, ?, ?, '#ffffff', '', ?, ?)",
        [
            ("unverified", "لم يُتحقَّق منه", "Unverified", None, 0),
            ("false", "زائف", "False", 1, 1),
        ],
    )
    stamp = "2026-11-20T10:00:00+03:00"
    for i, text in enumerate(texts, start=1):
        conn.execute(
            "INSERT INTO articles (id, title, text, content_hash, imported_at, sentence_count) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                i,
                text.split("\n")[0],
                text,
                f"hash{i}",
                stamp,
                len(sentence_spans(text)),
            ),
        )
    claims = []
    for cid, (aid, quote) in enumerate(
        [(1, "شركة أمازون تتراجع"), (2, "نفت امازون"), (2, "تيك توك المملوكة")], start=1
    ):
        start = texts[aid - 1].index(quote)
        claims.append(
            (
                cid,
                aid,
                start,
                start + len(quote),
                quote,
                "false" if cid == 1 else "unverified",
            )
        )
    conn.executemany(
        'INSERT INTO claims (id, article_id, start, "end", quote, status_id, created_at, '
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, '2026-11-20', '2026-11-20')",
        claims,
    )
    conn.executemany(
        "INSERT INTO sources (claim_id, url, stance) VALUES (?, ?, ?)",
        [
            (1, "https://example.org/a", "refutes"),
            (1, "https://example.org/b", "context"),
            (2, "https://example.org/c", "supports"),
        ],
    )
    conn.executemany(
        "INSERT INTO history (at, who, claim_id, entity, entity_id, action) "
        "VALUES (?, 'ed', ?, 'claim', ?, 'create')",
        [(stamp, c[0], str(c[0])) for c in claims],
    )
    conn.commit()
    conn.close()
    return db


def test_upgrade_from_0001_keeps_every_row_and_backs_up(v1_db):
    before = _rows(v1_db)
    desk = Desk.open(v1_db, load_seeds=False)
    try:
        assert desk.store.current_revision() == engine_mod.head_revision()
        claims = desk.claims()
        assert [c.id for c in claims] == [1, 2, 3]
        assert all(c.linked_to is None and c.stance == "agree" for c in claims)
        assert [len(c.sources) for c in claims] == [2, 1, 0]
        # the migration filled the search index for the articles already there
        hits = desk.search("امازون")
        assert {h.article_id for h in hits} == {1, 2}
        # and the new columns work
        linked = desk.link_claim(3, 2, "discuss")
        assert linked.sources == desk.claim(2).sources
    finally:
        desk.close()
    after = _rows(v1_db)
    assert {t: len(r) for t, r in after.items()} == {
        t: len(r) + (2 if t == "history" else 0) for t, r in before.items()
    }
    for table in TABLES:
        n = len(before[table])
        if table == "claims":  # claim 3 was linked afterwards: compare the others
            assert after[table][:2] == before[table][:2]
        else:
            assert after[table][:n] == before[table], table

    backups = sorted(v1_db.parent.glob(f"{v1_db.name}.before-*.bak"))
    assert len(backups) == 1
    assert _rows(backups[0]) == before
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001",
        )
    finally:
        conn.close()

    conn = sqlite3.connect(v1_db)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for aid, text in conn.execute("SELECT id, text FROM articles"):
            n = conn.execute(
                "SELECT count(*) FROM search_index WHERE article_id = ?", (aid,)
            ).fetchone()[0]
            assert n == len(sentence_spans(text))
        with pytest.raises(sqlite3.IntegrityError):  # the stance CHECK constraint
            conn.execute("UPDATE claims SET stance = 'maybe' WHERE id = 1")
    finally:
        conn.close()


def test_downgrade_to_0001_keeps_rows(v1_db):
    desk = Desk.open(v1_db, load_seeds=False)
    desk.close()
    before = _rows(v1_db)
    store = Store(v1_db)
    try:
        cfg = engine_mod.alembic_config()
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
            if conn.in_transaction():
                conn.commit()
        assert store.current_revision() == "0001"
    finally:
        store.close()
    assert _rows(v1_db) == before
    conn = sqlite3.connect(v1_db)
    try:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(claims)")]
        assert "linked_to" not in cols and "stance" not in cols
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "search_index" not in tables
    finally:
        conn.close()


def test_upgrade_indexes_every_article_of_a_large_archive(tmp_path, monkeypatch):
    """0002 fills the index a page of articles at a time: every article of an archive larger
    than a page gets all its sentences, numbered as the segmenter numbers them."""
    db = tmp_path / "v1-many.sqlite"
    with monkeypatch.context() as m:
        m.setattr(engine_mod, "head_revision", lambda: "0001")
        Store(db).close()
    texts = [f"خبر رقم {i}\n\nقالت الشركة إن العدد {i} صحيح. ونفى الوزير ذلك 😀 أمس." for i in range(1, 451)]
    conn = sqlite3.connect(db)
    conn.executemany(
        "INSERT INTO articles (id, title, text, content_hash, imported_at, sentence_count) "
        "VALUES (?, ?, ?, ?, '2026-11-20', ?)",
        [(i, t.split("\n")[0], t, f"h{i}", len(sentence_spans(t))) for i, t in enumerate(texts, 1)],
    )
    conn.commit()
    conn.close()
    Desk.open(db, load_seeds=False).close()
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            'SELECT article_id, sentence, start, "end" FROM search_index ORDER BY article_id, sentence'
        ).fetchall()
    finally:
        conn.close()
    expected = [
        (i, n, a, b)
        for i, t in enumerate(texts, 1)
        for n, (a, b) in enumerate(sentence_spans(t), 1)
    ]
    assert rows == expected
