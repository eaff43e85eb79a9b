"""The workflow's undo commands (public justification, comments, one's own rating) through
the edit controller, without a window, on a real desk (SQLite and PostgreSQL): do, undo and
redo write the database, each as new history rows, and an undo after a colleague's change
is refused, changing nothing.

The in-memory desk of test_commands_fake_desk does not hold the workflow's tables, so these
run on the desk itself.
"""

from __future__ import annotations

import pytest

from factcheck import workflow
from factcheck.desk import Desk
from factcheck.gui.qt_controller import EditController

pytestmark = pytest.mark.gui


@pytest.fixture
def desk_setup(seeded_url):
    """Editors hala (admin), omar and nour (editors), sara (reviewer); article 1 assigned to
    omar and nour for blind double rating; claim on article 1's third sentence proposed
    "false" by omar."""
    hala = Desk.open(seeded_url, annotator="hala")
    workflow.add_editor(hala, "hala", "admin")
    for name, role in (("omar", "editor"), ("nour", "editor"), ("sara", "reviewer")):
        workflow.add_editor(hala, name, role)
    workflow.assign(hala, 1, "omar", "nour")
    hala.close()
    omar = Desk.open(seeded_url, annotator="omar")
    claim = omar.add_claim_for_sentence(1, 3, status_id="false")
    omar.close()
    return seeded_url, claim.id


def controller_as(qapp, db, name: str) -> EditController:
    desk = Desk.open(db, annotator=name)
    ctl = EditController(desk)
    ctl.failures, ctl.refusals = [], []
    ctl.failed.connect(ctl.failures.append)
    ctl.refused.connect(ctl.refusals.append)
    return ctl


@pytest.fixture
def omar(qapp, desk_setup):
    db, claim_id = desk_setup
    ctl = controller_as(qapp, db, "omar")
    ctl.remember([ctl.desk.claim(claim_id)])  # as the window does when it shows the claim
    yield ctl
    ctl.desk.close()


@pytest.fixture
def colleague(desk_setup):
    """hala (admin) at another desk on the same database."""
    desk = Desk.open(desk_setup[0], annotator="hala")
    yield desk
    desk.close()


def shown(ctl, claim_id):
    """The claim as the controller knows it (what the window shows)."""
    return ctl.desk.claim(claim_id)


def history_rows(desk, claim_id, entity=None) -> list:
    rows = desk.history(claim_id)
    return [r for r in rows if entity is None or r.entity == entity]


def justification(desk, claim_id) -> str:
    claim = desk.claim(claim_id)
    return workflow.justifications(desk, [claim.group_id]).get(claim.group_id, "")


# -- public justification ---------------------------------------------------------------------


def test_justification_undo_puts_the_previous_text_back_and_redo_sets_it_again(omar, desk_setup):
    _db, cid = desk_setup
    desk = omar.desk
    assert omar.set_justification(shown(omar, cid), "", "المصدر الرسمي نفى الخبر.")
    omar.set_status(shown(omar, cid), "misleading")  # another step between the two
    assert omar.set_justification(shown(omar, cid), "المصدر الرسمي نفى الخبر.", "نفته الوزارة.")
    assert omar.undo_stack.count() == 3
    omar.undo_stack.undo()
    assert justification(desk, cid) == "المصدر الرسمي نفى الخبر."
    omar.undo_stack.undo()
    omar.undo_stack.undo()
    assert justification(desk, cid) == ""
    assert desk.claim(cid).status_id == "false"
    omar.undo_stack.redo()
    assert justification(desk, cid) == "المصدر الرسمي نفى الخبر."
    # every step is a new history row, none taken away
    rows = [(r.old, r.new) for r in history_rows(desk, cid) if r.field == "justification"]
    assert rows == [
        ("", "المصدر الرسمي نفى الخبر."), ("المصدر الرسمي نفى الخبر.", "نفته الوزارة."),
        ("نفته الوزارة.", "المصدر الرسمي نفى الخبر."), ("المصدر الرسمي نفى الخبر.", ""),
        ("", "المصدر الرسمي نفى الخبر."),
    ]  # fmt: skip
    assert omar.failures == []


