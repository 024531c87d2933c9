"""Articles for the benchmarks, built from real corpus articles.

`build(size, variant)` concatenates the bodies of real corpus articles (plain ones: no
footnote, no shortcode, no raw HTML line) until `size` bytes, and for the variants puts one
real article with that feature a quarter of the way in:

- "plain": nothing else;
- "footnotes": the corpus article with the most footnotes (a real blog's);
- "shortcodes": the corpus article with the most shortcodes;
- "raw": the corpus article with the most raw HTML lines, on a site that allows raw HTML
  (`markup.goldmark.renderer.unsafe`), so the preview sanitizes.

Without the corpus (a plain clone) it falls back to the generated articles of `preview.py`.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Final

CORPUS: Final = Path(__file__).resolve().parents[2] / "shared" / "corpus"
VARIANTS: Final = ("plain", "footnotes", "shortcodes", "raw")
_FRONT: Final = (
    "---\n"
    'title: "Een artikel uit echte artikelen om de preview te meten"\n'
    "date: 2026-02-25T10:11:21.282Z\n"
    'tags: ["benchmark", "preview"]\n'
    'summary: "Lange tekst uit het corpus."\n'
    'label: "METING"\n'
    "draft: false\n"
    "---\n\n"
)
_FOOTNOTE_RE: Final = re.compile(r"\[\^")
_SHORTCODE_RE: Final = re.compile(r"\{\{[<%]")
_RAW_LINE_RE: Final = re.compile(r"^ {0,3}</?[a-zA-Z]", re.MULTILINE)


def corpus_root() -> Path | None:
    for root in (CORPUS, Path("/work/shared/corpus")):
        if root.is_dir():
            return root
    return None


@cache
def _bodies() -> tuple[tuple[str, str], ...]:
    """(file, body) of every readable corpus article, in a fixed order."""
    from redactie.core.article import Article

    root = corpus_root()
    if root is None:
        return ()
    result = []
    for path in sorted(root.rglob("*.md")):
        if path.name == "README.md" and path.parent == root:
            continue
        try:
            body = Article.from_path(path).body
        except Exception:  # unreadable front matter: not needed here
            continue
        body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        if body:
            result.append((str(path.relative_to(root)), body))
    return tuple(result)


def _feature(variant: str, size: int) -> tuple[str, str]:
    """The corpus article with the most of the variant's feature, at most half of `size`
    when there is one that small."""
    pattern = {"footnotes": _FOOTNOTE_RE, "shortcodes": _SHORTCODE_RE, "raw": _RAW_LINE_RE}
    counted = [(len(pattern[variant].findall(body)), name, body) for name, body in _bodies()]
    counted = [c for c in counted if c[0]]
    small = [c for c in counted if len(c[2].encode()) <= size // 2]
    _, name, body = max(small or [min(counted, key=lambda c: len(c[2]))])
    return name, body


def _plain() -> list[str]:
    return [
        body
        for _, body in _bodies()
        if not (_FOOTNOTE_RE.search(body) or _SHORTCODE_RE.search(body))
        and not _RAW_LINE_RE.search(body)
        and "```" not in body[-200:]  # ends cleanly (no open fence carried over)
    ]


def build(size: int, variant: str = "plain") -> tuple[str, str]:
    """An article of about `size` bytes and a line saying what it holds."""
    plain = _plain()
    if not plain:
        from benchmarks.preview import generate_article

        return generate_article(size), "generated (no corpus)"
    feature_name, feature = _feature(variant, size) if variant != "plain" else ("", "")
    parts: list[str] = []
    total = len(_FRONT) + len(feature.encode())
    index = 0
    while total < size or not parts:
        body = plain[index % len(plain)]
        parts.append(body)
        total += len(body.encode()) + 2
        index += 1
    if feature:
        parts.insert(max(1, len(parts) // 4), feature)
    text = _FRONT + "\n\n".join(parts) + "\n"
    what = f"{len(parts)} corpus articles" + (f", with {feature_name}" if feature else "")
    return text, what


def site_config(variant: str) -> str:
    """The Hugo config of the benchmark's site for the variant."""
    config = 'baseURL = "https://example.nl/"\ntitle = "Meting"\n'
    if variant == "raw":
        config += "\n[markup.goldmark.renderer]\nunsafe = true\n"
    return config


def chosen_sizes(sizes: tuple[tuple[str, int], ...], variable: str) -> tuple[tuple[str, int], ...]:
    """The (label, size) pairs the environment `variable` names (labels without spaces,
    comma-separated: "500KB,5MB"); all of them when it is not set."""
    wanted = os.environ.get(variable)
    if not wanted:
        return sizes
    return tuple(s for s in sizes if s[0].replace(" ", "") in wanted.split(","))


def written(sizes: tuple[tuple[str, int], ...]) -> Iterator[tuple[str, int, Path, str]]:
    """(label, size, path, what it holds) of a plain article of each size (`build`), written
    into a temporary folder that is the run's config and data home (no user's settings or
    recovery touched); the folder goes when the iteration ends."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = folder
        for label, size in sizes:
            path = Path(folder) / f"artikel-{size}.md"
            text, what = build(size)
            path.write_text(text, encoding="utf-8")
            yield label, size, path, what
