"""Small helpers for translated strings."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")
LRI, PDI = "\u2066", "\u2069"


def fill(template: str, *values: object) -> str:
    """Replace ``%1``…``%9`` in one pass (a value holding "%2" is left alone)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


def isolate_ltr(text: str) -> str:
    """Keep Latin UI text such as key names in order inside a right-to-left line."""
    return f"{LRI}{text}{PDI}"


def short_time(iso: str) -> str:
    """``2026-11-23T11:34:05+03:00`` → ``2026-11-23 11:34``."""
    return iso[:16].replace("T", " ")
