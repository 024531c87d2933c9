"""Live preview figures, from the real window driven offscreen.

Articles are built from real corpus articles (`preview_articles.py`) at 5 KB, 50 KB, 500 KB
and 5 MB, each plain, with footnotes, with shortcodes and with raw HTML on a site that allows
it (each in a Hugo site of its own). It prints, median and p95:

- per keystroke, typed into a paragraph near the middle 100 ms apart (a fast typist): from
  the key event until the page's DOM holds the change, and until the next frame after that,
  both on the page's own clock (`redactie.apply` wrapped in the page; a Python signal can fire
  before the page has the change); the GUI thread's busy time for the key (the event
  dispatcher's awake-to-aboutToBlock spans until the next key), split into the editor's own
  share (the same keys without a live preview) and the time inside the preview's handlers;
- the same keystrokes with a baseline in the same process, ReText's way: a full
  markdown-it-py render and `setHtml` per change (latency until `loadFinished`; plain articles
  only); `setHtml` fails above about 1.5 MB, so at 5 MB there is no baseline latency;
- first open: from `open_path` until the page shows the article, and until it is exact.

Fewer keys at 5 MB. PREVIEW_SIZES=5KB,50KB and PREVIEW_VARIANTS=plain,raw pick a part.
PREVIEW_TYPE_IN picks where the keys go: `prose` (the default), `footnote` (a line with a
footnote reference), `refdef` (a link reference definition's title), `raw` (a raw HTML
line); the full renders the keys asked for are counted too (they do not depend on load).

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/preview.py [keystrokes]
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._gui import close_window, open_window, pause, start_app, type_key, wait
from benchmarks._stats import percentiles
from benchmarks.preview_articles import chosen_sizes

SIZES = chosen_sizes(
    (("5 KB", 5_000), ("50 KB", 50_000), ("500 KB", 500_000), ("5 MB", 5_000_000)),
    "PREVIEW_SIZES",
)
PACE_MS = int(os.environ.get("PREVIEW_PACE_MS", "100"))  # a fast typist: 10 keys a second
TYPED = "Dit is een nieuwe zin met een woord, nog een en zo'n 12 tekens meer erbij. "
_WORD_TEXT = (
    "de het een en van in is dat op te voor met zijn niet aan er om ook als bij maar dan "
    "nog door naar wordt over uit kan worden tot deze al zo meer wel heeft jaar hij zij "
    "wij moet geen hun was waren zou zal veel nieuwe bedrijf bedrijven ondernemer kabinet "
    "gemeente provincie minister onderzoek rapport procent miljoen euro markt klanten "
    "medewerkers techniek innovatie toekomst volgens zegt aldus woordvoerder directeur "
    "Nederland Amsterdam Rotterdam Utrecht Europa Brussel digitale data software systeem "
    "verandering kansen risico's afspraken plannen ontwikkeling samenwerking beleid"
)
WORDS = tuple(_WORD_TEXT.split())


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(7, 18))]
    roll = rng.random()
    if roll < 0.12:
        i = rng.randrange(len(words) - 2)
        words[i : i + 2] = [f"**{words[i]} {words[i + 1]}**"]
    elif roll < 0.24:
        words[1] = f"*{words[1]}*"
    elif roll < 0.34:
        i = rng.randrange(len(words) - 2)
        words[i : i + 2] = [f"[{words[i]} {words[i + 1]}](https://example.nl/{words[i]})"]
    elif roll < 0.40:
        words[-1] = f"`{words[-1]}`"
    elif roll < 0.50:
        i = rng.randrange(len(words) - 3)
        words[i : i + 3] = ['"' + " ".join(words[i : i + 3]) + '"']
    elif roll < 0.55:
        words.insert(rng.randrange(len(words)), "zo'n")
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice(".....?!")


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))


def _block(rng: random.Random, index: int) -> str:
    roll = rng.random()
    if index % 6 == 5:
        level = "##" if rng.random() < 0.7 else "###"
        return f"{level} {_sentence(rng).rstrip('.?!')}"
    if roll < 0.08:
        return "\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(3, 6)))
    if roll < 0.12:
        return "\n".join(f"{n}. {_sentence(rng)}" for n in range(1, rng.randint(3, 6)))
    if roll < 0.15:
        return "> " + _paragraph(rng)
    if roll < 0.17:
        body = "\n".join(f"print({rng.randint(1, 99)})  # {rng.choice(WORDS)}" for _ in range(4))
        return f"```python\n{body}\n```"
    if roll < 0.19:
        rows = [f"| {rng.choice(WORDS)} | {rng.randint(1, 999)} | {rng.choice(WORDS)} |"] * 3
        return "| Naam | Aantal | Opmerking |\n|---|--:|:-:|\n" + "\n".join(rows)
    if roll < 0.20:
        return f"![{_sentence(rng)}](images/foto-{index}.jpg)"
    return _paragraph(rng)


def generate_article(size: int, seed: int = 1) -> str:
    """An article of about `size` bytes: PaperMod front matter and a realistic body."""
    rng = random.Random(seed)
    front = (
        "---\n"
        'title: "Een gegenereerd artikel om de preview te meten"\n'
        "date: 2026-02-25T10:11:21.282Z\n"
        'tags: ["benchmark", "preview"]\n'
        'summary: "Een lang artikel met koppen, lijsten, citaten en code."\n'
        'label: "METING"\n'
        "draft: false\n"
        "---\n\n"
    )
    blocks: list[str] = []
    total = len(front)
    while total < size:
        block = _block(rng, len(blocks))
        blocks.append(block)
        total += len(block.encode()) + 2
    return front + "\n\n".join(blocks) + "\n"


# -- measuring -----------------------------------------------------------------------------


class BusyMeter:
    """GUI thread busy time: the sum of awake-to-aboutToBlock spans of its event loop."""

    def __init__(self) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher

        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        self.total = 0.0
        self._since: float | None = None
        dispatcher.awake.connect(self._awake)
        dispatcher.aboutToBlock.connect(self._block)

    def _awake(self) -> None:
        if self._since is None:
            self._since = time.perf_counter()

    def _block(self) -> None:
        if self._since is not None:
            self.total += time.perf_counter() - self._since
            self._since = None

    def start(self) -> None:
        self.total = 0.0
        self._since = time.perf_counter()

    def stop(self) -> float:
        self._block()
        return self.total


def _wait_page_idle(pane: Any) -> None:
    """Until the page answers a trivial script at once three times running (it is done laying
    out a just opened article), at most 60 s."""
    deadline = time.perf_counter() + 60
    quick = 0
    while quick < 3 and time.perf_counter() < deadline:
        answers: list[object] = []
        start = time.perf_counter()
        pane.page.runJavaScript("1", 0, answers.append)
        wait(lambda answers=answers: bool(answers), 60)
        quick = quick + 1 if time.perf_counter() - start < 0.005 else 0
        pause(50)


TYPE_IN = os.environ.get("PREVIEW_TYPE_IN", "prose")


def _wanted_line(line: str) -> bool:
    """Whether the keys may go into this line (PREVIEW_TYPE_IN, see the docstring)."""
    if TYPE_IN == "footnote":
        return "[^" in line and not line.lstrip().startswith("[^") and len(line) > 20
    if TYPE_IN == "refdef":
        return line.startswith("[") and "]: " in line and not line.startswith("[^")
    if TYPE_IN == "raw":
        return line.startswith("<") and len(line) > 20
    return len(line) > 60 and line[0].isalpha()


def _middle_of_a_paragraph(text: str) -> int:
    """A position inside a paragraph line (prose, the longest lines) nearest the middle."""
    middle = len(text) // 2
    best: tuple[int, int] | None = None
    position = 0
    for line in text.split("\n"):
        if line and _wanted_line(line):
            candidate = position + len(line) // 2
            if best is None or abs(candidate - middle) < best[0]:
                best = (abs(candidate - middle), candidate)
        position += len(line) + 1
    return best[1] if best is not None else middle


class HandlerClock:
    """Time the GUI thread spends inside the preview's own handlers (outermost calls only)."""

    NAMES = ("body_changed", "_process", "_on_applied", "_on_rendered", "scroll_to_line")

    def __init__(self, pane_class: type) -> None:
        self.total = 0.0
        self._depth = 0
        for name in self.NAMES:
            setattr(pane_class, name, self._timed(getattr(pane_class, name)))

    def _timed(self, method: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object) -> object:
            self._depth += 1
            start = time.perf_counter()
            try:
                return method(*args)
            finally:
                self._depth -= 1
                if not self._depth:
                    self.total += time.perf_counter() - start

        return timed


