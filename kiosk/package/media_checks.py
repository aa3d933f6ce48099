"""Images and audio clips checked by their content, not their file name.

PNG: the signature, every chunk's length and CRC, a valid IHDR, image data that inflates to
exactly the size its header promises (a decode of the compressed stream, without unfiltering),
and IEND. JPEG: the markers from SOI to EOI, a frame header (SOF) with the picture's size, and
a scan. Both: a sane pixel size, so a tiny file cannot unpack into gigabytes on a station.
Audio: the container's magic bytes (Ogg, RIFF/WAVE, MP3 frame or ID3 tag).

Pure Python (zlib, struct): the package layer must not need Qt.
"""

from __future__ import annotations

import struct
import zlib

MIN_SIDE = 16
MAX_SIDE = 8192
MAX_PIXELS = 40_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


class MediaProblem(Exception):
    """What is wrong with a file, in words."""


def check_image(data: bytes) -> tuple[int, int]:
    """(width, height) of a well-formed PNG or JPEG of sane size; else MediaProblem."""
    if data.startswith(PNG_SIGNATURE):
        width, height = _png(data)
    elif data.startswith(b"\xff\xd8"):
        width, height = _jpeg(data)
    else:
        raise MediaProblem("is not a PNG or JPEG image (its content says otherwise)")
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE) \
            or width * height > MAX_PIXELS:
        most = f"{MAX_PIXELS:,}".replace(",", " ")
        raise MediaProblem(f"is {width}×{height} pixels; an image must be {MIN_SIDE} to "
                           f"{MAX_SIDE} pixels wide and high, at most {most} pixels")
    return width, height


def check_audio(data: bytes) -> None:
    if data.startswith(b"OggS") or data.startswith(b"ID3") or (
        data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    ) or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return
    raise MediaProblem("is not an Ogg, Opus, MP3 or WAV clip (its content says otherwise)")


def _png(data: bytes) -> tuple[int, int]:
    position, header, compressed, ended = len(PNG_SIGNATURE), None, [], False
    while position < len(data):
        if position + 12 > len(data):
            raise MediaProblem("is a damaged PNG image (cut off)")
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        end = position + 12 + length
        if end > len(data):
            raise MediaProblem("is a damaged PNG image (cut off)")
        body = data[position + 8:end - 4]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[end - 4:end])[0]:
            raise MediaProblem(f"is a damaged PNG image (chunk {kind.decode('latin-1')!r} "
                               "fails its check)")
        if header is None and kind != b"IHDR":
            raise MediaProblem("is a damaged PNG image (no header)")
        if kind == b"IHDR":
            header = _png_header(body)
        elif kind == b"IDAT":
            compressed.append(body)
        elif kind == b"IEND":
            ended = True
            break
        position = end
    if header is None or not compressed or not ended:
        raise MediaProblem("is a damaged PNG image (header, image data or end missing)")
    width, height, expected = header
    if not expected:  # too large: refused for its size by the caller, never inflated
        return width, height
    inflater = zlib.decompressobj()
    try:
        size = 0
        for part in compressed:
            size += len(inflater.decompress(part, expected + 1 - size))
            if size > expected:
                break
        size += len(inflater.flush())
    except zlib.error:
        raise MediaProblem("is a damaged PNG image (its image data does not decode)") from None
    if size != expected or not inflater.eof:
        raise MediaProblem("is a damaged PNG image (its image data has the wrong size)")
    return width, height


def _png_header(body: bytes) -> tuple[int, int, int]:
    if len(body) != 13:
        raise MediaProblem("is a damaged PNG image (bad header)")
    width, height, depth, color, method, filtering, interlace = struct.unpack(">IIBBBBB", body)
    if color not in _PNG_CHANNELS or depth not in _PNG_DEPTHS[color] or method or filtering \
            or interlace not in (0, 1) or not width or not height:
        raise MediaProblem("is a damaged PNG image (bad header)")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        return width, height, 0
    bits = _PNG_CHANNELS[color] * depth
    if interlace == 0:
        return width, height, height * (1 + (width * bits + 7) // 8)
    total = 0  # Adam7: seven passes, each its own rows with a filter byte
    for x0, y0, dx, dy in ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4),
                           (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)):
        columns = (width - x0 + dx - 1) // dx if width > x0 else 0
        rows = (height - y0 + dy - 1) // dy if height > y0 else 0
        if columns and rows:
            total += rows * (1 + (columns * bits + 7) // 8)
    return width, height, total


def _jpeg(data: bytes) -> tuple[int, int]:
    position, size, scanned = 2, None, False
    while position < len(data):
        if data[position] != 0xFF:
            raise MediaProblem("is a damaged JPEG image (a marker is missing)")
        marker = data[position + 1] if position + 1 < len(data) else None
        if marker is None:
            break
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:  # EOI
            if size is None or not scanned:
                raise MediaProblem("is a damaged JPEG image (no frame or no scan)")
            return size
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            position += 2
            continue
        if position + 4 > len(data):
            break
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        if length < 2 or position + 2 + length > len(data):
            break
        if marker in _SOF:
            if length < 8:
                raise MediaProblem("is a damaged JPEG image (bad frame header)")
            height, width = struct.unpack(">HH", data[position + 5:position + 9])
            if not width or not height:
                raise MediaProblem("is a damaged JPEG image (no picture size)")
            size = (width, height)
        position += 2 + length
        if marker == 0xDA:  # SOS: entropy-coded data up to the next marker
            scanned = True
            while position + 1 < len(data) and not (
                data[position] == 0xFF and data[position + 1] not in (0x00, *range(0xD0, 0xD8))
            ):
                position += 1
    raise MediaProblem("is a damaged JPEG image (cut off before its end)")
