"""cover-size weighs a cover file in the site; the Pexels picker takes the smallest size
wide enough for the theme."""

from __future__ import annotations

import json
import shutil
import struct
import zlib
from pathlib import Path

from redactie.core.article import Article
from redactie.core.checks import run_checks
from redactie.core.pexels.models import cover_size, parse_photo
from redactie.core.site import Site
from tests.paths import DATA, SHARED


def png(width: int, height: int, padding: int = 0) -> bytes:
    """A real PNG header of this size (what imagesize reads), padded to a weight."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    head = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
    head += struct.pack(">I", zlib.crc32(chunk) & 0xFFFFFFFF)
    return head + b"\0" * padding


def _check(folder: Path, cover: str, site: Site | None = None) -> list[tuple[str, dict]]:
    path = folder / "index.md"
    path.write_text(
        f'---\ntitle: "T"\ndate: 2026-02-25T10:11:21+01:00\ncover:\n  image: {json.dumps(cover)}'
        '\n  alt: "Een plein vol mensen"\n---\nTekst.\n',
        encoding="utf-8",
    )
    article = Article.from_path(path)
    return [
        (f.variant or "", dict(f.params))
        for f in run_checks(article, site, path=path)
        if f.rule_id == "cover-size"
    ]


def test_a_heavy_or_wide_cover_in_the_bundle(tmp_path: Path) -> None:
    (tmp_path / "zwaar.png").write_bytes(png(1200, 800, padding=600 * 1024))
    (tmp_path / "breed.png").write_bytes(png(4000, 2000))
    (tmp_path / "goed.png").write_bytes(png(1400, 900, padding=100 * 1024))
    assert _check(tmp_path, "zwaar.png") == [("heavy", {"kb": 600, "max": 500})]
    assert _check(tmp_path, "breed.png") == [("wide", {"width": 4000, "max": 1600})]
    assert _check(tmp_path, "goed.png") == []
    assert _check(tmp_path, "https://images.pexels.com/photos/1/a.jpeg") == []  # not ours


def test_a_site_sets_its_budget_and_static_covers_count(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    (root / "redactie.toml").write_text("[images]\nmax_cover_kb = 50\nmax_cover_width = 1000\n")
    (root / "static" / "images" / "groot.png").write_bytes(png(1200, 800, padding=60 * 1024))
    folder = root / "content" / "nieuws"
    found = _check(folder, "/images/groot.png", Site.open(root))
    assert [variant for variant, _ in found] == ["heavy", "wide"]


def test_the_picker_takes_the_smallest_size_wide_enough() -> None:
    data = json.loads((SHARED / "pexels" / "search_response.json").read_text())
    landscape = next(
        photo
        for item in data["photos"]
        if (photo := parse_photo(item)) is not None and photo.width > photo.height
    )
    assert cover_size(landscape, 720) == "large"  # 940 wide
    assert cover_size(landscape, 1440) == "large2x"  # 1880 wide
    portrait = next(
        photo
        for item in data["photos"]
        if (photo := parse_photo(item)) is not None and photo.height > photo.width
    )
    assert cover_size(portrait, 1440) == "large2x"  # never the multi-megabyte original
