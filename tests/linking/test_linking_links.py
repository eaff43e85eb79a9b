"""Claim linking: groups share a verdict; link/unlink are validated, recorded and undoable."""

from __future__ import annotations

import json
import time

import pytest

from factcheck.desk import Desk
from factcheck.model import ConflictError, InvalidInput, NotFound, SourceInput
from factcheck.store import repository as repo

REQUEST_000 = "أمازون تطالب موظفيها بحذف Tik Tok لأسباب أمنية"
REQUEST_001 = "امازون تطالب موظفيها بحذف تطبيق تيك توك من هواتفهم المحمولة"
DENIAL_001 = "نفت امازون أمرها لموظفيها بحذف تطبيق الفيديوهات القصيرة تيك توك"
INDIA_000 = "وحظرت الهند التطبيق الصيني تيك توك"


@pytest.fixture
def checked(mark):
    """Claim 1 in article 1, rated false with a note and a source."""
    return mark(
        1,
        REQUEST_000,
        status_id="false",
        note="الرسالة أرسلت بالخطأ حسب أمازون",
        sources=[SourceInput(url="https://example.org/nyt", stance="refutes")],
    )


def _own(desk, claim_id):
    with desk.store.read() as s:
        return repo.get_claim(s, claim_id, effective=False)


def test_linked_claim_shows_the_groups_verdict(desk, mark, checked):
    other = mark(2, REQUEST_001)
    linked = desk.link_claim(other.id, checked.id, "agree")
    assert linked.linked_to == checked.id and linked.stance == "agree"
    assert linked.status_id == "false"
    assert linked.note == checked.note
    assert linked.sources == checked.sources
    assert linked.group_id == checked.id
    assert desk.claim(other.id) == linked
    # its own stored values are kept, hidden
    own = _own(desk, other.id)
    assert own.status_id == "unverified" and own.note == "" and own.sources == ()
    # both claims list the same appearances, primary first
    group = desk.appearances(other.id)
    assert [c.id for c in group] == [checked.id, other.id]
    assert desk.appearances(checked.id) == group
    # the article list counts the linked claim as checked
    summary = {a.id: a for a in desk.articles()}[2]
    assert summary.checked_count == 1


def test_article_list_counts_follow_the_groups_verdict(desk, mark):
    """Checked counts use the verdict shown: a linked claim counts as checked exactly while
    its group's verdict is not the default, whatever its own hidden status."""
    primary = mark(1, "أمازون", status_id="true")
    other = mark(2, REQUEST_001)
    desk.link_claim(other.id, primary.id)
    summary = {a.id: a for a in desk.articles()}[2]
    assert (summary.claim_count, summary.checked_count) == (1, 1)
    desk.set_status(primary.id, "unverified")
    assert {a.id: a for a in desk.articles()}[2].checked_count == 0
    desk.set_status(other.id, "false")  # through the appearance: the group's verdict
    assert {a.id: a for a in desk.articles()}[1].checked_count == 1
    assert {a.id: a for a in desk.articles()}[2].checked_count == 1


def test_edits_through_a_linked_claim_go_to_the_group(desk, mark, checked):
    other = desk.link_claim(mark(2, REQUEST_001).id, checked.id)
    after = desk.set_status(other.id, "mostly_true", expected_version=other.version)
    assert after.status_id == "mostly_true"
    assert desk.claim(checked.id).status_id == "mostly_true"
    assert _own(desk, other.id).status_id == "unverified"
    with pytest.raises(ConflictError):
        desk.set_status(other.id, "false", expected_version=other.version)  # stale
    desk.set_note(other.id, "ملاحظة للمجموعة")
    assert desk.claim(checked.id).note == "ملاحظة للمجموعة"
    src = desk.add_source(other.id, "https://example.org/second")
    assert src.claim_id == checked.id
    assert [s.url for s in desk.claim(other.id).sources] == [
        "https://example.org/nyt",
        "https://example.org/second",
    ]
    status_changes = [
        e
        for e in desk.history(checked.id)
        if e.entity == "status" and e.field == "status_id"
    ]
    assert status_changes[-1].new == "mostly_true"


