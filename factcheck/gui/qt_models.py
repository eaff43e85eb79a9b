"""Thin Qt item models over lists of domain values (no SQL here)."""

from __future__ import annotations

import bisect

from PySide6 import QtGui  # QtGui.Qt.convertFromPlainText
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyledItemDelegate

from factcheck.model import ArticleSummary, Claim, Status, is_checked
from factcheck.text.direction import paragraph_direction

ID_ROLE = Qt.ItemDataRole.UserRole + 1


SHOWN_CHARS = 1000  # of a long text, in a label, a list or a tooltip


def elided(text: str, limit: int = SHOWN_CHARS) -> str:
    """The start of a long text and how many characters are left out. Qt lays out every
    character a label or tooltip holds (a word-wrapped million costs seconds), so the
    window shows this; exports and the clipboard get the whole text."""
    if len(text) <= limit:
        return text
    # lupdate reads a plural (%n) only from tr(): the count goes in as %1
    left_out = QCoreApplication.translate("Elide", "… (more characters: %1)")
    return text[:limit] + left_out.replace("%1", str(len(text) - limit))


def plain_tooltip(text: str) -> str:
    """Tooltip for text from an article or a user: Qt shows a tooltip that looks like HTML
    as rich text (``<img src=...>`` would load), so hand it over escaped, as rich text;
    a long text is cut (``elided``)."""
    return QtGui.Qt.convertFromPlainText(elided(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)


class _ListTableModel(QAbstractTableModel):
    """A flat table over a Python list: subclasses set ``_headers`` and return ``_items()``."""

    _headers: list[str]

    def _items(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class ArticleListModel(_ListTableModel):
    """Articles: title, publisher, claims, progress (checked / all claims)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._row_by_id: dict[int, int] = {}
        self._headers = [self.tr("Title"), self.tr("Publisher"), self.tr("Claims"), self.tr("Checked")]

    def set_articles(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_by_id = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def append_articles(self, rows: list[ArticleSummary]) -> None:
        """More of a list read in parts (``article_list``): rows after the last one."""
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._row_by_id.update((r.id, i) for i, r in enumerate(rows, start=first))
        self.endInsertRows()

    def update_counts(self, article_id: int, claims: list[Claim], default_status: str) -> None:
        i = self.row_of(article_id)
        if i < 0:
            return
        row = self._rows[i]
        checked = sum(1 for c in claims if is_checked(c.status_id, default_status))
        self._rows[i] = ArticleSummary(
            row.id, row.title, row.publisher, row.sentence_count, len(claims), checked,
            row.bidi_controls,
        )
        self.dataChanged.emit(self.index(i, 2), self.index(i, 3))

    def set_counts(self, first: int, last: int, counts: dict[int, tuple[int, int]]) -> None:
        """The claim counts of rows ``first`` to ``last`` (by article id; an article missing
        from ``counts`` has no claims), read after the list (``Desk.article_counts``)."""
        rows = self._rows
        for i in range(first, last + 1):
            row = rows[i]
            claims, checked = counts.get(row.id, (0, 0))
            rows[i] = row._replace(claim_count=claims, checked_count=checked)
        self.dataChanged.emit(self.index(first, 2), self.index(last, 3))

    def update_summaries(self, rows: list[ArticleSummary]) -> None:
        """Take these articles' rows as read again (their counts), keeping the list as it is."""
        for summary in rows:
            i = self.row_of(summary.id)
            if i >= 0 and self._rows[i] != summary:
                self._rows[i] = summary
                self.dataChanged.emit(self.index(i, 0), self.index(i, 3))

    def row_of(self, article_id: int) -> int:
        return self._row_by_id.get(article_id, -1)

    def article_at(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def _items(self) -> list:
        return self._rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.title
            if col == 1:
                return row.publisher
            if col == 2 or row.claim_count is None:  # None: not counted yet
                return row.claim_count
            return f"{row.checked_count}/{row.claim_count}"
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            tip = row.title
            if row.bidi_controls:
                tip += "\n" + self.tr("%n hidden bidi control(s)", "", row.bidi_controls)
            return plain_tooltip(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


TABLE_TEXT_CHARS = 240  # more than a table row shows; eliding a 5,000-char quote reshapes it all


def _one_line(text: str) -> str:
    """A quote as one line for a table cell, cut to what a row can show."""
    line = " ".join(text[: TABLE_TEXT_CHARS * 2].split())
    return line if len(line) <= TABLE_TEXT_CHARS and len(text) <= TABLE_TEXT_CHARS * 2 else line[:TABLE_TEXT_CHARS] + "…"


MARKED_ROW_COLOR = "#ffe79a"


def _reading_order(claim: Claim) -> tuple[int, int, int]:
    return (claim.start, claim.end, claim.id)


class ClaimTableModel(_ListTableModel):
    """Claims of the open article: sentence position, status, sources, text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._claims: list[Claim] = []
        self._by_id: dict[int, Claim] = {}
        self._statuses: dict[str, Status] = {}
        self._arabic = False
        self._headers = [self.tr("Status"), self.tr("Sources"), self.tr("Claim")]
        self.marked: set[int] = set()  # changed by a colleague a moment ago (qt_live)

    def set_language(self, arabic: bool) -> None:
        self._arabic = arabic

    def set_claims(self, claims: list[Claim], statuses: list[Status]) -> None:
        self.beginResetModel()
        self._claims = sorted(claims, key=_reading_order)
        self._by_id = {c.id: c for c in self._claims}
        self._statuses = {s.id: s for s in statuses}
        self.endResetModel()

    def update_claim(self, claim_id: int, claim: Claim | None) -> None:
        """Replace, insert or (``claim=None``) remove one claim without a model reset.

        A reset makes the view lay out and repaint every row (about 20 ms a frame with
        2,000 claims, measured in the benchmark); one row's change repaints one row.
        """
        row = self.row_of(claim_id)
        key = _reading_order(claim) if claim is not None else None
        if row >= 0:
            old = self._claims[row]
            if claim is not None and _reading_order(old) == key:
                self._claims[row] = claim
                self._by_id[claim_id] = claim
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._claims[row]
            del self._by_id[claim_id]
            self.endRemoveRows()
        if claim is None:
            return
        pos = bisect.bisect_left(self._claims, key, key=_reading_order)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._claims.insert(pos, claim)
        self._by_id[claim.id] = claim
        self.endInsertRows()

    def claim_at(self, row: int) -> Claim:
        return self._claims[row]

    def row_of(self, claim_id: int) -> int:
        """Row of a claim (a binary search in reading order), -1 if it is not shown."""
        claim = self._by_id.get(claim_id)
        if claim is None:
            return -1
        return bisect.bisect_left(self._claims, _reading_order(claim), key=_reading_order)

    def _items(self) -> list:
        return self._claims

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        claim = self._claims[index.row()]
        col = index.column()
        status = self._statuses.get(claim.status_id)
        if role == ID_ROLE:
            return claim.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                if status is None:
                    return claim.status_id
                return status.label_ar if self._arabic else status.label_en
            if col == 1:
                return len(claim.sources)
            return _one_line(claim.quote)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and status is not None:
            return QColor(status.color)
        if role == Qt.ItemDataRole.BackgroundRole and claim.id in self.marked:
            return QColor(MARKED_ROW_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return plain_tooltip(claim.quote)
        return None


class DirectionalDelegate(QStyledItemDelegate):
    """Lays out each cell's text in its own direction (Arabic right to left, right-aligned)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if text and paragraph_direction(text) == "rtl":
            option.direction = Qt.LayoutDirection.RightToLeft
            option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        elif text:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
