"""Small hostile front matters (YAML alias and map bombs), for tests and benchmarks/hostile.py."""

from __future__ import annotations

import itertools


def alias_bomb(levels: int) -> str:
    """Each level lists the one before nine times: 364 bytes at 7 levels, 9**7 values."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in itertools.pairwise("abcdefghij"[:levels]):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\n---\nTekst.\n"


def map_bomb(levels: int) -> str:
    """The same with mappings: each level maps nine keys to the level before."""
    lines = ["a: &a {x: 1, y: 2, z: 3, w: 4, v: 5, u: 6, t: 7, s: 8, r: 9}"]
    for previous, name in itertools.pairwise("abcdefghij"[:levels]):
        keys = ", ".join(f"k{i}: *{previous}" for i in range(9))
        lines.append(f"{name}: &{name} {{{keys}}}")
    return "---\n" + "\n".join(lines) + "\n---\nTekst.\n"
