"""Word and PDF files: text in order, Arabic repaired, hostile files refused with a reason."""

from __future__ import annotations

import io
import zipfile

import pytest
from arabic_reshaper import reshape
from bidi.algorithm import (
    get_display,  # the pure-Python one mirrors brackets, as PDFs draw them
)
from pdf_maker import make_pdf

from factcheck.intake import read_document, read_document_bytes
from factcheck.intake.docx import MAX_DOCX_UNPACKED
from factcheck.intake.pdf import MAX_PDF_PAGES
from factcheck.text import DecodeError

LINES = [
    "قال وزير المالية إن الحكومة خفضت العجز في عام 2023 إلى 3.5 في المئة.",
    "وأكد الوزير أن الإنفاق على التعليم لا يزال (بحسب الموازنة) مرتفعا هذا العام.",
    "وقال رئيس الوزراء إن البلاد ستخرج من الأزمة قبل نهاية العام.",
]


def visual(line: str) -> str:
    """What a producer that cannot shape Arabic writes: glyphs, left to right on the page."""
    return get_display(reshape(line), base_dir="R")


# -- PDF ---------------------------------------------------------------------------------


def test_pdf_in_logical_order_reads_as_written():
    doc = read_document_bytes(
        make_pdf([LINES], info={"Title": "تقرير الموازنة", "Author": "وزارة المالية"}), ".pdf"
    )
    assert doc.text.split("\n") == LINES
    assert (doc.title, doc.author, doc.source_kind) == ("تقرير الموازنة", "وزارة المالية", "pdf")


def test_pdf_in_visual_order_with_presentation_forms_is_repaired():
    """Reversed lines of shaped glyphs (ﻡﺎﻌﻟﺍ …) come back as letters in reading order:
    numbers, brackets and the lam-alef ligature (ﻻ) included."""
    pages = [[visual(line) for line in LINES]]
    assert "ﻻ" in pages[0][1] and pages[0][0] != LINES[0]
    doc = read_document_bytes(make_pdf(pages), ".pdf")
    assert doc.text.split("\n") == LINES
    assert doc.title == LINES[0]  # no title in the properties: the first sentence-like line


def test_pdf_presentation_forms_in_logical_order_are_folded_to_letters():
    shaped = [reshape(line) for line in LINES]
    assert shaped[0] != LINES[0]
    doc = read_document_bytes(make_pdf([shaped]), ".pdf")
    assert doc.text.split("\n") == LINES


def test_scanned_pdf_without_text_is_refused_saying_so():
    with pytest.raises(DecodeError, match="no text layer"):
        read_document_bytes(make_pdf([[], []]), ".pdf")


def test_password_protected_pdf_is_refused():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([LINES]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DecodeError, match="password-protected PDF"):
        read_document_bytes(out.getvalue(), ".pdf")


def test_pdf_with_ten_thousand_pages_is_refused_with_the_limit():
    data = make_pdf([LINES], repeat_pages=10_000)
    with pytest.raises(DecodeError, match=rf"PDF too long \(10000 pages; limit {MAX_PDF_PAGES}\)"):
        read_document_bytes(data, ".pdf")


def test_truncated_pdf_is_refused(tmp_path):
    data = make_pdf([LINES])
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DecodeError, match="PDF"):
        read_document(path)


def test_a_file_named_pdf_that_is_not_one_is_refused():
    with pytest.raises(DecodeError, match="not a PDF file"):
        read_document_bytes("نص عادي".encode(), ".pdf")


# -- DOCX --------------------------------------------------------------------------------


def make_docx(paragraphs: list[str], *, title: str = "", table: list[list[str]] | None = None) -> bytes:
    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    for text in paragraphs:
        paragraph = document.add_paragraph()
        for word_run in text.split(" "):  # one run per word, each marked right to left
            run = paragraph.add_run(word_run + " ")
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        paragraph.paragraph_format.element.get_or_add_pPr().append(OxmlElement("w:bidi"))
        assert paragraph.runs[0]._r.rPr.find(qn("w:rtl")) is not None
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.add_paragraph("الفقرة الأخيرة بعد الجدول.")
    document.core_properties.title = title
    document.core_properties.author = "ليلى حسن"
    document.core_properties.language = "ar-SA"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_tables_in_order_with_properties(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx(["تقرير", *LINES], title="تقرير عن الموازنة",
                               table=[["السنة", "العجز"], ["2023", "3.5"]]))
    doc = read_document(path)
    assert doc.text.split("\n\n") == [
        "تقرير", *LINES, "السنة | العجز", "2023 | 3.5", "الفقرة الأخيرة بعد الجدول."
    ]
    assert (doc.title, doc.author, doc.lang, doc.source_kind) == (
        "تقرير عن الموازنة", "ليلى حسن", "ar", "docx"
    )


def test_docx_without_a_title_property_takes_its_first_sentence_like_line():
    doc = read_document_bytes(make_docx(["تقرير", *LINES]), ".docx")
    assert doc.title == LINES[0]  # "تقرير" (one word) is a label


def test_docx_zip_bomb_is_refused_before_it_is_inflated():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (MAX_DOCX_UNPACKED + 1))
    with pytest.raises(DecodeError, match="zip bomb"):
        read_document_bytes(out.getvalue(), ".docx")


def test_encrypted_or_old_word_file_is_refused():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(DecodeError, match="password-protected or old-format"):
        read_document_bytes(ole, ".docx")


def test_truncated_docx_is_refused():
    data = make_docx(LINES)
    with pytest.raises(DecodeError, match="damaged or truncated"):
        read_document_bytes(data[: len(data) // 2], ".docx")


def test_zip_that_is_not_a_word_document_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("content.xml", "<office/>")
    with pytest.raises(DecodeError, match="no word/document.xml"):
        read_document_bytes(out.getvalue(), ".docx")
