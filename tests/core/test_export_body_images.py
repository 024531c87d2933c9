"""Relative images in the body go along with the export, and real Hugo finds them."""

from __future__ import annotations

import html
from pathlib import Path

from redactie.core.article import Article
from redactie.core.export import export, plan_export
from redactie.core.site import Site
from tests.core.test_export_support import article_text, build, git, site_repo

PNG = b"\x89PNG\r\n\x1a\n" + b"kaart-van-de-wijk" * 8
JPEG = b"\xff\xd8\xff\xe0" + b"het-plein" * 8
BODY = """Het Nederlandse AI-talent is wereldwijd gewild.

![Kaart van de wijk](images/kaart.png "De wijk")

{{< figure src="plein.jpg" alt="Het plein" >}}

Nog een keer de kaart: ![kaart](images/kaart.png)

```markdown
![in code](images/kaart.png)
```

![van de site](/images/stembus.jpg) en ![ver weg](https://example.org/x.png)
"""


def _source(tmp_path: Path) -> Path:
    folder = tmp_path / "werk"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "kaart.png").write_bytes(PNG)
    (folder / "plein.jpg").write_bytes(JPEG)
    source = folder / "artikel.md"
    text = article_text(title="Nieuwe wijk krijgt een plein", tags='["ai", "economie"]')
    source.write_text(text.replace("Het Nederlandse AI-talent is wereldwijd gewild.\n", BODY))
    return source


def _bundle_site(tmp_path: Path) -> Path:
    root = site_repo(tmp_path)
    options = root / "redactie.toml"
    text = options.read_text().replace(
        'file_name = "{date:%Y-%m-%d}-{slug}.md"', 'file_name = "{slug}/index.md"'
    )
    options.write_text(text)
    git(root, "commit", "-q", "-am", "Bundels")
    return root


