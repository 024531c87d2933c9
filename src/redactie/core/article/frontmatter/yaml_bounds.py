"""Limits that keep reading YAML front matter linear: size, depth and alias expansion.

PyYAML composes a 364-byte alias bomb instantly but building its values takes seconds and
gigabytes; a merge into itself (`a: &a {<<: *a}`) recurses forever. The composed node graph is
checked first, once per node, and refused with a typed problem when it would not be bounded.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, SequenceNode

MAX_FRONT_MATTER = 256 * 1024  # real front matter is a few KB; 20 MB took over 35 s
MAX_DEPTH = 64  # real front matter nests two or three levels
MAX_NODES = 100_000  # values after expanding aliases; a 364-byte alias bomb makes millions
_QUICK_NODES = 5_000  # the quick walk's own limit: real front matter has a few dozen values


def unbounded(root: Node | None) -> tuple[str, str] | None:
    """Why building values from `root` would never end or fill memory, or None.

    Walks the composed graph once (iteratively, each node once): an alias that contains
    itself (`a: &a {<<: *a}`), more than MAX_NODES values once aliases are expanded, or
    deeper than MAX_DEPTH. Linear in the text, whatever the aliases multiply."""
    if root is None or _within_limits(root):
        return None
    return exact_walk(root)


def exact_walk(root: Node) -> tuple[str, str] | None:
    """`unbounded` by the exact walk: each node once, sizes and depths remembered."""
    sizes: dict[int, int] = {}
    depths: dict[int, int] = {}
    entered: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        children = _children(node)
        if finished:
            sizes[key] = min(MAX_NODES + 1, 1 + sum(sizes[id(c)] for c in children))
            depths[key] = 1 + max((depths[id(c)] for c in children), default=0)
            if depths[key] > MAX_DEPTH:
                return "too-deep", f"nested more than {MAX_DEPTH} levels deep"
            continue
        if key in sizes:
            continue
        entered.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in entered and id(child) not in sizes:
                return "yaml-recursive", "an alias refers to a value that contains it"
            if id(child) not in sizes:
                stack.append((child, False))
    if sizes[id(root)] > MAX_NODES:
        return "yaml-aliases", f"more than {MAX_NODES} values once aliases are expanded"
    return None


def _within_limits(root: Node) -> bool:
    """True when walking the graph as the tree it expands to stays within a few thousand
    values and MAX_DEPTH levels: then `unbounded` has nothing to say. Real front matter
    always does, and this walk is 4x cheaper than the exact one (that was a third of the
    time of reading YAML front matter); anything else (a cycle, an alias bomb) stops it at a
    limit and is judged by the exact walk, so the problem and its wording stay the same."""
    count = 0
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > _QUICK_NODES or depth > MAX_DEPTH:
            return False
        if isinstance(node, MappingNode | SequenceNode):
            stack.extend((child, depth + 1) for child in _children(node))
    return True


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def line_col(text: str, position: int) -> tuple[int, int]:
    """0-based line and column of a character offset."""
    line = text.count("\n", 0, position)
    return line, position - (text.rfind("\n", 0, position) + 1)
