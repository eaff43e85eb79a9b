"""Tests for factcheck.text.segment: sentence spans and word snapping."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text import (
    read_text_file,
    sentence_index_at,
    sentence_spans,
    snap_to_words,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PROPS = settings(max_examples=200, deadline=None, database=None)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def check_span_properties(text: str, spans: list[tuple[int, int]]) -> None:
    """Sorted, non-overlapping, non-empty, trimmed; only whitespace outside."""
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece.strip(), (text, start, end)
        assert piece == piece.strip(), (text, start, end)
        assert text[prev_end:start].strip() == ""
        prev_end = end
    assert text[prev_end:].strip() == ""


# --- basic boundaries ------------------------------------------------------------


def test_mixed_arabic_latin() -> None:
    text = (
        "قالت Amazon إن القرار خاطئ. وأضافت: «سنراجع ذلك»! "
        "Then Wells Fargo said the same. هل هذا صحيح؟"
    )
    assert sentences(text) == [
        "قالت Amazon إن القرار خاطئ.",
        "وأضافت: «سنراجع ذلك»!",
        "Then Wells Fargo said the same.",
        "هل هذا صحيح؟",
    ]


def test_offsets_are_code_points_and_trimmed() -> None:
    text = "  أول جملة.   ثاني جملة؟  "
    assert sentence_spans(text) == [(2, 11), (14, 24)]
    assert text[2:11] == "أول جملة."


def test_newline_always_ends_a_sentence() -> None:
    text = "عنوان بلا نقطة\nنص الخبر يبدأ هنا\n\n\nفقرة، ثانية"
    assert sentences(text) == ["عنوان بلا نقطة", "نص الخبر يبدأ هنا", "فقرة، ثانية"]


@pytest.mark.parametrize("sep", ["\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0c"])
def test_other_line_breaks(sep: str) -> None:
    assert sentences(f"سطر أول{sep}سطر ثان") == ["سطر أول", "سطر ثان"]


def test_arabic_question_mark_and_ellipsis() -> None:
    # An ellipsis ends a sentence at a line end only (or before a Latin capital): inside a
    # line the sentence goes on after it.
    text = "هل منعت امازون تيك توك؟ المصدر اسفله… لا أحد يعرف... النهاية\nالمصدر اسفله…"
    assert sentences(text) == [
        "هل منعت امازون تيك توك؟",
        "المصدر اسفله… لا أحد يعرف... النهاية",
        "المصدر اسفله…",
    ]


def test_multiple_terminators_stay_together() -> None:
    text = "حقاً؟! لا!!! Really?! Yes."
    assert sentences(text) == ["حقاً؟!", "لا!!!", "Really?!", "Yes."]


def test_closing_quotes_and_brackets_kept() -> None:
    text = 'قال: «انتهى الأمر.» ثم (غادر.) وكتب “هكذا.” Then he said "no." End'
    assert sentences(text) == [
        "قال: «انتهى الأمر.»",
        "ثم (غادر.)",
        "وكتب “هكذا.”",
        'Then he said "no."',
        "End",
    ]


def test_missing_space_before_arabic_word_still_splits() -> None:
    assert sentences("وصل الوزير.وقال إن الخطة جاهزة.") == [
        "وصل الوزير.",
        "وقال إن الخطة جاهزة.",
    ]


def test_emoji_before_a_sentence() -> None:
    text = "😀 خبر: قال الوزير. 🎉 جملة ثانية!"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["😀 خبر: قال الوزير.", "🎉 جملة ثانية!"]
    assert spans[0] == (0, 18)
    assert text.index("🎉") == spans[1][0]


# --- things that must not split -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "بلغ النمو 3.5 في المئة هذا العام.",
        "بلغ التضخم ١٢٫٥ بالمئة هذا العام.",
        "بلغ التضخم ١٢.٥ بالمئة هذا العام.",
        "Inflation reached 12,5 percent this year.",
        "The version 1.2.3 shipped today.",
    ],
)
def test_decimals_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize("abbr", ["د.", "م.", "أ.", "ص.", "ج.", "ق.", "هـ."])
def test_arabic_abbreviations(abbr: str) -> None:
    text = f"التقى {abbr} محمد بالوزير أمس. ثم غادر."
    assert sentences(text) == [f"التقى {abbr} محمد بالوزير أمس.", "ثم غادر."]


def test_arabic_abbreviation_without_space() -> None:
    assert sentences("قال د.محمد إن الوضع مستقر.") == ["قال د.محمد إن الوضع مستقر."]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Brown and Mrs. Jones on St. Mark's day.",
        "J. Smith and K. Lee wrote it.",
        "The U.S. and the U.K. agreed.",
        "Cities, e.g. Cairo, i.e. big ones, grew.",
        "Team A vs. Team B ended No. 5 in the table.",
        "قال Ms. Rana إن الأمر انتهى.",
    ],
)
def test_latin_abbreviations_and_initials(text: str) -> None:
    assert sentences(text) == [text]


def test_etc_ends_sentence_only_at_line_end() -> None:
    text = "Apples, pears, etc. are sold here.\nThey sell bread, milk, etc.\nNext line"
    assert sentences(text) == [
        "Apples, pears, etc. are sold here.",
        "They sell bread, milk, etc.",
        "Next line",
    ]
    assert sentences("Milk, bread, etc.") == ["Milk, bread, etc."]


def test_no_without_number_is_a_word() -> None:
    assert sentences("I said no. Then No. 5 won.") == ["I said no.", "Then No. 5 won."]


def test_lowercase_continuation_does_not_split() -> None:
    assert sentences("It costs approx. five dollars. Fine.") == [
        "It costs approx. five dollars.",
        "Fine.",
    ]


def test_list_numbering_at_line_start() -> None:
    assert sentences("1. البند الأول\n2. البند الثاني") == [
        "1. البند الأول",
        "2. البند الثاني",
    ]


def test_year_suffix_ends_sentence_like_a_period() -> None:
    assert sentences("ولد عام 1950 م. وتوفي لاحقاً.") == [
        "ولد عام 1950 م.",
        "وتوفي لاحقاً.",
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/a.b?c=1",
        "http://example.com/news/2020/07/10/amazon.html",
        "example.com",
        "www.example.org/page.php?id=3",
        "example.com/path?q=عربي",
        "https://ar.wikipedia.org/wiki/أمازون?x=1.وثيقة",
    ],
)
def test_urls_do_not_split(url: str) -> None:
    text = f"المصدر {url} كما نشر أمس. ثم حذف."
    assert sentences(text) == [f"المصدر {url} كما نشر أمس.", "ثم حذف."]


def test_url_followed_by_period_ends_sentence() -> None:
    text = "راجع https://example.com/a.b?c=1. وبعد ذلك اتصل."
    assert sentences(text) == ["راجع https://example.com/a.b?c=1.", "وبعد ذلك اتصل."]


def test_email_does_not_split() -> None:
    text = "راسلونا على info.desk@example.com.وشكرا لكم"
    assert sentences(text) == ["راسلونا على info.desk@example.com.", "وشكرا لكم"]
    assert sentences("Write to j.doe@mail.example.org today.") == [
        "Write to j.doe@mail.example.org today."
    ]


def test_dotted_name_in_parentheses() -> None:
    text = "استحواذ الشركة على (Musical.ly) مقابل مليار دولار."
    assert sentences(text) == [text]


# --- empty and degenerate ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\u00a0\u3000 "])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert sentence_spans(text) == []


def test_punctuation_only() -> None:
    assert sentences("...\n!!! ؟") == ["...", "!!!", "؟"]


# --- seeds -----------------------------------------------------------------------------------


def test_seed_000() -> None:
    text = read_text_file(SEEDS / "000_b2108b273454dce0.txt").text
    spans = sentence_spans(text)
    check_span_properties(text, spans)
    got = [text[s:e] for s, e in spans]
    assert 20 <= len(got) <= 40
    assert got[0] == "تكنولوجيا"
    assert got[1] == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"
    assert any("(Musical.ly) مقابل مليار دولار." in s for s in got)
    assert "لن يتم نشر عنوان بريدك الإلكتروني." in got


def test_seed_001() -> None:
    text = read_text_file(SEEDS / "001_7c0d01f4aa8b72e7.txt").text
    spans = sentence_spans(text)
    check_span_properties(text, spans)
    got = [text[s:e] for s, e in spans]
    assert 8 <= len(got) <= 25
    assert got[0] == "هل امازون منعت موظفيها من استخدام تطبيق تيك توك ؟"
    assert "المصدر اسفله…" in got
    quote = next(s for s in got if s.startswith("مقتطف"))
    assert quote.endswith("عبر الهاتف.”")  # the closing quote stays with its sentence


# --- sentence_index_at ---------------------------------------------------------------------


def test_sentence_index_at() -> None:
    text = "أول.  ثان؟\nثالث"
    spans = sentence_spans(text)
    assert spans == [(0, 4), (6, 10), (11, 15)]
    assert sentence_index_at(spans, 0) == 0
    assert sentence_index_at(spans, 3) == 0
    assert sentence_index_at(spans, 4) is None  # whitespace between sentences
    assert sentence_index_at(spans, 6) == 1
    assert sentence_index_at(spans, 14) == 2
    assert sentence_index_at(spans, 15) is None
    assert sentence_index_at(spans, -1) is None
    assert sentence_index_at([], 0) is None


# --- snap_to_words -------------------------------------------------------------------------------


def test_snap_expands_cut_words() -> None:
    text = "قال الوزير إن الخطة جاهزة"
    start = text.index("الوزير") + 2
    end = text.index("الخطة") + 1
    s, e = snap_to_words(text, start, end)
    assert text[s:e] == "الوزير إن الخطة"


def test_snap_trims_whitespace() -> None:
    text = "قال   الوزير   إن"
    s, e = snap_to_words(text, 3, 14)
    assert text[s:e] == "الوزير"


def test_snap_keeps_harakat_and_tatweel() -> None:
    text = "كتبَ الطالبُ الـدرسَ"
    s, e = snap_to_words(text, 0, 3)  # "كتب" without its fatha
    assert text[s:e] == "كتبَ"
    i = text.index("الـدرسَ")
    s, e = snap_to_words(text, i + 3, i + 4)
    assert text[s:e] == "الـدرسَ"


def test_snap_keeps_zwnj_words_and_digits() -> None:
    text = "می\u200cخواهم 2020م"
    assert snap_to_words(text, 1, 2) == (0, 8)
    s, e = snap_to_words(text, 9, 10)
    assert text[s:e] == "2020م"


def test_snap_emoji_sequences() -> None:
    family = "👨\u200d👩\u200d👧"
    text = f"عائلة {family} سعيدة ❤\ufe0f 🇸🇦🇪🇬 done"
    i = text.index(family)
    assert snap_to_words(text, i + 2, i + 3) == (i, i + len(family))
    heart = text.index("❤")
    assert snap_to_words(text, heart, heart + 1) == (heart, heart + 2)
    flags = text.index("🇸🇦")
    assert snap_to_words(text, flags + 1, flags + 3) == (flags, flags + 4)
    assert snap_to_words(text, flags + 2, flags + 3) == (flags + 2, flags + 4)


def test_snap_latin_combining_mark() -> None:
    text = "cafe\u0301 ok"
    assert snap_to_words(text, 0, 4) == (0, 5)


def test_snap_blank_and_reversed_input() -> None:
    text = "أ   ب"
    assert snap_to_words(text, 1, 4) == (1, 1)
    assert snap_to_words(text, 5, 0) == (0, 5)
    assert snap_to_words(text, -3, 99) == (0, 5)
    assert snap_to_words("", 0, 0) == (0, 0)


# --- properties -------------------------------------------------------------------------------

_SPECIAL = [
    ".", "!", "?", "؟", "…", "...", "?!", "۔", "»", "”", '"', "'", ")", "]", "’", "«", "(",
    "\n", "\r", "\r\n", "\t", " ", "  ", "\u00a0", "\u2028", "\u3000",
    "د.", "م.", "هـ.", "J.", "U.S.", "Mr.", "etc.", "No.", "e.g.", "1.", "2020 م.",
    "3.5", "١٢٫٥", "https://x.com/a.b?c=عربي", "www.a.org", "a@b.com", "x.com/p?q",
    "قال", "الوزير", "أمازون", "Amazon", "Tik", "a", "Z", "٣",
    "😀", "👨\u200d👩\u200d👧", "❤\ufe0f", "🇸🇦", "\u200d", "\u200c", "\ufe0f",
    "\u064e", "\u0651", "\u0301", "ـ", "\U00010348", "\u202e",
]  # fmt: skip

arbitrary_text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=80),
    st.lists(
        st.one_of(st.sampled_from(_SPECIAL), st.characters(exclude_categories=("Cs",))),
        max_size=50,
    ).map("".join),
)


@PROPS
@given(arbitrary_text)
def test_sentence_span_properties(text: str) -> None:
    spans = sentence_spans(text)
    check_span_properties(text, spans)
    for line_break in ("\n", "\r", "\u2029"):
        for start, end in spans:
            assert line_break not in text[start:end]


@PROPS
@given(arbitrary_text, st.data())
def test_sentence_index_at_property(text: str, data: st.DataObject) -> None:
    spans = sentence_spans(text)
    pos = data.draw(st.integers(-2, len(text) + 2))
    index = sentence_index_at(spans, pos)
    containing = [i for i, (s, e) in enumerate(spans) if s <= pos < e]
    assert index == (containing[0] if containing else None)


def _is_word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN" or ch in "\u200c\u200d"


@PROPS
@given(arbitrary_text, st.data())
def test_snap_to_words_properties(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_to_words(text, start, end)
    assert 0 <= s <= e <= len(text)
    inner = text[start:end]
    if inner.strip():
        assert s < e
        # covers every non-space character of the input
        first = start + (len(inner) - len(inner.lstrip()))
        last = end - (len(inner) - len(inner.rstrip()))
        assert s <= first and e >= last
        piece = text[s:e]
        assert piece == piece.strip()
        # no word is cut and no mark is separated from its base
        if s > 0:
            assert not (_is_word(text[s - 1]) and _is_word(text[s]))
            assert unicodedata.category(text[s])[0] != "M" or text[s - 1].isspace()
        if e < len(text):
            assert not (_is_word(text[e - 1]) and _is_word(text[e]))
            assert unicodedata.category(text[e])[0] != "M" or text[e - 1].isspace()
            assert text[e] != "\ufe0f" and text[e - 1] != "\u200d" or text[e].isspace()
        assert snap_to_words(text, s, e) == (s, e)
    else:
        assert s == e


def test_sentence_index_at_takes_sentences_as_they_are() -> None:
    """The reader passes its Sentence list; the answer is the same as for the spans."""
    from factcheck.model import Sentence

    text = "أولى. ثانية! ثالثة؟"
    spans = sentence_spans(text)
    sentences = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans, 1)]
    for pos in range(len(text) + 1):
        assert sentence_index_at(sentences, pos) == sentence_index_at(spans, pos)
