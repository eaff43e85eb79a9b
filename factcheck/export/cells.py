"""Cell-level safety shared by every export: spreadsheet formulas, multi-value cells, JSON.

* ``neutralise_cell``: a tabular cell (CSV, TSV) that a spreadsheet would run as a formula
  gets a leading ``'``.
* ``join_values`` / ``split_values``: several values in one cell, joined with `` | ``, each
  value's ``\\`` and ``|`` escaped with ``\\`` so a value holding `` | `` cannot split.
* ``script_safe_json``: JSON text that can be pasted inside ``<script>`` and sent to a
  terminal: ``<``, ``>``, ``&``, U+2028/U+2029 and the C1 controls as ``\\u`` escapes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# -- formulas -------------------------------------------------------------------------------

# A cell starting with one of these is run as a formula (= + - @), or is cut into another
# cell by some importers (tab, CR): prefixed with ``'`` as it stands.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_START)
_FORMULA_SIGNS = frozenset("=+-@")
# Spreadsheets skip these before looking for a formula sign: white space (any Unicode
# space or line break), control and format characters (zero-width, bidi marks and isolates,
# BOM), marks and fillers that draw nothing.
_SKIPPED_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")
# First characters already seen to start no formula, whatever follows: the fast path for
# ordinary cells (a set lookup). Bounded, so a hostile database cannot grow it forever.
_SAFE_FIRST: set[str] = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_SAFE_FIRST.add("")
_SAFE_FIRST_LIMIT = 4096


def _skipped(ch: str) -> bool:
    return ch in _FILLERS or ch.isspace() or unicodedata.category(ch) in _SKIPPED_CATEGORIES


def _sign(ch: str) -> bool:
    """``ch`` is a formula sign once folded (full-width ``＝``, small ``﹢`` …)."""
    return unicodedata.normalize("NFKC", ch)[:1] in _FORMULA_SIGNS


def starts_formula(text: str) -> bool:
    """``text`` would be read as a formula by a spreadsheet (or cut by its tab or CR).

    Leading ``'`` are looked past as well: ``'=1`` becomes ``''=1``, so that a reader can
    always take exactly one ``'`` off (``restore_cell``).
    """
    if text[:1] in _SAFE_FIRST:
        return False
    rest = text.lstrip("'")
    if rest.startswith(FORMULA_START):
        return True
    for ch in rest:
        if ch in _SAFE_FIRST:  # known to be neither skipped nor a sign
            return False
        if not _skipped(ch):
            if _sign(ch):
                return True
            if len(_SAFE_FIRST) < _SAFE_FIRST_LIMIT and ch != "'":
                _SAFE_FIRST.add(ch)
            return False
    return False


def neutralised(text: str) -> str:
    """``text`` (a str), prefixed with ``'`` if a spreadsheet would run it as a formula."""
    first = text[:1]
    if first in _SAFE_FIRST:
        return text
    if first in _FORMULA_FIRST:
        return "'" + text
    if starts_formula(text):
        return "'" + text
    if len(_SAFE_FIRST) < _SAFE_FIRST_LIMIT and first != "'" and not _skipped(first):
        _SAFE_FIRST.add(first)  # neither skipped nor a sign: no text starting so is a formula
    return text


def neutralise_cell(value: object) -> str:
    """Make a cell safe for spreadsheets: prefix ``'`` to text that starts a formula after
    any leading white space, invisible or bidi characters (signs compared NFKC-folded)."""
    return neutralised("" if value is None else str(value))


def restore_cell(cell: str) -> str:
    """A reader's inverse of ``neutralise_cell``: the text as stored."""
    if cell.startswith("'") and starts_formula(cell[1:]):
        return cell[1:]
    return cell


def safe_first_chars() -> set[str]:
    """The fast path's set, for loops that inline ``neutralised`` (``v[:1] in safe``)."""
    return _SAFE_FIRST


# -- several values in one cell -------------------------------------------------------------

MULTI_SEPARATOR = " | "
_ESCAPE_VALUE = str.maketrans({"\\": "\\\\", "|": "\\|"})


def join_values(values: Sequence[str]) -> str:
    """Values joined with `` | ``; in each, ``\\`` becomes ``\\\\`` and ``|`` ``\\|``."""
    joined = MULTI_SEPARATOR.join(values)
    if "\\" not in joined and joined.count("|") == len(values) - 1:
        return joined  # the usual case: no value holds | or \ (one scan of the cell)
    return MULTI_SEPARATOR.join(v.translate(_ESCAPE_VALUE) for v in values)


def split_values(cell: str) -> list[str]:
    """A reader's inverse of ``join_values`` (after ``restore_cell``): the exact values.

    An empty cell is no value at all; every other cell splits on `` | `` (never inside a
    value: every ``|`` of a value is escaped) and each part is unescaped.
    """
    if cell == "":
        return []
    out = []
    for part in cell.split(MULTI_SEPARATOR):
        if "\\" in part:
            chars, i = [], 0
            while i < len(part):
                if part[i] == "\\" and i + 1 < len(part):
                    i += 1
                chars.append(part[i])
                i += 1
            part = "".join(chars)
        out.append(part)
    return out


# -- JSON -----------------------------------------------------------------------------------

# json.dumps(ensure_ascii=False) leaves these raw. Inside <script>, "</script>" or "<!--"
# would end or change the script; U+2028/U+2029 end a line in older JavaScript; C1 controls
# (U+009B is CSI, a terminal's escape sequence start) and DEL reach a terminal raw. In JSON
# text they can only stand inside strings, where a \u escape means the same character.
_JSON_ESCAPES = str.maketrans(
    {c: f"\\u{ord(c):04x}" for c in "<>&\u2028\u2029\x7f"}
    | {chr(c): f"\\u{c:04x}" for c in range(0x80, 0xA0)}
)


def script_safe_json(json_text: str) -> str:
    """JSON text with ``<`` ``>`` ``&``, U+2028/U+2029, DEL and C1 controls ``\\u``-escaped
    (the same JSON value)."""
    return json_text.translate(_JSON_ESCAPES)
