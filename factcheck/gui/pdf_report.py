"""The printable verdict report: a PDF an editor-in-chief can print or send.

A desk summary first (claims by verdict), then per article its title, publisher, date and
address and each claim's quote, verdict (in its colour), public justification and
sources. Laid out with Qt's rich text (``QTextDocument``) and written with ``QPdfWriter``:
Qt shapes Arabic and lays out right-to-left text, so the stored (logical) text goes in as
it is. In Arabic (``lang="ar"``) the page runs right to left and the verdicts are the
Arabic labels; in English left to right. Every stored value is HTML-escaped: a title or
note is shown as text, never read as markup. ``write_html_report`` writes the same markup
as a web page (no Qt needed).
"""

from __future__ import annotations

import html
import os
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

from factcheck import workflow
from factcheck.export.atomic import check_target, write_atomic

_WORDS = {
    "en": {
        "title": "Verdict report",
        "summary": "Desk summary",
        "articles": "Articles",
        "claims": "Claims",
        "publisher": "Publisher",
        "published": "Published",
        "url": "Address",
        "verdict": "Verdict",
        "justification": "Justification",
        "sources": "Sources",
        "none": "No claims.",
    },
    "ar": {
        "title": "تقرير الأحكام",
        "summary": "ملخص المكتب",
        "articles": "المقالات",
        "claims": "الادعاءات",
        "publisher": "الناشر",
        "published": "تاريخ النشر",
        "url": "الرابط",
        "verdict": "الحكم",
        "justification": "التبرير",
        "sources": "المصادر",
        "none": "لا ادعاءات.",
    },
}


def _e(value: object) -> str:
    return html.escape(str(value or ""), quote=True)


def _own_direction(text: str) -> str:
    """``dir`` and ``align`` of a block of stored text, from its first strong letter (an
    Arabic quote reads right to left in the English report too)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return 'dir="rtl" align="right"'
        if kind == "L":
            return 'dir="ltr" align="left"'
    return ""


def _ltr(value: object) -> str:
    """A date, address or number kept left to right inside Arabic text (an isolate: Qt
    otherwise shows 2024-03-05 as 05-03-2024 in a right-to-left paragraph)."""
    return "\u2066" + _e(value) + "\u2069"


def report_html(desk, *, article_id: int | None = None, lang: str = "ar") -> tuple[str, int]:
    """The report as Qt rich text (HTML 4 subset), and the number of claims in it."""
    words = _WORDS["ar" if lang == "ar" else "en"]
    statuses = {s.id: s for s in desk.statuses()}

    def label(status_id: str) -> str:
        st = statuses.get(status_id)
        if st is None:
            return status_id
        return st.label_ar if lang == "ar" else st.label_en

    ids = [article_id] if article_id is not None else desk.article_ids()
    headers = desk.article_headers(ids)
    claims = desk.claims(article_id)
    groups = {c.group_id for c in claims}
    bodies = workflow.justifications(desk, groups) if groups else {}
    counts = Counter(c.status_id for c in claims)
    align = "right" if lang == "ar" else "left"
    direction = "rtl" if lang == "ar" else "ltr"
    parts = [
        f'<html lang="{"ar" if lang == "ar" else "en"}" dir="{direction}">',
        f'<head><meta charset="utf-8"><title>{_e(words["title"])}</title></head>',
        f'<body dir="{direction}">',
        f"<h1 align=\"{align}\">{_e(words['title'])}</h1>",
        f"<h2 align=\"{align}\">{_e(words['summary'])}</h2>",
        (
            f"<p align=\"{align}\">{_e(words['articles'])}: {len(headers)} — "
            f"{_e(words['claims'])}: {len(claims)}</p>"
        ),
        f'<table align="{align}" border="1" cellspacing="0" cellpadding="4">',
    ]
    for sid, st in statuses.items():
        if counts.get(sid):
            parts.append(
                f'<tr><td bgcolor="{_e(st.color)}">{_e(label(sid))}</td>'
                f"<td>{counts[sid]}</td></tr>"
            )
    parts.append("</table>")
    by_article: dict[int, list] = {}
    for c in claims:
        by_article.setdefault(c.article_id, []).append(c)
    for aid in ids:
        article = headers.get(aid)
        if article is None:
            continue
        parts.append(f"<h2 {_own_direction(article.title) or f'align={align}'}>"
                     f"{_e(article.title)}</h2>")  # fmt: skip
        for key, value in (
            ("publisher", article.publisher),
            ("published", article.published),
            ("url", article.url),
        ):
            if value:
                shown = _e(value) if key == "publisher" else _ltr(value)
                parts.append(f"<p align=\"{align}\"><b>{_e(words[key])}:</b> {shown}</p>")
        mine = by_article.get(aid, [])
        if not mine:
            parts.append(f"<p align=\"{align}\">{_e(words['none'])}</p>")
        for c in mine:
            st = statuses.get(c.status_id)
            colour = st.color if st else "#ffffff"
            quote = c.quote.strip()
            parts.append(f"<p {_own_direction(quote) or f'align={align}'}>"
                         f"«{_e(quote)}»</p>")  # fmt: skip
            parts.append(
                f"<p align=\"{align}\"><b>{_e(words['verdict'])}:</b> "
                f'<span style="background-color:{_e(colour)}">&nbsp;{_e(label(c.status_id))}'
                "&nbsp;</span></p>"
            )
            body = bodies.get(c.group_id, "")
            if body.strip():
                parts.append(
                    f"<p align=\"{align}\"><b>{_e(words['justification'])}:</b> {_e(body)}</p>"
                )
            if c.sources:
                parts.append(f"<p align=\"{align}\"><b>{_e(words['sources'])}:</b></p><ul>")
                for src in c.sources:
                    title = f"{_e(src.title)} — " if src.title else ""
                    parts.append(f"<li>{title}{_ltr(src.url)}</li>")
                parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts), len(claims)


def write_html_report(
    desk,
    out: str | os.PathLike[str],
    *,
    article_id: int | None = None,
    overwrite: bool = False,
    lang: str = "ar",
) -> int:
    """The same report as a web page (UTF-8; no script, no style sheet), written
    atomically; returns the number of claims in it. Needs no Qt."""
    target = Path(out)
    check_target(target, overwrite, "the HTML report")
    if article_id is not None:
        desk.article(article_id)  # raises NotFound
    markup, count = report_html(desk, article_id=article_id, lang="ar" if lang == "ar" else "en")
    write_atomic(target, ["<!DOCTYPE html>\n", markup, "\n"], suffix=".html")
    return count


def _application():
    """The running Qt application, or an offscreen one for the command line (nothing is
    shown: the report is only laid out and printed to a file). A QApplication, not a
    QGuiApplication: the process may show widgets later, which only a QApplication can."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    _register_bundled_font()
    return app


