"""Full renders in a worker process, one at a time, reported back on the GUI thread.

A full render of a long article takes a large fraction of a second; in a Python thread it
would hold the GIL and make typing stutter, so it runs in a process of its own (started
the first time it is needed, with `spawn`, so no Qt state is forked). At most one render
is in flight; the caller decides what to do with a result that is no longer current.

The process ends after `IDLE_MS` without work and starts again on the next render: its block
cache and the arenas a long render leaves behind held 430 MiB after opening a 5 MB article
(benchmarks/memory.py), for renders that come rarely once the article is open. The next render
after an idle end pays the start (a few hundred ms) and a cold cache.

A render may be streamed (`fold.Stream`): its blocks come in parts (`part`) as the worker
finishes them, so a long article's first open shows them without waiting for the whole. Given
the site's `Highlighting`, the worker colours each block's fenced code too (`BlockRecord.shown`):
Pygments is the one slow step of the page gate, and it held the GUI thread 115-460 ms per part.
A streamed render from `parallel.PARALLEL_CHARS` to `PARALLEL_MAX_CHARS` has a helper process
render its second half ahead (`core/render/parallel.py`): started beside the worker for the
first such render (the worker is daemonic and may not start children), piped to it, ended
with it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import threading
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QObject, QTimer, Signal

from redactie.core.render.fold import BlockRecord, Part, serve
from redactie.core.render.parallel import PARALLEL_CHARS, PARALLEL_MAX_CHARS, serve_helper
from redactie.core.render.request import RenderRequest

log = logging.getLogger(__name__)
POLL_MS = 4
IDLE_MS = 30_000  # without work this long, the process ends
IDLE_ENV = "REDACTIE_RENDER_IDLE_MS"  # overrides IDLE_MS (tests set 0, the benchmark 1000)


class RenderWorker(QObject):
    """Renders whole documents off the GUI thread; emits `rendered(revision, result)`.

    `result` is a `FullRendering` (a `Confirmation` for a render compared with the page), or
    None when the worker failed (it is restarted). A streamed render emits
    `part(revision, records)` for each part first.
    """

    rendered = Signal(int, object)
    part = Signal(int, object)

    def __init__(self, parent: QObject | None = None, idle_ms: int | None = None) -> None:
        super().__init__(parent)
        self._idle_ms = idle_ms
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._helper: BaseProcess | None = None
        self._helper_end: Connection | None = None  # the helper's pipe end, until it starts
        self._revision: int | None = None
        self._parts: list[BlockRecord] | None = None  # a streamed render's blocks so far
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        # The process ends with this object (a closed window), not only when the app exits;
        # the slot holds the list, not `self`, which is gone by then.
        running: list[BaseProcess] = []
        self._running = running
        self.destroyed.connect(lambda *_: _terminate(running))

    @property
    def busy(self) -> bool:
        return self._revision is not None

    @property
    def running(self) -> bool:
        """Whether the process is up (it ends when idle; see the module's docstring)."""
        return self._process is not None and self._process.is_alive()

    def start(self) -> None:
        """Start the process now (it takes a moment), so the first render need not wait."""
        if not self.busy:
            self._idle_later()
        if self.running:
            return
        self._end_helper()  # a helper belongs to one worker
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        worker_end, self._helper_end = context.Pipe()
        process = context.Process(
            target=serve, args=(theirs, worker_end), daemon=True, name="redactie-render"
        )
        process.start()
        theirs.close()
        worker_end.close()
        self._process, self._connection = process, ours
        self._running[:] = [process]

    @property
    def helper_running(self) -> bool:
        """Whether a helper renders ahead for this worker (`core/render/parallel.py`)."""
        return self._helper is not None and self._helper.is_alive()

    def _start_helper(self) -> bool:
        """Whether a helper process is there for this worker (started now if need be)."""
        if self._helper is not None:
            return self._helper.is_alive()
        end = self._helper_end
        if end is None:
            return False
        context = multiprocessing.get_context("spawn")
        helper = context.Process(
            target=serve_helper, args=(end,), daemon=True, name="redactie-render-ahead"
        )
        helper.start()
        end.close()  # the worker sees the helper's end when it dies
        self._helper, self._helper_end = helper, None
        self._running.append(helper)
        return True

    def render(self, request: RenderRequest) -> None:
        """Start the render `request` asks for (see `RenderRequest`: a streamed one may get a
        helper here); the caller checks `busy` first."""
        if self.busy:
            raise RuntimeError("a render is already in flight")
        self.start()
        self._idle.stop()
        stream = request.stream
        long = PARALLEL_CHARS <= len(request.text) <= PARALLEL_MAX_CHARS
        if stream is not None and long and self._start_helper():
            request = replace(request, stream=replace(stream, helped=True))
        connection = self._connection
        assert connection is not None
        data = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        # A thread writes: a worker that is still starting reads late, and a full pipe would
        # block the GUI. Blocked in write(), the thread does not hold the GIL.
        threading.Thread(target=_send, args=(connection, data), daemon=True).start()
        self._revision = request.revision
        self._parts = [] if stream is not None else None
        self._poll.start()

    def cancel(self) -> None:
        """Drop the render in flight (a new document came): the process is restarted."""
        if self.busy:
            self._restart()

    def stop(self) -> None:
        """End the process (the preview goes away, or it was idle)."""
        self._poll.stop()
        self._idle.stop()
        self._revision = self._parts = None
        if self._connection is not None:
            self._connection.close()
        process = self._process
        if process is not None and process.is_alive():
            process.terminate()
            process.join(1.0)  # reaped: an idle worker ends at once on SIGTERM
        self._process = self._connection = None
        self._end_helper()

    def _end_helper(self) -> None:
        if self._helper_end is not None:
            self._helper_end.close()
        helper = self._helper
        if helper is not None and helper.is_alive():
            helper.terminate()
            helper.join(1.0)
        self._helper = self._helper_end = None

    def _restart(self) -> None:
        self.stop()
        self.start()

    def _idle_later(self) -> None:
        idle_ms = self._idle_ms
        if idle_ms is None:
            try:
                idle_ms = int(os.environ.get(IDLE_ENV, IDLE_MS))
            except ValueError:
                idle_ms = IDLE_MS
        self._idle.start(max(0, idle_ms))

    def _on_idle(self) -> None:
        if not self.busy:
            log.debug("render worker: idle, ending it")
            self.stop()

    def _check(self) -> None:
        connection = self._connection
        if connection is None or self._revision is None:
            self._poll.stop()
            return
        try:
            if not connection.poll():
                if self._process is not None and not self._process.is_alive():
                    raise EOFError("the render worker died")
                return
            message = connection.recv()
            if isinstance(message, Part):  # one message per tick: the GUI stays free
                if self._parts is not None:
                    self._parts.extend(message.blocks)
                self.part.emit(message.revision, message.blocks)
                return
            revision, result = message
            if result is not None and self._parts is not None:
                result = replace(result, blocks=tuple(self._parts))
        except (EOFError, OSError) as error:
            log.warning("render worker: %s", error)
            revision, result = self._revision, None
            self._restart()
        self._poll.stop()
        self._revision = None
        self._parts = None
        self._idle_later()
        self.rendered.emit(revision, result)


def _send(connection: Connection, data: bytes) -> None:
    try:
        connection.send_bytes(data)
    except (OSError, ValueError):  # closed or broken: `_check` sees the dead worker
        log.debug("render worker: could not send")


def _terminate(running: list[BaseProcess]) -> None:
    for process in running:
        if process.is_alive():
            process.terminate()
    running.clear()
