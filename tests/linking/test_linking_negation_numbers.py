"""Suggestions tell a claim from its negation and from the same sentence with another
number: a true paraphrase ranks above both."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.desk import Desk, suggest


def span_of(desk: Desk, article_id: int, quote: str) -> tuple[int, int]:
    start = desk.article(article_id).text.index(quote)
    return start, start + len(quote)

CLAIM = "رفعت الحكومة المصرية أسعار الوقود بنسبة 10 بالمئة"
PARAPHRASE = "زادت الحكومة المصرية أسعار المحروقات 10%"
NEGATED = "لم ترفع الحكومة المصرية أسعار الوقود بنسبة 10 بالمئة"
RENUMBERED = "رفعت الحكومة المصرية أسعار الوقود بنسبة 20 بالمئة"


def _mark_lines(desk: Desk, title: str, lines: list[str]) -> list[int]:
    out = desk.import_text(title + "\n" + "\n".join(lines) + "\n", title=title)
    return [desk.add_claim(out.article_id, *span_of(desk, out.article_id, line)).id for line in lines]


def test_the_fuel_price_paraphrase_ranks_first(desk):
    """The example the suggestions failed on: the paraphrase ranked 4th, below "did not
    raise" and "by 20 percent"."""
    para, negated, renumbered = _mark_lines(desk, "أخبار", [PARAPHRASE, NEGATED, RENUMBERED])
    query = desk.import_text("خبر اليوم\n" + CLAIM + "\n", title="خبر اليوم")
    start, end = span_of(desk, query.article_id, CLAIM)
    ids = [c.id for c, _ in desk.suggest_claims(query.article_id, start, end)]
    assert ids[0] == para
    for variant in (negated, renumbered):
        assert variant not in ids or ids.index(variant) > 0


def test_a_weak_match_is_not_offered(desk, mark):
    """A protest sentence must not be offered the sample articles' Amazon claim (it was,
    at a 3% match, preselected)."""
    amazon = mark(1, "أمازون تطالب موظفيها بحذف Tik Tok لأسباب أمنية")
    protest = "تظاهر آلاف الطلاب أمام مبنى البرلمان احتجاجا على رفع رسوم الجامعات"
    out = desk.import_text("احتجاج\n" + protest + "\n", title="احتجاج")
    start, end = span_of(desk, out.article_id, protest)
    shown = desk.suggest_claims(out.article_id, start, end)
    assert amazon.id not in [c.id for c, _ in shown]
    assert all(score >= suggest.MIN_SUGGESTION_SCORE for _, score in shown)
    weak = desk.suggest_claims(out.article_id, start, end, min_score=0.0)
    assert amazon.id in [c.id for c, _ in weak]  # it is there, only too weak to offer


# -- property: any claim, its negated or re-numbered variant, and an exact paraphrase -------

SUBJECTS = ["الحكومة المصرية", "وزارة الصحة", "الشركة الوطنية", "الهيئة العامة للإحصاء",
            "الحكومة الأردنية", "وزارة المالية", "إدارة المطار", "البلدية"]  # fmt: skip
# (past verb, its jussive after لم, a synonym the paraphrase uses)
VERBS = [("رفعت", "ترفع", "زادت"), ("خفضت", "تخفض", "قلصت"), ("أعلنت", "تعلن", "كشفت"),
         ("استوردت", "تستورد", "جلبت"), ("منحت", "تمنح", "قدمت"), ("أنفقت", "تنفق", "صرفت")]  # fmt: skip
# (object as the claim says it, as the paraphrase says it: other words, other number forms)
OBJECTS = [
    ("أسعار الوقود بنسبة {n} بالمئة", "{n}% في أسعار المحروقات"),
    ("عدد الموظفين إلى {n} ألف موظف", "العاملين إلى {k} عامل"),
    ("ميزانية التعليم بمقدار {n} مليون دولار", "{n} مليون دولار لموازنة المدارس"),
    ("{n} طن من القمح", "شحنات قمح تزن {n} طن"),
    ("الضرائب على السجائر {n}%", "رسوم التبغ {n} في المائة"),
]  # fmt: skip
ARABIC_INDIC = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")


@st.composite
def claim_and_variant(draw):
    """A claim, a paraphrase of it (a synonym verb, the object reworded, the number maybe in
    Arabic-Indic digits or with thousands separators) and a variant that shares more of
    its words: the same sentence negated, re-numbered, or both."""
    subject = draw(st.sampled_from(SUBJECTS))
    past, jussive, synonym = draw(st.sampled_from(VERBS))
    obj, reworded = draw(st.sampled_from(OBJECTS))
    n = draw(st.integers(2, 999))
    claim = f"{past} {subject} {obj.format(n=n)}"
    paraphrase = f"{synonym} {subject} {reworded.format(n=n, k=f'{n * 1000:,}')}"
    if draw(st.booleans()):
        paraphrase = paraphrase.translate(ARABIC_INDIC)
    kind = draw(st.sampled_from(["negated", "renumbered", "both"]))
    other = draw(st.integers(2, 999).filter(lambda m: m != n))
    variant = f"{past} {subject} {obj.format(n=other)}"
    if kind in ("negated", "both"):
        variant = f"لم {jussive} {subject} {obj.format(n=other if kind == 'both' else n)}"
    return claim, paraphrase, variant


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_and_variant())
def test_a_variant_is_never_suggested_above_an_exact_paraphrase(case):
    claim, paraphrase, variant = case
    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk.open(Path(tmp) / "desk.sqlite", load_seeds=False)
        try:
            para_id, variant_id = _mark_lines(desk, "أخبار سابقة", [paraphrase, variant])
            query = desk.import_text("خبر جديد\n" + claim + "\n", title="خبر جديد")
            start, end = span_of(desk, query.article_id, claim)
            ids = [c.id for c, _ in desk.suggest_claims(query.article_id, start, end)]
        finally:
            desk.close()
    # The safety property: the variant is never offered above the paraphrase, and never
    # offered at all when the paraphrase is not (a heavily reworded paraphrase may score
    # just under the minimum score; how often true paraphrases are offered is measured by
    # MAP@5 on the labelled set, not here).
    if para_id in ids:
        assert ids[0] == para_id, (claim, paraphrase, variant)
    else:
        assert variant_id not in ids, (claim, paraphrase, variant)
