"""The open article's properties (Edit → Article properties…): its title, publisher, author,
address, publication date and language, edited as ``factcheck article set`` edits them —
checked by the desk, each change in the history — through the window's one undo stack.
``install(window)`` is the window's one hook.

A field is saved when Enter is pressed or the field is left (and before any other edit).
A refused value stays in its field, with the reason under the form, and is not stored. A
colleague's change refreshes the panel; a field being typed in keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck.gui import window_care
from factcheck.gui.edit_result import EditResult
from factcheck.gui.i18n import describe_error, fill
from factcheck.model import EDITABLE_ARTICLE_FIELDS, FactcheckError

LEFT_TO_RIGHT = ("url", "published", "lang")  # addresses, dates and codes read left to right


class ArticleProperties(QWidget):
    """The fields of one article's metadata, saved through the window's controller."""

    def __init__(self, window):
        super().__init__()
        self.setObjectName("articleProperties")
        self._win = window
        self.desk, self.controller = window.desk, window.controller
        self.article_id: int | None = None  # the article the fields show
        self.seen: dict[str, str] = {}  # each field's stored value, as last shown
        self._refused: dict[str, str] = {}  # a field's text refused (not sent again unasked)
        self._saving: dict[str, str] | None = None  # the fields being saved now
        self._failure = ""
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "title": self.tr("Title"),
            "publisher": self.tr("Publisher"),
            "author": self.tr("Author"),
            "url": self.tr("Address (URL)"),
            "published": self.tr("Published"),
            "lang": self.tr("Language"),
        }
        hints = {
            "url": self.tr("https://… (the article's address)"),
            "published": self.tr("YYYY-MM-DD, e.g. 2024-03-14"),
            "lang": self.tr("a language code: ar, en…"),
        }
        form = QFormLayout()
        for field in EDITABLE_ARTICLE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"article_{field}")
            edit.setPlaceholderText(hints.get(field, ""))
            if field in LEFT_TO_RIGHT:
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            else:
                window_care.follow_text_direction(edit)
            edit.editingFinished.connect(lambda f=field: self.save(asked=f))
            edit.installEventFilter(self)
            form.addRow(labels[field], edit)
            self.fields[field] = edit
        about = QLabel(
            self.tr(
                "Saved when you press Enter or leave a field, and kept in the history; "
                "Ctrl+Z undoes it. The article's text never changes."
            )
        )
        about.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("articlePropertiesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b00020; }")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(about)
        layout.addStretch(1)
        self.setEnabled(False)

        self.controller.edited.connect(self._edited)
        self.controller.failed.connect(self._failed)
        self.controller.add_pending_editor(lambda: self.save(asked=None))

    # -- what the fields show ----------------------------------------------------------------
    def typed(self) -> dict[str, str]:
        """The fields whose text differs from the value stored when they were filled."""
        return {f: e.text() for f, e in self.fields.items() if f in self.seen and e.text() != self.seen[f]}

    def show_article(self, article_id: int | None, *, keep_typed: bool = True, retyped=()) -> None:
        """Fill the fields with ``article_id``'s metadata as stored. ``keep_typed``: a field
        being typed in keeps its text and the value it was typed over, unless it is in
        ``retyped`` (refused as changed elsewhere: sending it again replaces what is stored)."""
        if article_id != self.article_id:
            keep_typed = False
        header = None
        if article_id is not None:
            try:
                header = self.desk.article_headers([article_id]).get(article_id)
            except FactcheckError as exc:
                self._say(describe_error(exc))
                return
        typed = self.typed() if keep_typed else {}
        self.article_id = header.id if header is not None else None
        if not keep_typed:
            self._refused.clear()
            self._say("")
        self.setEnabled(header is not None)
        read_only = self.controller.read_only
        for field, edit in self.fields.items():
            edit.setReadOnly(read_only)
            value = getattr(header, field) if header is not None else ""
            if field in typed:
                if field in retyped:
                    self.seen[field] = value
                continue  # what was typed stays
            self.seen[field] = value
            if edit.text() != value:
                edit.setText(value)  # also empties the field's own undo history
        if header is None:
            self.seen.clear()

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- saving ------------------------------------------------------------------------------
    def save(self, asked: str | None = None) -> bool:
        """Save the fields typed in (one undo step). ``asked``: the field where Enter was
        pressed or that was left; a value refused before is sent again only when asked."""
        if self._saving is not None or self.article_id is None:
            return False
        changes = {
            f: text for f, text in self.typed().items() if f == asked or self._refused.get(f) != text
        }
        if not changes:
            return False
        seen = {f: self.seen[f] for f in changes}
        self._saving, self._failure = changes, ""
        try:
            saved = self.controller.set_article_metadata(self.article_id, seen, changes)
        finally:
            self._saving = None
        if saved:
            for field in changes:
                self._refused.pop(field, None)
            if not self._refused:
                self._say("")
            return True
        # Nothing was stored; the refused text stays in its field, the reason under the form.
        # Changed elsewhere meanwhile: the other fields show what is stored now.
        self._refused.update(changes)
        if self._failure:
            self.show_article(self.article_id, retyped=changes)
        self._say(self._failure)
        return False

    def _failed(self, message: str) -> None:
        if self._saving is not None:
            self._failure = message

    def _edited(self, result: EditResult) -> None:
        """A metadata edit (or its undo) was written: the list, the window's title and the
        panel show it; an undo of another article's change opens that article."""
        article = result.article
        if article is None:
            return
        w = self._win
        w.reload_articles()
        if article.id != w.article_id:
            w.open_article(article.id)  # shown where it happened, as claim undos are
        show_window_title(w)
        if article.id != self.article_id:
            return
        saved = self._saving or {}
        for field, edit in self.fields.items():
            value = getattr(article, field)
            typing = field in self.seen and edit.text() != self.seen[field]
            if typing and field not in saved:
                continue  # another field being typed in keeps its text
            self.seen[field] = value
            if field in saved or edit.text() != value:
                # As stored (trimmed); ``setText`` also empties the field's own undo history,
                # so Ctrl+Z right after Enter undoes the change (the window's undo).
                edit.setText(value)

    def changed_elsewhere(self, article_ids) -> None:
        """A colleague (or the CLI) changed these articles' metadata."""
        w = self._win
        if w.article_id in article_ids:
            show_window_title(w)
        if self.article_id in article_ids and self.isVisible():
            self.show_article(self.article_id)

    def eventFilter(self, watched, event) -> bool:
        """Ctrl+Z (Ctrl+Shift+Z) in a field with nothing of its own to undo (redo) goes to
        the window's undo: right after Enter saved a field, it undoes the change."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            undo = event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
            if undo or redo:
                event.ignore()  # not the field's: the window's shortcut takes it
                return True
        return super().eventFilter(watched, event)


def show_window_title(window) -> None:
    """The window's title: the open article's title (as the list shows it), then the desk."""
    base = fill(QCoreApplication.translate("MainWindow", "factcheck — %1"), window.desk.store.where)
    title = window.article_title(window.article_id) if window.article_id is not None else ""
    window.setWindowTitle(f"{title} — {base}" if title else base)


def install(window) -> None:
    """Add *Article properties…* to the Edit menu and its panel, next to the inspector."""
    panel = ArticleProperties(window)
    window.article_properties = panel
    dock = QDockWidget(QCoreApplication.translate("ArticleProperties", "Article properties"), window)
    dock.setObjectName("dock_articleProperties")
    dock.setWidget(panel)
    area = window.dockWidgetArea(window.inspector_dock)
    window.addDockWidget(area, dock)
    window.tabifyDockWidget(window.inspector_dock, dock)
    dock.hide()  # opened from the Edit menu
    window.article_properties_dock = dock

    def opened() -> None:
        show_window_title(window)
        if dock.isVisible():
            panel.show_article(window.article_id, keep_typed=False)
        else:
            panel.article_id = None  # read when the panel is shown

    def visibility(visible: bool) -> None:
        if visible and panel.article_id != window.article_id:
            panel.show_article(window.article_id, keep_typed=False)

    def show_panel() -> None:
        dock.show()
        dock.raise_()
        panel.show_article(window.article_id)
        panel.fields["title"].setFocus()

    window.article.opened.connect(opened)
    dock.visibilityChanged.connect(visibility)
    window.live.articlesChanged.connect(panel.changed_elsewhere)
    window.edit_menu.addSeparator()
    window.actions.add(
        window.edit_menu,
        QCoreApplication.translate("ArticleProperties", "Article properties…"),
        show_panel,
        ["Alt+Return"],
        name="articleProperties",
    )
    show_window_title(window)
