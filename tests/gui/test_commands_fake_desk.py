"""The edit controller and every undo command, tested without a window or a database.

``FakeDesk`` keeps claims in memory and implements only the desk methods the commands call,
with the desk's version check: a write that passes a version other than the stored one is
refused (``ConflictError``), as when another program changed the claim. So each command's
do, undo and redo, the ``EditResult`` it reports and the versions the controller keeps are
checked directly.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.desk.links import LinkOutcome
from factcheck.gui.edit_result import EditResult
from factcheck.gui.qt_controller import EditController
from factcheck.model import Claim, ConflictError, NotFound, Source, SourceInput

DEFAULT = "unverified"


class FakeStore:
    read_only = False


class FakeDesk:
    """Claims in a dict. A linked claim shows its group's primary's status, note and
    sources; a write to a group's verdict moves every claim of the group on a version."""

    def __init__(self) -> None:
        self.store = FakeStore()
        self.imports_running = False
        self.default_status_id = DEFAULT
        self.rows: dict[int, Claim] = {}  # own values
        self._next_claim = 1
        self._next_source = 1
        self.writes = 0

    # -- reading ------------------------------------------------------------------------------
    def claim(self, claim_id: int) -> Claim:
        """The claim as shown (what the controller reads)."""
        return self._shown(claim_id)

    def _shown(self, claim_id: int) -> Claim:
        row = self.rows.get(claim_id)
        if row is None:
            raise NotFound(f"There is no claim {claim_id}.")
        if row.linked_to is None:
            return row
        primary = self.rows[row.linked_to]
        return replace(row, status_id=primary.status_id, note=primary.note, sources=primary.sources)

    def appearance_ids(self, primary_id: int) -> list[int]:
        return [c.id for c in self.rows.values() if c.linked_to == primary_id]

    # -- helpers --------------------------------------------------------------------------------
    def _checked(self, claim_id: int, expected_version: int | None) -> Claim:
        row = self.rows.get(claim_id)
        if row is None:
            raise NotFound(f"There is no claim {claim_id}.")
        if expected_version is not None and expected_version != row.version:
            raise ConflictError(f"Claim {claim_id} was changed elsewhere.")
        return row

    def _write(self, claim: Claim, **values) -> Claim:
        self.writes += 1
        self.rows[claim.id] = replace(claim, version=claim.version + 1, **values)
        return self.rows[claim.id]

    def _write_verdict(self, claim_id: int, expected_version: int | None, **values) -> None:
        row = self._checked(claim_id, expected_version)
        primary = row.linked_to if row.linked_to is not None else row.id
        self._write(self.rows[primary], **values)
        for other in [row.id, *self.appearance_ids(primary)]:
            if other != primary:
                self._write(self.rows[other])

    # -- claims ---------------------------------------------------------------------------------
    def add_claim(self, article_id: int, start: int, end: int, *, status_id: str | None = None) -> Claim:
        claim = Claim(
            self._next_claim, article_id, start, end, "q" * (end - start), "", "",
            status_id or DEFAULT, "", "fake", "t0", "t0", 1,
        )
        self._next_claim += 1
        self.rows[claim.id] = claim
        self.writes += 1
        return claim

    def restore_claim(self, claim: Claim) -> Claim:
        return self._write(claim)

    def delete_claim(self, claim_id: int, *, expected_version: int | None = None) -> Claim:
        row = self._checked(claim_id, expected_version)
        del self.rows[claim_id]
        self.writes += 1
        return row

    def set_status(self, claim_id: int, status_id: str, *, expected_version=None) -> Claim:
        self._write_verdict(claim_id, expected_version, status_id=status_id)
        return self._shown(claim_id)

    def set_note(self, claim_id: int, note: str, *, expected_version=None) -> Claim:
        self._write_verdict(claim_id, expected_version, note=note)
        return self._shown(claim_id)

    # -- sources --------------------------------------------------------------------------------
    def _sources(self, claim_id: int) -> tuple[Source, ...]:
        return self._shown(claim_id).sources

    def add_source(self, claim_id, value: SourceInput, *, source_id=None, expected_version=None) -> Source:
        self._checked(claim_id, expected_version)
        if source_id is None:
            source_id = self._next_source
            self._next_source += 1
        source = Source(source_id, claim_id, value.url, value.title, value.publisher,
                        value.accessed, value.archive_url, value.excerpt, value.stance)
        self._write_verdict(claim_id, expected_version, sources=(*self._sources(claim_id), source))
        return source

    def update_source(self, source_id, value: SourceInput, *, claim_id, expected_version=None) -> None:
        self._checked(claim_id, expected_version)
        sources = tuple(
            Source(s.id, claim_id, value.url, value.title, value.publisher, value.accessed,
                   value.archive_url, value.excerpt, value.stance) if s.id == source_id else s
            for s in self._sources(claim_id)
        )
        self._write_verdict(claim_id, expected_version, sources=sources)

    def remove_source(self, source_id, *, claim_id, expected_version=None) -> None:
        self._checked(claim_id, expected_version)
        sources = tuple(s for s in self._sources(claim_id) if s.id != source_id)
        self._write_verdict(claim_id, expected_version, sources=sources)

    # -- links ----------------------------------------------------------------------------------
    def link_merging(self, claim_id, to_claim_id, stance, *, keep=None, expected_version=None) -> LinkOutcome:
        row = self._checked(claim_id, expected_version)
        target = self.rows[to_claim_id]
        primary_id = target.linked_to if target.linked_to is not None else target.id
        before = self.rows[primary_id]
        this = self._shown(claim_id)
        status = this.status_id if keep == "this" or before.status_id == DEFAULT else before.status_id
        note = "\n\n".join(n for n in (before.note, this.note) if n)
        urls = {s.url for s in before.sources}
        sources = before.sources + tuple(s for s in this.sources if s.url not in urls)
        if (status, note, sources) != (before.status_id, before.note, before.sources):
            self._write_verdict(primary_id, None, status_id=status, note=note, sources=sources)
        self._write(self.rows[row.id], linked_to=primary_id, stance=stance)
        return LinkOutcome(self._shown(claim_id), before, self.rows[primary_id])

    def restore_link(self, before: Claim, *, expected_version=None, merged=None) -> Claim:
        self._checked(before.id, expected_version)
        self._write(self.rows[before.id], linked_to=before.linked_to, stance=before.stance)
        if merged is not None and merged.group_before is not None:
            old = merged.group_before
            self._write_verdict(old.id, None, status_id=old.status_id, note=old.note, sources=old.sources)
        return self._shown(before.id)

    def unlink_claim(self, claim_id, *, expected_version=None) -> Claim:
        shown = self._shown(claim_id)
        self._checked(claim_id, expected_version)
        self._write(self.rows[claim_id], linked_to=None, status_id=shown.status_id,
                    note=shown.note, sources=shown.sources)
        return self._shown(claim_id)

    def set_stance(self, claim_id, stance, *, expected_version=None) -> Claim:
        self._write(self._checked(claim_id, expected_version), stance=stance)
        return self._shown(claim_id)


