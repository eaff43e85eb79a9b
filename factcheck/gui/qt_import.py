"""ImportWorker: imports files and web addresses off the GUI thread and reports each outcome.

Signals: ``progressed(done, total, ImportOutcome)``, ``done(list[ImportOutcome])``,
``crashed(message)``.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal

from factcheck.desk import Desk
from factcheck.desk.importing import iter_import_files
from factcheck.gui.i18n import describe_error
from factcheck.model import FactcheckError


class ImportWorker(QThread):
    progressed = Signal(int, int, object)
    done = Signal(list)
    crashed = Signal(str)

    def __init__(self, desk: Desk, paths: list[str], parent=None, *, addresses=()):
        super().__init__(parent)
        self.desk = desk
        self.paths = paths
        self.addresses = list(addresses)  # fetched, never read as file names
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        files, urls = self.paths, self.addresses
        total = sum(1 for _ in iter_import_files(files)) + len(urls)
        seen = 0

        def report(outcome) -> None:
            nonlocal seen
            seen += 1
            self.progressed.emit(seen, total, outcome)

        try:
            outcomes = (
                self.desk.import_paths(files, progress=report, cancelled=self._cancel.is_set)
                if files
                else []
            )
            if urls and not self.cancelled:  # a cancel stops waiting for a page
                outcomes += self.desk.import_urls(
                    urls, progress=report, cancelled=self._cancel.is_set
                )
        except FactcheckError as exc:
            self.crashed.emit(describe_error(exc))
            return
        self.done.emit(outcomes)