def test_justification_typed_in_a_row_is_one_undo_step(omar, desk_setup):
    _db, cid = desk_setup
    for typed in ("ن", "نف", "نفت"):
        omar.set_justification(shown(omar, cid), "", typed)
    assert omar.undo_stack.count() == 1
    omar.undo_stack.undo()
    assert justification(omar.desk, cid) == ""


def test_undoing_a_justification_proposes_the_verdict_again(omar, desk_setup, qapp):
    """A justification is part of the verdict: its undo after an approval is a change of
    the verdict, which a reviewer approves again."""
    db, cid = desk_setup
    omar.set_justification(shown(omar, cid), "", "نفته الوزارة.")
    sara = Desk.open(db, annotator="sara")
    workflow.approve(sara, cid)
    sara.close()
    omar.remember([shown(omar, cid)])  # the window saw the approval (live update)
    omar.undo_stack.undo()
    assert justification(omar.desk, cid) == ""
    assert workflow.review_of(omar.desk, cid).state == "proposed"


def test_justification_undo_after_a_colleagues_change_is_refused(omar, desk_setup, colleague):
    _db, cid = desk_setup
    omar.set_justification(shown(omar, cid), "", "نفته الوزارة.")
    colleague.set_status(cid, "misleading")  # unseen by omar's window
    omar.undo_stack.undo()
    assert omar.refusals == [True] and "changed elsewhere" in omar.failures[0]
    assert justification(omar.desk, cid) == "نفته الوزارة."  # nothing overwritten
    assert omar.desk.claim(cid).status_id == "misleading"
    assert omar.undo_stack.count() == 0  # the refused step is dropped


# -- comments ---------------------------------------------------------------------------------


def thread(desk, cid) -> list[tuple]:
    return [(c.id, c.author, c.text, c.resolved_by) for c in workflow.comments(desk, [cid])]


def test_comment_undo_takes_it_out_of_the_thread_and_redo_puts_the_same_one_back(omar, desk_setup):
    _db, cid = desk_setup
    assert omar.add_comment(shown(omar, cid), "من أين الرقم؟")
    [(comment_id, author, text, resolved)] = thread(omar.desk, cid)
    assert (author, text, resolved) == ("omar", "من أين الرقم؟", None)
    omar.undo_stack.undo()
    assert thread(omar.desk, cid) == []
    omar.undo_stack.redo()
    assert thread(omar.desk, cid) == [(comment_id, "omar", "من أين الرقم؟", None)]
    # the history keeps the comment, its withdrawal and its return
    rows = [(r.action, r.old, r.new) for r in history_rows(omar.desk, cid, "comment")]
    assert rows == [("create", None, "من أين الرقم؟"), ("delete", "من أين الرقم؟", None),
                    ("create", None, "من أين الرقم؟")]  # fmt: skip


def test_comment_undo_refused_once_a_colleague_resolved_it(omar, desk_setup, colleague):
    _db, cid = desk_setup
    omar.add_comment(shown(omar, cid), "من أين الرقم؟")
    [(comment_id, *_)] = thread(omar.desk, cid)
    workflow.resolve_comment(colleague, comment_id)
    omar.undo_stack.undo()
    assert omar.refusals == [True] and "resolved by 'hala'" in omar.failures[0]
    assert thread(omar.desk, cid) == [(comment_id, "omar", "من أين الرقم؟", "hala")]