@pytest.fixture
def desk():
    return FakeDesk()


@pytest.fixture
def controller(qapp, desk):
    ctl = EditController(desk)
    ctl.results, ctl.failures, ctl.refusals = [], [], []
    ctl.edited.connect(ctl.results.append)
    ctl.failed.connect(ctl.failures.append)
    ctl.refused.connect(ctl.refusals.append)
    return ctl


def marked(controller, start=0, end=5, status=None) -> Claim:
    claim = controller.mark(1, start, end, status)
    assert claim is not None
    return claim


def stored(controller, claim_id) -> Claim:
    return controller.desk.claim(claim_id)


# -- MarkClaimCommand / UnmarkClaimCommand --------------------------------------------------------


def test_mark_reports_an_added_claim_and_undo_redo_remove_and_put_it_back(controller, desk):
    claim = marked(controller, 2, 9, "false")
    result = controller.results[-1]
    assert result == EditResult(1, claim.id, claim, added_claims=(claim.id,), article_counts_changed=True)
    assert stored(controller, claim.id).status_id == "false"
    controller.undo_stack.undo()
    assert claim.id not in desk.rows
    assert controller.results[-1].removed_claims == (claim.id,)
    assert controller.results[-1].claim is None
    assert controller.known_version(claim.id) is None  # forgotten with the claim
    controller.undo_stack.redo()
    assert stored(controller, claim.id).start == 2  # the same claim, same id
    assert controller.results[-1].added_claims == (claim.id,)