def test_images_go_to_static_and_the_references_follow(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    (root / "notities.txt").write_text("niet voor publicatie\n")
    source = _source(tmp_path)
    plan = plan_export(Article.from_path(source), Site.open(root), source=source)
    stem = plan.target.stem
    folder = root / "static" / "images" / "covers" / stem
    assert plan.paths == [folder / "kaart.png", folder / "plein.jpg", plan.target]
    assert not plan.has_errors, plan.findings
    assert "image-missing" not in [f.rule_id for f in plan.findings]
    assert f"Binary static/images/covers/{stem}/kaart.png: {len(PNG)} bytes" in plan.diff
    assert f"Binary static/images/covers/{stem}/plein.jpg: {len(JPEG)} bytes" in plan.diff

    result = export(plan, commit=True)

    assert (folder / "kaart.png").read_bytes() == PNG
    assert (folder / "plein.jpg").read_bytes() == JPEG
    written = plan.target.read_text(encoding="utf-8")
    site_path = f"/images/covers/{stem}"
    expected = (
        BODY.replace("](images/kaart.png", f"]({site_path}/kaart.png", 2)
        .replace('src="plein.jpg"', f'src="{site_path}/plein.jpg"')
        .replace(f"![in code]({site_path}/kaart.png)", "![in code](images/kaart.png)")
    )
    assert written.endswith(expected)  # only the URLs changed; code and other images kept
    assert "![in code](images/kaart.png)" in written
    # The source file itself is untouched.
    assert "](images/kaart.png" in source.read_text(encoding="utf-8")

    assert result.commit is not None
    stat = git(root, "show", "--stat", "--format=", "HEAD")
    changed = sorted(git(root, "show", "--name-only", "--format=", "HEAD").split())
    assert changed == sorted(
        [
            plan.relative_target,
            f"static/images/covers/{stem}/kaart.png",
            f"static/images/covers/{stem}/plein.jpg",
        ]
    ), stat
    assert "3 files changed" in stat
    assert "?? notities.txt" in git(root, "status", "--porcelain")

    public = build(root, tmp_path / "public")
    page = html.unescape((public / "nieuws" / stem / "index.html").read_text(encoding="utf-8"))
    assert f'<img src="{site_path}/kaart.png" alt="Kaart van de wijk" title="De wijk">' in page
    assert f'src="{site_path}/plein.jpg"' in page
    assert (public / "images" / "covers" / stem / "kaart.png").read_bytes() == PNG
    assert (public / "images" / "covers" / stem / "plein.jpg").read_bytes() == JPEG


def test_a_page_bundle_keeps_the_references_as_written(tmp_path: Path) -> None:
    root = _bundle_site(tmp_path)
    source = _source(tmp_path)
    plan = plan_export(Article.from_path(source), Site.open(root), source=source)
    bundle = plan.target.parent
    assert plan.target.name == "index.md"
    assert plan.paths == [bundle / "images" / "kaart.png", bundle / "plein.jpg", plan.target]
    assert plan.files[-1].data == source.read_bytes()  # nothing in the article changes
    assert not plan.has_errors, plan.findings

    export(plan, commit=True)

    changed = sorted(git(root, "show", "--name-only", "--format=", "HEAD").split())
    rel = bundle.relative_to(root).as_posix()
    assert changed == [f"{rel}/images/kaart.png", f"{rel}/index.md", f"{rel}/plein.jpg"]
    public = build(root, tmp_path / "public")
    page_dir = public / "nieuws" / bundle.name
    page = html.unescape((page_dir / "index.html").read_text(encoding="utf-8"))
    assert '<img src="images/kaart.png" alt="Kaart van de wijk" title="De wijk">' in page
    assert "plein.jpg" in page
    assert (page_dir / "images" / "kaart.png").read_bytes() == PNG
    assert (page_dir / "plein.jpg").read_bytes() == JPEG


def test_a_re_export_updates_the_images_in_place(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    source = _source(tmp_path)
    site = Site.open(root)
    records = tmp_path / "exports.json"
    first = plan_export(Article.from_path(source), site, source=source, records=records)
    export(first, commit=True)
    (source.parent / "plein.jpg").write_bytes(JPEG + b"bijgesneden")
    again = plan_export(Article.from_path(source), site, source=source, records=records)
    assert again.target == first.target
    changed = [f.path for f in again.files if f.changed]
    assert changed == [first.files[1].path]  # only the cropped photo
    export(again, commit=True)
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [
        first.files[1].path.relative_to(root).as_posix()
    ]


def test_without_a_source_file_nothing_goes_along(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    source = _source(tmp_path)
    plan = plan_export(Article.from_path(source), Site.open(root))  # an unsaved article
    assert plan.paths == [plan.target]
    assert "image-missing" in [f.rule_id for f in plan.findings]


def test_a_site_under_a_sub_path_gets_its_prefix(tmp_path: Path) -> None:
    """baseURL https://host/krant/: Hugo serves static files under /krant/, so the body's
    rewritten references start there, and the built page's image is found."""
    root = site_repo(tmp_path)
    config = root / "hugo.toml"
    config.write_text(
        config.read_text().replace(
            'baseURL = "https://krant.example.org/"', 'baseURL = "https://example.org/krant/"'
        )
    )
    git(root, "commit", "-q", "-am", "Onder /krant/")
    source = _source(tmp_path)
    plan = plan_export(Article.from_path(source), Site.open(root), source=source)
    export(plan)
    stem = plan.target.stem
    written = plan.target.read_text(encoding="utf-8")
    assert f"](/krant/images/covers/{stem}/kaart.png" in written
    assert f'src="/krant/images/covers/{stem}/plein.jpg"' in written
    public = build(root, tmp_path / "public")
    page = html.unescape((public / "nieuws" / stem / "index.html").read_text(encoding="utf-8"))
    assert f'src="/krant/images/covers/{stem}/kaart.png"' in page
    assert (public / "images" / "covers" / stem / "kaart.png").read_bytes() == PNG
