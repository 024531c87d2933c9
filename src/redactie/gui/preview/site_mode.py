"""View ▸ Site Preview: the article as the site's own theme shows it, built by real Hugo.

The quick preview follows every keystroke with redactie's own renderer and the bundled
PaperMod look; this mode shows what Hugo itself makes of the article with the site's
configuration, theme, layouts and data (`core/site/hugo_preview.py`). A build takes a few
tenths of a second, so it runs when typing pauses (`PAUSE_MS` after the last edit), in a pool
thread (the window never waits), one at a time: edits made during a build ask for one more
build after it, however many they are. A failed build leaves the last good page and says
why above it; without Hugo the mode says how to get it.

The builds go to a `hugo server` kept running while the mode is on (see `hugo_preview.py`):
`HAND_OFF_MS` after an edit the text is written for it, so its rebuild is mostly done when
the pause ends and the build only picks up the page (benchmarks/site_preview.py: pause to page
shown p95 0.13 s, was 0.59 to 1.4 s). Leaving the mode ends the server in a thread of its own;
`stop` (the window closes) ends it and waits.

It knows the session and the preview pane, never the window; `main_window.py` puts `action`
in the View menu.
"""

from __future__ import annotations

import contextlib
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence

from redactie.core.site import Site
from redactie.gui.messages import describe
from redactie.gui.preview.pane import PreviewPane
from redactie.gui.preview.site_web import SitePanel
from redactie.gui.session import ArticleSession

if TYPE_CHECKING:  # Hugo's side on first use of the mode: ~10 ms of every start otherwise
    from redactie.core.site.hugo_preview import BuiltPage, PreviewSite

PAUSE_MS = 700  # after the last edit; a build costs ~0.2 s, typing should not start one
HAND_OFF_MS = 150  # after the last edit, a running `hugo server` gets the text (see hand_off)


class BuildSignals(QObject):
    """One build's outcome, delivered queued to the GUI thread."""

    built = Signal(object)  # BuiltPage
    failed = Signal(object)  # BaseException


