"""The desk-wide views: the all-claims queue (opening at its first page, a filter change) and
the dashboard, in the window, on a desk whose claims went through the workflow.

Run alone: ``python -m tests.perf.desk_views [--articles N] [--claims N]`` (a new SQLite desk
of that size: the benchmark's synthetic articles, claims inserted in bulk, then review rows
for a share of the verdicts, a few editors, assignments and double ratings). The full
benchmark (``python -m tests.perf``) adds the rows on its small and large desks and their
growth.

Each figure is the median of ``runs`` in one window: the queue opened from the Desk menu
until its first page is in the model (the dock shown, events processed), the status filter
changed until the new first page is in, and the dashboard opened until it has painted. The
core's share (``queue_page``, ``desk_numbers``) is in each row's extra figures.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.perf.run import Row, log

QUEUE_OPEN_MS = 300
QUEUE_FILTER_MS = 100
DASHBOARD_MS = 500
FRAME_MS = 1000 / 60  # a page read while scrolling should not cost a frame at 60 Hz
SCROLL_PAGES = 100  # pages read per run: 20,000 rows down
EDITORS = (("hala", "admin"), ("sara", "reviewer"), ("nour", "reviewer"), ("omar", "editor"),
           ("رهف", "editor"), ("Sami", "editor"), ("Layla", "editor"), ("bench", "editor"))  # fmt: skip


def add_workflow(db, seed: int = 1) -> dict:
    """Give a desk's existing claims a workflow history, in bulk, as the desk would write it:
    editors; of the verdicts, about half approved (a fifth of those published), a tenth
    returned with a comment, the rest proposed; a tenth of the articles assigned, and on
    the first 500 verdicts double ratings by two editors."""
    from sqlalchemy import insert, select

    from factcheck.desk import Desk
    from factcheck.store.schema import ArticleRow, ClaimRow, HistoryRow
    from factcheck.store.workflow_schema import AssignmentRow, EditorRow, RatingRow

    rng = random.Random(f"{seed}:workflow")
    desk = Desk.open(db, annotator="hala", load_seeds=False)
    try:
        statuses = [s.id for s in desk.statuses()]
        with desk.store.write() as s:
            s.execute(insert(EditorRow), [
                {"name": n, "role": r, "added_by": "hala", "added_at": "2024-01-01T08:00:00+00:00"}
                for n, r in EDITORS
            ])  # fmt: skip
            verdicts = s.execute(
                select(ClaimRow.id, ClaimRow.updated_at)
                .where(ClaimRow.linked_to.is_(None))
                .where(ClaimRow.status_id.not_in(("unverified", "in_progress")))
            ).all()
            history, ratings = [], []
            reviewers = ("sara", "nour", "hala")
            for n, (cid, at) in enumerate(verdicts):
                roll = rng.random()

                def row(who, action, field, old, new, cid=cid, at=at):
                    return {"at": at, "who": who, "claim_id": cid, "entity": "review",
                            "entity_id": str(cid), "action": action, "field": field,
                            "old": old, "new": new}  # fmt: skip

                who = rng.choice(reviewers)
                if roll < 0.5:
                    history.append(row(who, "approve", "review", "proposed", "approved"))
                    if roll < 0.1:
                        history.append(row("hala", "publish", "published", None, "true"))
                elif roll < 0.6:
                    history.append(row(who, "return", "review", "proposed", "returned"))
                    history.append(row(who, "return", "comment", None, "المصدر لا يكفي"))
                if n < 500:
                    for editor in ("omar", "Sami"):
                        ratings.append({"claim_id": cid, "editor": editor,
                                        "status_id": rng.choice(statuses), "rated_at": at})  # fmt: skip
            if history:
                s.execute(insert(HistoryRow), history)
            if ratings:
                s.execute(insert(RatingRow), ratings)
            article_ids = [r[0] for r in s.execute(select(ArticleRow.id))]
            assigned = article_ids[:: 10]
            if assigned:
                s.execute(insert(AssignmentRow), [
                    {"article_id": a, "editor": "omar", "second_editor": "Sami" if i % 2 else None,
                     "assigned_by": "hala", "assigned_at": "2024-01-01T08:00:00+00:00",
                     "active_at": time.time()}
                    for i, a in enumerate(assigned)
                ])  # fmt: skip
        return {"verdicts": len(verdicts), "review_rows": len(history), "ratings": len(ratings)}
    finally:
        desk.close()


def _wait(app, done, limit_s: float = 60.0) -> None:
    t0 = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - t0 > limit_s:
            raise RuntimeError("the window did not finish within a minute")


def measure(db, work: Path, runs: int = 5, label: str = "") -> dict:
    """Median ms of: opening the queue, a status filter change, opening the dashboard (each
    in the window, events processed), with the core's share of each."""
    from PySide6.QtCore import Qt

    from factcheck import dashboard
    from factcheck.dashboard import QueueFilter
    from factcheck.desk import Desk
    from factcheck.gui.app import build_window, ensure_app
    from factcheck.gui.settings import AppSettings

    app = ensure_app()
    settings = AppSettings(str(work / f"settings-views{label}.ini"))
    settings.annotator = "sara"
    window = build_window(str(db), lang="en", settings=settings)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    action = {a.objectName(): a for a in window.findChildren(type(window.menuBar().actions()[0]))}
    figures: dict[str, list[float]] = {k: [] for k in (
        "queue_open", "queue_filter", "queue_first_scroll", "queue_scroll_page", "dashboard",
        "core_first_page", "core_filter_page", "core_numbers")}  # fmt: skip
    try:
        queue = window.claims_queue
        for _ in range(runs):
            window.queue_dock.hide()
            queue.status.setCurrentIndex(0)  # no filter
            app.processEvents()
            t0 = time.perf_counter()
            action["claimsQueue"].trigger()
            _wait(app, lambda: queue.model.rowCount() > 0)
            app.processEvents()
            figures["queue_open"].append((time.perf_counter() - t0) * 1000)

            target = queue.status.findData("false")
            t0 = time.perf_counter()
            queue.status.setCurrentIndex(target)
            _wait(app, lambda: queue.model.rowCount() > 0
                  and queue.model.row_data(0)["status"] == "false")  # fmt: skip
            app.processEvents()
            figures["queue_filter"].append((time.perf_counter() - t0) * 1000)


            window.dashboard_dock.hide()
            app.processEvents()
            t0 = time.perf_counter()
            action["dashboard"].trigger()
            window.dashboard.repaint()
            app.processEvents()
            figures["dashboard"].append((time.perf_counter() - t0) * 1000)

        # Scrolling, sorted by review (computed by the database for every claim): the first
        # "more" reads the listed ids, each later page is read by its ids and painted.
        # Measured last, once: the rows it reads stay in the model.
        action["claimsQueue"].trigger()
        queue.status.setCurrentIndex(0)
        queue.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        model = queue.model
        t0 = time.perf_counter()
        model.fetchMore()
        figures["queue_first_scroll"].append((time.perf_counter() - t0) * 1000)
        while model.canFetchMore() and len(figures["queue_scroll_page"]) < SCROLL_PAGES:
            queue.view.scrollToBottom()
            app.processEvents()
            t0 = time.perf_counter()
            model.fetchMore()
            queue.view.viewport().repaint()
            figures["queue_scroll_page"].append((time.perf_counter() - t0) * 1000)
    finally:
        window.desk.close()
        window.close()
    desk = Desk.open(db, annotator="sara", read_only=True)
    try:
        for _ in range(runs):
            t0 = time.perf_counter()
            dashboard.queue_page(desk, QueueFilter(), limit=200)
            figures["core_first_page"].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            dashboard.queue_page(desk, QueueFilter(status="false"), limit=200)
            figures["core_filter_page"].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            dashboard.desk_numbers(desk)
            figures["core_numbers"].append((time.perf_counter() - t0) * 1000)
        n_claims = len(desk.claims())
    finally:
        desk.close()
    # A desk whose claims fit on one page has nothing to scroll: those figures are None.
    out = {k: statistics.median(v) if v else None for k, v in figures.items()}
    pages = sorted(figures["queue_scroll_page"])
    out["queue_scroll_page_p95"] = pages[int(0.95 * (len(pages) - 1))] if pages else None
    out["runs"] = {k: [round(x, 1) for x in v] for k, v in figures.items()}
    out["claims"] = n_claims
    return out


