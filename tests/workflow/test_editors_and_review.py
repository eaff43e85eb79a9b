"""Editors, roles and the four-eyes review of verdicts, through the CLI."""

from __future__ import annotations

import pytest
from workflow_support import one_line_error, table_counts


def claim_of(run_json, claim_id: int) -> dict:
    return next(c for c in run_json("claims") if c["id"] == claim_id)


def test_editors_are_listed_with_their_roles(run, run_json, desk_with_editors):
    found = {e["name"]: e["role"] for e in run_json("editors")}
    assert found == {"hala": "admin", "omar": "editor", "sara": "reviewer", "nour": "reviewer"}
    code, out, _ = run("editors")
    assert code == 0 and "sara" in out and "reviewer" in out


def test_only_an_admin_adds_editors_once_the_desk_has_one(run, wf_db, desk_with_editors):
    before = table_counts(wf_db)
    one_line_error(run("--as", "omar", "editor", "add", "x", "--role", "admin"), "admin")
    one_line_error(run("--as", "hala", "editor", "add", "omar", "--role", "admin"), "exists")
    assert table_counts(wf_db) == before


def test_an_unknown_acting_editor_is_refused_with_one_line(run, wf_db, desk_with_editors):
    before = table_counts(wf_db)
    one_line_error(run("--as", "ghost", "claim", "add", "1", "--sentence", "2"), "ghost")
    assert table_counts(wf_db) == before


def test_the_editor_environment_variable_names_who_acts(run, run_json, desk_with_editors,
                                                        monkeypatch):  # fmt: skip
    monkeypatch.setenv("FACTCHECK_EDITOR", "omar")
    assert run("claim", "add", "1", "--sentence", "2", "--status", "false")[0] == 0
    claim = claim_of(run_json, 1)
    assert claim["annotator"] == "omar" and claim["proposed_by"] == "omar"


def test_a_verdict_is_proposed_then_approved_by_another_reviewer(run, run_json,
                                                                 desk_with_editors):  # fmt: skip
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "2")[0] == 0
    assert claim_of(run_json, 1)["review"] == "none"  # unverified: no verdict yet
    assert run("--as", "omar", "claim", "set", "1", "--status", "in_progress")[0] == 0
    assert claim_of(run_json, 1)["review"] == "none"
    assert run("--as", "omar", "claim", "set", "1", "--status", "false")[0] == 0
    claim = claim_of(run_json, 1)
    assert (claim["review"], claim["proposed_by"], claim["reviewed_by"]) == (
        "proposed", "omar", None)  # fmt: skip
    code, _out, err = run("--as", "sara", "review", "approve", "1")
    assert code == 0, err
    claim = claim_of(run_json, 1)
    assert (claim["review"], claim["reviewed_by"]) == ("approved", "sara")
    history = run_json("history", "1")
    assert any(
        h["who"] == "sara" and h["entity"] == "review" and h["old"] == "proposed"
        and h["new"] == "approved" and h["at"] for h in history
    )  # fmt: skip


def test_self_approval_and_approval_by_a_plain_editor_are_refused(run, run_json, wf_db,
                                                                  desk_with_editors):  # fmt: skip
    assert run("--as", "sara", "claim", "add", "1", "--sentence", "2", "--status", "true")[0] == 0
    before = table_counts(wf_db)
    one_line_error(run("--as", "sara", "review", "approve", "1"), "cannot review", "four eyes")
    one_line_error(run("--as", "omar", "review", "approve", "1"), "not a reviewer")
    assert table_counts(wf_db) == before
    assert claim_of(run_json, 1)["review"] == "proposed"


