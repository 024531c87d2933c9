"""Site ▸ Check Links: the article's web links checked in the background.

On demand (and again for new links while typing pauses, once the journalist has asked), the
links nobody has asked about yet go to `core.checks.links.LinkChecker` in the thread pool, one
task per link (the checker's session caches answers for a day). Each answer lands in the
checks runner's results as it comes, and the panel shows `link-broken` / `link-redirect` at
once; an unanswered link (offline) makes no finding. The window never waits for a server.
Nothing goes out before the journalist asks: opening an article is not a reason to contact
every server it links to.

The questions wait in a pool of their own, `MAX_AT_ONCE` threads (`link_pool()`): a server
that takes its time holds a thread for seconds, and in the shared pool fifty slow links would
keep house style, readability and the rest waiting that long.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from redactie.core.checks.links import (
    MAX_AT_ONCE,
    LinkChecker,
    LinkResult,
    links_needing_check,
    urls_of,
)
from redactie.core.settings import cache_dir
from redactie.gui.session import ArticleSession
from redactie.gui.site.checks_runner import ChecksRunner

PAUSE_MS = 4000


_POOL: QThreadPool | None = None


def link_pool() -> QThreadPool:
    """The pool the link questions wait in, shared by every window (a bounded number at once)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(MAX_AT_ONCE)
    return _POOL


class _Answer(QObject):
    """Carries one link's answer to the GUI thread."""

    done = Signal(int, str, object)


class LinkChecks(QObject):
    """Asks about the open article's new links; results go into the checks runner."""

    checked = Signal(str)  # a url whose answer arrived (for tests and a status line)

    def __init__(self, session: ArticleSession, runner: ChecksRunner) -> None:
        super().__init__(runner)
        self.session = session
        self.runner = runner
        self.checker: LinkChecker | None = None  # made on first use (opens the cache)
        self.pending: set[str] = set()
        self._generation = 0
        self._answer = _Answer(self)
        self._answer.done.connect(self._on_answer)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.check_new_links)
        self.active = False  # the journalist asked for this article's links
        self.action = QAction(self.tr("Check &Links"), runner.panel)
        self.action.setObjectName("check_links")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action.setToolTip(self.tr("Ask every web link's server whether the link still works"))
        self.action.triggered.connect(lambda _checked=False: self.start())
        session.bodyChanged.connect(lambda *_: self._follow())
        session.frontMatterChanged.connect(lambda _change: self._follow())
        session.loaded.connect(self._on_loaded)

    def start(self) -> None:
        """Check the links now, and new ones as they are typed, until another article opens."""
        self.active = True
        self.check_new_links()

    def _follow(self) -> None:
        if self.active:
            self._pause.start()

    def _on_loaded(self) -> None:
        self._generation += 1  # answers for the last article are dropped
        self.active = False
        self.pending.clear()
        self.runner.link_results.clear()

    def check_new_links(self) -> None:
        self.ask(urls_of(self.session.current_article()))

    def ask(self, urls: list[str]) -> None:
        """Ask about `urls` that have no answer and are not being asked yet (the export's wait
        uses this too: its answers land in the same results, and the panel shows them)."""
        new = [
            u for u in links_needing_check(self.runner.link_results, urls) if u not in self.pending
        ]
        if not new:
            return
        if self.checker is None:
            self.checker = LinkChecker(cache_dir() / "links")
        checker, generation, answer = self.checker, self._generation, self._answer
        for url in new:
            self.pending.add(url)

            def work(url: str = url) -> None:
                result = checker.check_one(url)
                with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                    answer.done.emit(generation, url, result)

            link_pool().start(work)

    def _on_answer(self, generation: int, url: str, result: LinkResult) -> None:
        if generation != self._generation:
            return
        self.pending.discard(url)
        self.runner.link_results[url] = result
        self.runner.refresh()
        self.checked.emit(url)
