"""Crockford base32: readable aloud, no I, L, O or U; decoding forgives case and look-alikes."""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})


def encode(data: bytes, length: int | None = None) -> str:
    """Encode bytes (big-endian bit string) to Crockford base32, optionally truncated."""
    number = int.from_bytes(data, "big")
    bits = len(data) * 8
    chars = (bits + 4) // 5
    number <<= chars * 5 - bits
    out = []
    for _ in range(chars):
        out.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(out))
    return text[:length] if length is not None else text


def normalize(text: str) -> str | None:
    """Upper-case, drop separators, map look-alikes; None if a character is not base32."""
    cleaned = []
    for ch in text.upper():
        if ch in " -_.":
            continue
        if ch not in _DECODE:
            return None
        cleaned.append(ALPHABET[_DECODE[ch]])
    return "".join(cleaned)


def group(text: str, size: int = 4, sep: str = "-") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))
