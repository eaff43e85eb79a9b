"""The alias list in the window (Desk → Names across scripts…): spellings of one name, in
any script, that search and link suggestions treat as one (TikTok = تيك توك = تيكتوك).
``install(window)`` is the window's one hook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from factcheck.gui import window_care
from factcheck.gui.i18n import describe_error
from factcheck.model import FactcheckError

SPELLING_ROLE = Qt.ItemDataRole.UserRole


class AliasDialog(QDialog):
    """Lists every spelling with the others of its name; adds and removes spellings."""

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.setObjectName("aliasDialog")
        self.desk = desk
        self.changed = False  # the window forgets its suggestions and searches again
        self.setWindowTitle(self.tr("Names across scripts"))
        about = QLabel(
            self.tr(
                "Spellings of one name that search and link suggestions treat as one: "
                "searching one finds the others."
            )
        )
        about.setWordWrap(True)
        self.groups = QListWidget()
        self.groups.setObjectName("aliasList")
        self.term = QLineEdit()
        self.term.setObjectName("aliasTerm")
        self.same_as = QLineEdit()
        self.same_as.setObjectName("aliasSameAs")
        for field in (self.term, self.same_as):
            window_care.follow_text_direction(field)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("aliasAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove the selected spelling"))
        self.remove_button.setObjectName("aliasRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.groups.currentItemChanged.connect(self._chosen)
        form = QFormLayout()
        form.addRow(self.tr("Spelling"), self.term)
        form.addRow(self.tr("Same name as"), self.same_as)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.groups)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        self.groups.clear()
        try:
            groups = self.desk.aliases()
        except FactcheckError as exc:
            self._refused(exc)
            return
        for group in groups:
            for spelling in group:
                others = " = ".join(t for t in group if t != spelling)
                item = QListWidgetItem(f"{spelling}  =  {others}")
                item.setData(SPELLING_ROLE, spelling)
                self.groups.addItem(item)

    def spellings(self) -> list[str]:
        return [self.groups.item(i).data(SPELLING_ROLE) for i in range(self.groups.count())]

    def _chosen(self, item, _previous) -> None:
        if item is not None:
            self.same_as.setText(item.data(SPELLING_ROLE))  # add another spelling of it

    def add(self) -> None:
        try:
            self.desk.add_alias(self.term.text(), self.same_as.text())
        except FactcheckError as exc:
            self._refused(exc)
            return
        self.changed = True
        self.term.clear()
        self.refresh()

    def remove_selected(self) -> None:
        item = self.groups.currentItem()
        if item is None:
            return
        try:
            self.desk.remove_alias(item.data(SPELLING_ROLE))
        except FactcheckError as exc:
            self._refused(exc)
            return
        self.changed = True
        self.refresh()

    def _refused(self, exc: FactcheckError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("factcheck"), describe_error(exc), parent=self)
        box.setObjectName("aliasRefused")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self.refused_box = box


def install(window) -> None:
    """Add *Names across scripts…* to the window's Desk menu."""

    def show() -> None:
        dialog = AliasDialog(window.desk, window)
        window.alias_dialog = dialog
        dialog.exec()
        if dialog.changed:
            window.panels.forget_suggestions()

    window.actions.add(
        window.desk_menu,
        QCoreApplication.translate("AliasDialog", "Names across scripts…"),
        show,
        name="aliases",
    )
