"""A writer for the PostgreSQL concurrency tests: ``python rel_pg_writer.py URL TAG N``.

Adds claims with sources, changes verdicts (its own claims and claim 1, which every writer
shares) and adds sources, through ``Desk``; prints one JSON line per committed write, after
the call returned. A write refused because another writer changed the same claim at the
same moment is retried (what an editor does); a stale version is re-read and retried.
"""

from __future__ import annotations

import json
import random
import sys

from factcheck.desk import Desk
from factcheck.model import ConflictError, StoreBusy


def emit(**event) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def retried(call):
    for _ in range(200):
        try:
            return call()
        except (StoreBusy, ConflictError):
            continue
    raise SystemExit("gave up after 200 refusals")


def main(url: str, tag: str, count: str) -> int:
    rng = random.Random(tag)
    desk = Desk.open(url, annotator=f"writer-{tag}")
    statuses = [s.id for s in desk.statuses()]
    sentences = len(desk.sentences(1))
    mine: list[int] = []
    emit(ev="ready")
    for n in range(int(count)):
        roll = rng.random()
        if roll < 0.4 or not mine:
            urls = [
                f"https://example.org/{tag}/{n}/{k}" for k in range(rng.randint(0, 2))
            ]
            index = rng.randint(1, sentences)
            claim = retried(
                lambda index=index, urls=urls: desk.add_claim_for_sentence(
                    1, index, sources=urls
                )
            )
            mine.append(claim.id)
            emit(ev="claim", id=claim.id, urls=urls)
        elif roll < 0.8:
            target = rng.choice([1, *mine])
            status = rng.choice(statuses)

            def verdict(target=target, status=status):
                current = desk.claim(target)
                desk.set_status(target, status, expected_version=current.version)
                return current.status_id != status  # the same value records nothing

            changed = retried(verdict)
            emit(ev="status", id=target, status=status, changed=changed)
        else:
            target = rng.choice(mine)
            url_ = f"https://example.org/{tag}/{n}/extra"
            retried(lambda target=target, url_=url_: desk.add_source(target, url_))
            emit(ev="source", id=target, url=url_)
    desk.close()
    emit(ev="finished")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
