"""SearchPanel: one Arabic-aware search box over all articles and claim notes.

Signals: ``hitActivated(SearchHit)`` when the editor opens a result, ``cleared()`` when the
query is emptied (the reader drops its search highlights).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.gui.i18n import describe_error, fill
from factcheck.gui.qt_models import DirectionalDelegate, plain_tooltip
from factcheck.model import FactcheckError, SearchHit


class SearchPanel(QWidget):
    hitActivated = Signal(object)
    cleared = Signal()

    DELAY_MS = 350
    LIMIT = 100

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.setObjectName("SearchPanel")
        self.desk = desk
        self.hits: list[SearchHit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search all articles (أمازون = امازون)"))
        self.box.setClearButtonEnabled(True)
        self.box.returnPressed.connect(self.run)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # error texts quote the query
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setItemDelegate(DirectionalDelegate(self.results))
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def run(self) -> list[SearchHit]:
        """Search now (the box also searches by itself shortly after typing stops)."""
        self._timer.stop()
        query = self.box.text().strip()
        self.results.clear()
        self.hits = []
        if not query:
            self.summary.clear()
            self.cleared.emit()
            return []
        try:
            self.hits = self.desk.search(query, limit=self.LIMIT)
        except FactcheckError as exc:
            self.summary.setText(describe_error(exc))
            return []
        if len(self.hits) >= self.LIMIT:  # there may be more: say so, never imply a total
            self.summary.setText(self.tr("The first %n results (best recent matches first)", "", len(self.hits)))
        else:
            self.summary.setText(self.tr("%n result(s)", "", len(self.hits)))
        for hit in self.hits:
            snippet = " ".join(hit.snippet.split())
            item = QListWidgetItem(fill(self.tr("%1 — %2"), hit.article_title, snippet))
            item.setData(Qt.ItemDataRole.UserRole, hit.article_id)
            item.setToolTip(plain_tooltip(snippet))
            self.results.addItem(item)
        return self.hits

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if 0 <= row < len(self.hits):
            self.hitActivated.emit(self.hits[row])
