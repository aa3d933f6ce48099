"""Small, real image and audio files for tests, made here (no binary files in the repository)."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a size its small image data does not have (a bomb's header)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + _chunk(b"IEND", b""))


def png(width: int = 32, height: int = 24, *, interlaced: bool = False) -> bytes:
    """A grey RGB PNG (non-interlaced rows; `interlaced` only sets the flag and the data size
    Adam7 needs)."""
    chunk = _chunk

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 1 if interlaced else 0)
    if interlaced:
        rows = b""
        for x0, y0, dx, dy in ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4),
                               (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)):
            columns = (width - x0 + dx - 1) // dx if width > x0 else 0
            lines = (height - y0 + dy - 1) // dy if height > y0 else 0
            if columns and lines:
                rows += (b"\x00" + b"\x80" * 3 * columns) * lines
    else:
        rows = (b"\x00" + b"\x80" * 3 * width) * height
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def jpeg_shell(width: int = 64, height: int = 48) -> bytes:
    """The marker structure of a baseline JPEG (SOI, SOF0, SOS with a few data bytes, EOI)."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + sof + sos + b"\x12\x34\xff\x00\x56" + b"\xff\xd9"
