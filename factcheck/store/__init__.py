"""Persistence: engine set-up, Alembic migrations, and the repository (the only SQL)."""

from factcheck.store import aliases, workflow_schema  # noqa: F401  (their tables on Base)
from factcheck.store.engine import Store, default_db_path, resolve_db_url

__all__ = ["Store", "default_db_path", "resolve_db_url"]
