"""Start the desktop app: QApplication, font, translation, database, edit lock, window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from factcheck.desk import Desk
from factcheck.gui.i18n import describe_error, fill, isolate_ltr
from factcheck.model import FactcheckError
from factcheck.resources import resources_dir

READER_FONT_FAMILIES = ["Noto Sans Arabic", "DejaVu Sans"]


def load_fonts() -> list[str]:
    """Register the packaged Arabic font (OFL) so Arabic renders without system fonts."""
    families: list[str] = []
    try:
        import fontpkg_noto_sans_arabic as noto

        for ttf in sorted(Path(noto.ROOT, "files").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(ttf))
            families += QFontDatabase.applicationFontFamilies(font_id)
    except ImportError:  # pragma: no cover - a dependency; system fonts remain
        pass
    return families


def reader_font(point_size: float = 13.0) -> QFont:
    font = QFont()
    font.setFamilies(READER_FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def install_translation(app: QApplication, lang: str) -> None:
    """Load our Arabic catalogue and Qt's own, and mirror the whole window for Arabic.

    Translators installed by an earlier call are removed first, so the language can change.
    """
    for old in getattr(app, "_factcheck_translators", []):
        app.removeTranslator(old)
    app._factcheck_translators = []
    if lang != "ar":
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / "factcheck_ar.qm")):
        translators.append(ours)
    qt_own = QTranslator(app)
    # By file name: naming QLocale makes PySide build its Python enums of every language,
    # country and script (~20 ms at each start).
    if qt_own.load("qtbase_ar", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    app._factcheck_translators = translators  # keep them alive
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName("factcheck")
        app.setOrganizationName("factcheck")
    return app


def plain_box(icon, title: str, text: str, parent=None) -> QMessageBox:
    """A message box showing ``text`` as text. Its default (AutoText) renders anything that
    looks like HTML: a host name or path from the database became a clickable link."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def suspect_lock_text(suspect) -> str:
    """What an edit lock dated in the future (``Desk.suspect_lock``) means, for the editor."""
    host = suspect.host
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        host = isolate_ltr(host)
    minutes = max(1, round(suspect.ahead_seconds / 60))
    return fill(
        QCoreApplication.translate(  # lupdate reads a plural (%n) only from tr()
            "EditLock",
            "This database's edit lock names %1 (process %2) as its editor, but its last "
            "sign of life is dated ahead of this computer's clock (by %3 min): that "
            "computer's clock is wrong, or the file was altered.",
        ),
        host,
        suspect.pid,
        minutes,
    )