def test_resolve_undo_reopens_the_comment_and_redo_resolves_it(omar, desk_setup, colleague):
    _db, cid = desk_setup
    comment = workflow.add_comment(colleague, cid, "راجعوا التاريخ")
    assert omar.resolve_comment(shown(omar, cid), comment.id)
    assert thread(omar.desk, cid)[0][3] == "omar"
    omar.undo_stack.undo()
    assert thread(omar.desk, cid)[0][3] is None
    omar.undo_stack.redo()
    assert thread(omar.desk, cid)[0][3] == "omar"
    resolved = [(r.who, r.old, r.new) for r in history_rows(omar.desk, cid, "comment")
                if r.field == "resolved"]  # fmt: skip
    assert resolved == [("omar", None, "omar"), ("omar", "omar", None), ("omar", None, "omar")]


def test_resolve_undo_after_a_colleagues_change_of_the_claim_is_refused(omar, desk_setup, colleague):
    _db, cid = desk_setup
    comment = workflow.add_comment(colleague, cid, "راجعوا التاريخ")
    omar.resolve_comment(shown(omar, cid), comment.id)
    colleague.set_note(cid, "ملاحظة من هالة")
    omar.undo_stack.undo()
    assert omar.refusals == [True] and "changed elsewhere" in omar.failures[0]
    assert thread(omar.desk, cid)[0][3] == "omar"


# -- one's own blind rating -------------------------------------------------------------------


def rating_of(desk, cid, editor):
    return next((st for c, e, st, _ in workflow.visible_ratings(desk, editor, [cid])
                 if c == cid and e == editor), None)  # fmt: skip


def test_rating_undo_restores_none_then_the_previous_rating(omar, desk_setup):
    _db, cid = desk_setup
    assert omar.rate(shown(omar, cid), None, "false")
    assert omar.rate(shown(omar, cid), "false", "misleading")
    assert rating_of(omar.desk, cid, "omar") == "misleading"
    omar.undo_stack.undo()
    assert rating_of(omar.desk, cid, "omar") == "false"
    omar.undo_stack.undo()
    assert rating_of(omar.desk, cid, "omar") is None  # no rating, as before
    omar.undo_stack.redo()
    assert rating_of(omar.desk, cid, "omar") == "false"
    rows = [(r.action, r.old, r.new) for r in history_rows(omar.desk, cid, "rating")]
    assert rows == [("update", None, "false"), ("update", "false", "misleading"),
                    ("update", "misleading", "false"), ("delete", "false", None),
                    ("update", None, "false")]  # fmt: skip
    assert omar.desk.claim(cid).status_id == "false"  # a rating is apart from the verdict


def test_rating_undo_after_the_rating_changed_elsewhere_is_refused(omar, desk_setup, qapp):
    db, cid = desk_setup
    omar.rate(shown(omar, cid), None, "false")
    cli = Desk.open(db, annotator="omar")  # omar again, from the command line
    workflow.rate(cli, cid, "true")
    cli.close()
    omar.undo_stack.undo()
    assert omar.refusals == [True] and "rating" in omar.failures[0]
    assert rating_of(omar.desk, cid, "omar") == "true"


def test_rating_undo_after_a_colleagues_change_of_the_claim_is_refused(omar, desk_setup, colleague):
    _db, cid = desk_setup
    omar.rate(shown(omar, cid), None, "false")
    colleague.set_status(cid, "true")
    omar.undo_stack.undo()
    assert omar.refusals == [True] and "changed elsewhere" in omar.failures[0]
    assert rating_of(omar.desk, cid, "omar") == "false"


def test_a_refused_rating_is_not_pushed(qapp, desk_setup):
    """sara is not assigned to article 1: her rating is refused, nothing is on the stack."""
    db, cid = desk_setup
    sara = controller_as(qapp, db, "sara")
    try:
        assert not sara.rate(sara.desk.claim(cid), None, "false")
        assert "not assigned to 'sara'" in sara.failures[0]
        assert sara.undo_stack.count() == 0
        assert workflow.visible_ratings(sara.desk, "sara", [cid]) == []
    finally:
        sara.desk.close()
