"""Property-based tests over arbitrary Unicode (hypothesis).

1. bytes -> decode -> import -> sentence or word-snapped span -> claim -> CSV -> read back:
   the ``claim_text`` cell (after undoing the one leading ``'`` of formula neutralisation)
   is exactly ``text[start:end]``, with ``start``/``end`` in code points;
2. the search normalisation's offset map is monotonic and in range, and maps back;
3. code point <-> UTF-16 offsets round-trip (the Qt boundary);
4. a CSV multi-value cell splits back into its exact values.
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rel_support import record

from factcheck.desk import Desk
from factcheck.export import write_csv_report
from factcheck.export.cells import (
    join_values,
    neutralise_cell,
    restore_cell,
    split_values,
    starts_formula,
)
from factcheck.model import InvalidInput
from factcheck.text import (
    normalize,
    normalize_text,
    py_to_utf16,
    sentence_spans,
    snap_to_words,
    utf16_to_py,
)
from factcheck.text.normalize import _TABLE
from factcheck.text.spans import splits_emoji

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Characters that make the text interesting for this product, mixed into arbitrary ones.
SPICE = list(
    "قالوزيرإنَّ ًٌٍَُِّْٰـ ٠١٢٣ .؟!…،؛«»\"'()=+-@\t\r\n"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0301\u0308"
) + [
    "👩\u200d👩\u200d👧",
    "🇸🇦",
    "👍🏽",
    "𝔸",
    "\U0001f600",
    "e\u0301",
    "ﻻ",
    "\u2028",
    "\u2029",
]

ANY_CHAR = st.characters(
    blacklist_categories=(
        "Cs",
        "Cc",
    ),  # no lone surrogates (not encodable); controls below
)
CONTROLS = ["\x1b", "\x07", "\x85", "\x9b", "\x0b", "\x0c", "\x1c", "\x7f"]


@st.composite
def texts(draw) -> str:
    """Arbitrary text, often spiced, now and then with a control character or two (more
    than 1 % of them makes the decoder call the file binary, which is tested elsewhere)."""
    chars = draw(
        st.lists(st.one_of(ANY_CHAR, st.sampled_from(SPICE)), min_size=1, max_size=160)
    )
    for _ in range(draw(st.integers(0, len(chars) // 100 + (len(chars) > 20)))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(CONTROLS)))
    return "".join(chars)


TEXT = texts()

_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def expected_decoded(text: str) -> str:
    """What decode_bytes must give for ``text.encode('utf-8')`` (see decode.py's docstring)."""
    out = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", out.rstrip("\x1a"))


@pytest.fixture(scope="module")
def prop_desk(tmp_path_factory):
    desk = Desk.open(
        tmp_path_factory.mktemp("props") / "props.sqlite", load_seeds=False
    )
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def csv_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("props-csv")


@SETTINGS
@given(text=TEXT, data=st.data())
def test_quote_survives_decode_segment_claim_csv(prop_desk, csv_dir, text, data):
    outcome = prop_desk.import_bytes(text.encode("utf-8"), imported_from="prop.txt")
    expected = expected_decoded(text)
    if outcome.outcome == "refused":
        blank = re.fullmatch(r"[\s\u200b-\u200d\u2060\ufeff]*", expected) is not None
        binary = len(_CONTROLS.findall(expected)) > 0.01 * len(expected)
        assert blank or binary, (outcome.reason, expected)
        assert "\n" not in outcome.reason
        record(property_refused=1)
        return
    stored = prop_desk.article(outcome.article_id).text
    assert stored == expected

    spans = sentence_spans(stored)
    for a, b in spans:
        assert 0 <= a < b <= len(stored) and stored[a:b].strip()
    if spans and data.draw(st.booleans(), label="sentence"):
        start, end = data.draw(st.sampled_from(spans), label="span")
    else:
        i = data.draw(st.integers(0, len(stored)), label="i")
        j = data.draw(st.integers(0, len(stored)), label="j")
        start, end = snap_to_words(stored, i, j)
    assume(end > start)
    try:
        claim = prop_desk.add_claim(outcome.article_id, start, end)
    except InvalidInput as exc:
        reason = str(exc)
        explained = (
            not stored[start:end].strip()
            or (start > 0 and unicodedata.combining(stored[start]))
            or (end < len(stored) and unicodedata.combining(stored[end]))
            or splits_emoji(stored, start)  # a joined sequence (ZWJ, flag, modifier) cut
            or splits_emoji(stored, end)
        )
        assert explained, reason
        assert "\n" not in reason
        record(property_spans_refused=1)
        return
    assert (claim.start, claim.end, claim.quote) == (start, end, stored[start:end])

    out = csv_dir / "report.csv"
    write_csv_report(prop_desk, out, article_id=outcome.article_id, overwrite=True)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = {r["claim_id"]: r for r in csv.DictReader(fh)}
    row = rows[str(claim.id)]
    cell = row["claim_text"]
    if starts_formula(claim.quote):  # also behind white space, bidi marks, full-width signs
        assert cell == "'" + claim.quote
        assert restore_cell(cell) == claim.quote
        cell = cell[1:]
    else:
        assert not cell.startswith(FORMULA_START)
    assert cell == stored[start:end]
    assert (int(row["start"]), int(row["end"])) == (start, end)
    record(property_examples=1)


# values built mostly from what could confuse a reader: separators, escapes, formula signs
VALUE = st.text(
    alphabet=st.sampled_from(list(" |\\'=+-@\t\n\u200f\u00a0\uff1dأa")) | st.characters(),
    max_size=8,
)


@SETTINGS
@given(values=st.lists(VALUE, min_size=1, max_size=5))
def test_multi_value_cells_split_back_to_the_exact_values(values):
    """A CSV multi-value cell (joined, then neutralised) gives back every value exactly."""
    cell = neutralise_cell(join_values(values))
    assert not starts_formula(cell) or cell.startswith("'")
    if values == [""]:  # one empty value and no value at all are both an empty cell
        assert split_values(restore_cell(cell)) == []
    else:
        assert split_values(restore_cell(cell)) == values
    record(property_examples=1)


@SETTINGS
@given(text=TEXT)
def test_normalisation_offset_map_is_monotonic_and_in_range(text):
    norm = normalize(text)
    origin = list(norm.origin)
    assert norm.text == normalize_text(text)
    assert len(origin) == len(norm.text) + 1
    assert origin[-1] == len(text)
    assert all(0 <= o <= len(text) for o in origin)
    # Increasing; equal only for the letters of one presentation form (ﻻ → لا: both
    # letters map back to the ligature).
    assert all(a <= b for a, b in itertools.pairwise(origin)), "not increasing"
    letters: dict[int, str] = {}
    for i, ch in enumerate(norm.text):
        letters[origin[i]] = letters.get(origin[i], "") + ch
    for at, folded in letters.items():  # each kept character's letters come from it
        assert text[at].translate(_TABLE) == folded
    n = len(norm.text)
    previous = (0, 0)
    for a in range(n + 1):
        b = min(n, a + 3)
        o_start, o_end = norm.to_original(a, b)
        assert 0 <= o_start <= o_end <= len(text)
        assert (o_start, o_end) >= previous
        previous = (o_start, o_end)
        assert norm.to_normalized(o_start) <= a
    for pos in range(len(text) + 1):
        assert 0 <= norm.to_normalized(pos) <= n


@SETTINGS
@given(text=TEXT)
def test_code_point_and_utf16_offsets_round_trip(text):
    units = len(text.encode("utf-16-le")) // 2
    assert py_to_utf16(text, len(text)) == units
    for i in range(len(text) + 1):
        q = py_to_utf16(text, i)
        assert q == len(text[:i].encode("utf-16-le")) // 2
        assert utf16_to_py(text, q) == i
