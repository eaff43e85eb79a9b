"""The verdict's public justification, the claim's comment thread and the acting editor's
own (blind) rating, in the inspector. Every change goes through the window's one undo
stack (Ctrl+Z / Ctrl+Shift+Z): undo puts back the previous justification, takes a comment
back out of the thread, un-resolves a comment, puts back the previous rating (or none).

``DiscussionPanel.attach(window)`` puts the panel in the window's inspector, under the
review panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck import workflow
from factcheck.gui.i18n import describe_error, fill, short_time
from factcheck.gui.qt_models import DirectionalDelegate
from factcheck.model import Claim, FactcheckError


class DiscussionPanel(QGroupBox):
    """The shown claim's justification, comments and the acting editor's rating."""

    TYPING_DELAY_MS = 250  # as the note: a killed app loses at most the last quarter second

    def __init__(self, window):
        super().__init__(QCoreApplication.translate("DiscussionPanel", "Justification and discussion"))
        self.setObjectName("discussionPanel")
        self.window = window
        self.desk = window.desk
        self.controller = window.controller
        self._claim: Claim | None = None  # the claim shown here (what typing belongs to)
        self._stored_justification = ""  # as last read: what undo of the typing puts back
        self._typed = False  # typed in the justification since it was shown or committed
        self._loading = False
        self._my_rating: str | None = None
        layout = QVBoxLayout(self)

        layout.addWidget(QLabel(self.tr("Public justification (what readers are told):")))
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justificationEdit")
        self.justification.setPlaceholderText(self.tr("Why the verdict is what it is"))
        self.justification.setMaximumHeight(80)
        self.justification.textChanged.connect(self._justification_typed)
        layout.addWidget(self.justification)
        self._timer = QTimer(self, singleShot=True, interval=self.TYPING_DELAY_MS)
        self._timer.timeout.connect(self.commit_justification)

        layout.addWidget(QLabel(self.tr("Comments (the desk's internal discussion):")))
        self.comments = QListWidget()
        self.comments.setObjectName("commentList")
        self.comments.setMaximumHeight(110)
        self.comments.setWordWrap(True)
        self.comments.setItemDelegate(DirectionalDelegate(self.comments))
        self.comments.itemSelectionChanged.connect(self._comment_chosen)
        layout.addWidget(self.comments)
        row = QHBoxLayout()
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setPlaceholderText(self.tr("Add a comment (Enter adds)"))
        self.comment_edit.returnPressed.connect(self.add_comment)
        row.addWidget(self.comment_edit, 1)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.setObjectName("resolveCommentButton")
        self.resolve_button.clicked.connect(self.resolve_comment)
        self.resolve_button.setEnabled(False)
        row.addWidget(self.resolve_button)
        layout.addLayout(row)

        self.rating_row = QWidget()
        rating = QHBoxLayout(self.rating_row)
        rating.setContentsMargins(0, 0, 0, 0)
        rating.addWidget(QLabel(self.tr("My rating (blind):")))
        self.rating = QComboBox()
        self.rating.setObjectName("ratingCombo")
        self.rating.activated.connect(self._rating_activated)
        rating.addWidget(self.rating, 1)
        layout.addWidget(self.rating_row)
        self.other_ratings = QLabel()
        self.other_ratings.setObjectName("otherRatings")
        self.other_ratings.setTextFormat(Qt.TextFormat.PlainText)
        self.other_ratings.setWordWrap(True)
        layout.addWidget(self.other_ratings)
        self.rating_row.hide()
        self.other_ratings.hide()

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.justification.installEventFilter(self)  # leaving the field saves it
        self.comment_edit.installEventFilter(self)  # Ctrl+Z with nothing typed: the window's

    @classmethod
    def attach(cls, window) -> DiscussionPanel:
        """Put the panel in the window's inspector, above the history; what is typed in the
        justification is saved before any other edit and before another claim is shown."""
        panel = cls(window)
        body = window.inspector.body.layout()
        body.insertWidget(max(0, body.count() - 2), panel)
        window.inspector.claimShown.connect(panel.claim_shown)
        window.controller.add_pending_editor(panel.commit_justification)
        return panel

    # -- showing ----------------------------------------------------------------------------
    def claim_shown(self, _claim_id: int) -> None:
        """Read after the inspector's paint (not on the selection path)."""
        self._refresh_timer.start()

    def refresh(self) -> None:
        claim = self.window.inspector.claim
        if claim is not None and self._claim is not None and claim.id != self._claim.id:
            self.commit_justification()  # typed for the claim shown before
        self._claim = claim
        if claim is None:
            self._show_justification("", frozen=False)
            self.comments.clear()
            self.rating_row.hide()
            self.other_ratings.hide()
            return
        try:
            stored = workflow.justifications(self.desk, [claim.group_id]).get(claim.group_id, "")
            frozen = workflow.review_of(self.desk, claim.id).published
            thread = workflow.comments(self.desk, [claim.id])
            raters = self._raters(claim)
            ratings = workflow.visible_ratings(self.desk, self.desk.annotator, [claim.id])
        except FactcheckError as exc:
            self.window.statusBar().showMessage(describe_error(exc), 10000)
            return
        self._show_justification(stored, frozen=frozen)
        self._show_comments(thread)
        self._show_ratings(raters, ratings)

    def _raters(self, claim: Claim) -> set[str]:
        """The editors the claim's article is assigned to (who rate its claims)."""
        live = workflow.assignment(self.desk, claim.article_id)
        return {n for n in (live.editor, live.second_editor) if n} if live else set()

    def _show_justification(self, stored: str, *, frozen: bool) -> None:
        self._stored_justification = stored
        self.justification.setReadOnly(frozen)
        self.justification.setToolTip(
            self.tr("Published: frozen until a reviewer reopens it.") if frozen else ""
        )
        if not self._typed and self.justification.toPlainText() != stored:
            self._loading = True
            self.justification.setPlainText(stored)
            self._loading = False

    def _show_comments(self, thread: list[workflow.Comment]) -> None:
        chosen = self.chosen_comment()
        self.comments.clear()
        for comment in thread:
            text = fill(self.tr("%1  %2: %3"), short_time(comment.at), comment.author, comment.text)
            if comment.resolved_by:
                text += " " + fill(self.tr("(resolved by %1)"), comment.resolved_by)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (comment.id, comment.resolved_by is None))
            self.comments.addItem(item)
            if chosen is not None and chosen[0] == comment.id:
                item.setSelected(True)
        self._comment_chosen()

    def _show_ratings(self, raters: set[str], ratings: list[tuple]) -> None:
        me = self.desk.annotator
        mine = next((st for _cid, editor, st, _at in ratings if editor == me), None)
        self._my_rating = mine
        self.rating_row.setVisible(me in raters)
        self.rating.clear()
        self.rating.addItem(self.tr("not rated yet"), None)
        for st in self.window.statuses:
            label = st.label_ar if self.window.arabic else st.label_en
            self.rating.addItem(label, st.id)
        self.rating.setCurrentIndex(max(0, self.rating.findData(mine)) if mine else 0)
        others = []
        for _cid, editor, status_id, _at in ratings:
            if editor == me:
                continue
            if status_id is None:
                others.append(fill(self.tr("%1: rated (hidden until both have rated)"), editor))
            else:
                others.append(fill(self.tr("%1: %2"), editor, self._label(status_id)))
        self.other_ratings.setText("\n".join(others))
        self.other_ratings.setVisible(bool(others))

    def _label(self, status_id: str) -> str:
        for st in self.window.statuses:
            if st.id == status_id:
                return st.label_ar if self.window.arabic else st.label_en
        return status_id

    # -- intents ----------------------------------------------------------------------------
    def _justification_typed(self) -> None:
        if not self._loading and self._claim is not None:
            self._typed = True
            self._timer.start()

    def commit_justification(self) -> None:
        """Save the justification typed since it was shown, once (a refused one is shown as
        stored again)."""
        self._timer.stop()
        if not self._typed:
            return
        self._typed = False
        text = self.justification.toPlainText()
        if (
            self._claim is not None
            and text != self._stored_justification
            and self.controller.set_justification(self._claim, self._stored_justification, text)
        ):
            self._stored_justification = text

    def chosen_comment(self) -> tuple[int, bool] | None:
        """(comment id, still open) of the selected comment."""
        items = self.comments.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _comment_chosen(self) -> None:
        chosen = self.chosen_comment()
        self.resolve_button.setEnabled(chosen is not None and chosen[1])

    def add_comment(self) -> bool:
        text = self.comment_edit.text().strip()
        claim = self.window.inspector.claim
        if claim is None or not text:
            return False
        if self.controller.add_comment(claim, text):
            self.comment_edit.setText("")  # also empties the field's own undo
            return True
        return False

    def resolve_comment(self) -> bool:
        chosen = self.chosen_comment()
        claim = self.window.inspector.claim
        if claim is None or chosen is None or not chosen[1]:
            return False
        return self.controller.resolve_comment(claim, chosen[0])

    def _rating_activated(self, index: int) -> None:
        status_id = self.rating.itemData(index)
        claim = self.window.inspector.claim
        if claim is None or status_id is None or status_id == self._my_rating:
            self.rating.setCurrentIndex(max(0, self.rating.findData(self._my_rating)) if self._my_rating else 0)
            return
        self.controller.rate(claim, self._my_rating, status_id)

    def eventFilter(self, watched, event) -> bool:
        """Leaving the justification saves it. Ctrl+Z (Ctrl+Shift+Z) in the comment field
        with nothing of its own to undo goes to the window's undo (right after Enter added
        a comment, it takes the comment back)."""
        if watched is self.justification and event.type() == QEvent.Type.FocusOut:
            self.commit_justification()
            return False
        if watched is self.comment_edit and event.type() == QEvent.Type.ShortcutOverride:
            undo = event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
            if undo or redo:
                event.ignore()
                return True
        return super().eventFilter(watched, event)
