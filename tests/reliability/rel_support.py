"""Helpers shared by the reliability tests (imported as ``rel_support``).

Everything here reads the database with plain ``sqlite3`` so the checks do not depend on
the code under test. ``FIGURES`` collects the numbers printed at the end of the run
(see ``conftest.py``).
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
WORKERS = HERE / "rel_workers.py"
PYTHON = sys.executable

# Figures reported in the terminal summary (one pytest process: a module global is enough).
FIGURES: Counter = Counter()


def record(**counts: int) -> None:
    for key, value in counts.items():
        FIGURES[key] += value


def hostile(n: int = 1) -> None:
    """Count hostile inputs tried."""
    FIGURES["hostile_inputs"] += n


# -- processes ------------------------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO), str(HERE), env.get("PYTHONPATH", "")]
    ).rstrip(os.pathsep)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.setdefault("FACTCHECK_USER", "worker")
    env.update(extra)
    return env


def start_worker(*args: str, env: dict | None = None, **popen) -> subprocess.Popen:
    """Start ``rel_workers.py ARGS``; a thread collects its stdout lines.

    ``proc.lines`` is a queue of the lines as they come, ``proc.seen`` every whole line
    (a line cut by a kill has no newline and is dropped).
    """
    proc = subprocess.Popen(
        [PYTHON, str(WORKERS), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=popen.pop("stdin", subprocess.DEVNULL),
        env=child_env(**(env or {})),
        text=True,
        encoding="utf-8",
        **popen,
    )
    proc.lines = queue.Queue()
    proc.seen = []

    def pump() -> None:
        for line in proc.stdout:
            if line.endswith("\n"):
                proc.seen.append(line.rstrip("\n"))
                proc.lines.put(line)
        proc.lines.put("")  # EOF

    proc.reader = threading.Thread(target=pump, daemon=True)
    proc.reader.start()
    return proc


def read_line(proc: subprocess.Popen, timeout: float = 60.0) -> str:
    """Next whole stdout line of a worker ("" at end of output)."""
    try:
        return proc.lines.get(timeout=timeout)
    except queue.Empty:
        raise TimeoutError("worker said nothing") from None


def kill(proc: subprocess.Popen) -> str:
    """SIGKILL the worker (if still running); return its stderr."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.reader.join(timeout=30)
    if proc.stderr.closed:  # already collected
        return proc.collected_stderr
    proc.collected_stderr = proc.stderr.read()
    proc.stderr.close()
    proc.stdout.close()
    if proc.stdin is not None and not proc.stdin.closed:
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
    return proc.collected_stderr


def finish(proc: subprocess.Popen, timeout: float = 300) -> str:
    """Wait for the worker to exit by itself; return its stderr."""
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill(proc)
        raise
    return kill(proc)


def events_of(proc: subprocess.Popen) -> list[dict]:
    """The JSON events of every whole line the (finished) worker printed."""
    return parse_events(proc.seen)


def run_cli(db, *args, env_extra: dict | None = None, timeout: float = 300, **kw):
    """Run ``python -m factcheck --db DB ARGS`` in a fresh process."""
    return subprocess.run(
        [PYTHON, "-m", "factcheck", "--db", str(db), *map(str, args)],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(**(env_extra or {})),
        timeout=timeout,
        **kw,
    )


# -- database inspection --------------------------------------------------------------------


def connect(db) -> sqlite3.Connection:
    return sqlite3.connect(str(db), timeout=30)


def integrity(db) -> str:
    conn = connect(db)
    try:
        return "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def foreign_key_problems(db) -> list:
    conn = connect(db)
    try:
        return conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
            (name,),
        ).fetchone()
        is not None
    )


# Source URLs added by add_source (they bump the claim version; those given to add_claim
# do not) carry this mark, so the version of an unreported claim can be checked too.
ADDED_MARK = "/added/"

CORE_TABLES = ("statuses", "articles", "claims", "sources", "history")


def table_rows(db, tables=CORE_TABLES) -> dict[str, list[tuple]]:
    """Every row of the core tables, ordered by their first column."""
    conn = connect(db)
    try:
        out = {}
        for t in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
            out[t] = [
                dict(zip(cols, row))
                for row in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1')
            ]
        return out
    finally:
        conn.close()


def row_counts(db, tables=CORE_TABLES) -> dict[str, int]:
    conn = connect(db)
    try:
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    finally:
        conn.close()