def rows(found: dict, what: str) -> list[Row]:
    n = f"{found['claims']:,} claims"
    return [
        Row("queue_open", f"open the all-claims queue ({n}) to its first page",
            found["queue_open"], target=f"≤ {QUEUE_OPEN_MS} ms",
            ok=found["queue_open"] <= QUEUE_OPEN_MS,
            extra={"core_first_page_ms": round(found["core_first_page"], 1), "desk": what,
                   "runs_ms": found["runs"]["queue_open"]}),
        Row("queue_filter", f"all-claims queue: change the status filter ({n})",
            found["queue_filter"], target=f"≤ {QUEUE_FILTER_MS} ms",
            ok=found["queue_filter"] <= QUEUE_FILTER_MS,
            extra={"core_filter_page_ms": round(found["core_filter_page"], 1), "desk": what,
                   "runs_ms": found["runs"]["queue_filter"]}),
        _scroll_row(found, n, what),
        Row("dashboard", f"open the dashboard ({n}) to its first paint", found["dashboard"],
            target=f"≤ {DASHBOARD_MS} ms", ok=found["dashboard"] <= DASHBOARD_MS,
            extra={"core_desk_numbers_ms": round(found["core_numbers"], 1), "desk": what,
                   "runs_ms": found["runs"]["dashboard"]}),
    ]


