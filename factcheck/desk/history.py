"""The change history: one row per change, written in the transaction of the change.

``s`` below is an open store session (``Store.read()``/``Store.write()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from factcheck.model import HistoryEntry
from factcheck.store import Store
from factcheck.store import repository as repo


def now_iso() -> str:
    """Current local time, ISO 8601 with offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True, kw_only=True)
class Change:
    """One history row: ``action`` done to ``entity`` (claim, status or source) number
    ``entity_id``, filed under ``claim_id``; ``field`` changed from ``old`` to ``new``."""

    claim_id: int
    entity: str
    entity_id: int | str
    action: str
    field: str = ""
    old: str | None = None
    new: str | None = None


def record(s, who: str, changes: Iterable[Change]) -> None:
    """Append ``changes``, made now by ``who``, to the history (in the caller's transaction)."""
    at = now_iso()
    repo.append_history(
        s,
        [
            {
                "at": at,
                "who": who,
                "claim_id": c.claim_id,
                "entity": c.entity,
                "entity_id": str(c.entity_id),
                "action": c.action,
                "field": c.field,
                "old": c.old,
                "new": c.new,
            }
            for c in changes
        ],
    )


def _claim_ids(s, claim_id: int) -> list[int]:
    """A claim's own history ids: it and, if linked, its group's primary (which holds the
    verdict it shows)."""
    claim = repo.get_claim(s, claim_id, effective=False)
    linked = None if claim is None else claim.linked_to
    return [claim_id] if linked is None else [claim_id, linked]


def history(store: Store, claim_id: int | None = None) -> list[HistoryEntry]:
    """The change history, oldest first: all of it, or one claim's (with its primary's)."""
    with store.read() as s:
        return repo.list_history(s, None if claim_id is None else _claim_ids(s, claim_id))


def iter_history(store: Store, claim_id: int | None = None) -> Iterator[list[HistoryEntry]]:
    """``history`` in batches, read as they are used (one snapshot)."""
    with store.read() as s:
        yield from repo.iter_history(s, None if claim_id is None else _claim_ids(s, claim_id))
