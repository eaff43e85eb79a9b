"""A large import reads and prepares its files in a worker process while it writes: what it
stores is exactly what reading them here stores, and a worker that dies, cannot start or
is cancelled costs nothing but speed."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from factcheck.desk import Desk, importing
from factcheck.intake import prepare

SEEDS = Path(__file__).parents[2] / "seeds"
DATA = Path(__file__).parents[1] / "data" / "intake"

# Every column an import writes, less the time it ran (which differs between two imports).
STORED = {
    "articles": "id, title, text, publisher, url, published, content_hash, imported_from, "
    "encoding, bidi_controls, sentence_count, author, lang, source_kind, fetched_at",
    "article_sentences": "article_id, spans",
    "search_index": 'rowid, text, article_id, sentence, start, "end"',
    "article_originals": "*",
}


def _mixed_folder(root: Path) -> Path:
    """Arabic articles, a duplicate, web pages with and without an article, and files
    refused for their bytes, in sub-folders, so chunks hold every kind of outcome."""
    folder = root / "incoming"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i, seed in enumerate(seeds):
        shutil.copy(seed, folder / "a" / f"seed-{i}.txt")
    shutil.copy(seeds[0], folder / "b" / "seed-0-again.txt")
    text = seeds[1].read_text(encoding="utf-8")
    for i in range(7):
        (folder / "a" / f"piece-{i}.txt").write_text(f"مقال {i}\n{text[i * 300 :]}", "utf-8")
    (folder / "a" / "legacy.txt").write_bytes("قال الوزير إن النمو بلغ ثلاثة في المئة هذا العام.\n".encode("cp1256"))
    (folder / "a" / "empty.txt").write_bytes(b"")
    (folder / "b" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(DATA / "news_jsonld.html", folder / "b" / "page.html")
    shutil.copy(DATA / "no_article.html", folder / "b" / "home.html")
    return folder


def _import(db: Path, folder: Path, **kwargs):
    desk = Desk.open(db, annotator="amal", load_seeds=False)
    try:
        return desk.import_paths([folder], **kwargs)
    finally:
        desk.close()


def _stored(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {
            table: con.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()
            for table, columns in STORED.items()
        }
    finally:
        con.close()


def _summary(outcomes) -> list[tuple]:
    return [(Path(o.path).name, o.outcome, o.reason, o.title) for o in outcomes]


@pytest.fixture
def in_worker(monkeypatch):
    """Imports of two files or more read in the worker, two files a chunk; the workers
    started are listed, and so are the files read here instead."""
    monkeypatch.setattr(prepare, "WORKER_MIN_FILES", 2)
    monkeypatch.setattr(prepare, "WORKER_CHUNK_FILES", 2)
    workers: list = []
    read_here: list[str] = []
    start, read = prepare._Worker.start, prepare._read_here

    def recorded_start(chunks):
        worker = start(chunks)
        workers.append(worker)
        return worker

    def recorded_read(path, problem):
        if problem is None:
            read_here.append(path.name)
        return read(path, problem)

    monkeypatch.setattr(prepare._Worker, "start", staticmethod(recorded_start))
    monkeypatch.setattr(prepare, "_read_here", recorded_read)
    return workers, read_here


def test_the_worker_stores_exactly_what_reading_here_stores(tmp_path, in_worker, monkeypatch):
    folder = _mixed_folder(tmp_path)
    workers, read_here = in_worker
    by_worker = _import(tmp_path / "worker.sqlite", folder)
    assert len(workers) == 1 and workers[0] is not None
    assert read_here == []  # every file came from the worker
    assert workers[0].process.poll() == 0  # and it has finished
    monkeypatch.setattr(prepare, "WORKER_MIN_FILES", 10**9)
    here = _import(tmp_path / "here.sqlite", folder)
    assert len(workers) == 1
    assert _summary(by_worker) == _summary(here)
    outcomes = {name: outcome for name, outcome, _, _ in _summary(by_worker)}
    assert outcomes["seed-0-again.txt"] == "duplicate"
    assert outcomes["empty.txt"] == outcomes["binary.txt"] == outcomes["home.html"] == "refused"
    assert outcomes["legacy.txt"] == outcomes["page.html"] == "imported"
    stored = _stored(tmp_path / "worker.sqlite")
    assert stored == _stored(tmp_path / "here.sqlite")
    assert len(stored["articles"]) == 11 and len(stored["article_originals"]) == 1


def test_a_worker_killed_mid_import_costs_nothing(tmp_path, in_worker, monkeypatch):
    """The worker is killed when the first articles are stored: the rest is read here,
    and every article is stored once, searchable. (Articles of ~40,000 characters and
    batches of two: the worker cannot have answered everything before it is killed.)"""
    workers, read_here = in_worker
    monkeypatch.setattr(importing, "IMPORT_BATCH", 2)
    folder = tmp_path / "many"
    folder.mkdir()
    body = sorted(SEEDS.glob("*.txt"))[1].read_text(encoding="utf-8") * 10
    for i in range(40):
        (folder / f"{i:02}.txt").write_text(f"مقال رقم {i}\nقال الوزير إن العدد {i} صحيح.\n{body}", "utf-8")
    killed = []

    def progress(outcome) -> None:
        if not killed:
            workers[0].process.kill()
            killed.append(outcome.path)

    outcomes = _import(tmp_path / "killed.sqlite", folder, progress=progress)
    assert killed and [o.outcome for o in outcomes] == ["imported"] * 40
    assert read_here  # what the worker did not answer was read here
    desk = Desk.open(tmp_path / "killed.sqlite", load_seeds=False)
    try:
        assert len(desk.articles()) == 40
        assert [hit.article_id for hit in desk.search("العدد 39")] == [outcomes[-1].article_id]
    finally:
        desk.close()


def test_a_worker_that_cannot_start_leaves_the_import_to_read_here(tmp_path, in_worker, monkeypatch):
    workers, read_here = in_worker
    folder = _mixed_folder(tmp_path)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    outcomes = _import(tmp_path / "alone.sqlite", folder)
    assert workers == [None]
    assert sum(o.outcome == "imported" for o in outcomes) == 11
    assert "page.html" in read_here


def test_a_cancelled_import_stops_its_worker(tmp_path, in_worker):
    workers, _ = in_worker
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:02}.txt").write_text(f"مقال رقم {i}\nقال الوزير إن العدد {i} صحيح.", "utf-8")
    seen = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > 3

    outcomes = _import(tmp_path / "cancelled.sqlite", folder, cancelled=cancelled)
    assert [o.outcome for o in outcomes] == ["imported"] * 3
    assert workers[0].process.poll() is not None  # not left running after the import
