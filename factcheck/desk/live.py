"""Live windows: what others changed since this window last looked, and presence.

``ChangeFeed.poll()`` turns the history rows and article ids that appeared since the last
look into ``ChangeEvent``s (the same on both backends); ``ChangeFeed.watch()`` gives what
tells a window it is time to look (``PRAGMA data_version`` on SQLite, LISTEN/NOTIFY on a
server). Presence is advisory: a window says which claim its inspector shows every few
seconds; a row not renewed for ``PRESENCE_STALE_S`` is a window that closed or crashed.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections import defaultdict

from factcheck.model import (
    EDITABLE_ARTICLE_FIELDS,
    ChangeEvent,
    FactcheckError,
    HistoryEntry,
    Presence,
)
from factcheck.store import Store
from factcheck.store import changes as repo

PRESENCE_BEAT_S = 5.0
PRESENCE_STALE_S = 15.0  # three missed heartbeats


def _kind_and_ids(e: HistoryEntry) -> tuple[str, tuple[int, ...]] | None:
    """What one history row changed, as a change event's kind and ids (None: not shown live)."""
    if e.entity == "article" and e.field in EDITABLE_ARTICLE_FIELDS and e.entity_id.isdigit():
        return "article_changed", (int(e.entity_id),)  # its title, publisher, …
    if e.claim_id is None:  # editors, assignments, article states: not shown live
        return None
    target = int(e.entity_id) if e.entity == "claim" and e.entity_id.isdigit() else e.claim_id
    if e.entity == "claim" and e.action in ("create", "restore"):
        return "claim_added", (target,)
    if e.entity == "claim" and e.action == "delete":
        return "claim_removed", (target,)
    if e.entity == "claim" and (e.action in ("link", "unlink") or e.field == "linked_to"):
        return "links_changed", (target, e.claim_id)
    return "claim_changed", (e.claim_id,)


def events_from_history(entries: list[HistoryEntry]) -> list[ChangeEvent]:
    """History rows as change events: one per kind and editor, ids in order of first change."""
    grouped: dict[tuple[str, str], dict[int, None]] = defaultdict(dict)
    latest: dict[tuple[str, str], str] = {}
    for e in entries:
        found = _kind_and_ids(e)
        if found is None:
            continue
        kind, ids = found
        key = (kind, e.who)
        for i in ids:
            grouped[key][i] = None
        latest[key] = max(latest.get(key, ""), e.at)
    return [ChangeEvent(kind, tuple(ids), who, latest[(kind, who)]) for (kind, who), ids in grouped.items()]


class ChangeFeed:
    """One window's view of changes made elsewhere, and its presence row."""

    def __init__(self, store: Store):
        self.store = store
        self.session = uuid.uuid4().hex
        self._history_id = 0
        # The ids of the articles stored: a range while they have no gaps (articles are
        # seldom removed; reading 100,000 ids at every start cost 30 ms), else a set.
        self._article_ids: range | set[int] = range(0)
        self._article_last = 0
        self.reset()

    def reset(self) -> None:
        """Start from what is stored now (after a reconnect: the window reloads it all)."""
        with self.store.read() as s:
            self._history_id = repo.last_history_id(s)
            count, first, last = repo.article_id_span(s)
            if count == last - first + 1 or not count:
                self._article_ids = range(first, last + 1) if count else range(0)
            else:
                self._article_ids = set(repo.all_article_ids(s))
        self._article_last = last

    def poll(self) -> list[ChangeEvent]:
        """What was committed since the last poll (or ``reset``)."""
        with self.store.read() as s:
            entries = repo.history_after(s, self._history_id)
            count, last = repo.article_count_and_last(s)
            added = repo.article_ids_after(s, self._article_last) if last > self._article_last else []
            removed: list[int] = []
            if count != len(self._article_ids) + len(added):
                now = set(repo.all_article_ids(s))
                known = set(self._article_ids)
                added = sorted(now - known)
                removed = sorted(known - now)
            times = repo.article_times(s, added)
        if entries:
            self._history_id = entries[-1].id
        events = events_from_history(entries)
        if added:
            self._know(added, [])
            events.insert(0, ChangeEvent("article_added", tuple(added), "", max(times.values(), default="")))
        if removed:
            self._know([], removed)
            events.insert(0, ChangeEvent("article_removed", tuple(removed), "", ""))
        self._article_last = max(self._article_last, last)
        return events

    def _know(self, added: list[int], removed: list[int]) -> None:
        ids = self._article_ids
        if isinstance(ids, range) and not removed:
            start, stop = (ids.start, ids.stop) if ids else (added[0], added[0])
            if added == list(range(stop, stop + len(added))):  # still without gaps
                self._article_ids = range(start, stop + len(added))
                return
        ids = set(ids)
        ids.update(added)
        ids.difference_update(removed)
        self._article_ids = ids

    def watch(self):
        """What says it is time to poll: ``changed()`` (SQLite, poll it often) or
        ``wait(timeout)`` (a server; blocks, run it off the GUI thread)."""
        if self.store.is_postgres:
            return repo.NotifyListener(self.store.url, self.store.where)
        return repo.DataVersionWatch(self.store.path)

    # -- presence -------------------------------------------------------------------------
    @property
    def can_beat(self) -> bool:
        return not self.store.read_only

    def beat(self, who: str, claim_id: int | None) -> None:
        """This window is alive and shows ``claim_id`` (nothing on a read-only file)."""
        if not self.can_beat:
            return
        with self.store.write() as s:
            repo.beat(s, self.session, who, claim_id, socket.gethostname(), os.getpid())

    def leave(self) -> None:
        """This window closes: its row goes, with rows of windows long gone."""
        if not self.can_beat:
            return
        try:
            with self.store.write() as s:
                repo.leave(s, self.session, older_than=PRESENCE_STALE_S * 20)
        except FactcheckError:
            pass  # advisory: it goes stale by itself

    def others(self) -> list[Presence]:
        """The other windows alive now."""
        with self.store.read() as s:
            rows = repo.present(s, PRESENCE_STALE_S)
        return [Presence(sid, who, claim) for sid, who, claim in rows if sid != self.session]

    def ping(self) -> None:
        """Raises ``StoreError`` when the database cannot be reached."""
        with self.store.read() as s:
            repo.ping(s)
