"""The window's dialogs: keyboard shortcuts, settings, and what a link keeps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from factcheck.gui.i18n import fill, isolate_ltr
from factcheck.gui.settings import AppSettings


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every action that has a key, listed from the actions."""

    def __init__(self, rows: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for i, (name, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(name))
            table.setItem(i, 1, QTableWidgetItem(isolate_ltr(keys)))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.annotator = QLineEdit(settings.annotator)
        form.addRow(self.tr("Annotator name"), self.annotator)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("العربية", "ar")
        self.language.setCurrentIndex(1 if settings.language == "ar" else 0)
        form.addRow(self.tr("Language (after restart)"), self.language)
        # What every ClaimReview export from the window publishes as its organisation.
        review = settings.claimreview_options()
        self.org_name = QLineEdit(review["org"] or "")
        self.org_name.setObjectName("orgName")
        form.addRow(self.tr("Organisation (ClaimReview)"), self.org_name)
        self.org_url = QLineEdit(review["org_url"] or "")
        self.org_url.setObjectName("orgUrl")
        self.org_url.setPlaceholderText("https://…")
        form.addRow(self.tr("Organisation's address"), self.org_url)
        self.org_logo = QLineEdit(review["org_logo"] or "")
        self.org_logo.setObjectName("orgLogo")
        self.org_logo.setPlaceholderText("https://…/logo.png")
        form.addRow(self.tr("Organisation's logo address"), self.org_logo)
        self.url_template = QLineEdit(review["url_template"] or "")
        self.url_template.setObjectName("urlTemplate")
        self.url_template.setPlaceholderText("https://example.org/checks/{claim_id}")
        form.addRow(self.tr("Review address template"), self.url_template)
        self.review_language = QComboBox()
        self.review_language.setObjectName("reviewLanguage")
        self.review_language.addItem("العربية", "ar")
        self.review_language.addItem("English", "en")
        self.review_language.setCurrentIndex(1 if review["lang"] == "en" else 0)
        form.addRow(self.tr("Review language"), self.review_language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def ask_what_link_keeps(parent, found, status_name) -> str | None:
    """Two claims about to share one verdict disagree: "this" (the claim shown, being
    linked) or "other" (the claim it joins) keeps its verdict; None when cancelled.
    ``status_name`` gives a status id's label."""
    return LinkConflictDialog(found, status_name, parent).ask()


class LinkConflictDialog(QMessageBox):
    def __init__(self, found, status_name, parent=None):
        super().__init__(parent)
        lines = [
            self.tr("These claims disagree. Linked, they share one verdict."),
            "",
            fill(self.tr("This claim's verdict: %1"), status_name(found.this_status)),
            fill(self.tr("The other claim's verdict: %1"), status_name(found.other_status)),
        ]
        if found.both_notes:
            lines.append(self.tr("Both have notes: both are kept, one after the other."))
        if found.both_sources:
            lines.append(self.tr("Both have sources: all are kept, each address once."))
        lines += ["", self.tr("Which verdict should the linked claims keep?")]
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Link claims"))
        self.setText("\n".join(lines))
        self.setObjectName("linkConflictDialog")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.answers = {}
        for name, text, role in (
            ("keepThis", self.tr("Keep this claim's verdict"), QMessageBox.ButtonRole.AcceptRole),
            ("keepOther", self.tr("Keep the other claim's verdict"), QMessageBox.ButtonRole.AcceptRole),
            ("cancelLink", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
        ):
            button = self.addButton(text, role)
            button.setObjectName(name)
            self.answers[name] = button
        self.setDefaultButton(self.answers["cancelLink"])
        self.setEscapeButton(self.answers["cancelLink"])

    def ask(self) -> str | None:
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.answers["keepThis"]:
            return "this"
        if clicked is self.answers["keepOther"]:
            return "other"
        return None
