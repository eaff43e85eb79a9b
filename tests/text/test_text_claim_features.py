"""Negation, numbers, dates and places of a claim, across digit systems and spellings."""

from __future__ import annotations

import pytest

from factcheck.text.claim_features import (
    claim_features,
    dates,
    is_negated,
    numbers,
    places,
    set_agreement,
)


@pytest.mark.parametrize(
    "forms, value",
    [
        (["35", "٣٥", "۳۵", "خمسة وثلاثون", "خمسة وثلاثين"], 35),
        (["10%", "10 بالمئة", "١٠٪", "۱۰٪", "عشرة بالمئة", "10 في المائة", "عشرة في المئة"], 10),
        (["نصف مليون", "500 ألف", "500,000", "500000", "خمسمئة ألف"], 500_000),
        (["1,000", "1000", "ألف", "١٬٠٠٠"], 1000),
        (["2.5", "٢٫٥", "2,5"], 2.5),
        (["مليوني برميل", "2 مليون برميل", "مليونين", "٢ مليون"], 2_000_000),
        (["اثني عشر مليون طن", "12 مليون طن"], 12_000_000),
        (["4 آلاف", "أربعة آلاف"], 4000),
        (["عشرين ألفا", "20 ألف"], 20_000),
        (["ربع نقطة مئوية", "0.25 نقطة"], 0.25),
        (["ثلاثمئة وخمسون", "350"], 350),
        (["2.5 million", "2,500,000"], 2_500_000),
    ],
)
def test_one_number_in_every_form(forms, value):
    for form in forms:
        assert numbers(f"قالت الوزارة إن الرقم بلغ {form} هذا العام") == {value}, form


def test_numbers_that_differ_stay_apart():
    assert numbers("رفعت الأسعار 10 بالمئة") != numbers("رفعت الأسعار 20 بالمئة")
    assert numbers("عاد نصف مليون لاجئ") != numbers("عاد مليون لاجئ")
    assert numbers("في عام 2023") == {2023}
    assert numbers("1000 وألف") == {1000}  # two numbers side by side, not 1000 × 1000


def test_words_that_only_look_like_numbers():
    # quarter-final, "first", "the five" and "in the hundred" are not quantities
    assert numbers("فاز المنتخب في ربع نهائي كأس العالم للمرة الأولى") == frozenset()
    assert numbers("في دور الثمانية") == frozenset()
    assert numbers("أحد المسؤولين") == frozenset()
    assert numbers("بالمئة") == frozenset()


def test_an_ordinal_counts_only_as_a_day_of_a_month():
    assert numbers("في التاسع عشر من أيار") == {19}
    assert numbers("يوم 19 مايو") == {19}
    assert numbers("الجيل الخامس") == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "لم ترفع الحكومة المصرية أسعار الوقود",
        "الحكومة لا ترفع الأسعار",
        "لن تعقد القمة في الرياض",
        "المديرون ليسوا على علم بالطلب",
        "هذا غير صحيح",
        "قررت عدم خفض الإنتاج",
        "نفت الوزارة تطعيم 5 ملايين شخص",
        "ولم يستقل الوزير",
        "the government did not raise prices",
        "the government didn't raise prices",
    ],
)
def test_negations(text):
    assert is_negated(text)


@pytest.mark.parametrize(
    "text",
    [
        "رفعت الحكومة المصرية أسعار الوقود",
        "نزوح ما يزيد على مليون فلسطيني",  # ما: "what/about", not "not"
        "بلغ ما يقرب من 500 ألف",
        "فاز المنتخب بهدف دون رد",  # دون رد: a win "without reply"
        "لا سيما في الولايات المتحدة",  # "especially"
        "ارتفعت أسعار النفط",  # نفط is not نفت
    ],
)
def test_not_negations(text):
    assert not is_negated(text)


def test_months_in_every_calendar_name_and_weekdays():
    assert dates("في يوليو") == dates("خلال تموز") == dates("في جويلية") == {"m7"}
    assert dates("منذ مطلع كانون الثاني") == dates("منذ يناير") == {"m1"}
    assert dates("في تشرين الأول") == {"m10"}
    assert dates("يوم ٢٠ آب") == {"m8"}
    assert dates("قال أب الضحية") == frozenset()  # آب is a month only after a day
    assert dates("يوم السبت") != dates("يوم الأحد")


def test_places_by_name_adjective_capital_and_clitic():
    assert (
        places("الحكومة المصرية")
        == places("في مصر")
        == places("بمصر")
        == places("القاهرة")
        == places("المصريين")
        == {"EG"}
    )
    assert places("الروسية") == places("موسكو") == {"RU"}
    assert places("الولايات المتحدة") == places("واشنطن") == places("الأمريكية") == {"US"}
    assert places("لباكستان") == {"PK"}
    assert places("الاتحاد الأوروبي") == {"@EU"}
    assert places("الحكومة الأردنية") != places("الحكومة المصرية")
    assert places("هاري كين ترك منصبه") == frozenset()


def test_set_agreement():
    assert set_agreement(frozenset({1}), frozenset({1})) == 1
    assert set_agreement(frozenset({1}), frozenset({2})) == 0
    assert set_agreement(frozenset({1, 2}), frozenset({2})) == 0.5
    assert set_agreement(frozenset(), frozenset({2})) is None


def test_features_together():
    f = claim_features("لم ترفع الحكومة المصرية أسعار الوقود بنسبة ١٠٪ في يوليو")
    assert f.negated and f.numbers == {10} and f.places == {"EG"} and f.dates == {"m7"}