def _scroll_row(found: dict, n: str, what: str) -> Row:
    label = f"all-claims queue sorted by review: a page read while scrolling ({n}), median"
    page = found["queue_scroll_page"]
    if page is None:
        return Row("queue_scroll", label, None, target=f"≤ {FRAME_MS:.1f} ms",
                   note="not measured: the desk's claims fit on one page")  # fmt: skip
    return Row("queue_scroll", label, page, target=f"≤ {FRAME_MS:.1f} ms", ok=page <= FRAME_MS,
               extra={"p95_ms": round(found["queue_scroll_page_p95"], 1),
                      "first_scroll_ms": round(found["queue_first_scroll"], 1),
                      "desk": what})  # fmt: skip


def build(db: Path, work: Path, articles: int, claims: int, seed: int) -> dict:
    """A new SQLite desk of the benchmark's synthetic articles and bulk claims, with a
    workflow history (``add_workflow``)."""
    from factcheck.desk import Desk
    from tests.perf import corpus
    from tests.perf.run import _bulk_claims

    texts = corpus.articles(articles, seed)
    folder = work / "archive-views"
    paths = corpus.write_articles(folder, texts)
    desk = Desk.open(db, annotator="bench", load_seeds=False)
    try:
        log(f"desk views: importing {articles:,} articles")
        outcomes = {o.path: o for o in desk.import_paths([folder])}
        items = [(outcomes[str(p)].article_id, t) for p, t in zip(paths, texts, strict=True)]
        spans = [corpus.sentence_spans(t) for _, t in items]
        counts = corpus.spread(claims, [len(sp) for sp in spans])
        plan = [(a, t, k, sp) for (a, t), k, sp in zip(items, counts, spans, strict=True)]
        log(f"desk views: inserting {claims:,} claims in bulk")
        _bulk_claims(desk, plan, seed)
    finally:
        desk.close()
    return add_workflow(db, seed)


def main(argv: list[str] | None = None) -> int:
    import os

    parser = argparse.ArgumentParser(prog="python -m tests.perf.desk_views")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.perf.run import format_table

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        os.environ["FACTCHECK_SETTINGS"] = str(work / "settings.ini")
        os.environ["FACTCHECK_DB"] = str(work / "unused-default.sqlite")
        db = work / "views.sqlite"
        made = build(db, work, args.articles, args.claims, args.seed)
        log(f"desk views: {made}")
        found = measure(db, work, args.runs)
    print(format_table(rows(found, f"{args.articles:,} articles")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