def _register_bundled_font() -> None:
    """The packaged Noto Sans Arabic (OFL), as the window registers it; done here, not
    through factcheck.gui.app, which imports the window that imports this module."""
    from PySide6.QtGui import QFontDatabase

    if "Noto Sans Arabic" in QFontDatabase.families():
        return
    try:
        import fontpkg_noto_sans_arabic as noto
    except ImportError:  # pragma: no cover - a dependency; system fonts remain
        return
    for ttf in sorted(Path(noto.ROOT, "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))


def write_pdf_report(
    desk,
    out: str | os.PathLike[str],
    *,
    article_id: int | None = None,
    overwrite: bool = False,
    lang: str = "ar",
) -> int:
    """Write the PDF report atomically (temp file, then rename); return the number of
    claims in it."""
    from PySide6.QtCore import QMarginsF, Qt
    from PySide6.QtGui import (
        QFont,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
        QTextOption,
    )

    target = Path(out)
    check_target(target, overwrite, "the PDF report")
    if article_id is not None:
        desk.article(article_id)  # raises NotFound
    lang = "ar" if lang == "ar" else "en"
    markup, count = report_html(desk, article_id=article_id, lang=lang)
    _application()
    fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(_WORDS[lang]["title"])
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        doc = QTextDocument()
        font = QFont()
        # DejaVu Sans first where the system has it: its Arabic letter forms map back to
        # letters, so the PDF's text can be searched and copied. The bundled Noto Sans
        # Arabic draws them as well, but builds letters from dotless shapes and dots, so
        # text copied from the PDF loses its dots.
        font.setFamilies(["DejaVu Sans", "Noto Sans Arabic"])
        font.setPointSize(11)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setHtml(markup)
        doc.print_(writer)  # paginated to the writer's page, page numbers at the foot
        del writer  # the PDF is finished when the writer goes
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
