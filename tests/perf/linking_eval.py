"""The labelled set for claim-matching suggestions, and its metrics (MAP@5, P@1, inversions).

Two parts, both built into a throw-away database by ``build_eval_set``:

- the seed set (19 queries): the checked claims are spans of the first sample article
  (``seeds/000_…``) plus a distractor article written for this set (same vocabulary: Amazon,
  TikTok, employees, e-mail, bans, mistakes; other companies and events); the queries are
  spans of the second sample article (``seeds/001_…``: the same story, ``امازون`` spelled
  without hamza) and of a paraphrase article written for this set;
- the news set (``resources/linking_eval.jsonl``, provenance in its first line): 66 records
  from varied topics (economy, health, politics, sport, climate, tech, conflict, education,
  transport, migration, justice, culture), written for this evaluation. Each has a query
  sentence, its true paraphrase(s) (checked claims reworded, with numbers in other digit
  systems and in words) and hard negatives (checked claims made from the query by one edit:
  negation, another number, date, country or entity).

Metrics: MAP@5 (CheckThat! task 2), P@1 (the first suggestion is a true paraphrase) and the
hard-negative inversion rate: of the (hard negative, true paraphrase) pairs of every query,
the share where the negative is suggested above the paraphrase (or suggested while the
paraphrase is not). Every third news record is held out (``split`` = ``heldout``): the
ranker's weights and ``factcheck.desk.suggest.MIN_SUGGESTION_SCORE`` were chosen on the rest only.

``python -m tests.perf.linking_eval`` prints the metrics for each split, the minimum score
the tune split calibrates, and the suggestion latency (also with N synthetic claims:
``--claims 100000``).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
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


# -- the news set (resources/linking_eval.jsonl) ----------------------------------------------


@dataclass(frozen=True)
class EvalRecord:
    """One query of the news set with its true paraphrases and hard negatives."""

    id: str
    topic: str
    split: str  # "tune" or "heldout"
    query: str
    paraphrases: tuple[str, ...]
    negatives: tuple[tuple[str, str], ...]  # (kind, text)


def data_file() -> Path:
    from factcheck.resources import resources_dir

    return resources_dir() / "linking_eval.jsonl"


def load_records(path: str | Path | None = None) -> list[EvalRecord]:
    """The news set's records (the first line, the provenance, is skipped)."""
    out = []
    lines = Path(path or data_file()).read_text(encoding="utf-8").splitlines()
    for line in lines:
        row = json.loads(line) if line.strip() else {}
        if "query" not in row:
            continue
        out.append(
            EvalRecord(
                id=row["id"],
                topic=row["topic"],
                split=row["split"],
                query=row["query"],
                paraphrases=tuple(row["paraphrases"]),
                negatives=tuple((n["kind"], n["text"]) for n in row["negatives"]),
            )
        )
    return out


# -- building the set in a database --------------------------------------------------------


@dataclass
class EvalSet:
    """A desk holding the labelled set; the lists are aligned with ``queries``."""

    desk: object
    claim_ids: dict[str, list[int]]
    queries: list[tuple[int, int, int, str]]  # (article_id, start, end, key of the claim)
    splits: list[str] = field(default_factory=list)  # "tune" or "heldout"
    negatives: list[list[tuple[str, int]]] = field(default_factory=list)  # (kind, claim id)


def _import_lines(desk, title: str, lines: list[str]) -> list[tuple[int, int, int]]:
    """Import an article of one sentence per line; ``(article_id, start, end)`` of each."""
    outcome = desk.import_text(title + "\n" + "\n".join(lines) + "\n", title=title)
    text = desk.article(outcome.article_id).text
    spans, pos = [], 0
    for line in lines:
        start = text.index("\n" + line + "\n", pos) + 1
        pos = start + len(line)
        spans.append((outcome.article_id, start, pos))
    return spans


