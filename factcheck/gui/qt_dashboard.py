"""The dashboard: the desk's numbers (``factcheck.dashboard.desk_numbers``, the same as
``factcheck report --json``) painted with QPainter — verdicts by status in the status
colours, verdicts per week, articles by state, the review queue's age, agreement.
Exported as PNG (``QWidget.grab``) or SVG (``QSvgGenerator``, in PySide6-Essentials).

Labels are logical text: Qt shapes Arabic and lays it out right to left itself; in an
Arabic window the charts are mirrored (bars start at the right).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from factcheck.dashboard import DeskNumbers, desk_numbers
from factcheck.gui.i18n import describe_error, fill, isolate_ltr
from factcheck.gui.window_care import remember_folder, start_folder
from factcheck.model import FactcheckError

ACCENT = "#4a7bb7"


class DashboardCanvas(QWidget):
    """The charts, painted from a ``DeskNumbers``."""

    ROW = 22  # height of one bar
    LABEL = 150  # width of the labels' column

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboardCanvas")
        self.numbers: DeskNumbers | None = None
        self.status_labels: dict[str, str] = {}
        self.status_colors: dict[str, str] = {}
        self.rtl = False
        self.setMinimumWidth(560)

    def show_numbers(self, numbers: DeskNumbers, statuses, arabic: bool) -> None:
        self.numbers = numbers
        self.rtl = arabic
        self.status_labels = {s.id: s.label_ar if arabic else s.label_en for s in statuses}
        self.status_colors = {s.id: s.color for s in statuses}
        self.setMinimumHeight(self.needed_height())
        self.update()

    def sections(self) -> list[tuple[str, list[tuple[str, float, str]], str]]:
        """(title, [(label, value, colour)], how values read) of every chart."""
        n = self.numbers
        if n is None:
            return []
        week_rows = [(isolate_ltr(w), v, ACCENT) for w, v in list(n.verdicts_per_week.items())[-12:]]
        state_names = {
            "new": self.tr("new"), "in_progress": self.tr("in progress"),
            "in_review": self.tr("in review"), "done": self.tr("done"),
        }  # fmt: skip
        age_names = {
            "under_1_day": self.tr("under 1 day"), "1_to_3_days": self.tr("1 to 3 days"),
            "3_to_7_days": self.tr("3 to 7 days"), "over_7_days": self.tr("over 7 days"),
        }  # fmt: skip
        age_colors = {"under_1_day": "#7fbf7f", "1_to_3_days": "#e0c341",
                      "3_to_7_days": "#e8903a", "over_7_days": "#d64541"}  # fmt: skip
        out = [
            (self.tr("Verdicts by status"),
             [(self.status_labels.get(k, k), v, self.status_colors.get(k, ACCENT))
              for k, v in n.verdicts_by_status.items()], ""),
            (self.tr("Verdicts per week"), week_rows, ""),
            (self.tr("Verdicts by editor"),
             [(k or "?", v, ACCENT) for k, v in list(n.verdicts_by_editor.items())[:10]], ""),
            (self.tr("Articles by state"),
             [(state_names.get(k, k), v, "#8e7cc3") for k, v in n.articles_by_state.items()],
             ""),
            (fill(self.tr("Waiting for review: %1"), n.review_queue.get("waiting", 0)),
             [(age_names[k], v, age_colors[k]) for k, v in n.review_queue["by_age"].items()],
             ""),
        ]  # fmt: skip
        if n.agreement:
            a = n.agreement
            rows = [(self.tr("alpha (nominal)"), a["alpha_nominal"], "#3d9970"),
                    (self.tr("alpha (ordinal)"), a["alpha_ordinal"], "#2e7d5b")]  # fmt: skip
            title = fill(self.tr("Agreement over %1 claims rated twice"), a["n"])
            out.append((title, [(lab, v if v is not None else 0.0, c) for lab, v, c in rows],
                        "ratio"))  # fmt: skip
        else:
            out.append((self.tr("Agreement: no claim rated by two editors yet"), [], ""))
        return out

    def needed_height(self) -> int:
        return sum(40 + max(1, len(rows)) * self.ROW for _t, rows, _k in self.sections()) + 20

    def sizeHint(self) -> QSize:
        return QSize(640, self.needed_height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, self.width())
        finally:
            painter.end()

    def paint(self, painter: QPainter, width: int) -> None:
        """Draw every chart top to bottom (on the widget, or on an SVG generator)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, self.needed_height()), QColor("white"))
        title_font = QFont(self.font())
        title_font.setBold(True)
        # AlignAbsolute: the sides are the page's, not flipped again by the RTL layout.
        align_label = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        )
        y = 10.0
        margin = 12.0
        for title, rows, kind in self.sections():
            painter.setFont(title_font)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(margin, y, width - 2 * margin, 24), align_label, title)
            painter.setFont(self.font())
            y += 30
            top = max([v for _l, v, _c in rows if v is not None] + [1.0 if kind == "ratio" else 1])
            bar_space = width - 2 * margin - self.LABEL - 60
            for label, value, color in rows:
                value = value or 0
                share = max(0.0, float(value)) / top if kind != "ratio" else max(0.0, min(1.0, value))
                length = max(0.0, bar_space * share)
                if self.rtl:  # labels at the right edge, bars grow leftwards
                    label_rect = QRectF(width - margin - self.LABEL, y, self.LABEL - 6, self.ROW)
                    bar = QRectF(width - margin - self.LABEL - length, y + 3, length, self.ROW - 6)
                    value_rect = QRectF(bar.left() - 60, y, 54, self.ROW)
                    value_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
                else:
                    label_rect = QRectF(margin, y, self.LABEL - 6, self.ROW)
                    bar = QRectF(margin + self.LABEL, y + 3, length, self.ROW - 6)
                    value_rect = QRectF(bar.right() + 6, y, 54, self.ROW)
                    value_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
                painter.setPen(QColor("#333333"))
                shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
                painter.drawText(label_rect, align_label, shown)
                painter.setPen(QPen(QColor(color).darker(130), 1))
                painter.setBrush(QColor(color))
                painter.drawRect(bar)
                painter.setPen(QColor("#333333"))
                text = f"{value:.2f}" if kind == "ratio" else str(int(value))
                painter.drawText(value_rect, value_align, isolate_ltr(text))  # "-0.05", not "0.05-"
                y += self.ROW
            if not rows:
                y += self.ROW
            y += 10


