"""``python -m tests.perf``: every speed benchmark, each beside its floor.

Timings on shared machines are noisy, so each figure is measured in the same run as a floor
(the same work done by the bare tool underneath: sqlite3, csv, a bare QTextEdit, a bare
QApplication) and judged as a ratio. Absolute numbers are for information. A missed target is
printed as ``MISS``: the benchmark never fails because a machine is slow.

Everything happens in a temporary folder (``--workdir`` to choose where); the user's database
and settings are never touched.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import inspect
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from tests.perf import corpus

GROWTH_EXPONENT_MAX = 1.1  # ratio ≤ scale**1.1 (12.6× for 10× the data) counts as linear
WINDOW_SIZE = (1400, 860)
# Half common words of the seed story (they occur in a large share of the synthetic corpus,
# which recombines two articles), half selective ones (an article's title tag, a number).
SEARCH_QUERIES = (
    "امازون",  # finds أمازون too
    "تيك توك",
    "الولايات المتحدة",
    "البريد الالكتروني",
    "Wells Fargo",
    "تقرير رقم ١٢٣٤",
    "تقرير رقم 5678",  # ASCII digits find ٥٦٧٨
    "ملف موسع",  # finds the dossier's title ملف موسّع
    "مشروع قانون",
    "نسخ احتياطية",
)
NOTES = (
    "",
    "",
    "",
    "راجعنا البيان الرسمي للشركة.",
    "Needs a second source.",
    "=HYPERLINK(\"http://example.com\")",
)
ANNOTATORS = ("رهف", "Sami", "Layla", "bench")


# -- results ------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table (and of the JSON)."""

    key: str
    metric: str
    value: float | None
    unit: str = "ms"
    floor: float | None = None
    target: str = ""
    ok: bool | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def result(self) -> str:
        if self.value is None:
            return "n/a"
        if self.ok is None:
            return "info"
        return "pass" if self.ok else "MISS"

    def as_json(self) -> dict:
        out = asdict(self)
        out.pop("ok")
        out["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        out["pass"] = self.ok
        out["result"] = self.result
        return out


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:,.1f} ms"
    if unit == "MB":
        return f"{value:,.1f} MB"
    if unit == "":
        return f"{value:.3f}"
    return f"{value:,.1f} {unit}"