def test_link_and_unlink_are_recorded_and_unlink_restores(desk, mark, checked):
    other = mark(2, REQUEST_001)
    desk.link_claim(other.id, checked.id, "discuss")
    entries = [e for e in desk.history(other.id) if e.field == "linked_to"]
    assert entries[-1].action == "link"
    assert json.loads(entries[-1].old) == {"linked_to": None, "stance": "agree"}
    assert json.loads(entries[-1].new) == {"linked_to": checked.id, "stance": "discuss"}
    on_primary = [e for e in desk.history(checked.id) if e.field == "appearance"]
    assert on_primary[-1].action == "link" and on_primary[-1].entity_id == str(other.id)

    back = desk.unlink_claim(other.id)
    assert (
        back.linked_to is None and back.status_id == "unverified" and back.sources == ()
    )
    assert back.stance == "discuss"
    assert desk.appearances(checked.id) == [desk.claim(checked.id)]
    entries = [e for e in desk.history(other.id) if e.field == "linked_to"]
    assert entries[-1].action == "unlink"
    assert [e.action for e in desk.history(checked.id) if e.field == "appearance"] == [
        "link",
        "unlink",
    ]


def test_restore_link_undoes_link_unlink_and_relink(desk, mark, checked):
    second = mark(1, INDIA_000)
    other = mark(2, REQUEST_001)
    before = desk.claim(other.id)
    desk.link_claim(other.id, checked.id, "disagree")
    undone = desk.restore_link(before)
    assert (undone.linked_to, undone.stance) == (None, "agree")
    assert undone.status_id == before.status_id

    linked = desk.link_claim(other.id, checked.id, "disagree")
    desk.unlink_claim(other.id)
    redone = desk.restore_link(linked)  # undo of the unlink
    assert (redone.linked_to, redone.stance) == (checked.id, "disagree")

    relinked = desk.link_claim(other.id, second.id)  # move to another group
    assert relinked.linked_to == second.id
    assert desk.restore_link(redone).linked_to == checked.id
    assert [c.id for c in desk.appearances(second.id)] == [second.id]


def test_linking_to_an_appearance_joins_its_primary(desk, mark, checked):
    a = desk.link_claim(mark(2, REQUEST_001).id, checked.id)
    b = desk.link_claim(mark(2, DENIAL_001).id, a.id, "disagree")
    assert b.linked_to == checked.id  # groups stay flat
    group = desk.appearances(b.id)
    assert group[0].id == checked.id and {c.id for c in group[1:]} == {a.id, b.id}
    assert [c.start for c in group[1:]] == sorted(
        c.start for c in group[1:]
    )  # by position
    # linking again to the same group only changes the stance
    c = desk.link_claim(b.id, checked.id, "discuss")
    assert (c.linked_to, c.stance) == (checked.id, "discuss")
    assert desk.set_stance(c.id, "unrelated").stance == "unrelated"
    with pytest.raises(InvalidInput):
        desk.set_stance(c.id, "maybe")


def test_refusals_change_nothing(desk, mark, checked):
    other = mark(2, REQUEST_001)
    n_history = len(desk.history())
    with pytest.raises(InvalidInput, match="itself"):
        desk.link_claim(other.id, other.id)
    with pytest.raises(InvalidInput, match="stance"):
        desk.link_claim(other.id, checked.id, "agrees")
    with pytest.raises(NotFound):
        desk.link_claim(other.id, 9999)
    with pytest.raises(NotFound):
        desk.link_claim(9999, other.id)
    with pytest.raises(NotFound):
        desk.unlink_claim(9999)
    with pytest.raises(NotFound):
        desk.appearances(9999)
    with pytest.raises(InvalidInput, match="not linked"):
        desk.unlink_claim(other.id)
    desk.link_claim(other.id, checked.id)
    third = mark(1, INDIA_000)
    n_history = len(desk.history())
    with pytest.raises(InvalidInput, match="cycle"):  # the primary into its own group
        desk.link_claim(checked.id, other.id)
    with pytest.raises(InvalidInput, match="primary of a group"):
        desk.link_claim(checked.id, third.id)  # a primary with appearances
    with pytest.raises(InvalidInput, match="primary of a group"):
        desk.unlink_claim(checked.id)
    with pytest.raises(InvalidInput, match="primary of a group"):
        desk.delete_claim(checked.id)
    assert len(desk.history()) == n_history
    assert desk.claim(checked.id).linked_to is None
    assert desk.claim(other.id).linked_to == checked.id


