"""Helpers shared by the GUI tests."""

from __future__ import annotations

from factcheck.desk import Desk


def stored(db) -> dict:
    """The claims as stored in ``db`` (read by a second, read-only Desk), by id."""
    desk = Desk.open(db, read_only=True)
    try:
        return {c.id: c for c in desk.claims()}
    finally:
        desk.close()
