"""A small labelled set for claim-matching suggestions, and MAP@5 (CheckThat! task 2).

The checked claims are spans of the first sample article (``seeds/000_…``) plus a
distractor article written for this set (same vocabulary: Amazon, TikTok, employees,
e-mail, bans, mistakes; other companies and events). The queries are spans of the second
sample article (``seeds/001_…``: the same story, ``امازون`` spelled without hamza) and of a
paraphrase article written for this set (reworded claims, one with harakat and tatweel).
Each query names the checked claim it repeats.

``python -m factcheck.linking_eval`` builds a throw-away database from the seeds, runs
``Desk.suggest_claims`` for every query, and prints MAP@5 and the suggestion latency
(also with N synthetic claims: ``--claims 100000``).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

# -- checked claims: key -> exact text inside the article (first occurrence) -------------

SEED_CLAIMS: dict[str, str] = {
    "amazon_reversal": (
        "بعد بضع ساعات، أسقطت شركة أمازون قضية حظر تنزيل تطبيق تيك توك على الأجهزة "
        "المحمولة لموظفيها، وقال عملاق التجارة الإلكترونية إن الخطوة كانت خاطئة."
    ),
    "amazon_request": "أمازون تطالب موظفيها بحذف Tik Tok لأسباب أمنية",
    "pompeo": (
        "إن الولايات المتحدة تدرس حظراً على تيك توك، مدعياً أنه يشارك المعلومات مع "
        "الحكومة الصينية"
    ),
    "executives": (
        "أن المديرين التنفيذيين في Amazon ليسوا على علم بطلب إزالة تطبيق تيك توك من "
        "أجهزة الموظفين"
    ),
    "wells_fargo": (
        "شركة (Wells Fargo) أرسلت مذكرة للموظفين لديها في وقت سابق من هذا الأسبوع "
        "للذين قاموا بتثبيت تطبيق تيك توك على جهاز محمول مملوك للشركة وطلبت منهم حذف "
        "التطبيق على الفور."
    ),
    "india": "وحظرت الهند التطبيق الصيني تيك توك والتطبيقات الأخرى في يونيو",
    "data_storage": (
        "وقالت الشركة إن بيانات المستخدم مخزنة في الولايات المتحدة وأن سنغافورة بها "
        "نسخ احتياطية"
    ),
    "rnc": "طلبت اللجنة الوطنية الجمهورية يوم الجمعة من أعضائها عدم تنزيل تيك توك",
    "senate_bill": (
        "قدم عضوان في مجلس الشيوخ الجمهوري مشروع قانون يهدف إلى منع الموظفين "
        "الفيدراليين من استخدام تيك توك على الهواتف التي تصدرها الحكومة"
    ),
    "navy": (
        "حظرت البحرية الأمريكية أيضاً في تأييد لقرار شركة أمازون من استخدام تطبيق تيك "
        "توك من الأجهزة المحمولة التي تصدرها الحكومة، قائلة: يشكل التطبيق تهديداً لأمن "
        "الشبكة."
    ),
    "bytedance": (
        "أجرت الحكومة الأمريكية مراجعة لاستحواذ الشركة الصينية (ByteDance) على تطبيقات "
        "وسائل التواصل الاجتماعي (Musical.ly) مقابل مليار دولار."
    ),
}

# Distractors: every line of this article is marked as a checked claim.
DISTRACTOR_ARTICLE = """\
أخبار شركات التكنولوجيا
أعلنت شركة أمازون عن توفير مئة ألف وظيفة جديدة في مستودعاتها بالولايات المتحدة.
ارتفع سهم أمازون بنسبة خمسة في المئة بعد إعلان نتائج الربع الثاني.
طلبت شركة فيسبوك من موظفيها العمل من المنزل حتى نهاية العام بسبب فيروس كورونا.
قالت تويتر إن رسالة البريد الإلكتروني التي وصلت إلى بعض المستخدمين أرسلت بالخطأ.
منعت الحكومة الأسترالية تطبيق ويتشات على هواتف موظفي الدولة.
نفت شركة هواوي أن تكون هواتفها ترسل بيانات المستخدمين إلى الحكومة الصينية.
أكدت مايكروسوفت أنها تجري محادثات لشراء عمليات تيك توك في الولايات المتحدة.
"""

# Queries in the second sample article: exact text -> key of the claim it repeats.
SEED_QUERIES: dict[str, str] = {
    "هل امازون منعت موظفيها من استخدام تطبيق تيك توك ؟": "amazon_request",
    (
        "امازون تطالب موظفيها بحذف تطبيق تيك توك من هواتفهم المحمولة بسبب مخاطره "
        "الأمنية"
    ): "amazon_request",
    "الا ان امازون نفت ذلك بحجة ان الايميل تم ارساله لبعض مستخدميها بالخطأ": (
        "amazon_reversal"
    ),
    (
        "صباح اليوم تم ارسال رسالة لبعض موظفينا بالخطأ ، ليس هناك أي تغيير في سياسة "
        "امازون تجاه تطبيق تيك توك"
    ): "amazon_reversal",
    "تم حظره مؤخرا داخل الهند رفقة تطبيقات صينية أخرى": "india",
    "تنوي أمريكا حظره أيضا": "pompeo",
    (
        "أرسلت لهم رسالة عبر البريد الالكتروني تدعوهم فيها لوقف استخدام التطبيق و "
        "حذفه نهائيا من هواتفهم المحمولة"
    ): "amazon_request",
}

# Paraphrases written for this set: one per line, "key<TAB>text".
PARAPHRASES = """\
amazon_request\tطلبت أمازون من العاملين لديها إزالة تيك توك من هواتفهم.
amazon_reversal\tأمازون: رسالة حذف تيك توك أُرسلت عن طريق الخطأ.
amazon_reversal\tتراجعت أمازون عن قرار حظر تيك توك وقالت إن الخطوة كانت خطأ.
wells_fargo\tبنك ويلز فارجو يطلب من موظفيه حذف تيك توك من هواتف الشركة.
india\tالهند تحظر تيك توك وتطبيقات صينية أخرى.
data_storage\tبيانات مستخدمي تيك توك مخزنة في الولايات المتحدة مع نسخ احتياطية في سنغافورة.
navy\tالبحرية الأمريكية منعت تيك توك على الأجهزة الحكومية لأنه يهدد أمن الشبكة.
pompeo\tوزير الخارجية الأمريكي: واشنطن تدرس حظر تيك توك.
senate_bill\tمشروع قانون في مجلس الشيوخ يمنع الموظفين الفيدراليين من استخدام تيك توك على هواتف الحكومة.
amazon_request\tأمَازُونُ طالبت مُوظّفيـها بحـذف تطبيق تيك تـوك لأسباب أمنيّة.
rnc\tالحزب الجمهوري طلب من أعضائه عدم تحميل تيك توك.
bytedance\tByteDance اشترت Musical.ly بمليار دولار.
"""


def paraphrases() -> list[tuple[str, str]]:
    """``(key, text)`` of the paraphrase queries."""
    return [
        tuple(line.split("\t", 1))  # type: ignore[misc]
        for line in PARAPHRASES.splitlines()
        if line.strip()
    ]


def paraphrase_article() -> str:
    return "صياغات أخرى\n" + "\n".join(text for _, text in paraphrases()) + "\n"


# -- metric ------------------------------------------------------------------------------


def average_precision_at_k(
    ranked: Sequence[object], relevant: set[object] | frozenset[object], k: int = 5
) -> float:
    """AP@k: mean of precision@i over the ranks i <= k holding a relevant item,
    divided by min(k, number of relevant items)."""
    if not relevant:
        return 0.0
    hits = 0
    total = 0.0
    for i, item in enumerate(ranked[:k], start=1):
        if item in relevant:
            hits += 1
            total += hits / i
    return total / min(k, len(relevant))


def map_at_5(
    rankings: Sequence[Sequence[object]],
    relevant: Sequence[set[object] | frozenset[object]],
) -> float:
    """Mean AP@5 over queries (CheckThat! task 2 claim retrieval)."""
    if len(rankings) != len(relevant):
        raise ValueError("one set of relevant items per ranking")
    if not rankings:
        return 0.0
    return sum(
        average_precision_at_k(r, rel, 5) for r, rel in zip(rankings, relevant)
    ) / len(rankings)


# -- building the set in a database --------------------------------------------------------


def build_eval_desk(db_path: str | Path, seeds: str | Path | None = None):
    """A Desk with the seeds, the distractor and paraphrase articles and the checked claims.

    Returns ``(desk, claim_ids, queries)``: ``claim_ids`` maps each key to the claim id(s)
    holding it; ``queries`` is a list of ``(article_id, start, end, key)``.
    """
    from factcheck.resources import seeds_dir
    from factcheck.services import Desk

    desk = Desk.open(db_path, load_seeds=False)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "seeds"
        shutil.copytree(seeds or seeds_dir(), copy)
        outcomes = desk.import_paths([copy])
    first, second = sorted(o.article_id for o in outcomes if o.article_id)[:2]
    distractor = desk.import_text(DISTRACTOR_ARTICLE, title="أخبار شركات التكنولوجيا")
    para = desk.import_text(paraphrase_article(), title="صياغات أخرى")

    claim_ids: dict[str, list[int]] = {}
    text = desk.article(first).text
    for key, quote in SEED_CLAIMS.items():
        start = text.index(quote)
        claim = desk.add_claim(first, start, start + len(quote))
        claim_ids.setdefault(key, []).append(claim.id)
    dtext = desk.article(distractor.article_id).text
    for n, line in enumerate(DISTRACTOR_ARTICLE.splitlines()[1:]):
        start = dtext.index(line)
        claim = desk.add_claim(distractor.article_id, start, start + len(line))
        claim_ids.setdefault(f"distractor_{n}", []).append(claim.id)

    queries: list[tuple[int, int, int, str]] = []
    stext = desk.article(second).text
    for quote, key in SEED_QUERIES.items():
        start = stext.index(quote)
        queries.append((second, start, start + len(quote), key))
    ptext = desk.article(para.article_id).text
    for key, line in paraphrases():
        start = ptext.index(line)
        queries.append((para.article_id, start, start + len(line), key))
    return desk, claim_ids, queries


def evaluate(desk, claim_ids, queries, k: int = 5) -> tuple[float, list[float]]:
    """MAP@5 of ``desk.suggest_claims`` and the latency of each call (seconds)."""
    rankings, relevant, latencies = [], [], []
    for article_id, start, end, key in queries:
        t0 = time.perf_counter()
        suggestions = desk.suggest_claims(article_id, start, end, limit=k)
        latencies.append(time.perf_counter() - t0)
        rankings.append([c.id for c, _ in suggestions])
        relevant.append(set(claim_ids[key]))
    return map_at_5(rankings, relevant), latencies


def add_synthetic_claims(desk, n: int, seed: int = 7) -> None:
    """Import articles of shuffled seed words and mark ``n`` claims in them (for latency)."""
    from factcheck.services import now_iso
    from factcheck.store import repository as repo

    rng = random.Random(seed)
    words = " ".join(desk.article(a.id).text for a in desk.articles()).split()
    per_article = 500
    stamp = now_iso()
    status = desk.default_status_id
    made = 0
    while made < n:
        count = min(per_article, n - made)
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + "."
            for _ in range(count)
        ]
        body = "\n".join(sentences)
        outcome = desk.import_text(f"مقال تجريبي {made}\n{body}")
        text = desk.article(outcome.article_id).text
        rows = []
        pos = text.index("\n") + 1
        for sentence in sentences:
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            rows.append((start, pos, sentence))
        with desk.store.write() as s:
            for start, end, quote in rows:
                repo.insert_claim(
                    s,
                    article_id=outcome.article_id,
                    start=start,
                    end=end,
                    quote=quote,
                    prefix="",
                    suffix="",
                    status_id=status,
                    note="",
                    annotator="synthetic",
                    created_at=stamp,
                    updated_at=stamp,
                    version=1,
                )
        made += count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--claims", type=int, default=0, help="also time with N synthetic claims"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        desk, claim_ids, queries = build_eval_desk(Path(tmp) / "eval.sqlite")
        try:
            score, latencies = evaluate(desk, claim_ids, queries)
            print(f"queries: {len(queries)}  checked claims: {len(desk.claims())}")
            print(f"MAP@5: {score:.3f}")
            print(
                f"latency: median {statistics.median(latencies) * 1000:.1f} ms, "
                f"max {max(latencies) * 1000:.1f} ms (first call builds the index)"
            )
            if args.claims:
                t0 = time.perf_counter()
                add_synthetic_claims(desk, args.claims)
                print(
                    f"added {args.claims} synthetic claims in {time.perf_counter() - t0:.1f} s"
                )
                t0 = time.perf_counter()
                score, _ = evaluate(desk, claim_ids, queries[:1])
                print(
                    f"first suggestion (index build): {(time.perf_counter() - t0) * 1000:.0f} ms"
                )
                score, latencies = evaluate(desk, claim_ids, queries)
                print(
                    f"with {len(desk.claims())} claims: latency median "
                    f"{statistics.median(latencies) * 1000:.1f} ms, "
                    f"max {max(latencies) * 1000:.1f} ms (MAP@5 {score:.3f}: not a quality "
                    "figure, the synthetic claims are shuffles of the seeds' own words)"
                )
        finally:
            desk.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
