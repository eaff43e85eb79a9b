"""The desk's tools in the window: the Desk menu, review, justification, comments and
ratings in the inspector, the all-claims queue and the dashboard. ``install(window)`` is the
window's one hook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from factcheck.gui.qt_claims_queue import ClaimsQueue
from factcheck.gui.qt_dashboard import DashboardPanel
from factcheck.gui.qt_discussion import DiscussionPanel
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
    window.discussion_panel = DiscussionPanel.attach(window)
    menu.addSeparator()

    queue = ClaimsQueue(window.desk, window.statuses, window.arabic)
    queue.openClaim.connect(window.open_claim)
    window.claims_queue = queue
    dock = QDockWidget(QCoreApplication.translate("DeskTools", "All claims"), window)
    dock.setObjectName("dock_claimsQueue")
    dock.setWidget(queue)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.claims_dock, dock)
    dock.hide()  # opened from the Desk menu: reading the desk's claims costs a query
    window.queue_dock = dock

    def show_queue() -> None:
        dock.show()
        dock.raise_()
        queue.refresh()
        queue.view.setFocus()

    window.actions.add(menu, QCoreApplication.translate("DeskTools", "All claims (queue)"), show_queue, ["F7"], name="claimsQueue")

    board = DashboardPanel(window.desk, window.statuses, window.arabic)
    board.exported.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("DeskTools", "Saved %1").replace("%1", path), 8000
        )
    )
    window.dashboard = board
    area = Qt.DockWidgetArea.LeftDockWidgetArea if window.arabic else Qt.DockWidgetArea.RightDockWidgetArea
    board_dock = QDockWidget(QCoreApplication.translate("DeskTools", "Dashboard"), window)
    board_dock.setObjectName("dock_dashboard")
    board_dock.setWidget(board)
    window.addDockWidget(area, board_dock)
    window.tabifyDockWidget(window.inspector_dock, board_dock)
    board_dock.hide()
    window.dashboard_dock = board_dock

    def show_dashboard() -> None:
        board_dock.show()
        board_dock.raise_()
        board.refresh()

    window.actions.add(menu, QCoreApplication.translate("DeskTools", "Dashboard"), show_dashboard, ["F8"], name="dashboard")
