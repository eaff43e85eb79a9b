"""Word documents (``.docx``): paragraphs and tables in reading order, and the document's
properties.

A .docx is a zip: its members' declared sizes are checked before anything is unpacked,
so a zip bomb is refused without being inflated.
"""

from __future__ import annotations

import io
import zipfile

from factcheck.intake.document import IntakeDocument, language_tag, one_line
from factcheck.intake.titles import choose_title
from factcheck.text import DecodeError, clean_text, is_blank

# Uncompressed limits: a long report's document.xml is a few MB; 200 MB of XML is a bomb.
MAX_DOCX_UNPACKED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200  # a member inflating more than this is not ordinary XML
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MB = 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        raise DecodeError(
            template="a password-protected or old-format (.doc) Word file; save it as an "
            "unprotected .docx"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise DecodeError(template="not a Word document (damaged or truncated .docx)") from None
    if not any(m.filename == "word/document.xml" for m in members):
        raise DecodeError(template="not a Word document (no word/document.xml inside)")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise DecodeError(template="encrypted Word document")
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_DOCX_UNPACKED or (member.file_size > _MB and ratio > MAX_DOCX_RATIO):
            raise DecodeError(
                template="Word document unpacks to too much data (a zip bomb?); refused"
            )


def _block_texts(document) -> list[str]:
    """Body paragraphs and table cells in the order they are in the document."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    texts: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == _W + "p":
            texts.append(Paragraph(child, document).text)
        elif child.tag == _W + "tbl":
            for row in Table(child, document).rows:
                cells = [cell.text.strip() for cell in row.cells]
                # merged cells repeat: keep each text once per row
                texts.append(" | ".join(dict.fromkeys(c for c in cells if c)))
    return texts


def read_docx(data: bytes) -> IntakeDocument:
    """The text and properties of a .docx; DecodeError saying why it cannot be used."""
    _check_zip(data)
    import docx  # deferred: python-docx loads lxml

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _block_texts(document)
        props = document.core_properties
    except DecodeError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on damaged parts
        raise DecodeError(
            template="not a readable Word document ({reason})", reason=type(exc).__name__
        ) from None
    paragraphs = [block.strip() for block in blocks if block and block.strip()]
    text = clean_text("\n\n".join(paragraphs))
    if is_blank(text):
        raise DecodeError(template="Word document holds no text")
    # The properties' "created" date is the file's (often its template's), not when the
    # article was published: it is not taken as the publication date.
    title = one_line(props.title) or choose_title(text)
    return IntakeDocument(
        text=text,
        encoding="docx",
        title=title,
        author=one_line(props.author, 200),
        lang=language_tag(props.language),
        source_kind="docx",
    )
