"""Review of verdicts in the inspector (four eyes): the verdict's review state, the returned
comment, and Approve / Return for reviewers and admins, as undoable commands.

Who acts is the desk's annotator: the editor name of the settings (File → Settings).
``ReviewPanel.attach(window)`` puts the panel in the window's inspector and its two actions
(Ctrl+Shift+A, Ctrl+Shift+R) in the Claim menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from factcheck import workflow
from factcheck.gui.i18n import fill, short_time
from factcheck.gui.qt_commands import DeskCommand
from factcheck.model import FactcheckError


class ReviewCommand(DeskCommand):
    """Approve or return a verdict; undo takes the review back (the verdict is proposed
    again by its proposer, recorded in the history)."""

    shares_verdict = True  # a review moves the version of every claim of the group on

    def __init__(self, controller, claim_id: int, action: str, comment: str = ""):
        names = {
            "approve": QCoreApplication.translate("UndoCommand", "Approve verdict"),
            "return": QCoreApplication.translate("UndoCommand", "Return verdict"),
        }
        super().__init__(controller, names[action])
        self.claim_id, self.action, self.comment = claim_id, action, comment

    def apply(self):
        desk = self.controller.desk
        version = self.known(self.claim_id)
        if self.action == "approve":
            workflow.approve(desk, self.claim_id, expected_version=version)
        else:
            workflow.return_verdict(desk, self.claim_id, self.comment, expected_version=version)
        return self._verdict(desk.claim(self.claim_id))

    def revert(self):
        desk = self.controller.desk
        workflow.withdraw_review(desk, self.claim_id, expected_version=self.known(self.claim_id))
        return self._verdict(desk.claim(self.claim_id))


class ReturnDialog(QDialog):
    """Why a verdict goes back to its proposer (the comment is required)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return the verdict"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Say what the proposer should check or change:")))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("returnComment")
        layout.addWidget(self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReviewPanel(QGroupBox):
    """The shown claim's review, and the reviewer's two actions."""

    def __init__(self, window):
        super().__init__(QCoreApplication.translate("ReviewPanel", "Review"))
        self.setObjectName("reviewPanel")
        self.window = window
        self.desk = window.desk
        self.controller = window.controller
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("reviewState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # comments are never rich text
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setObjectName("returnButton")
        self.return_button.clicked.connect(self.return_verdict)
        row.addWidget(self.approve_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.acting = QLabel()
        self.acting.setObjectName("actingEditor")
        self.acting.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.acting)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)

    @classmethod
    def attach(cls, window, menu) -> ReviewPanel:
        """Put the panel in the window's inspector, above the history, and its actions in
        ``menu``."""
        panel = cls(window)
        body = window.inspector.body.layout()
        body.insertWidget(max(0, body.count() - 2), panel)
        window.inspector.claimShown.connect(panel.claim_shown)
        window.actions.add(menu, QCoreApplication.translate("ReviewPanel", "Approve the verdict"), panel.approve, ["Ctrl+Shift+A"], name="approveVerdict")
        window.actions.add(menu, QCoreApplication.translate("ReviewPanel", "Return the verdict…"), panel.return_verdict, ["Ctrl+Shift+R"], name="returnVerdict")
        return panel

    # -- showing ----------------------------------------------------------------------------
    def claim_shown(self, _claim_id: int) -> None:
        """Read the review right after the inspector's paint (not on the selection path)."""
        self._timer.start()

    def role(self) -> str | None:
        """The acting editor's role (a desk without editors: everyone may review)."""
        try:
            return workflow.check_editor(self.desk)
        except FactcheckError:
            return None  # an editor name the desk does not know

    def refresh(self) -> None:
        claim = self.window.inspector.claim
        role = self.role()
        who = self.desk.annotator
        if role is None:
            self.acting.setText(fill(self.tr("Acting as %1 (not an editor of this desk)"), who))
        else:
            self.acting.setText(fill(self.tr("Acting as %1 (%2)"), who, self.role_name(role)))
        may_review = role in workflow.REVIEWER_ROLES
        self.approve_button.setVisible(may_review)
        self.return_button.setVisible(may_review)
        if claim is None:
            self.state.setText("")
            return
        try:
            review = workflow.review_of(self.desk, claim.id)
        except FactcheckError:
            self.state.setText("")
            return
        self.state.setText(self.describe(review))
        waiting = review.state == "proposed"
        self.approve_button.setEnabled(waiting)
        self.return_button.setEnabled(waiting)

    def role_name(self, role: str) -> str:
        return {
            "editor": self.tr("editor"),
            "reviewer": self.tr("reviewer"),
            "admin": self.tr("admin"),
        }.get(role, role)

    def describe(self, review: workflow.Review) -> str:
        if review.state == "none":
            return self.tr("No verdict to review yet.")
        if review.state == "proposed":
            return fill(
                self.tr("Proposed by %1 (%2), waiting for review."),
                review.proposed_by or "",
                short_time(review.proposed_at or ""),
            )
        if review.state == "returned":
            return fill(
                self.tr("Returned by %1: %2"), review.reviewed_by or "", review.comment or ""
            )
        text = fill(self.tr("Approved by %1."), review.reviewed_by or "")
        if review.published:
            text += " " + self.tr("Published: frozen until a reviewer reopens it.")
        return text

    # -- intents ----------------------------------------------------------------------------
    def approve(self) -> bool:
        claim = self.window.inspector.claim
        if claim is None:
            return False
        self.window.controller.flush_editors()  # a typed note goes to its claim first
        return self.controller.push(ReviewCommand(self.controller, claim.id, "approve"))

    def ask_comment(self) -> str | None:
        """The reason for a return, asked in a dialog (None: cancelled)."""
        dialog = ReturnDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.comment.toPlainText()

    def return_verdict(self) -> bool:
        claim = self.window.inspector.claim
        if claim is None:
            return False
        self.window.controller.flush_editors()  # a typed note goes to its claim first
        comment = self.ask_comment()
        if comment is None:
            return False
        return self.controller.push(ReviewCommand(self.controller, claim.id, "return", comment))
