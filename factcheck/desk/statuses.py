"""The verification scale (statuses) of a database, read once and kept."""

from __future__ import annotations

from factcheck.model import NotFound, Status
from factcheck.resources import default_status_scale
from factcheck.store import Store
from factcheck.store import repository as repo

DEFAULT_STATUS = "unverified"


class StatusScale:
    """The statuses of one database; a new writable database gets the default scale."""

    def __init__(self, store: Store):
        self.store = store
        self._statuses: list[Status] | None = None
        if not store.read_only:
            self._ensure()

    def _ensure(self) -> None:
        with self.store.read() as s:
            if repo.list_statuses(s):
                return
        with self.store.write() as s:
            if not repo.list_statuses(s):
                repo.insert_statuses(s, default_status_scale())

    def all(self) -> list[Status]:
        if self._statuses is None:
            with self.store.read() as s:
                self._statuses = repo.list_statuses(s)
        return self._statuses

    def get(self, status_id: str) -> Status:
        """The status ``status_id``, or ``NotFound`` naming the known ones."""
        for st in self.all():
            if st.id == status_id:
                return st
        known = ", ".join(s.id for s in self.all())
        raise NotFound(
            template="Unknown status {status!r}; known statuses: {known}.",
            status=status_id,
            known=known,
        )

    @property
    def default_id(self) -> str:
        """What a new claim is rated: ``unverified`` if the scale has it, else its first."""
        ids = [s.id for s in self.all()]
        return DEFAULT_STATUS if DEFAULT_STATUS in ids else (ids[0] if ids else DEFAULT_STATUS)
