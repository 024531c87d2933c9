"""The preview's web side, locked down: its own scheme, profile, request guard and page.

The page comes from a `redactie:` URL served from memory (any size, unlike `setHtml`),
so it has an origin of its own and no `file:` access at all. Relative image paths resolve
against that URL and are served from the article's folder or the site's `static/` folder
only, and only image files. Everything else is blocked before it leaves: web requests only
for images (the ones the article shows), never scripts, styles, fonts or frames from
elsewhere. The page never navigates: links go to the system browser.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from redactie.gui.preview.template import PAGE_PATH, RESOURCES
from redactie.resources import resources_dir

log = logging.getLogger(__name__)

SCHEME: Final = "redactie"
SITE_SCHEME: Final = "redactie-site"  # the Site preview's Hugo output (gui/preview/site_web.py)
HOST: Final = "page"
IMAGE_SUFFIXES: Final = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".bmp", ".ico"}
)
ARTICLE_PREFIX: Final = "/~article/"
_EXTERNAL: Final = frozenset({"http", "https", "mailto"})
_registered = False


def register_scheme() -> None:
    """Make `redactie:` and `redactie-site:` known to Chromium; must run before the first web
    engine object."""
    global _registered
    if _registered:
        return
    for name in (SCHEME, SITE_SCHEME):
        scheme = QWebEngineUrlScheme(name.encode())
        scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
        QWebEngineUrlScheme.registerScheme(scheme)
    _registered = True


def page_url(version: int) -> QUrl:
    """The page's address; a new version per load so nothing stale is reused."""
    url = QUrl(f"{SCHEME}://{HOST}{PAGE_PATH}")
    url.setQuery(f"v={version}")
    return url


def inside(root: Path, relative: str) -> Path | None:
    """`root/relative` if that is an image file inside `root` (no `..` or links out)."""
    try:
        base = root.resolve()
        path = (base / relative.lstrip("/")).resolve()
    except (OSError, ValueError):
        return None
    if not path.is_relative_to(base) or path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    return path if path.is_file() else None


class SchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the page, the app's own script and styles, and the article's local images."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = b""
        self.article_folder: Path | None = None
        self.static_folders: list[Path] = []
        self.stylesheet: Path | None = None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        path = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
        if url.host() != HOST or job.requestMethod() != QByteArray(b"GET"):
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        if path == PAGE_PATH:
            self._reply(job, b"text/html; charset=utf-8", self.page)
        elif path.startswith(RESOURCES):
            data = self._resource(path.removeprefix(RESOURCES))
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            else:
                self._reply(job, data[0], data[1])
        else:
            self._image(job, path)

    def _resource(self, name: str) -> tuple[bytes, bytes] | None:
        if name == "theme.css":
            custom = self.stylesheet
            source = custom if custom is not None and custom.is_file() else None
            path = source or resources_dir() / "preview" / "papermod.css"
            return b"text/css; charset=utf-8", _read(path)
        if name in ("preview.css", "preview.js"):
            kind = b"text/css" if name.endswith(".css") else b"text/javascript"
            return kind + b"; charset=utf-8", _read(resources_dir() / "preview" / name)
        if name == "qwebchannel.js":
            file = QFile(":/qtwebchannel/qwebchannel.js")
            if file.open(QIODevice.OpenModeFlag.ReadOnly):
                return b"text/javascript; charset=utf-8", bytes(file.readAll().data())
        return None

    def _image(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        relative = path.removeprefix(ARTICLE_PREFIX)
        article = [self.article_folder] if self.article_folder is not None else []
        if path.startswith(ARTICLE_PREFIX):
            folders = article + self.static_folders
        else:  # "/images/x.png": the site's static folders first
            folders = self.static_folders + article
        for folder in folders:
            found = inside(folder, relative)
            if found is not None:
                kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
                self._reply(job, kind.encode(), _read(found))
                return
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, kind: bytes, data: bytes) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(kind), buffer)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Lets through the app's own scheme and web images; blocks everything else."""

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        url = info.requestUrl()
        scheme = url.scheme()
        if scheme in (SCHEME, "data"):
            return
        image = info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage
        if scheme in ("http", "https") and image:
            return
        log.debug("preview blocked %s", url.toString())
        info.block(True)


def make_profile(parent: QObject) -> tuple[QWebEngineProfile, SchemeHandler]:
    """An off-the-record profile with the scheme handler, the guard and safe settings."""
    register_scheme()
    profile = QWebEngineProfile(parent)  # no storage name: off the record
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
    profile.setSpellCheckEnabled(False)
    handler = SchemeHandler(profile)
    profile.installUrlSchemeHandler(SCHEME.encode(), handler)
    guard = RequestGuard(profile)
    profile.setUrlRequestInterceptor(guard)
    attribute = QWebEngineSettings.WebAttribute
    settings = profile.settings()
    for name, on in (
        (attribute.JavascriptEnabled, True),  # the app's own script; the CSP admits no other
        (attribute.AutoLoadImages, True),
        (attribute.LocalContentCanAccessFileUrls, False),
        (attribute.LocalContentCanAccessRemoteUrls, False),
        (attribute.LocalStorageEnabled, False),
        (attribute.JavascriptCanOpenWindows, False),
        (attribute.JavascriptCanAccessClipboard, False),
        (attribute.JavascriptCanPaste, False),
        (attribute.AllowWindowActivationFromJavaScript, False),
        (attribute.PluginsEnabled, False),
        (attribute.PdfViewerEnabled, False),
        (attribute.FullScreenSupportEnabled, False),
        (attribute.ScreenCaptureEnabled, False),
        (attribute.WebGLEnabled, False),
        (attribute.HyperlinkAuditingEnabled, False),
        (attribute.DnsPrefetchEnabled, False),
        (attribute.AllowRunningInsecureContent, False),
        (attribute.AllowGeolocationOnInsecureOrigins, False),
        (attribute.FocusOnNavigationEnabled, False),
        (attribute.NavigateOnDropEnabled, False),
        (attribute.ErrorPageEnabled, False),
        (attribute.AutoLoadIconsForPage, False),
        (attribute.TouchIconsEnabled, False),
        (attribute.WebRTCPublicInterfacesOnly, True),
        (attribute.PlaybackRequiresUserGesture, True),
    ):
        settings.setAttribute(name, on)
    return profile, handler


class PreviewPage(QWebEnginePage):
    """Loads only the preview's own page; a clicked web link opens in the system browser."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.expected: QUrl | None = None

    def acceptNavigationRequest(  # noqa: N802 (Qt API)
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        clicked = kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked
        if is_main_frame and not clicked and url == self.expected:
            return True
        if clicked and is_main_frame and url.scheme() in _EXTERNAL:
            QDesktopServices.openUrl(url)
        log.debug("preview kept from navigating to %s", url.toString())
        return False

    def javaScriptConsoleMessage(  # noqa: N802 (Qt API)
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        error = level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel
        log.log(
            logging.WARNING if error else logging.DEBUG,
            "preview console (%s:%d): %s",
            source,
            line,
            message,
        )
