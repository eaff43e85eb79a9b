"""Peak memory of each command of the ``factcheck`` CLI on an archive of a given size.

Each command runs in a fresh interpreter, its output thrown away; its peak resident
memory is the kernel's count for that process (``VmHWM``, read as it exits). The archive is the benchmark's synthetic corpus with claims added in bulk,
a twentieth of them linked across articles, so every listing and export has groups to
follow. Target: every command within 400 MB at a million claims, i.e. memory that does not
grow with the archive.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from tests.perf import corpus

TARGET_MB = 400
# (key, the command line after ``factcheck --db DB``; OUT is a path in the work folder)
COMMANDS = (
    ("articles_json", ["articles", "--json"]),
    ("claims", ["claims"]),
    ("claims_json", ["claims", "--json"]),
    ("history_json", ["history", "--json"]),
    ("report", ["report"]),
    ("export_csv", ["export", "csv", "OUT.csv"]),
    ("export_claimreview", ["export", "claimreview", "OUT.json", "--include-unapproved"]),
    ("export_annotations", ["export", "annotations", "OUT.jsonld"]),
    ("export_research", ["export", "research", "OUT-research"]),
)


# Runs the CLI and, at exit, writes its peak resident memory (VmHWM, kB) to the file named
# by FACTCHECK_BENCH_HWM. (``wait4``'s ``ru_maxrss`` counts the benchmark's own memory too:
# the child is forked from it before it runs Python afresh.)
_CHILD = """
import atexit, os, sys
def _peak():
    with open("/proc/self/status") as fh:
        kb = next(line.split()[1] for line in fh if line.startswith("VmHWM:"))
    with open(os.environ["FACTCHECK_BENCH_HWM"], "w") as out:
        out.write(kb)
atexit.register(_peak)
from factcheck.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def peak_rss_mb(args: list[str], work: Path, env: dict) -> tuple[float, int, str]:
    """Run ``factcheck ARGS``; returns (its peak resident memory in MB, exit code, stderr's
    end)."""
    hwm = work / "peak-kb.txt"
    hwm.unlink(missing_ok=True)
    with open(os.devnull, "wb") as sink:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, *args],
            stdout=sink,
            stderr=subprocess.PIPE,
            env=dict(env, FACTCHECK_BENCH_HWM=str(hwm)),
            check=False,
        )
    err = proc.stderr.decode("utf-8", "replace")[-500:]
    kb = int(hwm.read_text()) if hwm.exists() else 0
    return kb / 1024.0, proc.returncode, err


def _link_some(db: Path, seed: int, share: float = 0.05) -> int:
    """Link a share of the claims to a claim of another article (raw SQL: the bench's
    own fixture, as ``_bulk_claims``)."""
    import sqlite3

    rng = random.Random(f"{seed}:links")
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT id, article_id FROM claims ORDER BY id").fetchall()
        primaries = rows[: max(1, len(rows) // 20)]
        pairs = []
        taken = {p for p, _ in primaries}
        for cid, aid in rows[len(primaries):]:
            if rng.random() < share:
                pid, paid = rng.choice(primaries)
                if paid != aid and cid not in taken:
                    pairs.append((pid, rng.choice(("agree", "disagree", "discuss")), cid))
        with con:
            con.executemany("UPDATE claims SET linked_to = ?, stance = ? WHERE id = ?", pairs)
        return len(pairs)
    finally:
        con.close()


def build(work: Path, n_articles: int, n_claims: int, seed: int, log) -> tuple[Path, Path, dict]:
    """An archive folder and a database holding it with ``n_claims`` claims."""
    from factcheck.desk import Desk
    from tests.perf.run import _bulk_claims

    folder = work / "memory-archive"
    texts = corpus.articles(n_articles, seed)
    paths = corpus.write_articles(folder, texts)
    db = work / "memory.sqlite"
    desk = Desk.open(db, annotator="bench", load_seeds=False)
    try:
        outcomes = desk.import_paths([folder])
        ids = {o.path: o.article_id for o in outcomes if o.outcome == "imported"}
        items = [(ids[str(p)], t) for p, t in zip(paths, texts, strict=True) if str(p) in ids]
        spans = [corpus.sentence_spans(t) for _, t in items]
        counts = corpus.spread(n_claims, [len(sp) for sp in spans])
        plan = [(a, t, k, sp) for (a, t), k, sp in zip(items, counts, spans, strict=True)]
        claims = 0
        for i in range(0, len(plan), 2000):  # a bounded transaction at a time
            claims += _bulk_claims(desk, plan[i : i + 2000], seed + i)
    finally:
        desk.close()
    links = _link_some(db, seed)
    log(f"memory: {len(items):,} articles, {claims:,} claims ({links:,} linked)")
    return folder, db, {"articles": len(items), "claims": claims, "links": links}


def measure(work: Path, n_articles: int, n_claims: int, seed: int, log) -> list[dict]:
    """Peak memory of each command (and of importing the archive into a new database)."""
    folder, db, size = build(work, n_articles, n_claims, seed, log)
    env = dict(os.environ)
    env.setdefault("FACTCHECK_USER", "bench")
    results = []
    fresh = work / "memory-import.sqlite"
    runs = [("import", [str(fresh) if a == "DB" else a for a in ("DB", "import", str(folder))])]
    for key, argv in COMMANDS:
        runs.append((key, [str(db)] + [str(work / a) if a.startswith("OUT") else a for a in argv]))
    for key, argv in runs:
        t0 = time.perf_counter()
        mb, code, err = peak_rss_mb(["--db", *argv], work, env)
        seconds = time.perf_counter() - t0
        log(f"memory: factcheck {' '.join(argv[1:2])} {key}: {mb:,.1f} MB, {seconds:,.1f} s")
        results.append(
            {"key": key, "command": "factcheck " + " ".join(
                a.replace(str(work) + os.sep, "") for a in argv[1:]
            ), "mb": mb, "seconds": seconds, "exit": code, "error": err if code else "",
             **size}
        )
    return results
