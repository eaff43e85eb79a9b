"""Small PDFs with a text layer, written byte by byte for the PDF import's tests.

Each page's lines are drawn with one simple font whose ``/ToUnicode`` map gives each byte
code the character it stands for, as PDF producers do: what a text extractor reads back
is exactly the characters given here (logical order, presentation forms or visual order).
"""

from __future__ import annotations


def _cmap(chars: list[str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CMapName /Custom def /CMapType 2 def",
        "1 begincodespacerange <01> <FF> endcodespacerange",
    ]
    for start in range(0, len(chars), 100):
        chunk = chars[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for i, ch in enumerate(chunk, start=start + 1):
            units = ch.encode("utf-16-be").hex().upper()
            lines.append(f"<{i:02X}> <{units}>")
        lines.append("endbfchar")
    lines += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    return "\n".join(lines).encode("ascii")


def make_pdf(pages: list[list[str]], *, info: dict[str, str] | None = None,
             repeat_pages: int = 1) -> bytes:
    """A PDF whose pages hold ``pages`` (lines of text). ``repeat_pages`` repeats the page
    list that many times, sharing content streams (a 10,000-page file stays small)."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    assert len(chars) < 255, "one single-byte font: at most 254 distinct characters"
    code = {ch: i for i, ch in enumerate(chars, start=1)}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap = _cmap(chars)
    cmap_id = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    font_id = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 254 "
        b"/Widths [" + b" 500" * 254 + b"] /ToUnicode %d 0 R >>" % cmap_id
    )
    streams = []
    for page in pages:
        ops = [b"BT /F1 12 Tf 14 TL 50 780 Td"]
        for line in page:
            ops.append(b"<" + bytes(code[ch] for ch in line).hex().encode() + b"> Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
        streams.append(add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"))
    pages_id = len(objects) + 1 + len(streams) * repeat_pages
    kids = []
    for _ in range(repeat_pages):
        for stream_id in streams:
            kids.append(add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, font_id, stream_id)
            ))
    assert add(
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
        + b"] /Count %d >>" % len(kids)
    ) == pages_id
    catalog_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_id = None
    if info:
        entries = b" ".join(
            b"/%s <FEFF%s>" % (k.encode(), v.encode("utf-16-be").hex().encode())
            for k, v in info.items()
        )
        info_id = add(b"<< " + entries + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog_id)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
