"""The printable report (``factcheck export pdf``): Arabic, right to left, as Qt lays it
out; checked by extracting its text (poppler's pdftotext) and rendering its pages
(pdftoppm), as a reader would open it."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QAction, QImage

from factcheck.cli.main import main

POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm")
# Reading the PDF back needs poppler-utils; .ci/run installs it, so CI (CI=true) runs these
# and fails rather than skips if it is missing.
pytestmark = pytest.mark.skipif(
    not POPPLER and not os.environ.get("CI"), reason="poppler-utils (pdftotext) not installed"
)
BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def cli(db, *args) -> int:
    return main(["--db", str(db)] + [str(a) for a in args])


def pdf_text(path) -> str:
    """The PDF's text, letters as stored: Arabic letter forms folded back (NFKC), bidi
    marks dropped, white space collapsed."""
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                         text=True).stdout  # fmt: skip
    return " ".join(unicodedata.normalize("NFKC", raw).translate(BIDI).split())


def ink_per_page(path, tmp_path) -> list[int]:
    """Dark pixels on each rendered page."""
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    counts = []
    for png in sorted(tmp_path.glob("page*.png")):
        image = QImage(str(png))
        counts.append(sum(
            1
            for y in range(image.height())
            for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 128
        ))  # fmt: skip
    return counts


@pytest.fixture
def desk_with_verdict(seeded_db, capsys):
    assert cli(seeded_db, "claim", "add", "1", "--sentence", "2", "--status", "false") == 0
    assert cli(seeded_db, "justify", "1", "نفت الشركة الخبر في بيان رسمي.") == 0
    assert cli(seeded_db, "article", "set", "1", "--publisher", "صحيفة المثال",
               "--published", "2024-03-05", "--url", "https://news.example/1") == 0  # fmt: skip
    capsys.readouterr()
    return seeded_db


def test_arabic_pdf_report_holds_the_desk_in_arabic(desk_with_verdict, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert cli(desk_with_verdict, "export", "pdf", out) == 0
    assert "wrote 1 claim(s)" in capsys.readouterr().out
    text = pdf_text(out)
    assert "تقرير الأحكام" in text  # the report's title
    assert "ملخص المكتب" in text  # the desk summary comes first
    assert text.index("ملخص المكتب") < text.index("أمازون")
    assert "زائف" in text  # the verdict's Arabic label
    assert "نفت الشركة الخبر في بيان رسمي" in text  # the public justification
    assert "صحيفة المثال" in text and "https://news.example/1" in text
    assert "2024-03-05" in text  # a date stays left to right in the Arabic line
    pages = ink_per_page(out, tmp_path)
    assert pages and all(n > 200 for n in pages), pages


def test_english_pdf_report_for_one_article(desk_with_verdict, tmp_path):
    out = tmp_path / "report-en.pdf"
    assert cli(desk_with_verdict, "export", "pdf", out, "--lang", "en", "--article", "2") == 0
    text = pdf_text(out)
    assert "Verdict report" in text
    assert "False" not in text  # article 1's verdict is not in article 2's report
    assert "No claims." in text


def test_an_existing_file_is_kept_unless_forced(desk_with_verdict, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"keep me")
    assert cli(desk_with_verdict, "export", "pdf", out) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert out.read_bytes() == b"keep me"
    assert cli(desk_with_verdict, "export", "pdf", out, "--force") == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_the_window_exports_the_report_in_its_language(window, tmp_path):
    window.open_article(1)
    sentence = window.reader.sentences[1]
    window.mark_span(sentence.start, sentence.end)
    window.apply_status("false")
    action = window.findChild(QAction, "exportPdf")
    assert action is not None and action.isEnabled()  # Export > Printable report (PDF)…
    out = tmp_path / "from-window.pdf"
    assert window.export("pdf", str(out)) == 1
    text = pdf_text(out)
    assert "Verdict report" in text and "False" in text  # the window is in English here


def test_stored_markup_is_printed_as_text(desk_with_verdict, tmp_path):
    """A title or justification holding markup is shown as it is, never read as HTML."""
    assert cli(desk_with_verdict, "article", "set", "1", "--title",
               "<b>خبر</b> <img src=x> &amp; Co") == 0  # fmt: skip
    out = tmp_path / "report.pdf"
    assert cli(desk_with_verdict, "export", "pdf", out, "--lang", "en") == 0
    text = pdf_text(out)
    assert "<img src=x>" in text and "&amp; Co" in text
    assert "<b>" in text


def test_html_version_of_the_report(desk_with_verdict, tmp_path):
    """The same report as a web page: UTF-8, Arabic and right to left, stored text escaped."""
    assert cli(desk_with_verdict, "article", "set", "1", "--title", "<script>x()</script> خبر") == 0
    out = tmp_path / "report.html"
    assert cli(desk_with_verdict, "export", "html", out) == 0
    page = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page
    assert '<html lang="ar" dir="rtl">' in page
    assert "تقرير الأحكام" in page and "زائف" in page
    assert "<script>" not in page and "&lt;script&gt;x()&lt;/script&gt; خبر" in page
