"""WindowActions: the window's menus and keys (File, Edit, Claim, View, Export, Help), and
the list of shortcuts that Help shows, made from the actions themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from factcheck.gui.i18n import fill


class WindowActions(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self._all_actions: list[QAction] = []
        self.status_actions: list[QAction] = []

    def _action(self, menu, text: str, slot, keys=(), *, name: str = "", reader_only=False) -> QAction:
        """A menu action; ``reader_only`` keys (Space, digits…) act only while the reader has focus."""
        w = self.window
        action = QAction(text, w)
        if name:
            action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        if reader_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            w.reader.addAction(action)
        else:
            w.addAction(action)
        self._all_actions.append(action)
        return action

    def add(self, menu, text: str, slot, keys=(), *, name: str = "", reader_only=False) -> QAction:
        """An action in ``menu`` for a panel of its own (review, queue, dashboard)."""
        return self._action(menu, text, slot, keys, name=name, reader_only=reader_only)

    def build(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Import files…"), w.imports.files_dialog, ["Ctrl+O"], name="importFiles")
        self._action(file_menu, self.tr("Import folder…"), w.imports.folder_dialog, ["Ctrl+Shift+O"], name="importFolder")
        self._action(file_menu, self.tr("Import from address…"), w.addresses.dialog, name="importAddress")
        self._action(file_menu, self.tr("Connect to a shared desk…"), lambda: _connect_to_shared_desk(w), name="connectDesk")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Settings…"), w.settings_dialog, name="settings")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), w.close, [QKeySequence.StandardKey.Quit], name="quit")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        w.edit_menu = edit_menu  # article_properties adds to it
        stack = w.controller.undo_stack
        undo = stack.createUndoAction(w)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = stack.createRedoAction(w)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("redo")
        for action in (undo, redo):
            edit_menu.addAction(action)
            w.addAction(action)
            self._all_actions.append(action)

        claim_menu = bar.addMenu(self.tr("&Claim"))
        self._action(claim_menu, self.tr("Mark sentence or selection as claim"), w.reader.request_mark, ["Space", "Return"], name="mark", reader_only=True)
        self._action(claim_menu, self.tr("Unmark selected claim"), w._unmark_selected, ["Delete", "Backspace"], name="unmark", reader_only=True)
        claim_menu.addSeparator()
        self._action(claim_menu, self.tr("Next sentence"), lambda: w.reader.step_sentence(1), ["Alt+Down"], name="nextSentence")
        self._action(claim_menu, self.tr("Previous sentence"), lambda: w.reader.step_sentence(-1), ["Alt+Up"], name="prevSentence")
        self._action(claim_menu, self.tr("Next claim"), lambda: w._step_claim(1), ["Alt+PgDown", "Ctrl+]"], name="nextClaim")
        self._action(claim_menu, self.tr("Previous claim"), lambda: w._step_claim(-1), ["Alt+PgUp", "Ctrl+["], name="prevClaim")
        claim_menu.addSeparator()
        self._action(claim_menu, self.tr("Focus source field"), w.inspector.focus_source_field, ["Ctrl+L"], name="focusSource")
        self._action(claim_menu, self.tr("Focus note"), w.inspector.focus_note, ["Ctrl+Shift+N"], name="focusNote")
        self._action(claim_menu, self.tr("Back to the reader"), lambda: w.reader.setFocus(), ["Esc"], name="focusReader")
        # Only in the suggestion list: Ctrl+Enter typed in the reader, the note or a source
        # field must never link (a link gives the claim another claim's verdict).
        link = self._action(claim_menu, self.tr("Link to the chosen suggestion (in the suggestion list)"), w.inspector.accept_suggestion, ["Ctrl+Return", "Ctrl+Enter"], name="linkSuggestion")
        w.removeAction(link)
        link.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        w.inspector.suggestions.addAction(link)
        self._action(claim_menu, self.tr("Search all articles"), w.search.focus, ["Ctrl+F"], name="search")
        status_menu = claim_menu.addMenu(self.tr("Set status"))
        self.status_actions = []
        for st in w.statuses:
            label = st.label_ar if w.arabic else st.label_en
            action = QAction(f"{label}", w)
            action.setData(st.id)
            action.setShortcut(QKeySequence(st.key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, sid=st.id: w.apply_status(sid))
            status_menu.addAction(action)
            w.reader.addAction(action)
            self.status_actions.append(action)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("Next article"), lambda: w._step_article(1), ["Ctrl+PgDown"], name="nextArticle")
        self._action(view_menu, self.tr("Previous article"), lambda: w._step_article(-1), ["Ctrl+PgUp"], name="prevArticle")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Zoom in"), lambda: w.zoom(1), ["Ctrl+=", "Ctrl++"], name="zoomIn")
        self._action(view_menu, self.tr("Zoom out"), lambda: w.zoom(-1), ["Ctrl+-"], name="zoomOut")
        self._action(view_menu, self.tr("Reset zoom"), lambda: w.zoom(0), ["Ctrl+0"], name="zoomReset")

        export_menu = bar.addMenu(self.tr("E&xport"))
        self._action(export_menu, self.tr("Verdict report (CSV), all articles…"), lambda: w.export_csv_dialog(False), ["Ctrl+E"], name="exportCsvAll")
        self._action(export_menu, self.tr("Verdict report (CSV), this article…"), lambda: w.export_csv_dialog(True), ["Ctrl+Shift+E"], name="exportCsvArticle")
        self._action(export_menu, self.tr("Printable report (PDF)…"), lambda: w.export_dialog("pdf"), name="exportPdf")

        export_menu.addSeparator()
        self._action(export_menu, self.tr("ClaimReview JSON-LD…"), lambda: w.export_dialog("claimreview"), name="exportClaimReview")
        self._action(export_menu, self.tr("Web Annotations JSON-LD…"), lambda: w.export_dialog("annotations"), name="exportAnnotations")
        self._action(export_menu, self.tr("Research data (stance pairs, check-worthiness)…"), lambda: w.export_dialog("research"), name="exportResearch")

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, ["F1"], name="shortcuts")

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in self._all_actions:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys:
                rows.append((action.text().replace("&", ""), keys))
        for action in self.status_actions:
            rows.append(
                (
                    fill(self.tr("Status: %1"), action.text()),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        return rows

    def show_shortcuts(self) -> None:
        from factcheck.gui.dialogs import ShortcutsDialog  # imported when first shown

        ShortcutsDialog(self.shortcut_rows(), self.window).exec()


def _connect_to_shared_desk(window) -> None:
    # The connection dialog's module is imported when first used, not with the window.
    from factcheck.gui.qt_connect import connect_to_shared_desk

    connect_to_shared_desk(window)
