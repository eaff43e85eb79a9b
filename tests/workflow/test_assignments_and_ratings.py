"""Assignments (leases), article states, blind double rating and the agreement report."""

from __future__ import annotations

import time

import pytest
from workflow_support import one_line_error, table_counts

from factcheck import workflow


def articles(run_json) -> dict[int, dict]:
    return {a["id"]: a for a in run_json("articles")}


def test_an_admin_assigns_and_articles_json_says_to_whom(run, run_json, desk_with_editors):
    assert articles(run_json)[1]["assigned_to"] is None
    assert articles(run_json)[1]["state"] == "new"
    code, out, err = run("--as", "hala", "assign", "1", "--to", "omar", "--second", "sara")
    assert code == 0, err
    assert "blind double rating" in out
    found = articles(run_json)[1]
    assert (found["assigned_to"], found["second_editor"], found["state"]) == (
        "omar", "sara", "in_progress")  # fmt: skip
    history = run_json("history")
    assert any(h["entity"] == "assignment" and h["new"] == "omar + sara" and h["who"] == "hala"
               for h in history)  # fmt: skip


def test_editors_take_free_articles_only_for_themselves(run, run_json, wf_db, desk_with_editors):
    assert run("--as", "omar", "assign", "2", "--to", "omar")[0] == 0
    before = table_counts(wf_db)
    one_line_error(run("--as", "sara", "assign", "2", "--to", "sara"), "assigned to 'omar'")
    one_line_error(run("--as", "omar", "assign", "1", "--to", "sara"), "Only an admin")
    one_line_error(run("--as", "hala", "assign", "1", "--to", "ghost"), "Unknown editor 'ghost'")
    one_line_error(run("--as", "hala", "assign", "1", "--to", "omar", "--second", "omar"),
                   "someone else")  # fmt: skip
    one_line_error(run("--as", "hala", "assign", "9", "--to", "omar"), "9")
    assert table_counts(wf_db) == before
    assert run("--as", "hala", "assign", "2", "--to", "sara")[0] == 0  # an admin moves it
    assert articles(run_json)[2]["assigned_to"] == "sara"


def test_an_abandoned_assignment_returns_to_the_pool(run, run_json, desk_with_editors,
                                                     monkeypatch):  # fmt: skip
    monkeypatch.setenv("FACTCHECK_LEASE_HOURS", "24")
    assert run("--as", "omar", "assign", "2", "--to", "omar")[0] == 0
    assert articles(run_json)[2]["assigned_to"] == "omar"
    later = time.time() + 25 * 3600  # a day and an hour without any action by omar
    monkeypatch.setattr(workflow, "clock", lambda: later)
    assert articles(run_json)[2]["assigned_to"] is None
    assert run("--as", "sara", "assign", "2", "--to", "sara")[0] == 0
    assert articles(run_json)[2]["assigned_to"] == "sara"


def test_activity_on_the_articles_claims_keeps_the_lease(run, run_json, desk_with_editors,
                                                         monkeypatch):  # fmt: skip
    monkeypatch.setenv("FACTCHECK_LEASE_HOURS", "24")
    now = time.time()
    monkeypatch.setattr(workflow, "clock", lambda: now - 10 * 3600)  # assigned 10 hours ago
    assert run("--as", "hala", "assign", "2", "--to", "omar")[0] == 0
    monkeypatch.setattr(workflow, "clock", lambda: now)
    assert run("--as", "omar", "claim", "add", "2", "--sentence", "1")[0] == 0  # omar works
    # 20 hours on: 30 hours after the assignment, but 20 after omar's last edit
    monkeypatch.setattr(workflow, "clock", lambda: now + 20 * 3600)
    assert articles(run_json)[2]["assigned_to"] == "omar"
    monkeypatch.setattr(workflow, "clock", lambda: now + 25 * 3600)
    assert articles(run_json)[2]["assigned_to"] is None


def test_article_state_follows_the_claims_and_can_be_set(run, run_json, desk_with_editors):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2")
    assert articles(run_json)[1]["state"] == "new"
    run("--as", "omar", "claim", "set", "1", "--status", "in_progress")
    assert articles(run_json)[1]["state"] == "in_progress"
    run("--as", "omar", "claim", "set", "1", "--status", "false")
    assert articles(run_json)[1]["state"] == "in_review"
    run("--as", "sara", "review", "approve", "1")
    assert articles(run_json)[1]["state"] == "done"
    assert run("--as", "hala", "article-state", "1", "in_review")[0] == 0
    assert articles(run_json)[1]["state"] == "in_review"
    assert run("--as", "hala", "article-state", "1", "auto")[0] == 0
    assert articles(run_json)[1]["state"] == "done"
    assert any(h["entity"] == "article" and h["new"] == "in_review" for h in run_json("history"))


