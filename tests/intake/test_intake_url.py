"""``factcheck import URL``: pages fetched from a local server on 127.0.0.1 only."""

from __future__ import annotations

import json
import time

import pytest
from page_server import PAGE, serve

from factcheck.intake.fetch import fetch_page, read_url
from factcheck.text import DecodeError


@pytest.fixture(scope="module")
def server():
    with serve() as base:
        yield base


def test_import_url_stores_the_article_with_address_and_fetch_time(run, server):
    code, out, err = run("import", f"{server}/moved")
    assert code == 0, err
    assert "1 imported" in out
    _, out, _ = run("articles", "--json")
    (article,) = json.loads(out)
    assert article["title"] == "وزارة الصحة تنفي انتشار وباء جديد في العاصمة"
    assert article["url"] == "https://alsabah.example/news/2024/03/health-denies"  # canonical
    assert article["source_kind"] == "url" and article["fetched_at"][:4].isdigit()
    assert article["imported_from"] == f"{server}/moved"


def test_page_without_canonical_link_keeps_the_fetched_address(server, monkeypatch):
    from factcheck.intake import fetch

    page = PAGE.replace(b'rel="canonical"', b'rel="x"').replace(b"og:url", b"og:x")
    monkeypatch.setattr(fetch, "fetch_page", lambda url, timeout: (page, f"{server}/article"))
    assert read_url(f"{server}/article").url == f"{server}/article"


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/to-file", "redirected to an address that is not fetched"),
        ("/image", "not a web page (image/png)"),
        ("/missing", "the server answered 404"),
        ("/huge", "web page too large"),
        ("/home", "no article found in the web page"),
    ],
)
def test_bad_responses_are_refused_with_their_reason(run, server, path, needle):
    code, out, err = run("import", f"{server}{path}")
    assert code == 1 and needle in err, err
    assert "0 imported" in out


def test_a_cancel_stops_waiting_for_a_slow_page_and_stores_nothing(desk, server):
    """The window's Cancel while a page is on its way: the import ends at once (the page
    takes 3 s to arrive), nothing is stored."""
    started = time.monotonic()
    outcomes = desk.import_urls(
        [f"{server}/slow", f"{server}/article"], cancelled=lambda: time.monotonic() - started > 0.3
    )
    assert outcomes == [] and desk.articles() == []
    assert time.monotonic() - started < 2


def test_slow_page_stops_at_the_time_limit(server):
    with pytest.raises(DecodeError, match="took longer than 1 s"):
        fetch_page(f"{server}/slow", timeout=1)


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://user:secret@127.0.0.1/", "user name or password"),
        ("ftp://127.0.0.1/x.html", "only http and https"),
        ("http:///nohost", "not a web address"),
    ],
)
def test_addresses_refused_before_any_request(url, needle):
    with pytest.raises(DecodeError, match=needle):
        fetch_page(url)


def test_urls_and_files_in_one_import(run, server, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("عنوان الخبر\nقال الوزير إن النمو بلغ ثلاثة في المئة هذا العام.", "utf-8")
    code, out, err = run("import", path, f"{server}/article", f"{server}/missing")
    assert code == 1 and "404" in err
    assert "2 imported, 0 already present, 1 refused" in out
