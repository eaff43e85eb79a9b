"""EditController: the one path from a widget's intent to the database, through one undo stack.

Signals: ``edited(EditResult)`` after any write (what changed, the claim as stored now),
``failed(message)`` when the desk refuses an edit (nothing was changed), then
``refused(stale)``: what is shown may be out of date (``stale``: changed or deleted elsewhere).

Before every push the controller flushes the pending editors (the note being typed), once:
what was typed is saved to the claim it was typed for, before the edit asked for. A typed
note refused because the claim changed (or went) meanwhile goes to ``typed_refused`` when
the window set it (it keeps the text and asks what to keep), not to ``failed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from factcheck.desk import Desk
from factcheck.gui.edit_result import EditResult
from factcheck.gui.i18n import describe_error
from factcheck.gui.open_article import KnownVersions
from factcheck.gui.qt_commands import (
    AddCommentCommand,
    AddSourceCommand,
    DeskCommand,
    EditSourceCommand,
    LinkClaimCommand,
    MarkClaimCommand,
    RateCommand,
    RemoveSourceCommand,
    ResolveCommentCommand,
    SetArticleMetadataCommand,
    SetJustificationCommand,
    SetNoteCommand,
    SetStanceCommand,
    SetStatusCommand,
    TypedNote,
    UnlinkClaimCommand,
    UnmarkClaimCommand,
)
from factcheck.model import (
    Claim,
    ConflictError,
    FactcheckError,
    NotFound,
    Source,
    SourceInput,
    StoreBusy,
)


class EditController(QObject):
    edited = Signal(object)  # EditResult
    failed = Signal(str)
    refused = Signal(bool)

    def __init__(self, desk: Desk, parent=None, *, versions: KnownVersions | None = None):
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = QUndoStack(self)
        self.versions = versions if versions is not None else KnownVersions()
        self._running = 0  # > 0 while a step runs (its refresh may ask for another edit)
        self._pending_editors: list[Callable[[], None]] = []
        self._flushing = False
        # Why edits are refused now ("" when they are not): a server desk that cannot be
        # reached (qt_live). Refused before anything is sent, and no widget is reset, so
        # what the editor typed stays where it was typed.
        self.edits_refused_because = lambda: ""
        # Called with (TypedNote, error) when a typed note is refused (note_conflict).
        self.typed_refused: Callable[[TypedNote, FactcheckError], None] | None = None

    @property
    def read_only(self) -> bool:
        return self.desk.store.read_only

    # -- pending editors: typed text not saved yet --------------------------------------------
    def add_pending_editor(self, flush: Callable[[], None]) -> None:
        """``flush`` saves what an editor holds unsaved (by asking this controller for the
        edit); it is called before every push, and before the window shows another claim."""
        self._pending_editors.append(flush)

    def flush_editors(self) -> None:
        if self._flushing:  # the flush's own edit: already saving
            return
        self._flushing = True
        try:
            for flush in self._pending_editors:
                flush()
        finally:
            self._flushing = False

    # -- versions: detect edits made elsewhere (another program on the same database) --------
    def remember(self, claims: list[Claim]) -> None:
        self.versions.remember(claims)

    def known_version(self, claim_id: int) -> int | None:
        return self.versions.known(claim_id)

    # -- running ----------------------------------------------------------------------------
    def run_step(
        self,
        step: Callable[[], EditResult],
        shares_verdict: bool = False,
        typed: TypedNote | None = None,
    ) -> bool:
        """Run a command step; report what it changed, or the refusal. True on success.

        ``shares_verdict``: the step changed its group's verdict (status, note, sources), so
        the desk moved on the version of every claim of the group. ``typed``: the text
        the step writes as the editor typed it, handed to ``typed_refused`` if the claim
        changed or went meanwhile.
        """
        keep_typed = False
        self._running += 1
        try:
            result = step()
        except FactcheckError as exc:
            # The versions known stay: a claim read again is remembered anew, any other
            # still conflicts if it was changed elsewhere.
            keep_typed = (
                typed is not None
                and self.typed_refused is not None
                and isinstance(exc, (ConflictError, NotFound))
            )
            if not keep_typed:
                self.failed.emit(self._describe_refusal(exc))
            refused = exc
        else:
            refused = None
        finally:
            self._running -= 1
        if refused is not None:
            self.refused.emit(isinstance(refused, (ConflictError, NotFound)))
            if keep_typed:  # after the window shows what is stored
                self.typed_refused(typed, refused)
            return False
        for claim_id in result.removed_claims:
            self.versions.forget(claim_id)
        written = result.claim
        if written is not None:
            known = self.versions.known(written.id)
            self.versions.remember([written])
            # A step that changed nothing (a note set to what it was) moved no version on.
            if shares_verdict and known != written.version:
                self._group_moved_on(written)
        self._running += 1  # the window's refresh runs inside this step
        try:
            self.edited.emit(result)
        finally:
            self._running -= 1
        return True

    def _describe_refusal(self, exc: FactcheckError) -> str:
        """The refusal's message; the store's "another program kept it locked" is wrong
        while this window's own import holds the write lock (it writes a few MB at a
        time, so the next try goes through)."""
        if isinstance(exc, StoreBusy) and self.desk.imports_running:
            return self.tr(
                "The import in progress is writing to the database; your edit was not "
                "saved. Try again in a moment."
            )
        return describe_error(exc)

    def _group_moved_on(self, written: Claim) -> None:
        """The other claims of ``written``'s group are one version on: as known here, so a
        change made elsewhere before (unseen here) still conflicts."""
        if written.linked_to is not None:
            self.group_moved_on(written.group_id, skip=written.id)
        else:
            self.group_moved_on(written.id, skip=written.id, primary_too=False)

    def group_moved_on(self, primary_id: int, skip: int, primary_too: bool = True) -> None:
        """Every claim of ``primary_id``'s group but ``skip`` moved on one version (its
        verdict changed): so they are known here."""
        group = [primary_id] if primary_too else []
        try:
            group += self.desk.appearance_ids(primary_id)
        except FactcheckError:
            return  # they stay as known: an edit through one of them will reload
        for claim_id in group:
            if claim_id != skip:
                self.versions.moved_on(claim_id)

    def _push(self, command: DeskCommand) -> bool:
        if self._running:  # asked for from inside another edit (or an undo): right after it,
            QTimer.singleShot(0, lambda: self._push(command))  # so the stack keeps their order
            return True
        offline = self.edits_refused_because()
        if offline:
            self.failed.emit(offline)
            return False
        self.flush_editors()  # the note typed goes first, to the claim it was typed for
        if command.changes_nothing():
            return True
        if self.read_only:
            self.failed.emit(self.tr("This database is open read-only; nothing was changed."))
            self.refused.emit(False)
            return False
        if not self.run_step(command.apply, command.shares_verdict, command.typed()):
            return False
        self.undo_stack.push(command)
        return True

    def push(self, command: DeskCommand) -> bool:
        """Apply a command made by another module (review, …) and put it on the stack."""
        return self._push(command)

    # -- intents ----------------------------------------------------------------------------
    def mark(self, article_id: int, start: int, end: int, status_id: str | None = None) -> Claim | None:
        command = MarkClaimCommand(self, article_id, start, end, status_id)
        return command.claim if self._push(command) else None

    def unmark(self, claim: Claim) -> bool:
        return self._push(UnmarkClaimCommand(self, claim))

    def set_status(self, claim: Claim, status_id: str) -> bool:
        return self._push(SetStatusCommand(self, claim, status_id))

    def set_note(self, claim: Claim, note: str) -> bool:
        return self._push(SetNoteCommand(self, claim, note))

    def add_source(self, claim: Claim, source: SourceInput) -> bool:
        return self._push(AddSourceCommand(self, claim, source))

    def edit_source(self, claim: Claim, source: Source, new: SourceInput) -> bool:
        return self._push(EditSourceCommand(self, claim, source, new))

    def remove_source(self, claim: Claim, source: Source) -> bool:
        return self._push(RemoveSourceCommand(self, claim, source))

    def link(self, claim: Claim, to_claim_id: int, stance: str = "agree", keep: str | None = None) -> bool:
        """``keep``: "this" or "other", whose verdict wins when the two claims disagree."""
        return self._push(LinkClaimCommand(self, claim, to_claim_id, stance, keep))

    def unlink(self, claim: Claim) -> bool:
        return self._push(UnlinkClaimCommand(self, claim))

    def set_stance(self, claim: Claim, stance: str) -> bool:
        return self._push(SetStanceCommand(self, claim, stance))

    def set_article_metadata(self, article_id: int, seen: dict[str, str], new: dict[str, str]) -> bool:
        """Set fields of an article's metadata; ``seen``: their values as shown to the editor
        (a field changed elsewhere since is refused, not overwritten)."""
        return self._push(SetArticleMetadataCommand(self, article_id, seen, new))

    # -- the desk's workflow ----------------------------------------------------------------
    def set_justification(self, claim: Claim, old: str, new: str) -> bool:
        """``old``: the public justification as shown before the editor typed ``new``."""
        return self._push(SetJustificationCommand(self, claim, old, new))

    def add_comment(self, claim: Claim, text: str) -> bool:
        return self._push(AddCommentCommand(self, claim, text))

    def resolve_comment(self, claim: Claim, comment_id: int) -> bool:
        return self._push(ResolveCommentCommand(self, claim, comment_id))

    def rate(self, claim: Claim, old: str | None, new: str) -> bool:
        """The acting editor's own rating: ``old`` as shown (None: not rated yet)."""
        return self._push(RateCommand(self, claim, old, new))