def format_table(rows: list[Row]) -> str:
    header = ("metric", "value", "floor", "ratio", "target", "result")
    lines = [
        (
            r.metric,
            _fmt(r.value, r.unit),
            _fmt(r.floor, r.extra.get("floor_unit", r.unit)) if r.floor is not None else "—",
            f"{r.ratio:.2f}×" if r.ratio is not None else "—",
            r.target,
            r.result + (f" ({r.note})" if r.note else ""),
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    widths[-1] = len(header[-1])

    def fmt(cells) -> str:
        parts = []
        for i, cell in enumerate(cells):
            if i in (1, 2, 3):
                parts.append(cell.rjust(widths[i]))
            else:
                parts.append(cell.ljust(widths[i]))
        return " | ".join(parts).rstrip()

    out = [fmt(header), "-+-".join("-" * w for w in widths)]
    out += [fmt(line) for line in lines]
    return "\n".join(out)


# -- helpers ------------------------------------------------------------------------------


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return ms_since(t0)


# -- database set-up ------------------------------------------------------------------------


@dataclass
class Scale:
    """One database at one scale and the figures measured on it."""

    label: str
    n_articles: int
    n_claims: int
    db: Path
    big_id: int = 0
    small_ids: list[int] = field(default_factory=list)
    figures: dict = field(default_factory=dict)


def _floor_executemany(db: Path, texts: list[str]) -> float:
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    try:
        con.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        t0 = time.perf_counter()
        with con:
            con.executemany("INSERT INTO articles (text) VALUES (?)", ((t,) for t in texts))
        return ms_since(t0)
    finally:
        con.close()
        db.unlink(missing_ok=True)


def _floor_store_and_index(db: Path, texts: list[str], paths: list[Path]) -> float:
    """What an import must physically do, in stdlib sqlite3: the same article rows, sentence
    span rows and search-index rows, written into a database the app made (the same tables,
    indexes, FTS5 table and FTS5 settings) in one transaction. Everything computed from the
    texts (sentences, normalised index rows, hashes, titles) is made before the clock starts.
    """
    import hashlib

    from factcheck.desk.importing import path_text
    from factcheck.store import Store, search_index, span_blob
    from factcheck.text import (
        count_bidi_controls,
        normalised_sentences,
        sentence_spans,
        title_of,
    )

    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    Store(db).close()  # migrated: WAL, every table, index and trigger of a real desk
    articles, blobs, index_rows = [], [], []
    for article_id, (text, path) in enumerate(zip(texts, paths, strict=True), start=1):
        spans = sentence_spans(text)
        articles.append((
            article_id, title_of(text) or path.stem, text, "", "", "",
            hashlib.sha256(text.encode("utf-8")).hexdigest(), path_text(path),
            "2024-01-01T00:00:00+00:00", "utf-8", count_bidi_controls(text), len(spans),
        ))  # fmt: skip
        blobs.append((article_id, span_blob.pack(spans)))
        index_rows += [
            (norm, article_id, i, a, b)
            for norm, i, a, b in normalised_sentences(text, spans)
        ]
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous=FULL")  # as the app commits
        con.execute("PRAGMA foreign_keys=ON")
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT INTO articles (id, title, text, publisher, url, published, content_hash, "
            "imported_from, imported_at, encoding, bidi_controls, sentence_count) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            articles,
        )
        con.executemany("INSERT INTO article_sentences (article_id, spans) VALUES (?, ?)", blobs)
        for name, value in search_index.FTS5_SETTINGS:
            con.execute(
                "INSERT INTO search_index (search_index, rank) VALUES (?, ?)", (name, value)
            )
        con.executemany(
            'INSERT INTO search_index (text, article_id, sentence, start, "end") '
            "VALUES (?, ?, ?, ?, ?)",
            index_rows,
        )
        con.execute("COMMIT")
        return ms_since(t0)
    finally:
        con.close()
        for leftover in db.parent.glob(db.name + "*"):
            leftover.unlink()


def _bulk_claims(desk, plan: list[tuple], seed: int) -> int:
    """Insert claims in one transaction through SQLAlchemy core (not claim by claim through the desk).

    ``plan``: (article_id, text, number of claims, sentence spans or None). Adds sources to about a third of the
    claims and a ``create`` history entry per claim, as the desk would.
    """
    from sqlalchemy import func, insert, select

    from factcheck.desk.claims import quote_with_context
    from factcheck.store.schema import ClaimRow, HistoryRow, SourceRow

    rng = random.Random(f"{seed}:claims")
    statuses = [s.id for s in desk.statuses()]
    default = desk.default_status_id
    weights = [6 if s == default else 1 for s in statuses]
    base = datetime(2024, 1, 1, 9, 0, 0).astimezone()
    claims, sources, history = [], [], []
    with desk.store.write() as s:
        next_id = (s.scalar(select(func.max(ClaimRow.id))) or 0) + 1
        next_sid = (s.scalar(select(func.max(SourceRow.id))) or 0) + 1
        for article_id, text, k, spans in plan:
            for a, b in corpus.claim_spans(text, k, rng, spans):
                stamp = (base + timedelta(minutes=next_id)).isoformat(timespec="seconds")
                status = rng.choices(statuses, weights)[0]
                claims.append(
                    {
                        "id": next_id,
                        "article_id": article_id,
                        "start": a,
                        "end": b,
                        **quote_with_context(text, a, b),
                        "status_id": status,
                        "note": rng.choice(NOTES),
                        "annotator": rng.choice(ANNOTATORS),
                        "created_at": stamp,
                        "updated_at": stamp,
                        "version": 1,
                    }
                )
                history.append(
                    {
                        "at": stamp,
                        "who": claims[-1]["annotator"],
                        "claim_id": next_id,
                        "entity": "claim",
                        "entity_id": str(next_id),
                        "action": "create",
                        "field": "",
                        "old": None,
                        "new": json.dumps(
                            {"article_id": article_id, "start": a, "end": b, "status": status},
                            ensure_ascii=False,
                        ),
                    }
                )
                for _ in range(rng.choice((0, 0, 1, 2))):
                    sources.append(
                        {
                            "id": next_sid,
                            "claim_id": next_id,
                            "url": f"https://www.example.com/source/{next_sid}",
                            "title": f"مصدر رقم {corpus.to_arabic_digits(next_sid)}",
                            "publisher": rng.choice(("Reuters", "رويترز", "CNBC", "")),
                            "accessed": "2024-01-02",
                            "archive_url": (
                                f"https://web.archive.org/web/2024/https://www.example.com/source/{next_sid}"
                                if rng.random() < 0.5
                                else ""
                            ),
                            "excerpt": "",
                            "stance": rng.choice(("supports", "refutes", "context")),
                        }
                    )
                    next_sid += 1
                next_id += 1
        if claims:
            s.execute(insert(ClaimRow), claims)
        if sources:
            s.execute(insert(SourceRow), sources)
        if history:
            s.execute(insert(HistoryRow), history)
    return len(claims)


def build_scale(
    scale: Scale,
    folder: Path,
    paths: list[Path],
    texts: list[str],
    big: str,
    big_claims: int,
    work: Path,
    seed: int,
    reps: int,
) -> None:
    """Import (timed, beside its floor), add the big article and the claims in bulk."""
    from factcheck.desk import Desk

    desk = Desk.open(scale.db, annotator="bench", load_seeds=False)
    try:
        log(f"{scale.label}: importing {len(texts):,} articles (Desk.import_paths)")
        t0 = time.perf_counter()
        outcomes = desk.import_paths([folder])
        scale.figures["import"] = ms_since(t0)
        by_path = {o.path: o for o in outcomes}
        imported = [o for o in outcomes if o.outcome == "imported"]
        if len(imported) != len(texts):
            problems = [o for o in outcomes if o.outcome != "imported"][:3]
            raise RuntimeError(f"import: {len(imported)} of {len(texts)} imported: {problems}")
        floors = [_floor_executemany(work / f"floor-{scale.label}.sqlite", texts) for _ in range(reps)]
        scale.figures["import_floor_bare"] = statistics.median(floors)
        floors = [
            _floor_store_and_index(work / f"floor-fts-{scale.label}.sqlite", texts, paths)
            for _ in range(reps)
        ]
        scale.figures["import_floor"] = statistics.median(floors)
        scale.figures["import_floor_runs"] = [round(f, 1) for f in floors]
        log(
            f"{scale.label}: import {scale.figures['import']:,.1f} ms, floor (rows + FTS5) "
            f"{scale.figures['import_floor']:,.1f} ms, bare executemany "
            f"{scale.figures['import_floor_bare']:,.1f} ms"
        )
        ordered = sorted(by_path.values(), key=lambda o: o.path)
        scale.small_ids = [o.article_id for o in ordered]
        big_outcome = desk.import_text(big, imported_from="dossier-1mb.txt")
        scale.big_id = big_outcome.article_id
        plan = [(scale.big_id, big, big_claims, None)]
        text_by_path = {str(p): t for p, t in zip(paths, texts, strict=True)}
        items = [(o.article_id, text_by_path[o.path]) for o in ordered]
        spans = [corpus.sentence_spans(t) for _, t in items]
        counts = corpus.spread(max(0, scale.n_claims - big_claims), [len(sp) for sp in spans])
        for (article_id, text), k, sp in zip(items, counts, spans, strict=True):
            plan.append((article_id, text, k, sp))
        log(f"{scale.label}: inserting {scale.n_claims:,} claims in bulk")
        t0 = time.perf_counter()
        count = _bulk_claims(desk, plan, seed)
        log(f"{scale.label}: {count:,} claims in {ms_since(t0):,.0f} ms")
        scale.figures["claims_total"] = count
        # The stored text must be the generated text, or every offset above is wrong.
        sample = desk.claims(scale.big_id)[:5] + desk.claims(scale.small_ids[0])[:5]
        for claim in sample:
            text = desk.article(claim.article_id).text
            if text[claim.start : claim.end] != claim.quote:
                raise RuntimeError(f"claim {claim.id}: stored text differs from the corpus")
    finally:
        desk.close()


# -- export -------------------------------------------------------------------------------


def measure_export(scale: Scale, work: Path, reps: int) -> None:
    from factcheck.desk import Desk
    from factcheck.export.csv_report import (
        CSV_COLUMNS,
        neutralise_cell,
        report_rows,
        write_csv_report,
    )

    desk = Desk.open(scale.db, annotator="bench", load_seeds=False)
    try:
        rows = [[neutralise_cell(v) for v in row] for row in report_rows(desk)]
        out_app = work / f"report-{scale.label}.csv"
        out_floor = work / f"floor-{scale.label}.csv"

        def floor() -> None:
            with open(out_floor, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
                writer.writerow(CSV_COLUMNS)
                writer.writerows(rows)

        app_times, floor_times = [], []
        for _ in range(reps):
            floor_times.append(_timed(floor))
            app_times.append(
                _timed(lambda: write_csv_report(desk, out_app, overwrite=True))
            )
        if out_app.read_bytes() != out_floor.read_bytes():
            log(f"{scale.label}: warning: the report differs from the floor's rows")
        scale.figures["export"] = statistics.median(app_times)
        scale.figures["export_floor"] = statistics.median(floor_times)
        scale.figures["export_rows"] = len(rows)
        log(
            f"{scale.label}: export {len(rows):,} claims {scale.figures['export']:,.1f} ms, "
            f"floor {scale.figures['export_floor']:,.1f} ms"
        )
    finally:
        desk.close()


# -- GUI: open the 1 MB article, edits ------------------------------------------------------


def _process_events(app, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def measure_gui(scale: Scale, work: Path, big_text: str, edits: int, reps: int, seed: int) -> None:
    from PySide6.QtWidgets import QTextEdit

    from factcheck.gui.app import build_window, ensure_app, reader_font
    from factcheck.gui.qt_reader import display_text
    from factcheck.gui.settings import AppSettings

    app = ensure_app()
    settings = AppSettings(str(work / f"settings-{scale.label}.ini"))
    window = build_window(str(scale.db), lang="ar", settings=settings)
    failures: list[str] = []
    window.controller.failed.connect(failures.append)
    window.resize(*WINDOW_SIZE)
    window.show()
    _process_events(app, 10)
    reader = window.reader
    small_id = scale.small_ids[0]

    floor_edit = QTextEdit()
    floor_edit.setFont(reader_font())
    floor_edit.resize(reader.size())
    floor_edit.show()
    _process_events(app, 10)
    shown_text = display_text(big_text)

    open_times, floor_times = [], []
    try:
        for _ in range(reps):
            floor_edit.setPlainText("")
            _process_events(app)
            t0 = time.perf_counter()
            floor_edit.setPlainText(shown_text)
            floor_edit.viewport().repaint()
            floor_times.append(ms_since(t0))
            floor_edit.setPlainText("")
            _process_events(app)

            window.open_article(small_id)
            _process_events(app)
            t0 = time.perf_counter()
            window.open_article(scale.big_id)
            reader.viewport().repaint()
            open_times.append(ms_since(t0))
            _process_events(app)
        scale.figures["open"] = statistics.median(open_times)
        scale.figures["open_first"] = open_times[0]  # cold: sentences not cached yet
        scale.figures["open_all"] = [round(t, 1) for t in open_times]
        scale.figures["open_floor_all"] = [round(t, 1) for t in floor_times]
        scale.figures["open_floor"] = statistics.median(floor_times)
        scale.figures["open_claims"] = len(reader.claims)
        log(
            f"{scale.label}: open 1 MB article ({len(reader.claims):,} claims) "
            f"{scale.figures['open']:,.1f} ms, floor {scale.figures['open_floor']:,.1f} ms"
        )
        floor_edit.close()

        # Edits on the open big article: mark a sentence, then change its status.
        rng = random.Random(f"{seed}:edits:{scale.label}")
        claimed = {(c.start, c.end) for c in reader.claims}
        free = [s for s in reader.sentences if (s.start, s.end) not in claimed]
        chosen = rng.sample(free, min(edits, len(free)))
        status_ids = [s.id for s in window.statuses]
        mark_times, status_times = [], []
        index_of = {(s.start, s.end): i for i, s in enumerate(reader.sentences)}
        for sentence in chosen:
            # The editor reads to the sentence first (click / Alt+↓): navigation, not timed.
            reader.go_to_sentence(index_of[(sentence.start, sentence.end)])
            _process_events(app)
            reader.viewport().repaint()
            t0 = time.perf_counter()
            claim = window.mark_span(sentence.start, sentence.end)
            reader.viewport().repaint()
            mark_times.append(ms_since(t0))
            _process_events(app)
            if claim is None:
                raise RuntimeError(f"mark_span refused a sentence: {failures[-1:]}")
            new_status = rng.choice([s for s in status_ids if s != claim.status_id])
            t0 = time.perf_counter()
            window.apply_status(new_status)
            reader.viewport().repaint()
            status_times.append(ms_since(t0))
            _process_events(app)
            current = window.current_claim()
            if current is None or current.status_id != new_status:
                raise RuntimeError(f"apply_status did not reach the claim: {failures[-1:]}")
        both = mark_times + status_times
        scale.figures["edit_median"] = statistics.median(both)
        scale.figures["edit_p95"] = p95(both)
        scale.figures["edit_count"] = len(both)
        scale.figures["mark_median"] = statistics.median(mark_times)
        scale.figures["mark_p95"] = p95(mark_times)
        scale.figures["status_median"] = statistics.median(status_times)
        scale.figures["status_p95"] = p95(status_times)
        log(
            f"{scale.label}: {len(both)} edits, median {scale.figures['edit_median']:.1f} ms, "
            f"p95 {scale.figures['edit_p95']:.1f} ms (mark {scale.figures['mark_median']:.1f} / "
            f"status {scale.figures['status_median']:.1f} ms median)"
        )
    finally:
        window.close()
        window.desk.close()
        window.deleteLater()
        floor_edit.deleteLater()
        _process_events(app, 5)


# -- search and claim suggestions (other issues' features; optional) --------------------------


def measure_search(db: Path) -> dict:
    from factcheck.desk import Desk

    desk = Desk.open(db, annotator="bench", load_seeds=False)
    try:
        if not callable(getattr(desk, "search", None)):
            return {"available": False}
        times, per_query = [], {}
        for query in SEARCH_QUERIES:  # warm-up: first query may build caches
            _consume(desk.search(query))
        for _ in range(3):
            for query in SEARCH_QUERIES:
                t0 = time.perf_counter()
                result = _consume(desk.search(query))
                times.append(ms_since(t0))
                per_query.setdefault(query, []).append(times[-1])
                per_query.setdefault(query + " (hits)", [len(result)])
        summary = {q: round(statistics.median(v), 1) for q, v in per_query.items()}
        return {"available": True, "median": statistics.median(times), "p95": p95(times),
                "calls": len(times), "per_query": summary}
    except Exception as exc:  # noqa: BLE001 - an unfinished feature must not stop the suite
        return {"available": False, "error": f"{type(exc).__name__}: {exc}"}
    finally:
        desk.close()


def _consume(result) -> list:
    if result is None:
        return []
    if isinstance(result, list):
        return result
    try:
        return list(result)
    except TypeError:
        return [result]


def measure_suggestions(scale: Scale, seed: int, calls: int) -> dict:
    from factcheck.desk import Desk

    out: dict = {"available": False}
    desk = Desk.open(scale.db, annotator="bench", load_seeds=False)
    try:
        if callable(getattr(desk, "suggest_claims", None)):
            rng = random.Random(f"{seed}:suggest")
            ids = rng.sample(scale.small_ids, min(calls, len(scale.small_ids)))
            times = []
            for aid in ids:
                text = desk.article(aid).text
                spans = corpus.claim_spans(text, 1, rng)
                if not spans:
                    continue
                a, b = spans[0]
                t0 = time.perf_counter()
                _consume(desk.suggest_claims(aid, a, b))
                times.append(ms_since(t0))
            if times:
                out.update(available=True, median=statistics.median(times), p95=p95(times),
                           calls=len(times))
    except Exception as exc:  # noqa: BLE001
        out = {"available": False, "error": f"{type(exc).__name__}: {exc}"}
    finally:
        desk.close()
    return out


def measure_map5(work: Path) -> dict:
    """MAP@5 on the claim-linking issue's labelled set (``tests.perf.linking_eval``).

    Uses ``build_eval_desk`` + ``evaluate`` when they exist; a zero-argument ``map_at_5()``
    also works. Anything else reports "not available" rather than failing the suite.
    """
    try:
        module = importlib.import_module("tests.perf.linking_eval")
    except ImportError:
        return {"available": False}
    build = getattr(module, "build_eval_desk", None)
    evaluate = getattr(module, "evaluate", None)
    try:
        if callable(build) and callable(evaluate):
            desk, claim_ids, queries = build(work / "linking-eval.sqlite")
            try:
                score, latencies = evaluate(desk, claim_ids, queries)
            finally:
                desk.close()
            return {
                "available": True,
                "value": float(score),
                "queries": len(queries),
                "latency_median": statistics.median(latencies) * 1000.0 if latencies else None,
            }
        fn = getattr(module, "map_at_5", None)
        if callable(fn) and not [
            p
            for p in inspect.signature(fn).parameters.values()
            if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]:
            return {"available": True, "value": float(fn())}
        return {"available": False, "error": "no build_eval_desk/evaluate in linking_eval"}
    except Exception as exc:  # noqa: BLE001 - an unfinished feature must not stop the suite
        return {"available": False, "error": f"{type(exc).__name__}: {exc}"}


# -- start-up and memory (fresh processes) --------------------------------------------------

_CHILD = r"""
import sys, time
mode, db, article = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "app":  # as the factcheck-gui entry point does, before Qt is imported
    from factcheck.gui import load_core_first, pause_garbage_collector
    pause_garbage_collector()
    load_core_first()
if mode == "floor":  # the design's own floor: the store is SQLAlchemy
    import sqlalchemy
from PySide6.QtCore import QTimer
if mode in ("bare", "floor"):
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
else:
    from factcheck.gui.app import build_window, ensure_app
    app = ensure_app()
    window = build_window(db, article_id=int(article) if article else None, lang="ar")
window.resize(1400, 860)
window.show()
def done():
    window.repaint()
    shown = time.time()
    rss = 0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    print("BENCH", repr(shown), rss, flush=True)
    if mode == "app":
        # closed as an editor closes it (run_app): the window stops its live updates, then
        # the desk closes, so no -wal file is left for the next start to check
        window.close()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
if mode == "app":
    window.desk.close()
"""


def run_child(mode: str, db: Path, article: int | None, settings: Path) -> tuple[float, float]:
    """Start a fresh interpreter; returns (ms from spawn to an interactive window, RSS MB)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    env["FACTCHECK_SETTINGS"] = str(settings)
    # Measured as every start after the first: Python caches the bytecode it compiles
    # (an environment that forbids it would time compiling the app at every start).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    settings.unlink(missing_ok=True)
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(db), str(article or "")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            _, shown, rss = line.split()
            return (float(shown) - t0) * 1000.0, int(rss) / 1024.0
    raise RuntimeError(f"{mode} start-up child failed ({proc.returncode}): {proc.stderr[-2000:]}")


# Starts timed of each kind, at least: one start takes under a second, and its time moves
# by a fifth from one start to the next on the project machine (the app's ten starts in one
# A/B run: 669-855 ms). The median of three then fell either side of the 2x target by chance.
# ``--quick`` keeps its own few.
STARTUP_RUNS = 9


def measure_startup(scale: Scale, work: Path, reps: int) -> dict:
    """Start-up and memory in fresh interpreters, after one untimed start of each (the
    first start compiles and caches bytecode and reads the libraries from disk).

    The three kinds of start alternate, so a change in the machine's speed during the runs
    reaches the app and its floors alike; ``reps`` of each."""
    for mode in ("bare", "floor", "app"):
        run_child(mode, scale.db, None, work / f"child-{mode}-warm.ini")
    times: dict[str, list[float]] = {"bare": [], "floor": [], "app": []}
    for i in range(reps):
        for mode, runs in times.items():
            runs.append(run_child(mode, scale.db, None, work / f"child-{mode}-{i}.ini")[0])
    _, bare_rss = run_child("bare", scale.db, None, work / "child-bare-rss.ini")
    _, rss = run_child("app", scale.db, scale.big_id, work / "child-app-rss.ini")
    out = {
        "startup": statistics.median(times["app"]),
        "startup_floor": statistics.median(times["floor"]),
        "startup_bare": statistics.median(times["bare"]),
        "startup_runs": {mode: [round(t, 1) for t in values] for mode, values in times.items()},
        "rss": rss,
        "rss_bare": bare_rss,
    }
    log(
        f"start-up {out['startup']:,.1f} ms (floor with SQLAlchemy {out['startup_floor']:,.1f} ms, "
        f"bare Qt {out['startup_bare']:,.1f} ms), RSS with the 1 MB article {rss:,.1f} MB "
        f"(bare window {bare_rss:,.1f} MB)"
    )
    return out


# -- beside Label Studio (tests/perf/label_studio.py) -----------------------------------------

PEER_LABEL_STUDIO_S = 2.1  # Label Studio 1.23 on this machine kind, measured by a peer


def measure_beside_label_studio(work: Path, reps: int, files: int, exe: str | None) -> Row:
    """``factcheck import`` of ``files`` files of 3,000 characters (the seeds' text), a fresh
    process each run, beside Label Studio's REST import of the same texts in the same run
    (when installed), alternating; the stdlib floor of the same rows for information."""
    from tests.perf import label_studio as ls

    texts = corpus.seed_pieces(files, 3000)
    folder = work / "pieces"
    paths = ls.write_pieces(folder, texts)
    ls.write_pieces(work / "pieces-warm", texts[:20])
    ls.measure_factcheck(work / "pieces-warm", work / "fc")  # untimed: bytecode cached
    ours, startup, theirs, version, problem = [], [], [], "", ""
    for _ in range(reps):
        ours.append(ls.measure_factcheck(folder, work / "fc"))
        startup.append(ls.measure_factcheck_startup(work / "fc"))
        if exe is not None:
            try:
                measured = ls.measure_label_studio(texts, work / "ls", exe)
            except RuntimeError as exc:
                problem, exe = str(exc), None
            else:
                theirs.append(measured["seconds"])
                version = measured["version"]
    floor_ms = _floor_store_and_index(work / "floor-pieces.sqlite", texts, paths)
    value = statistics.median(ours) * 1000
    log(f"{files:,} files: factcheck import {value:,.0f} ms, Label Studio {theirs or problem or 'absent'}")
    extra = {
        "factcheck_runs_s": [round(t, 2) for t in ours],
        "factcheck_startup_and_new_db_s": round(statistics.median(startup), 2),
        "floor_rows_and_fts5_ms": round(floor_ms, 1),
    }
    metric = f"`factcheck import` of {files:,} files of 3,000 characters, a fresh process"
    if theirs:
        extra |= {"label_studio_runs_s": [round(t, 2) for t in theirs], "label_studio": version}
        them = statistics.median(theirs) * 1000
        return Row("import_vs_label_studio", f"{metric}, beside Label Studio {version}'s REST import",
                   value, floor=them, target="≤ 1× Label Studio", ok=value <= them, extra=extra)  # fmt: skip
    return Row(
        "import_vs_label_studio", f"{metric} (Label Studio not measured)", value,
        target=f"≤ Label Studio ({PEER_LABEL_STUDIO_S} s in a peer's run)",
        ok=value <= PEER_LABEL_STUDIO_S * 1000,
        note=problem or f"Label Studio is not installed: {ls.INSTALL_HINT}", extra=extra,
    )  # fmt: skip


# -- the suite ------------------------------------------------------------------------------


def growth_row(
    key: str,
    name: str,
    small: Scale,
    large: Scale,
    fig: str,
    floor_fig: str | None = None,
    floor_nominal: float = 1.0,
) -> Row:
    """How ``fig`` grew from the small to the large database (linear or better passes).

    The two scales run a minute apart and this machine's speed drifts by up to half in that
    time. Where the figure has a floor (``floor_fig``), the growth is judged after dividing
    out the drift: how much more the floor's growth was than its nominal growth
    (``floor_nominal``: the data ratio for a floor that does the same work on all the data,
    1 for a floor that does the same work at both scales).
    """
    a, b = small.figures[fig], large.figures[fig]
    data = large.n_articles / small.n_articles
    raw = b / a if a else float("inf")
    drift = 1.0
    if floor_fig and small.figures.get(floor_fig) and large.figures.get(floor_fig):
        drift = large.figures[floor_fig] / small.figures[floor_fig] / floor_nominal
    ratio = raw / drift
    exponent = math.log(ratio) / math.log(data) if ratio > 0 and data > 1 else 0.0
    ok = ratio <= data**GROWTH_EXPONENT_MAX
    verdict = "linear or better" if ok else "worse than linear"
    if floor_fig:
        verdict += f" after the machine's drift ({drift:.2f}×, from the floor)"
    return Row(
        key=f"growth_{key}",
        metric=(
            f"growth: {name} ({small.n_articles:,}→{large.n_articles:,} articles, "
            f"{small.figures['claims_total']:,}→{large.figures['claims_total']:,} claims)"
        ),
        value=b,
        floor=a,
        target=f"≤ {data:g}× (linear)",
        ok=ok,
        note=f"{verdict}, ~n^{exponent:.2f}",
        extra={"small": a, "large": b, "data_ratio": data, "exponent": round(exponent, 3),
               "raw_growth": round(raw, 3), "drift": round(drift, 3),
               "corrected_growth": round(ratio, 3), "verdict": verdict},
    )


def command_rows(results: list[dict]) -> list[Row]:
    """One row per CLI command: its peak resident memory (``tests.perf.memory``)."""
    from tests.perf.memory import TARGET_MB

    return [
        Row(f"rss_cmd_{r['key']}",
            f"peak memory of `{r['command']}` ({r['claims']:,} claims, {r['articles']:,} articles)",
            r["mb"], unit="MB", target=f"≤ {TARGET_MB} MB",
            ok=r["mb"] <= TARGET_MB and r["exit"] == 0,
            note="" if r["exit"] == 0 else f"exit {r['exit']}: {r['error'][-200:]}",
            extra={"seconds": round(r["seconds"], 2), "links": r["links"]})
        for r in results
    ]  # fmt: skip


def run_commands(args: argparse.Namespace) -> list[Row]:
    """Only the per-command memory rows, at ``--articles``/``--claims``."""
    from tests.perf import memory

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        os.environ["FACTCHECK_SETTINGS"] = str(work / "settings.ini")
        os.environ["FACTCHECK_DB"] = str(work / "unused-default.sqlite")
        return command_rows(memory.measure(work, args.articles, args.claims, args.seed, log))


def run(args: argparse.Namespace) -> list[Row]:
    seed = args.seed
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        os.environ["FACTCHECK_SETTINGS"] = str(work / "settings.ini")
        os.environ["FACTCHECK_DB"] = str(work / "unused-default.sqlite")
        os.environ.setdefault("FACTCHECK_USER", "bench")
        n_small = max(2, args.articles // 10)
        claims_small = max(n_small, args.claims // 10)

        log(f"generating {args.articles:,} articles and a {args.big_chars:,}-character article")
        t0 = time.perf_counter()
        texts = corpus.articles(args.articles, seed)
        big = corpus.big_article(args.big_chars, seed)
        paths_large = corpus.write_articles(work / "archive-large", texts)
        paths_small = corpus.write_articles(work / "archive-small", texts[:n_small])
        size = sum(len(t.encode("utf-8")) for t in texts)
        log(f"corpus ready ({size / 1e6:,.1f} MB of text) in {ms_since(t0) / 1000:.1f} s")

        big_claims = min(args.big_claims, len(corpus.sentence_spans(big)) // 2, claims_small // 2)
        small = Scale("small", n_small, claims_small, work / "small.sqlite")
        large = Scale("large", args.articles, args.claims, work / "large.sqlite")
        for scale, folder, paths, subset in (
            (small, work / "archive-small", paths_small, texts[:n_small]),
            (large, work / "archive-large", paths_large, texts),
        ):
            build_scale(scale, folder, paths, subset, big, big_claims, work, seed, args.reps)
            measure_export(scale, work, args.reps)
            measure_gui(scale, work, big, args.edits, args.reps, seed)
            if scale is small:  # a colleague's change visible (tests/perf/live.py)
                from tests.perf import live

                live_row = live.measure(str(small.db), work)

        log("search, suggestions, start-up and memory on the large database")
        search = measure_search(large.db)
        suggest = measure_suggestions(large, seed, args.suggest_calls)
        map5 = measure_map5(work)
        startup = measure_startup(
            large, work, args.reps if args.quick else max(args.reps, STARTUP_RUNS)
        )
        from tests.perf.label_studio import find_label_studio

        beside_ls = measure_beside_label_studio(
            work / "beside-label-studio", args.reps, 300 if args.quick else 5000,
            find_label_studio(args.label_studio),
        )  # fmt: skip
        from tests.perf import memory

        commands = memory.measure(work, args.articles, args.claims, seed, log)

        # The desk-wide views last: they add a workflow history to both desks.
        from tests.perf import desk_views

        views = {}
        for scale in (small, large):
            log(f"{scale.label}: the all-claims queue and the dashboard")
            desk_views.add_workflow(scale.db, seed)
            views[scale.label] = desk_views.measure(scale.db, work, label=scale.label)
            scale.figures["dashboard"] = views[scale.label]["dashboard"]
            scale.figures["queue_open"] = views[scale.label]["queue_open"]

    f = large.figures
    n_a = f"{large.n_articles:,}"
    extra_rows = [live_row, beside_ls]
    big_label = "1 MB" if args.big_chars >= corpus.BIG_CHARS else f"{args.big_chars // 1000:,}K-char"
    rows = [
        Row("open_1mb", f"open the {big_label} article with {f['open_claims']:,} claims, to first paint",
            f["open"], floor=f["open_floor"], target="≤ 1.5× floor",
            ok=f["open"] <= 1.5 * f["open_floor"],
            extra={"floor_is": "bare QTextEdit setPlainText + repaint, same text and size",
                   "chars": args.big_chars, "runs_ms": f["open_all"],
                   "floor_runs_ms": f["open_floor_all"],
                   "first_open_ms": f["open_first"]}),
        Row("edit_median", f"mark a claim / change a status, median of {f['edit_count']}",
            f["edit_median"], target="≤ 20 ms", ok=f["edit_median"] <= 20,
            extra={"mark_median": f["mark_median"], "status_median": f["status_median"]}),
        Row("edit_p95", f"mark a claim / change a status, p95 of {f['edit_count']}",
            f["edit_p95"], target="≤ 50 ms", ok=f["edit_p95"] <= 50,
            extra={"mark_p95": f["mark_p95"], "status_p95": f["status_p95"]}),
        Row("import", f"import {n_a} articles (Desk.import_paths)", f["import"],
            floor=f["import_floor"], target="≤ 1.5× floor",
            ok=f["import"] <= 1.5 * f["import_floor"],
            extra={"floor_is": "sqlite3, one transaction: the same article, sentence-span and "
                               "FTS5 rows into the app's own schema, rows computed beforehand",
                   "floor_runs_ms": f["import_floor_runs"]}),
        Row("import_bare", f"import {n_a} articles, beside a bare executemany", f["import"],
            floor=f["import_floor_bare"], target="for information",
            extra={"floor_is": "sqlite3 executemany of the same texts into a bare table"}),
        Row("export_csv", f"export the CSV report of {f['export_rows']:,} claims", f["export"],
            floor=f["export_floor"], target="≤ 2× floor", ok=f["export"] <= 2 * f["export_floor"],
            extra={"floor_is": "csv.writer over the same rows held in memory"}),
    ]
    if search.get("available"):
        rows.append(Row("search_median", f"Arabic-normalised search, median of {search['calls']}",
                        search["median"], target="≤ 50 ms", ok=search["median"] <= 50,
                        extra={"p95": search["p95"], "per_query_ms": search["per_query"]}))
    else:
        rows.append(Row("search_median", "Arabic-normalised search, median", None, target="≤ 50 ms",
                        note="not available" + (f": {search['error']}" if "error" in search else "")))
    rows += [
        Row("startup", f"start the app on the {n_a}-article database to an interactive window",
            startup["startup"], floor=startup["startup_floor"], target="≤ 2× floor",
            ok=startup["startup"] <= 2 * startup["startup_floor"],
            extra={"floor_is": "bare QApplication + empty QMainWindow + import sqlalchemy, "
                               "fresh interpreter", "runs_ms": startup["startup_runs"]}),
        Row("startup_bare", "start the app, beside a bare Qt window without SQLAlchemy",
            startup["startup"], floor=startup["startup_bare"], target="for information",
            extra={"floor_is": "bare QApplication + empty QMainWindow, fresh interpreter"}),
        Row("rss", f"resident memory, database open and the {big_label} article shown", startup["rss"],
            unit="MB", floor=startup["rss_bare"], target="≤ 400 MB", ok=startup["rss"] <= 400,
            extra={"floor_is": "bare QApplication + empty QMainWindow (for information)"}),
    ]
    m5 = map5
    if m5.get("available"):
        rows.append(Row("suggest_map5",
                        f"claim-match suggestions, MAP@5 ({m5.get('queries', '?')} labelled queries)",
                        m5["value"], unit="", target="reported", ok=True,
                        extra={"latency_median_eval_set": m5.get("latency_median")}))
    else:
        rows.append(Row("suggest_map5", "claim-match suggestions, MAP@5", None, unit="",
                        target="reported",
                        note="not available" + (f": {m5['error']}" if "error" in m5 else "")))
    if suggest.get("available"):
        rows.append(Row("suggest_latency",
                        f"claim-match suggestions on the {n_a}-article database, "
                        f"median of {suggest['calls']}",
                        suggest["median"], target="≤ 100 ms", ok=suggest["median"] <= 100,
                        extra={"p95": suggest["p95"]}))
    else:
        rows.append(Row("suggest_latency", "claim-match suggestions, median latency", None,
                        target="≤ 100 ms",
                        note="not available" + (f": {suggest['error']}" if "error" in suggest else "")))
    rows += [
        growth_row("open_1mb", f"open the {big_label} article", small, large, "open",
                   "open_floor", 1.0),  # the same article at both scales
        growth_row("edit_median", "edit median", small, large, "edit_median"),
        # Import is judged raw: its floor at 1,000 articles (~30 ms) is mostly fixed costs,
        # so its growth says little about the machine's speed.
        growth_row("import", "import", small, large, "import"),
        growth_row("export_csv", "export CSV", small, large, "export",
                   "export_floor", f["claims_total"] / small.figures["claims_total"]),
    ]
    rows += desk_views.rows(views["large"], f"{n_a} articles")
    rows += [
        growth_row("queue_open", "open the all-claims queue", small, large, "queue_open"),
        growth_row("dashboard", "open the dashboard", small, large, "dashboard"),
    ]
    return rows + extra_rows + command_rows(commands)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.perf",
        description="Run every speed benchmark and print metric, value, floor, ratio, "
        "target and pass/MISS. Never fails because a target is missed.",
    )
    parser.add_argument("--json", metavar="OUT.json", help="also write the rows as JSON")
    parser.add_argument("--articles", type=int, help="articles at full scale (default 10000)")
    parser.add_argument("--claims", type=int, help="claims at full scale (default 100000)")
    parser.add_argument("--big-chars", type=int, help="size of the big article (default 1000000)")
    parser.add_argument("--big-claims", type=int, default=2000, help="claims on the big article")
    parser.add_argument("--edits", type=int, help="marks (each followed by a status change)")
    parser.add_argument("--reps", type=int, help="repetitions of the open/export/start-up runs")
    parser.add_argument("--suggest-calls", type=int, default=30)
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    parser.add_argument("--workdir", help="where the temporary folder goes (default: system temp)")
    parser.add_argument(
        "--commands-only",
        action="store_true",
        help="only the peak memory of each CLI command (each in a fresh process), at "
        "--articles/--claims",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="team mode: import, claims (--claims, else 10 per article), edits, search and "
        "the CSV report on this (empty) database beside a new SQLite file, at --articles "
        "(tests.perf.server)",
    )
    parser.add_argument(
        "--label-studio",
        metavar="PATH",
        help="the label-studio executable, to time its REST import beside `factcheck import` "
        "(default: $FACTCHECK_BENCH_LABEL_STUDIO, else label-studio on PATH; see "
        "tests/perf/label_studio.py)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 300 articles, 3,000 claims, a 200 KB big article",
    )
    args = parser.parse_args(argv)
    quick = args.quick
    if args.db and args.claims is None and args.articles is not None:
        args.claims = 10 * args.articles  # the full scale's ratio: 100,000 for 10,000
    defaults = {
        "articles": 300 if quick else 10_000,
        "claims": 3_000 if quick else 100_000,
        "big_chars": 200_000 if quick else corpus.BIG_CHARS,
        "edits": 20 if quick else 50,
        "reps": 2 if quick else 3,
    }
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if args.articles < 20:
        parser.error("--articles must be at least 20 (the growth runs use a tenth of it)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    if args.db:
        from tests.perf.server import run_on

        with tempfile.TemporaryDirectory(prefix="factcheck-bench-", dir=args.workdir) as tmp:
            rows = run_on(
                args.db, args.articles, args.edits, Path(tmp), args.seed,
                claims=args.claims, reps=args.reps,
            )  # fmt: skip
    else:
        rows = run_commands(args) if args.commands_only else run(args)
    table = format_table(rows)
    print(table)
    elapsed = time.perf_counter() - started
    missed = [r.key for r in rows if r.ok is False]
    print(f"\n{len(rows)} metrics, {len(missed)} missed their target; {elapsed:.0f} s in all.")
    if args.json:
        payload = {
            "command": "python -m tests.perf " + " ".join(argv if argv is not None else sys.argv[1:]),
            "config": {k: v for k, v in vars(args).items() if k != "json"},
            "machine": {
                "python": platform.python_version(),
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
            },
            "elapsed_s": round(elapsed, 1),
            "rows": [r.as_json() for r in rows],
            "table": table,
        }
        Path(args.json).write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0
