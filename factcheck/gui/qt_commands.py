"""Undo commands: each calls the desk in ``apply``/``revert`` (a link also tells the
controller which group's versions its merge moved on) and returns an ``EditResult`` saying
what changed.

The controller applies a command once before pushing it (so a refused edit never reaches the
stack); ``redo`` after that re-applies, ``undo`` reverts. Both write the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from factcheck import workflow
from factcheck.gui.edit_result import EditResult
from factcheck.model import Claim, FactcheckError, Source, SourceInput


@dataclass(frozen=True)
class TypedNote:
    """A note the editor typed for a claim (``typed``), over the note shown then (``base``)."""

    claim_id: int
    article_id: int
    base: str
    typed: str


class DeskCommand(QUndoCommand):
    """Base: runs ``apply``/``revert`` through the controller, which reports changes and errors.

    Every write passes the version of the claim as last known here, so an edit made
    elsewhere since is refused, not overwritten (undo and redo included).
    """

    shares_verdict = False  # writes its group's status, note or sources

    def __init__(self, controller, text: str):
        super().__init__(text)
        self.controller = controller
        self._first_redo_done = False

    def redo(self) -> None:
        if not self._first_redo_done:
            self._first_redo_done = True  # applied by the controller before the push
            return
        if not self.controller.run_step(self.apply, self.shares_verdict):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.controller.run_step(self.revert, self.shares_verdict):
            self.setObsolete(True)

    def known(self, claim_id: int) -> int | None:
        return self.controller.known_version(claim_id)

    def changes_nothing(self) -> bool:
        """True when pushing this command would write nothing (a status set to what it is)."""
        return False

    def typed(self) -> TypedNote | None:
        """The text the editor typed that this command writes: kept if the write is refused."""
        return None

    def apply(self) -> EditResult:
        raise NotImplementedError

    def revert(self) -> EditResult:
        raise NotImplementedError

    @staticmethod
    def _verdict(claim: Claim, *, status: bool = False) -> EditResult:
        """A status, note or sources written: shared by the claim's group (a status also
        changes how many of its article's claims are checked)."""
        return EditResult.written(claim, verdict_shared=True, article_counts_changed=status)

    def _shown_again(self, claim_id: int) -> EditResult:
        """The claim as stored after a write beside it (a comment, a rating): unchanged
        itself, shown again with what changed around it."""
        return EditResult.written(self.controller.desk.claim(claim_id))

    def _read_back(self, article_id: int, claim_id: int) -> EditResult:
        """The claim as stored after a write that returned something else (a source)."""
        try:
            claim = self.controller.desk.claim(claim_id)
        except FactcheckError:  # gone meanwhile (deleted elsewhere)
            return EditResult.removed(article_id, claim_id)
        return EditResult.written(claim, verdict_shared=True)


def _added(claim: Claim) -> EditResult:
    """A claim marked (or put back): a new claim of its article."""
    return EditResult.written(claim, added_claims=(claim.id,), article_counts_changed=True)


def _linked(claim: Claim) -> EditResult:
    """A link, unlink or stance written: the claim's group (and its verdict) may differ."""
    return EditResult.written(claim, links_changed=True, article_counts_changed=True)


class MarkClaimCommand(DeskCommand):
    def __init__(self, controller, article_id: int, start: int, end: int, status_id: str | None):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Mark claim"))
        self.article_id, self.start, self.end, self.status_id = article_id, start, end, status_id
        self.claim: Claim | None = None

    def apply(self):
        desk = self.controller.desk
        if self.claim is None:
            self.claim = desk.add_claim(
                self.article_id, self.start, self.end, status_id=self.status_id
            )
        else:
            self.claim = desk.restore_claim(self.claim)
        return _added(self.claim)

    def revert(self):
        self.claim = self.controller.desk.delete_claim(
            self.claim.id, expected_version=self.known(self.claim.id)
        )
        return EditResult.removed(self.article_id, self.claim.id)


class UnmarkClaimCommand(DeskCommand):
    def __init__(self, controller, claim: Claim):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Unmark claim"))
        self.claim = claim

    def apply(self):
        self.claim = self.controller.desk.delete_claim(
            self.claim.id, expected_version=self.known(self.claim.id)
        )
        return EditResult.removed(self.claim.article_id, self.claim.id)

    def revert(self):
        self.claim = self.controller.desk.restore_claim(self.claim)
        return _added(self.claim)


class SetStatusCommand(DeskCommand):
    shares_verdict = True

    def __init__(self, controller, claim: Claim, status_id: str):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Set status"))
        self.claim_id, self.article_id = claim.id, claim.article_id
        self.old, self.new = claim.status_id, status_id

    def changes_nothing(self) -> bool:
        return self.old == self.new

    def _set(self, value: str):
        return self._verdict(
            self.controller.desk.set_status(
                self.claim_id, value, expected_version=self.known(self.claim_id)
            ),
            status=True,
        )

    def apply(self):
        return self._set(self.new)

    def revert(self):
        return self._set(self.old)


