"""All claims, one queue: every claim of the desk in a lazy table, filtered and sorted by
the database (``factcheck.dashboard.queue_page``), a page at a time as the view scrolls.
Enter (or a double click) opens the claim in its article."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck import workflow
from factcheck.dashboard import (
    QUEUE_FIELDS,
    QueueFilter,
    queue_editors,
    queue_order,
    queue_page,
    queue_rows,
)
from factcheck.gui.i18n import describe_error, short_time
from factcheck.gui.qt_models import DirectionalDelegate
from factcheck.model import FactcheckError

# Shown columns: (field of QUEUE_FIELDS, sort key of the database)
_ROOT = QModelIndex()  # the table's (invalid) parent index
COLUMNS = (("id", "id"), ("title", "article"), ("quote", "quote"), ("status", "status"),
           ("review", "review"), ("editor", "editor"), ("reviewer", "reviewer"),
           ("updated", "updated"))  # fmt: skip


class ClaimQueueModel(QAbstractTableModel):
    """Rows are read a page at a time (``fetchMore``), never the whole desk at once.

    The first page comes from a query limited to it (the queue opens at once). The first
    time the view asks for more, the ids of every listed claim are read in order
    (``queue_order``: 0.1-0.4 s at 100,000 claims), and every later page is read by its
    ids, in 10-20 ms however far down it is (reading it by OFFSET sorted and skipped every
    row above it again: over a second per page near the bottom)."""

    PAGE = 200

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.where = QueueFilter()
        self.sort_key, self.descending = "id", False
        self.rows: list[tuple] = []
        self._order: list[int] | None = None  # every listed id, once past the first page
        self._more = True
        self.error = ""
        # Nothing is read until the queue is first shown (``ClaimsQueue.refresh``): the
        # window builds it at start-up, and a page of the desk's claims costs a query.
        self.active = False
        self.status_labels: dict[str, str] = {}
        self.status_colors: dict[str, str] = {}
        self.review_labels: dict[str, str] = {}
        self.headers = [
            self.tr("Claim"), self.tr("Article"), self.tr("Quote"), self.tr("Status"),
            self.tr("Review"), self.tr("Editor"), self.tr("Reviewer"), self.tr("Changed"),
        ]  # fmt: skip

    def set_labels(self, statuses, arabic: bool) -> None:
        self.status_labels = {s.id: s.label_ar if arabic else s.label_en for s in statuses}
        self.status_colors = {s.id: s.color for s in statuses}
        self.review_labels = {
            "none": self.tr("none"),
            "proposed": self.tr("proposed"),
            "approved": self.tr("approved"),
            "returned": self.tr("returned"),
        }

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Start again from the first page (a new filter or sort)."""
        if not self.active:
            return
        self.beginResetModel()
        self.rows, self._order, self._more, self.error = [], None, True, ""
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent=_ROOT) -> bool:
        return self.active and not parent.isValid() and self._more

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        try:
            if not self.rows:
                page = queue_page(
                    self.desk, self.where, sort=self.sort_key, descending=self.descending,
                    limit=self.PAGE,
                )  # fmt: skip
                more = len(page) == self.PAGE
            else:
                if self._order is None:
                    shown = {row[0] for row in self.rows}
                    listed = queue_order(
                        self.desk, self.where, sort=self.sort_key, descending=self.descending
                    )
                    # The rest, in order (a claim that moved meanwhile is shown once).
                    self._order = [i for i in listed if i not in shown]
                ids, self._order = self._order[: self.PAGE], self._order[self.PAGE :]
                page = queue_rows(self.desk, ids)
                more = bool(self._order)
        except FactcheckError as exc:
            self._more, self.error = False, describe_error(exc)
            return
        self._more = more
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database: the rows are read again in that order."""
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_data(self, row: int) -> dict:
        return dict(zip(QUEUE_FIELDS, self.rows[row]))

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        field = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[field]
            if field == "quote":
                return " ".join((value or "").split())
            if field == "status":
                return self.status_labels.get(value, value)
            if field == "review":
                return self.review_labels.get(value, value)
            if field == "updated":
                return short_time(value or "")
            if field == "title":
                return f"{row['article']} · {value}"
            return value
        if role == Qt.ItemDataRole.DecorationRole and field == "status":
            color = self.status_colors.get(row["status"])
            return QColor(color) if color else None
        return None


class ClaimsQueue(QWidget):
    """The queue with its filters. ``openClaim(article_id, claim_id)`` on Enter."""

    openClaim = Signal(int, int)
    FILTER_DELAY_MS = 150  # typing in a filter field reloads once typing pauses

    def __init__(self, desk, statuses, arabic: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("claimsQueue")
        self.desk = desk
        self.model = ClaimQueueModel(desk, self)
        self.model.set_labels(statuses, arabic)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("queueStatus")
        self.status.addItem(self.tr("Any status"), "")
        for st in statuses:
            self.status.addItem(st.label_ar if arabic else st.label_en, st.id)
        self.review = QComboBox()
        self.review.setObjectName("queueReview")
        self.review.addItem(self.tr("Any review"), "")
        for state in workflow.REVIEW_STATES:
            self.review.addItem(self.model.review_labels[state], state)
        self.editor = QComboBox()
        self.editor.setObjectName("queueEditor")
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("queueReviewer")
        self.article = QLineEdit()
        self.article.setObjectName("queueArticle")
        self.article.setPlaceholderText(self.tr("Article id or title"))
        self.since = QLineEdit()
        self.since.setObjectName("queueSince")
        self.since.setPlaceholderText(self.tr("From YYYY-MM-DD"))
        self.until = QLineEdit()
        self.until.setObjectName("queueUntil")
        self.until.setPlaceholderText(self.tr("To YYYY-MM-DD"))
        self.mine = QCheckBox(self.tr("Waiting for my review"))
        self.mine.setObjectName("queueMine")
        for widget in (self.status, self.review, self.editor, self.reviewer):
            widget.currentIndexChanged.connect(self.apply_filter)
            row.addWidget(widget)
        for widget in (self.article, self.since, self.until):
            widget.textChanged.connect(lambda _t: self._filter_timer.start())
            row.addWidget(widget)
        self.mine.toggled.connect(self.apply_filter)
        row.addWidget(self.mine)
        layout.addLayout(row)
        self._filter_timer = QTimer(self, singleShot=True, interval=self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)

        self.view = QTableView()
        self.view.setObjectName("queueTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setItemDelegateForColumn(1, DirectionalDelegate(self.view))
        self.view.setItemDelegateForColumn(2, DirectionalDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # no measuring of rows
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (1, 200), (3, 110), (4, 90), (5, 90), (6, 90), (7, 120)):
            self.view.setColumnWidth(column, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # the model sorts in SQL
        self.view.activated.connect(self._activated)  # Enter, or a double click
        layout.addWidget(self.view)

    def fill_names(self) -> None:
        names = queue_editors(self.desk)
        for combo, anyone in ((self.editor, self.tr("Any editor")),
                              (self.reviewer, self.tr("Any reviewer"))):  # fmt: skip
            combo.blockSignals(True)
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(anyone, "")
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current_filter(self) -> QueueFilter:
        article = self.article.text().strip()
        return QueueFilter(
            status=self.status.currentData() or "",
            review=self.review.currentData() or "",
            editor=self.editor.currentData() or "",
            reviewer=self.reviewer.currentData() or "",
            article_id=int(article) if article.isdigit() else None,
            title="" if article.isdigit() else article,
            since=self.since.text().strip(),
            until=self.until.text().strip(),
            waiting_for=self.desk.annotator if self.mine.isChecked() else "",
        )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.where = self.current_filter()
        self.model.reload()

    def refresh(self) -> None:
        """Read the queue again (after edits; the first time when it is first shown),
        keeping filter and sort."""
        self.fill_names()
        self.model.active = True
        self.model.reload()

    def _activated(self, index) -> None:
        if index.isValid():
            row = self.model.row_data(index.row())
            self.openClaim.emit(row["article"], row["id"])
