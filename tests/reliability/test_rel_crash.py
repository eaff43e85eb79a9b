"""Crash durability: SIGKILL a writer (or an import) at random moments; nothing is lost.

A worker process (``rel_workers.py``) writes through ``Desk`` and prints a line after each
call returned (= committed). The parent kills it with SIGKILL at a random moment, then
checks the file with plain sqlite3: integrity ok, every reported write present, no claim
half-written (each claim has its create history row, its sources match the history one to
one, its version counts exactly its recorded changes, and an interrupted ``add_claim`` with
sources is all there or absent).
"""

from __future__ import annotations

import random
import time

import pytest
from rel_support import (
    Ledger,
    connect,
    events_of,
    finish,
    foreign_key_problems,
    has_table,
    integrity,
    kill,
    read_line,
    record,
    run_cli,
    start_worker,
    verify_burst,
)

from factcheck.desk import Desk
from factcheck.desk.importing import content_hash
from factcheck.store import span_blob
from factcheck.text import count_bidi_controls, sentence_spans

KILL_ROUNDS = 24
SEED = 20261124

ARTICLE = "\n".join(
    f"خبر رقم {i}: قال الوزير إن الاقتصاد نما بنسبة {i}.5 في المئة هذا العام. "
    f"وأضاف أن شركة Acme ستفتتح مصنعاً جديداً في المدينة رقم {i}."
    for i in range(1, 16)
)


@pytest.fixture
def burst_db(tmp_path):
    db = tmp_path / "burst.sqlite"
    desk = Desk.open(db, load_seeds=False)
    assert desk.import_text(ARTICLE).outcome == "imported"
    desk.close()
    return db


def _in_flight(events: list[dict]) -> dict | None:
    last = None
    for ev in events:
        if ev["ev"] == "intent":
            last = ev
        elif ev["ev"] == "done":
            last = None
    return last


@pytest.mark.slow
def test_sigkill_during_write_burst_loses_no_committed_write(burst_db):
    rng = random.Random(SEED)
    ledger = Ledger()
    killed_mid_call = 0
    for round_no in range(KILL_ROUNDS):
        proc = start_worker("burst", burst_db, rng.randrange(1 << 30), f"r{round_no}")
        if round_no % 6 == 5:
            # Now and then kill while the process is still starting / opening the store.
            time.sleep(rng.uniform(0.0, 0.8))
        else:
            assert '"ready"' in read_line(proc)
            time.sleep(rng.uniform(0.05, 0.7))
        err = kill(proc)
        assert proc.returncode == -9, f"worker died on its own: {err}"
        events = events_of(proc)
        in_flight = _in_flight(events)
        killed_mid_call += in_flight is not None
        ledger.absorb(events)

        assert integrity(burst_db) == "ok", f"round {round_no}"
        assert foreign_key_problems(burst_db) == []
        problems = verify_burst(burst_db, ledger, in_flight)
        record(losses=len(problems))
        assert problems == [], f"round {round_no}: {problems[:5]}"
        record(kill_rounds=1)

    writes = ledger.writes
    record(writes_verified=writes)
    print(
        f"\nkill test: {KILL_ROUNDS} SIGKILL rounds, {writes} committed writes verified "
        f"({len(ledger.claims)} claims, {len(ledger.sources)} sources, "
        f"{len(ledger.status_writes)} status changes), {killed_mid_call} kills inside a call"
    )
    assert writes >= KILL_ROUNDS * 5, "the burst wrote too little to prove anything"
    assert killed_mid_call >= 3, "no kill landed inside a call"


def test_the_checks_catch_a_non_atomic_add_claim(burst_db):
    """Self-test of the verifier: a worker whose add_claim commits the claim and its sources
    separately (REL_MUTANT=split) must be caught, even without a kill."""
    proc = start_worker("burst", burst_db, 3, "mutant", 40, env={"REL_MUTANT": "split"})
    err = finish(proc, timeout=120)
    assert proc.returncode == 0, err
    ledger = Ledger()
    ledger.absorb(events_of(proc))
    problems = verify_burst(burst_db, ledger, None)
    assert any("recorded changes" in p for p in problems), problems


@pytest.mark.slow
def test_two_writers_at_once_lose_nothing(burst_db):
    """The app and the CLI (two processes) writing the same file at the same time."""
    a = start_worker("burst", burst_db, 1, "a", 120)
    b = start_worker("burst", burst_db, 2, "b", 120)
    ledger = Ledger()
    for proc in (a, b):
        err = finish(proc, timeout=180)
        assert proc.returncode == 0, err
        events = events_of(proc)
        assert events[-1]["ev"] == "finished"
        ledger.absorb(events)
    assert integrity(burst_db) == "ok"
    problems = verify_burst(burst_db, ledger, None, concurrent=True)
    record(losses=len(problems), writes_verified=ledger.writes)
    assert problems == []
    assert ledger.writes == 240


