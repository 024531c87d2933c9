"""The file name Save As suggests for an article."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from redactie.core.site import SiteError
from redactie.core.site.slugs import slug_for
from redactie.gui.session import ArticleSession


def suggested_path(session: ArticleSession, last_folder: str) -> Path:
    """The file itself; for a new article `<date>-<slug>.md` from the headline, in the site's
    default section (or the folder used last, else the home folder)."""
    if session.path is not None:
        return session.path
    article = session.current_article()
    title = session.text_field("title")
    if session.site is not None and title.strip():
        from redactie.core.export import new_article_path  # on first use: export and checks

        with contextlib.suppress(ValueError, KeyError, OSError, SiteError):
            return new_article_path(session.site, article)
    folder = Path(last_folder) if last_folder and Path(last_folder).is_dir() else Path.home()
    slug = slug_for(title) or QCoreApplication.translate("MainWindow", "article")
    when = article.get_date("date") or datetime.now().astimezone()
    return folder / f"{when:%Y-%m-%d}-{slug}.md"
