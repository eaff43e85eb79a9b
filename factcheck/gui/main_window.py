"""MainWindow: article list, reader, claim inspector and claims table, wired to one controller.

Widgets never touch storage: reads go through ``Desk`` query methods, every edit through
``EditController`` (one QUndoStack); its ``EditResult`` goes to the ``OpenArticle``, which
the reader, the claims table and the inspector follow.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck.desk import Desk
from factcheck.gui import article_properties, note_conflict, qt_aliases, window_care
from factcheck.gui import qt_desk_tools as desk_tools
from factcheck.gui.address_import import AddressImport
from factcheck.gui.article_filter import FoldedFilterProxy
from factcheck.gui.article_list import ArticleList
from factcheck.gui.claim_panels import ClaimPanels
from factcheck.gui.edit_result import EditResult
from factcheck.gui.export_flow import ExportFlow
from factcheck.gui.i18n import describe_error, fill, use_status_labels
from factcheck.gui.import_flow import ImportFlow
from factcheck.gui.open_article import OpenArticle
from factcheck.gui.qt_controller import EditController
from factcheck.gui.qt_inspector import ClaimInspector
from factcheck.gui.qt_live import LiveUpdates
from factcheck.gui.qt_models import (
    ID_ROLE,
    ArticleListModel,
    ClaimTableModel,
    DirectionalDelegate,
)
from factcheck.gui.qt_reader import ArticleReader, status_key_of
from factcheck.gui.qt_search import SearchPanel
from factcheck.gui.settings import AppSettings
from factcheck.gui.window_actions import WindowActions
from factcheck.model import (
    FactcheckError,
    NotFound,
    StoreError,
    StoreReplaced,
    https_form,
    validate_source_url,
)


class MainWindow(QMainWindow):
    FIRST_SCREEN_CHARS = ArticleReader.FIRST_SCREEN_CHARS  # claims past it: after first paint
    LOCK_HEARTBEAT_MS = 30_000

    def __init__(self, desk: Desk, settings: AppSettings, *, read_only_reason: str = ""):
        super().__init__()
        self.setObjectName("MainWindow")
        self.desk = desk
        self.settings = settings
        self.arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.article = OpenArticle(desk, self)  # the one model of the open article
        self.controller = EditController(desk, self, versions=self.article.versions)
        self.controller.edited.connect(self._on_edited)
        self.controller.failed.connect(self.show_error)
        self.controller.refused.connect(self._edit_refused)
        self.imports = ImportFlow(desk, self, imported=self._imported, show_error=self.show_error)
        self.exports = ExportFlow(
            desk,
            self,
            article_id=lambda: self.article_id,
            show_error=self.show_error,
            claimreview_options=settings.claimreview_options,
            report_language=lambda: "ar" if self.arabic else "en",
        )
        self.statuses = desk.statuses()
        use_status_labels(self.statuses)
        self._filtering = False

        self.setWindowTitle(fill(self.tr("factcheck — %1"), desk.store.where))
        self.setAcceptDrops(True)
        # The screen's size before the docks are laid out in it; where it was last time.
        window_care.place_window(self, settings)

        # Centre: the reader.
        self.reader = ArticleReader(article=self.article)
        self.reader.set_statuses(self.statuses)
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
        self.panels = ClaimPanels(
            desk,
            self.article,
            self.statuses,
            claim_model=self.claim_model,
            claim_view=self.claim_view,
            article_model=self.article_model,
            article_title=self.article_title,
            inspector=self.inspector,
            say=lambda message: self.statusBar().showMessage(message, 8000),
            parent=self,
        )
        self.article.claimsReset.connect(self._all_claims_loaded)
        self.controller.add_pending_editor(self.inspector.commit_note)

        self.resizeDocks([self.articles_dock, self.inspector_dock], [280, 440], Qt.Orientation.Horizontal)
        self.resizeDocks([self.claims_dock], [170], Qt.Orientation.Vertical)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.banner)
        self.addresses = AddressImport(self)  # web addresses: the dialog, paste and drop on the list
        self.actions = WindowActions(self)
        self.actions.build()
        desk_tools.install(self)  # Desk menu: review, all-claims queue, dashboard
        qt_aliases.install(self)  # Desk menu: names across scripts (the alias list)
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
        self.article_list = ArticleList(self)
        self.reload_articles(counts_later=True)  # the first rows; the rest after the first frame
        self.live = LiveUpdates(self)  # colleagues' changes, presence, an unreachable server
        article_properties.install(self)  # Edit → Article properties…: title, publisher, …
        note_conflict.install(self)  # a typed note refused: ask, lose nothing typed
        for field in (self.inspector.note, self.inspector.source_title, self.search.box, self.article_filter):
            window_care.follow_text_direction(field)
        self.focus_back = window_care.FocusBack(self, self.reader)
        self._bidi_message = ""

    @property
    def article_id(self) -> int | None:
        return self.article.article_id

    # The all-claims queue and the dashboard: built when first opened or asked for (see
    # qt_desk_tools), not with the window.
    @property
    def claims_queue(self):
        return desk_tools.claims_queue(self)

    @property
    def queue_dock(self) -> QDockWidget:
        desk_tools.claims_queue(self)
        return self._queue_dock

    @property
    def dashboard(self):
        return desk_tools.dashboard(self)

    @property
    def dashboard_dock(self) -> QDockWidget:
        desk_tools.dashboard(self)
        return self._dashboard_dock

    def createPopupMenu(self):
        """The docks' context menu lists every dock, the ones not built yet included."""
        desk_tools.claims_queue(self)
        desk_tools.dashboard(self)
        return super().createPopupMenu()

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

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return self.actions.shortcut_rows()

    @property
    def status_actions(self) -> list[QAction]:
        return self.actions.status_actions

    # -- articles ---------------------------------------------------------------------------
    def reload_articles(self, *, counts_later: bool = False) -> None:
        """Read the article list again (``counts_later``: in parts, ``article_list``)."""
        current = self.article_id
        self.article_list.load(counts_later=counts_later)
        if current is not None:
            self._select_article_row(current)

    def listed_row(self, article_id: int) -> int:
        """The article's row in the list (-1: not an article), read if still to come."""
        self.article_list.read_through(article_id)
        return self.article_model.row_of(article_id)

    def _select_article_row(self, article_id: int) -> None:
        row = self.listed_row(article_id)
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
        self.article_list.read_all()
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
        self.article_list.read_all()
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
        self.controller.flush_editors()  # a typed note is saved, and shown, where it was typed
        self.panels.flush()
        try:
            article = self.article.open(article_id)
        except (NotFound, StoreError) as exc:  # StoreError: e.g. its text damaged
            self.show_error(describe_error(exc))
            return False
        self.settings.set_last_article(self.desk.store.url, article.id)
        self._report_settings_problem()
        if article.bidi_controls:
            self._bidi_message = self.tr("This article holds %n hidden bidi control character(s), shown as ◆.", "", article.bidi_controls)
            self.statusBar().showMessage(self._bidi_message)
        elif self._bidi_message and self.statusBar().currentMessage() == self._bidi_message:
            self.statusBar().clearMessage()  # said of the article left, not of this one
        self.reader.setFocus()
        return True

    def _all_claims_loaded(self) -> None:
        """The article list's row follows with all the claims (of a long article, one frame
        after its first screen: the reader's first paint is what the editor waits for)."""
        if self.article_id is not None:
            self._select_article_row(self.article_id)

    def _ensure_claims(self) -> None:
        """Every claim of a long article loaded, and the panels up to the last edit: what
        each claim intent needs first, so nothing ever acts on a partial list."""
        self.panels.flush()
        try:
            self.article.ensure_complete()
        except FactcheckError as exc:
            self.show_error(describe_error(exc))

    def open_initial_article(self, article_id: int | None = None) -> None:
        """``--article``, else the last article read in this database, else the first."""
        candidates = [article_id, self.settings.last_article(self.desk.store.url)]
        for candidate in candidates:
            if candidate is not None and self.listed_row(candidate) >= 0:
                self.open_article(candidate)
                return
        if article_id is not None:
            self.show_error(fill(self.tr("There is no article %1."), article_id))
        if self.article_model.rowCount():
            self.open_article(self.article_model.article_at(0).id)

    # -- claims -----------------------------------------------------------------------------
    def current_claim(self):
        self._ensure_claims()
        return self.article.selected

    def mark_span(self, start: int, end: int, status_id: str | None = None):
        if self.article_id is None:
            return None
        self._ensure_claims()
        existing = self.article.claim_with_span(start, end)
        if existing is not None:
            self.select_claim(existing.id)
            if status_id:
                self.controller.set_status(existing, status_id)
            return existing
        claim = self.controller.mark(self.article_id, start, end, status_id)
        if claim is not None and self.article.selected_id != claim.id:
            self.select_claim(claim.id)  # the edit has selected it already
        return claim

    def unmark_claim(self, claim_id: int) -> None:
        self._ensure_claims()
        claim = self.article.claim(claim_id)
        if claim is not None:
            self.controller.unmark(claim)

    def _unmark_selected(self) -> None:
        if self.article.selected_id is not None:
            self.unmark_claim(self.article.selected_id)

    def status_key(self, key: str) -> None:
        status = next((s for s in self.statuses if s.key == key), None)
        if status is not None:
            self.apply_status(status.id)

    def apply_status(self, status_id: str) -> None:
        """Set the selected claim's status; with none selected, mark the sentence with it."""
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
        self._ensure_claims()
        claim_id = self.reader.step_claim(delta)
        if claim_id is not None:
            self.select_claim(claim_id)

    def select_claim(self, claim_id: int | None) -> None:
        """Select a claim everywhere: reader highlight, table row, inspector."""
        self.controller.flush_editors()  # first: saving it selects its claim, then this choice wins
        self._ensure_claims()
        claim = self.article.claim(claim_id) if claim_id is not None else None
        if claim is not None and not 0 <= claim.start < claim.end <= len(self.article.text):
            # A damaged row (offsets past the article's text): refused alone, with a message.
            self.show_error(
                fill(
                    self.tr("Claim %1 is damaged: its position lies outside the article's "
                            "text. Other claims can still be used."),
                    claim_id,
                )
            )
            claim_id = None
        self.reader.select_claim(claim_id)  # the open article's selection: every panel follows

    def article_title(self, article_id: int) -> str:
        """The article's title as the list shows it ("" if it is not listed)."""
        row = self.listed_row(article_id)
        return self.article_model.article_at(row).title if row >= 0 else ""

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
                if self.article.selected_id is not None:  # never marks from the table
                    self.status_key(key)
                return True
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._unmark_selected()
                return True
        return super().eventFilter(watched, event)

    def _claim_row_changed(self, current, _previous) -> None:
        if self.panels.updating:
            return  # rows moving under an update are not the editor's choice
        if current.isValid():
            self.select_claim(self.claim_model.claim_at(current.row()).id)

    def _on_edited(self, result: EditResult) -> None:
        """An edit (or its undo) was written: the open article takes it, every view follows."""
        if result.article is not None:
            return  # an article's title, publisher, …: article_properties follows it
        self._ensure_claims()
        if result.article_id != self.article_id:
            # Undo/redo of an edit made in another article: show it where it happened.
            self.article.apply_change(result.claim_id, result.claim)
            self.reload_articles()
            if self.open_article(result.article_id):
                self.select_claim(result.claim_id if self.article.claim(result.claim_id) else None)
            return
        self.article.apply_change(result.claim_id, result.claim, select=result.claim is not None)
        if result.article_counts_changed and (result.verdict_shared or result.links_changed):
            self._refresh_group_counts(result.claim_id)

    def _refresh_group_counts(self, claim_id: int) -> None:
        """A linked claim's verdict shows in every article of its group: their "Checked"
        counts in the list change too, not only the open article's."""
        claim = self.article.claim(claim_id)
        if claim is None or (claim.linked_to is None and not self.article.link_counts.get(claim_id)):
            return
        try:
            group = self.desk.appearances(claim_id)
            articles = {c.article_id for c in group} - {self.article_id}
            self.article_model.update_summaries(
                [row for aid in sorted(articles) for row in self.desk.articles(after_id=aid - 1, through_id=aid)]
            )
        except FactcheckError as exc:
            self.statusBar().showMessage(describe_error(exc), 10000)

    def _edit_refused(self, stale: bool) -> None:
        """After a refused edit, show what is stored: no widget may keep the refused value
        (a status in the box, a typed note). ``stale``: read the open article's claims
        again (changed or deleted elsewhere), keeping the selection and the scroll."""
        if self.desk.store.read_only:  # e.g. its file was deleted under the window
            self.banner.setText(self.tr("Read-only"))
        if not stale or self.article_id is None:
            claim = self.inspector.claim
            self.panels.show_in_inspector(claim.id if claim is not None else None)
            return
        try:
            self.article.reload()
        except FactcheckError as exc:
            self.statusBar().showMessage(describe_error(exc), 10000)

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
        claim = self.current_claim()
        if claim is not None:
            self.controller.set_status(claim, status_id)

    def _inspector_note(self, note: str) -> None:
        claim = self.inspector.claim
        if claim is not None:
            self.controller.set_note(claim, note)

    def _inspector_add_source(self, source) -> None:
        claim = self.inspector.claim
        suggestion = https_form(source.url)
        if claim is not None and suggestion is not None:  # typed without http(s)://
            if not window_care.ask_use_https(self, suggestion):
                return  # the field keeps what was typed
            source = dataclasses.replace(source, url=suggestion)
            self.inspector.source_url.setText(suggestion)
        if claim is not None and self.controller.add_source(claim, source):
            self.inspector.clear_source_fields()

    def _inspector_edit_source(self, source_id: int, new) -> None:
        claim = self.inspector.claim
        source = next((s for s in claim.sources if s.id == source_id), None) if claim else None
        if source is not None:
            self.controller.edit_source(claim, source, new)

    def _inspector_remove_source(self, source_id: int) -> None:
        claim = self.inspector.claim
        source = next((s for s in claim.sources if s.id == source_id), None) if claim else None
        if source is not None:
            self.controller.remove_source(claim, source)

    def _inspector_link(self, to_claim_id: int, stance: str) -> None:
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
        from factcheck.gui.dialogs import ask_what_link_keeps  # its module at first use

        return ask_what_link_keeps(self, found, self._status_name)

    def _inspector_unlink(self) -> None:
        claim = self.inspector.claim
        if claim is not None:
            self.controller.unlink(claim)

    def _inspector_stance(self, stance: str) -> None:
        claim = self.inspector.claim
        if claim is not None:
            self.controller.set_stance(claim, stance)

    def open_url(self, url: str) -> None:
        """Open a source in the browser, only if it is still an acceptable http(s) link."""
        try:
            QDesktopServices.openUrl(QUrl(validate_source_url(url), QUrl.ParsingMode.StrictMode))
        except FactcheckError as exc:
            self.show_error(describe_error(exc))

    # -- import and export (import_flow, export_flow) ---------------------------------------
    def import_paths(self, paths: list[str]):
        """Import off the GUI thread with a cancellable progress dialog and a summary."""
        return self.imports.start(paths)

    @property
    def _import_worker(self):
        return self.imports.worker

    @_import_worker.setter
    def _import_worker(self, worker) -> None:
        self.imports.worker = worker

    @property
    def last_import(self) -> list:
        return self.imports.last

    @property
    def import_summary_box(self):
        return self.imports.summary_box

    def _imported(self) -> None:
        self.reload_articles()
        if self.article_id is None:
            self.open_initial_article()

    def export_csv_dialog(self, this_article: bool) -> None:
        self.exports.export_csv_dialog(this_article)

    def export_csv(self, path: str, this_article: bool = False, *, overwrite: bool = False) -> int | None:
        return self.exports.export_csv(path, this_article, overwrite=overwrite)

    def export_dialog(self, kind: str) -> None:
        self.exports.export_dialog(kind)

    def export(self, kind: str, path: str, *, overwrite: bool = False, this_article: bool = False):
        return self.exports.run(kind, path, overwrite=overwrite, this_article=this_article)

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
        # Dialog modules are imported when first opened, not with the window (start-up).
        from factcheck.gui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.annotator.text().strip()
            if name:
                self.settings.annotator = name
                self.desk.annotator = name
            self.settings.language = dialog.language.currentData()
            self.settings.set_claimreview_options(
                org=dialog.org_name.text().strip(),
                org_url=dialog.org_url.text().strip(),
                org_logo=dialog.org_logo.text().strip(),
                url_template=dialog.url_template.text().strip(),
                lang=dialog.review_language.currentData(),
            )
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
        window_care.remember_geometry(self, self.settings)
        if self._import_worker is not None:
            self._import_worker.cancel()
            self._import_worker.wait(10000)
        self.settings.sync()
        super().closeEvent(event)
