""""Connect to a shared desk…": point the window at a server desk's URL, test it, and
remember it in the settings. A password is never written there: the URL must not hold one
(libpq reads it from ~/.pgpass, PGPASSWORD or a service file)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from factcheck.desk import Desk
from factcheck.gui.i18n import describe_error
from factcheck.model import FactcheckError


def has_password(url: str) -> bool:
    try:
        return bool(urlsplit(url).password)
    except ValueError:
        return False


class ConnectDialog(QDialog):
    """A URL field, "Test connection", and what the test found."""

    def __init__(self, current: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shared desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The address of the desk's PostgreSQL database, for example "
                "postgresql+psycopg://huda@dbhost/desk (add ?sslmode=require for TLS). Do not "
                "put the password in it: factcheck never stores passwords. Put it in "
                "~/.pgpass, in PGPASSWORD, or use a service file (postgresql+psycopg:///?service=desk)."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.url = QLineEdit(current)
        self.url.setObjectName("deskUrl")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url.setPlaceholderText("postgresql+psycopg://USER@HOST/DATABASE")
        row.addWidget(self.url, 1)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        row.addWidget(self.test_button)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("connectResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.result)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 220)

    def problem(self) -> str:
        """Why the URL cannot be used ("" when the desk answers and is set up)."""
        url = self.url.text().strip()
        if not url:
            return self.tr("Enter the desk's address.")
        if not url.startswith("postgresql"):
            return self.tr("A shared desk's address starts with postgresql+psycopg://")
        if has_password(url):
            return self.tr(
                "Remove the password from the address: factcheck never stores passwords. "
                "Put it in ~/.pgpass or PGPASSWORD, or use a service file."
            )
        try:
            Desk.open(url, read_only=True, load_seeds=False).close()
        except FactcheckError as exc:
            return describe_error(exc)
        return ""

    def test(self) -> bool:
        problem = self.problem()
        self.result.setText(problem or self.tr("The desk answers and is set up."))
        return not problem

    def accept(self) -> None:
        if self.test():  # only a desk that answers is remembered
            super().accept()


def connect_to_shared_desk(window, url: str | None = None):
    """Ask for a desk's URL (``url``: already chosen, e.g. by a test), remember it and open
    it in a new window in place of this one; returns the new window, or None."""
    dialog = ConnectDialog(window.settings.desk_url, window)
    if url is not None:
        dialog.url.setText(url)
        if not dialog.test():
            window.show_error(dialog.result.text())
            return None
    elif dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.url.text().strip()
    window.inspector.commit_note()
    try:
        new = window.open_window_on(chosen)  # set by app.build_window
    except FactcheckError as exc:
        window.show_error(describe_error(exc))
        return None
    window.settings.desk_url = chosen
    new.show()
    window.close()
    window.desk.close()
    return new