class DashboardPanel(QWidget):
    """The canvas in a scroll area, with Refresh and the PNG / SVG exports."""

    exported = Signal(str)

    def __init__(self, desk, statuses, arabic: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboardPanel")
        self.desk, self.statuses, self.arabic = desk, statuses, arabic
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.png_button = QPushButton(self.tr("Save as PNG…"))
        self.png_button.clicked.connect(lambda: self._save_dialog("png"))
        self.svg_button = QPushButton(self.tr("Save as SVG…"))
        self.svg_button.clicked.connect(lambda: self._save_dialog("svg"))
        for button in (self.refresh_button, self.png_button, self.svg_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.canvas = DashboardCanvas()
        self.canvas.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout.addWidget(scroll, 1)
        self.error = ""

    def refresh(self) -> None:
        try:
            numbers = desk_numbers(self.desk)
        except FactcheckError as exc:
            self.error = describe_error(exc)
            window = self.window()
            if hasattr(window, "show_error"):
                window.show_error(self.error)
            return
        self.canvas.show_numbers(numbers, self.statuses, self.arabic)

    def save_png(self, path: str) -> bool:
        return self.canvas.grab().save(path, "PNG")

    def save_svg(self, path: str) -> bool:
        width, height = max(self.canvas.width(), 640), self.canvas.needed_height()
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(self.tr("factcheck dashboard"))
        painter = QPainter(generator)
        try:
            self.canvas.paint(painter, width)
        finally:
            ok = painter.end()
        return ok

    def _save_dialog(self, kind: str) -> None:
        filters = {"png": self.tr("PNG images (*.png)"), "svg": self.tr("SVG images (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the dashboard"), start_folder(self.window(), f"dashboard.{kind}"), filters[kind]
        )
        if not path:
            return
        remember_folder(self.window(), path)
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        ok = self.save_png(path) if kind == "png" else self.save_svg(path)
        window = self.window()
        if not ok and hasattr(window, "show_error"):
            window.show_error(fill(self.tr("Could not write %1."), path))
        elif ok:
            self.exported.emit(path)
