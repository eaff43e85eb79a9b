"""The article list's filter: folds what is typed and what is listed as search does."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSortFilterProxyModel, Qt

from factcheck.text import normalize_text


@lru_cache(maxsize=50_000)
def _folded(value: str) -> str:
    """A cell's text folded once (titles do not change; each keystroke filters every row)."""
    return normalize_text(value)


class FoldedFilterProxy(QSortFilterProxyModel):
    """Keeps the rows holding every word of the filter, folded (``normalize_text``: alef
    forms, hamza carriers, harakat, presentation forms, digits, case ...), in any column.

    Set through ``setFilterFixedString`` like the plain proxy.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def setFilterFixedString(self, pattern: str) -> None:
        self.beginFilterChange()
        self._words = tuple(normalize_text(pattern or "").split())
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        cells = []
        for column in range(model.columnCount(source_parent)):
            value = model.data(model.index(source_row, column, source_parent),
                               Qt.ItemDataRole.DisplayRole)  # fmt: skip
            if value is not None:
                cells.append(_folded(str(value)))
        row = "\n".join(cells)
        return all(word in row for word in self._words)
