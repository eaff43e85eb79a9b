"""``python -m tests.perf --db URL``: the desk's core work on a given database.

For team mode: the same archive imported into a new SQLite file and into the (empty)
database at URL, then on each: import time, mark + status change (the desk's calls, no
window: the repaint comes on top) and search. The database at URL must be empty or a
freshly initialised desk; the benchmark fills it and leaves it filled.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from tests.perf import corpus
from tests.perf.run import SEARCH_QUERIES, Row, _consume, ms_since, p95


def _measure(db, folder: Path, edits: int, label: str) -> list[Row]:
    from factcheck.desk import Desk

    desk = Desk.open(db, annotator="bench", load_seeds=False)
    try:
        t0 = time.perf_counter()
        desk.import_paths([folder])
        imported = time.perf_counter() - t0
        rng = random.Random(1)
        ids = desk.article_ids()
        times = []
        for _ in range(edits):
            aid = rng.choice(ids)
            sentences = desk.sentences(aid)
            s = rng.choice(sentences)
            t0 = time.perf_counter()
            claim = desk.add_claim(aid, s.start, s.end)
            desk.set_status(claim.id, "false", expected_version=claim.version)
            times.append(ms_since(t0) / 2)
        searches = []
        for query in SEARCH_QUERIES:
            _consume(desk.search(query))
        for query in SEARCH_QUERIES * 3:
            t0 = time.perf_counter()
            _consume(desk.search(query))
            searches.append(ms_since(t0))
    finally:
        desk.close()
    med, tail, found = statistics.median(times), p95(times), statistics.median(searches)
    key = label.lower()
    return [
        Row(f"{key}_import", f"{label}: import {len(ids)} articles", imported, "s"),
        Row(f"{key}_edit_median", f"{label}: mark / status (desk call), median", med,
            target="<= 20 ms", ok=med <= 20),
        Row(f"{key}_edit_p95", f"{label}: mark / status (desk call), p95", tail,
            target="<= 50 ms", ok=tail <= 50),
        Row(f"{key}_search_median", f"{label}: Arabic-normalised search, median", found,
            target="<= 50 ms", ok=found <= 50),
    ]  # fmt: skip


def run_on(url: str, articles: int, edits: int, work: Path, seed: int) -> list[Row]:
    from factcheck.store import Store

    folder = work / "archive"
    corpus.write_articles(folder, corpus.articles(articles, seed))
    Store(url, create=True).close()  # an empty server database is set up (init)
    rows = _measure(work / "same.sqlite", folder, edits, "SQLite")
    rows += _measure(url, folder, edits, "PostgreSQL" if url.startswith("postgresql") else url)
    return rows
