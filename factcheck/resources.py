"""Locate the files shipped beside the package: ``resources/`` and ``seeds/``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def _first_existing(name: str) -> Path:
    candidates = [_REPO_ROOT / name, Path(sys.prefix) / "share" / "factcheck" / name]
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[0]


def resources_dir() -> Path:
    return _first_existing("resources")


def seeds_dir() -> Path:
    return _first_existing("seeds")


def _scale_file() -> list[dict]:
    data = json.loads((resources_dir() / "status_scale.json").read_text(encoding="utf-8"))
    return data["statuses"]


def default_status_scale() -> list[dict]:
    """The default verification scale (resources/status_scale.json), as the statuses
    table stores it: without ``publishable``, which is read from the file by id."""
    return [{k: v for k, v in s.items() if k != "publishable"} for s in _scale_file()]


def publishable_status_ids() -> set[str]:
    """Ids of the scale file's statuses readers are told (a ClaimReview is published):
    the rated verdicts and the textual ones (unverifiable, satire, outdated), not the
    work states (unverified, in progress)."""
    return {s["id"] for s in _scale_file() if s.get("publishable")}
