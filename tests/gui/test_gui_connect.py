""""Connect to a shared desk…": a server desk's URL is tested, remembered without a
password, and opened in the window's place; a URL with a password, an unknown host or an
empty database is refused with one clear line."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def file_window(qtbot, tmp_path):
    from factcheck.gui.app import build_window
    from factcheck.gui.settings import AppSettings

    win = build_window(str(tmp_path / "laptop.sqlite"), lang="en", settings=AppSettings(str(tmp_path / "s.ini")))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.desk.close()


@pytest.mark.postgresql_only
def test_connecting_opens_the_server_desk_and_remembers_it(qtbot, file_window, seeded_url, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from factcheck.gui.app import build_window
    from factcheck.gui.qt_connect import ConnectDialog, connect_to_shared_desk
    from factcheck.gui.settings import AppSettings

    dialog = ConnectDialog("", file_window)
    dialog.url.setText(seeded_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "The desk answers and is set up."
    new = connect_to_shared_desk(file_window, seeded_url)
    qtbot.addWidget(new)
    try:
        assert new.desk.store.is_postgres
        assert new.article_model.rowCount() == 2
        assert not file_window.isVisible()
        # Remembered: a window opened later with no --db and no FACTCHECK_DB opens it.
        settings = AppSettings(str(tmp_path / "s.ini"))
        assert settings.desk_url == seeded_url
        monkeypatch.delenv("FACTCHECK_DB")
        again = build_window(lang="en", settings=settings)
        qtbot.addWidget(again)
        assert again.desk.store.is_postgres and again.desk.store.url == seeded_url
        again.close()
        again.desk.close()
    finally:
        new.close()
        new.desk.close()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql+psycopg://huda:secret@127.0.0.1/desk", "Remove the password"),
        ("postgresql+psycopg://huda@no-such-host.invalid/desk", "unknown host"),
        ("/home/huda/desk.sqlite", "starts with postgresql"),
    ],
)
def test_a_bad_address_is_refused_with_one_line_and_nothing_remembered(file_window, url, says):
    from factcheck.gui.qt_connect import ConnectDialog, connect_to_shared_desk

    dialog = ConnectDialog("", file_window)
    dialog.url.setText(url)
    assert not dialog.test()
    assert says in dialog.result.text()
    assert "secret" not in dialog.result.text()
    assert connect_to_shared_desk(file_window, url) is None
    assert file_window.settings.desk_url == ""
    assert file_window.isVisible()


@pytest.mark.postgresql_only
def test_an_empty_server_database_is_refused_until_it_is_set_up(file_window, pg_url):
    from factcheck.gui.qt_connect import ConnectDialog

    dialog = ConnectDialog("", file_window)
    dialog.url.setText(pg_url)
    assert not dialog.test()
    assert "factcheck --db URL init" in dialog.result.text()


def test_a_wrong_password_is_refused_in_the_dialog_and_the_right_one_connects(
    qtbot, file_window, password_desk, monkeypatch
):
    """On a server that asks for passwords (scram-sha-256). The dialog's address holds
    none: libpq reads PGPASSWORD (as it would ~/.pgpass)."""
    from PySide6.QtWidgets import QMessageBox

    from factcheck.gui.qt_connect import ConnectDialog, connect_to_shared_desk
    from factcheck.store import Store

    Store(password_desk.url(password_desk.password), create=True).close()  # init
    url = password_desk.url()
    monkeypatch.setenv("PGPASSWORD", "WRONG-pw-4711")
    dialog = ConnectDialog("", file_window)
    dialog.url.setText(url)
    assert not dialog.test()
    said = dialog.result.text()
    assert said.startswith("Cannot log in to ") and "refused the user name or password" in said
    assert "WRONG-pw-4711" not in said and "Traceback" not in said
    assert len(said.splitlines()) == 1
    assert connect_to_shared_desk(file_window, url) is None
    box = file_window.error_box
    assert isinstance(box, QMessageBox) and box.text() == said
    assert file_window.settings.desk_url == "" and file_window.isVisible()

    monkeypatch.setenv("PGPASSWORD", password_desk.password)
    assert dialog.test(), dialog.result.text()
    new = connect_to_shared_desk(file_window, url)
    qtbot.addWidget(new)
    try:
        assert new.desk.store.is_postgres
        assert file_window.settings.desk_url == url  # remembered, without a password
    finally:
        new.close()
        new.desk.close()
