// The live preview page's only script. The app patches the article body block by block
// (`redactie.apply`, whose result tells the app the DOM holds the patch), swaps the header
// when the form changes, scrolls on request, and hears through a QWebChannel where the
// reader scrolled to.
"use strict";

(function () {
  const content = document.getElementById("redactie-content");
  const nonce = document.querySelector('meta[name="redactie-nonce"]').content;
  const BLOCK = "redactie-block:" + nonce + ":";
  const NOTES = "redactie-notes:" + nonce;

  let order = []; // block ids in document order
  const nodes = new Map(); // block id -> its top-level nodes
  let notes = []; // nodes of the footnotes section
  let bridge = null;
  let target = null; // {id, line}: the editor's cursor, to keep in view
  let quietUntil = 0; // scroll events before this are ours, not the reader's

  // -- blocks ------------------------------------------------------------------------------

  function parse(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }

  // Split a parent's children at the marker comments into blocks; returns the ids in order.
  function collect(parent) {
    const ids = [];
    let current = null;
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === Node.COMMENT_NODE && node.data.startsWith(BLOCK)) {
        current = [];
        const id = Number(node.data.slice(BLOCK.length));
        nodes.set(id, current);
        ids.push(id);
        node.remove();
      } else if (node.nodeType === Node.COMMENT_NODE && node.data === NOTES) {
        current = notes = [];
        node.remove();
      } else if (current !== null) {
        current.push(node);
      }
    }
    return ids;
  }

  function marked(blocks) {
    return blocks.map(([id, html]) => "<!--" + BLOCK + id + "-->" + html).join("");
  }

  function firstNodeFrom(index) {
    for (let i = index; i < order.length; i++) {
      const list = nodes.get(order[i]);
      if (list && list.length) return list[0];
    }
    return notes.length ? notes[0] : null;
  }

  function insert(before, blocks) {
    const index = before === null ? order.length : order.indexOf(before);
    const anchor = firstNodeFrom(index < 0 ? order.length : index);
    const fragment = parse(marked(blocks));
    const ids = collect(fragment);
    (anchor === null ? content : anchor.parentNode).insertBefore(fragment, anchor);
    order.splice(index < 0 ? order.length : index, 0, ...ids);
  }

  // A long article's blocks sit in plain <div> chunks of a few hundred nodes: the browser
  // then lays out one chunk after an edit instead of every block (40 ms at 5 MB, now 2).
  // Chunks have no box of their own, so margins collapse across them as before; articles
  // below the threshold keep exactly the DOM Hugo writes.
  const CHUNKED = 600; // blocks
  const CHUNK = 400; // nodes
  function newChunk(before) {
    const chunk = document.createElement("div");
    chunk.className = "redactie-chunk";
    content.insertBefore(chunk, before);
    return chunk;
  }

  function tidyChunks() {
    if (order.length < CHUNKED || (order.length === 1 && order[0] === 0)) return;
    let run = [];
    const wrap = (before) => {
      while (run.length) newChunk(before).append(...run.splice(0, CHUNK));
    };
    for (const node of Array.from(content.childNodes)) {
      if (notes.includes(node)) {
        wrap(node);
        break;
      }
      if (node.nodeType === Node.ELEMENT_NODE && node.classList.contains("redactie-chunk")) {
        wrap(node);
        if (!node.firstChild) node.remove();
        while (node.childNodes.length > 2 * CHUNK) {
          const rest = Array.from(node.childNodes).slice(CHUNK);
          newChunk(node.nextSibling).append(...rest);
        }
      } else {
        run.push(node);
      }
    }
    wrap(notes.length ? notes[0] : null);
  }

  function remove(ids) {
    const gone = new Set(ids);
    for (const id of ids) {
      for (const node of nodes.get(id) || []) node.remove();
      nodes.delete(id);
    }
    order = order.filter((id) => !gone.has(id));
  }

  function shiftElement(element, delta) {
    element.setAttribute("data-line", String(Number(element.getAttribute("data-line")) + delta));
  }

  function shift(first, last, delta) {
    const from = order.indexOf(first);
    const to = order.indexOf(last);
    for (let i = from; i >= 0 && i <= to; i++) {
      for (const node of nodes.get(order[i]) || []) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (node.hasAttribute("data-line")) shiftElement(node, delta);
        for (const inner of node.querySelectorAll("[data-line]")) shiftElement(inner, delta);
      }
    }
  }

  function setNotes(html) {
    for (const node of notes) node.remove();
    const fragment = parse("<!--" + NOTES + "-->" + html);
    collect(fragment);
    content.appendChild(fragment);
  }

  function reset(blocks, notesHtml) {
    content.textContent = "";
    nodes.clear();
    notes = [];
    order = [];
    insert(null, blocks);
    setNotes(notesHtml);
  }

  function whole(html) {
    reset([], "");
    content.innerHTML = html;
    nodes.set(0, Array.from(content.childNodes));
    order = [0];
  }

  const operations = { insert, remove, shift, reset, whole, footnotes: setNotes };

  // -- scrolling ---------------------------------------------------------------------------

  function elementsOf(id) {
    const list = nodes.get(id);
    if (list) return list.filter((n) => n.nodeType === Node.ELEMENT_NODE);
    return order.length === 1 && order[0] === 0 ? [content] : [];
  }

  // The deepest element of block `id` that starts at or before `line`.
  function elementFor(id, line) {
    let best = null;
    let index = order.indexOf(id);
    for (const element of elementsOf(id)) {
      if (element !== content && Number(element.getAttribute("data-line")) <= line) best = element;
      for (const inner of element.querySelectorAll("[data-line]")) {
        if (Number(inner.getAttribute("data-line")) <= line) best = inner;
      }
      if (best === null && element !== content) best = element;
    }
    while (best === null && --index >= 0) {
      const elements = elementsOf(order[index]);
      best = elements.length ? elements[elements.length - 1] : null;
    }
    return best;
  }

  function scrollByQuietly(dy) {
    if (Math.abs(dy) < 1) return;
    quietUntil = performance.now() + 200;
    window.scrollBy({ top: dy, behavior: "instant" });
  }

  // Scroll as little as it takes: a block coming from below stops two thirds down the view,
  // one from above a third down; the first line of the body is the top of the page.
  function revealTarget() {
    if (target === null) return;
    if (target.line === 0) {
      scrollByQuietly(-window.scrollY);
      return;
    }
    const element = elementFor(target.id, target.line);
    if (element === null) return;
    const box = element.getBoundingClientRect();
    const view = window.innerHeight;
    const margin = Math.min(48, view / 6);
    if (box.top < margin && box.bottom > margin) return; // a tall block, in view
    if (box.top >= margin && box.top <= view - margin) return;
    scrollByQuietly(box.top - (box.top > view - margin ? (view * 2) / 3 : view / 3));
  }

  // Measuring forces a layout: leave it to the next frame, where the browser lays out anyway.
  let revealPending = false;
  function revealSoon() {
    if (revealPending) return;
    revealPending = true;
    requestAnimationFrame(() => {
      revealPending = false;
      revealTarget();
    });
  }

  function firstElementIndex(from, step) {
    for (let i = from; i >= 0 && i < order.length; i += step) {
      if (elementsOf(order[i]).length) return i;
    }
    return -1;
  }

  // The block at the top of the view and how far into it, for the editor to follow.
  function topOfView() {
    let low = 0;
    let high = order.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const index = firstElementIndex(middle, 1);
      if (index < 0 || index > high) {
        high = middle - 1;
        continue;
      }
      if (elementsOf(order[index])[0].getBoundingClientRect().top <= 1) {
        found = index;
        low = index + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found < 0) return [order.length ? order[0] : 0, 0];
    const elements = elementsOf(order[found]);
    const top = elements[0].getBoundingClientRect().top;
    const bottom = elements[elements.length - 1].getBoundingClientRect().bottom;
    const fraction = bottom > top ? Math.min(1, Math.max(0, -top / (bottom - top))) : 0;
    return [order[found], fraction];
  }

  let reportPending = false;
  window.addEventListener(
    "scroll",
    () => {
      if (performance.now() < quietUntil || reportPending) return;
      reportPending = true;
      requestAnimationFrame(() => {
        reportPending = false;
        if (bridge !== null && performance.now() >= quietUntil) {
          const [id, fraction] = topOfView();
          bridge.scrolledTo(id, fraction);
        }
      });
    },
    { passive: true },
  );

  // In-page links (footnotes) scroll here; other links go to the app, never replace the page.
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (link === null) return;
    const href = link.getAttribute("href");
    if (href.startsWith("#")) {
      event.preventDefault();
      const destination = document.getElementById(decodeURIComponent(href.slice(1)));
      if (destination !== null) scrollByQuietly(destination.getBoundingClientRect().top - 16);
    } else if (link.hasAttribute("target")) {
      link.removeAttribute("target");
    }
  });

  // -- the app's side ----------------------------------------------------------------------

  window.redactie = {
    // Returns the revision, which the app takes as the sign that the DOM holds it.
    apply(patch) {
      patch.ops.forEach(([name, ...args], index) => {
        try {
          operations[name](...args);
        } catch (error) {
          // The app reloads the page on a failed patch; the log says which op and why.
          const where = "op " + (index + 1) + " of " + patch.ops.length + " (" + name + ")";
          console.error("redactie.apply failed at " + where + ": " + error);
          throw error;
        }
      });
      tidyChunks();
      target = patch.reveal ? { id: patch.reveal[0], line: patch.reveal[1] } : null;
      revealSoon();
      return patch.revision;
    },
    // Only the parts that changed come here (the app compares), so the cover image is not
    // fetched again when the title changes.
    setHeader(parts) {
      for (const [id, html] of Object.entries(parts)) {
        const part = document.getElementById(id);
        if (part !== null) part.innerHTML = html;
      }
    },
    setScheme(dark) {
      document.documentElement.classList.toggle("dark", dark);
      document.documentElement.classList.toggle("light", !dark);
    },
    reveal(id, line) {
      target = { id, line };
      revealSoon();
    },
    align(id, fraction) {
      const elements = elementsOf(id);
      if (!elements.length) return;
      const top = elements[0].getBoundingClientRect().top;
      const bottom = elements[elements.length - 1].getBoundingClientRect().bottom;
      scrollByQuietly(top + fraction * (bottom - top) - 8);
    },
    // True once the page's own scrolling has settled: a scroll from now on is the reader's
    // and is reported (for tests, which would otherwise have to guess how long it takes).
    quiet() {
      return !revealPending && performance.now() >= quietUntil;
    },
    text() {
      return content.innerText;
    },
    html() {
      // What the body holds, chunks unwrapped: for tests that compare with a fresh render.
      const copy = content.cloneNode(true);
      for (const chunk of copy.querySelectorAll(".redactie-chunk")) chunk.replaceWith(...chunk.childNodes);
      return copy.innerHTML;
    },
  };

  order = collect(content);
  tidyChunks();

  if (typeof QWebChannel === "function" && typeof qt === "object") {
    new QWebChannel(qt.webChannelTransport, (channel) => {
      bridge = channel.objects.bridge;
      bridge.ready();
    });
  }
})();