class SetNoteCommand(DeskCommand):
    MERGE_ID = 4201
    shares_verdict = True

    def __init__(self, controller, claim: Claim, note: str, *, merges: bool = True):
        """``merges``: False for a note written over a colleague's (kept apart, so its undo
        puts their note back)."""
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Edit note"))
        self.claim_id, self.article_id = claim.id, claim.article_id
        self.old, self.new = claim.note, note
        self.merges = merges

    def id(self) -> int:
        return self.MERGE_ID

    def typed(self) -> TypedNote:
        return TypedNote(self.claim_id, self.article_id, self.old, self.new)

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetNoteCommand) or other.claim_id != self.claim_id:
            return False
        if not other.merges:
            return False
        self.new = other.new
        if self.new == self.old:  # typed and taken back: nothing left to undo
            self.setObsolete(True)
        return True

    def changes_nothing(self) -> bool:
        return self.old == self.new

    def _set(self, value: str):
        return self._verdict(
            self.controller.desk.set_note(
                self.claim_id, value, expected_version=self.known(self.claim_id)
            )
        )

    def apply(self):
        return self._set(self.new)

    def revert(self):
        return self._set(self.old)


class AddSourceCommand(DeskCommand):
    shares_verdict = True

    def __init__(self, controller, claim: Claim, source: SourceInput):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Add source"))
        self.claim_id, self.article_id, self.source_input = claim.id, claim.article_id, source
        self.source: Source | None = None

    def apply(self):
        keep_id = self.source.id if self.source else None
        self.source = self.controller.desk.add_source(
            self.claim_id,
            self.source_input,
            source_id=keep_id,
            expected_version=self.known(self.claim_id),
        )
        return self._read_back(self.article_id, self.claim_id)

    def revert(self):
        self.controller.desk.remove_source(
            self.source.id, claim_id=self.claim_id, expected_version=self.known(self.claim_id)
        )
        return self._read_back(self.article_id, self.claim_id)


class EditSourceCommand(DeskCommand):
    shares_verdict = True

    def __init__(self, controller, claim: Claim, source: Source, new: SourceInput):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Edit source"))
        self.claim_id, self.article_id, self.source_id = claim.id, claim.article_id, source.id
        self.old, self.new = source.as_input(), new

    def apply(self):
        return self._set(self.new)

    def revert(self):
        return self._set(self.old)

    def _set(self, value: SourceInput):
        self.controller.desk.update_source(
            self.source_id,
            value,
            claim_id=self.claim_id,
            expected_version=self.known(self.claim_id),
        )
        return self._read_back(self.article_id, self.claim_id)


class RemoveSourceCommand(DeskCommand):
    shares_verdict = True

    def __init__(self, controller, claim: Claim, source: Source):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Remove source"))
        self.claim_id, self.article_id, self.source = claim.id, claim.article_id, source

    def apply(self):
        self.controller.desk.remove_source(
            self.source.id, claim_id=self.claim_id, expected_version=self.known(self.claim_id)
        )
        return self._read_back(self.article_id, self.claim_id)

    def revert(self):
        self.source = self.controller.desk.add_source(
            self.claim_id,
            self.source.as_input(),
            source_id=self.source.id,
            expected_version=self.known(self.claim_id),
        )
        return self._read_back(self.article_id, self.claim_id)


class LinkClaimCommand(DeskCommand):
    """Make a claim an appearance of another claim's group, its work merged into the
    group's verdict (``keep``: whose verdict wins); undo restores the old link and the
    group's verdict exactly."""

    def __init__(self, controller, claim: Claim, to_claim_id: int, stance: str, keep: str | None = None):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Link claim"))
        self.before, self.to_claim_id, self.stance, self.keep = claim, to_claim_id, stance, keep
        self.outcome = None

    def _group_moved_on(self) -> None:
        """The merge (or its undo) changed the group's verdict: its claims moved on."""
        outcome = self.outcome
        if outcome is not None and outcome.group_changed:
            self.controller.group_moved_on(outcome.group_before.id, skip=self.before.id)

    def apply(self):
        self.outcome = self.controller.desk.link_merging(
            self.before.id,
            self.to_claim_id,
            self.stance,
            keep=self.keep,
            expected_version=self.known(self.before.id),
        )
        self._group_moved_on()
        return _linked(self.outcome.claim)

    def revert(self):
        restored = self.controller.desk.restore_link(
            self.before, expected_version=self.known(self.before.id), merged=self.outcome
        )
        self._group_moved_on()
        return _linked(restored)


class UnlinkClaimCommand(DeskCommand):
    def __init__(self, controller, claim: Claim):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Unlink claim"))
        self.before = claim

    def apply(self):
        return _linked(
            self.controller.desk.unlink_claim(self.before.id, expected_version=self.known(self.before.id))
        )

    def revert(self):
        return _linked(
            self.controller.desk.restore_link(self.before, expected_version=self.known(self.before.id))
        )


