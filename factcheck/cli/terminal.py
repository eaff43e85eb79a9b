"""What the CLI writes to a terminal and reads from its command line, shared by its commands.

Output: control characters from articles and notes made visible (never obeyed), JSON that
stays valid on a console that cannot encode Arabic. Input: record ids and counts checked
by argparse, so a mistyped number is one line, not a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict

MAX_ID = 2**63 - 1  # SQLite's largest integer


def utf_stream(stream) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().startswith("utf")


def tolerant_streams() -> None:
    """A console that cannot encode Arabic (cp1252, latin-1) must not crash a command."""
    for stream in (sys.stdout, sys.stderr):
        if not utf_stream(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


# json.dumps(ensure_ascii=False) escapes C0 controls but leaves DEL and the C1 controls
# raw: U+009B is CSI, the start of an escape sequence, to many terminals. In JSON text they
# can stand only inside strings, where the \u escape is the same character.
_JSON_CONTROL_ESCAPES = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def _json_text(value) -> str:
    # \u escapes keep the JSON valid and lossless on a non-UTF-8 stdout.
    text = json.dumps(value, ensure_ascii=not utf_stream(sys.stdout), indent=2)
    return text.translate(_JSON_CONTROL_ESCAPES)


def emit_json(value) -> None:
    sys.stdout.write(_json_text(value))
    sys.stdout.write("\n")


def emit_json_list(items: Iterable) -> None:
    """``emit_json(list(items))``, printed item by item (a listing of a million claims
    is never held in memory whole)."""
    from factcheck.export.atomic import ITEMS, json_chunks

    for chunk in json_chunks([ITEMS], items, encode=_json_text):
        sys.stdout.write(chunk)
    sys.stdout.write("\n")


# C0/C1 control characters (tab and line feed aside) shown as symbols, never sent raw: an
# article's ESC sequences would retitle, clear or hijack the terminal (OSC 52: clipboard).
_CONTROL_PICTURES = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_CONTROL_PICTURES.update({0x7F: 0x2421, **{c: 0xFFFD for c in range(0x80, 0xA0)}})
# ... and in ``safe`` the tab and line breaks too (␉ ␊ ␤): one record stays on one line, so a
# note or a file name holding a line feed cannot print a forged line of its own.
_VISIBLE = {**_CONTROL_PICTURES, 0x09: 0x2409, 0x0A: 0x240A, 0x2028: 0x2424, 0x2029: 0x2424}


def claim_json(claim) -> dict:
    """A claim as ``--json`` prints it: its fields, ``quote`` as ``text`` and ``status_id``
    as ``status``."""
    data = asdict(claim)
    data["text"] = data.pop("quote")
    data["status"] = data.pop("status_id")
    return data


def safe(value: object) -> str:
    """Text for the terminal, on one line: control characters, tabs and line breaks made
    visible instead of obeyed."""
    return str(value).translate(_VISIBLE)


def one_line(text: str, limit: int = 80) -> str:
    """``text`` with each run of white space (line breaks too) as one space, shortened."""
    flat = " ".join(str(text).translate(_CONTROL_PICTURES).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def record_id(value: str) -> int:
    """An article or claim id: a whole number from 1 to SQLite's largest integer."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"an id is a whole number from 1 to {MAX_ID}, not {value!r}")
    return number


def positive_count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return number


class OneLineParser(argparse.ArgumentParser):
    """argparse, with a malformed command line reported as one ``factcheck: error:`` line
    (exit 2) instead of the usage block."""

    def error(self, message: str):
        command = self.prog.removeprefix("factcheck").strip()
        where = f"{command}: " if command else ""
        self.exit(2, f"factcheck: error: {where}{safe(message)} (see {self.prog} --help)\n")


def refuse_undecodable(
    parser: argparse.ArgumentParser, args: argparse.Namespace, paths: set[str]
) -> None:
    """Text arguments must be text: bytes that are not valid UTF-8 (a note read from a
    Windows-1256 file with ``$(cat …)``) arrive as lone surrogates, which nothing can store.
    File names (the arguments named in ``paths``) may be any bytes."""
    for name, value in vars(args).items():
        if name in paths:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    shown = item.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                    parser.error(f"{name.replace('_', '-')} is not valid UTF-8 text: {shown!r}")
