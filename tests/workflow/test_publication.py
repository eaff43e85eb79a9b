"""Published verdicts: ClaimReview carries approved verdicts only (unless asked), a
returned or re-proposed verdict never goes out as approved, and a verdict once exported
as published is frozen until a reviewer reopens it with a reason."""

from __future__ import annotations

import json

from workflow_support import one_line_error, table_counts


def claimreview(run, tmp_path, *extra, who="sara") -> dict[int, dict]:
    """The ClaimReview export, by claim id."""
    out = tmp_path / "cr.json"
    code, _, err = run("--as", who, "export", "claimreview", out, "--force", *extra)
    assert code == 0, err
    reviews = json.loads(out.read_text(encoding="utf-8"))
    return {int(r["identifier"].rsplit(":", 1)[1]): r for r in reviews}


def two_verdicts(run):
    """Claim 1: false, proposed by omar. Claim 2: misleading, approved by sara."""
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")[0] == 0
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "3",
               "--status", "misleading")[0] == 0  # fmt: skip
    assert run("--as", "sara", "review", "approve", "2")[0] == 0


def test_claimreview_publishes_approved_verdicts_only_by_default(run, tmp_path,
                                                                 desk_with_editors):  # fmt: skip
    two_verdicts(run)
    assert set(claimreview(run, tmp_path)) == {2}
    assert set(claimreview(run, tmp_path, "--include-unapproved")) == {1, 2}


def test_returned_and_reproposed_verdicts_are_not_published(run, tmp_path, desk_with_editors):
    two_verdicts(run)
    assert run("--as", "sara", "review", "return", "1", "--comment", "مصدر؟")[0] == 0
    assert set(claimreview(run, tmp_path, who="hala")) == {2}
    # approved, then changed before any export: proposed again, not published
    assert run("--as", "nour", "review", "approve", "1")[0] == 1  # returned, not proposed
    assert run("--as", "omar", "review", "propose", "1")[0] == 0
    assert run("--as", "nour", "review", "approve", "1")[0] == 0
    assert run("--as", "omar", "claim", "set", "1", "--status", "true")[0] == 0
    out = tmp_path / "r.csv"
    assert run("export", "csv", out)[0] == 0
    assert "proposed" in out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert 1 not in claimreview(run, tmp_path, who="hala")


def test_a_published_verdict_is_frozen_until_reopened(run, run_json, tmp_path, wf_db,
                                                      desk_with_editors):  # fmt: skip
    two_verdicts(run)
    assert set(claimreview(run, tmp_path)) == {2}
    db = wf_db
    before = table_counts(db)
    one_line_error(run("--as", "omar", "claim", "set", "2", "--status", "true"),
                   "published", "review reopen 2")  # fmt: skip
    one_line_error(run("--as", "omar", "justify", "2", "نص آخر"), "published")
    one_line_error(run("--as", "omar", "claim", "delete", "2"), "published")
    one_line_error(run("--as", "omar", "claim", "link", "2", "--to", "1", "--keep", "other"),
                   "published")  # fmt: skip
    assert table_counts(db) == before
    claims = {c["id"]: c for c in run_json("claims")}
    assert (claims[2]["status"], claims[2]["review"]) == ("misleading", "approved")
    # a second export publishes it again without recording it twice
    claimreview(run, tmp_path)
    assert sum(h["action"] == "publish" for h in run_json("history", "2")) == 1

    # Reopening needs a reason and a reviewer; it is in the history.
    one_line_error(run("--as", "sara", "review", "reopen", "2", "--reason", " "), "reason")
    one_line_error(run("--as", "omar", "review", "reopen", "2", "--reason", "x"), "reviewer")
    one_line_error(run("--as", "sara", "review", "reopen", "1", "--reason", "x"), "not published")
    assert run("--as", "sara", "review", "reopen", "2", "--reason", "new evidence")[0] == 0
    reopened = [h for h in run_json("history", "2") if h["action"] == "reopen"]
    assert [(h["who"], h["new"]) for h in reopened] == [("sara", "new evidence")]
    assert run("--as", "omar", "claim", "set", "2", "--status", "true")[0] == 0
    assert run_json("claims")[1]["review"] == "proposed"
    assert set(claimreview(run, tmp_path)) == set()  # changed: unapproved, not published


def test_claimreview_with_unapproved_verdicts_freezes_only_approved_ones(
    run, tmp_path, desk_with_editors
):
    two_verdicts(run)
    claimreview(run, tmp_path, "--include-unapproved")
    assert run("--as", "omar", "claim", "set", "1", "--status", "true")[0] == 0
    one_line_error(run("--as", "omar", "claim", "set", "2", "--status", "true"), "published")


def test_publication_is_recorded_a_batch_of_verdicts_at_a_time(run, run_json, tmp_path,
                                                                desk_with_editors, monkeypatch):  # fmt: skip
    """At a million verdicts, replaying every review at once held them all in memory
    (0.57 GB): the reviews are replayed a batch at a time (here two), and every approved
    verdict of every batch is frozen, once, the others not."""
    from factcheck import workflow

    monkeypatch.setattr(workflow, "PUBLICATION_BATCH", 2)
    replayed: list[int] = []  # how many groups each replay held
    group_reviews = workflow.group_reviews

    def spied(desk, group_statuses):
        replayed.append(len(group_statuses))
        return group_reviews(desk, group_statuses)

    monkeypatch.setattr(workflow, "group_reviews", spied)
    for sentence in range(2, 7):
        assert run("--as", "omar", "claim", "add", "1", "--sentence", str(sentence),
                   "--status", "false")[0] == 0  # fmt: skip
    for claim_id in (1, 3, 4, 5):
        assert run("--as", "sara", "review", "approve", str(claim_id))[0] == 0
    replayed.clear()
    assert set(claimreview(run, tmp_path, "--include-unapproved")) == {1, 2, 3, 4, 5}
    assert replayed[-2:] == [2, 2]  # after the export's own pass: the four approved, two by two
    published = {
        cid: sum(h["action"] == "publish" for h in run_json("history", str(cid)))
        for cid in range(1, 6)
    }
    assert published == {1: 1, 2: 0, 3: 1, 4: 1, 5: 1}
    one_line_error(run("--as", "omar", "claim", "set", "5", "--status", "true"), "published")
    assert run("--as", "omar", "claim", "set", "2", "--status", "true")[0] == 0
