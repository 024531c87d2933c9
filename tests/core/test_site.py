"""Opening a Hugo site: its configuration in every form Hugo accepts, redactie.toml, sections,
the schema a site narrows, new articles, and the sites remembered between runs."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from redactie.core.article import Article
from redactie.core.site import (
    NotAHugoSiteError,
    Site,
    SiteConfigError,
    UnknownSectionError,
    default_article,
    find_site_root,
    forget_site,
    load_sites,
    read_hugo_config,
    remember_site,
)
from tests.messages import dutch, english
from tests.paths import DATA

FIXTURE = DATA / "site"
NOW = datetime(2026, 2, 25, 11, 11, 21, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    target = tmp_path / "site"
    shutil.copytree(FIXTURE, target)
    return target


def test_the_fixture_site(site_dir: Path) -> None:
    site = Site.open(site_dir)
    assert site.root == site_dir.resolve()
    assert site.hugo.title == "Testkrant"
    assert site.hugo.language_code == "nl-nl"
    assert site.hugo.themes == ("mini",)
    assert site.hugo.time_zone is None
    assert site.hugo_timezone == "UTC"  # what Hugo assumes for a date without an offset
    assert site.timezone == "Europe/Amsterdam"  # what new dates are written in
    assert site.hugo.unsafe_html is False
    assert site.content_dir == site_dir.resolve() / "content"
    assert [s.name for s in site.sections()] == ["achtergrond", "nieuws"]
    assert [s.display_name for s in site.sections()] == ["Achtergrond", "Nieuws"]
    assert site.export_sections() == ["nieuws", "achtergrond"]
    assert site.default_section() == "nieuws"
    assert site.theme_dirs == [site_dir.resolve() / "themes" / "mini"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("hugo.toml", 'contentDir = "inhoud"\ntimeZone = "Europe/Amsterdam"\n'),
        ("hugo.yaml", "contentdir: inhoud\ntimezone: Europe/Amsterdam\n"),
        ("hugo.json", '{"ContentDir": "inhoud", "TimeZone": "Europe/Amsterdam"}'),
        ("config.toml", 'contentDir = "inhoud"\ntimeZone = "Europe/Amsterdam"\n'),
        ("config.yml", "contentDir: inhoud\ntimeZone: Europe/Amsterdam\n"),
    ],
)
def test_every_config_file_name_and_format(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    site = Site.open(tmp_path)
    assert site.content_dir == tmp_path.resolve() / "inhoud"
    assert site.hugo.time_zone == "Europe/Amsterdam"
    assert site.hugo_timezone == "Europe/Amsterdam"


def test_hugo_toml_wins_over_config_toml(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('title = "oud"\n', encoding="utf-8")
    (tmp_path / "hugo.toml").write_text('title = "nieuw"\n', encoding="utf-8")
    assert read_hugo_config(tmp_path).title == "nieuw"


def test_a_config_folder_with_one_file_per_key(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "_default"
    folder.mkdir(parents=True)
    (folder / "hugo.toml").write_text(
        'title = "Krant"\ntheme = ["papermod", "extra"]\nbuildFuture = true\n', encoding="utf-8"
    )
    (folder / "markup.yaml").write_text("goldmark:\n  renderer:\n    unsafe: true\n")
    (folder / "languages.toml").write_text('[nl]\ncontentDir = "content/nl"\n')
    (folder / "params.nl.toml").write_text("ignored = true\n")
    (tmp_path / "hugo.toml").write_text('defaultContentLanguage = "nl"\n', encoding="utf-8")
    config = read_hugo_config(tmp_path)
    assert config.title == "Krant"
    assert config.themes == ("papermod", "extra")
    assert config.unsafe_html is True
    assert config.build_future is True
    assert config.content_dir == "content/nl"
    assert len(config.files) == 5  # params.nl.toml is Hugo's too; its values are not needed


def test_not_a_site(tmp_path: Path) -> None:
    with pytest.raises(NotAHugoSiteError) as caught:
        Site.open(tmp_path)
    assert "geen Hugo-site" in dutch(caught.value)
    assert "not a Hugo site" in english(caught.value)


def test_a_broken_hugo_config_is_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text("title = \n", encoding="utf-8")
    with pytest.raises(SiteConfigError) as caught:
        Site.open(tmp_path)
    assert caught.value.path.name == "hugo.toml"


def test_find_the_site_above_a_file(site_dir: Path) -> None:
    article = site_dir / "content" / "nieuws" / "2026-01-12-verkiezingen.md"
    assert find_site_root(article) == site_dir.resolve()
    assert find_site_root(site_dir.parent) is None


# -- redactie.toml --------------------------------------------------------------------------------


def test_redactie_toml_narrows_the_schema(site_dir: Path) -> None:
    site = Site.open(site_dir)
    assert site.options.labels == ("BESLISSER", "ANALYSE", "ACHTERGROND")
    assert site.schema.field("label").choices == ("BESLISSER", "ANALYSE", "ACHTERGROND")
    assert site.schema.field("summary").required is True
    assert site.schema.field("cover.image").required is True
    assert site.schema.field("cover.alt").required is False
    assert site.schema.field("title").max_length == 90
    assert site.required_fields == ("title", "date", "summary", "tags", "cover.image")
    assert site.options.caption_template == "Foto: {photographer} via Pexels"
    assert site.options.images == "hotlink"


def test_without_redactie_toml_the_defaults_serve(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text("", encoding="utf-8")
    (tmp_path / "content" / "blog").mkdir(parents=True)
    site = Site.open(tmp_path)
    assert site.options.path is None
    assert site.options.file_pattern == "{date:%Y-%m-%d}-{slug}.md"
    assert site.export_sections() == ["blog"]
    assert site.schema.field("title").required is True
    assert site.schema.field("summary").required is False
    assert site.section_dir(None) == tmp_path.resolve() / "content" / "blog"
    with pytest.raises(UnknownSectionError):
        site.section_dir("bestaat-niet")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[articles]\nfile_name = "{slug}.txt"\n', "articles.file_name"),
        ('[articles]\nfile_name = "{date:%Y}.md"\n', "articles.file_name"),
        ('[articles]\nfile_name = "../{slug}.md"\n', "articles.file_name"),
        ('[articles]\nfile_name = "{title}.md"\n', "articles.file_name"),
        ("[articles]\nslug_max_length = 0\n", "articles.slug_max_length"),
        ('[articles]\nsections = "nieuws"\n', "articles.sections"),
        ('[images]\nhandling = "copy"\n', "images.handling"),
        ('[images]\nfolder = "/etc"\n', "images.folder"),
        ('[checks]\ndraft = "maybe"\n', "checks.draft"),
        ("new_article = 3\n", "new_article"),
        ("[fields]\ntitle_max_length = true\n", "fields.title_max_length"),
        ('[git]\napprove = "squash"\n', "git.approve"),
    ],
)
def test_wrong_values_in_redactie_toml(tmp_path: Path, text: str, key: str) -> None:
    (tmp_path / "hugo.toml").write_text("", encoding="utf-8")
    (tmp_path / "redactie.toml").write_text(text, encoding="utf-8")
    with pytest.raises(SiteConfigError) as caught:
        Site.open(tmp_path)
    assert key in english(caught.value)
    assert key in dutch(caught.value)


def test_unknown_keys_are_warnings_not_errors(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text("", encoding="utf-8")
    (tmp_path / "redactie.toml").write_text(
        '[fields]\nlabel = ["X"]\n[plugins]\nx = 1\n[checks]\ncover-image = "error"\n'
    )
    site = Site.open(tmp_path)
    assert site.options.warnings == ("fields.label", "plugins")
    assert site.options.check_severity == {"cover-image": "error"}


def test_invalid_toml_is_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text("", encoding="utf-8")
    (tmp_path / "redactie.toml").write_text("[fields\n", encoding="utf-8")
    with pytest.raises(SiteConfigError) as caught:
        Site.open(tmp_path)
    assert "invalid TOML" in english(caught.value)


# -- new articles -----------------------------------------------------------------------------


def test_a_new_article_from_the_archetype(site_dir: Path) -> None:
    article = Site.open(site_dir).new_article('Een "lastige" titel', now=NOW)
    assert article.get("title") == 'Een "lastige" titel'
    assert article.get("draft") is True
    assert article.get("cover.caption") == ""
    assert article.get_date() == NOW
    assert "date: 2026-02-25T11:11:21+01:00\n" in article.to_text()
    assert article.body == "\nSchrijf hier het artikel.\n"
    assert not article.problems


def test_a_new_article_from_redactie_toml(site_dir: Path) -> None:
    with (site_dir / "redactie.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[new_article]\ndraft = true\nlabel = "ANALYSE"\n[new_article.cover]\n')
        handle.write('image = ""\ncaption = "Foto: redactie"\n')
    article = Site.open(site_dir).new_article("Titel", now=NOW)
    assert list(article.data) == ["title", "date", "draft", "label", "cover"]
    assert article.get("title") == "Titel"
    assert "\ndate: 2026-02-25T11:11:21+01:00\n" in article.to_text()
    assert article.get("cover.caption") == "Foto: redactie"
    assert article.get("label") == "ANALYSE"


def test_a_new_article_from_the_schema_without_archetype(site_dir: Path) -> None:
    (site_dir / "archetypes" / "default.md").unlink()
    article = Site.open(site_dir).new_article("Titel", now=NOW)
    assert list(article.data) == ["title", "date", "tags", "summary", "label", "cover", "draft"]
    assert article.get_date() == NOW


def test_a_section_archetype_wins(site_dir: Path) -> None:
    (site_dir / "archetypes" / "nieuws.md").write_text(
        "+++\ntitle = '{{ .Name }}'\ndate = {{ .Date }}\nlabel = 'BESLISSER'\n+++\n"
    )
    site = Site.open(site_dir)
    assert site.new_article("Kop", section="nieuws", now=NOW).get("label") == "BESLISSER"
    assert site.new_article("Kop", section="achtergrond", now=NOW).get("draft") is True


def test_without_a_site_the_papermod_schema_serves() -> None:
    article = default_article("Kop", now=NOW)
    assert isinstance(article, Article)
    assert article.get("draft") is True
    assert article.get("cover.alt") == ""


# -- remembered sites ---------------------------------------------------------------------------


def test_sites_are_remembered_most_recent_first(tmp_path: Path) -> None:
    one, two = tmp_path / "een", tmp_path / "twee"
    one.mkdir()
    two.mkdir()
    assert load_sites() == []
    remember_site(one, "Een")
    remember_site(two, "Twee")
    remember_site(one, "Een")
    sites = load_sites()
    assert [s.path for s in sites] == [one.resolve(), two.resolve()]
    assert sites[0].name == "Een" and sites[0].available
    forget_site(two)
    assert [s.path for s in load_sites()] == [one.resolve()]


def test_the_readme_example_is_a_valid_redactie_toml(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Sites and redactie.toml", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "hugo.toml").write_text("", encoding="utf-8")
    (tmp_path / "redactie.toml").write_text(example, encoding="utf-8")
    options = Site.open(tmp_path).options
    assert options.warnings == ()
    assert options.labels == ("BESLISSER", "ANALYSE", "ACHTERGROND")
    assert options.check_severity == {"cover-image": "error", "tags-unknown": "off"}
    assert options.new_article == {"draft": True, "tags": [], "label": ""}
