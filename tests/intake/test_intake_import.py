"""``factcheck import`` of web pages, Word and PDF files: stored with their metadata, the
original page kept beside the article; refused files named with their reason."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from pdf_maker import make_pdf
from test_intake_pdf_docx import LINES, make_docx

from factcheck.intake import choose_title

DATA = Path(__file__).parents[1] / "data" / "intake"


def test_import_of_a_mixed_batch_stores_each_kind_with_its_metadata(run, tmp_path, intake_db):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DATA / "news_jsonld.html", folder / "page.html")
    shutil.copy(DATA / "no_article.html", folder / "home.htm")
    (folder / "report.docx").write_bytes(make_docx(LINES, title="تقرير عن الموازنة"))
    (folder / "budget.pdf").write_bytes(make_pdf([LINES]))
    (folder / "scan.pdf").write_bytes(make_pdf([[]]))
    (folder / "notes.odt").write_bytes(b"ignored: not an article file")
    code, out, err = run("import", folder)
    assert code == 1 or code == 0
    lines = out.splitlines() + err.splitlines()
    assert any("home.htm" in line and "no article found in the web page" in line for line in lines)
    assert any("scan.pdf" in line and "no text layer" in line for line in lines)
    assert not any("notes.odt" in line for line in lines)
    assert "3 imported" in out
    code, out, _ = run("articles", "--json")
    articles = {Path(a["imported_from"]).name: a for a in json.loads(out)}
    page = articles["page.html"]
    assert page["title"] == "وزارة الصحة تنفي انتشار وباء جديد في العاصمة"
    assert page["publisher"] == "الصباح الإخبارية"
    assert page["author"] == "سارة الخطيب"
    assert page["url"] == "https://alsabah.example/news/2024/03/health-denies"
    assert page["published"] == "2024-03-14T09:30:00+03:00"
    assert (page["lang"], page["source_kind"]) == ("ar", "html")
    assert articles["report.docx"]["title"] == "تقرير عن الموازنة"
    assert articles["report.docx"]["source_kind"] == "docx"
    assert articles["budget.pdf"]["source_kind"] == "pdf"
    # The page's bytes are kept beside its article (evidence), read here without the app.
    conn = sqlite3.connect(intake_db)
    kept = conn.execute(
        "SELECT media_type, data FROM article_originals WHERE article_id = ?", (page["id"],)
    ).fetchall()
    conn.close()
    assert kept == [("text/html", (DATA / "news_jsonld.html").read_bytes())]


def test_sample_article_title_skips_its_section_name():
    """Seed 000 starts with its site section, "تكنولوجيا", then the headline."""
    text = "تكنولوجيا\n\nشركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك\n\nبعد بضع ساعات..."
    assert choose_title(text) == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"
    assert choose_title("عنوان أول\nقال الوزير إن النمو بلغ 3.5 في المئة.") == "عنوان أول"
    assert choose_title("كلمة\n") == "كلمة"  # nothing better: the first line
    assert choose_title(" \n") == ""


def test_plain_text_import_guesses_the_language(desk, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("عنوان الخبر\nقال الوزير إن النمو الاقتصادي بلغ ثلاثة في المئة.", "utf-8")
    (outcome,) = desk.import_paths([path])
    article = desk.article(outcome.article_id)
    assert (article.lang, article.source_kind, article.title) == ("ar", "text", "عنوان الخبر")
