"""`redactie check` over the whole corpus, each corpus site in a Hugo site of its own.

Each folder of `../shared/corpus` (one public site) becomes a temporary Hugo site: its files go
under `content/` (a folder's own `content/` prefix is dropped, so `content/posts/x.md` stays
`content/posts/x.md`), next to a minimal `hugo.toml`. Then `redactie check` runs over every
file, as a site's CI would, and the findings are counted per rule; `--show RULE` prints that
rule's findings to read them one by one (false positives are the point).

Run: .venv/bin/python benchmarks/corpus_findings.py [--show RULE ...] [--site NAME]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.paths import CORPUS

CONFIG = 'baseURL = "https://example.org/"\ntitle = "{name}"\n'
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+)(?::\d+)?: (?P<rule>[a-z-]+) (?P<message>.*)$")


def make_site(folder: Path, root: Path) -> list[Path]:
    """A Hugo site at `root` holding `folder`'s articles under content/; their new paths."""
    (root / "content").mkdir(parents=True)
    (root / "hugo.toml").write_text(CONFIG.format(name=folder.name), encoding="utf-8")
    paths = []
    for source in sorted(folder.rglob("*")):
        if source.suffix not in (".md", ".markdown") or not source.is_file():
            continue
        relative = source.relative_to(folder)
        if relative.parts[0] == "content":
            relative = Path(*relative.parts[1:])
        target = root / "content" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


def check(root: Path, paths: list[Path]) -> list[tuple[str, str, str]]:
    """(file, rule, line) per finding of `redactie check` over `paths`."""
    from redactie.commands import main

    out = io.StringIO()
    main(["check", "--lang", "en", "--site", str(root), *map(str, paths)], out, io.StringIO())
    found = []
    for line in out.getvalue().splitlines():
        m = LINE.match(line)
        if m is not None:
            found.append((m["file"], m["rule"], line))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="append", default=[], help="print this rule's findings")
    parser.add_argument("--site", help="only this corpus folder")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    folders = [p for p in sorted(CORPUS.iterdir()) if p.is_dir()]
    if args.site:
        folders = [p for p in folders if p.name == args.site]
    total: Counter[str] = Counter()
    files = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        for folder in folders:
            root = Path(tmp) / folder.name
            paths = make_site(folder, root)
            files += len(paths)
            found = check(root, paths)
            counts = Counter(rule for _, rule, _ in found)
            total.update(counts)
            print(f"{folder.name}: {len(paths)} files, {len(found)} findings")
            for rule, count in counts.most_common():
                print(f"  {rule:28} {count:5}")
            for _file, rule, line in found:
                if rule in args.show:
                    print("    " + line.replace(str(root) + "/", ""))
    print(f"\nall {files} files, {sum(total.values())} findings")
    for rule, count in total.most_common():
        print(f"  {rule:28} {count:5}")


if __name__ == "__main__":
    main()
