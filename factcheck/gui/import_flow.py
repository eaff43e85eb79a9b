"""ImportFlow: import files and web addresses off the GUI thread with a cancellable progress
dialog, then a summary of what was imported, skipped and refused (with the reason)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from factcheck.desk import Desk
from factcheck.gui.address_import import is_web_address  # loads the fetcher when used
from factcheck.gui.i18n import describe_refusal, fill, isolate_ltr
from factcheck.gui.qt_import import ImportWorker
from factcheck.gui.window_care import remember_folder, start_folder


def _short_name(path: str) -> str:
    """A file's name, or a web address whole (its last part alone names nothing)."""
    return path if is_web_address(path) else Path(path).name


class ImportFlow(QObject):
    def __init__(
        self,
        desk: Desk,
        window: QWidget,
        *,
        imported: Callable[[], None],
        show_error: Callable[[str], None],
    ):
        super().__init__(window)
        self.desk, self.window = desk, window
        self._imported = imported  # the article list reads the desk again
        self._show_error = show_error
        self.worker: ImportWorker | None = None
        self.last: list = []  # the outcomes of the last import
        self.summary_box: QMessageBox | None = None

    def files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), start_folder(self.window),
            self.tr("Articles (*.txt *.html *.htm *.mhtml *.docx *.pdf);;All files (*)"),
        )  # fmt: skip
        if paths:
            remember_folder(self.window, paths[0])
            self.start(paths)

    def folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder of articles"), start_folder(self.window)
        )
        if folder:
            remember_folder(self.window, folder)
            self.start([folder])

    def start(self, paths: list[str], *, addresses=()) -> ImportWorker | None:
        """Import off the GUI thread with a cancellable progress dialog and a summary;
        ``addresses`` are fetched (http and https only: anything else is refused, saying so)."""
        if self.desk.store.read_only:
            self._show_error(self.tr("This database is open read-only; nothing was imported."))
            return None
        if self.worker is not None:
            return None
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self.window)
        progress.setObjectName("importProgress")
        label = QLabel(self.tr("Importing…"))  # shows file names: text, never HTML
        if len(addresses) == 1 and not paths:
            label.setText(fill(self.tr("Fetching %1…"), addresses[0]))
        label.setTextFormat(Qt.TextFormat.PlainText)
        progress.setLabel(label)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)  # starts its clock: shown if the import is still running at 300 ms
        worker = ImportWorker(self.desk, list(paths), self, addresses=addresses)
        self.worker = worker
        progress.canceled.connect(worker.cancel)

        def on_progress(done: int, total: int, outcome) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(_short_name(outcome.path))

        def close_progress() -> None:
            # Closing a progress dialog emits ``canceled``, as if Cancel had been pressed.
            progress.canceled.disconnect(worker.cancel)
            progress.close()

        def finish(outcomes: list) -> None:
            close_progress()
            self.worker = None
            self.last = outcomes
            self._imported()
            self._summary(outcomes, cancelled=worker.cancelled)

        def crashed(message: str) -> None:
            close_progress()
            self.worker = None
            self._imported()
            self._show_error(message)

        worker.progressed.connect(on_progress)
        worker.done.connect(finish)
        worker.crashed.connect(crashed)
        worker.start()
        return worker

    def _summary(self, outcomes: list, cancelled: bool) -> None:
        imported = [o for o in outcomes if o.outcome == "imported"]
        skipped = [o for o in outcomes if o.outcome == "duplicate"]
        refused = [o for o in outcomes if o.outcome == "refused"]
        lines = [
            fill(self.tr("Imported: %1"), len(imported)),
            fill(self.tr("Already present (skipped): %1"), len(skipped)),
            fill(self.tr("Refused: %1"), len(refused)),
        ]
        if len(outcomes) == 1 and refused:  # one file or address: say why in the text itself
            lines = [fill(self.tr("Nothing was imported from %1:"), self._shown_path(refused[0])),
                     describe_refusal(refused[0])]  # fmt: skip
        if cancelled:
            lines.append(self.tr("The import was cancelled; files not reached were not imported."))
        warned = [o for o in imported if o.bidi_controls]
        for o in warned[:10]:
            lines.append(
                fill(self.tr("%1 holds %n hidden bidi control(s).", "", o.bidi_controls), _short_name(o.path))
            )
        if self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # a right-to-left line (RLM)
            details = "\n".join(
                f"\u200f{self._shown_path(o)}: {describe_refusal(o)}" for o in refused[:200]
            )
        else:
            details = "\n".join(f"{o.path}: {o.reason}" for o in refused[:200])
        box = QMessageBox(self.window)
        box.setObjectName("importSummary")
        box.setIcon(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(lines))
        if details and len(outcomes) > 1:
            box.setDetailedText(details)
        box.setModal(False)
        box.show()
        self.summary_box = box

    def _shown_path(self, outcome) -> str:
        """A path or address as shown: kept in order (isolated) inside a right-to-left line."""
        if self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return isolate_ltr(outcome.path)
        return outcome.path
