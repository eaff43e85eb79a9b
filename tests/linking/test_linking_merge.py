"""Linking two claims that disagree: the editor chooses the verdict; notes and sources merge.

"this" is the claim being linked, "other" the claim it joins. A link never silently hands a
claim another claim's verdict: when both have a verdict (a status other than the scale's
default) and they differ, or both have notes, or both have sources, the link is refused
until the caller says which verdict wins; notes and sources of both are kept.
"""

from __future__ import annotations

import pytest

from factcheck.desk.links import LinkDisagreement
from factcheck.model import ConflictError, InvalidInput, SourceInput
from factcheck.store import repository as repo

REQUEST_000 = "أمازون تطالب موظفيها بحذف Tik Tok لأسباب أمنية"
REQUEST_001 = "امازون تطالب موظفيها بحذف تطبيق تيك توك من هواتفهم المحمولة"
DENIAL_001 = "نفت امازون أمرها لموظفيها بحذف تطبيق الفيديوهات القصيرة تيك توك"
INDIA_000 = "وحظرت الهند التطبيق الصيني تيك توك"


@pytest.fixture
def other(mark):
    """The claim joined: article 1, rated false, with a note and two sources."""
    return mark(
        1,
        REQUEST_000,
        status_id="false",
        note="الرسالة أرسلت بالخطأ حسب أمازون",
        sources=[
            SourceInput(url="https://example.org/nyt", stance="refutes"),
            SourceInput(url="https://example.org/shared", title="Shared"),
        ],
    )


@pytest.fixture
def this(mark):
    """The claim linked: article 2, rated true, its own note and sources (one URL shared)."""
    return mark(
        2,
        REQUEST_001,
        status_id="true",
        note="ملاحظة المحرر الثاني",
        sources=[
            SourceInput(url="https://example.org/shared", title="Shared again"),
            SourceInput(url="https://example.org/reuters", title="Reuters", stance="supports"),
        ],
    )


def _state(desk, claim_id):
    """What a claim holds and shows: its own row and its effective verdict."""
    with desk.store.read() as s:
        own = repo.get_claim(s, claim_id, effective=False)
    shown = desk.claim(claim_id)
    return (
        own.linked_to,
        own.stance,
        own.status_id,
        own.note,
        own.sources,
        shown.status_id,
        shown.note,
        shown.sources,
    )


def test_disagreeing_claims_are_not_linked_without_a_choice(desk, this, other):
    before = (_state(desk, this.id), _state(desk, other.id))
    n_history = len(desk.history())
    found = desk.link_disagreement(this.id, other.id)
    assert found is not None
    assert (found.this_status, found.other_status) == ("true", "false")
    assert found.verdicts_differ and found.both_notes and found.both_sources
    with pytest.raises(LinkDisagreement, match="disagree") as info:
        desk.link_claim(this.id, other.id)
    assert isinstance(info.value, InvalidInput)  # a refusal: nothing was changed
    assert (_state(desk, this.id), _state(desk, other.id)) == before
    assert len(desk.history()) == n_history


@pytest.mark.parametrize("keep, verdict", [("other", "false"), ("this", "true")])
def test_the_chosen_verdict_wins_and_notes_and_sources_merge(desk, this, other, keep, verdict):
    linked = desk.link_claim(this.id, other.id, keep=keep)
    group = desk.claim(other.id)
    assert linked.linked_to == other.id
    assert linked.status_id == group.status_id == verdict
    # both notes kept, the joined claim's first, separated by a blank line
    assert group.note == "الرسالة أرسلت بالخطأ حسب أمازون\n\nملاحظة المحرر الثاني"
    # the union of the sources, one per URL (the joined claim's copy of a shared URL kept)
    assert [(s.url, s.title) for s in group.sources] == [
        ("https://example.org/nyt", ""),
        ("https://example.org/shared", "Shared"),
        ("https://example.org/reuters", "Reuters"),
    ]
    reuters = group.sources[-1]
    assert (reuters.stance, reuters.claim_id) == ("supports", other.id)
    assert linked.sources == group.sources
    # the linked claim's own values are kept untouched: unlinking shows them again
    back = desk.unlink_claim(this.id)
    assert (back.status_id, back.note, back.sources) == (this.status_id, this.note, this.sources)
    # the merge is in the joined claim's history
    changes = {(h.field, h.new) for h in desk.history(other.id)}
    assert ("url", "https://example.org/reuters") in changes
    if keep == "this":
        assert ("status_id", "true") in changes


