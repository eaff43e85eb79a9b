"""Everyday window behaviours: fit the screen and remember where the window was, remember
the last folder of the file dialogs, lay out a text field in its text's direction, offer
``https://`` for a source typed without it, give the keyboard back to the reader after
a dialog, and start what the first frame does not need once it is painted."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from factcheck.gui.i18n import fill
from factcheck.text.direction import paragraph_direction

PREFERRED_SIZE = (1400, 860)  # what the window opens at where the screen is large enough


# -- size and position ------------------------------------------------------------------------
def available_geometry(window: QWidget) -> QRect:
    """The screen's area free of task bars and docks (the window's screen, else the primary)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def clamped(rect: QRect, area: QRect) -> QRect:
    """``rect`` made to fit in ``area``: no larger, and moved inside it."""
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = max(area.left(), min(rect.x(), area.right() + 1 - width))
    y = max(area.top(), min(rect.y(), area.bottom() + 1 - height))
    return QRect(x, y, width, height)


def place_window(window: QWidget, settings) -> None:
    """The size and position saved last time, fitted to the screen as it is now; the first
    time, the preferred size (at most the screen's free area), centred."""
    area = available_geometry(window)
    saved = settings.window_geometry
    if saved is None:
        width, height = PREFERRED_SIZE
        saved = QRect(0, 0, min(width, area.width()), min(height, area.height()))
        saved.moveCenter(area.center())
    # The frame (title bar, borders) takes room beside the client area: leave it some.
    frame = window.frameGeometry().size() - window.geometry().size()
    inner = area.adjusted(0, 0, -max(0, frame.width()), -max(0, frame.height()))
    rect = clamped(saved, inner)
    window.setMinimumSize(min(window.minimumWidth(), rect.width()), min(window.minimumHeight(), rect.height()))
    window.setGeometry(rect)
    ScreenFit(window)


class ScreenFit(QObject):
    """Once the window is shown (its frame known), move and shrink it so that the frame,
    title bar included, lies on the screen's free area."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.fit)
        return False

    def fit(self) -> None:
        window = self.window
        area = available_geometry(window)
        frame, inner = window.frameGeometry(), window.geometry()
        if area.contains(frame):
            return
        left, top = inner.x() - frame.x(), inner.y() - frame.y()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        fitted = clamped(frame, area)
        window.setGeometry(
            fitted.x() + left, fitted.y() + top, fitted.width() - extra_w, fitted.height() - extra_h
        )
        share_side_panels(window)


def share_side_panels(window: QWidget) -> None:
    """On a narrow window, the side panels take a fifth and a third of the width: their
    fixed 280 + 440 pixels left the reader a sliver (68 px on an 800-pixel screen)."""
    docks = [getattr(window, name, None) for name in ("articles_dock", "inspector_dock")]
    if None in docks:
        return
    width = window.width()
    if width >= 1300:  # the panels' usual widths leave the reader more than half
        return
    window.resizeDocks(docks, [width // 5, width // 3], Qt.Orientation.Horizontal)


def remember_geometry(window: QWidget, settings) -> None:
    """Save the window's size and position (the normal one, if it is maximised)."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    if rect.isValid():
        settings.window_geometry = rect


# -- emoji -----------------------------------------------------------------------------------------
def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2600 <= cp < 0x27C0 or 0x2B00 <= cp < 0x2C00


def emoji_at(text: str, pos: int) -> str:
    """``"😀 U+1F600 GRINNING FACE"`` for an emoji at ``pos`` (or just before it: the mouse
    points between two characters), else "". The reader shows it on hover, so an emoji the
    system's fonts lack (drawn as an empty box) can still be read."""
    for at in (pos, pos - 1):
        if 0 <= at < len(text) and _is_emoji(text[at]):
            ch = text[at]
            return f"{ch} U+{ord(ch):04X} {unicodedata.name(ch, '')}".rstrip()
    return ""


# -- file dialogs ----------------------------------------------------------------------------
def start_folder(window: QWidget, name: str = "") -> str:
    """Where a file dialog opens: the folder used last (``name`` inside it, if given)."""
    settings = getattr(window, "settings", None)
    folder = settings.last_folder if settings is not None else ""
    if not folder or not Path(folder).is_dir():
        folder = str(Path.home())
    return str(Path(folder) / name) if name else folder


def remember_folder(window: QWidget, path: str) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    settings = getattr(window, "settings", None)
    if settings is None or not path:
        return
    chosen = Path(path)
    settings.last_folder = str(chosen if chosen.is_dir() else chosen.parent)


