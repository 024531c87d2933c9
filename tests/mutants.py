"""Mutated corpus files: what bad luck and an attacker make of real articles (seeded)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

_INSERTS = (
    b'"', b"'", b"*", b"&a ", b"*a", b"<<: ", b"[", b"]", b"{", b"}", b"\x0b", b"\x7f", b"\x00",
    b"\t", b"\r", b"---\n", b"+++\n", b"{{< ", b" >}}", b"[^1]", b"[^1]: ", b"<!--", b"`",
    b"```\n", b"\xff", b"\xc3", b": ", b"- ", b"\n", b"#", b"<script>", b"&#038;", b"\\",
)  # fmt: skip


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four random edits of `data`: flips, inserts of tricky bytes, copies, cuts."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(out) + 1)
        kind = rng.random()
        if kind < 0.3 and out:
            out[min(at, len(out) - 1)] = rng.randrange(256)
        elif kind < 0.7:
            out[at:at] = rng.choice(_INSERTS) * rng.choice((1, 1, 2, 50, 500))
        elif kind < 0.85 and out:
            end = min(len(out), at + rng.randint(1, 400))
            out[at:at] = out[at:end] * rng.randint(1, 20)
        else:
            del out[at : at + rng.randint(1, 200)]
    return bytes(out)


def mutants(files: list[Path], count: int, seed: int = 2026) -> Iterator[tuple[str, bytes]]:
    """`count` mutants of the given files, each named after its source and number."""
    rng = random.Random(seed)
    sources = [(f.name, f.read_bytes()) for f in files]
    for number in range(count):
        name, data = sources[number % len(sources)]
        yield f"{name}#{number}", mutate(data, rng)
