"""Reading articles from files and web addresses: text plus metadata.

Qt-free and SQL-free: each reader turns bytes into an ``IntakeDocument`` or raises
``DecodeError`` saying why the file cannot be used; the desk stores the result.
"""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.intake.document import IntakeDocument, guess_language
from factcheck.intake.titles import choose_title
from factcheck.text import DecodeError, read_text_file
from factcheck.text.decode import read_file_bytes

__all__ = [
    "IMPORT_SUFFIXES",
    "IntakeDocument",
    "choose_title",
    "read_document",
    "read_document_bytes",
]

# File name endings the import reads (lower case); a folder's other files are skipped.
IMPORT_SUFFIXES = (".txt", ".html", ".htm", ".mhtml", ".mht", ".docx", ".pdf")


def read_document_bytes(data: bytes, suffix: str, *, url: str = "") -> IntakeDocument:
    """Read bytes as the kind of file ``suffix`` names (``.html``, ``.docx``, ``.pdf``…)."""
    suffix = suffix.lower()
    if suffix in (".html", ".htm"):
        from factcheck.intake.html import read_html

        return read_html(data, url=url)
    if suffix in (".mhtml", ".mht"):
        from factcheck.intake.html import read_mhtml

        return read_mhtml(data)
    if suffix == ".docx":
        from factcheck.intake.docx import read_docx

        return read_docx(data)
    if suffix == ".pdf":
        from factcheck.intake.pdf import read_pdf

        return read_pdf(data)
    raise DecodeError(template="not a file type the import reads ({suffix})", suffix=suffix)


def read_document(path: str | os.PathLike[str]) -> IntakeDocument:
    """Read one article file, choosing the reader by its name's ending; any other ending
    is read as plain text (as before: ``.txt`` or no ending at all)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in IMPORT_SUFFIXES and suffix != ".txt":
        return read_document_bytes(read_file_bytes(path), suffix)
    decoded = read_text_file(path)
    return IntakeDocument(
        text=decoded.text,
        encoding=decoded.encoding,
        title=choose_title(decoded.text),
        lang=guess_language(decoded.text),
        source_kind="text",
    )
