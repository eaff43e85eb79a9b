"""Write an export file atomically: a temp file in the same folder, then ``os.replace``."""

from __future__ import annotations

import errno
import json
import os
import secrets
import stat
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
    if exists:
        _refuse_to_replace(target, what)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InvalidInput(template="Folder {path} does not exist.", path=directory)


_SQLITE_MAGIC = b"SQLite format 3\x00"
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def _refuse_to_replace(target: Path, what: str) -> None:
    """Overwriting means replacing an earlier export: never a device, a pipe or a
    database (the app's own included) or the files SQLite keeps beside one."""
    try:
        regular = stat.S_ISREG(target.stat().st_mode)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    if not regular:
        raise InvalidInput(
            template="{path} is not a regular file; give a file name for {what}.",
            path=target,
            what=what,
        )
    database = _is_sqlite(target) or any(
        target.name.endswith(end) and _is_sqlite(target.with_name(target.name[: -len(end)]))
        for end in _SQLITE_COMPANIONS
    )
    if database:
        raise InvalidInput(
            template="{path} belongs to a database; an export never replaces it. "
            "Choose another name.",
            path=target,
        )


@contextmanager
def atomic_file(target: Path, *, encoding: str = "utf-8", suffix: str = "") -> Iterator[TextIO]:
    """A text file that appears at ``target`` only once fully written (temp file + rename)."""
    with atomic_files([(target, suffix)], encoding=encoding) as (fh,):
        yield fh


@contextmanager
def atomic_files(
    targets: list[tuple[Path, str]], *, encoding: str = "utf-8"
) -> Iterator[list[TextIO]]:
    """Text files (``(target, suffix)``) that all appear once all are fully written, or none
    does: each is written to a temp file beside its target, renamed at the end."""
    temps: list[tuple[Path, Path]] = []
    handles: list[TextIO] = []
    new_modes: list[int] = []
    current = targets[0][0]
    try:
        try:
            for target, suffix in targets:
                current = target
                directory = target.parent if str(target.parent) else Path(".")
                fd, tmp, new_mode = _private_temp(directory, suffix)
                temps.append((Path(tmp), target))
                new_modes.append(new_mode)
                handles.append(os.fdopen(fd, "w", encoding=encoding, newline=""))
            yield handles
            for (tmp, target), fh, new_mode in zip(temps, handles, new_modes, strict=True):
                current = target
                fh.flush()
                os.fsync(fh.fileno())
                fh.close()
                os.chmod(tmp, _final_mode(target, new_mode))
            _replace_all(temps)
        except _ReplaceFailed as failed:  # e.g. one of them open in another program (Windows)
            raise _cannot_write(failed.target, failed.error) from None
        except OSError as exc:  # read-only folder, no permission, disk full
            raise _cannot_write(current, exc) from None
    finally:
        for fh in handles:
            try:
                fh.close()  # already closed after a success; on failure, its data is dropped
            except OSError:
                pass
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)


_TEMP_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
)


def _private_temp(directory: Path, suffix: str) -> tuple[int, str, int]:
    """A new temp file in ``directory``, readable by its owner only while it is written:
    ``(fd, path, mode a new file gets under the user's umask)``.

    The file is created with mode 0666, which the system narrows by the umask (read here
    without changing it, so other threads are not affected), then made 0600 at once.
    """
    for _ in range(100):
        path = os.path.join(directory, f".factcheck-{secrets.token_hex(6)}{suffix}")
        try:
            fd = os.open(path, _TEMP_FLAGS, 0o666)
        except FileExistsError:
            continue
        try:
            new_mode = stat.S_IMODE(os.fstat(fd).st_mode)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
        except OSError:
            os.close(fd)
            os.unlink(path)
            raise
        return fd, path, new_mode
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(directory))


def _final_mode(target: Path, new_mode: int) -> int:
    """The mode of the file being replaced (a private 0600 report stays private), else
    the one a new file gets under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return new_mode


class _ReplaceFailed(Exception):
    def __init__(self, target: Path, error: OSError):
        super().__init__(str(error))
        self.target, self.error = target, error


def _replace_all(temps: list[tuple[Path, Path]]) -> None:
    """Rename each temp file over its target. With several, what each replaces is kept
    aside until all are in place, and put back if one rename fails: all or none."""
    if len(temps) == 1:
        tmp, target = temps[0]
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _ReplaceFailed(target, exc) from None
        return
    done: list[tuple[Path, Path | None]] = []  # (target, its previous content kept aside)
    try:
        for tmp, target in temps:
            kept = None
            try:
                if target.exists():
                    fd, name = tempfile.mkstemp(prefix=".factcheck-old-", dir=target.parent)
                    os.close(fd)
                    kept = Path(name)
                    os.replace(target, kept)
                os.replace(tmp, target)
            except OSError as exc:
                if kept is not None and not target.exists():
                    os.replace(kept, target)
                elif kept is not None:
                    kept.unlink(missing_ok=True)
                raise _ReplaceFailed(target, exc) from None
            done.append((target, kept))
    except _ReplaceFailed:
        for target, kept in reversed(done):  # put every earlier file back as it was
            if kept is not None:
                os.replace(kept, target)
            else:
                target.unlink(missing_ok=True)
        raise
    for _, kept in done:
        if kept is not None:
            kept.unlink(missing_ok=True)


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


ITEMS = "\x00factcheck:items\x00"  # in a list, where json_chunks puts the items


def json_chunks(skeleton, items: Iterable, *, encode=dumps) -> Iterator[str]:
    """``encode(skeleton)`` (an indented JSON dump) with the list ``[ITEMS]`` inside it
    holding ``items``, written a few hundred items at a time: the same text as ``encode``
    of the whole value, without the whole value or its text in memory at once."""
    text = encode(skeleton)
    marker = encode(ITEMS)
    at = text.index(marker)
    line = text.rfind("\n", 0, at) + 1
    pad = text[line:at]  # the indentation of each item
    head, tail = text[: line - 1], text[at + len(marker) :]  # head ends with "["
    yield head
    parts: list[str] = []
    sep = "\n"
    for item in items:  # JSON escapes line feeds in strings: every "\n" is a line break
        parts.append(sep + pad + encode(item).replace("\n", "\n" + pad))
        sep = ",\n"
        if len(parts) >= 256:
            yield "".join(parts)
            parts.clear()
    if sep == "\n":  # no items: "[]", as json writes an empty list
        yield "]" + tail[tail.index("]") + 1 :]
    else:
        yield "".join(parts) + tail


def dumps_line(value) -> str:
    """One JSON Lines record (no newline inside: JSON escapes them in strings)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