def build_eval_set(
    db_path: str | Path,
    seeds: str | Path | None = None,
    records: list[EvalRecord] | None = None,
) -> EvalSet:
    """A Desk with the seed set and the news set marked as checked claims (module doc).

    The seed queries come first (in ``SEED_QUERIES`` then ``PARAPHRASES`` order) and count
    as tune queries; the news records' queries follow.
    """
    desk, claim_ids, queries = _build_seed_set(db_path, seeds)
    splits = ["tune"] * len(queries)
    negatives: list[list[tuple[str, int]]] = [[] for _ in queries]
    records = load_records() if records is None else records
    para_lines = [p for r in records for p in r.paraphrases]
    neg_lines = [t for r in records for _, t in r.negatives]
    para_spans = iter(_import_lines(desk, "صياغات أخرى لأخبار متنوعة", para_lines))
    neg_spans = iter(_import_lines(desk, "أخبار متنوعة", neg_lines))
    query_spans = _import_lines(desk, "أخبار اليوم", [r.query for r in records])
    for record, (article_id, start, end) in zip(records, query_spans):
        ids = claim_ids.setdefault(record.id, [])
        for _ in record.paraphrases:
            ids.append(desk.add_claim(*next(para_spans)).id)
        negatives.append(
            [(kind, desk.add_claim(*next(neg_spans)).id) for kind, _ in record.negatives]
        )
        queries.append((article_id, start, end, record.id))
        splits.append(record.split)
    return EvalSet(desk, claim_ids, queries, splits, negatives)


def build_eval_desk(db_path: str | Path, seeds: str | Path | None = None):
    """``(desk, claim_ids, queries)`` of ``build_eval_set`` (what the benchmark reads)."""
    es = build_eval_set(db_path, seeds)
    return es.desk, es.claim_ids, es.queries


def _build_seed_set(db_path: str | Path, seeds: str | Path | None = None):
    """A Desk with the seeds, the distractor and paraphrase articles and the checked claims.

    Returns ``(desk, claim_ids, queries)``: ``claim_ids`` maps each key to the claim id(s)
    holding it; ``queries`` is a list of ``(article_id, start, end, key)``.
    """
    from factcheck.desk import Desk
    from factcheck.resources import seeds_dir

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


# -- the full report: MAP@5, P@1, inversions, per split; calibrating the minimum score --------

RANKED = 20  # how deep each query's suggestions are read for inversions and calibration


@dataclass(frozen=True)
class Metrics:
    queries: int
    map5: float
    p1: float
    pairs: int  # (hard negative, true paraphrase) pairs
    inversions: int
    by_kind: dict[str, tuple[int, int]]  # kind -> (inversions, pairs)

    @property
    def inversion_rate(self) -> float:
        return self.inversions / self.pairs if self.pairs else 0.0

    def line(self) -> str:
        kinds = ", ".join(f"{k} {i}/{n}" for k, (i, n) in sorted(self.by_kind.items()))
        return (
            f"{self.queries} queries: MAP@5 {self.map5:.3f}, P@1 {self.p1:.3f}, "
            f"inversions {self.inversions}/{self.pairs} = {self.inversion_rate:.1%}"
            + (f" ({kinds})" if kinds else "")
        )


def rankings(es: EvalSet, min_score: float | None = None, depth: int = RANKED):
    """``[(claim_id, score), …]`` suggested for each query, best first."""
    kwargs = {} if min_score is None else {"min_score": min_score}
    out = []
    for article_id, start, end, _key in es.queries:
        found = es.desk.suggest_claims(article_id, start, end, depth, **kwargs)
        out.append([(c.id, score) for c, score in found])
    return out


def metrics(
    es: EvalSet, ranked: list[list[tuple[int, float]]], split: str | None = None
) -> Metrics:
    """MAP@5, P@1 and hard-negative inversions over the queries of ``split`` (or all)."""
    chosen = [i for i, sp in enumerate(es.splits) if split in (None, sp)]
    lists, relevant = [], []
    p1 = 0
    pairs = inversions = 0
    by_kind: dict[str, list[int]] = {}
    for i in chosen:
        ids = [c for c, _ in ranked[i]]
        rel = set(es.claim_ids[es.queries[i][3]])
        lists.append(ids)
        relevant.append(rel)
        p1 += bool(ids) and ids[0] in rel
        pos = {c: n for n, c in enumerate(ids)}
        for kind, neg in es.negatives[i]:
            for para in rel:
                bad = neg in pos and pos[neg] < pos.get(para, len(ids))
                pairs += 1
                inversions += bad
                tally = by_kind.setdefault(kind, [0, 0])
                tally[0] += bad
                tally[1] += 1
    return Metrics(
        queries=len(chosen),
        map5=map_at_5(lists, relevant),
        p1=p1 / len(chosen) if chosen else 0.0,
        pairs=pairs,
        inversions=inversions,
        by_kind={k: (v[0], v[1]) for k, v in by_kind.items()},
    )