def test_unmark_removes_and_undo_restores_the_same_claim(controller, desk):
    claim = marked(controller)
    assert controller.unmark(claim)
    assert controller.results[-1].removed_claims == (claim.id,)
    assert claim.id not in desk.rows
    controller.undo_stack.undo()
    assert stored(controller, claim.id).id == claim.id
    assert controller.results[-1].added_claims == (claim.id,)


# -- SetStatusCommand / SetNoteCommand --------------------------------------------------------------


def test_status_change_is_a_shared_verdict_and_undoes(controller):
    claim = marked(controller)
    assert controller.set_status(claim, "false")
    result = controller.results[-1]
    assert result.claim.status_id == "false"
    assert result.verdict_shared and result.article_counts_changed and not result.links_changed
    controller.undo_stack.undo()
    assert stored(controller, claim.id).status_id == DEFAULT
    controller.undo_stack.redo()
    assert stored(controller, claim.id).status_id == "false"


def test_setting_the_status_it_has_writes_nothing_and_pushes_nothing(controller, desk):
    claim = marked(controller)
    writes, steps = desk.writes, controller.undo_stack.count()
    assert controller.set_status(claim, DEFAULT)
    assert desk.writes == writes and controller.undo_stack.count() == steps


def test_notes_typed_in_a_row_are_one_undo_step_and_taken_back_leave_none(controller):
    claim = marked(controller)
    steps = controller.undo_stack.count()
    controller.set_note(claim, "a")
    controller.set_note(stored(controller, claim.id), "ab")
    assert controller.undo_stack.count() == steps + 1
    assert controller.results[-1].claim.note == "ab"
    assert not controller.results[-1].article_counts_changed  # a note checks nothing
    controller.undo_stack.undo()
    assert stored(controller, claim.id).note == ""


# -- sources ----------------------------------------------------------------------------------------


def test_add_source_undo_redo_keeps_the_source_id(controller):
    claim = marked(controller)
    assert controller.add_source(claim, SourceInput(url="https://a.example/x"))
    first = stored(controller, claim.id).sources
    assert [s.url for s in first] == ["https://a.example/x"]
    assert controller.results[-1].claim.sources == first  # read once by the command
    controller.undo_stack.undo()
    assert stored(controller, claim.id).sources == ()
    controller.undo_stack.redo()
    assert stored(controller, claim.id).sources == first


def test_edit_source_undo_puts_the_old_values_back(controller):
    claim = marked(controller)
    controller.add_source(claim, SourceInput(url="https://a.example/x", title="old"))
    source = stored(controller, claim.id).sources[0]
    assert controller.edit_source(claim, source, SourceInput(url="https://a.example/y", title="new"))
    assert stored(controller, claim.id).sources[0].title == "new"
    controller.undo_stack.undo()
    assert stored(controller, claim.id).sources[0] == source


def test_remove_source_undo_puts_it_back_with_its_id(controller):
    claim = marked(controller)
    controller.add_source(claim, SourceInput(url="https://a.example/x"))
    source = stored(controller, claim.id).sources[0]
    assert controller.remove_source(claim, source)
    assert stored(controller, claim.id).sources == ()
    controller.undo_stack.undo()
    assert stored(controller, claim.id).sources == (source,)


# -- links ------------------------------------------------------------------------------------------


def test_link_merges_reports_links_changed_and_undo_restores_both_verdicts(controller):
    primary = marked(controller, 0, 5, "false")
    claim = marked(controller, 10, 15, "true")
    assert controller.link(claim, primary.id, "agree", keep="this")
    result = controller.results[-1]
    assert result.links_changed and result.claim.linked_to == primary.id
    assert stored(controller, primary.id).status_id == "true"  # "this" kept its verdict
    controller.undo_stack.undo()
    assert stored(controller, claim.id).linked_to is None
    assert stored(controller, primary.id).status_id == "false"
    assert stored(controller, claim.id).status_id == "true"


