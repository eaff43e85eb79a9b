"""The desk's tools in the window: the Desk menu, review, justification, comments and
ratings in the inspector, the all-claims queue and the dashboard. ``install(window)`` is the
window's one hook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

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

    def show_queue() -> None:
        queue, dock = claims_queue(window), window.queue_dock
        dock.show()
        dock.raise_()
        queue.refresh()
        queue.view.setFocus()

    window.actions.add(menu, QCoreApplication.translate("DeskTools", "All claims (queue)"), show_queue, ["F7"], name="claimsQueue")

    def show_dashboard() -> None:
        board, board_dock = dashboard(window), window.dashboard_dock
        board_dock.show()
        board_dock.raise_()
        board.refresh()

    window.actions.add(menu, QCoreApplication.translate("DeskTools", "Dashboard"), show_dashboard, ["F8"], name="dashboard")


# The all-claims queue and the dashboard are hidden docks until the editor opens them, so
# they (and their modules: the dashboard's charts, the queue's model) are built at first
# use rather than with the window: ~7 ms of CPU off every start. ``MainWindow`` reaches them
# through its ``claims_queue``/``queue_dock`` and ``dashboard``/``dashboard_dock``
# properties, which build them (hidden, where they always were) when first asked for.


def claims_queue(window):
    """The window's all-claims queue, in a hidden dock tabbed with the claims table."""
    queue = getattr(window, "_claims_queue", None)
    if queue is not None:
        return queue
    from factcheck.gui.qt_claims_queue import ClaimsQueue

    queue = ClaimsQueue(window.desk, window.statuses, window.arabic)
    queue.openClaim.connect(window.open_claim)
    dock = QDockWidget(QCoreApplication.translate("DeskTools", "All claims"), window)
    dock.setObjectName("dock_claimsQueue")
    dock.setWidget(queue)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.claims_dock, dock)
    dock.hide()  # opened from the Desk menu: reading the desk's claims costs a query
    window._claims_queue, window._queue_dock = queue, dock
    return queue


def dashboard(window):
    """The window's dashboard, in a hidden dock tabbed with the claim inspector."""
    board = getattr(window, "_dashboard", None)
    if board is not None:
        return board
    from factcheck.gui.qt_dashboard import DashboardPanel

    board = DashboardPanel(window.desk, window.statuses, window.arabic)
    board.exported.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("DeskTools", "Saved %1").replace("%1", path), 8000
        )
    )
    area = Qt.DockWidgetArea.LeftDockWidgetArea if window.arabic else Qt.DockWidgetArea.RightDockWidgetArea
    board_dock = QDockWidget(QCoreApplication.translate("DeskTools", "Dashboard"), window)
    board_dock.setObjectName("dock_dashboard")
    board_dock.setWidget(board)
    window.addDockWidget(area, board_dock)
    window.tabifyDockWidget(window.inspector_dock, board_dock)
    board_dock.hide()
    window._dashboard, window._dashboard_dock = board, board_dock
    return board
