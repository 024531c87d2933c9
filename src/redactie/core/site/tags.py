"""The tags and labels a site already uses, for completions and near-duplicate warnings.

A newsroom's tags drift (`AI`, `ai`, `A.I.`, `kunstmatige-intelligentie`,
`kunstmatige intelligentie`), so the form offers the tags in use, most used first, and warns when
a new tag is almost an existing one. Scanning reads only each file's front matter (the file is cut
at its closing fence, the body is never parsed), and a cache keyed by path, mtime and size means
only changed files are read again. `scan()` reports progress and can be cancelled, so the GUI
can run it in a worker thread; the results are replaced only when a scan completes.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

import yaml

from redactie.core import settings
from redactie.core.errors import RedactieError
from redactie.core.site.similar_tags import NearDuplicate, SimilarIndex, near_duplicates, tag_key

if TYPE_CHECKING:
    from redactie.core.site import Site

CACHE_VERSION = 1
DEFAULT_KEYS = ("tags", "categories", "label")
ARTICLE_SUFFIXES = (".md", ".markdown")
_HEAD = 64 * 1024
_MAX_FILE = 20 * 1024 * 1024
_PROGRESS_EVERY = 100
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster
_OPENING = re.compile(rb"(---|\+\+\+)[ \t]*\r?\n")
_FENCES = {
    b"---": re.compile(rb"^---[ \t]*\r?$", re.MULTILINE),
    b"+++": re.compile(rb"^\+\+\+[ \t]*\r?$", re.MULTILINE),
}

__all__ = [
    "Entry",
    "KnownTags",
    "NearDuplicate",
    "ScanCancelledError",
    "ScanStats",
    "TaxonomyIndex",
    "front_matter_of",
    "near_duplicates",
    "read_entry",
    "tag_key",
]

ProgressCallback = Callable[[int, int], None]
# (path, mtime_ns, size) of files, the keys -> their entries, in that order (as `read_entry`)
ReadMany = Callable[[list[tuple[str, int, int]], tuple[str, ...]], list["_Entry"]]
CancelCheck = Callable[[], bool]


class ScanCancelledError(RedactieError):
    """The scan was cancelled; what was read so far is cached, the old results stay."""

    codes = ("tags.scan-cancelled",)

    def __init__(self) -> None:
        super().__init__("tags.scan-cancelled")


@dataclass(frozen=True)
class ScanStats:
    files: int  # article files found
    read: int  # of which read now (new or changed); the rest came from the cache
    removed: int  # cached files that are gone
    unreadable: int  # files whose front matter could not be read


class _Entry(NamedTuple):  # a tuple: 10,000 of them are made on every cache load
    mtime_ns: int
    size: int
    values: dict[str, list[str]]
    ok: bool = True


Entry = _Entry  # what the index keeps of one file (`read_entry`), for whoever reads for it


class TaxonomyIndex:
    """Term counts over a content folder, kept up to date by `scan()`."""

    def __init__(
        self,
        content_dir: Path,
        *,
        keys: Iterable[str] = DEFAULT_KEYS,
        cache_file: Path | None = None,
    ) -> None:
        self.content_dir = Path(content_dir)
        self.keys = tuple(keys)
        self.cache_file = cache_file
        self._entries: dict[str, _Entry] = {}
        self._counts: dict[str, Counter[str]] = {key: Counter() for key in self.keys}
        self._similar: dict[str, SimilarIndex] = {}
        self._content_resolved: Path | None = None

    @classmethod
    def for_site(cls, site: Site) -> TaxonomyIndex:
        """The index of a site's taxonomies and labels, cached in the user's cache folder."""
        keys = dict.fromkeys([*site.hugo.taxonomies.values(), "label"])
        cache = settings.cache_dir() / "taxonomy" / f"{site.cache_key}.json"
        return cls(site.content_dir, keys=keys, cache_file=cache)

    # -- scanning ------------------------------------------------------------------------------

    def scan(
        self,
        *,
        on_progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        read_many: ReadMany | None = None,
    ) -> ScanStats:
        """Bring the index up to date: read new and changed files, drop removed ones.

        `read_many` reads the files to read all at once (`redactie check`: in its worker
        processes, each a part, while a scan here would keep them waiting), as `read_entry`
        reads each; progress is then told only at the end."""
        cached = self._entries or self._load_cache()
        found = list(self._walk())
        total = len(found)
        entries: dict[str, _Entry] = {}
        read = unreadable = 0
        fresh: dict[str, _Entry] = {}
        if read_many is not None:
            todo = [(path, m, n) for rel, path, m, n in found if not _current(cached, rel, m, n)]
            fresh = dict(zip((t[0] for t in todo), read_many(todo, self.keys), strict=True))
        for done, (rel, path, mtime_ns, size) in enumerate(found, 1):
            if _current(cached, rel, mtime_ns, size):
                entries[rel] = cached[rel]
            else:
                entries[rel] = fresh.get(path) or read_entry(path, mtime_ns, size, self.keys)
                read += 1
            unreadable += not entries[rel].ok
            if done % _PROGRESS_EVERY == 0:
                if cancel is not None and cancel():
                    self._save_cache({**cached, **entries})
                    raise ScanCancelledError
                if on_progress is not None:
                    on_progress(done, total)
        if on_progress is not None:
            on_progress(total, total)
        removed = sum(1 for rel in cached if rel not in entries)
        if read or removed or not self._cache_exists():
            self._save_cache(entries)
        self._entries = entries
        self._counts = _count(entries.values(), self.keys)
        self._similar = {}
        return ScanStats(total, read, removed, unreadable)

    def _walk(self) -> Iterable[tuple[str, str, int, int]]:
        """(relative path, path, mtime_ns, size) of every article file; hidden folders skipped."""
        folders = [(str(self.content_dir), "")]
        while folders:
            folder, prefix = folders.pop()
            try:
                with os.scandir(folder) as listing:
                    for entry in listing:
                        name = entry.name
                        if name.startswith("."):
                            continue
                        if entry.is_dir(follow_symlinks=False):
                            folders.append((entry.path, prefix + name + os.sep))
                        elif name.endswith(ARTICLE_SUFFIXES):
                            info = entry.stat()
                            yield prefix + name, entry.path, info.st_mtime_ns, info.st_size
            except OSError:
                continue

    # -- results -------------------------------------------------------------------------------

    @property
    def file_count(self) -> int:
        return len(self._entries)

    def counts(self, key: str = "tags", *, exclude: Path | None = None) -> Counter[str]:
        """How often each value of `key` is used; `exclude` leaves one file out (one checked)."""
        counts = Counter(self._counts.get(key, Counter()))
        if exclude is not None:
            entry = self._entries.get(self._relative(exclude))
            if entry is not None:
                counts.subtract(entry.values.get(key, []))
                counts = Counter({k: n for k, n in counts.items() if n > 0})
        return counts

    def known(self, key: str = "tags", *, exclude: Path | None = None) -> KnownTags:
        """The values of `key` for checking one file (`exclude`): how often the other files use
        each, which the site uses at all (the file's saved version included), and a fast
        near-duplicate lookup. Costs no copy of the site's counts, so a site checks quickly."""
        own: Counter[str] = Counter()
        if exclude is not None:
            entry = self._entries.get(self._relative(exclude))
            if entry is not None:
                own.update(entry.values.get(key, []))
        return KnownTags(self._counts.get(key, Counter()), own, self._similar_index(key))

    def _similar_index(self, key: str) -> SimilarIndex:
        if key not in self._similar:
            self._similar[key] = SimilarIndex(self._counts.get(key, Counter()))
        return self._similar[key]

    def terms(self, key: str = "tags") -> list[tuple[str, int]]:
        """Every value of `key` with its count, most used first, then alphabetically."""
        return sorted(self._counts.get(key, Counter()).items(), key=_by_use)

    def completions(
        self, key: str = "tags", prefix: str = "", limit: int | None = None
    ) -> list[str]:
        """Values starting with (or containing a word starting with) `prefix`, most used first."""
        wanted = tag_key(prefix)
        hits = [
            value
            for value, _ in self.terms(key)
            if not wanted or any(w.startswith(wanted) for w in _prefixes(tag_key(value)))
        ]
        return hits[:limit] if limit is not None else hits

    def near_duplicates(self, value: str, key: str = "tags") -> list[NearDuplicate]:
        counts = self._counts.get(key, Counter())
        return near_duplicates(value, counts, self._similar_index(key))

    def _relative(self, path: Path) -> str:
        """The index's key for a file: first as given (no resolve, when it is known)."""
        text, base = str(path), self._content_prefix
        if base and isinstance(path, Path) and text.startswith(base) and ".." not in path.parts:
            direct: str | None = text[len(base) :]  # relpath's answer, without its path walk
        else:
            direct = os.path.relpath(path, self.content_dir) if Path(path).is_absolute() else None
        if direct is not None and direct in self._entries:
            return direct
        if self._content_resolved is None:
            self._content_resolved = self.content_dir.resolve()
        try:
            return os.path.relpath(Path(path).resolve(), self._content_resolved)
        except ValueError:  # another drive on Windows
            return str(path)

    @functools.cached_property
    def _content_prefix(self) -> str:
        """The content folder as the start of a Path below it, when its text is relpath's
        own form (absolute, no `..`); else "" (relpath asked)."""
        folder = self.content_dir
        if not folder.is_absolute() or ".." in folder.parts:
            return ""
        return str(folder) if str(folder).endswith(os.sep) else f"{folder}{os.sep}"

    # -- cache ---------------------------------------------------------------------------------

    def _cache_exists(self) -> bool:
        return self.cache_file is not None and self.cache_file.is_file()

    def _load_cache(self) -> dict[str, _Entry]:
        if self.cache_file is None:
            return {}
        try:
            raw = json.loads(self.cache_file.read_bytes())
            if raw.get("version") != CACHE_VERSION or raw.get("keys") != list(self.keys):
                return {}
            if raw.get("content_dir") != str(self.content_dir):
                return {}
            files = raw["files"]
            if not isinstance(files, dict):
                return {}
            entries = {rel: _Entry(*row) for rel, row in files.items()}
            if not all(isinstance(e.values, dict) for e in entries.values()):
                return {}
            return entries
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}  # no cache, or a broken one: a cold scan rebuilds it

    def _save_cache(self, entries: Mapping[str, _Entry]) -> None:
        if self.cache_file is None:
            return
        data = {
            "version": CACHE_VERSION,
            "keys": list(self.keys),
            "content_dir": str(self.content_dir),
            "files": {rel: [e.mtime_ns, e.size, e.values, e.ok] for rel, e in entries.items()},
        }
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        _write_cache(self.cache_file, blob)


