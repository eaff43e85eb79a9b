"""Saved web pages: the article only, its metadata, and hostile pages refused or defused."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.intake import read_document, read_document_bytes
from factcheck.intake.html import MAX_HTML_BYTES, read_html
from factcheck.text import DecodeError

DATA = Path(__file__).parents[1] / "data" / "intake"

# Text of the boilerplate around the articles of the fixture pages: none may be stored.
BOILERPLATE = (
    "نستخدم ملفات تعريف الارتباط",  # cookie banner
    "الرئيسية",  # menu
    "شارك على فيسبوك",  # share buttons
    "مقالات ذات صلة",  # related links
    "افتتاح جسر جديد",  # a related headline
    "أبو أحمد",  # a comment
    "اترك تعليقاً",
    "جميع الحقوق محفوظة",  # footer
    "عاجل: ارتفاع أسعار الذهب",  # ticker
    "تم الاختراق",  # the script's text
    "الأكثر مشاهدة",  # sidebar
    "سعر الدولار اليوم",
    "كل سنة نفس الإشاعات",
    "قبول الكل",
)


def test_json_ld_page_gives_the_article_and_its_metadata():
    doc = read_document(DATA / "news_jsonld.html")
    assert doc.text.startswith("وزارة الصحة تنفي انتشار وباء جديد في العاصمة\n\nنفت وزارة الصحة")
    assert doc.text.endswith("مع بداية فصل الربيع.")
    assert "120 حالة إنفلونزا" in doc.text
    for junk in BOILERPLATE:
        assert junk not in doc.text, junk
    assert doc.title == "وزارة الصحة تنفي انتشار وباء جديد في العاصمة"
    assert doc.publisher == "الصباح الإخبارية"
    assert doc.author == "سارة الخطيب"
    assert doc.url == "https://alsabah.example/news/2024/03/health-denies"
    assert doc.published == "2024-03-14T09:30:00+03:00"
    assert doc.lang == "ar"
    assert doc.source_kind == "html"
    assert doc.original == (DATA / "news_jsonld.html").read_bytes()


def test_meta_tags_only_page_and_headline_outside_the_body():
    """No JSON-LD: <meta> tags, the canonical link; the <title> mixes headline and site
    name, and the site is taken from og:site_name, not from the <title>'s first half."""
    doc = read_document(DATA / "news_meta_only.html")
    assert doc.text.split("\n\n")[0] == "حقيقة غرق قرية كاملة بعد الأمطار"
    assert "منشور منذ عام 2015" in doc.text
    for junk in BOILERPLATE:
        assert junk not in doc.text, junk
    assert "الأرصاد تحذر من شبورة" not in doc.text  # "read also" link
    assert doc.publisher == "بوابة النهار"
    assert doc.author == "محمود عبد الله"
    assert doc.url == "https://alnahar.example/article/55821"
    assert doc.published == "2023-11-02"
    assert doc.lang == "ar"  # from <html lang="ar-EG">


def test_page_without_an_article_is_refused_saying_so():
    with pytest.raises(DecodeError, match="no article found in the web page"):
        read_document(DATA / "no_article.html")


def test_wrong_declared_charset_is_read_by_its_bytes():
    """A page saved as Windows-1256 that still says UTF-8 reads as Arabic, not mojibake."""
    page = (DATA / "news_jsonld.html").read_text("utf-8").encode("cp1256", "replace")
    assert b'charset="utf-8"' in page.lower() or b"charset=utf-8" in page.lower()
    doc = read_html(page)
    assert doc.title == "وزارة الصحة تنفي انتشار وباء جديد في العاصمة"
    assert "120 حالة إنفلونزا" in doc.text
    assert doc.encoding == "windows-1256"


def test_declared_legacy_charset_is_honoured():
    page = (
        '<html><head><meta charset="windows-1256"><title>خبر</title></head><body><article>'
        + "".join(
            f"<p>قال الوزير في بيانه رقم {n} إن النمو الاقتصادي بلغ ثلاثة في المئة خلال العام.</p>"
            for n in range(3)
        )
        + "</article></body></html>"
    ).encode("cp1256")
    doc = read_html(page)
    assert "قال الوزير في بيانه رقم 1 إن النمو" in doc.text


def test_scripts_frames_and_hostile_links_leave_no_trace():
    page = (DATA / "news_jsonld.html").read_text("utf-8")
    page = page.replace(
        '<link rel="canonical" href="https://alsabah.example/news/2024/03/health-denies">',
        '<link rel="canonical" href="javascript:alert(1)">',
    ).replace('content="https://alsabah.example/news/2024/03/health-denies"', 'content="data:text/html,x"')
    doc = read_html(page.encode("utf-8"))
    for markup in ("<script", "alert", "javascript:", "data:", "<iframe", "window.location"):
        assert markup not in doc.text
    assert doc.url == ""  # neither a javascript: nor a data: address is kept as the article's


def test_page_over_the_size_limit_is_refused_before_parsing():
    filler = b"<div>" + b"x" * (MAX_HTML_BYTES + 10) + b"</div>"
    with pytest.raises(DecodeError, match=r"web page too large \(16\.0 MB; limit 16 MB\)"):
        read_html(b"<html><body>" + filler)


def test_fifty_megabytes_of_markup_from_a_file_is_refused(tmp_path):
    page = tmp_path / "huge.html"
    with page.open("wb") as fh:
        fh.write(b"<html><body>")
        chunk = b"<p>" + "نص ".encode() * 1000 + b"</p>"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    with pytest.raises(DecodeError, match="web page too large"):
        read_document(page)


def test_deeply_nested_tags_are_refused_or_read_never_crash():
    depth = 100_000
    page = (
        b"<html><body>" + b"<div>" * depth
        + "قال الوزير إن النمو الاقتصادي بلغ ثلاثة في المئة. ".encode() * 10
        + b"</div>" * depth + b"</body></html>"
    )
    try:
        doc = read_html(page)
    except DecodeError as exc:
        assert "web page" in str(exc)
    else:
        assert "قال الوزير" in doc.text


def test_mhtml_single_file_page(tmp_path):
    html = (DATA / "news_jsonld.html").read_bytes()
    import base64

    body = base64.encodebytes(html).decode("ascii")
    mhtml = (
        "From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://alsabah.example/saved\r\n\r\n"
        f"{body}\r\n------B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        "iVBORw0KGgo=\r\n------B--\r\n"
    )
    path = tmp_path / "page.mhtml"
    path.write_text(mhtml, "ascii")
    doc = read_document(path)
    assert doc.title == "وزارة الصحة تنفي انتشار وباء جديد في العاصمة"
    assert doc.url == "https://alsabah.example/news/2024/03/health-denies"


def test_unknown_kind_is_refused():
    with pytest.raises(DecodeError, match="not a file type"):
        read_document_bytes(b"x", ".odt")
