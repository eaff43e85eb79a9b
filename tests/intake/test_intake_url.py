"""``factcheck import URL``: pages fetched from a local server on 127.0.0.1 only."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factcheck.intake.fetch import fetch_page, read_url
from factcheck.text import DecodeError

PAGE = (Path(__file__).parents[1] / "data" / "intake" / "news_jsonld.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet test output
        pass

    def send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path == "/article":
            self.send(200, PAGE)
        elif path == "/moved":
            self.send(302, b"", Location="/article")
        elif path == "/to-file":
            self.send(302, b"", Location="file:///etc/passwd")
        elif path == "/image":
            self.send(200, b"\x89PNG\r\n", kind="image/png")
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the limit is checked as bytes arrive
            try:
                for _ in range(20 * 1024):
                    self.wfile.write(b"<p>" + b"x" * 1020 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(30):  # bounded: stops by itself after 3 s
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self.send(404, b"<h1>not found</h1>")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


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
    ],
)
def test_bad_responses_are_refused_with_their_reason(run, server, path, needle):
    code, out, err = run("import", f"{server}{path}")
    assert code == 1 and needle in err, err
    assert "0 imported" in out


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