class KnownTags(Mapping[str, int]):
    """A site's tag counts as one file's checks see them: as a mapping, how often the *other*
    files use each tag (near-duplicates are about them); `on_site` also counts the file's own
    saved version, since a tag any article of the site uses is not new."""

    def __init__(self, site: Mapping[str, int], own: Mapping[str, int], index: SimilarIndex):
        self._site, self._own, self._index = site, own, index

    def __getitem__(self, tag: str) -> int:
        count = self._site.get(tag, 0) - self._own.get(tag, 0)
        if count <= 0:
            raise KeyError(tag)
        return count

    def __iter__(self) -> Iterator[str]:
        return (tag for tag in self._site if tag in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, tag: object) -> bool:
        return isinstance(tag, str) and self._site.get(tag, 0) > self._own.get(tag, 0)

    def on_site(self, tag: str) -> bool:
        """Whether any file of the site uses `tag`, the checked file's saved version included."""
        return self._site.get(tag, 0) > 0

    def near_duplicates(self, value: str) -> list[NearDuplicate]:
        return near_duplicates(value, self, self._index)


def _write_cache(path: Path, blob: bytes) -> None:
    """Replace the cache file whole (never half-written), without fsync: it can be rebuilt."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(blob)
        tmp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _by_use(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0].casefold()


def _prefixes(key: str) -> list[str]:
    return [key, *key.split(" ")[1:]]


def _count(entries: Iterable[_Entry], keys: tuple[str, ...]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {key: Counter() for key in keys}
    for entry in entries:
        for key, values in entry.values.items():
            if key in counts:
                counts[key].update(values)
    return counts


# -- reading front matter only -------------------------------------------------------------------


def _current(cached: Mapping[str, _Entry], rel: str, mtime_ns: int, size: int) -> bool:
    """Whether the cache's entry for the file is the file as it is now."""
    old = cached.get(rel)
    return old is not None and old.mtime_ns == mtime_ns and old.size == size


