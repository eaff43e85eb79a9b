"""``python -m tests.perf --db URL``: the desk's core work on a given database.

For team mode: the same archive imported into a new SQLite file and into the (empty)
database at URL, then on each: import time, ``--claims`` claims added in bulk (10 per
article unless given), mark + status change (the desk's calls, no window: the repaint comes
on top), search, and the CSV report of every claim. The database at URL must be empty or a
freshly initialised desk; the benchmark fills it and leaves it filled.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from tests.perf import corpus
from tests.perf.run import (
    SEARCH_QUERIES,
    WINDOW_SIZE,
    Row,
    _bulk_claims,
    _consume,
    _process_events,
    _timed,
    ms_since,
    p95,
)


def _add_claims(desk, folder_texts: dict[str, str], outcomes, claims: int, seed: int) -> int:
    """``claims`` claims spread over the imported articles, in one transaction (as the
    full-scale benchmark adds them); a server's id sequences then move past them, and its
    statistics are brought up to date (what autovacuum does within a minute on a server
    where it is on: the test server of CI runs without it)."""
    items = sorted(
        ((o.article_id, folder_texts[o.path]) for o in outcomes if o.outcome == "imported"),
    )
    spans = [corpus.sentence_spans(t) for _, t in items]
    counts = corpus.spread(claims, [len(sp) for sp in spans])
    plan = [(aid, text, k, sp) for (aid, text), k, sp in zip(items, counts, spans, strict=True)]
    count = _bulk_claims(desk, plan, seed)
    if desk.store.is_postgres:
        from factcheck.store import postgres

        with desk.store.write() as s:
            postgres.reset_sequences(s.connection(), ["claims", "sources"])
            s.connection().exec_driver_sql("ANALYZE")
    return count


def _measure(
    db, folder: Path, texts: dict[str, str], claims: int, edits: int, reps: int, work: Path,
    label: str, seed: int,
) -> list[Row]:  # fmt: skip
    from factcheck.desk import Desk
    from factcheck.export.csv_report import write_csv_report

    desk = Desk.open(db, annotator="bench", load_seeds=False)
    try:
        t0 = time.perf_counter()
        outcomes = desk.import_paths([folder])
        imported = time.perf_counter() - t0
        added = _add_claims(desk, texts, outcomes, claims, seed) if claims else 0
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
        out = work / f"report-{label}.csv"
        exports = [
            _timed(lambda: write_csv_report(desk, out, overwrite=True)) / 1000 for _ in range(reps)
        ]
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
        Row(f"{key}_export_csv", f"{label}: CSV report of {added + edits:,} claims, median",
            statistics.median(exports), "s"),
    ]  # fmt: skip


def _window_edits(db, edits: int, work: Path, label: str, seed: int) -> list[Row]:
    """Mark + status change in a real window on ``db``, each timed up to the reader's
    repaint: what the editor waits for (``measure_gui`` does the same on SQLite files).

    The article is the longest imported one; the sentences are unmarked ones of it.
    """
    from factcheck.gui.app import build_window, ensure_app
    from factcheck.gui.settings import AppSettings

    app = ensure_app()
    settings = AppSettings(str(work / f"settings-{label}.ini"))
    # The window's own language (its menus) does not change what is timed here; an Arabic
    # window would leave Qt's Arabic translators installed in the caller's application.
    window = build_window(str(db), lang="en", settings=settings)
    failures: list[str] = []
    window.controller.failed.connect(failures.append)
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        _process_events(app, 10)
        desk = window.desk
        longest = max(desk.article_ids(), key=lambda a: len(desk.article(a).text))
        window.open_article(longest)
        _process_events(app, 10)
        reader = window.reader
        claimed = {(c.start, c.end) for c in reader.claims}
        free = [s for s in reader.sentences if (s.start, s.end) not in claimed]
        rng = random.Random(f"{seed}:window:{label}")
        chosen = rng.sample(free, min(edits, len(free)))
        index_of = {(s.start, s.end): i for i, s in enumerate(reader.sentences)}
        status_ids = [s.id for s in window.statuses]
        times = []
        for sentence in chosen:
            reader.go_to_sentence(index_of[(sentence.start, sentence.end)])
            _process_events(app)
            t0 = time.perf_counter()
            claim = window.mark_span(sentence.start, sentence.end)
            reader.viewport().repaint()
            times.append(ms_since(t0))
            _process_events(app)
            if claim is None:
                raise RuntimeError(f"{label}: the window refused a mark: {failures[-1:]}")
            t0 = time.perf_counter()
            window.apply_status(rng.choice([s for s in status_ids if s != claim.status_id]))
            reader.viewport().repaint()
            times.append(ms_since(t0))
            _process_events(app)
    finally:
        window.close()
        _process_events(app, 5)
        window.desk.close()
        window.deleteLater()
    med, tail = statistics.median(times), p95(times)
    key = label.lower()
    return [
        Row(f"{key}_window_edit_median",
            f"{label}: mark / status in the window, to repaint, median", med,
            target="<= 20 ms", ok=med <= 20),
        Row(f"{key}_window_edit_p95",
            f"{label}: mark / status in the window, to repaint, p95", tail,
            target="<= 50 ms", ok=tail <= 50),
    ]  # fmt: skip


def run_on(
    url: str, articles: int, edits: int, work: Path, seed: int, claims: int = 0, reps: int = 3
) -> list[Row]:
    from factcheck.store import Store

    folder = work / "archive"
    texts = corpus.articles(articles, seed)
    paths = corpus.write_articles(folder, texts)
    by_path = {str(p): t for p, t in zip(paths, texts, strict=True)}
    Store(url, create=True).close()  # an empty server database is set up (init)
    common = (folder, by_path, claims, edits, reps, work)
    rows = _measure(work / "same.sqlite", *common, "SQLite", seed)
    label = "PostgreSQL" if url.startswith("postgresql") else url
    rows += _measure(url, *common, label, seed)
    if edits:
        rows += _window_edits(work / "same.sqlite", edits, work, "SQLite", seed)
        rows += _window_edits(url, edits, work, label, seed)
    return rows