class SetStanceCommand(DeskCommand):
    def __init__(self, controller, claim: Claim, stance: str):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Set stance"))
        self.before, self.stance = claim, stance

    def changes_nothing(self) -> bool:
        return self.before.stance == self.stance

    def apply(self):
        return _linked(
            self.controller.desk.set_stance(
                self.before.id, self.stance, expected_version=self.known(self.before.id)
            )
        )

    def revert(self):
        return _linked(
            self.controller.desk.restore_link(self.before, expected_version=self.known(self.before.id))
        )


class SetArticleMetadataCommand(DeskCommand):
    """Set fields of an article's metadata (title, publisher, author, url, published, lang),
    as ``factcheck article set`` does: each change in the history. Every write passes the
    values it replaces, so a change made elsewhere since is refused, not overwritten."""

    def __init__(self, controller, article_id: int, old: dict[str, str], new: dict[str, str]):
        super().__init__(
            controller, QCoreApplication.translate("UndoCommand", "Edit article properties")
        )
        self.article_id, self.old, self.new = article_id, dict(old), dict(new)

    def changes_nothing(self) -> bool:
        return self.old == self.new

    def _set(self, values: dict[str, str], replacing: dict[str, str]) -> EditResult:
        article = self.controller.desk.set_article_metadata(
            self.article_id, expected=replacing, **values
        )
        return EditResult.article_written(article)

    def apply(self):
        result = self._set(self.new, self.old)
        self.new = {field: getattr(result.article, field) for field in self.new}  # as stored
        if self.new == self.old:  # only spaces or case differed: nothing to undo
            self.setObsolete(True)
        return result

    def revert(self):
        return self._set(self.old, self.new)


# -- the desk's workflow: public justification, comments, one's own rating ---------------------
# None of them is a history row taken away: each do, undo and redo writes a new row, and
# each passes the claim's version as known here (a colleague's change since is refused).


class SetJustificationCommand(DeskCommand):
    """The public justification of a claim's verdict (its group's); typing in a row is one
    step, like the note. Part of the verdict: any change proposes it again."""

    MERGE_ID = 4202
    shares_verdict = True  # the group's claims move on a version

    def __init__(self, controller, claim: Claim, old: str, new: str):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Edit justification"))
        self.claim_id, self.old, self.new = claim.id, old, new

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetJustificationCommand) or other.claim_id != self.claim_id:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def changes_nothing(self) -> bool:
        return self.old == self.new

    def _set(self, text: str) -> EditResult:
        desk = self.controller.desk
        workflow.set_justification(desk, self.claim_id, text, expected_version=self.known(self.claim_id))
        return self._verdict(desk.claim(self.claim_id))

    def apply(self):
        return self._set(self.new)

    def revert(self):
        return self._set(self.old)


class AddCommentCommand(DeskCommand):
    """A comment in the claim's thread; undo takes it back out (its author's own, while
    nobody resolved it), redo puts it back with its id."""

    def __init__(self, controller, claim: Claim, text: str):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Add comment"))
        self.claim_id, self.text = claim.id, text
        self.comment: workflow.Comment | None = None

    def apply(self):
        desk = self.controller.desk
        self.comment = workflow.add_comment(
            desk, self.claim_id, self.text, expected_version=self.known(self.claim_id), again=self.comment
        )
        return self._shown_again(self.claim_id)

    def revert(self):
        workflow.withdraw_comment(self.controller.desk, self.comment.id, expected_version=self.known(self.claim_id))
        return self._shown_again(self.claim_id)


class ResolveCommentCommand(DeskCommand):
    """A comment marked resolved; undo takes the resolution back."""

    def __init__(self, controller, claim: Claim, comment_id: int):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Resolve comment"))
        self.claim_id, self.comment_id = claim.id, comment_id

    def apply(self):
        workflow.resolve_comment(self.controller.desk, self.comment_id, expected_version=self.known(self.claim_id))
        return self._shown_again(self.claim_id)

    def revert(self):
        workflow.unresolve_comment(self.controller.desk, self.comment_id, expected_version=self.known(self.claim_id))
        return self._shown_again(self.claim_id)


class RateCommand(DeskCommand):
    """The acting editor's own (blind) rating of a claim; undo puts back the rating it
    replaced, or none."""

    def __init__(self, controller, claim: Claim, old: str | None, new: str):
        super().__init__(controller, QCoreApplication.translate("UndoCommand", "Rate claim"))
        self.claim_id, self.old, self.new = claim.id, old, new

    def changes_nothing(self) -> bool:
        return self.old == self.new

    def _set(self, value: str | None, current: str | None) -> EditResult:
        workflow.restore_rating(
            self.controller.desk, self.claim_id, value, current=current, expected_version=self.known(self.claim_id)
        )
        return self._shown_again(self.claim_id)

    def apply(self):
        return self._set(self.new, self.old)

    def revert(self):
        return self._set(self.old, self.new)
