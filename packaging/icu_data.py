"""Qt Core's ICU data (`libicudata.so.73`, 32 MB) cut to what a Dutch and English app asks of it.

Qt Core calls ICU only for collation, case mapping, character-set converters and time-zone
names (`nm -D --undefined-only libQt6Core.so.6`); the web engine has an ICU of its own
(`icudtl.dat`). So the bundle keeps every converter, normalisation and table that is not a
locale, and of the locale data (`*.res`, per tree) only the root, Dutch and English locales; it
leaves out the word-break dictionaries (Chinese, Japanese, Thai, Khmer, Lao, Burmese), since
Qt never asks this ICU for word breaks. A locale that is left out falls back to the root.
Of the converters it keeps the single-byte ones (every Western, Central European, Cyrillic,
Greek... code page: windows-1252, ISO 8859-15, IBM 437, KOI8-R) and leaves out the multi-byte
tables of East Asian encodings (Shift_JIS, GB 18030, Big5, EUC, their EBCDIC forms: 4.7 MB).
Qt asks for a converter by name only for text that names its own encoding: in the app that is
pasted HTML (`QMimeData.html()` reads its `<meta charset>`), which on Linux arrives as UTF-8;
HTML that claims an East Asian encoding is then read as UTF-8.

The data is ICU's common-data package ("CmnD": a header, a table of contents of names and
offsets, each item aligned to 16 bytes); the library holds it as the one symbol `icudt73_dat`,
so the cut package is turned back into a library with binutils' `as` and `ld` (on every build
machine with a compiler, and installed by CI). Without them the bundle keeps the full data.

The web engine's `icudtl.dat` is the same kind of package in a file of its own: it loses the
other locales too, but keeps its line-break rules and dictionaries (Chromium breaks the lines
of every script in the preview with them).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

KEPT_LOCALES = re.compile(r"^(root|nl|nl_.*|en|en_.*)$")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
_UNUSED_TREES = ("/brkitr/", "/translit/")  # word breaks and transliteration: Qt never asks
_SECTION_OFFSET = 0x1000  # where `ld` puts .rodata, and so the symbol, in both libraries


def wanted(name: str, unused_trees: tuple[str, ...] = _UNUSED_TREES) -> bool:
    """Whether an item of the package (e.g. `icudt73l/coll/nl.res`) stays."""
    stem, _, extension = name.rpartition("/")[2].partition(".")
    if any(tree in name for tree in unused_trees):
        return False
    if extension != "res" or stem == "res_index" or not _LOCALE.match(stem):
        return True  # not a locale (res_index lists the installed ones)
    return bool(KEPT_LOCALES.match(stem))


def multibyte_converter(name: str, blob: bytes) -> bool:
    """Whether an item is a converter table (`.cnv`) whose encoding takes more than one byte per
    character: `maxBytesPerChar` of its UConverterStaticData, which follows the data header
    (int32 structSize, char name[60], int32 codepage, int8 platform, type, min, max)."""
    if not name.endswith(".cnv"):
        return False
    header_size = struct.unpack_from("<H", blob)[0]
    return blob[header_size + 71] > 1


def cut_package(
    package: bytes, unused_trees: tuple[str, ...] = _UNUSED_TREES, multibyte: bool = False
) -> tuple[bytes, int]:
    """The package with only the wanted items, and how many items it kept; the multi-byte
    converters only when `multibyte`."""
    header_size = struct.unpack_from("<H", package)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common-data package")
    toc = header_size
    count = struct.unpack_from("<I", package, toc)[0]
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    names = [package[toc + n : package.index(b"\0", toc + n)] for n, _ in entries]
    ends = [offset for _, offset in entries[1:]] + [len(package) - toc]
    kept = [
        (name, package[toc + start : toc + end])
        for name, (_, start), end in zip(names, entries, ends, strict=True)
        if wanted(name.decode("ascii"), unused_trees)
        and (multibyte or not multibyte_converter(name.decode("ascii"), package[toc + start :]))
    ]
    names_at = 4 + 8 * len(kept)
    name_block = b"".join(name + b"\0" for name, _ in kept)
    data_at = -(-(names_at + len(name_block) + header_size) // 16) * 16 - header_size
    table = [struct.pack("<I", len(kept))]
    name_offset, data_offset, blobs = names_at, data_at, []
    for name, blob in kept:
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % 16)
        blobs.append(padded)
        data_offset += len(padded)
    head = package[:header_size] + b"".join(table) + name_block
    head += b"\0" * (header_size + data_at - len(head))
    return head + b"".join(blobs), len(kept)


def read_package(library: Path) -> bytes:
    """The bytes of the `icudt*_dat` symbol in the library (its one exported object)."""
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    address, size = int(symbols[0], 16), int(symbols[1], 16)
    if address != _SECTION_OFFSET or not symbols[3].startswith("icudt"):
        raise ValueError(f"unexpected layout of {library}: {symbols}")
    return library.read_bytes()[address : address + size]


def trim_icu_data(library: Path) -> str:
    """Replace the library with one holding the cut package; a line saying what happened."""
    if not all(shutil.which(tool) for tool in ("as", "ld", "nm")):
        return f"note: binutils (as, ld, nm) not found: {library.name} keeps all its data"
    symbol = subprocess.run(
        ["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout.split()[2]
    original = library.stat().st_size
    try:
        package, kept = cut_package(read_package(library))
    except ValueError as exc:
        return f"note: {library.name} keeps all its data ({exc})"
    with tempfile.TemporaryDirectory(prefix="redactie-icu-") as scratch:
        folder = Path(scratch)
        (folder / "data.dat").write_bytes(package)
        (folder / "data.s").write_text(
            '\t.section .note.GNU-stack,"",@progbits\n'
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.size {symbol}, {len(package)}\n"
            f'\t.balign 16\n{symbol}:\n\t.incbin "data.dat"\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=folder, check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", library.name, "-o", "out.so", "data.o"],
            cwd=folder, check=True,
        )  # fmt: skip
        shutil.copyfile(folder / "out.so", library)
    return (
        f"{library.name}: {original / 1e6:.1f} -> {library.stat().st_size / 1e6:.1f} MB "
        f"({kept} items kept: root, Dutch and English locales, single-byte converters)"
    )


def trim_web_engine_icu(data_file: Path) -> str:
    """The web engine's own ICU package (`icudtl.dat`, a plain file) cut the same way, but with
    every break rule and dictionary kept: Chromium lays out lines of any script with them."""
    original = data_file.stat().st_size
    try:
        package, kept = cut_package(data_file.read_bytes(), unused_trees=(), multibyte=True)
    except ValueError as exc:
        return f"note: {data_file.name} keeps all its data ({exc})"
    data_file.write_bytes(package)
    return (
        f"{data_file.name}: {original / 1e6:.1f} -> {len(package) / 1e6:.1f} MB "
        f"({kept} items kept: root, Dutch and English locales, all line-break data)"
    )