def test_after_a_merging_link_the_group_can_be_edited_and_undone(controller):
    """The merge moved the group's versions on: known here, so no edit is refused."""
    primary = marked(controller, 0, 5, "false")
    claim = marked(controller, 10, 15, "true")
    controller.link(claim, primary.id, "agree", keep="this")
    assert controller.set_status(stored(controller, primary.id), "mixed")
    assert stored(controller, claim.id).status_id == "mixed"
    assert controller.set_note(stored(controller, claim.id), "shared")  # through the other one
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.failures == []
    assert stored(controller, primary.id).status_id == "false"


def test_unlink_and_stance_undo_restore_the_link(controller):
    primary = marked(controller, 0, 5)
    claim = marked(controller, 10, 15)
    controller.link(claim, primary.id, "agree")
    assert controller.set_stance(stored(controller, claim.id), "disagree")
    assert controller.results[-1].links_changed
    assert stored(controller, claim.id).stance == "disagree"
    controller.undo_stack.undo()
    assert stored(controller, claim.id).stance == "agree"
    assert controller.unlink(stored(controller, claim.id))
    assert stored(controller, claim.id).linked_to is None
    controller.undo_stack.undo()
    assert stored(controller, claim.id).linked_to == primary.id
    assert controller.failures == []


# -- the controller ---------------------------------------------------------------------------------


def test_an_edit_of_a_claim_changed_elsewhere_is_refused_and_not_pushed(controller, desk):
    claim = marked(controller)
    desk._write(desk.rows[claim.id], note="by another program")  # unseen here
    steps = controller.undo_stack.count()
    assert not controller.set_status(claim, "false")
    assert controller.failures and controller.refusals == [True]  # stale: read again
    assert controller.undo_stack.count() == steps
    assert stored(controller, claim.id).status_id == DEFAULT


def test_an_undo_refused_after_a_change_elsewhere_leaves_the_stack_and_the_claim(controller, desk):
    claim = marked(controller)
    controller.set_status(claim, "false")
    desk._write(desk.rows[claim.id], status_id="true")  # another program
    controller.undo_stack.undo()
    assert controller.refusals == [True]
    assert stored(controller, claim.id).status_id == "true"  # not overwritten
    assert controller.undo_stack.count() == 1  # the refused step is dropped (obsolete)


def test_a_read_only_desk_writes_nothing(controller, desk):
    desk.store.read_only = True
    assert controller.mark(1, 0, 5) is None
    assert desk.rows == {} and controller.results == []
    assert controller.refusals == [False] and controller.failures


def test_pending_editors_are_flushed_once_before_a_push_and_go_first(controller):
    """A note typed but not saved yet goes to its claim before the edit asked for."""
    claim = marked(controller)
    typed = {"note": "typed before the status key"}
    calls = []

    def flush_note():
        calls.append(1)
        if typed:
            note = typed.pop("note")
            controller.set_note(stored(controller, claim.id), note)

    controller.add_pending_editor(flush_note)
    controller.set_status(claim, "false")
    assert len(calls) == 1  # the note's own push did not flush again
    texts = [controller.undo_stack.text(i) for i in range(controller.undo_stack.count())]
    assert texts[-2:] == ["Edit note", "Set status"]
    after = stored(controller, claim.id)
    assert (after.note, after.status_id) == ("typed before the status key", "false")


def test_the_edited_claim_is_read_once_by_the_command(controller, desk):
    """The result carries the claim as stored: views never read it back."""
    claim = marked(controller)
    reads = []
    original = desk.claim
    desk.claim = lambda claim_id: reads.append(claim_id) or original(claim_id)
    controller.set_status(claim, "false")
    assert reads == []  # set_status returns the claim as stored
    controller.add_source(claim, SourceInput(url="https://a.example/x"))
    assert reads == [claim.id]  # add_source returns a source: one read
    assert controller.results[-1].claim.version == controller.known_version(claim.id)
