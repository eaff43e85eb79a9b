"""PDF files with a text layer: their text (Arabic repaired) and document information.

A scanned PDF (pictures of pages, no text) is refused saying so: reading it needs OCR,
which this tool does not do.
"""

from __future__ import annotations

import io
import logging
import re

from factcheck.intake.arabic_pdf import (
    fold_presentation_forms,
    looks_visual,
    to_logical,
)
from factcheck.intake.document import IntakeDocument, language_tag, one_line
from factcheck.intake.titles import choose_title
from factcheck.text import DecodeError, clean_text, is_blank

# A book-length report is a few hundred pages; the text of more pages than this takes
# minutes to extract and is no single article.
MAX_PDF_PAGES = 2000
MAX_PDF_CHARS = 5_000_000
_LETTERS = re.compile(r"[^\W\d_]")
_PADDING = re.compile(r"[ \t]{2,}")


def _squeeze(text: str) -> str:
    """Layout mode pads lines with spaces to their column: one space between words, no
    space around a line, at most one blank line between paragraphs."""
    lines = [_PADDING.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def read_pdf(data: bytes) -> IntakeDocument:
    """The text of a PDF's text layer; DecodeError saying why a PDF cannot be used."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DecodeError(template="not a PDF file")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs every repair of a damaged file: the outcome says what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are encrypted with an empty user password (printing restrictions
            # only): they open without one. Others need a password this tool does not ask.
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported cipher (pypdf needs extra modules)
                opened = 0
            if not opened:
                raise DecodeError(template="password-protected PDF")
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise DecodeError(
                template="PDF too long ({pages} pages; limit {limit})",
                pages=count,
                limit=MAX_PDF_PAGES,
            )
        pages: list[str] = []
        chars = 0
        for page in reader.pages:
            # Layout mode orders text by its position on the page, the same for every
            # producer; the plain mode's own right-to-left guesses reorder parts of
            # Arabic lines differently from one PDF to the next.
            text = _squeeze(page.extract_text(extraction_mode="layout") or "")
            chars += len(text)
            if chars > MAX_PDF_CHARS:
                raise DecodeError(
                    template="PDF holds too much text (over {limit} characters)",
                    limit=MAX_PDF_CHARS,
                )
            pages.append(text)
        info = reader.metadata or {}
        title, author = info.get("/Title"), info.get("/Author")
        # (The creation date is the file's, not the article's publication: not taken.)
        lang = reader.trailer["/Root"].get("/Lang")
    except DecodeError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError, IndexError, AssertionError, ZeroDivisionError) as exc:
        raise DecodeError(
            template="damaged or truncated PDF ({reason})", reason=type(exc).__name__
        ) from None
    text = clean_text("\n\n".join(page.strip("\n") for page in pages))
    if len(_LETTERS.findall(text)) < 20:
        raise DecodeError(
            template="PDF has no text layer (a scanned document?); run OCR on it first"
        )
    folded, _ = fold_presentation_forms(text)
    if looks_visual(folded):
        # Reversed before folding: a lam-alef ligature (ﻻ) read backwards is still لا.
        folded, _ = fold_presentation_forms(to_logical(text))
        if looks_visual(folded):  # mixed orders this repair cannot sort out
            raise DecodeError(template="PDF Arabic text is in an order that cannot be repaired")
    text = folded
    text = clean_text(text)
    if is_blank(text):
        raise DecodeError(template="PDF has no text layer (a scanned document?); run OCR on it first")
    return IntakeDocument(
        text=text,
        encoding="pdf",
        title=one_line(title) or choose_title(text),
        author=one_line(author, 200),
        lang=language_tag(lang),
        source_kind="pdf",
    )