def test_linking_never_hides_a_claims_own_work(desk, mark, checked):
    """Its sources and note join the group's; a verdict of its own that differs from the
    group's is refused until the caller chooses (tests/linking/test_linking_merge.py)."""
    with_source = mark(2, REQUEST_001, sources=["https://example.org/own"])
    with pytest.raises(InvalidInput, match="source"):  # both have sources: choose first
        desk.link_claim(with_source.id, checked.id)
    linked = desk.link_claim(with_source.id, checked.id, keep="other")
    assert [s.url for s in linked.sources] == ["https://example.org/nyt", "https://example.org/own"]
    rated = mark(2, DENIAL_001, status_id="true")
    with pytest.raises(InvalidInput, match="disagree"):
        desk.link_claim(rated.id, checked.id)
    noted = mark(1, INDIA_000, note="ملاحظة أخرى")
    with pytest.raises(InvalidInput, match="disagree"):
        desk.link_claim(noted.id, checked.id)
    # a claim rated like the primary (and otherwise bare) joins without a question
    same = desk.set_status(rated.id, "false")
    assert desk.link_claim(same.id, checked.id).status_id == "false"


def test_delete_and_restore_an_appearance(desk, mark, checked):
    other = desk.link_claim(mark(2, REQUEST_001).id, checked.id, "discuss")
    snapshot = desk.delete_claim(other.id)
    assert snapshot.linked_to == checked.id and snapshot.sources == ()  # its own values
    assert [c.id for c in desk.appearances(checked.id)] == [checked.id]
    restored = desk.restore_claim(snapshot)
    assert (restored.linked_to, restored.stance) == (checked.id, "discuss")
    assert restored.sources == desk.claim(checked.id).sources  # no copies were made
    assert len(desk.claim(checked.id).sources) == 1


