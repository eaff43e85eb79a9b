"""Write an export file atomically: a temp file in the same folder, then ``os.replace``."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from factcheck.model import InvalidInput


def _cannot_write(target: Path, exc: OSError) -> InvalidInput:
    return InvalidInput(
        template="Could not write {path}: {reason}.", path=target, reason=exc.strerror or exc
    )


def check_target(target: Path, overwrite: bool, what: str = "the export") -> None:
    """Refuse a folder, an existing file (unless ``overwrite``) or a missing folder."""
    try:
        is_dir, exists = target.is_dir(), target.exists()
    except OSError as exc:  # e.g. a file name too long
        raise _cannot_write(target, exc) from None
    if is_dir:
        raise InvalidInput(
            template="{path} is a folder; give a file name for {what}.", path=target, what=what
        )
    if exists and not overwrite:
        raise InvalidInput(
            template="{path} already exists; choose another name or allow overwriting.",
            path=target,
        )
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InvalidInput(template="Folder {path} does not exist.", path=directory)


@contextmanager
def atomic_file(target: Path, *, encoding: str = "utf-8", suffix: str = "") -> Iterator[TextIO]:
    """A text file that appears at ``target`` only once fully written (temp file + rename)."""
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=suffix, dir=directory)
    except OSError as exc:  # read-only folder, no permission, disk full
        raise _cannot_write(target, exc) from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _cannot_write(target, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(
    target: Path, chunks: Iterable[str], *, encoding: str = "utf-8", suffix: str = ""
) -> None:
    """Write ``chunks`` to ``target`` all or nothing."""
    with atomic_file(target, encoding=encoding, suffix=suffix) as fh:
        for chunk in chunks:
            fh.write(chunk)


def dumps(value) -> str:
    """JSON as written by every export: UTF-8 text (not \\u escapes), stable key order."""
    return json.dumps(value, ensure_ascii=False, indent=2)


def dumps_line(value) -> str:
    """One JSON Lines record (no newline inside: JSON escapes them in strings)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
