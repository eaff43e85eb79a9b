"""Importing a web page by its address in the window: File → Import from address…, Ctrl+V
and a dropped link on the article list. Pages come from a local server on 127.0.0.1."""

from __future__ import annotations

import pytest
from page_server import PAGE_TITLE, serve
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

pytestmark = pytest.mark.gui

LEFT, NO_KEYS = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module")
def site():
    with serve() as base:
        yield base


def listed_titles(window) -> list[str]:
    """The titles the article list shows, top to bottom."""
    proxy = window.article_proxy
    return [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]


def selected_title(window) -> str:
    return window.article_proxy.data(window.article_view.currentIndex().siblingAtColumn(0))


def drag_onto(widget, mime: QMimeData, actions=Qt.DropAction.CopyAction):
    """Drag ``mime`` over ``widget`` and drop it there; whether the drag was accepted."""
    enter = QDragEnterEvent(QPoint(20, 20), actions, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(widget, enter)
    QApplication.sendEvent(widget, QDropEvent(QPointF(20, 20), actions, mime, LEFT, NO_KEYS))
    return enter.isAccepted()


def finish(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.imports.worker is None, timeout=30000)


def type_address_and_press(address: str, button: str = "ok", seen: list | None = None):
    """Answer the address dialog as an editor would, once it is open."""

    def answer():
        dialog = QApplication.activeModalWidget()
        if seen is not None:
            seen.append(dialog.address.text())
        dialog.address.setText(address)
        if button == "ok":
            dialog.ok.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)


def test_the_file_menu_imports_an_arabic_page_from_its_address(window, qtbot, site):
    before = len(window.desk.articles())
    type_address_and_press(f"{site}/moved")
    window.findChild(QAction, "importAddress").trigger()
    finish(window, qtbot)
    assert PAGE_TITLE in listed_titles(window)
    (article,) = [a for a in window.desk.articles() if a.title == PAGE_TITLE]
    assert len(window.desk.articles()) == before + 1
    # the new article is opened and selected in the list
    assert window.article_id == article.id and selected_title(window) == PAGE_TITLE
    assert window.reader.toPlainText().startswith(PAGE_TITLE)
    stored = window.desk.article(article.id)
    assert stored.imported_from == f"{site}/moved" and stored.source_kind == "url"
    assert "Imported: 1" in window.import_summary_box.text()


def test_the_dialog_offers_the_address_on_the_clipboard(window, qtbot, site):
    QGuiApplication.clipboard().setText(f"  {site}/article\n")
    seen: list = []
    type_address_and_press("", button="cancel", seen=seen)
    window.addresses.dialog()
    assert seen == [f"{site}/article"]
    assert window.imports.worker is None  # cancelled: nothing fetched


def test_pasting_an_address_on_the_article_list_imports_it(window, qtbot, site):
    QGuiApplication.clipboard().setText(f"{site}/article")
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    finish(window, qtbot)
    assert PAGE_TITLE in listed_titles(window)
    assert selected_title(window) == PAGE_TITLE
    assert window.desk.article(window.article_id).url == (
        "https://alsabah.example/news/2024/03/health-denies"
    )


def test_a_link_dropped_on_the_article_list_is_imported(window, qtbot, site):
    mime = QMimeData()
    mime.setUrls([QUrl(f"{site}/article")])
    link = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction  # what a browser offers
    assert drag_onto(window.article_view.viewport(), mime, link)
    finish(window, qtbot)
    assert PAGE_TITLE in listed_titles(window) and selected_title(window) == PAGE_TITLE


def test_files_dropped_on_the_article_list_are_still_imported_as_files(window, qtbot, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_text("خبر مسحوب إلى القائمة\n\nنص الخبر المسحوب إلى قائمة المقالات.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drag_onto(window.article_view.viewport(), mime)
    finish(window, qtbot)
    assert "خبر مسحوب إلى القائمة" in listed_titles(window)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/to-file", "the page redirected to an address that is not fetched"),
        ("/image", "not a web page (image/png)"),
        ("/home", "no article found in the web page"),
        ("/huge", "web page too large"),
    ],
)
def test_a_refused_address_gets_one_dialog_naming_it_and_why(window, qtbot, site, path, reason):
    before = listed_titles(window)
    type_address_and_press(f"{site}{path}")
    window.findChild(QAction, "importAddress").trigger()
    finish(window, qtbot)
    box = window.import_summary_box
    assert box.icon() == QMessageBox.Icon.Warning
    headline, detail = box.text().split("\n")[:2]
    assert headline == f"Nothing was imported from {site}{path}:"
    assert detail.startswith(reason)
    assert listed_titles(window) == before


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("http://user:secret@127.0.0.1/article", "addresses with a user name or password are refused"),
        ("ftp://127.0.0.1/article.html", "only http and https addresses are fetched"),
        ("file:///etc/passwd", "only http and https addresses are fetched"),
    ],
)
def test_addresses_the_import_never_fetches_are_refused_in_a_dialog(window, qtbot, address, reason):
    before = listed_titles(window)
    type_address_and_press(address)
    window.addresses.dialog()
    finish(window, qtbot)
    assert window.import_summary_box.text().startswith(f"Nothing was imported from {address}:\n{reason}")
    assert listed_titles(window) == before


def test_a_slow_page_can_be_cancelled_and_nothing_is_stored(window, qtbot, site):
    before = listed_titles(window)
    window.addresses.start(f"{site}/slow")  # three seconds to arrive
    progress = window.findChild(QProgressDialog, "importProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    assert progress.labelText() == f"Fetching {site}/slow…"
    progress.findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: window.imports.worker is None, timeout=1500)  # not the page's 3 s
    assert "cancelled" in window.import_summary_box.text()
    assert listed_titles(window) == before


def test_pasting_text_that_is_no_address_fetches_nothing(window, qtbot):
    before = listed_titles(window)
    QGuiApplication.clipboard().setText("قال الوزير إن النمو بلغ ثلاثة في المئة")
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.imports.worker is None
    assert "no web address" in window.statusBar().currentMessage()
    assert listed_titles(window) == before


def test_an_address_typed_without_its_scheme_is_offered_with_https(window, qtbot, monkeypatch):
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.addresses.start("www.example.org/news/1", typed=True) is None
    assert asked == ["A web address starts with http:// or https://. Import https://www.example.org/news/1?"]
    assert window.imports.worker is None
