"""Pexels API calls off the GUI thread, results back by signal, stale answers dropped.

`PexelsClient` blocks, so each call runs as a `QRunnable` in a small pool; every pool thread
keeps its own client (requests sessions are not thread-safe). A single relay object living on
the GUI thread carries results back as queued signals; each `Searcher` bumps a generation
number per new search and ignores answers from older ones, which is what "a new search cancels
the requests in flight" means for a client that cannot be interrupted.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from redactie.core.pexels import (
    BadResponseError,
    PexelsClient,
    PexelsError,
    RateLimit,
    RateLimitedError,
    SearchPage,
)
from redactie.gui.pexels.options import ClientConfig

log = logging.getLogger(__name__)

Orientation = Literal["landscape", "portrait", "square"]
PER_PAGE = 15
_local = threading.local()
_tokens = itertools.count(1)
_quota_lock = threading.Lock()
_quotas: dict[ClientConfig, RateLimit] = {}  # the newest quota any thread's client saw


@dataclass(frozen=True)
class Query:
    """One search as the dialog asks it; an empty text means Pexels' curated photos."""

    text: str
    orientation: Orientation | None = None
    color: str | None = None


class _Relay(QObject):
    """Lives on the GUI thread for the whole run; workers emit through it."""

    finished = Signal(int, int, object)  # searcher token, generation, SearchPage
    failed = Signal(int, int, object)  # searcher token, generation, PexelsError


_relay: _Relay | None = None
_pool: QThreadPool | None = None


def _shared() -> tuple[_Relay, QThreadPool]:
    """Created on first use, on the GUI thread; never at import."""
    global _relay, _pool
    if _relay is None or _pool is None:
        _relay = _Relay()
        _pool = QThreadPool()
        _pool.setMaxThreadCount(3)
        _pool.setExpiryTimeout(30_000)
    return _relay, _pool


def _client(config: ClientConfig) -> PexelsClient:
    """This thread's client for `config`, built once."""
    clients: dict[ClientConfig, PexelsClient] = _local.__dict__.setdefault("clients", {})
    client = clients.get(config)
    if client is None:
        client = PexelsClient(
            config.api_key,
            base_url=config.base_url,
            cache_dir=config.cache_dir,
            timeout=config.timeout,
        )
        clients[config] = client
    return client


class _Job(QRunnable):
    def __init__(
        self, config: ClientConfig, token: int, generation: int, query: Query | str
    ) -> None:
        super().__init__()
        self._config = config
        self._token = token
        self._generation = generation
        self._query = query  # a Query, or a next_page URL

    def run(self) -> None:
        relay, _ = _shared()
        client = _client(self._config)
        try:
            page = self._fetch(client)
        except PexelsError as exc:
            relay.failed.emit(self._token, self._generation, _with_known_quota(self._config, exc))
        except Exception as exc:  # a bug must not kill the thread silently
            log.exception("Pexels search failed unexpectedly")
            relay.failed.emit(self._token, self._generation, BadResponseError(detail=repr(exc)))
        else:
            _remember_quota(self._config, client.rate_limit)
            relay.finished.emit(self._token, self._generation, page)

    def _fetch(self, client: PexelsClient) -> SearchPage:
        query = self._query
        if isinstance(query, str):
            return client.follow(query)
        if not query.text.strip():
            return client.curated(per_page=PER_PAGE)
        return client.search(
            query.text, orientation=query.orientation, color=query.color, per_page=PER_PAGE
        )


def _remember_quota(config: ClientConfig, rate_limit: RateLimit | None) -> None:
    if rate_limit is not None:
        with _quota_lock:
            _quotas[config] = rate_limit


def _with_known_quota(config: ClientConfig, error: PexelsError) -> PexelsError:
    """A 429 told with the quota another thread's client saw (clients are per thread)."""
    with _quota_lock:
        known = _quotas.get(config)
    if isinstance(error, RateLimitedError) and error.reset_at is None and known is not None:
        return RateLimitedError(known.reset_at, quota_spent=known.remaining <= 0)
    return error


class Searcher(QObject):
    """Runs searches for one dialog; emits only the answers to its latest search."""

    pageArrived = Signal(object, bool)  # noqa: N815  SearchPage, True for a follow-up page
    failed = Signal(object)  # PexelsError

    def __init__(self, config: ClientConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self._token = next(_tokens)
        self._generation = 0
        self._more_pending = False
        self._busy = False
        relay, self._pool = _shared()
        relay.finished.connect(self._on_finished)
        relay.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._busy

    def search(self, query: Query) -> None:
        """Start a new search; answers to earlier ones will be ignored."""
        self._generation += 1
        self._more_pending = False
        self._start(query)

    def more(self, next_page: str) -> None:
        """Fetch the next page of the current search (once at a time)."""
        if self._more_pending:
            return
        self._more_pending = True
        self._start(next_page)

    def cancel(self) -> None:
        """Forget every search in flight (the dialog closes)."""
        self._generation += 1
        self._busy = False

    def _start(self, query: Query | str) -> None:
        self._busy = True
        self._pool.start(_Job(self.config, self._token, self._generation, query))

    def _accept(self, token: int, generation: int) -> bool:
        if token != self._token or generation != self._generation:
            return False
        self._busy = False
        return True

    def _on_finished(self, token: int, generation: int, page: SearchPage) -> None:
        if self._accept(token, generation):
            follow_up = self._more_pending
            self._more_pending = False
            self.pageArrived.emit(page, follow_up)

    def _on_failed(self, token: int, generation: int, error: PexelsError) -> None:
        if self._accept(token, generation):
            self._more_pending = False
            self.failed.emit(error)
