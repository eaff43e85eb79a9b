"""The benchmark suite runs end to end at a tiny scale and reports every metric.

Speed is measured by ``python -m tests.perf``, not here: nothing below asserts a
timing, only that each metric row is present with a number and a pass/fail verdict.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.perf import corpus
from tests.perf.run import Row, format_table, parse_args

REPO = Path(__file__).resolve().parents[2]

ALWAYS = (
    "open_1mb",
    "edit_median",
    "edit_p95",
    "import",
    "export_csv",
    "startup",
    "rss",
    "colleague_visible",  # a colleague's change visible in an open window (tests.perf.live)
    "import_vs_label_studio",  # its figure alone when Label Studio is not installed
    "growth_open_1mb",
    "growth_edit_median",
    "growth_import",
    "growth_export_csv",
    # peak memory of each CLI command, each in a fresh process (tests.perf.memory)
    "rss_cmd_import",
    "rss_cmd_articles_json",
    "rss_cmd_claims",
    "rss_cmd_claims_json",
    "rss_cmd_history_json",
    "rss_cmd_report",
    "rss_cmd_export_csv",
    "rss_cmd_export_claimreview",
    "rss_cmd_export_annotations",
    "rss_cmd_export_research",
)
# Features of other issues: "n/a (not available)" until they exist, then measured.
OPTIONAL = ("search_median", "suggest_map5", "suggest_latency")
WITH_FLOOR = ("open_1mb", "import", "export_csv", "startup")


def test_corpus_is_deterministic():
    assert corpus.articles(5) == corpus.articles(5)
    assert corpus.articles(3, seed=1) != corpus.articles(3, seed=2)
    # Article i does not depend on how many are generated.
    assert corpus.articles(2, start=3) == corpus.articles(5)[3:]
    assert corpus.big_article(20_000) == corpus.big_article(20_000)


def test_articles_are_realistic_and_unique():
    texts = corpus.articles(60)
    assert len(set(texts)) == len(texts)
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert min(sizes) >= corpus.MIN_BYTES and max(sizes) <= corpus.MAX_BYTES
    joined = "".join(texts)
    assert any("\u0600" <= ch <= "\u06ff" for ch in joined)
    assert any(ord(ch) > 0xFFFF for ch in joined)  # emoji: surrogate pairs in Qt
    assert any(ch in "٠١٢٣٤٥٦٧٨٩" for ch in joined)
    assert "٫" in joined  # Arabic decimal separator
    assert any(name in joined for name in corpus.LATIN_NAMES)


def test_big_article_is_a_megabyte_with_emoji_and_latin():
    text = corpus.big_article()
    assert len(text) >= 1_000_000
    assert any(ord(ch) > 0xFFFF for ch in text)
    assert any(name in text for name in corpus.LATIN_NAMES)
    assert any("a" <= ch <= "z" for ch in text)
    assert max(len(p) for p in text.split("\n\n")) > 10_000  # long paragraphs


def test_written_files_import_back_to_the_same_texts(tmp_path):
    from factcheck.desk import Desk

    texts = corpus.articles(12)
    paths = corpus.write_articles(tmp_path / "archive", texts, per_folder=5)
    assert len({p.parent for p in paths}) == 3
    assert paths[9].read_bytes().startswith(b"\xef\xbb\xbf")  # one in ten: BOM + CRLF
    desk = Desk.open(tmp_path / "db.sqlite", load_seeds=False)
    try:
        outcomes = desk.import_paths([tmp_path / "archive"])
        assert [o.outcome for o in outcomes] == ["imported"] * len(texts)
        by_path = {o.path: o.article_id for o in outcomes}
        for path, text in zip(paths, texts, strict=True):
            assert desk.article(by_path[str(path)]).text == text
    finally:
        desk.close()


def test_claim_spans_are_distinct_and_inside_the_text():
    import random

    text = corpus.article(0)
    spans = corpus.claim_spans(text, 8, random.Random(1))
    assert len(set(spans)) == len(spans) > 0
    for a, b in spans:
        assert 0 <= a < b <= len(text) and text[a:b].strip() == text[a:b]


def test_table_marks_a_missed_target_without_failing():
    rows = [
        Row("x", "fast", 10.0, floor=5.0, target="≤ 1.5× floor", ok=False),
        Row("y", "absent", None, target="≤ 50 ms", note="not available"),
    ]
    table = format_table(rows)
    assert "MISS" in table and "2.00×" in table and "10.0 ms" in table
    assert "n/a (not available)" in table
    assert parse_args(["--quick"]).articles == 300


@pytest.mark.slow
def test_quick_benchmark_writes_every_metric(tmp_path):
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.perf",
            "--quick",
            "--articles",
            "30",
            "--claims",
            "300",
            "--big-chars",
            "20000",
            "--big-claims",
            "40",
            "--edits",
            "4",
            "--reps",
            "1",
            "--suggest-calls",
            "3",
            "--workdir",
            str(tmp_path),
            "--json",
            str(out),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["key"]: row for row in data["rows"]}
    assert set(ALWAYS) | set(OPTIONAL) <= set(rows)
    for key in ALWAYS:
        row = rows[key]
        assert isinstance(row["value"], (int, float)), row
        assert row["pass"] in (True, False), row
        assert row["result"] in ("pass", "MISS"), row
    for key in WITH_FLOOR:
        assert isinstance(rows[key]["floor"], (int, float)) and rows[key]["floor"] > 0
        assert isinstance(rows[key]["ratio"], (int, float))
    for key in OPTIONAL:
        row = rows[key]
        if row["value"] is None:
            assert row["pass"] is None and row["result"] == "n/a"
        else:
            assert isinstance(row["value"], (int, float))
            assert row["pass"] in (True, False)
    # The table printed on stdout carries the same rows.
    for row in data["rows"]:
        assert row["metric"] in proc.stdout
    # Nothing is left behind in the work folder.
    assert not any(tmp_path.glob("factcheck-bench-*"))


def test_growth_divides_out_the_machines_drift_but_not_a_quadratic_cost():
    from tests.perf.run import Scale, growth_row

    def scales(small_s: float, large_s: float, floor_small: float, floor_large: float):
        small = Scale("small", 1_000, 10_000, Path("s"))
        large = Scale("large", 10_000, 100_000, Path("l"))
        small.figures.update(export=small_s, export_floor=floor_small, claims_total=10_000)
        large.figures.update(export=large_s, export_floor=floor_large, claims_total=100_000)
        return small, large

    # Linear work measured while the machine slowed by 1.6×: 16× raw, 10× after the drift.
    row = growth_row("export_csv", "export CSV", *scales(0.2, 3.2, 0.1, 1.6),
                     "export", "export_floor", 10.0)  # fmt: skip
    assert row.ok and row.extra["corrected_growth"] == 10.0 and row.extra["drift"] == 1.6
    # Quadratic work on a steady machine stays a miss.
    row = growth_row("export_csv", "export CSV", *scales(0.2, 20.0, 0.1, 1.0),
                     "export", "export_floor", 10.0)  # fmt: skip
    assert not row.ok and "worse than linear" in row.note
    # Without a floor the raw growth is judged.
    row = growth_row("export_csv", "export CSV", *scales(0.2, 3.2, 0.1, 1.6), "export")
    assert not row.ok and row.extra["drift"] == 1.0


def test_server_benchmark_measures_both_backends_with_their_claims(tmp_path, pg_url):
    """``--db URL``: the same archive and claims on an SQLite file and on the server, each
    with its import, edit, search and CSV rows, and edits in a real window on each."""
    from factcheck.desk import Desk
    from tests.perf.server import run_on

    rows = run_on(pg_url, 30, 3, tmp_path, corpus.DEFAULT_SEED, claims=60, reps=1)
    by_key = {r.key: r for r in rows}
    for backend in ("sqlite", "postgresql"):
        for metric in ("import", "edit_median", "edit_p95", "search_median", "export_csv"):
            assert by_key[f"{backend}_{metric}"].value > 0, (backend, metric)
        assert "63 claims" in by_key[f"{backend}_export_csv"].metric
        assert by_key[f"{backend}_window_edit_median"].value > 0, backend
    desk = Desk.open(pg_url, load_seeds=False)
    try:
        # 60 in bulk, 3 marked through the desk, then 3 marked in the window
        assert len(desk.claims()) == 66
    finally:
        desk.close()