def read_entry(path: str, mtime_ns: int, size: int, keys: tuple[str, ...]) -> _Entry:
    """One file's values of `keys` (what the index keeps of it), or an entry saying it is
    unreadable."""
    try:
        data = front_matter_of(path, size)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError, tomllib.TOMLDecodeError):
        return _Entry(mtime_ns, size, {}, ok=False)
    values = {key: _strings(data.get(key)) for key in keys if data.get(key) is not None}
    return _Entry(mtime_ns, size, {k: v for k, v in values.items() if v})


def front_matter_of(path: str | Path, size: int | None = None) -> dict[str, Any]:
    """The parsed front matter of a file, reading and decoding no further than its closing fence."""
    with open(path, "rb") as handle:  # noqa: PTH123 - hot path: no Path objects
        data = handle.read(_HEAD)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        opening = _OPENING.match(data)
        if opening is not None:
            fence = _FENCES[opening.group(1)]
            end = fence.search(data, opening.end())
            if end is None and len(data) >= _HEAD - 3:
                if size is not None and size > _MAX_FILE:
                    raise ValueError("file too large")
                data += _rest(handle, len(data))
                end = fence.search(data, opening.end())
            if end is None:
                raise ValueError("front matter not closed")
            text = data[opening.end() : end.start()].decode("utf-8")
            if opening.group(1) == b"---":
                parsed: Any = yaml.load(text, Loader=_Loader)
            else:
                parsed = tomllib.loads(text.replace("\r\n", "\n"))
        elif data.startswith(b"{"):
            data += _rest(handle, len(data))
            parsed, _ = json.JSONDecoder().raw_decode(data.decode("utf-8"))
        else:
            return {}
    return parsed if isinstance(parsed, dict) else {}


def _rest(handle: BinaryIO, have: int) -> bytes:
    """The rest of a file, read no further than the article size limit (a bounded read)."""
    rest = handle.read(_MAX_FILE + 1 - have)
    if have + len(rest) > _MAX_FILE:
        raise ValueError("file too large")
    return rest


def _strings(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items:
        if isinstance(item, str | int | float) and not isinstance(item, bool):
            text = str(item).strip()
            if text:
                found.append(text)
    return found
