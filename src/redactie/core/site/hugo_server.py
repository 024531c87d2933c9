"""A `hugo server` kept running on the Site preview's temporary site, so that a new version of
the article costs Hugo an incremental rebuild (tens of ms) instead of a fresh start (~0.2 s).

The server renders to disk into a folder of its own with the same flags as the one-shot build
(`hugo_preview.py`), the environment `production` (what `hugo` builds with; the server's
default is `development`, which PaperMod shows differently), `--disableFastRender` (the whole
temporary site is rendered again, so the sitemap that finds the page is never stale) and no
live reload: its pages are byte for byte those of a `hugo` build. The window never talks to
its web port; it reads the files, as before.

Hugo hands changed files to the rebuild on a fixed 500 ms tick, so a rebuild follows a
written file within 0 to 0.5 s. A rebuild is known to be the article's when Hugo says
"Source changed /<the article>" and then "Total in N ms"; an ERROR line in between is a
failed rebuild. Hugo 0.168's incremental rebuild after a failed one can panic, so after any
failure the caller stops the server and builds once the old way (which says what is wrong).
"""

from __future__ import annotations

import ctypes
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Final

from redactie.core.site.hugo_preview import HugoPreviewError, explain_failure

_SET_DEATH_SIGNAL: Final = 1  # Linux prctl(PR_SET_PDEATHSIG)


def _death_signal() -> Callable[[], None] | None:
    """On Linux, a child prepared to get SIGTERM when the thread that started it ends: so a
    `hugo server` never outlives a redactie that was killed or crashed. Made here, before any
    fork: the child only calls it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(_SET_DEATH_SIGNAL, signal.SIGTERM)


_DIE_WITH_PARENT: Final = _death_signal()

STOP_SECONDS: Final = 3.0
_ANSI_RE: Final = re.compile(r"\x1b\[[0-9;]*m")
_READY: Final = "Web Server is available"
_DONE_RE: Final = re.compile(r"^Total in \d+ ms")


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_command(build_command: Sequence[str], port: int) -> list[str]:
    """The one-shot build's command as a server: the same flags after `server`."""
    environment = os.environ.get("HUGO_ENVIRONMENT") or os.environ.get("HUGO_ENV") or "production"
    return [
        build_command[0],
        "server",
        *build_command[1:],
        "--environment",
        environment,
        "--appendPort=false",
        "--disableLiveReload",
        "--disableFastRender",
        "--bind",
        "127.0.0.1",
        "--port",
        str(port),
        "--logLevel",
        "warn",  # the build's "error" would hide "Source changed"; warnings are skipped
    ]


class HugoServer:
    """One `hugo server` process and what it has said; `stop` always ends it."""

    def __init__(
        self, command: Sequence[str], environment: Mapping[str, str], output: Path
    ) -> None:
        self.output = output  # where it writes the site
        self._lines: list[str] = []
        self._ended = False
        self._changed = threading.Condition()
        started: list[subprocess.Popen[bytes] | OSError] = []
        ready = threading.Event()
        # Started by the thread that reads its words and lives exactly as long: the death
        # signal follows the thread that forked, and a pool thread ends when it idles.
        self._reader = threading.Thread(
            target=self._run,
            args=(list(command), dict(environment), started, ready),
            name="hugo-server",
            daemon=True,
        )
        self._reader.start()
        ready.wait()
        if isinstance(started[0], OSError):
            exc = started[0]
            raise HugoPreviewError(
                "hugo.not-runnable",
                path=command[0],
                reason=exc.strerror or str(exc),
                detail=str(exc),
            ) from exc
        self.process = started[0]

    def _run(
        self,
        command: list[str],
        environment: dict[str, str],
        started: list[subprocess.Popen[bytes] | OSError],
        ready: threading.Event,
    ) -> None:
        try:
            process = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=environment,
                preexec_fn=_DIE_WITH_PARENT,  # one C call, made before the fork
            )
        except OSError as exc:
            started.append(exc)
            ready.set()
            return
        started.append(process)
        ready.set()
        assert process.stdout is not None
        self._read(process.stdout)

    def _read(self, stream: IO[bytes]) -> None:
        for raw in stream:
            line = _ANSI_RE.sub("", raw.decode("utf-8", "replace")).rstrip()
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    def alive(self) -> bool:
        return not self._ended and self.process.poll() is None

    def mark(self) -> int:
        """Where Hugo's next words will start (before writing a file)."""
        with self._changed:
            return len(self._lines)

    def wait_started(self, timeout: float) -> None:
        """Until the first build is written and the server runs; its failure as an error."""
        self._wait(0, timeout, lambda lines: any(line.startswith(_READY) for line in lines))

    def wait_rebuilt(self, since: int, changed: str, timeout: float) -> None:
        """Until the rebuild that read `changed` ("/posts/a.md") is done, words from `since`."""
        said = f"Source changed {changed}"

        def done(lines: list[str]) -> bool:
            seen = next((n for n, line in enumerate(lines) if line == said), None)
            return seen is not None and any(_DONE_RE.match(x) for x in lines[seen:])

        self._wait(since, timeout, done)

    def _wait(self, since: int, timeout: float, done: object) -> None:
        assert callable(done)
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                lines = self._lines[since:]
                errors = [line for line in lines if line.startswith(("ERROR", "Error:", "panic"))]
                if errors or (self._ended and not done(lines)):
                    raise explain_failure("\n".join(lines))
                if done(lines):
                    return
                left = deadline - time.monotonic()
                if left <= 0:
                    raise HugoPreviewError("hugo.timed-out", seconds=round(timeout))
                self._changed.wait(left)

    def stop(self) -> None:
        """End the process (politely, then for sure) and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(STOP_SECONDS)  # the pipe ends with the process
        if self.process.stdout is not None and not self._reader.is_alive():
            self.process.stdout.close()


def write_atomically(text: bytes, target: Path, scratch: Path) -> None:
    """`text` into `target` in one step (Hugo never reads half a file); `scratch` is a folder
    on the same disk outside the watched content folder."""
    temporary = scratch / f".{target.name}.writing"
    temporary.write_bytes(text)
    temporary.replace(target)


def is_running(server: HugoServer | None) -> bool:
    return server is not None and server.alive()


__all__ = [
    "HugoServer",
    "free_port",
    "is_running",
    "server_command",
    "write_atomically",
]
