"""What each search-index design costs an import, on the files of the Label Studio row.

Run alone: ``python -m tests.perf.index_designs [--files 5000] [--chars 3000] [--runs 3]``.

The question it answers: can ``factcheck import`` of 5,000 files of 3,000 characters be as
fast as Label Studio's REST import of the same texts (``tests.perf.label_studio``) while
every article is searchable when the command returns? Each design below is the least that
design must do, in stdlib ``sqlite3`` (no SQLAlchemy, no Python per row): the article rows
and the index rows are computed before the clock starts and written in one transaction, in
a WAL database with ``synchronous=FULL`` as the app commits. The designs:

- ``articles only``: the article rows alone, no index: about what Label Studio stores.
- ``trigram (the app's)``: the article rows, sentence spans and FTS5 trigram rows, in a
  database the app made (its tables, indexes, triggers and FTS5 settings): the import's floor
  in the suite.
- ``trigram detail=column`` / ``trigram detail=none``: smaller trigram indexes. FTS5 refuses
  phrase queries on them; ``LIKE '%word%'`` still uses them and checks each candidate row.
- ``unicode61 words``: a word index. Substring search is gone: ``امازون`` no longer finds
  ``لامازون`` (Arabic writes conjunctions and prepositions joined to the word).
- ``unicode61 words, contentless, detail=none``: the cheapest index FTS5 offers; it cannot
  even return the sentence it matched.

Beside them, ``start-up``: a fresh interpreter that imports SQLAlchemy (the design's store)
and exits, which every command pays before its first file. An import of a design cannot be
faster than start-up plus its row. Like every benchmark here, this never fails because a
figure is slow.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.perf import corpus
from tests.perf.run import ms_since

_COLUMNS = 'text, article_id UNINDEXED, sentence UNINDEXED, start UNINDEXED, "end" UNINDEXED'
# (name, FTS5 table options or None for no index); the app's own design is timed apart.
DESIGNS = (
    ("articles only", None),
    ("trigram detail=column", f"{_COLUMNS}, tokenize='trigram', detail=column"),
    ("trigram detail=none", f"{_COLUMNS}, tokenize='trigram', detail=none"),
    ("unicode61 words", f"{_COLUMNS}, tokenize='unicode61'"),
    ("unicode61 words, contentless, detail=none", "text, content='', detail=none"),
)
APP_DESIGN = "trigram (the app's)"


def _fresh(db: Path) -> sqlite3.Connection:
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    return con


def _timed_transaction(con: sqlite3.Connection, work: Callable[[], None]) -> float:
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    work()
    con.execute("COMMIT")
    return ms_since(t0)


def measure_design(db: Path, options: str | None, texts: list[str], rows: list[tuple]) -> float:
    """Milliseconds to write ``texts`` as article rows and, with ``options``, ``rows``
    into an FTS5 table made with them, in one transaction."""
    from factcheck.store import search_index

    con = _fresh(db)
    try:
        con.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        if options is not None:
            con.execute(f"CREATE VIRTUAL TABLE search_index USING fts5({options})")
            for name, value in search_index.FTS5_SETTINGS:
                con.execute("INSERT INTO search_index (search_index, rank) VALUES (?, ?)", (name, value))
        contentless = options is not None and "content=''" in options
        index_rows = [(r[0],) for r in rows] if contentless else rows
        insert = (
            "INSERT INTO search_index (text) VALUES (?)"
            if contentless
            else 'INSERT INTO search_index (text, article_id, sentence, start, "end") VALUES (?, ?, ?, ?, ?)'
        )

        def work() -> None:
            con.executemany("INSERT INTO articles (text) VALUES (?)", ((t,) for t in texts))
            if options is not None:
                con.executemany(insert, index_rows)

        return _timed_transaction(con, work)
    finally:
        con.close()
        for leftover in db.parent.glob(db.name + "*"):
            leftover.unlink()


def index_rows(texts: list[str]) -> list[tuple]:
    """``(normalised sentence, article id, sentence number, start, end)`` of every text, as
    the import writes them."""
    from factcheck.text import normalised_sentences, sentence_spans

    rows: list[tuple] = []
    for article_id, text in enumerate(texts, start=1):
        rows += [
            (norm, article_id, i, a, b)
            for norm, i, a, b in normalised_sentences(text, sentence_spans(text))
        ]
    return rows


def measure_startup() -> float:
    """Milliseconds for a fresh interpreter to import SQLAlchemy and exit."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sqlalchemy"], env=env, check=True)
    return ms_since(t0)


def measure(texts: list[str], work: Path, runs: int) -> dict[str, float]:
    """Median milliseconds of each design (and ``start-up``) over ``runs`` rounds; the
    designs alternate within a round, so a change in the machine's speed reaches all."""
    from tests.perf.label_studio import write_pieces
    from tests.perf.run import _floor_store_and_index

    rows = index_rows(texts)
    paths = write_pieces(work / "pieces", texts)
    measure_startup()  # untimed: the bytecode cached, the libraries read from disk
    times: dict[str, list[float]] = {"start-up": [], APP_DESIGN: []}
    times |= {name: [] for name, _ in DESIGNS}
    for _ in range(runs):
        times["start-up"].append(measure_startup())
        times[APP_DESIGN].append(_floor_store_and_index(work / "app.sqlite", texts, paths))
        for name, options in DESIGNS:
            times[name].append(measure_design(work / "design.sqlite", options, texts, rows))
    return {name: statistics.median(values) for name, values in times.items()}


def format_lines(figures: dict[str, float]) -> list[str]:
    startup = figures["start-up"]
    lines = [f"{'design':44s} {'write':>9s} {'+ start-up':>11s}"]
    for name, ms in figures.items():
        if name != "start-up":
            lines.append(f"{name:44s} {ms / 1000:8.2f} s {(ms + startup) / 1000:9.2f} s")
    label = 'start-up (python -c "import sqlalchemy")'
    lines.append(f"{label:44s} {startup / 1000:8.2f} s")
    return lines


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from tests.perf.label_studio import parse_piece_args

    parser = argparse.ArgumentParser(
        prog="python -m tests.perf.index_designs",
        description="The least an import can take with each search-index design. "
        "Never fails because a figure is slow.",
    )
    return parse_piece_args(parser, argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    texts = corpus.seed_pieces(args.files, args.chars)
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-", dir=args.workdir) as tmp:
        figures = measure(texts, Path(tmp), args.runs)
    print(f"{len(texts):,} files of {args.chars:,} characters (the seeds' text), median of {args.runs}:")
    print("\n".join(format_lines(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
