"""The Site preview's web side: Hugo's own page for the article, served from its build folder.

Hugo builds with `baseURL = redactie-site://site/` (see `core/site/hugo_preview.py`), so every
link, stylesheet and script of the theme points back at this scheme, and the handler serves it
from the finished build: any file type (the theme's CSS, JS, fonts), but only inside that
folder; a file the build does not hold comes from the site's static folders (Hugo is told not
to copy them, a large `static/` would cost every build). The page gets a profile of its own,
off the record, and still no `file:` access; web requests are for images only, and the page
never navigates (a clicked web link opens in the system browser).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from redactie.gui.preview.view import PreviewView
from redactie.gui.preview.web import SITE_SCHEME, PreviewPage, register_scheme

HOST = "site"


def file_inside(root: Path, relative: str) -> Path | None:
    """`root/relative` (a folder's index.html) if that is a file inside `root`."""
    try:
        base = root.resolve()
        path = (base / relative.lstrip("/")).resolve()
    except (OSError, ValueError):
        return None
    if path.is_dir():
        path = path / "index.html"
    if not path.is_relative_to(base):
        return None
    return path if path.is_file() else None


class SiteSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the build folder, then the site's static folders."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.output: Path | None = None
        self.static_folders: list[Path] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        if url.host() != HOST or job.requestMethod() != QByteArray(b"GET"):
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        relative = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
        folders = ([self.output] if self.output is not None else []) + self.static_folders
        for folder in folders:
            found = file_inside(folder, relative)
            if found is None:
                continue
            try:
                data = found.read_bytes()
            except OSError:
                break
            kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
                kind += "; charset=utf-8"
            buffer = QBuffer(job)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            job.reply(QByteArray(kind.encode()), buffer)
            return
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)


class SiteRequestGuard(QWebEngineUrlRequestInterceptor):
    """The build's own scheme and web images pass; everything else is blocked."""

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        scheme = info.requestUrl().scheme()
        if scheme in (SITE_SCHEME, "data"):
            return
        image = info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage
        if scheme in ("http", "https") and image:
            return
        info.block(True)


def make_site_profile(parent: QObject) -> tuple[QWebEngineProfile, SiteSchemeHandler]:
    """An off-the-record profile for Hugo's pages; the theme's own scripts may run."""
    register_scheme()
    profile = QWebEngineProfile(parent)
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
    profile.setSpellCheckEnabled(False)
    handler = SiteSchemeHandler(profile)
    profile.installUrlSchemeHandler(SITE_SCHEME.encode(), handler)
    profile.setUrlRequestInterceptor(SiteRequestGuard(profile))
    attribute = QWebEngineSettings.WebAttribute
    settings = profile.settings()
    for name, on in (
        (attribute.JavascriptEnabled, True),  # the theme's (menu, dark mode); the site's own
        (attribute.LocalContentCanAccessFileUrls, False),
        (attribute.LocalContentCanAccessRemoteUrls, False),
        (attribute.LocalStorageEnabled, False),
        (attribute.JavascriptCanOpenWindows, False),
        (attribute.JavascriptCanAccessClipboard, False),
        (attribute.PluginsEnabled, False),
        (attribute.ErrorPageEnabled, False),
        (attribute.FocusOnNavigationEnabled, False),
        (attribute.NavigateOnDropEnabled, False),
        (attribute.WebGLEnabled, False),
    ):
        settings.setAttribute(name, on)
    return profile, handler


class SitePanel(QWidget):
    """The Site preview's place in the preview pane: a line of news above Hugo's page."""

    def __init__(self, sync_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("site_preview")
        self.banner = QLabel(self)
        self.banner.setObjectName("site_preview_message")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setContentsMargins(8, 6, 8, 6)
        self.banner.setAutoFillBackground(True)  # a note's colours, in light and dark alike
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.hide()
        # The view first among the web objects: a page must be deleted before its profile.
        self.view = PreviewView(sync_action, self)
        self._profile, self.handler = make_site_profile(self)
        self.page = PreviewPage(self._profile, self.view)
        self.view.setPage(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

    def show_message(self, text: str) -> None:
        """Hugo's trouble in plain words above the last page that did build (or none)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def load(self, url: QUrl) -> None:
        self.page.expected = url
        self.page.load(url)
