"""One value per option: the site's redactie.toml wins, then the user's settings, then default."""

from __future__ import annotations

import shutil
from pathlib import Path

from redactie.core.options import resolve
from redactie.core.settings import Settings
from redactie.core.site import Site

DATA = Path(__file__).parent.parent / "data"


def _site(tmp_path: Path, images: str) -> Site:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    toml = root / "redactie.toml"
    text = toml.read_text(encoding="utf-8")
    start = text.index("[images]")
    end = text.index("[", start + 1)
    toml.write_text(text[:start] + images + "\n" + text[end:], encoding="utf-8")
    return Site.open(root)


def test_without_a_site_the_users_setting_then_the_default() -> None:
    options = resolve(None, Settings())
    assert options.caption_template.value == "Foto: {photographer} via Pexels"
    assert options.sources() == dict.fromkeys(options.sources(), "default")
    mine = Settings(pexels_caption_template="Beeld: {photographer}", pexels_download="static")
    options = resolve(None, mine)
    assert (options.caption_template.value, options.caption_template.source) == (
        "Beeld: {photographer}",
        "user",
    )
    assert (options.image_handling.value, options.image_handling.source) == ("static", "user")


def test_the_sites_value_wins_over_the_users(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        '[images]\nhandling = "download"\nfolder = "img/omslag"\n'
        'caption_template = "Beeld: {photographer} / Pexels"\n',
    )
    mine = Settings(
        pexels_caption_template="Foto: {photographer}",
        pexels_download="hotlink",
        pexels_static_folder="mijn/map",
    )
    options = resolve(site, mine)
    assert options.caption_template.value == "Beeld: {photographer} / Pexels"
    assert options.image_handling.value == "static"  # the site's file names are no page bundles
    assert options.image_folder.value == "img/omslag"
    assert {options.caption_template.source, options.image_handling.source} == {"site"}


def test_a_site_that_leaves_a_key_out_leaves_it_to_the_user(tmp_path: Path) -> None:
    site = _site(tmp_path, "[images]\n")
    options = resolve(site, Settings(pexels_caption_template="Foto: {photographer}"))
    assert (options.caption_template.value, options.caption_template.source) == (
        "Foto: {photographer}",
        "user",
    )
    assert options.image_handling.source == "default"
    assert options.spelling_language.source == "site"  # the site's languageCode
