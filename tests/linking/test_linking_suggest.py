"""Link suggestions: quality on the labelled set (MAP@5), exclusions, sync and latency."""

from __future__ import annotations

import statistics
import time

import pytest

from factcheck import linking
from factcheck.linking_eval import (
    SEED_QUERIES,
    add_synthetic_claims,
    average_precision_at_k,
    build_eval_desk,
    evaluate,
    map_at_5,
)
from factcheck.model import InvalidInput

# Measured 0.706 on the 19 queries (7 from seeds/001, 12 paraphrases) against 18 checked
# claims, among them deliberately close distractors (another company's e-mail sent "by
# mistake", another bank asking staff to delete TikTok).
MAP_AT_5_FLOOR = 0.65


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


def test_map_at_5_on_the_labelled_set(eval_set):
    desk, claim_ids, queries = eval_set
    assert len(queries) == 19
    score, latencies = evaluate(desk, claim_ids, queries)
    print(
        f"MAP@5 = {score:.3f}, median latency {statistics.median(latencies) * 1000:.1f} ms"
    )
    assert score >= MAP_AT_5_FLOOR


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
    linking.warm_up(desk)
    times = []
    for article, start, end, _ in queries:
        t0 = time.perf_counter()
        desk.suggest_claims(article, start, end)
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) < 0.1
