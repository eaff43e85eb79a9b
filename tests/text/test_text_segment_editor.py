"""Sentences as an Arabic editor reads them: punctuation inside a sentence does not cut it,
an emoji stays with the sentence it ends, and no sentence grows without bound."""

from __future__ import annotations

import pytest
from test_text_segment import check_span_properties

from factcheck.text import sentence_spans
from factcheck.text.segment import MAX_SENTENCE_CHARS


def sentences(text: str) -> list[str]:
    spans = sentence_spans(text)
    check_span_properties(text, spans)
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text",
    [
        "وكما جاء في تقرير لنيويورك تايمز … بأن شركة أمازون تطالب موظفيها بحذف التطبيق.",
        "قال الوزير إن الأمر... لم يحسم بعد.",
        "وأعلنت الوزارة أن عدد الضحايا بلغ مئة (؟) في حصيلة أولية.",
        "وطرح سؤال «من المسؤول؟» قبل أن تبدأ الجلسة.",
        'He asked "why?" and left the room.',
        "وجاء في البيان: «إن الحكومة [...] ستلتزم بالقرار» كما نقلت الوكالة.",
        "وجاء في البيان: «إن الحكومة […] ستلتزم بالقرار» كما نقلت الوكالة.",
        "وبدأ الاجتماع في الساعة 8 م. بتوقيت القاهرة.",
        "وبدأ الاجتماع في الساعة ٨:٣٠ م. بتوقيت القاهرة.",
    ],
)
def test_punctuation_inside_a_sentence_does_not_cut_it(text):
    assert sentences(text) == [text]


def test_a_quotation_that_is_the_whole_sentence_still_ends_it():
    text = "«من المسؤول؟» سؤال يتكرر كل يوم."
    # the question opens the text: it is a sentence of its own
    assert sentences(text) == ["«من المسؤول؟»", "سؤال يتكرر كل يوم."]


def test_an_ellipsis_before_a_latin_capital_or_at_a_line_end_ends_the_sentence():
    assert sentences("He paused... The room fell silent.") == [
        "He paused...",
        "The room fell silent.",
    ]
    assert sentences("المصدر اسفله…\nبعد افصاح البيت الأبيض") == [
        "المصدر اسفله…",
        "بعد افصاح البيت الأبيض",
    ]


def test_a_year_still_ends_the_sentence():
    assert sentences("ولد عام 1950 م. وتوفي لاحقاً.") == ["ولد عام 1950 م.", "وتوفي لاحقاً."]


def test_a_latin_capital_and_a_period_before_arabic_ends_the_sentence():
    assert sentences("ينصح الأطباء بتناول فيتامين D. لكن الجرعة الزائدة ضارة.") == [
        "ينصح الأطباء بتناول فيتامين D.",
        "لكن الجرعة الزائدة ضارة.",
    ]
    assert sentences("The author J. Smith wrote it.") == ["The author J. Smith wrote it."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("يا له من خبر! 😂 لكن الشركة نفت.", "يا له من خبر! 😂"),
        ("هل هذا معقول؟ 🤔 قال المتحدث إنه صحيح.", "هل هذا معقول؟ 🤔"),
        ("رائع!😍 ثم أضاف أنه سعيد.", "رائع!😍"),
        ("حقاً؟! 👨\u200d👩\u200d👧 ثم عاد.", "حقاً؟! 👨\u200d👩\u200d👧"),
        ("مبروك! 🇸🇦🎉 وقال الوزير ذلك.", "مبروك! 🇸🇦🎉"),
    ],
)
def test_an_emoji_after_the_end_belongs_to_the_sentence_it_ends(text, first):
    got = sentences(text)
    assert got[0] == first and len(got) == 2


def test_a_line_break_still_ends_a_sentence():
    # Decided: a line is a paragraph in the reader (its own direction); a hard-wrapped
    # e-mail keeps a sentence per line (the README says so).
    assert sentences("قال الوزير إن\nالخطة جاهزة.") == ["قال الوزير إن", "الخطة جاهزة."]


def test_a_huge_line_is_cut_into_bounded_sentences_at_white_space():
    word = "كلمة "
    text = word * 1_000_000  # 5 MB, one line, no terminator
    spans = sentence_spans(text)
    check_span_properties(text, spans)
    assert len(spans) > 1
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    for s, e in spans:  # cut between words only
        assert text[s:e].startswith("كلمة") and text[s:e].endswith("كلمة")


@pytest.mark.parametrize(
    "unit",
    ["a", "👨\u200d👩\u200d👧", "🇸🇦", "e\u0301", "\u0628\u064e\u0651", "❤\ufe0f", "\U00010348"],
)
def test_a_huge_line_without_white_space_is_cut_between_characters(unit):
    text = unit * (3 * MAX_SENTENCE_CHARS // len(unit) + 7)
    spans = sentence_spans(text)
    check_span_properties(text, spans)
    assert len(spans) >= 3
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    for s, _e in spans:  # every cut falls between two whole units
        assert s % len(unit) == 0
