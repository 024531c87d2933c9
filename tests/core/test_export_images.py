"""A site that keeps its own images: the export downloads the cover and commits it along."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.export import export, plan_export
from redactie.core.export.cover_image import Downloaded, ImageDownloadError
from redactie.core.site import Site
from tests.core.test_export_support import ALT, article_text, build, git, site_repo

JPEG = b"\xff\xd8\xff\xe0" + b"redactie-test-image" * 10 + b"\xff\xd9"


class _Images(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/photos/"):
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(JPEG)))
            self.end_headers()
            self.wfile.write(JPEG)
        else:
            body = b"<html>niet gevonden</html>"
            self.send_response(404 if self.path != "/page" else 200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Images)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _downloading_site(tmp_path: Path, pattern: str | None = None) -> Path:
    root = site_repo(tmp_path)
    options = root / "redactie.toml"
    text = options.read_text().replace('handling = "hotlink"', 'handling = "download"')
    if pattern:
        text = text.replace('file_name = "{date:%Y-%m-%d}-{slug}.md"', f'file_name = "{pattern}"')
    options.write_text(text)
    git(root, "commit", "-q", "-am", "Afbeeldingen downloaden")
    return root


def _article(cover: str) -> Article:
    text = article_text().replace(
        "https://images.pexels.com/photos/16461434/pexels-photo-16461434.jpeg?auto=compress&w=940",
        cover,
    )
    return Article.from_bytes(text.encode())


def test_the_cover_is_downloaded_into_static_and_committed(tmp_path: Path, server: str) -> None:
    root = _downloading_site(tmp_path)
    plan = plan_export(_article(f"{server}/photos/1/foto.jpeg?w=940"), Site.open(root))
    image = root / "static" / "images" / "covers" / f"{plan.target.stem}.jpg"
    assert plan.paths == [image, plan.target]
    assert not plan.has_errors, plan.findings  # the planned image counts as present
    assert f'+  image: "images/covers/{image.name}"\n' in plan.diff
    assert f"Binary static/images/covers/{image.name}: {len(JPEG)} bytes" in plan.diff

    result = export(plan, commit=True)
    assert image.read_bytes() == JPEG
    assert sorted(git(root, "show", "--name-only", "--format=", "HEAD").split()) == sorted(
        p.relative_to(root).as_posix() for p in plan.paths
    )
    assert result.commit is not None

    public = build(root, tmp_path / "public")
    page = public / "nieuws" / plan.target.stem / "index.html"
    text = html.unescape(page.read_text(encoding="utf-8"))
    assert f'<img src="https://krant.example.org/images/covers/{image.name}" alt="{ALT}">' in text
    assert (public / "images" / "covers" / image.name).read_bytes() == JPEG


def test_a_page_bundle_keeps_its_cover_beside_it(tmp_path: Path, server: str) -> None:
    root = _downloading_site(tmp_path, "{date:%Y-%m-%d}-{slug}/index.md")
    plan = plan_export(_article(f"{server}/photos/2/x.png"), Site.open(root))
    assert plan.target.name == "index.md"
    assert plan.paths == [plan.target.parent / "cover.jpg", plan.target]  # from Content-Type
    assert '+  image: "cover.jpg"\n' in plan.diff


def test_a_failed_download_is_a_typed_error(tmp_path: Path, server: str) -> None:
    root = _downloading_site(tmp_path)
    site = Site.open(root)
    with pytest.raises(ImageDownloadError) as missing:
        plan_export(_article(f"{server}/weg.jpg"), site)
    assert "404" in missing.value.detail
    with pytest.raises(ImageDownloadError, match="not an image"):
        plan_export(_article(f"{server}/page"), site)
    with pytest.raises(ImageDownloadError):
        plan_export(
            _article("https://example.invalid/x.jpg"),
            site,
            fetch=lambda url: Downloaded(b"", "image/jpeg"),
        )
