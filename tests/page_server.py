"""A local web server on 127.0.0.1 for the tests of importing from an address: an Arabic
news page, a redirect to it, and the answers an import must refuse (a redirect to
``file:``, an image, a home page with no article, a page too large, a slow page, 404)."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent / "data" / "intake"
PAGE = (DATA / "news_jsonld.html").read_bytes()
PAGE_TITLE = "وزارة الصحة تنفي انتشار وباء جديد في العاصمة"
NO_ARTICLE = (DATA / "no_article.html").read_bytes()


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
        elif path == "/home":
            self.send(200, NO_ARTICLE)
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


@contextmanager
def serve():
    """The server's base address (``http://127.0.0.1:PORT``) while the block runs."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
