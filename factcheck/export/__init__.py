"""Exports shared by the CLI and the GUI."""

from factcheck.export.csv_report import CSV_COLUMNS, neutralise_cell, write_csv_report

__all__ = ["CSV_COLUMNS", "neutralise_cell", "write_csv_report"]
