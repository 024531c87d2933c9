"""Is this an image, and did all of it arrive? Judged by the bytes, never by a name.

No image library is a dependency (the window has Qt's, core has none), and both questions
need only the formats' fixed markers: the magic number at the start, and the end marker of the
formats that have one (a JPEG's EOI, a PNG's IEND chunk, a GIF's trailer, a WebP's RIFF size).
A download cut short fails the second test, so a truncated photo is never committed.
"""

from __future__ import annotations

import struct


def image_kind(data: bytes) -> str | None:
    """ "jpeg", "png", "gif", "webp", "avif" or "svg" by the first bytes; None otherwise."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
        return "avif"
    head = data[:4096].decode("utf-8", "ignore").lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<?xml", "<svg", "<!--", "<!doctype svg")) and "<svg" in head:
        return "svg"
    return None


def is_image(data: bytes) -> bool:
    return image_kind(data) is not None


def is_complete(data: bytes) -> bool:
    """Whether an image of a kind with an end marker ends with it (trailing zeros allowed)."""
    kind = image_kind(data)
    tail = data.rstrip(b"\0")
    if kind == "jpeg":
        return tail.endswith(b"\xff\xd9")
    if kind == "png":
        return b"IEND" in tail[-12:]
    if kind == "gif":
        return tail.endswith(b";")
    if kind == "webp":
        return len(data) >= 12 and struct.unpack("<I", data[4:8])[0] + 8 <= len(data)
    if kind == "svg":
        return b"</svg>" in data[-4096:].lower() or data.rstrip().endswith(b"/>")
    return kind is not None  # AVIF: no end marker; the length check must do
