"""Link suggestions: quality on the labelled set (MAP@5, P@1, hard-negative inversions),
negation and numbers, the minimum score, exclusions, sync and latency."""

from __future__ import annotations

import statistics
import time

import pytest

from factcheck.desk import suggest
from factcheck.model import InvalidInput
from tests.perf.linking_eval import (
    SEED_QUERIES,
    add_synthetic_claims,
    average_precision_at_k,
    build_eval_desk,
    build_eval_set,
    calibrate_min_score,
    load_records,
    map_at_5,
    metrics,
    rankings,
)

# The targets the suggestions are held to on the labelled set, as the editor sees them
# (at ``suggest.MIN_SUGGESTION_SCORE``): 85 queries, 19 on the sample articles' story and
# 66 news records with 183 (hard negative, true paraphrase) pairs.
MAP_AT_5_TARGET = 0.90
INVERSION_TARGET = 0.05


@pytest.fixture
def eval_set(tmp_path):
    desk, claim_ids, queries = build_eval_desk(tmp_path / "eval.sqlite")
    yield desk, claim_ids, queries
    desk.close()


def test_map_at_5_metric():
    assert map_at_5([["a", "b"]], [{"a"}]) == 1.0
    assert map_at_5([["x", "a"]], [{"a"}]) == 0.5
    assert map_at_5([["x", "y", "z", "w", "v", "a"]], [{"a"}]) == 0.0  # rank 6
    assert average_precision_at_k(["a", "x", "b"], {"a", "b"}) == pytest.approx(
        (1 + 2 / 3) / 2
    )
    assert map_at_5([["a"], ["x", "y", "b"]], [{"a"}, {"b"}]) == pytest.approx(
        (1 + 1 / 3) / 2
    )
    assert map_at_5([], []) == 0.0
    with pytest.raises(ValueError):
        map_at_5([["a"]], [])


@pytest.fixture(scope="module")
def labelled(tmp_path_factory):
    """The whole labelled set in a desk, ranked as the editor sees it and with no minimum."""
    es = build_eval_set(tmp_path_factory.mktemp("labelled") / "eval.sqlite")
    yield es, rankings(es), rankings(es, min_score=0.0)
    es.desk.close()


def test_the_labelled_set_is_large_varied_and_has_provenance():
    records = load_records()
    assert len(records) >= 60
    assert len({r.topic for r in records}) >= 8
    assert {k for r in records for k, _ in r.negatives} >= {
        "negation", "number", "date", "country"
    }  # fmt: skip
    assert all(r.paraphrases and r.negatives for r in records)
    held = [r for r in records if r.split == "heldout"]
    assert len(records) / 4 <= len(held) <= len(records) / 2
    about = linking_eval_first_line()
    assert "Synthetic" in about and "written for this evaluation" in about


def linking_eval_first_line() -> str:
    from tests.perf.linking_eval import data_file

    return data_file().read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("split", [None, "tune", "heldout"])
def test_the_labelled_set_meets_the_targets(labelled, split):
    """MAP@5 >= 0.90 and hard negatives above a true paraphrase in <= 5% of the pairs, on
    the whole set and on the held-out split. The tune split holds the 19 queries on the
    sample articles' story (several share no content word with their claim: "تنوي أمريكا
    حظره أيضا"); it is held to a floor just under what it measures (0.873)."""
    es, shown, _ = labelled
    m = metrics(es, shown, split)
    print(m.line())
    assert m.queries >= (22 if split == "heldout" else 60)
    assert m.map5 >= (0.85 if split == "tune" else MAP_AT_5_TARGET)
    assert m.inversion_rate <= INVERSION_TARGET
    assert m.pairs >= (50 if split == "heldout" else 120)


def test_the_minimum_score_is_the_calibrated_one(labelled):
    """``MIN_SUGGESTION_SCORE`` is what the tune split calibrates for today's ranker (a
    change to the ranker that moves the scores must re-calibrate it)."""
    es, _, raw = labelled
    threshold, _ = calibrate_min_score(es, raw)
    assert suggest.MIN_SUGGESTION_SCORE == pytest.approx(threshold, abs=0.03)


def test_nothing_below_the_minimum_score_is_offered(labelled):
    _, shown, raw = labelled
    assert all(score >= suggest.MIN_SUGGESTION_SCORE for q in shown for _, score in q)
    assert any(score < suggest.MIN_SUGGESTION_SCORE for q in raw for _, score in q)


