"""The Arabic interface: a complete catalogue, a mirrored window, Arabic labels everywhere.

The QApplication is shared by the whole session and ``build_window`` installs translators on
it, so every Arabic window here comes from the ``arabic_window`` fixture, which puts the
application back to English and left-to-right afterwards (the other GUI tests assert English
text such as "Next sentence").
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
TS_FILE = REPO / "resources" / "translations" / "factcheck_ar.ts"
QM_FILE = REPO / "resources" / "translations" / "factcheck_ar.qm"
GUI_SOURCES = sorted((REPO / "factcheck" / "gui").glob("*.py"))

ARABIC = re.compile(r"[\u0600-\u06FF]")
ASCII_LETTER = re.compile(r"[A-Za-z]")
PLACEHOLDER = re.compile(r"%(?:n|\d)")
# Technical tokens that stay Latin inside Arabic text.
LATIN_TOKENS = re.compile(r"CSV|URL|https?|Enter|YYYY-MM-DD|factcheck|ClaimReview|Web Annotations|JSON-LD|json(ld)?|Ctrl|PDF|pdf")
NUMERUS_FORMS = 6  # Arabic: zero, one, two, few, many, other


def ts_messages(path: Path = TS_FILE):
    """(context, message element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_arabic_text(text: str) -> bool:
    """Arabic letters, and no Latin letters beyond the technical tokens kept on purpose."""
    return bool(ARABIC.search(text)) and not ASCII_LETTER.search(LATIN_TOKENS.sub("", text))


# -- the catalogue ------------------------------------------------------------------------------
def test_catalogue_is_arabic_and_every_message_is_translated():
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "ar"
    assert root.get("sourcelanguage") == "en"
    messages = list(ts_messages())
    assert len(messages) >= 100
    problems = []
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None:
            problems.append(f"{where}: no <translation>")
            continue
        if translation.get("type"):  # unfinished, obsolete or vanished
            problems.append(f"{where}: type={translation.get('type')}")
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != NUMERUS_FORMS or not all(f.strip() for f in forms):
                problems.append(f"{where}: numerus forms {forms!r}")
            if not any("%n" in f for f in forms):
                problems.append(f"{where}: %n lost in every form")
            continue
        text = translation.text or ""
        if not text.strip():
            problems.append(f"{where}: empty")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        for kept in ("…", "◆", "*.txt", "*.csv", ";;", "https://"):
            if source.count(kept) != text.count(kept):
                problems.append(f"{where}: {kept!r} not kept in {text!r}")
        wordless = not ASCII_LETTER.search(re.sub(r"%\d|%n", "", source))
        if source not in ("factcheck", "factcheck — %1") and not wordless and not ARABIC.search(text):
            problems.append(f"{where}: not Arabic: {text!r}")
    assert not problems, "\n".join(problems)


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


def test_catalogue_covers_every_string_the_gui_uses(tmp_path):
    """Refresh a copy of the catalogue from the source: nothing the GUI uses may be untranslated.

    (A string still used by the code but marked obsolete/vanished in the catalogue comes back
    as unfinished here, so this catches both a stale catalogue and obsolete-but-used entries.)
    """
    lupdate = _lupdate()
    assert lupdate is not None, "pyside6-lupdate ships with PySide6-Essentials"
    copy = tmp_path / "factcheck_ar.ts"
    shutil.copyfile(TS_FILE, copy)
    subprocess.run(
        [lupdate, *map(str, GUI_SOURCES), "-ts", str(copy)],
        check=True, capture_output=True, timeout=120,
    )
    untranslated = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in ts_messages(copy)
        if message.find("translation").get("type") == "unfinished"
    ]
    assert not untranslated, "run lupdate and translate:\n" + "\n".join(untranslated)


