"""The site the window writes for: choosing it, remembering it, and indexing its tags.

A journalist picks the site folder once; after that it is remembered (several sites are
possible) and reopened at start. Opening a site adapts the form to the site's fields (its
labels, required fields, lengths, tags and time zone) and starts a background scan of its
taxonomy, whose results feed the tag completer and the checks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from redactie.core.site import (
    KnownSite,
    Site,
    SiteError,
    find_site_root,
    load_sites,
    remember_site,
)
from redactie.core.site.tags import ScanStats, TaxonomyIndex
from redactie.gui import messages
from redactie.gui.form import FrontMatterForm
from redactie.gui.session import ArticleSession
from redactie.gui.site.taxonomy_worker import TaxonomyScan


class SiteController(QObject):
    """Owns the current `Site`, its `TaxonomyIndex` and the actions to choose a site."""

    siteChanged = Signal(object)  # noqa: N815 - Site
    scanProgress = Signal(int, int)  # noqa: N815 - done, total
    scanStarted = Signal()  # noqa: N815
    indexReady = Signal(object)  # noqa: N815 - TaxonomyIndex
    scanEnded = Signal()  # noqa: N815 - finished, cancelled or failed
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        session: ArticleSession,
        form: FrontMatterForm,
        parent_widget: QWidget,
        *,
        sites_file: Path | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.form = form
        self.parent_widget = parent_widget
        self.sites_file = sites_file
        self.pool = pool or QThreadPool.globalInstance()
        self.site: Site | None = None
        self.index: TaxonomyIndex | None = None
        self._scan: TaxonomyScan | None = None

        self.open_action = QAction(self.tr("Open &Site…"), parent_widget)
        self.open_action.setObjectName("open_site")
        self.open_action.triggered.connect(lambda _checked=False: self.choose_site())
        self.sites_menu = QMenu(self.tr("S&ites"), parent_widget)
        self.sites_menu.setObjectName("sites_menu")
        self.sites_menu.aboutToShow.connect(self.rebuild_sites_menu)
        self.rebuild_sites_menu()

    # -- choosing ------------------------------------------------------------------------------

    def known_sites(self) -> list[KnownSite]:
        return load_sites(self.sites_file)

    def choose_site(self) -> bool:
        """Ask for a folder and open it as the site; False when cancelled or not a site."""
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Open Hugo Site"), str(self._start_folder())
        )
        return bool(folder) and self.open_site(Path(folder))

    def _start_folder(self) -> Path:
        """Where the folder dialog opens: the open site, else the site the open article sits
        in (found above its folder), else the article's folder, else home."""
        if self.site is not None:
            return self.site.root
        path = self.session.path
        if path is None:
            return Path.home()
        return find_site_root(path.parent) or path.parent

    def open_site(self, folder: Path, *, quiet: bool = False) -> bool:
        """Use `folder` as the site; a folder that is not a Hugo site is explained, not used."""
        try:
            site = Site.open(folder)
        except SiteError as exc:
            if not quiet:
                self._show_error(messages.message(exc))
            return False
        self.set_site(site)
        return True

    def restore_last_site(self) -> bool:
        """Reopen the most recently used site, silently: at start-up no dialog is wanted."""
        for known in self.known_sites()[:1]:
            if known.available:
                return self.open_site(known.path, quiet=True)
        return False

    def set_site(self, site: Site) -> None:
        self.cancel_scan()
        self.site = site
        self.index = None
        remember_site(site.root, site.hugo.title, self.sites_file)
        self.rebuild_sites_menu()
        self.form.set_schema(site.schema)
        self.form.set_tag_completions(self.tag_completions())
        self.form.set_timezone(site.timezone)
        self.session.set_site(site)
        self.siteChanged.emit(site)
        self.message.emit(self.tr("Site: {0}").format(site.hugo.title or site.root.name))
        self.start_scan()

    def rebuild_sites_menu(self) -> None:
        menu = self.sites_menu
        menu.clear()
        for known in self.known_sites():
            label = known.name or known.path.name
            action = menu.addAction(f"{label} — {known.path}")
            action.setObjectName(f"site:{known.path}")
            action.setCheckable(True)
            action.setChecked(self.site is not None and known.path == self.site.root)
            action.setEnabled(known.available)
            action.triggered.connect(lambda _checked=False, p=known.path: self.open_site(p))
        if menu.isEmpty():
            empty = menu.addAction(self.tr("No sites yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.open_action)

    def _show_error(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not a Hugo site"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setObjectName("site_error")
        box.setInformativeText(
            self.tr("Choose the folder that holds the site's hugo.toml or config folder.")
        )
        box.exec()

    # -- the taxonomy --------------------------------------------------------------------------

    def start_scan(self) -> None:
        """(Re)scan the site's tags in a pool thread; the previous scan is cancelled."""
        if self.site is None:
            return
        self.cancel_scan()
        scan = TaxonomyScan(TaxonomyIndex.for_site(self.site))
        scan.signals.progress.connect(self.scanProgress)
        scan.signals.finished.connect(
            lambda index, stats, s=scan: self._on_scan_finished(s, index, stats)
        )
        scan.signals.cancelled.connect(lambda s=scan: self._on_scan_over(s))
        scan.signals.failed.connect(lambda text, s=scan: self._on_scan_failed(s, text))
        self._scan = scan
        self.scanStarted.emit()
        self.pool.start(scan)

    def cancel_scan(self) -> None:
        if self._scan is not None:
            self._scan.cancel()
            self._scan = None
            self.scanEnded.emit()

    def abandon_scan(self) -> None:
        """Stop a running scan without signalling: its window is being destroyed.

        Its report may already be queued; forgetting the scan makes the handlers ignore it
        (they would otherwise emit from a controller whose C++ side is gone)."""
        if self._scan is not None:
            self._scan.cancel()
            self._scan.signals.blockSignals(True)
            self._scan = None

    @property
    def scanning(self) -> bool:
        return self._scan is not None

    def wait_for_scan(self, msecs: int = -1) -> bool:
        """Block until pool work is done; for closing and tests only, never in normal use."""
        return self.pool.waitForDone(msecs)

    def _on_scan_finished(self, scan: TaxonomyScan, index: TaxonomyIndex, stats: ScanStats) -> None:
        if scan is not self._scan:
            return  # a scan of a site that is no longer current
        self._scan = None
        self.index = index
        self.form.set_tag_completions(self.tag_completions())
        if self.site is not None and not self.site.options.labels:  # else: the site's list
            self.form.set_label_choices([term for term, _ in index.terms("label")])
        self.scanEnded.emit()
        self.session.set_tag_index(index)
        self.indexReady.emit(index)
        self.message.emit(self.tr("%n article(s) indexed", "", stats.files))

    def _on_scan_over(self, scan: TaxonomyScan) -> None:
        if scan is self._scan:
            self._scan = None
            self.scanEnded.emit()

    def _on_scan_failed(self, scan: TaxonomyScan, text: str) -> None:
        if scan is not self._scan:
            return
        self._on_scan_over(scan)
        self.message.emit(self.tr("Could not index the site's tags: {0}").format(text))

    def tag_completions(self) -> list[str]:
        """The site's tags, most used first, then those `redactie.toml` lists but no article
        uses yet (before the first scan ends: only those)."""
        used = [term for term, _ in self.index.terms("tags")] if self.index is not None else []
        listed = self.site.options.tags if self.site is not None else ()
        return list(dict.fromkeys([*used, *listed]))
