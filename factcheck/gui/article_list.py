"""The article list's claim counts, read after the window's first frame.

Counting them scans every claim: at 10,000 articles and 100,000 claims, a third of what
the window did before its first frame. The first frame lists the titles (the list answers
clicks); the counts follow right after it, a few thousand articles per pass of the event
loop, so a click in between waits for one chunk at most.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from factcheck.gui import window_care
from factcheck.gui.i18n import describe_error
from factcheck.model import FactcheckError


class ArticleCounts(QObject):
    CHUNK = 2000  # articles per read: ~15 ms at 10 claims an article

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._next_row: int | None = None

    @property
    def pending(self) -> bool:
        return self._next_row is not None

    def read_later(self) -> None:
        """Count the listed articles once the window is painted, a chunk at a time."""
        self._next_row = 0
        window_care.after_first_paint(self.window, self._count_next)

    def cancel(self) -> None:
        """The list was read again with its counts: nothing left to count."""
        self._next_row = None

    def _count_next(self) -> None:
        model, first = self.window.article_model, self._next_row
        if first is None or first >= model.rowCount():
            self._next_row = None
            return
        last = min(first + self.CHUNK, model.rowCount()) - 1
        try:
            counts = self.window.desk.article_counts(model.article_at(first).id, model.article_at(last).id)
        except FactcheckError as exc:
            self._next_row = None
            self.window.statusBar().showMessage(describe_error(exc), 10000)
            return
        model.set_counts(first, last, counts)
        self._next_row = last + 1
        QTimer.singleShot(0, self, self._count_next)
