"""A typed note refused because the claim changed meanwhile: nothing typed is lost.

When a colleague changed the same note while the editor typed, the window asks: it shows
their note (who, when) and the editor's text (editable), and the editor keeps theirs (written
over the colleague's note, at the version shown, recorded and undoable), keeps the
colleague's (the typed text goes to the clipboard; so does closing the dialog), or combines
both in their text first. When the colleague changed something else (the status), the note
is saved on top, as a note typed during a live update is. A claim deleted meanwhile: the
text goes to the clipboard, saying so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from factcheck.gui import window_care
from factcheck.gui.i18n import describe_error, fill, short_time
from factcheck.gui.qt_commands import SetNoteCommand, TypedNote
from factcheck.gui.qt_models import elided
from factcheck.model import Claim, FactcheckError


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # notes and names are never markup
    label.setWordWrap(True)
    return label


class NoteConflictDialog(QDialog):
    """Their note and your text, side by side; Keep mine, Keep theirs, Combine."""

    def __init__(self, claim: Claim, who: str, at: str, mine: str, parent=None):
        super().__init__(parent)
        self.setObjectName("noteConflictDialog")
        self.setWindowTitle(self.tr("Note changed by a colleague"))
        self.claim = claim
        when = short_time(at)
        layout = QVBoxLayout(self)
        self.message = _label(
            fill(
                self.tr(
                    "%1 changed this claim's note at %2 while you were typing it. Your "
                    "text is not saved yet. Keep mine: your text replaces theirs (the "
                    "history keeps both). Keep theirs: your text is copied to the clipboard."
                ),
                who,
                when,
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(_label(fill(self.tr("Claim: %1"), elided(" ".join(claim.quote.split()), 160))))
        layout.addWidget(_label(fill(self.tr("Their note (%1, %2):"), who, when)))
        self.theirs = QPlainTextEdit(claim.note)
        self.theirs.setObjectName("theirNote")
        self.theirs.setReadOnly(True)
        layout.addWidget(self.theirs)
        layout.addWidget(_label(self.tr("Your text, not saved yet (you can edit it here):")))
        self.mine = QPlainTextEdit(mine)
        self.mine.setObjectName("yourNote")
        layout.addWidget(self.mine)
        for field in (self.theirs, self.mine):
            window_care.follow_text_direction(field)
        buttons = QDialogButtonBox()
        self.combine = QPushButton(self.tr("Put their note above mine"))
        self.combine.setObjectName("combineNotes")
        self.combine.setAutoDefault(False)
        self.combine.clicked.connect(self._combine)
        buttons.addButton(self.combine, QDialogButtonBox.ButtonRole.ActionRole)
        keep_theirs = buttons.addButton(self.tr("Keep theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        keep_theirs.setObjectName("keepTheirs")
        keep_mine = buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep_mine.setObjectName("keepMine")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)  # Esc and closing too: theirs, yours copied
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.mine.setFocus()

    def _combine(self) -> None:
        """Their note, a blank line, then your text: to edit before keeping it."""
        self.mine.setPlainText(f"{self.claim.note}\n\n{self.mine.toPlainText()}")
        self.combine.setEnabled(False)
        self.mine.setFocus()


class NoteConflicts(QObject):
    """Receives the controller's refused typed notes for a window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialogs: list[NoteConflictDialog] = []
        window.controller.typed_refused = self.refused

    def refused(self, typed: TypedNote, error: FactcheckError) -> None:
        w = self.window
        try:
            stored = w.desk.claim(typed.claim_id)
        except FactcheckError as exc:  # deleted meanwhile (or unreadable): keep the text
            self._to_clipboard(typed.typed)
            w.show_error(
                "\n".join(
                    [
                        describe_error(exc),
                        self.tr("The note you typed was not saved; it is on the clipboard."),
                    ]
                )
            )
            return
        if stored.note == typed.typed:
            return  # they wrote the same words: nothing to decide
        if stored.note == typed.base:  # their change left the note alone: saved on top
            self.write(stored, typed.typed)
            return
        who, at = self._last_note_change(stored, error)
        dialog = NoteConflictDialog(stored, who, at, typed.typed, w)
        dialog.finished.connect(lambda result, d=dialog: self._decided(d, result))
        self.dialogs.append(dialog)
        dialog.open()

    def write(self, stored: Claim, note: str) -> bool:
        """Write ``note`` over the note ``stored`` holds, at ``stored``'s version: a change
        made since is refused again (and asked about again), never overwritten."""
        controller = self.window.controller
        controller.remember([stored])
        return controller.push(SetNoteCommand(controller, stored, note, merges=False))

    def _decided(self, dialog: NoteConflictDialog, result: int) -> None:
        self.dialogs.remove(dialog)
        dialog.deleteLater()
        mine = dialog.mine.toPlainText()
        if result == QDialog.DialogCode.Accepted:
            self.write(dialog.claim, mine)
            return
        self._to_clipboard(mine)
        self.window.statusBar().showMessage(
            self.tr("Their note is kept; your text is on the clipboard."), 15000
        )

    def _last_note_change(self, stored: Claim, error: FactcheckError) -> tuple[str, str]:
        """Who changed the note last, and when (the refusal's last change if unknown)."""
        try:
            notes = [e for e in self.window.desk.history(stored.id) if e.field == "note"]
        except FactcheckError:
            notes = []
        if notes:
            return notes[-1].who, notes[-1].at
        return str(error.values.get("who", "")), str(error.values.get("at", stored.updated_at))

    @staticmethod
    def _to_clipboard(text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)


def install(window) -> NoteConflicts:
    window.note_conflicts = NoteConflicts(window)
    return window.note_conflicts