def _no_preview_class() -> type:
    """A pane with the live preview's interface that does nothing: the editor's own cost."""
    from PySide6.QtCore import Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    class NoPreview(QWidget):
        scrolledToLine = Signal(int)  # noqa: N815

        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.sync_action = QAction("sync", self)

        def __getattr__(self, name: str) -> Any:
            return lambda *args, **kwargs: None

    return NoPreview


def measure_editor_alone(path: Path, keystrokes: int) -> list[float]:
    """GUI busy per keystroke of the same window without a live preview (the placeholder),
    over the same 100 ms between keys: what the editor, form and checks cost by themselves."""
    from redactie.gui import main_window

    main_window.PreviewPane = _no_preview_class()  # type: ignore[misc]
    window = open_window()
    window.open_path(path)
    pause(1500)
    cursor = window.editor.textCursor()
    cursor.setPosition(_middle_of_a_paragraph(window.editor.toPlainText()))
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    pause(300)
    meter = BusyMeter()
    busy: list[float] = []
    for i in range(keystrokes):
        meter.start()
        type_key(window.editor, TYPED[i % len(TYPED)])
        pause(PACE_MS)
        busy.append(meter.stop() * 1000)
    close_window(window)
    return busy


_PAGE_CLOCK = """
(() => {
  if (window.__bench) return;
  window.__bench = [];
  const apply = window.redactie.apply;
  const now = () => performance.timeOrigin + performance.now();
  window.redactie.apply = function (patch) {
    const result = apply.call(this, patch);
    const entry = [patch.revision, now(), 0];
    window.__bench.push(entry);
    requestAnimationFrame(() => setTimeout(() => { entry[2] = now(); }, 0));
    return result;
  };
})();
"""


