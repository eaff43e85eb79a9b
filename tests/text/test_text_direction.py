"""Paragraph direction in the reader and the tables: the first strong letter (UBA P2-P3),
with the article's language deciding an Arabic paragraph that opens with a Latin name."""

from __future__ import annotations

import pytest

from factcheck.text.direction import (
    article_is_rtl,
    ltr_paragraph_starts,
    paragraph_direction,
)

NADELLA = (
    "وقال الرئيس التنفيذي ساتيا ناديلا (Satya Nadella) في مؤتمر Build إن "
    '"AI is the defining technology of our times".'
)


def test_arabic_paragraph_quoting_more_english_than_arabic_reads_right_to_left():
    # More Latin letters than Arabic ones: a majority rule laid it out left to right.
    assert paragraph_direction(NADELLA) == "rtl"


@pytest.mark.parametrize(
    "paragraph",
    [
        "TikTok قالت إن الرسالة أرسلت بالخطأ",
        "Amazon Web Services (AWS) أعلنت",
        '"Amazon" قالت في بيان',
        "5G: Huawei Technologies Co. تقول",
    ],
)
def test_arabic_paragraph_opening_with_a_latin_name_reads_right_to_left_in_an_arabic_article(
    paragraph,
):
    assert paragraph_direction(paragraph, article_rtl=True) == "rtl"


def test_the_article_language_decides_a_latin_first_mixed_paragraph():
    paragraph = "The minister said شكرا to reporters"
    assert paragraph_direction(paragraph, article_rtl=False) == "ltr"
    assert paragraph_direction(paragraph, article_rtl=True) == "rtl"


@pytest.mark.parametrize(
    "paragraph",
    ["Amazon said the email was sent in error.", "2023: TikTok (ByteDance)"],
)
def test_paragraph_without_an_arabic_letter_stays_left_to_right(paragraph):
    assert paragraph_direction(paragraph, article_rtl=True) == "ltr"


def test_first_strong_letter_arabic_reads_right_to_left_even_in_an_english_article():
    assert paragraph_direction("قال Amazon spokesperson Brad Glasser today", article_rtl=False) == "rtl"


def test_a_paragraph_of_numbers_and_punctuation_follows_the_article():
    assert paragraph_direction("2023 - 10 - 05", article_rtl=True) == "rtl"
    assert paragraph_direction("2023 - 10 - 05", article_rtl=False) == "ltr"


def test_article_language_is_the_script_most_of_its_letters_are_in():
    assert article_is_rtl("TikTok\n" + NADELLA + "\nقالت الشركة")
    assert not article_is_rtl("Amazon told staff to delete TikTok.\nقالت الشركة")
    assert article_is_rtl("")  # the desk is Arabic: nothing to go by means Arabic


def test_reader_paragraphs_left_to_right_are_the_ones_without_arabic():
    text = f"عنوان\nTikTok قالت إن الرسالة أرسلت بالخطأ\n{NADELLA}\nAmazon said so."
    assert ltr_paragraph_starts(text) == (text.index("Amazon said"),)


def test_in_an_english_article_a_latin_first_mixed_paragraph_reads_left_to_right():
    text = "Amazon told staff to delete TikTok from their phones.\nThe word is حظر in Arabic."
    assert ltr_paragraph_starts(text) == (0, text.index("The word"))
