"""A colleague's change visible: how long from a colleague's commit (a status change by
another program on the same database) until an open window shows it, median over runs.

Run alone: ``python -m tests.perf.live [--db PATH_OR_URL] [--runs N]`` (a new SQLite file
with the sample articles when no ``--db``; a server database must be set up and hold an
article 1); the full benchmark (``python -m tests.perf``) adds the row at its small size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.perf.run import Row, log

TARGET_MS = 2000


def measure(db: str, work: Path, runs: int = 20) -> Row:
    """Median ms from a colleague's commit to the window showing it (events processed)."""
    from factcheck.desk import Desk
    from factcheck.gui.app import build_window, ensure_app
    from factcheck.gui.settings import AppSettings

    app = ensure_app()
    settings = AppSettings(str(work / "settings-live.ini"))
    settings.annotator = "bench-window"
    colleague = Desk.open(db, annotator="bench-colleague")
    article_id = colleague.article_ids()[0]
    sentence = colleague.sentences(article_id)[0]
    existing = [c for c in colleague.claims(article_id) if (c.start, c.end) == (sentence.start, sentence.end)]
    claim = existing[0] if existing else colleague.add_claim(article_id, sentence.start, sentence.end)
    window = build_window(db, lang="en", settings=settings, article_id=article_id)
    window.show()
    statuses = [s.id for s in colleague.statuses()]
    times: list[float] = []
    try:
        for i in range(runs):
            app.processEvents()
            target = statuses[i % len(statuses)]
            if colleague.claim(claim.id).status_id == target:
                target = statuses[(i + 1) % len(statuses)]
            t0 = time.perf_counter()
            colleague.set_status(claim.id, target)
            while True:
                app.processEvents()
                shown = window.reader.claim_by_id(claim.id)
                if shown is not None and shown.status_id == target:
                    break
                if time.perf_counter() - t0 > 10:
                    raise RuntimeError("the window did not show a colleague's change within 10 s")
                time.sleep(0.002)
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        window.close()
        window.desk.close()
        colleague.close()
    median = statistics.median(times)
    log(f"a colleague's change visible: median {median:.0f} ms over {len(times)} runs")
    return Row("colleague_visible", f"a colleague's change visible in an open window, median of {len(times)}",
               median, target="≤ 2 s", ok=median <= TARGET_MS, extra={"runs_ms": times})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.live")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="factcheck-live-") as tmp:
        work = Path(tmp)
        os.environ["FACTCHECK_SETTINGS"] = str(work / "settings.ini")
        db = args.db
        if db is None:
            from factcheck.desk import Desk

            db = str(work / "live.sqlite")
            seeds = work / "seeds"
            shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", seeds)
            desk = Desk.open(db)
            desk.import_paths([seeds])
            desk.close()
        row = measure(db, work, args.runs)
    print(f"{row.metric}: {row.value:.0f} ms ({row.result})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