@pytest.mark.slow
def test_backup_while_another_process_writes_is_consistent(burst_db, tmp_path):
    proc = start_worker("burst", burst_db, 7, "bk")
    try:
        assert '"ready"' in read_line(proc)
        backups = []
        for i in range(3):
            time.sleep(0.2)
            out = tmp_path / f"copy-{i}.sqlite"
            result = run_cli(burst_db, "backup", out, timeout=120)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
            backups.append(out)
    finally:
        kill(proc)
    previous = -1
    for out in backups:
        assert integrity(out) == "ok"
        assert foreign_key_problems(out) == []
        # a snapshot of a consistent state: no half-written claim in the copy either
        assert verify_burst(out, Ledger(), None) == []
        conn = connect(out)
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        conn.close()
        assert claims >= previous
        previous = claims
        desk = Desk.open(out, read_only=True)
        assert desk.article(1).text == ARTICLE
        desk.close()
    assert previous > 0


# -- an import killed midway ----------------------------------------------------------------

N_ARTICLES = 600


def _article_text(i: int) -> str:
    lines = [f"مقال رقم {i}: عنوان الخبر {i * 7919 % 1000}"]
    for j in range(12):
        lines.append(
            f"قال المتحدث رقم {j} إن الرقم {i}.{j} صحيح. Officials in city {i} said {j} "
            f"projects were approved! هل هذا صحيح؟ نعم، حسب المصدر {i}-{j}."
        )
    if i % 50 == 0:
        lines.append("ملف \u202eexe.png\u202c مرفق.")
    return "\n".join(lines) + "\n"


def _check_import_state(db, files: dict) -> int:
    """Each article fully present (text, sentences, search rows) or absent; returns present."""
    conn = connect(db)
    try:
        rows = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT content_hash, id, text, sentence_count, bidi_controls FROM articles"
            )
        }
        search = has_table(conn, "search_index")
        index_rows: dict[int, list] = {}
        if search:
            for aid, start, end in conn.execute(
                'SELECT article_id, start, "end" FROM search_index'
            ):
                index_rows.setdefault(int(aid), []).append((int(start), int(end)))
        stored_spans = (
            dict(conn.execute("SELECT article_id, spans FROM article_sentences"))
            if has_table(conn, "article_sentences")
            else None
        )
    finally:
        conn.close()
    present = 0
    ids = set()
    for text in files.values():
        row = rows.get(content_hash(text))
        if row is None:
            continue
        present += 1
        aid, stored, sentences, bidi = row
        ids.add(aid)
        spans = sentence_spans(text)
        assert stored == text
        assert sentences == len(spans)
        assert bidi == count_bidi_controls(text)
        if search:
            assert sorted(index_rows.get(aid, [])) == sorted(spans), f"article {aid}"
        if stored_spans is not None:  # written in the same transaction as the article
            assert span_blob.spans(stored_spans.get(aid), len(text)) == spans, f"article {aid}"
    assert len(rows) == present, "rows that match no file"
    if search:
        assert set(index_rows) <= ids, "search rows of an article that is not there"
    if stored_spans is not None:
        assert set(stored_spans) <= ids, "sentence spans of an article that is not there"
    return present


@pytest.mark.slow
def test_import_killed_midway_is_all_or_nothing_and_resumes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    files = {}
    for i in range(N_ARTICLES):
        text = _article_text(i)
        path = folder / f"{i:04d}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        files[path] = text
    db = tmp_path / "import.sqlite"
    Desk.open(db, load_seeds=False).close()

    rng = random.Random(SEED)
    partial_rounds = 0
    present = 0
    seen = []
    for round_no in range(3):
        proc = start_worker("import", db, folder)
        assert '"ready"' in read_line(proc)
        # wait for a first committed batch, then kill at a random moment after it
        while True:
            line = read_line(proc)
            if not line or '"imported"' in line or '"finished"' in line:
                break
        time.sleep(rng.uniform(0.0, 0.15))
        kill(proc)
        assert integrity(db) == "ok"
        now = _check_import_state(db, files)
        assert now >= present, "a later import lost articles"
        present = now
        seen.append(now)
        partial_rounds += 0 < now < N_ARTICLES
        record(kill_rounds=1)
        if now == N_ARTICLES:
            break
    assert partial_rounds >= 1, "no kill landed in the middle of the import"

    result = run_cli(db, "import", folder, timeout=300)
    assert result.returncode == 0, result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert (
        summary
        == f"{N_ARTICLES - present} imported, {present} already present, 0 refused"
    )
    assert _check_import_state(db, files) == N_ARTICLES
    conn = connect(db)
    try:
        n, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT imported_from) FROM articles"
        ).fetchone()
    finally:
        conn.close()
    assert n == distinct == N_ARTICLES
    record(writes_verified=N_ARTICLES)
    print(
        f"\nimport kill test: articles present after each kill {seen} of {N_ARTICLES}"
    )
