"""MainWindow: article list, reader, claim inspector and claims table, wired to one controller.

Widgets never touch storage: reads go through ``Desk`` query methods, every edit through
``EditController`` (one QUndoStack), and ``claimChanged`` refreshes only what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.export import write_csv_report
from factcheck.export.jsonld import write_annotations, write_claimreview
from factcheck.export.research import RESEARCH_FILES, write_research
from factcheck.gui.article_filter import FoldedFilterProxy
from factcheck.gui.i18n import describe_error, describe_refusal, fill, isolate_ltr
from factcheck.gui.qt_controller import EditController
from factcheck.gui.qt_import import ImportWorker
from factcheck.gui.qt_inspector import ClaimInspector
from factcheck.gui.qt_models import (
    ID_ROLE,
    ArticleListModel,
    ClaimTableModel,
    DirectionalDelegate,
)
from factcheck.gui.qt_reader import ArticleReader, status_key_of
from factcheck.gui.qt_search import SearchPanel
from factcheck.gui.settings import AppSettings
from factcheck.model import (
    Claim,
    FactcheckError,
    NotFound,
    StoreError,
    StoreReplaced,
    validate_source_url,
)
from factcheck.services import Desk

_KEEP = object()  # _pending_select: leave the panels' selection as it is


def _with_suffix(path: str, suffix: str) -> tuple[str, bool]:
    """A saved file's name with its type's suffix if it was typed without one, and whether
    replacing it was asked (the file dialog asked only about the name as typed)."""
    if Path(path).suffix:
        return path, True
    return path + suffix, False


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
        from PySide6.QtWidgets import QComboBox

        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("العربية", "ar")
        self.language.setCurrentIndex(1 if settings.language == "ar" else 0)
        form.addRow(self.tr("Language (after restart)"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class MainWindow(QMainWindow):
    FIRST_SCREEN_CHARS = ArticleReader.FIRST_SCREEN_CHARS  # claims past it: after first paint
    LOCK_HEARTBEAT_MS = 30_000

    def __init__(self, desk: Desk, settings: AppSettings, *, read_only_reason: str = ""):
        super().__init__()
        self.setObjectName("MainWindow")
        self.desk = desk
        self.settings = settings
        self.arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.controller = EditController(desk, self)
        self.controller.claimChanged.connect(self._on_claim_changed)
        self.controller.failed.connect(self.show_error)
        self.controller.refused.connect(self._edit_refused)
        self.article_id: int | None = None
        self._import_worker: ImportWorker | None = None
        self.last_import: list = []
        self.statuses = desk.statuses()
        self._suggestions: dict[tuple, list] = {}
        self._refreshing = False
        self._filtering = False
        self._pending_claims: int | None = None  # article whose first screen only is loaded
        self._claims_timer = QTimer(self, singleShot=True, interval=0)
        self._claims_timer.timeout.connect(self._ensure_claims)
        self._links_timer = QTimer(self, singleShot=True, interval=0)
        self._links_timer.timeout.connect(self._fill_links)
        # After an edit the reader's highlight is painted first; the claims table, the
        # article's counts and the inspector follow right after (benchmark: edits).
        self._pending_panels: dict[int, Claim | None] = {}  # None: the claim is gone
        self._pending_select: object = _KEEP  # a claim id, None, or _KEEP
        self._panels_timer = QTimer(self, singleShot=True, interval=0)
        self._panels_timer.timeout.connect(self._flush_panels)

        self.setWindowTitle(fill(self.tr("factcheck — %1"), desk.store.where))
        self.setAcceptDrops(True)
        self.resize(1400, 860)

        # Centre: the reader.
        self.reader = ArticleReader()
        self.setCentralWidget(self.reader)
        self.reader.markRequested.connect(self.mark_span)
        self.reader.unmarkRequested.connect(self.unmark_claim)
        self.reader.claimActivated.connect(self._claim_activated_in_reader)
        self.reader.claimDeselected.connect(self._claim_deselected_in_reader)
        self.reader.statusKeyPressed.connect(self.status_key)

        # Left: article list with a filter box.
        self.article_model = ArticleListModel(self)
        self.article_proxy = FoldedFilterProxy(self)  # folds as search does
        self.article_proxy.setSourceModel(self.article_model)
        self.article_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.article_proxy.setFilterKeyColumn(-1)
        self.article_filter = QLineEdit()
        self.article_filter.setObjectName("articleFilter")
        self.article_filter.setPlaceholderText(self.tr("Filter articles"))
        self.article_filter.setClearButtonEnabled(True)
        self.article_filter.textChanged.connect(self._filter_articles)
        self.article_view = QTableView()
        self.article_view.setObjectName("articleList")
        self.article_view.setModel(self.article_proxy)
        self._setup_table(self.article_view, stretch_column=0)
        for column, width in ((1, 80), (2, 55), (3, 60)):
            self.article_view.setColumnWidth(column, width)
        self.article_view.selectionModel().currentRowChanged.connect(self._article_row_changed)
        articles_box = QWidget()
        left_layout = QVBoxLayout(articles_box)
        left_layout.setContentsMargins(2, 2, 2, 2)
        left_layout.addWidget(self.article_filter)
        left_layout.addWidget(self.article_view)
        self.search = SearchPanel(desk)
        self.search.hitActivated.connect(self.open_search_hit)
        self.search.cleared.connect(lambda: self.reader.set_search_hits([]))
        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("articlesAndSearch")
        left.addWidget(articles_box)
        left.addWidget(self.search)
        left.setSizes([420, 300])
        # Reading order: the list at the start edge, the inspector at the end (mirrored in Arabic).
        start_area, end_area = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.arabic:
            start_area, end_area = end_area, start_area
        self.articles_dock = self._dock(self.tr("Articles"), left, start_area)

        # Right: the claim inspector.
        self.inspector = ClaimInspector()
        self.inspector.set_language(self.arabic)
        self.inspector.set_statuses(self.statuses)
        self.inspector.statusChosen.connect(self._inspector_status)
        self.inspector.noteEdited.connect(self._inspector_note)
        self.inspector.sourceAdded.connect(self._inspector_add_source)
        self.inspector.sourceEdited.connect(self._inspector_edit_source)
        self.inspector.sourceRemoved.connect(self._inspector_remove_source)
        self.inspector.openUrl.connect(self.open_url)
        self.inspector.linkRequested.connect(self._inspector_link)
        self.inspector.unlinkRequested.connect(self._inspector_unlink)
        self.inspector.stanceChosen.connect(self._inspector_stance)
        self.inspector.openClaim.connect(self.open_claim)
        # In a scroll area: a long quote or history scrolls inside the dock instead of
        # growing it, so selecting a claim never resizes the reader or squeezes the claims
        # table (and never relays out the whole window: measured in the benchmark).
        inspector_scroll = QScrollArea()
        inspector_scroll.setWidgetResizable(True)
        inspector_scroll.setFrameShape(QFrame.Shape.NoFrame)
        inspector_scroll.setWidget(self.inspector)
        self.inspector_dock = self._dock(
            self.tr("Claim"), inspector_scroll, end_area, name="dock_ClaimInspector"
        )

        # Bottom: claims of the open article.
        self.claim_model = ClaimTableModel(self)
        self.claim_model.set_language(self.arabic)
        self.claim_view = QTableView()
        self.claim_view.setObjectName("claimTable")
        self.claim_view.setModel(self.claim_model)
        self._setup_table(self.claim_view, stretch_column=2)
        self.claim_view.setColumnWidth(0, 150)
        self.claim_view.setColumnWidth(1, 70)
        self.claim_view.selectionModel().currentRowChanged.connect(self._claim_row_changed)
        self.claim_view.installEventFilter(self)  # status keys and Delete there too
        self.claims_dock = self._dock(
            self.tr("Claims"), self.claim_view, Qt.DockWidgetArea.BottomDockWidgetArea
        )

        self.resizeDocks([self.articles_dock, self.inspector_dock], [280, 440], Qt.Orientation.Horizontal)
        self.resizeDocks([self.claims_dock], [170], Qt.Orientation.Vertical)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.banner)
        self._build_actions()
        self._zoom = max(self.ZOOM_STEPS[0], min(self.ZOOM_STEPS[1], settings.zoom))
        self.reader.zoom(self._zoom)

        self.read_only_reason = read_only_reason
        if read_only_reason or desk.store.read_only:
            self.banner.setText(self.tr("Read-only"))
            self.statusBar().showMessage(read_only_reason or self.tr("Read-only database"))
        else:
            self._heartbeat = QTimer(self, interval=self.LOCK_HEARTBEAT_MS)
            self._heartbeat.timeout.connect(self._refresh_lock)
            self._heartbeat.start()
        self.reload_articles()

    # -- construction helpers ---------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area, name: str = "") -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name or f"dock_{widget.objectName() or title}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    @staticmethod
    def _setup_table(view: QTableView, stretch_column: int) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setItemDelegateForColumn(stretch_column, DirectionalDelegate(view))
        # Fixed widths: ResizeToContents would measure every row (slow with 10,000 rows).
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(90)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _action(self, menu, text: str, slot, keys=(), *, name: str = "", reader_only=False) -> QAction:
        """A menu action; ``reader_only`` keys (Space, digits…) act only while the reader has focus."""
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        if reader_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.reader.addAction(action)
        else:
            self.addAction(action)
        self._all_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self._all_actions: list[QAction] = []
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Import files…"), self.import_files_dialog, ["Ctrl+O"], name="importFiles")
        self._action(file_menu, self.tr("Import folder…"), self.import_folder_dialog, ["Ctrl+Shift+O"], name="importFolder")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Settings…"), self.settings_dialog, name="settings")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, [QKeySequence.StandardKey.Quit], name="quit")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        stack = self.controller.undo_stack
        undo = stack.createUndoAction(self)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("redo")
        for action in (undo, redo):
            edit_menu.addAction(action)
            self.addAction(action)
            self._all_actions.append(action)

        claim_menu = bar.addMenu(self.tr("&Claim"))
        self._action(claim_menu, self.tr("Mark sentence or selection as claim"), self.reader.request_mark, ["Space", "Return"], name="mark", reader_only=True)
        self._action(claim_menu, self.tr("Unmark selected claim"), self._unmark_selected, ["Delete", "Backspace"], name="unmark", reader_only=True)
        claim_menu.addSeparator()
        self._action(claim_menu, self.tr("Next sentence"), lambda: self.reader.step_sentence(1), ["Alt+Down"], name="nextSentence")
        self._action(claim_menu, self.tr("Previous sentence"), lambda: self.reader.step_sentence(-1), ["Alt+Up"], name="prevSentence")
        self._action(claim_menu, self.tr("Next claim"), lambda: self._step_claim(1), ["Alt+PgDown", "Ctrl+]"], name="nextClaim")
        self._action(claim_menu, self.tr("Previous claim"), lambda: self._step_claim(-1), ["Alt+PgUp", "Ctrl+["], name="prevClaim")
        claim_menu.addSeparator()
        self._action(claim_menu, self.tr("Focus source field"), self.inspector.focus_source_field, ["Ctrl+L"], name="focusSource")
        self._action(claim_menu, self.tr("Focus note"), self.inspector.focus_note, ["Ctrl+Shift+N"], name="focusNote")
        self._action(claim_menu, self.tr("Back to the reader"), lambda: self.reader.setFocus(), ["Esc"], name="focusReader")
        # Only in the suggestion list: Ctrl+Enter typed in the reader, the note or a source
        # field must never link (a link gives the claim another claim's verdict).
        link = self._action(claim_menu, self.tr("Link to the chosen suggestion (in the suggestion list)"), self.inspector.accept_suggestion, ["Ctrl+Return", "Ctrl+Enter"], name="linkSuggestion")
        self.removeAction(link)
        link.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.inspector.suggestions.addAction(link)
        self._action(claim_menu, self.tr("Search all articles"), self.search.focus, ["Ctrl+F"], name="search")
        status_menu = claim_menu.addMenu(self.tr("Set status"))
        self.status_actions = []
        for st in self.statuses:
            label = st.label_ar if self.arabic else st.label_en
            action = QAction(f"{label}", self)
            action.setData(st.id)
            action.setShortcut(QKeySequence(st.key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, sid=st.id: self.apply_status(sid))
            status_menu.addAction(action)
            self.reader.addAction(action)
            self.status_actions.append(action)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("Next article"), lambda: self._step_article(1), ["Ctrl+PgDown"], name="nextArticle")
        self._action(view_menu, self.tr("Previous article"), lambda: self._step_article(-1), ["Ctrl+PgUp"], name="prevArticle")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Zoom in"), lambda: self.zoom(1), ["Ctrl+=", "Ctrl++"], name="zoomIn")
        self._action(view_menu, self.tr("Zoom out"), lambda: self.zoom(-1), ["Ctrl+-"], name="zoomOut")
        self._action(view_menu, self.tr("Reset zoom"), lambda: self.zoom(0), ["Ctrl+0"], name="zoomReset")

        export_menu = bar.addMenu(self.tr("E&xport"))
        self._action(export_menu, self.tr("Verdict report (CSV), all articles…"), lambda: self.export_csv_dialog(False), ["Ctrl+E"], name="exportCsvAll")
        self._action(export_menu, self.tr("Verdict report (CSV), this article…"), lambda: self.export_csv_dialog(True), ["Ctrl+Shift+E"], name="exportCsvArticle")

        export_menu.addSeparator()
        self._action(export_menu, self.tr("ClaimReview JSON-LD…"), lambda: self.export_dialog("claimreview"), name="exportClaimReview")
        self._action(export_menu, self.tr("Web Annotations JSON-LD…"), lambda: self.export_dialog("annotations"), name="exportAnnotations")
        self._action(export_menu, self.tr("Research data (stance pairs, check-worthiness)…"), lambda: self.export_dialog("research"), name="exportResearch")

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
        ShortcutsDialog(self.shortcut_rows(), self).exec()

    # -- articles ---------------------------------------------------------------------------
    def reload_articles(self) -> None:
        current = self.article_id
        self.article_model.set_articles(self.desk.articles())
        if current is not None and self.article_model.row_of(current) >= 0:
            self._select_article_row(current)

    def _select_article_row(self, article_id: int) -> None:
        row = self.article_model.row_of(article_id)
        if row < 0:
            return
        index = self.article_proxy.mapFromSource(self.article_model.index(row, 0))
        view = self.article_view
        view.selectionModel().blockSignals(True)
        view.setCurrentIndex(index)
        view.selectionModel().blockSignals(False)
        view.scrollTo(index)

    def _filter_articles(self, text: str) -> None:
        """Filter the list; the open article stays open (and selected, if it is listed)."""
        self._filtering = True  # rows moving under the filter are not the editor's choice
        try:
            self.article_proxy.setFilterFixedString(text)
        finally:
            self._filtering = False
        if self.article_id is not None:
            self._select_article_row(self.article_id)

    def _article_row_changed(self, current, _previous) -> None:
        if self._filtering:
            return
        if current.isValid():
            article_id = self.article_proxy.data(current, ID_ROLE)
            if article_id != self.article_id:
                self.open_article(article_id)

    def _step_article(self, delta: int) -> None:
        rows = self.article_proxy.rowCount()
        if not rows:
            return
        current = -1  # the open article's row in the (filtered) list
        if self.article_id is not None and self.article_model.row_of(self.article_id) >= 0:
            source = self.article_model.index(self.article_model.row_of(self.article_id), 0)
            current = self.article_proxy.mapFromSource(source).row()
        if current < 0:  # not listed: from the list's start (or end, going back)
            current = -1 if delta > 0 else rows
        target = max(0, min(rows - 1, current + delta))
        self.article_view.setCurrentIndex(self.article_proxy.index(target, 0))

    def open_article(self, article_id: int) -> bool:
        self._before_intent()  # a typed note is saved, and shown, where it was typed
        self._flush_panels()
        try:
            article = self.desk.article(article_id)
        except (NotFound, StoreError) as exc:  # StoreError: e.g. its text damaged
            self.show_error(describe_error(exc))
            return False
        self.article_id = article.id
        # A long article paints its first screen first: the claims that start there are
        # enough for it (the view opens at the top); the rest, the claims table and the
        # "also in" markers follow right after the first paint (measured in the benchmark). Every claim intent
        # loads the rest first (_ensure_claims), so nothing ever acts on a partial list.
        staged = len(article.text) > self.FIRST_SCREEN_CHARS
        claims = self.desk.claims(
            article.id, starting_before=self.FIRST_SCREEN_CHARS if staged else None
        )
        self.reader.show_article(
            article.text, self.desk.sentences(article.id, article.text), claims, self.statuses
        )
        if staged:
            # The claims table and the article list's row follow with the rest of the claims
            # (one frame later): the reader's first paint is what the editor waits for.
            self._pending_claims = article.id
            self._claims_timer.start()
        else:
            self._pending_claims = None
            self._show_all_claims(claims)
            self._select_article_row(article.id)
        self.inspector.show_claim(None)
        self.settings.set_last_article(self.desk.store.url, article.id)
        self._report_settings_problem()
        if article.bidi_controls:
            self.statusBar().showMessage(
                self.tr("This article holds %n hidden bidi control character(s), shown as ◆.", "", article.bidi_controls)
            )
        self.reader.setFocus()
        return True

    def _show_all_claims(self, claims: list) -> None:
        self.controller.remember(claims)
        self.claim_model.set_claims(claims, self.statuses)
        self.reader.set_link_counts(self.desk.link_counts(self.article_id, claims))

    def _ensure_claims(self) -> None:
        """Load the rest of a long article's claims if its first screen is all that is shown,
        and bring the panels up to the last edit."""
        self._flush_panels()
        if self._pending_claims is None:
            return
        self._pending_claims = None
        self._claims_timer.stop()
        if self.article_id is None:
            return
        try:
            claims = self.desk.claims(self.article_id)
        except FactcheckError as exc:
            self.claim_model.set_claims([], self.statuses)
            self.show_error(describe_error(exc))
            return
        self.reader.set_claims(claims)
        self._show_all_claims(claims)
        self._select_article_row(self.article_id)

    def open_initial_article(self, article_id: int | None = None) -> None:
        """``--article``, else the last article read in this database, else the first."""
        candidates = [article_id, self.settings.last_article(self.desk.store.url)]
        for candidate in candidates:
            if candidate is not None and self.article_model.row_of(candidate) >= 0:
                self.open_article(candidate)
                return
        if article_id is not None:
            self.show_error(fill(self.tr("There is no article %1."), article_id))
        if self.article_model.rowCount():
            self.open_article(self.article_model.article_at(0).id)

    # -- claims -----------------------------------------------------------------------------
    def current_claim(self):
        self._ensure_claims()
        return self.reader.claim_by_id(self.reader.selected_claim_id)

    def _before_intent(self) -> None:
        """An editor's action starts by saving the note being typed, to the claim it was
        typed for. (Opening an article and selecting a claim also run inside an edit's
        refresh; a note saved there is queued by the controller after that edit.)"""
        self.inspector.commit_note()

    def mark_span(self, start: int, end: int, status_id: str | None = None):
        self._before_intent()
        if self.article_id is None:
            return None
        self._ensure_claims()
        existing = self.reader.claim_with_span(start, end)
        if existing is not None:
            self.select_claim(existing.id)
            if status_id:
                self.controller.set_status(existing, status_id)
            return existing
        claim = self.controller.mark(self.article_id, start, end, status_id)
        if claim is not None and self.reader.selected_claim_id != claim.id:
            self.select_claim(claim.id)  # _on_claim_changed has selected it already
        return claim

    def unmark_claim(self, claim_id: int) -> None:
        self._before_intent()
        self._ensure_claims()
        claim = self.reader.claim_by_id(claim_id)
        if claim is not None:
            self.controller.unmark(claim)

    def _unmark_selected(self) -> None:
        if self.reader.selected_claim_id is not None:
            self.unmark_claim(self.reader.selected_claim_id)

    def status_key(self, key: str) -> None:
        status = next((s for s in self.statuses if s.key == key), None)
        if status is not None:
            self.apply_status(status.id)

    def apply_status(self, status_id: str) -> None:
        """Set the selected claim's status; with none selected, mark the sentence with it."""
        self._before_intent()
        claim = self.current_claim()
        if claim is not None:
            self.controller.set_status(claim, status_id)
            return
        span = self.reader.selected_span()
        if span is None and self.reader.current_sentence is not None:
            span = (self.reader.current_sentence.start, self.reader.current_sentence.end)
        if span is not None:
            self.mark_span(*span, status_id=status_id)

    def _step_claim(self, delta: int) -> None:
        self._before_intent()
        self._ensure_claims()
        claim_id = self.reader.step_claim(delta)
        if claim_id is not None:
            self.select_claim(claim_id)

    def select_claim(self, claim_id: int | None) -> None:
        """Select a claim everywhere: reader highlight, table row, inspector."""
        self._before_intent()  # first: saving it selects its claim, then this choice wins
        self._pending_select = _KEEP  # this choice replaces the one an edit left pending
        self._ensure_claims()
        claim = self.reader.claim_by_id(claim_id) if claim_id is not None else None
        if claim is not None and not 0 <= claim.start < claim.end <= len(self.reader.text):
            # A damaged row (offsets past the article's text): refused alone, with a message.
            self.show_error(
                fill(
                    self.tr("Claim %1 is damaged: its position lies outside the article's "
                            "text. Other claims can still be used."),
                    claim_id,
                )
            )
            claim_id = None
        self.reader.select_claim(claim_id)
        row = self.claim_model.row_of(claim_id) if claim_id is not None else -1
        selection = self.claim_view.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.claim_view.setCurrentIndex(self.claim_model.index(row, 0))
            self.claim_view.scrollTo(self.claim_model.index(row, 0))
        else:  # no current row either: choosing the same row again selects it again
            self.claim_view.setCurrentIndex(QModelIndex())
            self.claim_view.clearSelection()
        selection.blockSignals(False)
        self.claim_view.viewport().update()  # blocked signals did not tell the view to repaint
        self._show_in_inspector(claim_id)

    def _show_in_inspector(self, claim_id: int | None) -> None:
        claim = self.reader.claim_by_id(claim_id)
        if claim is None:
            self.inspector.show_claim(None)
            return
        self.inspector.show_claim(claim, history=None)
        # History, "also in" and suggestions come right after the repaint: not on the edit
        # path (measured in the benchmark), and a claim that is only passed over costs no query.
        self._links_timer.start()

    def _fill_links(self) -> None:
        """History, "also in" and suggestions for the inspector's claim (suggestions cached per span)."""
        claim = self.inspector.claim
        if claim is None:
            return
        try:
            self.inspector.show_history(self.desk.history(claim.id))
            group = self.desk.appearances(claim.id)
            key = (claim.id, claim.start, claim.end, claim.linked_to, len(group))
            suggestions = self._suggestions.get(key)
            if suggestions is None:
                suggestions = []
                if len(group) <= 1:  # as `factcheck suggest` lists them
                    suggestions = self.desk.suggest_for_claim(claim.id)
                self._suggestions[key] = suggestions
        except FactcheckError as exc:
            self.statusBar().showMessage(describe_error(exc), 8000)
            return
        self.inspector.show_links(group, suggestions, self.article_titles())

    def article_titles(self) -> dict[int, str]:
        return self.article_model.titles()

    def _claim_activated_in_reader(self, claim_id: int) -> None:
        self.select_claim(claim_id)

    def _claim_deselected_in_reader(self) -> None:
        self.select_claim(None)

    def eventFilter(self, watched, event) -> bool:
        """In the claims table, where an editor also picks a claim, the status keys and
        Delete act on the selected claim as in the reader."""
        if watched is self.claim_view and event.type() == QEvent.Type.KeyPress:
            key = status_key_of(event)
            if key is not None:
                if self.reader.selected_claim_id is not None:  # never marks from the table
                    self.status_key(key)
                return True
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._unmark_selected()
                return True
        return super().eventFilter(watched, event)

    def _claim_row_changed(self, current, _previous) -> None:
        if self._refreshing:
            return  # rows moving under a refresh are not the editor's choice
        if current.isValid():
            self.select_claim(self.claim_model.claim_at(current.row()).id)

    def _on_claim_changed(self, article_id: int, claim_id: int) -> None:
        """Refresh only what an edit touched: one claim of the open article."""
        self._refreshing = True
        try:
            self._refresh_after_change(article_id, claim_id)
        finally:
            self._refreshing = False

    def _refresh_after_change(self, article_id: int, claim_id: int) -> None:
        self._ensure_claims()
        if article_id != self.article_id:
            # Undo/redo of an edit made in another article: show it where it happened.
            self.reload_articles()
            if self.open_article(article_id):
                self.select_claim(claim_id if self.reader.claim_by_id(claim_id) else None)
            return
        if self.reader.claim_by_id(claim_id) is None:
            self._suggestions.clear()  # a claim was added: it may be a new suggestion
        written = self.controller.last_written  # just written by the controller: no read-back
        try:
            changed = written if written is not None and written.id == claim_id else self.desk.claim(claim_id)
            self.controller.remember([changed])
        except NotFound:
            changed = None
            self._suggestions.clear()
        if (changed is not None and changed.linked_to is not None) or self.reader.shares_group(claim_id):
            # A group shares one verdict: its other appearances here changed too.
            self._reload_claims(changed.id if changed else None)
            return
        # One claim changed: update it in place everywhere, no sort and no reset (measured in the benchmark).
        # The reader now (select_claim redraws the highlights when it selects another
        # claim); the table, the counts and the inspector right after its paint.
        selects_another = changed is not None and self.reader.selected_claim_id != changed.id
        self.reader.update_claim(claim_id, changed, refresh=not selects_another)
        self._pending_panels[claim_id] = changed
        if changed is not None:
            self.reader.select_claim(changed.id)
            self._pending_select = changed.id
        elif self.inspector.claim is not None and self.inspector.claim.id == claim_id:
            self._pending_select = None
        self._panels_timer.start()

    def _edit_refused(self, stale: bool) -> None:
        """After a refused edit, show what is stored: no widget may keep the refused value
        (a status in the box, a typed note). ``stale``: read the open article's claims
        again (changed or deleted elsewhere), keeping the selection and the scroll."""
        if self.desk.store.read_only:  # e.g. its file was deleted under the window
            self.banner.setText(self.tr("Read-only"))
        if not stale or self.article_id is None:
            claim = self.inspector.claim
            self._show_in_inspector(claim.id if claim is not None else None)
            return
        try:
            self._reload_claims(self.reader.selected_claim_id)
        except FactcheckError as exc:
            self.statusBar().showMessage(describe_error(exc), 10000)

    def _flush_panels(self) -> None:
        """Apply the edits the reader already shows to the claims table, the article's
        counts and the inspector (and select there what the edit selected)."""
        if not self._pending_panels:
            return
        self._panels_timer.stop()
        pending, self._pending_panels = self._pending_panels, {}
        select, self._pending_select = self._pending_select, _KEEP
        refreshing, self._refreshing = self._refreshing, True
        try:
            for claim_id, changed in pending.items():
                self.claim_model.update_claim(claim_id, changed)
            if self.article_id is not None:
                self.article_model.update_counts(
                    self.article_id, self.reader.claims, self.desk.default_status_id
                )
        finally:
            self._refreshing = refreshing
        if select is not _KEEP:
            self.select_claim(select)

    def _reload_claims(self, select_id: int | None) -> None:
        self._pending_panels.clear()  # every panel is refilled below
        self._pending_select = _KEEP
        self._pending_claims = None
        claims = self.desk.claims(self.article_id)
        self.controller.remember(claims)
        self.reader.set_claims(claims)
        self.claim_model.set_claims(claims, self.statuses)
        self.article_model.update_counts(self.article_id, claims, self.desk.default_status_id)
        self.reader.set_link_counts(self.desk.link_counts(self.article_id, claims))
        self.select_claim(select_id)

    def open_claim(self, article_id: int, claim_id: int) -> None:
        """Open an article and select one of its claims (from "also in")."""
        if article_id != self.article_id and not self.open_article(article_id):
            return
        self.select_claim(claim_id)

    def open_search_hit(self, hit) -> None:
        """Open a search result with every match of its sentence highlighted."""
        if hit.article_id != self.article_id and not self.open_article(hit.article_id):
            return
        self.reader.set_search_hits(list(hit.matches) or [(hit.start, hit.end)])
        self.reader.go_to_position(hit.start)
        if hit.claim_id is not None:
            self.select_claim(hit.claim_id)

    # -- inspector intents ------------------------------------------------------------------
    def _inspector_status(self, status_id: str) -> None:
        self._before_intent()
        claim = self.current_claim()
        if claim is not None:
            self.controller.set_status(claim, status_id)

    def _inspector_note(self, note: str) -> None:
        claim = self.inspector.claim
        if claim is not None:
            self.controller.set_note(claim, note)

    def _inspector_add_source(self, source) -> None:
        self._before_intent()
        claim = self.inspector.claim
        if claim is not None and self.controller.add_source(claim, source):
            self.inspector.clear_source_fields()

    def _inspector_edit_source(self, source_id: int, new) -> None:
        self._before_intent()
        claim = self.inspector.claim
        source = next((s for s in claim.sources if s.id == source_id), None) if claim else None
        if source is not None:
            self.controller.edit_source(claim, source, new)

    def _inspector_remove_source(self, source_id: int) -> None:
        self._before_intent()
        claim = self.inspector.claim
        source = next((s for s in claim.sources if s.id == source_id), None) if claim else None
        if source is not None:
            self.controller.remove_source(claim, source)

    def _inspector_link(self, to_claim_id: int, stance: str) -> None:
        self._before_intent()
        claim = self.inspector.claim
        if claim is None:
            return
        try:
            found = self.desk.link_disagreement(claim.id, to_claim_id)
        except FactcheckError as exc:
            self.show_error(describe_error(exc))
            return
        keep = None
        if found is not None:
            keep = self.ask_what_link_keeps(found)
            if keep is None:
                return  # cancelled: both claims stay as they are
        self.controller.link(claim, to_claim_id, stance, keep)

    def _status_name(self, status_id: str) -> str:
        st = next((s for s in self.statuses if s.id == status_id), None)
        if st is None:
            return status_id
        return st.label_ar if self.arabic else st.label_en

    def ask_what_link_keeps(self, found) -> str | None:
        """Two claims about to share one verdict disagree: "this" (the claim shown, being
        linked) or "other" (the claim it joins) keeps its verdict; None when cancelled."""
        lines = [
            self.tr("These claims disagree. Linked, they share one verdict."),
            "",
            fill(self.tr("This claim's verdict: %1"), self._status_name(found.this_status)),
            fill(self.tr("The other claim's verdict: %1"), self._status_name(found.other_status)),
        ]
        if found.both_notes:
            lines.append(self.tr("Both have notes: both are kept, one after the other."))
        if found.both_sources:
            lines.append(self.tr("Both have sources: all are kept, each address once."))
        lines += ["", self.tr("Which verdict should the linked claims keep?")]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Link claims"), "\n".join(lines), parent=self)
        box.setObjectName("linkConflictDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        answers = {}
        for name, text, role in (
            ("keepThis", self.tr("Keep this claim's verdict"), QMessageBox.ButtonRole.AcceptRole),
            ("keepOther", self.tr("Keep the other claim's verdict"), QMessageBox.ButtonRole.AcceptRole),
            ("cancelLink", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
        ):
            button = box.addButton(text, role)
            button.setObjectName(name)
            answers[name] = button
        box.setDefaultButton(answers["cancelLink"])
        box.setEscapeButton(answers["cancelLink"])
        box.exec()
        clicked = box.clickedButton()
        if clicked is answers["keepThis"]:
            return "this"
        if clicked is answers["keepOther"]:
            return "other"
        return None

    def _inspector_unlink(self) -> None:
        self._before_intent()
        claim = self.inspector.claim
        if claim is not None:
            self.controller.unlink(claim)

    def _inspector_stance(self, stance: str) -> None:
        self._before_intent()
        claim = self.inspector.claim
        if claim is not None:
            self.controller.set_stance(claim, stance)

    def open_url(self, url: str) -> None:
        """Open a source in the browser, only if it is still an acceptable http(s) link."""
        try:
            QDesktopServices.openUrl(QUrl(validate_source_url(url), QUrl.ParsingMode.StrictMode))
        except FactcheckError as exc:
            self.show_error(describe_error(exc))

    # -- import -----------------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), "", self.tr("Articles (*.txt *.html *.htm *.mhtml *.docx *.pdf);;All files (*)")
        )
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> ImportWorker | None:
        """Import off the GUI thread with a cancellable progress dialog and a summary."""
        if self.desk.store.read_only:
            self.show_error(self.tr("This database is open read-only; nothing was imported."))
            return None
        if self._import_worker is not None:
            return None
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("importProgress")
        label = QLabel(self.tr("Importing…"))  # shows file names: text, never HTML
        label.setTextFormat(Qt.TextFormat.PlainText)
        progress.setLabel(label)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)  # starts its clock: shown if the import is still running at 300 ms
        worker = ImportWorker(self.desk, list(paths), self)
        self._import_worker = worker
        progress.canceled.connect(worker.cancel)

        def on_progress(done: int, total: int, outcome) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(Path(outcome.path).name)

        def close_progress() -> None:
            # Closing a progress dialog emits ``canceled``, as if Cancel had been pressed.
            progress.canceled.disconnect(worker.cancel)
            progress.close()

        def finish(outcomes: list) -> None:
            close_progress()
            self._import_worker = None
            self.last_import = outcomes
            self.reload_articles()
            if self.article_id is None:
                self.open_initial_article()
            self._import_summary(outcomes, cancelled=worker.cancelled)

        def crashed(message: str) -> None:
            close_progress()
            self._import_worker = None
            self.reload_articles()
            self.show_error(message)

        worker.progressed.connect(on_progress)
        worker.done.connect(finish)
        worker.crashed.connect(crashed)
        worker.start()
        return worker

    def _import_summary(self, outcomes: list, cancelled: bool) -> None:
        imported = [o for o in outcomes if o.outcome == "imported"]
        skipped = [o for o in outcomes if o.outcome == "duplicate"]
        refused = [o for o in outcomes if o.outcome == "refused"]
        lines = [
            fill(self.tr("Imported: %1"), len(imported)),
            fill(self.tr("Already present (skipped): %1"), len(skipped)),
            fill(self.tr("Refused: %1"), len(refused)),
        ]
        if cancelled:
            lines.append(self.tr("The import was cancelled; files not reached were not imported."))
        warned = [o for o in imported if o.bidi_controls]
        for o in warned[:10]:
            lines.append(
                fill(self.tr("%1 holds %n hidden bidi control(s).", "", o.bidi_controls), Path(o.path).name)
            )
        if self.arabic:  # a right-to-left line (RLM) with the path kept in order inside it
            details = "\n".join(
                f"\u200f{isolate_ltr(o.path)}: {describe_refusal(o)}" for o in refused[:200]
            )
        else:
            details = "\n".join(f"{o.path}: {o.reason}" for o in refused[:200])
        box = QMessageBox(self)
        box.setObjectName("importSummary")
        box.setIcon(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(lines))
        if details:
            box.setDetailedText(details)
        box.setModal(False)
        box.show()
        self.import_summary_box = box

    def dragEnterEvent(self, event) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):  # files, not web links
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        if self._import_worker is not None:  # one import at a time: say so, never drop silently
            self.statusBar().showMessage(
                self.tr("An import is running; drop these files again when it has finished."), 10000
            )
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # -- export -----------------------------------------------------------------------------
    def export_csv_dialog(self, this_article: bool) -> None:
        if this_article and self.article_id is None:
            self.show_error(self.tr("Open an article first."))
            return
        suggested = "verdicts.csv" if not this_article else f"verdicts-article-{self.article_id}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export verdict report"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:  # the file dialog has already asked before replacing an existing file
            path, asked = _with_suffix(path, ".csv")
            self.export_csv(path, this_article, overwrite=asked)

    def export_csv(self, path: str, this_article: bool = False, *, overwrite: bool = False) -> int | None:
        """The CSV verdict report; returns the number of claims written (None if refused)."""
        return self.export("csv", path, overwrite=overwrite, this_article=this_article)

    def export_dialog(self, kind: str) -> None:
        """ClaimReview / Web Annotation JSON-LD to a file, research data into a folder."""
        if kind == "research":
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the research export"))
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), f"{kind}.jsonld", self.tr("JSON-LD files (*.jsonld *.json)")
            )
        if not path:
            return
        overwrite = kind != "research"  # the file dialog already asked before replacing a file
        if kind != "research":
            path, overwrite = _with_suffix(path, ".jsonld")
        try:  # only the export's own files would be replaced: ask about them
            occupied = kind == "research" and any((Path(path) / name).exists() for name in RESEARCH_FILES)
        except OSError:  # unreadable, or gone: the export itself says what is wrong
            occupied = False
        if occupied:
            answer = QMessageBox.question(
                self,
                self.tr("Export"),
                self.tr("Replace the research files already in this folder?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return  # "No" cancels the export
            overwrite = True
        self.export(kind, path, overwrite=overwrite)

    def export(self, kind: str, path: str, *, overwrite: bool = False, this_article: bool = False):
        writers = {
            "csv": write_csv_report,
            "claimreview": write_claimreview,
            "annotations": write_annotations,
            "research": write_research,
        }
        try:
            result = writers[kind](
                self.desk,
                path,
                article_id=self.article_id if this_article else None,
                overwrite=overwrite,
            )
        except FactcheckError as exc:
            self.show_error(describe_error(exc))
            return None
        self.statusBar().showMessage(fill(self.tr("Exported to %1"), path), 8000)
        return result

    # -- misc -------------------------------------------------------------------------------
    ZOOM_STEPS = (-8, 24)  # from the base size: readable at the smallest, one line at the largest

    def zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+- one step, 0 back to the base size; kept within ZOOM_STEPS (the
        saved level is the size shown, not the key presses beyond the limit)."""
        low, high = self.ZOOM_STEPS
        wanted = 0 if step == 0 else max(low, min(high, self._zoom + step))
        if step != 0 and wanted == self._zoom:
            return
        self.reader.zoom(0 if step == 0 else wanted - self._zoom)
        self._zoom = wanted
        self.settings.zoom = self._zoom
        self._report_settings_problem()

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.annotator.text().strip()
            if name:
                self.settings.annotator = name
                self.desk.annotator = name
            self.settings.language = dialog.language.currentData()
            self._report_settings_problem()

    def _report_settings_problem(self) -> None:
        """Say once per session that the settings file cannot be written (they are kept
        in memory meanwhile)."""
        problem = self.settings.take_save_problem()
        if not problem:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("factcheck"), problem, parent=self)
        box.setObjectName("settingsProblem")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the path is shown as it is
        box.setModal(False)
        box.show()
        self.settings_problem_box = box
        self.statusBar().showMessage(problem, 10000)

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("factcheck"), message, parent=self)
        box.setObjectName("errorDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self.error_box = box
        self.statusBar().showMessage(message, 10000)

    def _refresh_lock(self) -> None:
        try:
            taken_by = self.desk.refresh_edit_lock()
        except StoreReplaced as exc:  # the file was deleted under the window: say so now
            self._heartbeat.stop()
            self.banner.setText(self.tr("Read-only"))
            self.show_error(describe_error(exc))
            return
        except FactcheckError as exc:
            self.statusBar().showMessage(describe_error(exc), 10000)
            return
        if taken_by is not None:  # this window had stopped (asleep): the desk is read-only now
            self._heartbeat.stop()
            self.read_only_reason = fill(
                self.tr(
                    "Another instance (%1, process %2) took over editing this database while "
                    "this window was inactive; this window is read-only from now on. "
                    "Everything saved before is kept."
                ),
                *taken_by,
            )
            self.banner.setText(self.tr("Read-only"))
            self.show_error(self.read_only_reason)

    def closeEvent(self, event) -> None:
        self.inspector.commit_note()
        if self._import_worker is not None:
            self._import_worker.cancel()
            self._import_worker.wait(10000)
        self.settings.sync()
        super().closeEvent(event)