def test_changing_an_approved_verdict_makes_it_proposed_again(run, run_json, desk_with_editors):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    assert run("--as", "sara", "review", "approve", "1")[0] == 0
    assert run("--as", "nour", "claim", "set", "1", "--status", "misleading")[0] == 0
    claim = claim_of(run_json, 1)
    assert (claim["review"], claim["proposed_by"], claim["reviewed_by"]) == (
        "proposed", "nour", None)  # fmt: skip
    # back to the value once approved: still a change, still to be reviewed again
    assert run("--as", "nour", "claim", "set", "1", "--status", "false")[0] == 0
    assert claim_of(run_json, 1)["review"] == "proposed"
    one_line_error(run("--as", "nour", "review", "approve", "1"), "cannot review")
    assert run("--as", "sara", "review", "approve", "1")[0] == 0
    assert claim_of(run_json, 1)["review"] == "approved"


def test_a_returned_verdict_carries_the_comment_until_it_changes(run, run_json,
                                                                 desk_with_editors):  # fmt: skip
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    code, _, err = run("--as", "sara", "review", "return", "1", "--comment", "المصدر لا يكفي")
    assert code == 0, err
    claim = claim_of(run_json, 1)
    assert (claim["review"], claim["reviewed_by"], claim["review_comment"]) == (
        "returned", "sara", "المصدر لا يكفي")  # fmt: skip
    one_line_error(run("--as", "nour", "review", "approve", "1"), "returned")
    assert run("--as", "omar", "review", "propose", "1")[0] == 0
    claim = claim_of(run_json, 1)
    assert (claim["review"], claim["review_comment"]) == ("proposed", None)
    assert run("--as", "nour", "review", "approve", "1")[0] == 0


def test_approval_of_a_verdict_changed_since_it_was_shown_is_refused(run, run_json, wf_db,
                                                                     desk_with_editors):  # fmt: skip
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    shown = claim_of(run_json, 1)["version"]
    assert run("--as", "omar", "claim", "set", "1", "--status", "true")[0] == 0
    before = table_counts(wf_db)
    one_line_error(
        run("--as", "sara", "review", "approve", "1", "--claim-version", shown),
        "changed elsewhere",
    )
    assert table_counts(wf_db) == before
    assert claim_of(run_json, 1)["review"] == "proposed"
    now = claim_of(run_json, 1)["version"]
    assert run("--as", "sara", "review", "approve", "1", "--claim-version", now)[0] == 0


def test_an_approval_moves_the_version_so_an_edit_from_before_it_is_refused(
    run_json, run, wf_db, desk_with_editors
):
    from factcheck.desk import Desk
    from factcheck.model import ConflictError

    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    shown = claim_of(run_json, 1)["version"]
    assert run("--as", "sara", "review", "approve", "1")[0] == 0
    desk = Desk.open(wf_db, annotator="omar")
    try:
        with pytest.raises(ConflictError):
            desk.set_status(1, "true", expected_version=shown)
    finally:
        desk.close()
    assert claim_of(run_json, 1)["review"] == "approved"


def test_a_linked_claim_shares_its_groups_review(run, run_json, desk_with_editors):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    run("--as", "omar", "claim", "add", "2", "--sentence", "1")
    assert run("--as", "omar", "claim", "link", "2", "--to", "1")[0] == 0
    assert run("--as", "sara", "review", "approve", "2")[0] == 0
    reviews = {c["id"]: c["review"] for c in run_json("claims")}
    assert reviews == {1: "approved", 2: "approved"}


def test_reviewing_a_claim_without_a_verdict_is_refused(run, wf_db, desk_with_editors):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2")
    before = table_counts(wf_db)
    one_line_error(run("--as", "sara", "review", "approve", "1"), "no verdict")
    one_line_error(run("--as", "sara", "review", "return", "1", "--comment", " "), "why")
    one_line_error(run("--as", "sara", "review", "approve", "99"), "no claim 99")
    assert table_counts(wf_db) == before


def test_the_review_queue_lists_what_others_proposed(run, run_json, desk_with_editors):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    run("--as", "sara", "claim", "add", "1", "--sentence", "3", "--status", "true")
    assert [c["claim_id"] for c in run_json("--as", "sara", "review", "queue")] == [1]
    assert [c["claim_id"] for c in run_json("--as", "nour", "review", "queue")] == [1, 2]
