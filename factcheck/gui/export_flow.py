"""ExportFlow: the export menu's dialogs and writers (CSV report, JSON-LD, research data)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from factcheck.desk import Desk
from factcheck.gui.i18n import describe_error, fill
from factcheck.gui.window_care import remember_folder, start_folder
from factcheck.model import FactcheckError


def _with_suffix(path: str, suffix: str) -> tuple[str, bool]:
    """A saved file's name with its type's suffix if it was typed without one, and whether
    replacing it was asked (the file dialog asked only about the name as typed)."""
    if Path(path).suffix:
        return path, True
    return path + suffix, False


class ExportFlow(QObject):
    def __init__(
        self,
        desk: Desk,
        window: QMainWindow,
        *,
        article_id: Callable[[], int | None],
        show_error: Callable[[str], None],
        claimreview_options: Callable[[], dict] | None = None,
        report_language: Callable[[], str] | None = None,
    ):
        super().__init__(window)
        # the organisation, review addresses and language from the settings
        self._claimreview_options = claimreview_options or dict
        # the printable report and the CSV's headers are in the window's language
        self._report_language = report_language or (lambda: "en")
        self.desk, self.window = desk, window
        self._article_id = article_id  # the open article's, for "this article"
        self._show_error = show_error

    def export_csv_dialog(self, this_article: bool) -> None:
        if this_article and self._article_id() is None:
            self._show_error(self.tr("Open an article first."))
            return
        suggested = "verdicts.csv" if not this_article else f"verdicts-article-{self._article_id()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export verdict report"), start_folder(self.window, suggested),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path:  # the file dialog has already asked before replacing an existing file
            remember_folder(self.window, path)
            path, asked = _with_suffix(path, ".csv")
            self.export_csv(path, this_article, overwrite=asked)

    def export_csv(self, path: str, this_article: bool = False, *, overwrite: bool = False) -> int | None:
        """The CSV verdict report; returns the number of claims written (None if refused)."""
        return self.run("csv", path, overwrite=overwrite, this_article=this_article)

    def export_dialog(self, kind: str) -> None:
        """ClaimReview / Web Annotation JSON-LD to a file, research data into a folder."""
        if kind == "research":
            path = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the research export"), start_folder(self.window)
            )
        elif kind == "pdf":
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export"), start_folder(self.window, "verdict-report.pdf"),
                self.tr("PDF files (*.pdf)"),
            )  # fmt: skip
        else:
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export"), start_folder(self.window, f"{kind}.jsonld"),
                self.tr("JSON-LD files (*.jsonld *.json)"),
            )  # fmt: skip
        if not path:
            return
        remember_folder(self.window, path)
        overwrite = kind != "research"  # the file dialog already asked before replacing a file
        if kind != "research":
            path, overwrite = _with_suffix(path, ".pdf" if kind == "pdf" else ".jsonld")
        try:  # only the export's own files would be replaced: ask about them
            from factcheck.export.research import RESEARCH_FILES

            occupied = kind == "research" and any((Path(path) / name).exists() for name in RESEARCH_FILES)
        except OSError:  # unreadable, or gone: the export itself says what is wrong
            occupied = False
        if occupied:
            answer = QMessageBox.question(
                self.window,
                self.tr("Export"),
                self.tr("Replace the research files already in this folder?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return  # "No" cancels the export
            overwrite = True
        self.run(kind, path, overwrite=overwrite)

    def run(self, kind: str, path: str, *, overwrite: bool = False, this_article: bool = False):
        # Imported here, not with the window: the first screen needs none of them (start-up).
        from factcheck.export import write_csv_report
        from factcheck.export.jsonld import write_annotations, write_claimreview
        from factcheck.export.research import write_research
        from factcheck.gui.pdf_report import write_pdf_report

        writers = {
            "csv": write_csv_report,
            "claimreview": write_claimreview,
            "annotations": write_annotations,
            "research": write_research,
            "pdf": write_pdf_report,
        }
        extra = self._claimreview_options() if kind == "claimreview" else {}
        if kind in ("pdf", "csv"):  # the CSV's column headers too (the cells are the same)
            extra = {"lang": self._report_language()}
        try:
            result = writers[kind](
                self.desk,
                path,
                article_id=self._article_id() if this_article else None,
                overwrite=overwrite,
                **extra,
            )
        except FactcheckError as exc:
            self._show_error(describe_error(exc))
            return None
        self.window.statusBar().showMessage(fill(self.tr("Exported to %1"), path), 8000)
        return result
