"""ClaimPanels: the claims table, the article's counts and the inspector, following the open
article.

After an edit the reader paints the change at once; these panels follow right after its
first paint (one frame later: a table row, a count and the inspector cost paint time the
editor does not wait for, measured in the benchmark), or at once when something needs them
up to date (``flush``). They always show the open article's selection as it is then.
The inspector's history, "also in" list and suggestions come one frame later again, and a
claim only passed over costs no query.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QTimer

from factcheck.desk import Desk
from factcheck.gui.i18n import describe_error
from factcheck.gui.open_article import OpenArticle
from factcheck.gui.qt_inspector import ClaimInspector
from factcheck.gui.qt_models import ArticleListModel, ClaimTableModel
from factcheck.model import Claim, FactcheckError, Status
from factcheck.workflow import mask_history


class ClaimPanels(QObject):
    def __init__(
        self,
        desk: Desk,
        article: OpenArticle,
        statuses: list[Status],
        *,
        claim_model: ClaimTableModel,
        claim_view,
        article_model: ArticleListModel,
        article_title: Callable[[int], str],
        inspector: ClaimInspector,
        say: Callable[[str], None],
        parent=None,
    ):
        super().__init__(parent)
        self.desk, self.article, self.statuses = desk, article, statuses
        self.claim_model, self.claim_view = claim_model, claim_view
        self.article_model, self.inspector = article_model, inspector
        self.article_title = article_title  # as the article list shows it
        self._say = say  # a passing message (the status bar)
        self._pending: dict[int, Claim | None] = {}  # edits the reader shows already
        self._suggestions: dict[tuple, list] = {}
        self.updating = False  # rows moving under an update are not the editor's choice
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.flush)
        self._links_timer = QTimer(self, singleShot=True, interval=0)
        self._links_timer.timeout.connect(self._fill_links)
        article.opened.connect(self._opened)
        article.claimsReset.connect(self._claims_reset)
        article.claimChanged.connect(self._claim_changed)
        article.selectionChanged.connect(self._selection_changed)

    # -- following the open article ----------------------------------------------------------
    def _opened(self) -> None:
        self._pending.clear()
        self._timer.stop()
        self._set_table([])  # a long article's claims follow with the rest of them
        self.inspector.show_claim(None)

    def _claims_reset(self) -> None:
        self._pending.clear()
        self._timer.stop()
        self._set_table(self.article.claims)
        if self.article.article_id is not None:
            self.article_model.update_counts(
                self.article.article_id, self.article.claims, self.desk.default_status_id
            )
        self.show_selection()

    def _claim_changed(self, claim_id: int, claim: Claim | None) -> None:
        if claim is None or claim_id not in self._pending and self.claim_model.row_of(claim_id) < 0:
            self._suggestions.clear()  # a claim added or gone: suggestions change
        self._pending[claim_id] = claim
        self._timer.start()

    def _selection_changed(self, _claim_id) -> None:
        self.flush()
        self.show_selection()

    def forget_suggestions(self) -> None:
        self._suggestions.clear()

    def _set_table(self, claims: list[Claim]) -> None:
        updating, self.updating = self.updating, True
        try:
            self.claim_model.set_claims(claims, self.statuses)
        finally:
            self.updating = updating

    def flush(self) -> None:
        """Apply the edits the reader already shows to the table, the counts and the
        inspector, and show the selection there."""
        if not self._pending:
            return
        self._timer.stop()
        pending, self._pending = self._pending, {}
        updating, self.updating = self.updating, True
        try:
            for claim_id, changed in pending.items():
                self.claim_model.update_claim(claim_id, changed)
            if self.article.article_id is not None:
                self.article_model.update_counts(
                    self.article.article_id, self.article.claims, self.desk.default_status_id
                )
        finally:
            self.updating = updating
        self.show_selection()

    # -- the selection -------------------------------------------------------------------------
    def show_selection(self) -> None:
        """The open article's selected claim as the table's current row and in the inspector."""
        claim_id = self.article.selected_id
        row = self.claim_model.row_of(claim_id) if claim_id is not None else -1
        view = self.claim_view
        selection = view.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            view.setCurrentIndex(self.claim_model.index(row, 0))
            view.scrollTo(self.claim_model.index(row, 0))
        else:  # no current row either: choosing the same row again selects it again
            view.setCurrentIndex(QModelIndex())
            view.clearSelection()
        selection.blockSignals(False)
        view.viewport().update()  # blocked signals did not tell the view to repaint
        self.show_in_inspector(claim_id)

    def show_in_inspector(self, claim_id: int | None) -> None:
        """The claim as the open article holds it (as stored): a refused value disappears."""
        claim = self.article.claim(claim_id)
        if claim is None:
            self.inspector.show_claim(None)
            return
        self.inspector.show_claim(claim, history=None)
        self._links_timer.start()

    def _fill_links(self) -> None:
        """History, "also in" and suggestions for the inspector's claim (suggestions cached per span)."""
        claim = self.inspector.claim
        if claim is None:
            return
        try:
            # Another editor's blind rating stays hidden until both have rated.
            self.inspector.show_history(
                list(mask_history(self.desk, self.desk.annotator, self.desk.history(claim.id)))
            )
            group = self.desk.appearances(claim.id)
            key = (claim.id, claim.start, claim.end, claim.linked_to, len(group))
            suggestions = self._suggestions.get(key)
            if suggestions is None:
                suggestions = []
                if len(group) <= 1:  # as `factcheck suggest` lists them
                    suggestions = self.desk.suggest_for_claim(claim.id)
                self._suggestions[key] = suggestions
        except FactcheckError as exc:
            self._say(describe_error(exc))
            return
        shown = {c.article_id for c in group} | {c.article_id for c, _ in suggestions}
        titles = {aid: title for aid in shown if (title := self.article_title(aid))}
        self.inspector.show_links(group, suggestions, titles)
