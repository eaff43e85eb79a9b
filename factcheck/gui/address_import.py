"""AddressImport: *File → Import from address…*, and web addresses pasted (Ctrl+V) or dropped
on the article list.

The page is fetched and imported off the GUI thread by the window's ``ImportFlow`` (its
progress dialog, its summary naming a refused address with the reason); the imported
article is then opened. Text that is not a web address is never fetched: the status bar
says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from factcheck.gui.i18n import fill
from factcheck.model import https_form


def is_web_address(text: str) -> bool:
    """``intake.fetch.is_web_address``, imported when first used: the fetcher loads
    urllib.request and the page reader, which the window's start does not need."""
    from factcheck.intake.fetch import is_web_address as web_address

    return web_address(text)


def web_addresses(mime: QMimeData | None) -> list[str]:
    """The http(s) addresses that dragged or copied data holds: its links, else its text
    when that is one address alone."""
    if mime is None:
        return []
    found = [u.toString() for u in mime.urls() if u.scheme().lower() in ("http", "https")]
    if not found and mime.hasText():
        text = mime.text().strip()
        if is_web_address(text) and not any(ch.isspace() for ch in text):
            found = [text]
    return found


class AddressDialog(QDialog):
    """One field for the page's address, filled with the clipboard's address if it holds one."""

    def __init__(self, parent: QWidget | None = None, address: str = ""):
        super().__init__(parent)
        self.setObjectName("addressDialog")
        self.setWindowTitle(self.tr("Import from address"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Address of the web page (http:// or https://):"))
        layout.addWidget(label)
        self.address = QLineEdit(address)
        self.address.setObjectName("addressField")
        self.address.setPlaceholderText("https://")
        self.address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads left to right
        self.address.selectAll()  # typing or pasting replaces the clipboard's address
        label.setBuddy(self.address)
        layout.addWidget(self.address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.address.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(address.strip()))
        self.resize(560, self.sizeHint().height())


class AddressImport(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog_box: AddressDialog | None = None
        view = window.article_view
        view.installEventFilter(self)  # Ctrl+V
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)  # a link dropped on the list

    def dialog(self) -> None:
        """*Import from address…*: ask for the address, then import it."""
        clipboard = web_addresses(QGuiApplication.clipboard().mimeData())
        dialog = AddressDialog(self.window, clipboard[0] if clipboard else "")
        self.dialog_box = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog_box = None
        if accepted:
            self.start(dialog.address.text().strip(), typed=True)

    def paste(self) -> None:
        """Ctrl+V on the article list: import the clipboard's address, if it holds one."""
        mime = QGuiApplication.clipboard().mimeData()
        found = web_addresses(mime)
        if found:
            self.import_addresses(found)
            return
        text = mime.text().strip() if mime is not None and mime.hasText() else ""
        suggestion = https_form(text) if text and len(text.split()) == 1 else None
        if suggestion is not None:
            self.start(text, typed=True)
        else:
            self._say(self.tr("The clipboard holds no web address (http:// or https://) to import."))

    def start(self, address: str, *, typed: bool = False):
        """Fetch and import ``address``; one typed without its scheme (``www.…``) is offered
        as https. Returns the worker, or None if nothing started."""
        if not address:
            return None
        if typed and not is_web_address(address):
            suggestion = https_form(address)
            if suggestion is not None:
                if not self._ask_https(suggestion):
                    return None
                address = suggestion
        return self.import_addresses([address])

    def import_addresses(self, addresses: list[str]):
        """Fetch and import each address, then open the first article imported."""
        imports = self.window.imports
        if imports.worker is not None:
            self._say(self.tr("An import is running; import this address when it has finished."))
            return None
        worker = imports.start([], addresses=addresses)
        if worker is not None:
            worker.done.connect(self._open_imported)
        return worker

    def _open_imported(self, outcomes: list) -> None:
        """Open the article fetched (or the one it repeats), selected in the list."""
        found = [o.article_id for o in outcomes if o.article_id is not None]
        if found:
            self.window.open_article(found[0])

    def _ask_https(self, suggestion: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import from address"),
            fill(self.tr("A web address starts with http:// or https://. Import %1?"), suggestion),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("addressHttpsDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.window.article_view:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            found = web_addresses(event.mimeData())
            if found:  # files dropped on the list go on to the window (imported as files)
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.import_addresses(found)
                return True
        return False
