"""The edit lock: one editing app instance per database.

The holder writes a heartbeat every 30 s; a lock whose process is gone (same machine) or
whose heartbeat is older than ``LOCK_STALE_SECONDS`` may be taken. A heartbeat dated in
the future is suspect (``SuspectLock``): the editor may take it over.
"""

from __future__ import annotations

import os
import socket
import time
from typing import NamedTuple

from factcheck.model import StoreError
from factcheck.store import Store
from factcheck.store import repository as repo

LOCK_STALE_SECONDS = 120.0
# A heartbeat this far ahead of this machine's clock is suspect: its writer's clock is wrong
# or the file was altered, and "now - heartbeat" would never reach LOCK_STALE_SECONDS.
LOCK_CLOCK_SLACK_SECONDS = 60.0
# (database, holder, heartbeat) of a suspect lock -> when this process first saw that value
# (time.monotonic): a heartbeat that stops changing for LOCK_STALE_SECONDS measured here is stale.
_future_heartbeats_seen: dict[tuple[str, str, float], float] = {}


class SuspectLock(NamedTuple):
    """An edit lock dated in the future: who it names, and how far ahead its heartbeat is."""

    host: str
    pid: int
    ahead_seconds: float


class EditLock:
    """This desk's hold on a database's edit lock."""

    def __init__(self, store: Store):
        self.store = store
        self.holder: str | None = None
        self.suspect: SuspectLock | None = None  # why the last acquire failed, if suspect

    def acquire(self, holder: str | None = None, *, take_over: bool = False) -> tuple[bool, str]:
        """Take the editing lock unless another live instance holds it.

        Returns ``(True, "")`` or ``(False, message naming the holder)``. A lock dated in
        the future is refused too, but ``suspect`` then says so: the editor may take it
        over (``take_over=True`` takes the lock whoever holds it).
        """
        self.suspect = None
        if not self.store.is_sqlite:
            # A server has no whole-database lock: editors work side by side, and the
            # per-claim version check refuses an edit made from an outdated version.
            return True, ""
        holder = holder or f"{socket.gethostname()}:{os.getpid()}:{time.time_ns()}"
        with self.store.write() as s:
            lock = repo.read_lock(s)
            if (
                not take_over
                and lock is not None
                and lock.holder != holder
                and not self._is_stale(lock)
            ):
                ahead = lock.heartbeat - time.time()
                if ahead > LOCK_CLOCK_SLACK_SECONDS:
                    self.suspect = SuspectLock(lock.host, lock.pid, ahead)
                    return False, (
                        f"This database's edit lock names {lock.host} (process {lock.pid}) "
                        f"as its editor, but its last sign of life is dated {ahead / 60:.0f} "
                        "min in the future (that computer's clock is wrong, or the file was "
                        "altered); it was opened read-only. Take over editing only if nobody "
                        "is editing it there."
                    )
                return False, (
                    f"This database is being edited by {lock.host} (process {lock.pid}); "
                    "it was opened read-only."
                )
            repo.write_lock(s, holder, socket.gethostname(), os.getpid(), time.time())
        self.holder = holder
        return True, ""

    def _is_stale(self, lock) -> bool:
        if lock.host == socket.gethostname():
            try:
                os.kill(lock.pid, 0)
            except ProcessLookupError:
                return True
            except PermissionError:
                pass
        if lock.heartbeat - time.time() > LOCK_CLOCK_SLACK_SECONDS:
            # Measured on this machine: stale once the value has not changed for the interval
            # (a live holder writes a new heartbeat every 30 s, whatever its clock says).
            key = (self.store.where, lock.holder, lock.heartbeat)
            first_seen = _future_heartbeats_seen.setdefault(key, time.monotonic())
            return time.monotonic() - first_seen > LOCK_STALE_SECONDS
        if lock.host == socket.gethostname():
            return False  # its process is alive
        return time.time() - lock.heartbeat > LOCK_STALE_SECONDS

    def refresh(self) -> tuple[str, int] | None:
        """Renew the heartbeat.

        If another instance took the lock over meanwhile (this one's heartbeat had stopped
        for longer than ``LOCK_STALE_SECONDS``, e.g. a laptop asleep), the lock is left to it,
        the store becomes read-only and ``(host, pid)`` of the new holder is returned.
        """
        if not self.holder or self.store.read_only:
            return None
        with self.store.write() as s:
            lock = repo.read_lock(s)
            if lock is not None and lock.holder != self.holder:
                taken_by = (lock.host, lock.pid)
            else:
                taken_by = None
                repo.write_lock(s, self.holder, socket.gethostname(), os.getpid(), time.time())
        if taken_by is not None:
            self.holder = None
            self.store.read_only = True
        return taken_by

    def release(self) -> None:
        if self.holder and not self.store.read_only:
            try:
                with self.store.write() as s:
                    repo.clear_lock(s, self.holder)
            except StoreError:
                pass
        self.holder = None
