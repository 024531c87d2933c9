"""Export into a real site in a real git repository, built by real Hugo.

The fixture site has its own tiny theme whose single-page template prints the cover image,
its alt text and caption, and the tags, so the built HTML shows what the export wrote.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.checks import apply_fix, run_checks
from redactie.core.export import Collision, CollisionError, ExportError, export, plan_export
from redactie.core.site import Site
from redactie.core.site.tags import TaxonomyIndex
from tests.core.test_export_support import (
    ALT,
    AMS,
    CAPTION,
    COVER,
    article_text,
    build,
    git,
    site_repo,
)
from tests.messages import dutch, english


def _page(public: Path, target: Path) -> Path:
    return public / target.parent.name / target.stem / "index.html"


def test_export_commit_and_build(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    # Unrelated work in the repository that the export must not commit.
    section_index = root / "content" / "nieuws" / "_index.md"
    section_index.write_text(section_index.read_text() + "\nIntro in bewerking.\n")
    staged = root / "content" / "achtergrond" / "2026-01-05-economie-en-ai.md"
    staged.write_text(staged.read_text() + "\nNog een alinea.\n")
    git(root, "add", str(staged))
    (root / "notities.txt").write_text("niet voor publicatie\n")
    before = git(root, "rev-parse", "HEAD").strip()

    source = tmp_path / "werk" / "artikel.md"
    source.parent.mkdir()
    source.write_text(article_text(), encoding="utf-8")
    site = Site.open(root)
    index = TaxonomyIndex(site.content_dir)
    index.scan()
    plan = plan_export(
        Article.from_path(source), site, source=source, known_tags=index.counts("tags")
    )

    assert plan.collision is Collision.NEW
    assert not plan.has_errors, plan.findings
    assert [f.rule_id for f in plan.findings] == ["tags-unknown"]  # 'coördinatie' is new
    day = (datetime.now(AMS) - timedelta(days=1)).strftime("%Y-%m-%d")
    expected = f"content/nieuws/{day}-een-ijzersterke-analyse-zon-dag.md"
    assert plan.relative_target == expected
    assert plan.diff.startswith(f"--- /dev/null\n+++ b/{expected}\n")
    assert f'+  alt: "{ALT}"\n' in plan.diff
    assert plan.commit_message == "Artikel: Één ĳzersterke analyse: 'zo'n' dag 🎉"

    result = export(plan, commit=True)

    assert result.written == (plan.target,)
    assert plan.target.read_bytes() == source.read_bytes()
    assert result.commit is not None and result.commit.branch == "main"
    # Exactly one new commit, touching only the exported file.
    assert git(root, "rev-list", "--count", f"{before}..HEAD").strip() == "1"
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [expected]
    assert git(root, "log", "-1", "--format=%s").strip() == plan.commit_message
    status = git(root, "status", "--porcelain").splitlines()
    assert " M content/nieuws/_index.md" in status
    assert "M  content/achtergrond/2026-01-05-economie-en-ai.md" in status  # still staged
    assert "?? notities.txt" in status
    assert len(status) == 3

    public = build(root, tmp_path / "public")
    page = html.unescape(_page(public, plan.target).read_text(encoding="utf-8"))
    assert f'<img src="{COVER}" alt="{ALT}">' in page
    assert f"<figcaption>{CAPTION}</figcaption>" in page
    for tag in ("ai", "economie", "coördinatie"):
        assert f'<li class="tag">{tag}</li>' in page
    assert "<h1>Één ĳzersterke analyse: 'zo'n' dag 🎉</h1>" in page


def test_re_export_updates_in_place_and_a_name_collision_asks(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    site = Site.open(root)
    records = tmp_path / "exports.json"
    source = tmp_path / "artikel.md"
    source.write_text(article_text(), encoding="utf-8")
    first = export(plan_export(Article.from_path(source), site, source=source, records=records))
    target = first.plan.target

    # The journalist edits the title and body and exports again: the same file is updated.
    text = article_text(title="Een nieuwe kop", body="Bijgewerkte tekst.\n")
    source.write_text(text, encoding="utf-8")
    again = plan_export(Article.from_path(source), site, source=source, records=records)
    assert again.collision is Collision.SAME
    assert again.target == target
    assert "-Het Nederlandse AI-talent" in again.diff and "+Bijgewerkte tekst." in again.diff
    export(again)
    assert target.read_text(encoding="utf-8") == text

    unchanged = plan_export(Article.from_path(source), site, source=source, records=records)
    assert unchanged.collision is Collision.UNCHANGED and unchanged.diff == ""

    # Another article that gets the same file name: never overwritten without asking.
    existing = root / "content" / "nieuws" / "2026-01-10-kabinet-investeert-in-ai.md"
    original = existing.read_bytes()
    other_text = article_text(
        title="Kabinet investeert in AI!", date_text="2026-01-10T15:00:00+01:00"
    )
    other = Article.from_bytes(other_text.encode())
    plan = plan_export(other, site, records=records)
    assert plan.target == existing
    assert plan.collision is Collision.OTHER
    assert plan.existing_title == "Kabinet investeert in AI"
    assert plan.alternative is not None
    assert plan.alternative.name == "2026-01-10-kabinet-investeert-in-ai-2.md"
    with pytest.raises(CollisionError) as caught:
        export(plan)
    assert "2026-01-10-kabinet-investeert-in-ai-2.md" in dutch(caught.value)
    assert existing.read_bytes() == original
    renamed = export(plan_export(other, site, target=plan.alternative, records=records))
    assert renamed.written == (plan.alternative,)
    assert existing.read_bytes() == original
    overwritten = export(plan, overwrite=True)
    assert overwritten.written == (existing,)
    assert existing.read_text(encoding="utf-8") == other_text


@pytest.mark.parametrize(
    ("minutes", "fixes"),
    [
        (3, ["date-offset", "date-future"]),  # truly a few minutes ahead in Amsterdam
        (-2, ["date-offset"]),  # just written, but Hugo reads it as UTC: an hour ahead
    ],
)
def test_a_date_without_offset_in_amsterdam_time(
    tmp_path: Path, minutes: int, fixes: list[str]
) -> None:
    root = site_repo(tmp_path)
    site = Site.open(root)
    wall = (datetime.now(AMS) + timedelta(minutes=minutes)).replace(tzinfo=None, microsecond=0)
    article = Article.from_bytes(article_text(date_text=wall.isoformat()).encode())
    assert "+" not in str(article.get("date"))
    path = root / "content" / "nieuws" / "2026-tijd.md"
    article.save(path)

    ids = [f.rule_id for f in run_checks(article, site, path=path)]
    assert ids == ["date-offset", "date-future"]
    assert not _page(build(root, tmp_path / "voor"), path).exists()  # Hugo leaves it out

    for rule_id in fixes:
        assert apply_fix(rule_id, article, site)
    assert [f.rule_id for f in run_checks(article, site, path=path)] == []
    date = article.get_date()
    assert isinstance(date, datetime) and date.utcoffset() == datetime.now(AMS).utcoffset()
    article.save(path)
    page = _page(build(root, tmp_path / "na"), path)
    assert page.exists()
    assert ALT in html.unescape(page.read_text(encoding="utf-8"))


def test_a_target_outside_the_content_folder_is_refused(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    article = Article.from_bytes(article_text().encode())
    with pytest.raises(ExportError) as caught:
        plan_export(article, Site.open(root), target=root / "static" / "x.md")
    assert "not inside the site's content folder" in english(caught.value)


def test_same_title_and_time_is_still_another_article(tmp_path: Path) -> None:
    """Two articles with one title and one moment (a second liveblog): only the export record
    says a file is this article's, so the other is refused, offered a free name, kept."""
    root = site_repo(tmp_path)
    site = Site.open(root)
    records = tmp_path / "exports.json"
    existing = root / "content" / "nieuws" / "2026-01-10-kabinet-investeert-in-ai.md"
    original = existing.read_bytes()
    twin_text = article_text(
        title="Kabinet investeert in AI", date_text="2026-01-10T09:30:00+01:00"
    )
    twin = tmp_path / "tweeling.md"
    twin.write_text(twin_text, encoding="utf-8")

    plan = plan_export(Article.from_path(twin), site, source=twin, records=records)
    assert plan.target == existing
    assert plan.collision is Collision.OTHER
    assert plan.alternative is not None
    assert plan.alternative.name == "2026-01-10-kabinet-investeert-in-ai-2.md"
    with pytest.raises(CollisionError):
        export(plan)
    assert existing.read_bytes() == original

    # Its own export record makes the free name its file: re-exports replace that one only.
    export(
        plan_export(
            Article.from_path(twin), site, source=twin, target=plan.alternative, records=records
        )
    )
    twin.write_text(twin_text + "\nBijgewerkt.\n", encoding="utf-8")
    again = plan_export(Article.from_path(twin), site, source=twin, records=records)
    assert again.target == plan.alternative
    assert again.collision is Collision.SAME
    export(again)
    assert plan.alternative.read_text(encoding="utf-8").endswith("Bijgewerkt.\n")
    assert existing.read_bytes() == original


