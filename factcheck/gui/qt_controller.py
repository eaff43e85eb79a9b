"""EditController: the one path from a widget's intent to the database, through one undo stack.

Signals: ``claimChanged(article_id, claim_id)`` after any write (the claim may be gone),
``failed(message)`` when the services refuse an edit (nothing was changed), then
``refused(stale)``: what is shown may be out of date (``stale``: changed or deleted elsewhere).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from factcheck.desk import Desk
from factcheck.gui.i18n import describe_error
from factcheck.gui.qt_commands import (
    AddSourceCommand,
    DeskCommand,
    EditSourceCommand,
    LinkClaimCommand,
    MarkClaimCommand,
    RemoveSourceCommand,
    SetNoteCommand,
    SetStanceCommand,
    SetStatusCommand,
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
    claimChanged = Signal(int, int)
    failed = Signal(str)
    refused = Signal(bool)

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = QUndoStack(self)
        self._versions: dict[int, int] = {}
        self._running = 0  # > 0 while a step runs (its refresh may ask for another edit)
        self.last_written: Claim | None = None  # read once per edit, reused by the window
        # Why edits are refused now ("" when they are not): a server desk that cannot be
        # reached (qt_live). Refused before anything is sent, and no widget is reset, so
        # what the editor typed stays where it was typed.
        self.edits_refused_because = lambda: ""

    @property
    def read_only(self) -> bool:
        return self.desk.store.read_only

    # -- versions: detect edits made elsewhere (another program on the same database) --------
    def remember(self, claims: list[Claim]) -> None:
        for claim in claims:
            self._versions[claim.id] = claim.version

    def known_version(self, claim_id: int) -> int | None:
        return self._versions.get(claim_id)

    def _note_written(self, claim_id: int) -> None:
        try:
            claim = self.desk.claim(claim_id)
        except FactcheckError:
            self._versions.pop(claim_id, None)
            self.last_written = None
        else:
            self._versions[claim_id] = claim.version
            self.last_written = claim

    # -- running ----------------------------------------------------------------------------
    def run_step(self, step, shares_verdict: bool = False) -> bool:
        """Run a command step; report the change, or the refusal. True on success.

        A step returns the changed ``Claim`` (as stored now) or ``(article_id, claim_id)``.
        ``shares_verdict``: the step changed its group's verdict (status, note, sources), so
        the services moved on the version of every claim of the group.
        """
        known = None  # the version known before, of the claim a step returns
        self._running += 1
        try:
            result = step()
        except FactcheckError as exc:
            # The versions known stay: a claim read again is remembered anew, any other
            # still conflicts if it was changed elsewhere.
            self.failed.emit(self._describe_refusal(exc))
            refused = exc
        else:
            refused = None
        finally:
            self._running -= 1
        if refused is not None:
            self.refused.emit(isinstance(refused, (ConflictError, NotFound)))
            return False
        if isinstance(result, Claim):  # the step returned the claim as now stored
            article_id, claim_id = result.article_id, result.id
            known = self._versions.get(claim_id)
            self._versions[claim_id] = result.version
            self.last_written = result
        else:
            article_id, claim_id = result
            self._note_written(claim_id)
        # A step that changed nothing (a note set to what it was) moved no version on.
        wrote = not isinstance(result, Claim) or known != result.version
        if shares_verdict and wrote and self.last_written is not None:
            self._group_moved_on(self.last_written)
        self._running += 1  # the window's refresh runs inside this step
        try:
            self.claimChanged.emit(article_id, claim_id)
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
            if claim_id != skip and claim_id in self._versions:
                self._versions[claim_id] += 1

    def _push(self, command: DeskCommand) -> bool:
        if self._running:  # asked for from inside another edit (or an undo): right after it,
            QTimer.singleShot(0, lambda: self._push(command))  # so the stack keeps their order
            return True
        offline = self.edits_refused_because()
        if offline:
            self.failed.emit(offline)
            return False
        if self.read_only:
            self.failed.emit(self.tr("This database is open read-only; nothing was changed."))
            self.refused.emit(False)
            return False
        if not self.run_step(command.apply, command.shares_verdict):
            return False
        self.undo_stack.push(command)
        return True

    # -- intents ----------------------------------------------------------------------------
    def mark(self, article_id: int, start: int, end: int, status_id: str | None = None) -> Claim | None:
        command = MarkClaimCommand(self, article_id, start, end, status_id)
        return command.claim if self._push(command) else None

    def unmark(self, claim: Claim) -> bool:
        return self._push(UnmarkClaimCommand(self, claim))

    def set_status(self, claim: Claim, status_id: str) -> bool:
        if claim.status_id == status_id:
            return True
        return self._push(SetStatusCommand(self, claim, status_id))

    def set_note(self, claim: Claim, note: str) -> bool:
        if claim.note == note:
            return True
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
        if claim.stance == stance:
            return True
        return self._push(SetStanceCommand(self, claim, stance))
