"""Shrink the ICU data library that the PySide6 wheels link Qt Core against.

`libicudata.so.NN` is 31 MB: the whole ICU common data (every locale, every legacy converter,
break dictionaries for Thai/Khmer/Chinese, transliterators, display names of all regions and
currencies). Qt needs ICU only for collation, locale-aware case mapping and non-UTF codecs; the
kiosk uses none of these for its own languages beyond the root data. Text shaping and bidi
(Arabic) are done by Qt's HarfBuzz and Qt's own bidi code, not by ICU data.

This module reads the ICU common data blob out of the library (symbol `icudtNN_dat`), keeps the
core items (properties, normalisation, aliases, root and the locales of the kiosk's languages)
and links a new library with the same soname that exports the smaller blob. It needs a C
compiler (`cc`); without one the build keeps the original library.

    python slim_icu.py IN_LIBICUDATA OUT_LIBICUDATA     (prints before/after sizes)
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# ICU locale ids of the kiosk's languages (kiosk/domain/languages.py) plus their neighbours that
# ICU uses as parents or fallbacks. Everything else falls back to root.
KEEP_LOCALES = ("root", "sv", "en", "fi", "se", "sma", "smj", "ar")
# Of their regional variants (en has a hundred), only these; the others fall back to the language.
# en_US_POSIX is ICU's default locale when the process runs with LANG=C.
KEEP_REGIONS = ("SE", "FI", "NO", "US", "US_POSIX", "GB", "001", "150")
# Top-level (not per-locale) resource bundles ICU's core needs.
KEEP_TOP_RES = {
    "pool", "res_index", "supplementalData", "likelySubtags", "langInfo", "metadata",
    "keyTypeData", "numberingSystems", "plurals", "pluralRanges", "dayPeriods", "icuver",
    "icustd", "zoneinfo64", "timezoneTypes", "metaZones", "windowsZones", "currencyNumericCodes",
    "grammaticalFeatures", "genderList", "units", "tzdbNames",
}
ALIGN = 16


def _keep_locale(stem: str) -> bool:
    language, _, region = stem.partition("_")
    return language in KEEP_LOCALES and (not region or region in KEEP_REGIONS)


def keep_item(name: str) -> bool:
    """Whether an item of the common data (name without the `icudtNNl/` prefix) is kept."""
    if "/" in name:
        folder, leaf = name.split("/", 1)
        stem, _, ext = leaf.rpartition(".")
        if folder == "brkitr":
            return ext != "dict"  # rules are small; the CJK/Thai/Khmer dictionaries are not
        if folder == "translit":
            return False
        if ext != "res":
            return True  # e.g. coll/ucadata.icu, the root collation every collator needs
        return stem in ("root", "pool", "res_index") or _keep_locale(stem)
    stem, _, ext = name.rpartition(".")
    if ext == "cnv":
        return False  # legacy codepages; UTF-8/16/32 and Latin-1 are algorithmic in ICU
    if ext == "res":
        return stem in KEEP_TOP_RES or _keep_locale(stem)
    return True  # .icu (properties, aliases, names), .nrm, .cfu, .spp


def parse(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split ICU common data ("CmnD") into its header and (full name, item bytes) pairs."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data (little-endian CmnD)")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        start = toc + name_off
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[toc + data_off:end]))
    return blob[:header_size], items


def build(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Assemble ICU common data from a header and items (sorted by name, 16-byte aligned)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b""
    name_offsets = []
    toc_len = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(toc_len + len(names))
        names += name.encode("ascii") + b"\0"
    data_start = toc_len + len(names)
    data_start += -(len(header) + data_start) % ALIGN
    body = b""
    data_offsets = []
    for _, data in items:
        data_offsets.append(data_start + len(body))
        body += data + b"\xaa" * (-len(data) % ALIGN)  # icupkg pads with 0xaa too
    toc = struct.pack("<I", len(items))
    for name_off, data_off in zip(name_offsets, data_offsets, strict=True):
        toc += struct.pack("<II", name_off, data_off)
    pad = b"\xaa" * (data_start - toc_len - len(names))
    return header + toc + names + pad + body


def read_blob(library: Path) -> tuple[str, bytes]:
    """The exported data symbol (e.g. `icudt73_dat`) and its bytes, read from the ELF file."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2:
        raise ValueError(f"{library}: not a 64-bit ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = []
    for i in range(shnum):
        sh = struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
        sections.append({"type": sh[1], "addr": sh[3], "offset": sh[4], "size": sh[5],
                         "link": sh[6], "entsize": sh[9]})
    dynsym = next(s for s in sections if s["type"] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym["link"]]
    for i in range(dynsym["size"] // dynsym["entsize"]):
        name_off, _, _, shndx, value, size = struct.unpack_from(
            "<IBBHQQ", data, dynsym["offset"] + i * dynsym["entsize"])
        start = strtab["offset"] + name_off
        name = data[start:data.index(b"\0", start)].decode()
        if re.fullmatch(r"icudt\d+_dat", name) and shndx:
            section = sections[shndx]
            file_off = section["offset"] + value - section["addr"]
            return name, data[file_off:file_off + size]
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def link(symbol: str, blob: bytes, soname: str, out: Path) -> None:
    """Link a shared library that exports `symbol` = blob (read-only, 16-byte aligned)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        raise RuntimeError("no C compiler (cc) found")
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icu.dat"
        dat.write_bytes(blob)
        asm = Path(tmp) / "icu.S"
        asm.write_text(
            f'.section .rodata\n.balign 16\n.globl {symbol}\n.type {symbol}, @object\n'
            f'.size {symbol}, {len(blob)}\n{symbol}:\n.incbin "{dat}"\n'
            '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([cc, "-shared", "-nostdlib", "-o", str(out), str(asm),
                        f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack", "-s"], check=True)


def slim(library: Path, out: Path) -> tuple[int, int]:
    """Write the slim library to `out`; returns (items before, items after)."""
    symbol, blob = read_blob(library)
    header, items = parse(blob)
    kept = [(name, data) for name, data in items if keep_item(name.split("/", 1)[1])]
    link(symbol, build(header, kept), library.name, out)
    return len(items), len(kept)


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    before, after = slim(source, target)
    print(f"ICU data: {before} -> {after} items, "
          f"{source.stat().st_size / 1e6:.1f} -> {target.stat().st_size / 1e6:.1f} MB")
