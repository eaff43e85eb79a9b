"""The article list read in parts: the first screen's rows before the first frame; the
other rows, then every row's claim counts, right after it.

At 100,000 articles, reading every row before the first frame made start-up 3.7 times
its floor, and counting the claims scans every claim (at 10,000 articles and 100,000
claims, a third of what the window did before its first frame). The first frame lists
``FIRST_ROWS`` articles, and the list answers clicks; the rest follows a part per pass of
the event loop (``ROWS_PER_PASS`` rows, then ``COUNTS_PER_PASS`` articles' counts), so a
click in between waits for one part at most. What needs rows not read yet (the filter,
stepping through the list, an article opened or linked further down) reads them at once
(``read_all``, ``read_through``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from factcheck.gui import window_care
from factcheck.gui.i18n import describe_error
from factcheck.model import FactcheckError


class ArticleList(QObject):
    FIRST_ROWS = 300  # more than a screen holds: the list answers clicks from the first frame
    ROWS_PER_PASS = 5000  # ~5 ms a pass
    COUNTS_PER_PASS = 2000  # articles per count: ~15 ms at 10 claims an article

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._rows_after: int | None = None  # the last listed id while rows are still to read
        self._next_count: int | None = None  # the next row to count while counts are pending

    @property
    def pending(self) -> bool:
        """Rows or counts still to read."""
        return self._rows_after is not None or self._next_count is not None

    def load(self, *, counts_later: bool) -> None:
        """List the articles: every row with its counts now, or (``counts_later``) the
        first rows now and the rest, then the counts, once the window is painted."""
        model, desk = self.window.article_model, self.window.desk
        self.cancel()
        if not counts_later:
            model.set_articles(desk.articles())
            return
        rows = desk.articles(counted=False, limit=self.FIRST_ROWS)
        model.set_articles(rows)
        self._rows_after = rows[-1].id if len(rows) == self.FIRST_ROWS else None
        self._next_count = 0
        window_care.after_first_paint(self.window, self._read_next)

    def recount(self) -> None:
        """Every row's claim counts read again (claims changed elsewhere), a part per pass
        of the event loop; a row shows its former counts until its part is read. At a
        million claims, reading them all at once froze the window ~0.5 s per change."""
        idle = not self.pending
        self._next_count = 0
        if idle:
            QTimer.singleShot(0, self, self._read_next)

    def take_changes(self, added: set[int], changed: set[int], removed: set[int]) -> bool:
        """Articles added or renamed elsewhere, taken into the list without reading it all
        again (at 100,000 articles and a million claims, 0.5-1 s at each batch of a
        colleague's import); False when it must be read again (an article was removed)."""
        if removed:
            return False
        model, desk = self.window.article_model, self.window.desk
        if changed:  # rows not read yet are read as they are now
            model.update_summaries(
                [row for aid in sorted(changed) for row in desk.articles(after_id=aid - 1, through_id=aid)]
            )
        if added and self._rows_after is None:  # (else the rows still to read include them)
            last = model.article_at(model.rowCount() - 1).id if model.rowCount() else 0
            self._append(desk.articles(after_id=last))
            self._rows_after = None
        return True

    def cancel(self) -> None:
        """The list is read again: nothing left to read of this one."""
        self._rows_after = self._next_count = None

    def read_all(self) -> None:
        """Every article listed now (its counts may follow)."""
        self.read_through(None)

    def read_through(self, article_id: int | None) -> None:
        """The articles up to ``article_id`` (all: None) listed now, if still to read."""
        if self._rows_after is None or (article_id is not None and article_id <= self._rows_after):
            return
        try:
            rows = self.window.desk.articles(counted=False, after_id=self._rows_after, through_id=article_id)
        except FactcheckError as exc:  # the part stays to read; the list shows what it has
            self.window.statusBar().showMessage(describe_error(exc), 10000)
            return
        self._append(rows)
        if article_id is None:
            self._rows_after = None

    def _append(self, rows) -> None:
        if rows:
            self.window.article_model.append_articles(rows)
            self._rows_after = rows[-1].id

    def _read_next(self) -> None:
        try:
            if self._rows_after is not None:
                rows = self.window.desk.articles(counted=False, after_id=self._rows_after, limit=self.ROWS_PER_PASS)
                self._append(rows)
                if len(rows) < self.ROWS_PER_PASS:
                    self._rows_after = None
            elif not self._count_next():
                return
        except FactcheckError as exc:
            self.cancel()
            self.window.statusBar().showMessage(describe_error(exc), 10000)
            return
        QTimer.singleShot(0, self, self._read_next)

    def _count_next(self) -> bool:
        """Count the next part; False when every listed row is counted."""
        model, first = self.window.article_model, self._next_count
        if first is None or first >= model.rowCount():
            self._next_count = None
            return False
        last = min(first + self.COUNTS_PER_PASS, model.rowCount()) - 1
        counts = self.window.desk.article_counts(model.article_at(first).id, model.article_at(last).id)
        model.set_counts(first, last, counts)
        self._next_count = last + 1
        return True
