"""A real HTTP server on 127.0.0.1 for one test, that never outlives it.

Its handler threads are joined when it closes (`daemon_threads = False`): a handler still
running after its test once crashed the next test's first window in Qt now and then."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serving(
    handler: type[BaseHTTPRequestHandler], before_close: Callable[[], object] = lambda: None
) -> Iterator[str]:
    """Yields the server's base URL; on leaving, `before_close` (release what the handlers
    wait on, wait for the code under test), then the server stops and its handlers end."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = False  # server_close() joins every handler
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        before_close()
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def closed_port() -> int:
    """A port nothing listens on (a link that gets no answer: offline)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
