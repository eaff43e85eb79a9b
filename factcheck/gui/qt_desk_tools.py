"""The desk's tools in the window: the Desk menu, review in the inspector, the all-claims
queue and the dashboard. ``install(window)`` is the window's one hook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from factcheck.gui.qt_review import ReviewPanel


def install(window) -> None:
    """Add the Desk menu (before Help) and the panels to a built ``MainWindow``."""
    bar = window.menuBar()
    help_action = bar.actions()[-1] if bar.actions() else None
    menu = bar.addMenu(QCoreApplication.translate("DeskTools", "&Desk"))
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    window.desk_menu = menu
    window.review_panel = ReviewPanel.attach(window, menu)
