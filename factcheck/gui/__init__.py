"""The desktop app (the only package that imports Qt). Files holding widgets are ``qt_*.py``.

Importing this package starts nothing and imports no Qt: the entry points below do.
"""

import gc


def pause_garbage_collector() -> None:
    """Pause the cyclic garbage collector until ``app.build_window`` has built the window
    (it then freezes what start-up made and resumes collection): Qt, SQLAlchemy and the
    window make a million long-lived objects that full collections during start-up would
    scan for nothing. Called by the entry points before they import Qt."""
    gc.disable()


def load_core_first() -> None:
    """Import the Qt-free core (the desk, and with it SQLAlchemy) before Qt. Once imported,
    PySide6 reads the source of every module imported after it, to see whether it uses
    PySide's ``__feature__`` switches: measured, 0.3-0.5 s of CPU at start-up for SQLAlchemy's
    and the desk's modules. Called by the entry points before they import Qt."""
    import factcheck.desk  # noqa: F401 - imported for its side effect: loaded before Qt


def run(db=None, article_id: int | None = None, lang: str | None = None) -> int:
    """Show the window until it is closed (``factcheck gui``); returns the exit status."""
    pause_garbage_collector()
    load_core_first()
    from factcheck.gui.app import run_app

    return run_app(db=db, article_id=article_id, lang=lang)


def main() -> int:
    """The ``factcheck-gui`` entry point."""
    pause_garbage_collector()
    load_core_first()
    from factcheck.gui.app import main as app_main

    return app_main()