def _page_log(pane: Any) -> list[list[float]]:
    """The page's own record: [revision, DOM patched (wall ms), next frame (wall ms)]."""
    answers: list[object] = []
    pane.page.runJavaScript("JSON.stringify(window.__bench || [])", 0, answers.append)
    wait(lambda: bool(answers), 60)
    return json.loads(str(answers[0] or "[]"))  # type: ignore[no-any-return]


def _page_times(pane: Any, revision: int, since: int) -> tuple[float, float]:
    """When the page held `revision` (its first patch at or past it) and painted the next
    frame after that, as wall-clock ms; waits for the frame."""
    for _ in range(2000):
        log = _page_log(pane)[since:]
        entry = next((e for e in log if e[0] >= revision), None)
        if entry is not None and entry[2]:
            return entry[1], entry[2]
        pause(2)
    raise TimeoutError(f"the page never reported the patch {revision}: {_page_log(pane)[-3:]}")


def measure_live(
    path: Path, keystrokes: int, clock: HandlerClock, unsafe_site: Path | None = None
) -> dict[str, object]:
    """First open and per-keystroke figures of the live preview in the real window;
    `unsafe_site`: the Hugo site allowing raw HTML to open first."""
    from redactie.gui import main_window
    from redactie.gui.preview import PreviewPane

    main_window.PreviewPane = PreviewPane  # type: ignore[misc]  # (the editor-only run swaps it)
    window = open_window()
    preview = window.preview
    assert isinstance(preview, PreviewPane)
    loads: list[float] = []
    preview.page.loadFinished.connect(lambda ok: loads.append(time.perf_counter()))
    wait(lambda: bool(loads))
    loads.clear()
    marks: dict[str, float] = {}
    original = preview.set_article

    def set_article(*args: Any) -> None:
        marks["set_article"] = time.perf_counter()
        original(*args)

    preview.set_article = set_article  # type: ignore[method-assign]
    if unsafe_site is not None:  # opening a file does not open its site: the window's way
        assert window.site_tools.sites.open_site(unsafe_site, quiet=True)
        assert preview._unsafe
        wait(lambda: bool(loads))
        loads.clear()
    start = time.perf_counter()
    window.open_path(path)
    wait(lambda: bool(loads))
    first_screen = loads[0] - start
    wait(preview.is_current, 300)
    complete = time.perf_counter() - start

    shown_from_set_article = loads[-1] - marks["set_article"] if "set_article" in marks else 0.0
    _wait_page_idle(preview)
    preview.page.runJavaScript(_PAGE_CLOCK, 0)  # and again whenever the page is loaded anew
    preview.page.loadFinished.connect(lambda ok: preview.page.runJavaScript(_PAGE_CLOCK, 0))
    text = window.editor.toPlainText()
    cursor = window.editor.textCursor()
    cursor.setPosition(_middle_of_a_paragraph(text))
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    wait(preview.is_current)
    seen: list[int] = []
    preview.updated.connect(seen.append)
    fulls: list[int] = []
    request_full = preview._request_full
    preview._request_full = lambda: (fulls.append(1), request_full())  # type: ignore[method-assign]
    meter = BusyMeter()
    latencies: list[float] = []
    frames: list[float] = []
    busy: list[float] = []
    own: list[float] = []
    failed = unchanged = 0
    pause(300)
    for i in range(keystrokes):
        char = TYPED[i % len(TYPED)]
        seen.clear()
        clock.total = 0.0
        since = len(_page_log(preview))
        t0 = time.perf_counter()
        wall = time.time() * 1000
        meter.start()
        type_key(window.editor, char)
        revision = preview.revision

        reloads = len(loads)

        def done(revision: int = revision, reloads: int = reloads) -> bool:
            answered = any(r >= revision for r in seen) or len(loads) > reloads
            return answered and preview.is_current()

        wait(done, 120, preview.updated, preview.page.loadFinished)
        waited = (time.perf_counter() - t0) * 1000
        pause(max(1, PACE_MS - int(waited)))  # the frame the patch causes is counted
        busy.append(meter.stop() * 1000)
        own.append(clock.total * 1000)
        if len(loads) > reloads:  # the page failed a patch and was loaded anew: no figure
            failed += 1
            _wait_page_idle(preview)
            continue
        if not any(e[0] >= revision for e in _page_log(preview)[since:]):
            unchanged += 1  # the key changed nothing on the page (raw HTML omitted, say)
            continue
        dom, frame = _page_times(preview, revision, since)
        latencies.append(dom - wall)
        frames.append(frame - wall)
    close_window(window)
    return {
        "first_screen": first_screen * 1000,
        "preview_share": shown_from_set_article * 1000,
        "complete": complete * 1000,
        "latency": latencies,
        "frame": frames,
        "busy": busy,
        "own": own,
        "failed": failed,
        "unchanged": unchanged,
        "fulls": len(fulls),
        "keys": keystrokes,
    }