class HugoBuild(QRunnable):
    """`PreviewSite.build` in a pool thread."""

    def __init__(
        self, folder: PreviewSite, hugo: Path, site: Site, text: bytes, path: Path | None
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the mode keeps it (and its signals) alive
        self.signals = BuildSignals()
        self._args = (folder, hugo, site, text, path)

    def run(self) -> None:
        folder, hugo, site, text, path = self._args
        try:
            page = folder.build(hugo, site, text, path)
        except Exception as exc:  # a thread must report, never die silently
            self.signals.failed.emit(exc)
        else:
            self.signals.built.emit(page)


class HugoHandOff(QRunnable):
    """`PreviewSite.hand_off` in a pool thread (a file write; never an error to show)."""

    def __init__(self, folder: PreviewSite, site: Site, text: bytes, path: Path | None) -> None:
        super().__init__()
        self._args = (folder, site, text, path)

    def run(self) -> None:
        folder, site, text, path = self._args
        with contextlib.suppress(Exception):  # the build at the pause's end will say it
            folder.hand_off(site, text, path)


class SitePreview(QObject):
    """The Site preview mode of one window: its action, its panel and its builds."""

    shown = Signal(float)  # a page is on screen; seconds from the build's start (benchmark)
    failed = Signal(str)  # the sentence shown (for tests)

    def __init__(self, session: ArticleSession, pane: PreviewPane) -> None:
        super().__init__(pane)
        self.session = session
        self.pane = pane
        self.action = QAction(self.tr("Site Pre&view"), pane)
        self.action.setObjectName("view:site_preview")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Alt+P"))
        self.action.setToolTip(self.tr("The article as the site's own theme shows it, by Hugo"))
        self.action.toggled.connect(self.set_active)
        self.panel: SitePanel | None = None
        self._folder: PreviewSite | None = None
        self._running: HugoBuild | None = None
        self._again = False
        self._started = 0.0
        self._version = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.build)
        self._hand_off = QTimer(self)
        self._hand_off.setSingleShot(True)
        self._hand_off.setInterval(HAND_OFF_MS)
        self._hand_off.timeout.connect(self.hand_off)
        # bound methods, not lambdas: Qt disconnects them when this object goes
        session.bodyChanged.connect(self._on_body_changed)
        session.frontMatterChanged.connect(self._on_front_matter_changed)
        session.loaded.connect(self._changed)
        session.siteChanged.connect(self._on_site_changed)

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def is_building(self) -> bool:
        """A build runs or waits for the typing pause (for tests)."""
        return self._running is not None or self._pause.isActive() or self._again

    def set_active(self, on: bool) -> None:
        """Show Hugo's page in the preview pane, or the quick preview again."""
        if on and self.panel is None:
            self.panel = SitePanel(self.pane.sync_action, self.pane)
            self.panel.page.loadFinished.connect(self._on_load_finished)
        self.pane.show_alternate(self.panel if on else None)
        if on:
            if self._folder is not None:
                self._folder.resume()
            self.build()
        else:
            self._pause.stop()
            self._hand_off.stop()
            if self._folder is not None:
                self._folder.halt(wait=False)  # no `hugo server` outside the mode

    def stop(self) -> None:
        """The window closes: the `hugo server` is ended and waited for (a few ms)."""
        self._pause.stop()
        self._hand_off.stop()
        if self._folder is not None:
            self._folder.halt()

    def server_pid(self) -> int | None:
        """The running `hugo server`'s process id, if one runs (for tests)."""
        return self._folder.server_pid() if self._folder is not None else None

    def _on_body_changed(self, _position: int, _removed: int, _added: int) -> None:
        self._edited()

    def _on_front_matter_changed(self, _change: object) -> None:
        self._edited()

    def _on_site_changed(self, _site: object) -> None:
        self._changed()

    def _edited(self) -> None:
        if self.active:
            self._pause.start()  # again: the pause counts from the last edit
            if self.server_pid() is not None:
                self._hand_off.start()

    def hand_off(self) -> None:
        """Early in the typing pause, the text to the running `hugo server` (its rebuild then
        overlaps the rest of the pause); only between builds."""
        site = self.session.site
        if not self.active or self._running is not None or self._folder is None or site is None:
            return
        text = self.session.current_article().to_bytes()
        QThreadPool.globalInstance().start(HugoHandOff(self._folder, site, text, self.session.path))

    def _changed(self) -> None:
        if self.active:
            self._pause.stop()
            self.build()

    def build(self) -> None:
        """Build now, or once more after the build that is running."""
        self._pause.stop()
        if not self.active or self.panel is None:
            return
        if self._running is not None:
            self._again = True
            return
        self._again = False
        from redactie.core.site.hugo_preview import HugoPreviewError, PreviewSite, find_hugo

        site = self.session.site
        if site is None:
            self._show_error(HugoPreviewError("hugo.no-site"))
            return
        hugo = find_hugo(site.options.hugo_path, root=site.root)
        if hugo is None:
            self._show_error(
                HugoPreviewError("hugo.not-found", configured=site.options.hugo_path or "")
            )
            return
        if self._folder is None:
            self._folder = PreviewSite()
            weakref.finalize(self, PreviewSite.close, self._folder)
        text = self.session.current_article().to_bytes()
        job = HugoBuild(self._folder, hugo, site, text, self.session.path)
        job.signals.built.connect(self._on_built)
        job.signals.failed.connect(self._on_failed)
        self._running = job
        self._started = time.perf_counter()
        QThreadPool.globalInstance().start(job)

    def _finish(self) -> bool:
        """The build is over; True when another one was asked for meanwhile (it starts)."""
        self._running = None
        if self._again and self.active:
            self.build()
            return True
        return False

    def _on_built(self, page: BuiltPage) -> None:
        if self._finish() or self.panel is None:
            return
        from redactie.core.site.hugo_preview import BASE_URL

        self.panel.handler.output = page.output
        site = self.session.site
        self.panel.handler.static_folders = site.static_dirs if site is not None else []
        self._version += 1
        url = QUrl(BASE_URL.rstrip("/") + page.url_path)
        url.setQuery(f"v={self._version}")
        self.panel.load(url)

    def _on_failed(self, error: BaseException) -> None:
        if not self._finish():
            self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        text = describe(error)
        if self.panel is not None:
            self.panel.show_message(text)
        self.failed.emit(text)

    def _on_load_finished(self, ok: bool) -> None:
        if ok and self.panel is not None:
            self.panel.show_message("")
            self.shown.emit(time.perf_counter() - self._started)
