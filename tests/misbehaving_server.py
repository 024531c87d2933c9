"""A local HTTP server that misbehaves on purpose: closes early, drips, sends gigabytes.

Each path is one way of going wrong (`/drip…`, `/huge-…` also as a prefix, so a client with a
base URL such as `/drip/` meets it on every call); the server stops by itself with the test
(daemon threads, bounded loops), and only ever listens on 127.0.0.1.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

JPEG = b"\xff\xd8\xff\xe0" + b"een-hele-foto" * 40 + b"\xff\xd9"
GIGABYTES = 2 * 1024 * 1024 * 1024
DRIP_SECONDS = 0.2  # between bytes; a drip lasts at most DRIP_LIMIT bytes
DRIP_LIMIT = 300


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        route = self.path.split("?")[0]
        if route == "/ok.jpg":
            self._head(len(JPEG))
            self.wfile.write(JPEG)
        elif route == "/closes-early.jpg":  # announces the whole photo, sends a quarter
            self._head(len(JPEG))
            self.wfile.write(JPEG[: len(JPEG) // 4])
            self.wfile.flush()
            self.close_connection = True
        elif route == "/truncated.jpg":  # honest length, but the photo itself is cut
            self._head(len(JPEG) // 2)
            self.wfile.write(JPEG[: len(JPEG) // 2])
        elif route.startswith("/drip"):  # a byte every DRIP_SECONDS
            self._head(DRIP_LIMIT)
            for byte in (JPEG * 2)[:DRIP_LIMIT]:
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(DRIP_SECONDS)
        elif route.startswith("/huge-announced"):  # says 2 GB; nothing need be read
            self._head(GIGABYTES)
            self.wfile.write(JPEG[:16])
            self.close_connection = True
        elif route.startswith("/huge-lazy"):  # no length; streams until the client gives up
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            block = JPEG[:4] + b"\0" * (256 * 1024 - 4)
            sent = 0
            while sent < GIGABYTES:
                try:
                    self.wfile.write(block)
                except OSError:
                    return
                sent += len(block)
                block = b"\0" * len(block)
        elif route == "/page.jpg":  # a web page where a photo was promised
            body = b"<html><body>geen foto</body></html>"
            self._head(len(body), "text/html")
            self.wfile.write(body)
        else:
            self.send_error(404)

    def _head(self, length: int, kind: str = "image/jpeg") -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def misbehaving_server() -> Iterator[str]:
    """The server's base URL while the block runs."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