def sha256(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def checkpoint(db) -> None:
    """Fold the WAL into the main file so a file hash means something."""
    conn = connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


# -- burst-writer protocol ------------------------------------------------------------------


def parse_events(lines: list[str]) -> list[dict]:
    return [json.loads(line) for line in lines if line.startswith("{")]


class Ledger:
    """What writers reported: ``done`` events are committed writes, ``intent`` the in-flight."""

    def __init__(self) -> None:
        self.claims: dict[int, dict] = {}  # claim id -> {"urls": [...], "status": str}
        self.sources: dict[int, tuple[int, str]] = {}  # source id -> (claim id, url)
        self.status_writes: list[tuple[int, str, int]] = []  # (claim, status, version)
        self.last_status: dict[int, str] = {}
        self.writes = 0
        self.pending: list[dict] = []  # intents without a done, one per killed round

    def absorb(self, events: list[dict]) -> None:
        open_intent = None
        for ev in events:
            if ev["ev"] == "intent":
                open_intent = ev
            elif ev["ev"] == "done":
                open_intent = None
                self.writes += 1
                op = ev["op"]
                if op == "claim":
                    self.claims[ev["claim"]] = {
                        "urls": ev["urls"],
                        "status": ev["status"],
                    }
                    self.last_status[ev["claim"]] = ev["status"]
                    for sid, url in zip(ev["source_ids"], ev["urls"]):
                        self.sources[sid] = (ev["claim"], url)
                elif op == "status":
                    self.status_writes.append(
                        (ev["claim"], ev["status"], ev["version"])
                    )
                    self.last_status[ev["claim"]] = ev["status"]
                elif op == "source":
                    self.sources[ev["source_id"]] = (ev["claim"], ev["url"])
        if open_intent is not None:
            self.pending.append(open_intent)


def verify_burst(
    db, ledger: Ledger, in_flight: dict | None, *, concurrent: bool = False
) -> list[str]:
    """Everything the writers reported is there, and no claim is half-written.

    Returns a list of problems (empty when all is well). ``in_flight`` is the intent whose
    call was interrupted: its write may or may not be there, but not half of it (when it
    is there, the ledger takes it as the new committed status). With ``concurrent`` writers
    the order of their reports is unknown, so the status is checked against the history.
    """
    problems: list[str] = []
    conn = connect(db)
    try:
        claims = {
            r[0]: {"status": r[1], "version": r[2]}
            for r in conn.execute("SELECT id, status_id, version FROM claims")
        }
        sources = {
            r[0]: (r[1], r[2])
            for r in conn.execute("SELECT id, claim_id, url FROM sources")
        }
        hist = conn.execute(
            "SELECT claim_id, entity, entity_id, action, field, new FROM history ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    creates = Counter(h[0] for h in hist if h[1] == "claim" and h[3] == "create")
    status_updates = Counter(
        h[0] for h in hist if h[1] == "status" and h[3] == "update"
    )
    source_creates: dict[int, list[str]] = {}
    for h in hist:
        if h[1] == "source" and h[3] == "create":
            source_creates.setdefault(h[0], []).append(h[5])
    status_hist = {(h[0], h[5]) for h in hist if h[1] == "status"}
    last_in_history: dict[int, str] = {}
    for h in hist:
        if h[1] == "claim" and h[3] == "create":
            last_in_history[h[0]] = json.loads(h[5])["status"]
        elif h[1] == "status" and h[3] == "update":
            last_in_history[h[0]] = h[5]

    # 1. every committed write is present
    for cid, info in ledger.claims.items():
        if cid not in claims:
            problems.append(f"claim {cid} reported committed but missing")
    for sid, (cid, url) in ledger.sources.items():
        if sources.get(sid) != (cid, url):
            problems.append(
                f"source {sid} ({url}) of claim {cid} missing: {sources.get(sid)}"
            )
    for cid, status, version in ledger.status_writes:
        if cid not in claims:
            continue  # already reported above
        if (cid, status) not in status_hist:
            problems.append(f"status {status} of claim {cid} has no history row")
        if claims[cid]["version"] < version:
            problems.append(
                f"claim {cid} version {claims[cid]['version']} < reported {version}"
            )
    if not concurrent:  # one writer at a time: its last committed status is the value
        for cid, status in list(ledger.last_status.items()):
            if cid not in claims:
                continue
            now = claims[cid]["status"]
            if (
                now != status
                and in_flight
                and in_flight.get("op") == "status"
                and in_flight["claim"] == cid
                and now == in_flight["status"]
            ):
                ledger.last_status[cid] = now  # the interrupted call had committed
            elif now != status:
                problems.append(
                    f"claim {cid} status {now!r}, last committed {status!r}"
                )

    # 2. nothing half-written: every claim has its create row, its sources match the
    #    history one to one, and its version counts exactly the updates it went through.
    by_claim: dict[int, list[str]] = {}
    for sid, (cid, url) in sources.items():
        by_claim.setdefault(cid, []).append(url)
    for cid, info in claims.items():
        if creates[cid] != 1:
            problems.append(f"claim {cid} has {creates[cid]} create history rows")
        elif info["status"] != last_in_history.get(cid):
            problems.append(
                f"claim {cid}: status {info['status']!r} is not the last recorded"
            )
        if sorted(by_claim.get(cid, [])) != sorted(source_creates.get(cid, [])):
            problems.append(f"claim {cid}: sources {by_claim.get(cid)} vs history")
        added = [u for u in source_creates.get(cid, []) if ADDED_MARK in u]
        expected_version = 1 + status_updates[cid] + len(added)
        if info["version"] != expected_version:
            problems.append(
                f"claim {cid}: version {info['version']} but {expected_version} recorded changes"
            )
        if cid in ledger.claims:
            want = ledger.claims[cid]["urls"]
            have_initial = [u for u in by_claim.get(cid, []) if u in want]
            if sorted(have_initial) != sorted(want):
                problems.append(f"claim {cid} lost sources given at creation")
    for cid in source_creates:
        if cid not in claims:
            problems.append(f"history has sources of claim {cid} which does not exist")
    # an interrupted add_claim is all there or absent
    if in_flight and in_flight.get("op") == "claim":
        made = [
            cid
            for cid, urls in ((c, by_claim.get(c, [])) for c in claims)
            if set(in_flight["urls"]) & set(urls)
        ]
        for cid in made:
            if sorted(by_claim[cid]) != sorted(in_flight["urls"]):
                problems.append(
                    f"interrupted claim {cid} is half-written: {by_claim[cid]}"
                )
    return problems


def ensure_text(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path
