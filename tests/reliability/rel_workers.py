"""Child processes for the reliability tests: ``python rel_workers.py COMMAND ARGS``.

Each worker goes through the same services the app uses (``Desk``) and reports on stdout,
flushed, one JSON line per event. A ``done`` line is printed only after the call returned,
i.e. after its transaction committed: the parent may kill the worker at any moment and then
holds it to every ``done`` it has read.

Commands:

* ``burst DB SEED TAG [N]``: claims, statuses and sources in a burst (N operations, default
  until killed); prints ``intent`` before and ``done`` after each call.
* ``import DB FOLDER``: ``Desk.import_paths``; one line per outcome (printed after the batch
  holding it committed).
* ``hold DB SECONDS``: holds ``BEGIN IMMEDIATE`` on DB (raw sqlite3) for SECONDS.
* ``edit_lock DB``: takes the GUI edit lock, prints the result, waits for a line on stdin.
* ``steady DB INTERVAL BUSY_MS``: an editor's pace: a status change of claim 1 every
  INTERVAL seconds, waiting at most BUSY_MS for the write lock, until a line arrives on
  stdin; prints ``done`` or ``busy`` (the refusal) for each.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import time

# REL_MUTANT=split makes add_claim non-atomic, to prove the checks catch a half-write.
SPLIT_MUTANT = os.environ.get("REL_MUTANT") == "split"


def emit(**event) -> None:
    sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def burst(db: str, seed: str, tag: str, count: str = "0") -> int:
    from factcheck.desk import Desk
    from factcheck.model import SourceInput

    rng = random.Random(int(seed))
    desk = Desk.open(db, load_seeds=False, annotator=f"burst-{tag}")
    article = desk.articles()[0].id
    sentences = desk.sentences(article)
    statuses = [s.id for s in desk.statuses()]
    known = {c.id: c.status_id for c in desk.claims()}
    emit(ev="ready", claims=len(known))
    limit = int(count)
    n = 0
    while not limit or n < limit:
        n += 1
        roll = rng.random()
        base = f"https://example.org/{tag}/{n}"
        if roll < 0.4 or not known:
            sentence = rng.choice(sentences)
            urls = [f"{base}/init{k}" for k in range(rng.randint(0, 3))]
            status = rng.choice(statuses)
            emit(ev="intent", op="claim", urls=urls, status=status)
            if (
                SPLIT_MUTANT
            ):  # a broken add_claim: claim and sources in separate commits
                claim = desk.add_claim(
                    article, sentence.start, sentence.end, status_id=status
                )
                for u in urls:
                    desk.add_source(claim.id, u)
                claim = desk.claim(claim.id)
            else:
                claim = desk.add_claim(
                    article,
                    sentence.start,
                    sentence.end,
                    status_id=status,
                    note=f"{tag} {n}",
                    sources=[SourceInput(url=u) for u in urls],
                )
            known[claim.id] = status
            emit(
                ev="done",
                op="claim",
                claim=claim.id,
                urls=[s.url for s in claim.sources],
                source_ids=[s.id for s in claim.sources],
                status=claim.status_id,
            )
        elif roll < 0.75:
            cid = rng.choice(sorted(known))
            status = rng.choice([s for s in statuses if s != known[cid]])
            emit(ev="intent", op="status", claim=cid, status=status)
            claim = desk.set_status(cid, status)
            known[cid] = status
            emit(
                ev="done", op="status", claim=cid, status=status, version=claim.version
            )
        else:
            cid = rng.choice(sorted(known))
            url = f"{base}/added/x"
            emit(ev="intent", op="source", claim=cid, url=url)
            source = desk.add_source(cid, url)
            emit(ev="done", op="source", claim=cid, source_id=source.id, url=source.url)
    desk.close()
    emit(ev="finished", ops=n)
    return 0


def do_import(db: str, folder: str) -> int:
    from factcheck.desk import Desk, importing

    # Batches of 100 files: the test's 600 articles then commit in six transactions, so a
    # kill lands between two commits (the all-or-nothing case under test) at any batch size
    # the app uses for speed.
    importing.IMPORT_BATCH = 100

    desk = Desk.open(db, load_seeds=False)
    emit(ev="ready")

    def progress(outcome) -> None:
        emit(ev=outcome.outcome, path=outcome.path, article=outcome.article_id)

    desk.import_paths([folder], progress=progress)
    desk.close()
    emit(ev="finished")
    return 0


def hold(db: str, seconds: str) -> int:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO history (at, who, entity, entity_id, action) "
        "VALUES ('x', 'holder', 'probe', '0', 'probe')"
    )
    emit(ev="held")
    time.sleep(float(seconds))
    conn.execute("ROLLBACK")
    conn.close()
    emit(ev="released")
    return 0


def edit_lock(db: str) -> int:
    from factcheck.desk import Desk

    desk = Desk.open(db, load_seeds=False)
    ok, message = desk.acquire_edit_lock()
    emit(ev="lock", ok=ok, message=message)
    sys.stdin.readline()
    desk.close()
    emit(ev="closed")
    return 0


def steady(db: str, interval: str, busy_ms: str) -> int:
    import threading

    from factcheck.desk import Desk
    from factcheck.model import StoreError
    from factcheck.store import engine

    engine.BUSY_TIMEOUT_MS = int(busy_ms)
    desk = Desk.open(db, load_seeds=False, annotator="steady")
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    statuses = ("true", "false")
    emit(ev="ready")
    n = 0
    while not stop.is_set():
        n += 1
        try:
            desk.set_status(1, statuses[n % 2])
        except StoreError as exc:
            emit(ev="busy", message=str(exc))
        else:
            emit(ev="done")
        stop.wait(float(interval))
    desk.close()
    emit(ev="finished")
    return 0


COMMANDS = {
    "burst": burst,
    "import": do_import,
    "hold": hold,
    "edit_lock": edit_lock,
    "steady": steady,
}

if __name__ == "__main__":
    sys.exit(COMMANDS[sys.argv[1]](*sys.argv[2:]))