CALIBRATION_BETA = 2.0


def calibrate_min_score(
    es: EvalSet,
    ranked: list[list[tuple[int, float]]],
    split: str = "tune",
    beta: float = CALIBRATION_BETA,
    shown: int = 5,
) -> tuple[float, float]:
    """The minimum score that maximises F-beta of "this suggestion is a true paraphrase".

    beta = 2 counts recall twice as much as precision: the editor reads a short list and
    links deliberately, so a weak extra suggestion costs a glance, while a paraphrase left
    out costs a claim checked twice (and two verdicts that may disagree).

    ``ranked`` must be taken with no minimum (``min_score=0``). Every suggestion the editor
    would see (the first ``shown`` of each of the split's queries) is a prediction (positive when its score reaches the threshold); every
    true paraphrase counts for recall, suggested or not. Among the thresholds with the best
    F-beta, the threshold is put halfway between the lowest score kept and the highest score left
    out, not at the edge of the gap (a paraphrase scored a little lower next time is still
    offered). Returns ``(threshold, F-beta)``.
    """
    scored: list[tuple[float, bool]] = []
    total_relevant = 0
    for i, sp in enumerate(es.splits):
        if sp != split:
            continue
        rel = set(es.claim_ids[es.queries[i][3]])
        total_relevant += len(rel)
        scored.extend((score, c in rel) for c, score in ranked[i][:shown])
    cuts = sorted({s for s, _ in scored}, reverse=True)
    best: tuple[float, list[float]] = (-1.0, [])
    for cut in cuts:
        tp = sum(1 for s, ok in scored if ok and s >= cut)
        fp = sum(1 for s, ok in scored if not ok and s >= cut)
        fn = total_relevant - tp
        b2 = beta * beta
        f1 = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0
        if f1 > best[0] + 1e-12:
            best = (f1, [cut])
        elif abs(f1 - best[0]) <= 1e-12:
            best[1].append(cut)
    f1, ties = best
    if not ties:
        return 0.0, 0.0
    low = min(ties)
    below = [s for s in cuts if s < low]
    threshold = (low + max(below)) / 2 if below else low
    return round(threshold, 3), f1


def add_synthetic_claims(desk, n: int, seed: int = 7) -> None:
    """Import articles of shuffled seed words and mark ``n`` claims in them (for latency)."""
    from factcheck.desk.history import now_iso
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


def report(es: EvalSet) -> list[str]:
    """Lines of the quality report: metrics per split at the module's minimum score, and
    the minimum score the tune split calibrates."""
    from factcheck.desk.suggest import MIN_SUGGESTION_SCORE

    raw = rankings(es, min_score=0.0)
    threshold, f1 = calibrate_min_score(es, raw)
    shown = rankings(es)
    lines = [f"checked claims: {len(es.desk.claims())}"]
    for split in ("tune", "heldout", None):
        lines.append(f"{split or 'all'}: {metrics(es, shown, split).line()}")
    lines.append(
        f"minimum score: {MIN_SUGGESTION_SCORE} in use; the tune split calibrates "
        f"{threshold} (F{CALIBRATION_BETA:g} {f1:.3f})"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--claims", type=int, default=0, help="also time with N synthetic claims"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        es = build_eval_set(Path(tmp) / "eval.sqlite")
        desk, claim_ids, queries = es.desk, es.claim_ids, es.queries
        try:
            print("\n".join(report(es)))
            score, latencies = evaluate(desk, claim_ids, queries)
            print(
                f"latency: median {statistics.median(latencies) * 1000:.1f} ms, "
                f"max {max(latencies) * 1000:.1f} ms"
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