def ask_take_over(text: str, parent=None) -> bool:
    """Ask whether to take over an edit lock dated in the future; "Open read-only" is the
    default (Enter and Esc keep the other editor's lock)."""
    box = plain_box(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EditLock", "Edit lock dated in the future"),
        text,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EditLock",
            "Take over editing only if nobody is editing this database on that computer "
            "now: two editors at once would overwrite each other's work.",
        )
    )
    take = box.addButton(
        QCoreApplication.translate("EditLock", "Take over editing"), QMessageBox.ButtonRole.AcceptRole
    )
    read_only = box.addButton(
        QCoreApplication.translate("EditLock", "Open read-only"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(read_only)
    box.setEscapeButton(read_only)
    box.exec()
    return box.clickedButton() is take


def open_desk_for_gui(db, annotator: str, take_over=None) -> tuple[Desk, str]:
    """Open the database for editing, or read-only when another instance is editing it.

    ``take_over(text)`` is asked when the edit lock is dated in the future (nothing else
    would ever free it); True takes the lock over.
    """
    desk = Desk.open(db, annotator=annotator)
    ok, message = desk.acquire_edit_lock()
    if ok:
        return desk, ""
    if desk.suspect_lock is not None:
        text = suspect_lock_text(desk.suspect_lock)
        if take_over is not None and take_over(text):
            ok, message = desk.acquire_edit_lock(take_over=True)
            if ok:
                return desk, ""
        else:
            message = "\n".join(
                (text, QCoreApplication.translate("EditLock", "The database was opened read-only."))
            )
    desk.store.close()
    return Desk.open(db, read_only=True, annotator=annotator), message


def build_window(
    db=None, *, article_id: int | None = None, lang: str | None = None, settings=None, take_over=None
):
    """Create the main window (used by ``run_app`` and by the tests); ``take_over`` as in
    :func:`open_desk_for_gui`."""
    from factcheck.gui.main_window import MainWindow
    from factcheck.gui.settings import AppSettings

    gc.disable()  # see _settle_garbage_collector
    try:
        app = ensure_app()
        settings = settings or AppSettings()
        if db is None and not os.environ.get("FACTCHECK_DB"):
            db = settings.desk_url or None  # the shared desk chosen last, else the default
        load_fonts()
        install_translation(app, lang or settings.language)
        desk, reason = open_desk_for_gui(db, settings.annotator, take_over)
        window = MainWindow(desk, settings, read_only_reason=reason)
        # "Connect to a shared desk…" opens the desk chosen in a window made the same way.
        window.open_window_on = lambda url: build_window(url, settings=settings, take_over=take_over)
        window.reader.set_base_font(reader_font())
        window.open_initial_article(article_id)
    finally:
        _settle_garbage_collector()
    return window


def _settle_garbage_collector() -> None:
    """Keep the cyclic garbage collector's full passes off start-up and off the edit path.

    Start-up makes about a million long-lived objects (modules, SQLAlchemy's tables, Qt
    wrappers, the article list); a full pass over them frees nothing and stalls for 50-80 ms
    (benchmark: a dropped frame on a keystroke or an article switch). So the collector
    is paused by the entry point (``factcheck.gui.pause_garbage_collector``, before Qt is
    imported) and by ``build_window`` until the window is built, then everything made so
    far is frozen (never scanned again) and collection resumes for what comes after.
    """
    gc.freeze()
    gc.enable()



def missing_platform_library() -> str:
    """Name a system library Qt's X11 plugin needs but cannot find (Qt would abort), or ""."""
    import ctypes.util
    import os

    if os.environ.get("QT_QPA_PLATFORM") or not os.environ.get("DISPLAY"):
        return ""
    if not sys.platform.startswith("linux"):
        return ""
    needed = {
        "xcb-cursor": "libxcb-cursor0",
        "xcb-icccm": "libxcb-icccm4",
        "xcb-keysyms": "libxcb-keysyms1",
        "xkbcommon-x11": "libxkbcommon-x11-0",
    }
    missing = [pkg for lib, pkg in needed.items() if ctypes.util.find_library(lib) is None]
    if missing:
        return f"{', '.join(missing)} (Debian/Ubuntu: sudo apt-get install {' '.join(missing)})"
    return ""


def run_app(db=None, article_id: int | None = None, lang: str | None = None) -> int:
    missing = missing_platform_library()
    if missing:
        print(f"factcheck: error: the desktop app needs the system libraries {missing}", file=sys.stderr)
        return 1
    app = ensure_app()
    try:
        window = build_window(db, article_id=article_id, lang=lang, take_over=ask_take_over)
    except FactcheckError as exc:
        plain_box(QMessageBox.Icon.Critical, "factcheck", describe_error(exc)).exec()
        return 1
    window.show()
    if window.read_only_reason:
        title = QCoreApplication.translate("MainWindow", "Read-only")
        plain_box(QMessageBox.Icon.Information, title, window.read_only_reason, window).exec()
    try:
        return app.exec()
    finally:
        window.desk.close()


def main() -> int:
    """The ``factcheck-gui`` entry point."""
    import argparse

    parser = argparse.ArgumentParser(prog="factcheck-gui")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    parser.add_argument("--article", type=int, metavar="ID")
    parser.add_argument("--lang", choices=("ar", "en"))
    args = parser.parse_args()
    return run_app(db=args.db, article_id=args.article, lang=args.lang)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
