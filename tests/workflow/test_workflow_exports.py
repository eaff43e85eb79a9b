"""What the verdict report says of review, public justifications and comment threads."""

from __future__ import annotations

import csv

from workflow_support import one_line_error

from factcheck.export.cells import split_values


def report(run, tmp_path) -> dict[int, dict]:
    out = tmp_path / "report.csv"
    code, _, err = run("export", "csv", out, "--force")
    assert code == 0, err
    with open(out, encoding="utf-8-sig", newline="") as fh:
        return {int(r["claim_id"]): r for r in csv.DictReader(fh)}


def test_the_report_says_each_verdicts_review_and_never_approved_once_changed(
    run, tmp_path, desk_with_editors
):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    run("--as", "omar", "claim", "add", "1", "--sentence", "3")
    assert report(run, tmp_path)[1]["review"] == "proposed"
    assert report(run, tmp_path)[2]["review"] == "none"
    run("--as", "sara", "review", "approve", "1")
    assert report(run, tmp_path)[1]["review"] == "approved"
    run("--as", "omar", "claim", "set", "1", "--status", "misleading")  # re-proposed
    assert report(run, tmp_path)[1]["review"] == "proposed"
    run("--as", "sara", "review", "return", "1", "--comment", "لا")
    assert report(run, tmp_path)[1]["review"] == "returned"


def test_justification_is_public_and_apart_from_the_note(run, run_json, tmp_path,
                                                         desk_with_editors):  # fmt: skip
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false",
        "--note", "internal: call the ministry")  # fmt: skip
    assert run("--as", "omar", "justify", "1", "=قالت الشركة إن الرسالة أُرسلت خطأ")[0] == 0
    row = report(run, tmp_path)[1]
    assert row["note"] == "internal: call the ministry"
    # neutralised like every cell: a justification cannot run as a spreadsheet formula
    assert row["justification"] == "'=قالت الشركة إن الرسالة أُرسلت خطأ"


def test_changing_the_justification_of_an_approved_verdict_proposes_it_again(
    run, run_json, tmp_path, desk_with_editors
):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    run("--as", "sara", "review", "approve", "1")
    run("--as", "omar", "justify", "1", "نص جديد للقراء")
    row = report(run, tmp_path)[1]
    assert (row["review"], row["justification"]) == ("proposed", "نص جديد للقراء")


def test_comment_threads_go_to_the_report_in_one_cell(run, run_json, tmp_path,
                                                      desk_with_editors):  # fmt: skip
    run("--as", "omar", "claim", "add", "1", "--sentence", "2")
    assert run("--as", "omar", "comment", "add", "1", "نحتاج مصدراً ثانياً")[0] == 0
    assert run("--as", "sara", "comment", "add", "1", "وجدته | هنا")[0] == 0
    assert run("--as", "sara", "comment", "resolve", "1")[0] == 0
    thread = run_json("comments", "1")
    assert [(c["author"], c["resolved_by"]) for c in thread] == [("omar", "sara"), ("sara", None)]
    parts = split_values(report(run, tmp_path)[1]["comments"])
    assert len(parts) == 2
    assert parts[0].endswith("omar: نحتاج مصدراً ثانياً (resolved by sara)")
    assert parts[1].endswith("sara: وجدته | هنا")
    history = run_json("history", "1")
    assert [h["entity"] for h in history].count("comment") == 3


def test_bad_comments_are_refused_with_one_line(run, desk_with_editors):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2")
    one_line_error(run("--as", "omar", "comment", "add", "1", "  "), "text")
    one_line_error(run("--as", "omar", "comment", "resolve", "7"), "no comment 7")
    run("--as", "omar", "comment", "add", "1", "x")
    run("--as", "omar", "comment", "resolve", "1")
    one_line_error(run("--as", "omar", "comment", "resolve", "1"), "already resolved")


def test_the_reports_review_column_agrees_with_each_claims_review(
    run, run_json, tmp_path, wf_db, desk_with_editors
):
    """The report reads review states in one query per batch of claims; `claims --json`
    replays each verdict's history. Every review action, and a linked group, must read the
    same both ways."""
    for sentence in range(2, 9):
        code, _, err = run("--as", "omar", "claim", "add", "1", "--sentence", sentence,
                           "--status", "false")  # fmt: skip
        assert code == 0, err
    run("--as", "omar", "claim", "add", "1", "--sentence", "9")  # no verdict: "none"
    run("--as", "sara", "review", "approve", "1")  # approved
    run("--as", "sara", "review", "return", "2", "--comment", "مصدر؟")  # returned
    run("--as", "sara", "review", "return", "3", "--comment", "x")
    run("--as", "omar", "review", "propose", "3")  # proposed again
    run("--as", "sara", "review", "approve", "4")
    run("--as", "omar", "justify", "4", "نص للقراء")  # a changed justification: proposed
    run("--as", "sara", "review", "approve", "5")
    assert run("export", "claimreview", tmp_path / "cr.json", "--force")[0] == 0  # published
    run("--as", "sara", "review", "reopen", "5", "--reason", "خطأ في التاريخ")
    run("--as", "sara", "review", "approve", "6")
    code, _, err = run("--as", "omar", "claim", "link", "7", "--to", "6", "--keep", "other")
    assert code == 0, err  # 7 now shows 6's approved verdict
    replayed = {c["id"]: c["review"] for c in run_json("claims")}
    reported = {cid: row["review"] for cid, row in report(run, tmp_path).items()}
    assert reported == replayed
    assert set(replayed.values()) == {"none", "proposed", "approved", "returned"}
    assert (replayed[1], replayed[2], replayed[3], replayed[4], replayed[5], replayed[7]) == (
        "approved", "returned", "proposed", "proposed", "approved", "approved",
    )  # fmt: skip
