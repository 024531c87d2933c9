"""A narrow preview still reads like the site: the headline wraps between words, never
inside one ("Nederl|ands")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.gui.test_preview import js, settle
from tests.paths import EXAMPLE_ARTICLE

# Each word of the headline as a DOM range: a word cut over two lines has two boxes (after
# a hyphen is a place to wrap, as in "AI-|talent").
WORDS_CUT_IN_TWO = """(() => {
  const title = document.querySelector('.post-title');
  if (!title) return null;
  const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
  const cut = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/[^\\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (tops.size > 1) cut.push(match[0]);
    }
  }
  return {cut: cut, width: document.documentElement.clientWidth};
})()"""


def test_the_headline_wraps_between_words_in_a_narrow_preview(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1600, 1000)
    assert window.open_path(EXAMPLE_ARTICLE)
    settle(qtbot, window.preview)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - 230, 230])
    qtbot.waitUntil(
        lambda: (js(qtbot, window.preview, WORDS_CUT_IN_TWO) or {}).get("width", 999) < 240
    )
    found = js(qtbot, window.preview, WORDS_CUT_IN_TWO)
    assert found["cut"] == []