def measure_baseline(path: Path, keystrokes: int) -> dict[str, object]:
    """ReText's way: markdown-it-py renders everything and `setHtml` reloads per change."""
    from markdown_it import MarkdownIt
    from PySide6.QtCore import Qt
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QPlainTextEdit, QSplitter

    from redactie.core.article import Article

    body = Article.from_path(path).body
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    splitter = QSplitter(Qt.Orientation.Horizontal)
    editor = QPlainTextEdit(splitter)
    view = QWebEngineView(splitter)
    splitter.resize(1600, 1000)
    splitter.show()
    editor.setPlainText(body)
    loads: list[float] = []
    view.loadFinished.connect(lambda ok: loads.append(time.perf_counter()))
    limit = 1_500_000
    renders: list[float] = []

    def render() -> None:
        t0 = time.perf_counter()
        html = md.render(editor.toPlainText())
        renders.append((time.perf_counter() - t0) * 1000)
        if len(html.encode()) < limit:
            view.setHtml(html)

    render()
    too_big = len(md.render(body).encode()) >= limit
    if not too_big:
        wait(lambda: bool(loads))
    editor.textChanged.connect(render)
    cursor = editor.textCursor()
    cursor.setPosition(_middle_of_a_paragraph(body))
    editor.setTextCursor(cursor)
    meter = BusyMeter()
    latencies: list[float] = []
    busy: list[float] = []
    for i in range(keystrokes):
        loads.clear()
        meter.start()
        t0 = time.perf_counter()
        type_key(editor, TYPED[i % len(TYPED)])
        if not too_big:
            wait(lambda: bool(loads), 60, view.loadFinished)
            latencies.append((time.perf_counter() - t0) * 1000)
        pause(max(1, PACE_MS - int(latencies[-1] if latencies else 0)))
        busy.append(meter.stop() * 1000)
    splitter.close()
    return {"latency": latencies, "busy": busy, "render": renders[1:], "too_big": too_big}


def _table(title: str, rows: list[tuple[str, list[float], list[float]]], digits: int) -> None:
    print(
        f"{title:<36} {'live p50':>9} {'live p95':>9} {'base p50':>9} {'base p95':>9} {'ratio':>7}"
    )
    for label, live, base in rows:
        lp50, lp95 = percentiles(live)
        if not base:
            print(f"  {label:<34} {lp50:9.{digits}f} {lp95:9.{digits}f}")
            continue
        bp50, bp95 = percentiles(base)
        ratio = bp50 / max(lp50, 1e-3)
        print(
            f"  {label:<34} {lp50:9.{digits}f} {lp95:9.{digits}f} {bp50:9.1f} {bp95:9.1f}"
            f" {ratio:6.0f}x"
        )
    print()


def _variants() -> tuple[str, ...]:
    from benchmarks.preview_articles import VARIANTS

    wanted = os.environ.get("PREVIEW_VARIANTS")
    return tuple(v for v in VARIANTS if not wanted or v in wanted.split(","))