def test_compiled_catalogue_matches_the_ts_file(qapp):
    """The .qm shipped is the .ts compiled (lrelease was run after the last edit)."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = []
    for context, message in ts_messages():
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":  # 100 takes the last ("other") form
            expected = translation.findall("numerusform")[-1].text
            got = translator.translate(context, source, None, 100)
        else:
            expected, got = translation.text, translator.translate(context, source)
        if got != expected:
            stale.append(f"{context}: {source!r}: .qm has {got!r}, .ts has {expected!r}")
    assert not stale, "run pyside6-lrelease:\n" + "\n".join(stale)


def test_arabic_plural_forms_follow_the_count(qapp):
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    source = "%n hidden bidi control(s)"
    forms = {  # QTranslator picks the form; tr() then puts the number in place of %n
        n: translator.translate("ArticleListModel", source, "", n).replace("%n", str(n))
        for n in (0, 1, 2, 3, 10, 11, 99, 100, 103)
    }
    assert forms[1] == "محرف واحد مخفي للتحكم في الاتجاه"
    assert forms[2] == "محرفان مخفيان للتحكم في الاتجاه"
    assert forms[3] == "3 محارف مخفية للتحكم في الاتجاه"
    assert forms[10] == "10 محارف مخفية للتحكم في الاتجاه"
    assert forms[11] == "11 محرفًا مخفيًا للتحكم في الاتجاه"
    assert forms[99] == "99 محرفًا مخفيًا للتحكم في الاتجاه"
    assert forms[100] == "100 محرف مخفي للتحكم في الاتجاه"
    assert forms[103] == "103 محارف مخفية للتحكم في الاتجاه"
    assert ARABIC.search(forms[0])


# -- the Arabic window --------------------------------------------------------------------------
def _back_to_english(app: QApplication) -> None:
    """Remove every translator build_window installed and lay the application out LTR again."""
    from factcheck.gui.app import install_translation

    install_translation(app, "en")
    for translator in getattr(app, "_factcheck_translators", []):  # in case app.py changes
        app.removeTranslator(translator)
    app._factcheck_translators = []
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def arabic_window(qtbot, seeded_db):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    app = QApplication.instance()
    win = None
    try:
        win = build_window(str(seeded_db), lang="ar", settings=AppSettings())
        qtbot.addWidget(win)
        win.resize(1300, 850)
        win.show()
        qtbot.waitExposed(win)
        yield win
    finally:
        if win is not None:
            win.inspector.commit_note()
            win.desk.close()
        _back_to_english(app)
    # The rest of the session sees English again.
    assert QCoreApplication.translate("MainWindow", "Next sentence") == "Next sentence"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_window_is_mirrored(arabic_window):
    win = arabic_window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.isRightToLeft()
    for widget in (win.menuBar(), win.reader, win.inspector, win.article_view, win.claim_view):
        assert widget.isRightToLeft(), widget
    # The menu bar starts at the right edge: File is the rightmost title.
    bar = win.menuBar()
    xs = [bar.actionGeometry(a).x() for a in bar.actions()]
    assert xs == sorted(xs, reverse=True)
    # The URL field stays left-to-right inside the mirrored inspector.
    assert win.inspector.source_url.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_docks_are_mirrored(arabic_window):
    """Reading order: the article list at the start (right) edge, the inspector at the end."""
    win = arabic_window
    articles = win.articles_dock.geometry().center().x()
    inspector = win.inspector_dock.geometry().center().x()
    assert articles > win.width() // 2 > inspector


def test_arabic_menus_docks_and_shortcuts(arabic_window):
    win = arabic_window
    titles = [a.text() for a in win.menuBar().actions()]
    assert len(titles) == 7  # File, Edit, Claim, View, Export, Desk, Help
    for title in titles:
        assert ARABIC.search(title) and not ASCII_LETTER.search(title), title
    for menu_action in win.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                assert is_arabic_text(action.text()), action.text()
    for dock in (win.articles_dock, win.inspector_dock, win.claims_dock):
        assert is_arabic_text(dock.windowTitle()), dock.windowTitle()
    assert win.article_filter.placeholderText() == "تصفية المقالات"

    rows = win.shortcut_rows()
    assert rows
    for name, keys in rows:
        assert is_arabic_text(name), name
        assert keys, name
    names = dict(rows)
    assert "الجملة التالية" in names
    # Undo/Redo come from Qt's own Arabic catalogue (the undo stack names the command).
    assert "تراجع" in names and ("إعادة" in names or "أعد" in names)
    assert names.get("الحالة: زائف") == "5"


def test_arabic_status_scale_and_table_headers(arabic_window):
    win = arabic_window
    combo = win.inspector.status
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert len(labels) == len(win.statuses)
    for text, status in zip(labels, win.statuses):
        assert text.endswith(status.label_ar), (text, status.label_ar)
        assert status.label_en not in text
    assert any(text.endswith("زائف") for text in labels)
    assert any(text.endswith("لم يُتحقَّق منه") for text in labels)

    for model in (win.claim_model, win.article_model):
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            assert is_arabic_text(header), header
    assert [win.claim_model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "الحالة",
        "المصادر",
        "الادعاء",
    ]


def test_arabic_edit_path_speaks_arabic(arabic_window, qtbot):
    """Marking a claim: the undo text, the claims table and the history line are Arabic."""
    win = arabic_window
    reader = win.reader
    for _ in range(3):
        reader.step_sentence(1)
    sentence = reader.current_sentence
    claim = win.mark_span(sentence.start, sentence.end, status_id="false")
    assert claim is not None
    assert win.controller.undo_stack.undoText() == "تعليم ادعاء"
    # The table follows right after the reader's repaint.
    qtbot.waitUntil(lambda: win.claim_model.data(win.claim_model.index(0, 0)) == "زائف")
    # The history follows the repaint (it is not on the edit path).
    qtbot.waitUntil(lambda: win.inspector.history.count() > 0)
    history = [win.inspector.history.item(i).text() for i in range(win.inspector.history.count())]
    assert any("إنشاء الادعاء" in line for line in history), history
    assert win.inspector.placeholder.isHidden()
    # Timestamps are isolated left-to-right runs, so they are not reordered in the RTL line.
    meta = win.inspector.meta.text()
    assert meta.startswith("المدقق: ")
    stored = win.desk.claim(claim.id)
    assert "\u2066" + stored.created_at[:16].replace("T", " ") + "\u2069" in meta
    assert "\u2066" + stored.updated_at[:16].replace("T", " ") + "\u2069" in meta


def test_english_after_arabic_in_the_same_session(arabic_window, qtbot, tmp_path):
    """Switching back to English (as the next test in the session would) gives English text."""
    from factcheck.desk import Desk
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    app = QApplication.instance()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    db = tmp_path / "english.sqlite"
    Desk.open(db).close()
    english = build_window(str(db), lang="en", settings=AppSettings())
    qtbot.addWidget(english)
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert getattr(app, "_factcheck_translators", []) == []
        assert next(a.text() for a in english.menuBar().actions()) == "&File"
        assert "Next sentence" in dict(english.shortcut_rows())
        assert QCoreApplication.translate("MainWindow", "Next sentence") == "Next sentence"
    finally:
        english.desk.close()


def test_refusals_in_the_arabic_window_say_what_happened_in_arabic(arabic_window, qtbot):
    """A refused edit: an Arabic sentence saying what happened, then the core's detail,
    isolated so its English reads in order; the stored claim is unchanged."""
    from factcheck.gui.i18n import LRI, PDI

    win = arabic_window
    s = win.reader.sentences[2]
    claim = win.mark_span(s.start, s.end)
    qtbot.waitUntil(lambda: win.inspector.claim is not None)  # follows the reader
    win.inspector.source_url.setText("javascript:alert(1)")
    win.inspector.add_button.click()
    assert win.error_box.isVisible()
    headline, detail = win.error_box.text().split("\n")
    assert headline == "رُفض الطلب، ولم يتغيّر شيء."
    # The detail's template is translated; the URL keeps its order, isolated.
    assert detail == f"لا تُقبل إلا مصادر http و https، وليس «{LRI}javascript:alert(1){PDI}»."
    assert win.desk.claim(claim.id).sources == ()
    # Another program changes the status meanwhile: the conflict is named in Arabic too.
    from factcheck.desk import Desk

    other = Desk.open(win.desk.store.path, annotator="cli-user")
    other.set_status(claim.id, "true")
    other.close()
    win.apply_status("false")
    headline, detail = win.error_box.text().split("\n")
    assert headline == "لم يُحفظ تعديلك: عُدِّل الادعاء في مكان آخر."
    assert detail.startswith(f"عُدِّل الادعاء {LRI}{claim.id}{PDI} في مكان آخر")
    assert win.desk.claim(claim.id).status_id == "true"


def test_every_core_message_template_is_listed_for_translation():
    """``FactcheckError(template=...)`` literals raised anywhere in the core are exactly the
    ones ``core_messages`` lists for lupdate, and each has an Arabic translation."""
    import ast

    import factcheck
    from factcheck.gui.core_messages import TEMPLATES

    raised = set()
    root = Path(factcheck.__file__).parent
    for path in root.rglob("*.py"):
        if "gui" in path.relative_to(root).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "template" and isinstance(kw.value, ast.Constant):
                        raised.add(kw.value.value)
    assert raised and raised == set(TEMPLATES)
    translated = {
        message.findtext("source"): message.findtext("translation")
        for context, message in ts_messages()
        if context == "CoreMessages"
    }

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    def conversions(text: str) -> set[str]:
        return {conv for _, name, _, conv in string.Formatter().parse(text) if name and conv}

    for template in TEMPLATES:
        assert translated.get(template) and ARABIC.search(translated[template]), template
        # the translation names only values the core passes, and shows them as they are
        # (they arrive isolated: ``!r`` would print the isolating marks as escapes)
        assert fields(translated[template]) <= fields(template), template
        assert not conversions(translated[template]), template


def test_a_database_refusal_reads_in_arabic(arabic_window, tmp_path):
    """What the start-up dialog says, in the Arabic window, when the database is a folder."""
    from factcheck.desk import Desk
    from factcheck.gui.i18n import LRI, PDI, describe_error
    from factcheck.model import StoreError

    with pytest.raises(StoreError) as info:
        Desk.open(tmp_path, load_seeds=False)
    headline, detail = describe_error(info.value).split("\n")
    assert headline == "تعذّرت القراءة من قاعدة البيانات أو الكتابة فيها."
    assert detail == f"{LRI}{tmp_path}{PDI} مجلد، وليس ملف قاعدة بيانات."


def test_an_import_in_the_arabic_window_gives_its_reasons_in_arabic(arabic_window, qtbot, tmp_path):
    """The import summary's details: each refused file's path, isolated, and why, in Arabic."""
    from factcheck.gui.i18n import LRI, PDI

    win = arabic_window
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\x00" * 20)
    missing = tmp_path / "missing.txt"
    win.import_paths([str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), str(missing)])
    qtbot.waitUntil(lambda: win._import_worker is None, timeout=20000)
    details = win.import_summary_box.detailedText().splitlines()
    rlm = "\u200f"  # each line reads right to left, whatever its first letters
    assert details == [
        f"{rlm}{LRI}{tmp_path / 'empty.txt'}{PDI}: ملف فارغ",
        f"{rlm}{LRI}{tmp_path / 'binary.txt'}{PDI}: ملف ثنائي (بايتات NUL)",
        f"{rlm}{LRI}{missing}{PDI}: لا يوجد ملف أو مجلد بهذا الاسم",
    ]


def test_a_link_refusal_reads_in_arabic(arabic_window):
    """Linking two claims whose verdicts differ, with no verdict chosen: the whole refusal in
    Arabic, the claim numbers isolated; nothing changes."""
    from factcheck.gui.i18n import LRI, PDI, describe_error
    from factcheck.model import InvalidInput

    win = arabic_window
    desk = win.desk
    first, second = desk.articles()[:2]
    a = desk.add_claim_for_sentence(first.id, 1, status_id="true")
    b = desk.add_claim_for_sentence(second.id, 1, status_id="false")
    with pytest.raises(InvalidInput) as info:
        desk.link_claim(b.id, a.id)
    headline, detail = describe_error(info.value).split("\n")
    assert headline == "رُفض الطلب، ولم يتغيّر شيء."
    assert detail.startswith(f"الادعاء {LRI}{b.id}{PDI} (")
    assert f"والادعاء {LRI}{a.id}{PDI} (" in detail and "لم يُربط شيء" in detail
    assert is_arabic_text(detail.replace(LRI, "").replace(PDI, ""))
    assert desk.claim(b.id).linked_to is None
    assert (desk.claim(a.id).status_id, desk.claim(b.id).status_id) == ("true", "false")


def test_an_edit_lock_dated_in_the_future_and_a_long_quote_read_in_arabic(arabic_window):
    """The take-over warning names the host kept left to right; a long quote's cut says
    how much is left in Arabic."""
    from factcheck.desk import SuspectLock
    from factcheck.gui.app import suspect_lock_text
    from factcheck.gui.i18n import LRI, PDI
    from factcheck.gui.qt_models import elided

    text = suspect_lock_text(SuspectLock("fast-clock.example", 4242, 5 * 3600))
    assert is_arabic_text(text.replace("fast-clock.example", ""))
    assert f"{LRI}fast-clock.example{PDI}" in text and "300" in text
    shown = elided("قال " * 1000)
    assert shown.endswith("… (عدد الأحرف الباقية: 3000)")


def test_arabic_desk_tools_speak_arabic_right_to_left(arabic_window, tmp_path):
    """The Desk menu's queue and dashboard: Arabic headers, labels and chart titles, the
    dashboard's bars starting at the right."""
    from PySide6.QtGui import QAction, QImage

    win = arabic_window
    win.findChild(QAction, "dashboard").trigger()
    canvas = win.dashboard.canvas
    assert canvas.rtl
    for title, rows, _kind in canvas.sections():
        assert is_arabic_text(title), title
    status_rows = canvas.sections()[0][1]
    assert ARABIC.search(status_rows[0][0])  # the scale's Arabic label
    image = QImage(win.dashboard.canvas.grab().toImage())
    assert not image.isNull()
    win.findChild(QAction, "claimsQueue").trigger()
    model = win.claims_queue.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert all(is_arabic_text(h) for h in headers), headers


