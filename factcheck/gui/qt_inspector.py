"""ClaimInspector: the selected claim's quote, status, note, sources, times and history.

It never writes: it emits intents that the window hands to the EditController.
Signals: ``statusChosen(status_id)``, ``noteEdited(text)``, ``sourceAdded(SourceInput)``,
``sourceEdited(source_id, SourceInput)``, ``sourceRemoved(source_id)``, ``openUrl(url)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from factcheck.gui.i18n import fill, short_time
from factcheck.gui.qt_models import (
    SHOWN_CHARS,
    DirectionalDelegate,
    elided,
    plain_tooltip,
)
from factcheck.model import (
    LINK_STANCES,
    STANCES,
    Claim,
    HistoryEntry,
    Source,
    SourceInput,
    Status,
)
from factcheck.workflow import HIDDEN


def _color_icon(color: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(color))
    return QIcon(pix)


def _plain_label(text: str = "") -> QLabel:
    """A label that never interprets article text as rich text (no HTML from articles)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SourceDialog(QDialog):
    """Edit every field of a source."""

    def __init__(self, source: SourceInput, stance_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source"))
        form = QFormLayout(self)
        self.url = QLineEdit(source.url)
        self.title = QLineEdit(source.title)
        self.publisher = QLineEdit(source.publisher)
        self.accessed = QLineEdit(source.accessed)
        self.accessed.setPlaceholderText("YYYY-MM-DD")
        self.archive_url = QLineEdit(source.archive_url)
        self.excerpt = QPlainTextEdit(source.excerpt)
        self.stance = QComboBox()
        for stance in STANCES:
            self.stance.addItem(stance_names[stance], stance)
        self.stance.setCurrentIndex(max(0, STANCES.index(source.stance)))
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(self.tr("Accessed"), self.accessed)
        form.addRow(self.tr("Archive URL"), self.archive_url)
        form.addRow(self.tr("Excerpt"), self.excerpt)
        form.addRow(self.tr("Stance"), self.stance)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> SourceInput:
        return SourceInput(
            url=self.url.text().strip(),
            title=self.title.text().strip(),
            publisher=self.publisher.text().strip(),
            accessed=self.accessed.text().strip(),
            archive_url=self.archive_url.text().strip(),
            excerpt=self.excerpt.toPlainText().strip(),
            stance=self.stance.currentData(),
        )


class ClaimInspector(QWidget):
    statusChosen = Signal(str)
    noteEdited = Signal(str)
    sourceAdded = Signal(object)
    sourceEdited = Signal(int, object)
    sourceRemoved = Signal(int)
    openUrl = Signal(str)
    linkRequested = Signal(int, str)
    unlinkRequested = Signal()
    stanceChosen = Signal(str)
    openClaim = Signal(int, int)
    claimShown = Signal(int)  # the claim now shown (0: none)

    NOTE_DELAY_MS = 250  # a killed app loses at most the last quarter second of typing

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ClaimInspector")
        self._claim: Claim | None = None
        self._arabic = False
        self._loading = False
        self.stance_names = {
            "supports": self.tr("supports"),
            "refutes": self.tr("refutes"),
            "context": self.tr("context"),
        }
        layout = QVBoxLayout(self)
        self.placeholder = _plain_label(
            self.tr("Select a claim, or click a sentence and press Space to mark it.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.placeholder)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.quote = _plain_label()
        self.quote.setObjectName("claimQuote")
        self.quote.setStyleSheet("QLabel { font-size: 12pt; padding: 4px; }")
        body.addWidget(self.quote)
        self.copy_quote_button = QPushButton(self.tr("Copy the whole quote"))
        self.copy_quote_button.setObjectName("copyQuoteButton")
        self.copy_quote_button.clicked.connect(self.copy_quote)
        self.copy_quote_button.hide()  # shown when the quote is too long to show whole
        body.addWidget(self.copy_quote_button, 0, Qt.AlignmentFlag.AlignLeading)

        form = QFormLayout()
        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        self.status.activated.connect(self._status_activated)
        form.addRow(self.tr("Status"), self.status)
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("Rationale or note"))
        self.note.setMaximumHeight(90)
        self._note_timer = QTimer(self, singleShot=True, interval=self.NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self._note_pending = False  # typed since the note was shown or last committed
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(self)  # leaving the note saves it (see eventFilter)
        form.addRow(self.tr("Note"), self.note)
        body.addLayout(form)

        sources_box = QGroupBox(self.tr("Sources"))
        sources_layout = QVBoxLayout(sources_box)
        self.sources = QListWidget()
        self.sources.setObjectName("sourceList")
        self.sources.setMaximumHeight(110)  # the panel scrolls; history and links stay in view
        self.sources.itemDoubleClicked.connect(lambda _item: self._edit_source())
        sources_layout.addWidget(self.sources)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_source)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self._edit_source)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_source)
        for button in (self.open_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        sources_layout.addLayout(buttons)
        add_row = QHBoxLayout()
        self.source_url = QLineEdit()
        self.source_url.setObjectName("sourceUrl")
        self.source_url.setPlaceholderText(self.tr("https://… (Enter adds)"))
        self.source_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.source_url.returnPressed.connect(self._add_source)
        self.source_title = QLineEdit()
        self.source_title.setPlaceholderText(self.tr("Title"))
        self.source_stance = QComboBox()
        for stance in STANCES:
            self.source_stance.addItem(self.stance_names[stance], stance)
        self.source_stance.setCurrentIndex(STANCES.index("context"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add_source)
        for field in (self.source_url, self.source_title):
            field.installEventFilter(self)  # see eventFilter: Ctrl+Z with nothing to undo
        add_row.addWidget(self.source_url, 3)
        add_row.addWidget(self.source_title, 2)
        add_row.addWidget(self.source_stance)
        add_row.addWidget(self.add_button)
        sources_layout.addLayout(add_row)
        body.addWidget(sources_box)

        body.addWidget(self._build_linking())

        self.meta = _plain_label()
        self.meta.setObjectName("claimMeta")
        body.addWidget(self.meta)
        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        self.history = QListWidget()
        self.history.setObjectName("historyList")
        history_layout.addWidget(self.history)
        body.addWidget(history_box, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()

    def _build_linking(self) -> QGroupBox:
        """"Also in" (this claim's other appearances) and suggestions of claims it repeats."""
        self.link_stance_names = {
            "agree": self.tr("agrees"),
            "disagree": self.tr("disagrees"),
            "discuss": self.tr("discusses"),
            "unrelated": self.tr("unrelated"),
        }
        box = QGroupBox(self.tr("Same claim in other articles"))
        layout = QVBoxLayout(box)
        self.appearances = QListWidget()
        self.appearances.setObjectName("appearanceList")
        self.appearances.setMaximumHeight(90)
        self.appearances.setWordWrap(True)
        self.appearances.setItemDelegate(DirectionalDelegate(self.appearances))
        self.appearances.itemActivated.connect(self._open_appearance)
        self.appearances.itemDoubleClicked.connect(self._open_appearance)
        layout.addWidget(self.appearances)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("This article")))
        self.stance = QComboBox()
        self.stance.setObjectName("stanceCombo")
        for stance in LINK_STANCES:
            self.stance.addItem(self.link_stance_names[stance], stance)
        self.stance.activated.connect(self._stance_activated)
        row.addWidget(self.stance, 1)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setObjectName("unlinkButton")
        self.unlink_button.clicked.connect(self.unlinkRequested.emit)
        row.addWidget(self.unlink_button)
        layout.addLayout(row)
        # Linking gives both claims one verdict: it happens only on a suggestion the editor
        # chose (nothing is preselected), by the Link button or Ctrl+Enter in this list.
        layout.addWidget(QLabel(self.tr("Probably the same claim (choose one, then Link or Ctrl+Enter):")))
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestionList")
        self.suggestions.setMaximumHeight(110)
        self.suggestions.setWordWrap(True)
        self.suggestions.setItemDelegate(DirectionalDelegate(self.suggestions))
        self.suggestions.itemSelectionChanged.connect(self._suggestion_chosen)
        layout.addWidget(self.suggestions)
        self.link_button = QPushButton(self.tr("Link to selected claim"))
        self.link_button.setObjectName("linkButton")
        self.link_button.clicked.connect(self.accept_suggestion)
        self.link_button.setEnabled(False)
        layout.addWidget(self.link_button)
        return box

    def show_links(
        self,
        appearances: list[Claim],
        suggestions: list[tuple[Claim, float]],
        titles: dict[int, str],
    ) -> None:
        """Fill "also in" (other appearances of the group) and the suggestions."""
        claim = self._claim
        self.appearances.clear()
        self.suggestions.clear()
        if claim is None:
            return
        others = [c for c in appearances if c.id != claim.id]
        for other in others:
            label = fill(
                self.tr("%1 — %2 (%3)"),
                titles.get(other.article_id, str(other.article_id)),
                " ".join(other.quote[:160].split())[:80],
                self.link_stance_names.get(other.stance, other.stance),
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (other.article_id, other.id))
            self.appearances.addItem(item)
        if not others:
            self.appearances.addItem(self.tr("Not linked to other articles yet."))
        linked = claim.linked_to is not None
        self.stance.setCurrentIndex(max(0, LINK_STANCES.index(claim.stance)) if claim.stance in LINK_STANCES else 0)
        self.stance.setEnabled(bool(others))
        self.unlink_button.setEnabled(linked)
        for other, score in suggestions:
            item = QListWidgetItem(
                fill(
                    self.tr("%1% · %2 · %3 — %4"),
                    round(score * 100),
                    self._status_label(other.status_id),
                    titles.get(other.article_id, str(other.article_id)),
                    " ".join(other.quote[:180].split())[:90],
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            self.suggestions.addItem(item)
        self._suggestion_chosen()

    def chosen_suggestion(self) -> int | None:
        """The claim id of the suggestion the editor selected (a current row that Qt set
        when the list took the focus, unselected, is no choice)."""
        items = self.suggestions.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _suggestion_chosen(self) -> None:
        self.link_button.setEnabled(self.chosen_suggestion() is not None)

    def accept_suggestion(self) -> None:
        chosen = self.chosen_suggestion()
        if chosen is None or self._claim is None:
            return
        self.linkRequested.emit(chosen, "agree")

    def _stance_activated(self, index: int) -> None:
        stance = self.stance.itemData(index)
        if self._claim is not None and stance != self._claim.stance:
            self.stanceChosen.emit(stance)

    def _open_appearance(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.openClaim.emit(*data)

    # -- showing ----------------------------------------------------------------------------
    def set_language(self, arabic: bool) -> None:
        self._arabic = arabic

    def set_statuses(self, statuses: list[Status]) -> None:
        self.status.clear()
        for st in statuses:
            label = st.label_ar if self._arabic else st.label_en
            self.status.addItem(_color_icon(st.color), fill(self.tr("%1  %2"), st.key, label), st.id)

    @property
    def claim(self) -> Claim | None:
        return self._claim

    def show_claim(self, claim: Claim | None, history: list[HistoryEntry] | None = ()) -> None:
        """Show a claim; ``history=None`` leaves the history for :meth:`show_history` (the
        same claim keeps its list until then, another claim starts with an empty one)."""
        self.commit_note()  # the window commits a typed note before it selects: a safety net
        self._note_pending = False
        self._loading = True
        same_claim = claim is not None and self._claim is not None and self._claim.id == claim.id
        self._claim = claim
        self.placeholder.setVisible(claim is None)
        self.body.setVisible(claim is not None)
        if claim is not None:
            self.quote.setText(elided(claim.quote))  # a wrapped label lays out all it holds
            self.copy_quote_button.setVisible(len(claim.quote) > SHOWN_CHARS)
            idx = self.status.findData(claim.status_id)
            self.status.setCurrentIndex(idx)
            if self.note.toPlainText() != claim.note:
                self.note.setPlainText(claim.note)
            self.sources.clear()
            for src in claim.sources:
                stance = self.stance_names.get(src.stance, src.stance)
                if src.title:
                    text = fill(self.tr("%1\n%2  ·  %3"), elided(src.title), elided(src.url), stance)
                else:
                    text = fill(self.tr("%1  ·  %2"), elided(src.url), stance)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, src.id)
                item.setToolTip(plain_tooltip(src.excerpt or src.url))
                self.sources.addItem(item)
            self.meta.setText(
                fill(
                    self.tr("Annotator: %1 · created %2 · updated %3"),
                    claim.annotator,
                    short_time(claim.created_at),
                    short_time(claim.updated_at),
                )
            )
            if history is not None:
                self.show_history(history)
            elif not same_claim:
                self.history.clear()
        self._loading = False
        self.claimShown.emit(claim.id if claim is not None else 0)

    def copy_quote(self) -> None:
        """The whole quote to the clipboard (the label shows only its start when long)."""
        if self._claim is not None:
            QGuiApplication.clipboard().setText(self._claim.quote)

    def show_history(self, history: list[HistoryEntry]) -> None:
        """The shown claim's history, newest first."""
        self.history.clear()
        for entry in reversed(history):
            self.history.addItem(self.describe(entry))

    def describe(self, entry: HistoryEntry) -> str:
        """One readable line for a history entry (status ids shown as their labels)."""
        actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "restore": self.tr("restored"),
            "link": self.tr("added"),
            "unlink": self.tr("removed"),
        }
        things = {
            "claim": self.tr("claim"),
            "status": self.tr("status"),
            "status_id": self.tr("status"),
            "note": self.tr("note"),
            "source": self.tr("source"),
            "url": self.tr("source"),
            "linked_to": self.tr("link to another claim"),
            "appearance": self.tr("appearance in another article"),
            "stance": self.tr("stance"),
        }
        if entry.entity == "rating":  # an editor's own rating (blind double rating)
            if entry.new is None:  # taken back (an undo)
                return fill(self.tr("%1  %2: took the rating back"), short_time(entry.at), entry.entity_id)
            if entry.new == HIDDEN:
                return fill(
                    self.tr("%1  %2: rated (hidden until both have rated)"),
                    short_time(entry.at),
                    entry.entity_id,
                )
            return fill(
                self.tr("%1  %2: rated %3"),
                short_time(entry.at),
                entry.entity_id,
                self._status_label(entry.new),
            )
        if entry.entity == "comment" or entry.field == "justification":
            return self._describe_discussion(entry)
        what = things.get(entry.field or entry.entity, entry.field or entry.entity)
        action = actions.get(entry.action, entry.action)
        change = ""
        if entry.field in ("status_id", "status") or entry.entity == "status":
            change = fill(self.tr("%1 → %2"), self._status_label(entry.old), self._status_label(entry.new))
        elif entry.field in ("note", "url"):
            old = " ".join((entry.old or "")[:80].split())[:40]
            new = " ".join((entry.new or "")[:80].split())[:40]
            change = fill(self.tr("%1 → %2"), old, new) if old else new
        if change:
            return fill(self.tr("%1  %2: %3 %4: %5"), short_time(entry.at), entry.who, action, what, change)
        return fill(self.tr("%1  %2: %3 %4"), short_time(entry.at), entry.who, action, what)

    def _describe_discussion(self, entry: HistoryEntry) -> str:
        """A comment added, taken back, resolved or reopened; a public justification set."""
        at, who = short_time(entry.at), entry.who

        def short(text: str | None) -> str:
            return " ".join((text or "")[:120].split())[:60]

        if entry.field == "justification":
            if not entry.new:
                return fill(self.tr("%1  %2: cleared the public justification"), at, who)
            return fill(self.tr("%1  %2: public justification: %3"), at, who, short(entry.new))
        if entry.field == "resolved":
            if entry.new:
                return fill(self.tr("%1  %2: resolved a comment"), at, who)
            return fill(self.tr("%1  %2: took back the resolution of a comment"), at, who)
        if entry.action == "delete":
            return fill(self.tr("%1  %2: took back a comment: %3"), at, who, short(entry.old))
        return fill(self.tr("%1  %2: commented: %3"), at, who, short(entry.new))

    def _status_label(self, status_id: str | None) -> str:
        for index in range(self.status.count()):
            if self.status.itemData(index) == status_id:
                return self.status.itemText(index).split("  ", 1)[-1].strip()
        return status_id or ""

    # -- intents ----------------------------------------------------------------------------
    def _status_activated(self, index: int) -> None:
        status_id = self.status.itemData(index)
        if self._claim is not None and status_id and status_id != self._claim.status_id:
            self.statusChosen.emit(status_id)

    def _note_typed(self) -> None:
        if not self._loading and self._claim is not None:
            self._note_pending = True
            self._note_timer.start()

    def commit_note(self) -> None:
        """Send the note typed since the claim was shown, once (a refused note is not sent
        again: the window shows the claim as stored instead)."""
        self._note_timer.stop()
        if not self._note_pending:
            return
        self._note_pending = False
        if self._claim is not None and self.note.toPlainText() != self._claim.note:
            self.noteEdited.emit(self.note.toPlainText())

    def focus_source_field(self) -> None:
        self.source_url.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.source_url.selectAll()

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add_source(self) -> None:
        url = self.source_url.text().strip()
        if self._claim is None or not url:
            return
        self.sourceAdded.emit(
            SourceInput(
                url=url,
                title=self.source_title.text().strip(),
                stance=self.source_stance.currentData(),
            )
        )

    def eventFilter(self, watched, event) -> bool:
        """Leaving the note (a click elsewhere, Esc, a menu opening) saves what was typed, so
        the next action, an undo included, comes after it. Ctrl+Z (Ctrl+Shift+Z) in a source
        field with nothing of its own to undo (redo) goes to the window's undo: right after
        Enter added a source, it undoes the addition."""
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
            return False
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            undo = event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
            if undo or redo:
                event.ignore()  # not the field's: the window's shortcut takes it
                return True
        return super().eventFilter(watched, event)

    def clear_source_fields(self) -> None:
        """Empty the fields once a source is added. ``setText`` (not ``clear``) also empties
        their own undo history, so Ctrl+Z right after undoes the addition (the window's undo)
        instead of typing the address back into the field."""
        self.source_url.setText("")
        self.source_title.setText("")

    def _current_source(self) -> Source | None:
        item = self.sources.currentItem()
        if item is None or self._claim is None:
            return None
        source_id = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self._claim.sources if s.id == source_id), None)

    def _open_source(self) -> None:
        source = self._current_source()
        if source is not None:
            self.openUrl.emit(source.url)

    def _edit_source(self) -> None:
        source = self._current_source()
        if source is None:
            return
        dialog = SourceDialog(source.as_input(), self.stance_names, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sourceEdited.emit(source.id, dialog.value())

    def _remove_source(self) -> None:
        source = self._current_source()
        if source is not None:
            self.sourceRemoved.emit(source.id)