TIME_ZONE_SITE = 'timeZone = "Europe/Amsterdam"\n'
SHOWN_DATE = '<time>{{ .Date | time.Format (default "2006-01-02" site.Params.DateFormat) }}</time>'


@pytest.mark.parametrize(
    ("date_text", "day", "zone"),
    [
        ("2026-01-16T23:30:00Z", "2026-01-16", TIME_ZONE_SITE),  # the 17th in Amsterdam
        ("2026-01-16T23:30:00-05:00", "2026-01-16", TIME_ZONE_SITE),
        ("2026-01-16T23:30:00", "2026-01-16", TIME_ZONE_SITE),  # read in the site's zone
        ("2026-01-16T00:30:00+01:00", "2026-01-16", ""),  # the 15th in UTC
        ("2026-01-16T23:30:00", "2026-01-16", ""),  # read as UTC
    ],
)
def test_the_file_name_has_the_day_the_page_shows(
    tmp_path: Path, date_text: str, day: str, zone: str
) -> None:
    """PaperMod shows `.Date | time.Format`; Hugo formats a date in its own offset (one
    without an offset in `timeZone`), so that day, not the newsroom's, names the file."""
    root = site_repo(tmp_path)
    config = root / "hugo.toml"
    config.write_text(zone + config.read_text(encoding="utf-8"), encoding="utf-8")
    single = root / "themes" / "mini" / "layouts" / "single.html"
    page_template = single.read_text(encoding="utf-8")
    single.write_text(page_template.replace("<article>", "<article>" + SHOWN_DATE))
    site = Site.open(root)
    article = Article.from_bytes(article_text(date_text=date_text).encode())
    plan = plan_export(article, site, now=datetime(2026, 2, 1, tzinfo=AMS))
    assert plan.target.name.startswith(day + "-")

    export(plan, allow_errors=True)  # a date without offset on a UTC site: date-offset
    page = _page(build(root, tmp_path / "public"), plan.target).read_text(encoding="utf-8")
    assert f"<time>{day}</time>" in page