# -- text direction of a field ---------------------------------------------------------------
def follow_text_direction(edit: QPlainTextEdit | QTextEdit | QLineEdit) -> None:
    """Lay a text field out in the direction of its text (its first strong letter: Arabic
    right to left and right-aligned, Latin left to right), whatever the window's direction;
    an empty field follows the window."""
    if isinstance(edit, QLineEdit):

        def update_line() -> None:
            ui_rtl = edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
            text = edit.text()
            rtl = paragraph_direction(text, ui_rtl) == "rtl" if text.strip() else ui_rtl
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            edit.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

        edit.textChanged.connect(update_line)
        update_line()
        return

    def update() -> None:
        ui_rtl = edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
        text = edit.toPlainText()
        rtl = paragraph_direction(text, ui_rtl) == "rtl" if text.strip() else ui_rtl
        doc = edit.document()
        option = doc.defaultTextOption()
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if option.textDirection() == direction and option.alignment() & Qt.AlignmentFlag.AlignAbsolute:
            return
        option.setTextDirection(direction)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        doc.setDefaultTextOption(option)

    edit.textChanged.connect(update)
    update()


# -- a source typed without http(s):// ---------------------------------------------------------
def ask_use_https(parent: QWidget, suggestion: str) -> bool:
    """Ask "Use https://…?"; True if the editor accepts."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("WindowCare", "factcheck"),
        fill(QCoreApplication.translate("WindowCare", "A source needs http:// or https://. Use %1?"), suggestion),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("useHttpsDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


# -- after the first frame -------------------------------------------------------------------
class _FirstPaint(QObject):
    """Holds the window's work for after its first paint, then hands it to the event loop."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.work: list | None = []
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.work is not None:
            watched.removeEventFilter(self)
            work, self.work = self.work, None
            for job in work:  # each in a pass of its own: a click can come in between
                QTimer.singleShot(0, self, job)
        return False


def after_first_paint(window: QWidget, job) -> None:
    """Run ``job`` once the window has painted its first frame (in a later pass of the event
    loop; at once if the window has been painted already; never if the window is closed
    before). For what the editor does not see in the first frame: the window answers sooner."""
    helper = getattr(window, "_after_first_paint", None)
    if helper is None:
        helper = window._after_first_paint = _FirstPaint(window)
    if helper.work is None:
        QTimer.singleShot(0, helper, job)
    else:
        helper.work.append(job)


# -- the keyboard back to the reader -------------------------------------------------------------
class FocusBack(QObject):
    """When a dialog of the window closes, the keyboard goes back to the reader, unless it
    was in a text field of the window when the dialog opened (typing goes on there).

    Follows the window's own events, never the application's: a filter on the application
    runs Python for every event of every object (measured: an eighth of a bare window's
    start-up, and every event after). A dialog made on the window is followed from its
    polish (its Show and Hide); a modal dialog made on a panel of the window, from the
    window being blocked and unblocked."""

    def __init__(self, window: QWidget, reader: QWidget):
        super().__init__(window)
        self.window, self.reader = window, reader
        self._before: dict[int, QWidget | None] = {}
        self._blocked: list[QWidget | None] = []  # the focus when a panel's dialog blocked the window
        window.installEventFilter(self)

    def _ours(self, widget) -> bool:
        return isinstance(widget, QDialog) and widget.parentWidget() is not None and (
            widget.parentWidget().window() is self.window
        )

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.ChildPolished and isinstance(event.child(), QDialog):
                event.child().installEventFilter(self)  # about to be shown: its Show and Hide
            elif kind == QEvent.Type.WindowBlocked:
                dialog = QApplication.activeModalWidget()
                if self._ours(dialog) and dialog.parentWidget() is not self.window:
                    self._blocked.append(QApplication.focusWidget())
            elif kind == QEvent.Type.WindowUnblocked and self._blocked:
                before = self._blocked.pop()
                QTimer.singleShot(0, lambda: self._give_back(before))
        elif kind == QEvent.Type.Show and self._ours(watched):
            self._before[id(watched)] = QApplication.focusWidget()
        elif kind == QEvent.Type.Hide and self._ours(watched):
            before = self._before.pop(id(watched), None)
            QTimer.singleShot(0, lambda: self._give_back(before))
        return False

    def _give_back(self, before: QWidget | None) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # another dialog is up: it has the keyboard
        typing = isinstance(before, (QLineEdit, QPlainTextEdit)) or (
            isinstance(before, QTextEdit) and not before.isReadOnly()
        )
        try:
            if typing and before.isVisible() and before.window() is self.window:
                before.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        except RuntimeError:  # the field was deleted meanwhile
            pass
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        self.window.removeEventFilter(self)