def _article(folder: Path, size: int, variant: str) -> tuple[Path, str]:
    """The article in a Hugo site of its own (the raw variant's allows raw HTML)."""
    from benchmarks.preview_articles import build, site_config

    site = folder / f"site-{size}-{variant}"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text(site_config(variant), encoding="utf-8")
    text, what = build(size, variant)
    path = site / "content" / "posts" / "artikel.md"
    path.write_text(text, encoding="utf-8")
    return path, f"{len(text.encode()) / 1000:,.0f} KB, {what}"


def main() -> None:
    keystrokes = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    app = start_app()
    from redactie.gui.preview import PreviewPane

    clock = HandlerClock(PreviewPane)  # before any window connects to the handlers
    rows: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    editor: dict[str, list[float]] = {}
    articles: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = folder
        for label, size in SIZES:
            count = keystrokes if size < 5_000_000 else max(10, keystrokes // 4)
            base: dict[str, Any] = {}
            for variant in _variants():
                path, what = _article(Path(folder), size, variant)
                articles.append(f"  {label} {variant}: {what}")
                site = path.parents[2] if variant == "raw" else None
                live = measure_live(path, count, clock, site)
                if label not in editor:
                    editor[label] = measure_editor_alone(path, count)
                    base = measure_baseline(path, count if size < 5_000_000 else 3)
                rows.append((f"{label} {variant}", live, base))
                dom, frame = percentiles(live["latency"]), percentiles(live["frame"])
                gui = percentiles(live["busy"])
                print(
                    f"measured {label} {variant}: DOM {dom[0]:.1f}/{dom[1]:.1f}, frame "
                    f"{frame[0]:.1f}/{frame[1]:.1f}, GUI {gui[0]:.2f}/{gui[1]:.2f} ms, "
                    f"full renders {live['fulls']} of {live['keys']} keys",
                    file=sys.stderr,
                    flush=True,
                )
    print("Articles (real corpus articles joined):")
    print("\n".join(articles))
    print(f"\nKeystrokes typed into a {TYPE_IN} line in the middle, {PACE_MS} ms apart; baseline:")
    print("ReText's way (markdown-it-py of the whole text and setHtml), plain articles only.\n")
    _table(
        "Keystroke to DOM, page's clock (ms)",
        [(n, a["latency"], b.get("latency", [])) for n, a, b in rows],
        1,
    )
    _table(
        "Keystroke to next frame (ms)",
        [(n, a["frame"], b.get("latency", [])) for n, a, b in rows],
        1,
    )
    _table(
        "GUI thread busy per keystroke (ms)",
        [(n, a["busy"], b.get("busy", [])) for n, a, b in rows],
        2,
    )
    failures = [f"{n}: {a['failed']}" for n, a, _ in rows if a["failed"]]
    if failures:
        print("Keys whose patch the page failed (it was loaded anew; no figure):")
        print("  " + ", ".join(failures) + "\n")
    unchanged = [f"{n}: {a['unchanged']}" for n, a, _ in rows if a["unchanged"]]
    if unchanged:
        print("Keys that changed nothing on the page (no patch sent; no figure):")
        print("  " + ", ".join(unchanged) + "\n")
    print("Full renders asked for (keys)")
    for label, live, _ in rows:
        print(f"  {label:<34} {live['fulls']:4d} of {live['keys']}")
    print()
    print("GUI busy per keystroke, split (ms)    editor alone p50/p95   preview handlers p50/p95")
    for label, live, _ in rows:
        ep50, ep95 = percentiles(editor[label.rsplit(" ", 1)[0]])
        hp50, hp95 = percentiles(live["own"])
        print(f"  {label:<34} {ep50:9.2f} {ep95:9.2f}        {hp50:9.2f} {hp95:9.2f}")
    print("  (busy counts every key's GUI work over the 100 ms until the next key: the editor's")
    print("  own handling, the preview's handlers and painting the preview's new frame)")
    print()
    print(
        f"{'First open (ms)':<36} {'preview shown':>14} {'fully rendered':>15} {'preview part':>13}"
    )
    for label, live, _ in rows:
        print(
            f"  {label:<34} {live['first_screen']:14.0f} {live['complete']:15.0f}"
            f" {live['preview_share']:13.0f}"
        )
    print("  (from open_path, so reading the file, the editor and the form are included; the")
    print("  preview's part runs from set_article until the page has loaded)")
    app.quit()


if __name__ == "__main__":
    main()