def test_claims_that_agree_link_without_a_question_and_lose_nothing(desk, mark, other):
    bare = mark(2, REQUEST_001)  # no verdict, note or sources yet: nothing to decide
    assert desk.link_disagreement(bare.id, other.id) is None
    assert desk.link_claim(bare.id, other.id).status_id == "false"
    # A verdict on one side only is taken by the group; a note on one side only too.
    rated = mark(2, DENIAL_001, status_id="misleading", note="ملاحظة")
    lone = mark(1, INDIA_000)
    assert desk.link_disagreement(rated.id, lone.id) is None
    joined = desk.link_claim(rated.id, lone.id)
    assert (joined.status_id, joined.note) == ("misleading", "ملاحظة")
    assert desk.claim(lone.id).status_id == "misleading"


def test_same_note_or_same_sources_are_no_disagreement(desk, mark, other):
    same = mark(
        2,
        REQUEST_001,
        status_id="false",
        note=other.note,
        sources=["https://example.org/nyt"],
    )
    assert desk.link_disagreement(same.id, other.id) is None
    linked = desk.link_claim(same.id, other.id)
    assert linked.note == other.note
    assert [s.url for s in linked.sources] == [s.url for s in other.sources]


def test_a_bad_choice_is_refused(desk, this, other):
    with pytest.raises(InvalidInput, match="this or other"):
        desk.link_claim(this.id, other.id, keep="mine")
    assert desk.claim(this.id).linked_to is None


def test_undo_of_a_merging_link_restores_both_claims_exactly(desk, this, other, mark):
    appearance = desk.link_claim(mark(2, DENIAL_001).id, other.id)  # the group has two already
    before = {c: _state(desk, c) for c in (this.id, other.id, appearance.id)}
    snapshot = desk.claim(this.id)
    outcome = desk.link_merging(this.id, other.id, keep="this")
    assert desk.claim(appearance.id).status_id == "true"  # the whole group shows it
    undone = desk.restore_link(snapshot, merged=outcome)
    assert undone.linked_to is None
    assert {c: _state(desk, c) for c in before} == before
    # redo (the same link again) gives the same merge
    again = desk.link_merging(this.id, other.id, keep="this")
    assert [s.url for s in again.claim.sources] == [s.url for s in outcome.claim.sources]
    assert desk.restore_link(snapshot, merged=again).linked_to is None
    assert {c: _state(desk, c) for c in before} == before


def test_undo_of_a_link_refuses_when_the_group_changed_since(desk, this, other):
    snapshot = desk.claim(this.id)
    outcome = desk.link_merging(this.id, other.id, keep="other")
    desk.set_note(other.id, "كتبها زميل بعد الربط")
    with pytest.raises(ConflictError):
        desk.restore_link(snapshot, merged=outcome)
    assert desk.claim(this.id).linked_to == other.id
    assert desk.claim(other.id).note == "كتبها زميل بعد الربط"


def test_undoing_an_unlink_relinks_a_merged_claim(desk, this, other):
    """The claim's own work went into the group when it was linked: relinking it after an
    unlink hides nothing the group lacks."""
    linked = desk.link_claim(this.id, other.id, keep="other")
    after_unlink = desk.unlink_claim(this.id)
    relinked = desk.restore_link(linked, expected_version=after_unlink.version)
    assert relinked.linked_to == other.id and relinked.status_id == "false"