def test_the_csv_exported_from_the_arabic_window_has_arabic_headers(arabic_window, tmp_path, monkeypatch):
    """Export → Verdict report (CSV) in the Arabic window: the columns are named in Arabic
    (as ``export csv --lang ar``), the cells are the same."""
    import csv

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    from factcheck.export.csv_report import CSV_COLUMNS_AR

    win = arabic_window
    sentence = win.reader.sentences[2]
    claim = win.mark_span(sentence.start, sentence.end)
    out = tmp_path / "verdicts.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    win.findChild(QAction, "exportCsvAll").trigger()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    assert header[:4] == ["رقم الادعاء", "رقم المقال", "عنوان المقال", "الناشر"]
    assert header == list(CSV_COLUMNS_AR.values())
    assert row[0] == str(claim.id) and row[1] == str(claim.article_id)


def test_article_properties_in_the_arabic_window(arabic_window, qtbot):
    """The properties panel: Arabic labels, the address left to right in the mirrored
    window, an Arabic title right-aligned, a refusal said in Arabic."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFormLayout, QLabel

    win = arabic_window
    win.findChild(QAction, "articleProperties").trigger()
    panel = win.article_properties
    assert is_arabic_text(win.article_properties_dock.windowTitle())
    form = panel.findChild(QFormLayout)
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(form.rowCount())]
    assert labels and all(is_arabic_text(text) for text in labels), labels
    assert all(ARABIC.search(label.text()) for label in panel.findChildren(QLabel) if label.text())
    url = panel.fields["url"]
    assert url.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert panel.fields["title"].alignment() & Qt.AlignmentFlag.AlignRight
    url.setFocus()
    url.selectAll()
    url.insert("www.alsabah.example/a/1")
    qtbot.keyClick(url, Qt.Key.Key_Return)
    headline, detail = win.error_box.text().split("\n")
    assert headline == "رُفض الطلب، ولم يتغيّر شيء."
    assert ARABIC.search(detail) and "www.alsabah.example/a/1" in detail
    assert panel.message.text() == win.error_box.text()


def test_an_address_refused_in_the_arabic_window_says_why_in_arabic(arabic_window, qtbot):
    """A page the server does not have: one dialog, in Arabic, the address kept in order."""
    from page_server import serve

    from factcheck.gui.i18n import LRI, PDI

    win = arabic_window
    before = len(win.desk.articles())
    with serve() as site:
        win.addresses.start(f"{site}/missing")
        qtbot.waitUntil(lambda: win.imports.worker is None, timeout=30000)
    assert win.import_summary_box.text().split("\n") == [
        f"لم يُستورَد شيء من {LRI}{site}/missing{PDI}:",
        f"أجاب الخادم {LRI}404{PDI} {LRI}Not Found{PDI}",
    ]
    assert len(win.desk.articles()) == before
