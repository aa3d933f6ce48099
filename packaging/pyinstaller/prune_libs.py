"""Drop shared libraries that nothing in the bundle links against.

PyInstaller collects the dependencies of every plugin it sees, including plugins the spec later
drops (the GTK platform theme drags in GIO, cairo, pango, HarfBuzz, Kerberos ...). This module
reads the ELF `DT_NEEDED` entries (no external tools) and keeps only the libraries reachable from
the roots: the Python extension modules, libpython and the Qt plugins that stay in the bundle.
A library that nothing needs would only be loaded by a system library, which then finds its own
system copy.
"""

from __future__ import annotations

import struct
from pathlib import Path, PurePosixPath

DT_NEEDED, DT_STRTAB = 1, 5
PT_DYNAMIC, PT_LOAD = 2, 1


def needed(path: str | Path) -> list[str]:
    """The DT_NEEDED sonames of a 64-bit little-endian ELF file ([] for anything else)."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize)
        if p_type == PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    entries = []
    for pos in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", data, pos)
        if tag == 0:
            break
        entries.append((tag, value))
    strtab_addr = next((value for tag, value in entries if tag == DT_STRTAB), None)
    if strtab_addr is None:
        return []
    strtab = next(offset + strtab_addr - vaddr for vaddr, offset, size in loads
                  if vaddr <= strtab_addr < vaddr + size)
    names = []
    for tag, value in entries:
        if tag == DT_NEEDED:
            start = strtab + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


def is_root(dest: str, kind: str) -> bool:
    name = PurePosixPath(dest.replace("\\", "/"))
    return (kind == "EXTENSION" or "plugins" in name.parts or name.name.startswith("libpython")
            or name.name.endswith(".abi3.so"))


def prune(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(kept entries, dropped destination names) for PyInstaller TOC entries (dest, src, kind)."""
    by_soname: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:
        by_soname.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)
    reached: set[str] = set()
    stack = [entry for entry in binaries if is_root(entry[0], entry[2])]
    while stack:
        dest, source, _ = stack.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for soname in needed(source):
            stack.extend(by_soname.get(soname, []))
    kept = [entry for entry in binaries if entry[0] in reached or entry[2] not in ("BINARY",)]
    dropped = [entry[0] for entry in binaries if entry not in kept]
    return kept, dropped