def test_the_seed_claim_is_found_across_spellings(eval_set):
    """seeds/001's 'Amazon asks employees to delete TikTok' finds seeds/000's claim first."""
    desk, claim_ids, queries = eval_set
    quote = next(q for q in SEED_QUERIES if q.startswith("امازون تطالب"))
    article, start, end = next(
        q[:3]
        for q in queries
        if q[0] == 2 and desk.article(2).text[q[1] : q[2]] == quote
    )
    suggestions = desk.suggest_claims(article, start, end)
    assert suggestions[0][0].id in claim_ids["amazon_request"]
    scores = [score for _, score in suggestions]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert len(suggestions) <= 5


def test_suggestions_come_from_other_articles_and_whole_groups(eval_set):
    desk, claim_ids, queries = eval_set
    text = desk.article(1).text
    quote = "أمازون تطالب موظفيها بحذف Tik Tok لأسباب أمنية"
    start = text.index(quote)
    for claim, _ in desk.suggest_claims(1, start, start + len(quote), limit=20):
        assert any(c.article_id != 1 for c in desk.appearances(claim.id))
        assert claim.linked_to is None  # primaries only

    # a claim marked on the span is not suggested for itself, nor is its group
    article, start, end, key = queries[1]
    target = claim_ids[key][0]
    mine = desk.add_claim(article, start, end)
    desk.link_claim(mine.id, target)
    ids = [c.id for c, _ in desk.suggest_claims(article, start, end, limit=50)]
    assert target not in ids and mine.id not in ids

    # groups are ranked once, through their primary
    desk.unlink_claim(mine.id)
    a2, s2, e2, _ = queries[0]
    dup = desk.add_claim(a2, s2, e2)
    desk.link_claim(dup.id, target)
    ids = [c.id for c, _ in desk.suggest_claims(article, start, end, limit=50)]
    assert ids.count(target) <= 1 and dup.id not in ids


def test_index_follows_inserts_and_deletes(eval_set):
    desk, _, queries = eval_set
    article, start, end, _ = queries[4]  # India
    before = [c.id for c, _ in desk.suggest_claims(article, start, end)]
    out = desk.import_text(
        "خبر\nقررت الهند حظر تطبيقات صينية أخرى بينها تيك توك داخل الهند.\n"
    )
    text = desk.article(out.article_id).text
    new = desk.add_claim(out.article_id, text.index("قررت"), len(text.rstrip()))
    after = [c.id for c, _ in desk.suggest_claims(article, start, end)]
    assert new.id in after and new.id not in before
    snapshot = desk.delete_claim(new.id)
    assert new.id not in [c.id for c, _ in desk.suggest_claims(article, start, end)]
    desk.restore_claim(snapshot)
    assert new.id in [c.id for c, _ in desk.suggest_claims(article, start, end)]


def test_index_follows_a_delete_and_a_restore_between_two_looks(eval_set):
    """Regression: the index noticed changes by the claims' highest id and count, which a
    claim deleted and another restored between two suggestions leave as they were: the
    deleted claim was still suggested and the restored one never."""
    desk, _, queries = eval_set
    article, start, end, _ = queries[4]  # India
    out = desk.import_text(
        "خبر\nقررت الهند حظر تطبيقات صينية أخرى بينها تيك توك داخل الهند.\n"
        "وقالت الحكومة الهندية إنها ستحظر تطبيقات صينية أخرى بينها تيك توك.\n"
    )
    text = desk.article(out.article_id).text
    first = desk.add_claim(out.article_id, text.index("قررت"), text.index("\nوقالت"))
    second = desk.add_claim(out.article_id, text.index("وقالت"), len(text.rstrip()))
    last = desk.add_claim(out.article_id, 0, 3)  # keeps the highest id in place
    snapshot = desk.delete_claim(second.id)
    shown = [c.id for c, _ in desk.suggest_claims(article, start, end, limit=50)]
    assert first.id in shown and second.id not in shown
    desk.delete_claim(first.id)
    desk.restore_claim(snapshot)  # same count, same highest id
    shown = [c.id for c, _ in desk.suggest_claims(article, start, end, limit=50)]
    assert second.id in shown and first.id not in shown
    assert last.id == max(c.id for c in desk.claims())


def test_bad_spans(eval_set):
    desk, _, _ = eval_set
    with pytest.raises(InvalidInput):
        desk.suggest_claims(2, 10, 5)
    assert desk.suggest_claims(2, 0, 3, limit=0) == []
    text = desk.article(2).text
    i = text.index(" ؟")
    assert desk.suggest_claims(2, i, i + 2) == []  # no words at all


def test_latency_with_thousands_of_claims(eval_set):
    desk, _, queries = eval_set
    add_synthetic_claims(desk, 4000)
    desk.warm_up_suggestions()
    times = []
    for article, start, end, _ in queries:
        t0 = time.perf_counter()
        desk.suggest_claims(article, start, end)
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) < 0.1