def test_rating_a_claim_of_an_article_not_assigned_to_you_is_refused(run, wf_db,
                                                                     desk_with_editors):  # fmt: skip
    run("--as", "omar", "claim", "add", "1", "--sentence", "2")
    before = table_counts(wf_db)
    one_line_error(run("--as", "omar", "rate", "1", "--status", "false"), "not assigned")
    run("--as", "hala", "assign", "1", "--to", "omar", "--second", "sara")
    before = table_counts(wf_db)
    one_line_error(run("--as", "nour", "rate", "1", "--status", "false"), "not assigned")
    one_line_error(run("--as", "omar", "rate", "1", "--status", "bogus"), "Unknown status")
    one_line_error(run("--as", "ghost", "rate", "1", "--status", "false"), "ghost")
    assert table_counts(wf_db) == before


@pytest.fixture
def double_rated(run, desk_with_editors):
    """Article 1 assigned to omar and sara for double rating, with three claims."""
    run("--as", "hala", "assign", "1", "--to", "omar", "--second", "sara")
    for sentence in (2, 3, 4):
        assert run("--as", "omar", "claim", "add", "1", "--sentence", sentence)[0] == 0


def test_a_rating_stays_hidden_from_the_other_rater_until_both_have_rated(
    run, run_json, double_rated
):
    assert run("--as", "omar", "rate", "1", "--status", "false")[0] == 0
    seen_by_sara = run_json("--as", "sara", "ratings")
    assert [(r["editor"], r["status"], r["hidden"]) for r in seen_by_sara] == [
        ("omar", None, True)]  # fmt: skip
    code, out, _ = run("--as", "sara", "ratings")
    assert code == 0 and "false" not in out and "hidden" in out
    history = [h for h in run_json("--as", "sara", "history") if h["entity"] == "rating"]
    assert history and all(h["new"] == workflow.HIDDEN for h in history)
    code, out, _ = run("--as", "sara", "history", "1")
    assert "false" not in out
    # the rater sees their own; then both have rated and both see both
    assert run_json("--as", "omar", "ratings")[0]["status"] == "false"
    assert run("--as", "sara", "rate", "1", "--status", "misleading")[0] == 0
    seen = {(r["editor"], r["status"]) for r in run_json("--as", "sara", "ratings")}
    assert seen == {("omar", "false"), ("sara", "misleading")}
    history = [h for h in run_json("--as", "sara", "history") if h["entity"] == "rating"]
    assert {h["new"] for h in history} == {"false", "misleading"}


def test_ratings_leave_the_claims_verdict_and_review_alone(run, run_json, double_rated):
    run("--as", "omar", "rate", "1", "--status", "false")
    claim = next(c for c in run_json("claims") if c["id"] == 1)
    assert (claim["status"], claim["review"]) == ("unverified", "none")


def test_agreement_with_no_shared_claims_is_one_clear_line(run, wf_db, double_rated):
    one_line_error(run("agreement"), "No claim has been rated by two editors")
    run("--as", "omar", "rate", "1", "--status", "false")
    one_line_error(run("agreement", "--json"), "No claim has been rated by two editors")


def test_agreement_reports_alpha_and_pairwise_kappa(run, run_json, double_rated):
    for claim, omar, sara in ((1, "false", "false"), (2, "true", "mostly_true"),
                              (3, "misleading", "misleading")):  # fmt: skip
        assert run("--as", "omar", "rate", claim, "--status", omar)[0] == 0
        assert run("--as", "sara", "rate", claim, "--status", sara)[0] == 0
    report = run_json("agreement")
    units = [["false", "false"], ["true", "mostly_true"], ["misleading", "misleading"]]
    order = ["true", "mostly_true", "mixed", "misleading", "false"]
    from factcheck.model.agreement import cohen_kappa, krippendorff_alpha

    assert report["overall"]["n"] == 3
    assert report["overall"]["alpha_nominal"] == pytest.approx(krippendorff_alpha(units))
    assert report["overall"]["alpha_ordinal"] == pytest.approx(
        krippendorff_alpha(units, order=order))  # fmt: skip
    # a near miss (true vs mostly true) costs less in ordinal than in nominal alpha
    assert report["overall"]["alpha_ordinal"] > report["overall"]["alpha_nominal"]
    [pair] = report["pairs"]
    assert (pair["a"], pair["b"], pair["n"]) == ("omar", "sara", 3)
    assert pair["kappa"] == pytest.approx(cohen_kappa([tuple(u) for u in units]))
    assert pair["percent"] == pytest.approx(2 / 3)
    code, out, _ = run("agreement")
    assert code == 0 and "3 claim(s)" in out and "omar" in out and "67%" in out
