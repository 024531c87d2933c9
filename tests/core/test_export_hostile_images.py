"""Export takes only what belongs to the article: never a file from elsewhere on the disk.

An article from someone else (a freelancer's zip) can name `../../Pictures/x.jpg`, or carry a
`kaart.png` that is a link to a private key. Such files are left out with a reason, listed in
the plan and by `redactie export`, and never reach the site or its commit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from redactie.core.article import Article
from redactie.core.export import export, plan_export
from redactie.core.export.body_images import MAX_IMAGE_BYTES
from redactie.core.site import Site
from tests.core.test_export_support import article_text, git, site_repo

PNG = b"\x89PNG\r\n\x1a\n" + b"kaart-van-de-wijk" * 8
SECRET = b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
BODY = """Een nieuw plein.

![kaart](kaart.png)

![geheim](sleutel.png)

![van elders](../../prive/vakantie.jpg)

![nep](nep.jpg)

![groot](groot.png)
"""


def _article(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_bytes(SECRET)
    (home / "prive").mkdir()
    (home / "prive" / "vakantie.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"strand" * 10)
    folder = home / "zip" / "werk"
    folder.mkdir(parents=True)
    (folder / "kaart.png").write_bytes(PNG)
    (folder / "sleutel.png").symlink_to(home / ".ssh" / "id_ed25519")
    (folder / "nep.jpg").write_text("dit is geen foto\n")
    with (folder / "groot.png").open("wb") as big:  # sparse: takes no room on disk
        big.write(PNG)
        big.truncate(MAX_IMAGE_BYTES + 1)
    source = folder / "artikel.md"
    text = article_text(title="Nieuwe wijk krijgt een plein", tags='["ai", "economie"]')
    source.write_text(text.replace("Het Nederlandse AI-talent is wereldwijd gewild.\n", BODY))
    return source


def test_only_the_articles_own_images_go_along_and_into_the_commit(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    source = _article(tmp_path)
    plan = plan_export(Article.from_path(source), Site.open(root), source=source)
    stem = plan.target.stem
    assert plan.paths == [root / "static/images/covers" / stem / "kaart.png", plan.target]
    assert [(left.url, left.reason) for left in plan.left_out] == [
        ("sleutel.png", "outside"),  # the link's real path is the private key
        ("../../prive/vakantie.jpg", "outside"),
        ("nep.jpg", "not-an-image"),
        ("groot.png", "too-large"),
    ]

    missing = [f for f in plan.findings if f.rule_id == "image-missing"]
    assert len(missing) == 4  # the site will not have them: the checks say so too
    export(plan, commit=True, allow_errors=True)

    committed = git(root, "show", "--name-only", "--format=", "HEAD").split()
    assert sorted(committed) == sorted(
        [plan.relative_target, f"static/images/covers/{stem}/kaart.png"]
    )
    for file in root.rglob("*"):
        if file.is_file() and ".git" not in file.parts:
            assert SECRET not in file.read_bytes(), file
    written = plan.target.read_text(encoding="utf-8")
    assert "![geheim](sleutel.png)" in written  # left-out references stay as written
    assert "![van elders](../../prive/vakantie.jpg)" in written


def test_redactie_export_lists_what_it_leaves_out(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    source = _article(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "redactie", "export", str(source), "--site", str(root),
         "--dry-run", "--lang", "en"],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    out = result.stdout + result.stderr
    assert "left out: sleutel.png: lies outside the article's folder" in out
    assert "left out: nep.jpg: is not an image" in out
    assert "left out: groot.png: is too large" in out
    assert "kaart.png (" in out  # every file the export writes, with its size
    assert not (root / "static" / "images" / "covers").exists()  # a dry run writes nothing