def test_claims_list_and_csv_report_show_appearances(desk, mark, checked, tmp_path):
    import csv

    from factcheck.export import CSV_COLUMNS, write_csv_report

    other = desk.link_claim(mark(2, REQUEST_001).id, checked.id)
    alone = mark(2, DENIAL_001)
    # the appearance columns, then the stance of a linked appearance last
    assert CSV_COLUMNS[-3:] == ("appearance_count", "appearance_article_ids", "stance")
    out = tmp_path / "r.csv"
    write_csv_report(desk, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = {int(r["claim_id"]): r for r in csv.DictReader(fh)}
    assert list(rows[checked.id])[-3:-1] == ["appearance_count", "appearance_article_ids"]
    assert rows[checked.id]["appearance_count"] == "2"
    assert rows[checked.id]["appearance_article_ids"] == "1 | 2"
    assert rows[other.id]["appearance_count"] == "2"
    assert rows[other.id]["status_id"] == "false"
    assert (rows[other.id]["stance"], rows[checked.id]["stance"]) == ("agree", "")
    assert rows[alone.id]["appearance_count"] == "1"
    assert rows[alone.id]["appearance_article_ids"] == "2"
    # one article's report still counts appearances in other articles
    write_csv_report(desk, out, article_id=2, overwrite=True)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = {int(r["claim_id"]): r for r in csv.DictReader(fh)}
    assert rows[other.id]["appearance_article_ids"] == "1 | 2"


def test_undoing_an_unlink_refuses_to_hide_work_added_meanwhile(desk, mark, checked):
    linked = desk.link_claim(mark(2, REQUEST_001).id, checked.id)
    desk.unlink_claim(linked.id)
    desk.add_source(linked.id, "https://example.org/own-evidence")
    with pytest.raises(InvalidInput, match="source"):
        desk.restore_link(linked)
    assert desk.claim(linked.id).linked_to is None


def test_link_counts_say_how_many_other_articles_share_a_claim(desk):
    a = desk.add_claim_for_sentence(1, 3)
    b = desk.add_claim_for_sentence(2, 6)
    lone = desk.add_claim_for_sentence(1, 5)
    assert desk.link_counts(1) == {} and desk.link_counts(2) == {}
    desk.link_claim(b.id, a.id)
    # Seen from either article, the claim also appears in one other article.
    assert desk.link_counts(1) == {a.id: 1}
    assert desk.link_counts(2) == {b.id: 1}
    assert lone.id not in desk.link_counts(1)
    desk.unlink_claim(b.id)
    assert desk.link_counts(1) == {}


def test_a_change_to_a_groups_verdict_refuses_edits_made_from_before_it(desk, mark):
    """An editor reading an appearance reads the group's verdict: any change to it (made
    through any claim of the group: status, note, a source added, changed or removed)
    refuses an edit based on what they read before, instead of overwriting it."""
    primary = mark(1, "أمازون")
    appearance = desk.link_claim(mark(2, "امازون").id, primary.id)
    source = desk.add_source(primary.id, "https://example.org/first")
    changes = [  # each really changes something, the i-th time too
        lambda i: desk.set_status(primary.id, ("false", "true")[i % 2]),
        lambda i: desk.set_note(primary.id, f"ملاحظة الزميل {i}"),
        lambda i: desk.add_source(primary.id, f"https://example.org/more/{i}"),
        lambda i: desk.update_source(source.id, SourceInput(url=f"https://example.org/fixed/{i}")),
        lambda i: desk.remove_source(
            desk.add_source(primary.id, f"https://example.org/gone/{i}").id
        ),
    ]
    edits = [
        lambda v: desk.set_status(appearance.id, "misleading", expected_version=v),
        lambda v: desk.set_note(appearance.id, "ملاحظتي", expected_version=v),
        lambda v: desk.add_source(appearance.id, "https://example.org/mine", expected_version=v),
        lambda v: desk.update_source(
            source.id, SourceInput(url="https://example.org/changed"), claim_id=appearance.id, expected_version=v
        ),
        lambda v: desk.remove_source(source.id, claim_id=appearance.id, expected_version=v),
        lambda v: desk.delete_claim(appearance.id, expected_version=v),
    ]
    for change in changes:
        for i, edit in enumerate(edits):
            read = desk.claim(appearance.id)  # what the editor sees
            change(i)
            after = desk.claim(appearance.id)
            with pytest.raises(ConflictError):
                edit(read.version)
            assert desk.claim(appearance.id) == after  # nothing changed
    # Read again, every edit is accepted.
    for edit in edits:
        edit(desk.claim(appearance.id).version)
    with pytest.raises(NotFound):
        desk.claim(appearance.id)


def test_a_source_is_changed_only_through_a_claim_that_shows_it(desk, mark):
    own = mark(1, "أمازون")
    other = mark(2, "امازون")
    source = desk.add_source(own.id, "https://example.org/a")
    with pytest.raises(NotFound):
        desk.remove_source(source.id, claim_id=other.id)
    with pytest.raises(NotFound):
        desk.update_source(source.id, SourceInput(url="https://example.org/b"), claim_id=other.id)
    assert [s.url for s in desk.claim(own.id).sources] == ["https://example.org/a"]


def test_a_linked_claims_history_tells_who_set_the_verdict_it_shows(seeded_url, mark):
    """Regression: the status and sources set through an appearance were recorded only on
    the group's primary, so the appearance's history (the inspector's) never said who set
    the verdict it shows; a stance change, and deleting or restoring an appearance, left no
    trace in the primary's history."""
    alice = Desk.open(seeded_url, annotator="alice")
    bob = Desk.open(seeded_url, annotator="bob")
    try:
        primary = mark(1, "أمازون")
        appearance = alice.link_claim(mark(2, "امازون").id, primary.id)
        bob.set_status(appearance.id, "misleading")
        bob.add_source(appearance.id, "https://example.org/1")
        bob.set_stance(appearance.id, "disagree")
        seen = [(h.who, h.action, h.field, h.new) for h in bob.history(appearance.id)]
        assert ("bob", "update", "status_id", "misleading") in seen
        assert ("bob", "create", "url", "https://example.org/1") in seen
        on_primary = [(h.who, h.action, h.field) for h in bob.history(primary.id)]
        assert ("bob", "update", "appearance") in on_primary  # the stance
        gone = bob.delete_claim(appearance.id)
        bob.restore_claim(gone)
        tail = [(h.action, h.field, h.entity_id) for h in bob.history(primary.id)[-2:]]
        assert tail == [("unlink", "appearance", str(appearance.id)), ("link", "appearance", str(appearance.id))]
    finally:
        alice.close()
        bob.close()


def test_every_row_of_a_group_is_dated_by_the_verdict_it_shows(desk, mark):
    """Regression: a change made through the primary left its appearances' updated_at (the
    report's column) older than the verdict they show."""
    primary = mark(1, "أمازون")
    appearance = desk.link_claim(mark(2, "امازون").id, primary.id)
    time.sleep(1.1)  # times are to the second
    changed = desk.set_status(primary.id, "false")
    assert desk.claim(appearance.id).updated_at == changed.updated_at
    desk.add_source(primary.id, "https://example.org/2")
    assert desk.claim(appearance.id).updated_at == desk.claim(primary.id).updated_at
