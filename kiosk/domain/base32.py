"""Crockford base32: readable aloud, no I, L, O or U; decoding forgives case and look-alikes."""

from __future__ import annotations

import base64

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})


_FROM_RFC4648 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET.encode("ascii"))


def encode(data: bytes, length: int | None = None) -> str:
    """Encode bytes (big-endian bit string) to Crockford base32, optionally truncated.

    The same bit order as RFC 4648 base32, so the standard library's encoder does the work and
    only the alphabet is swapped. (In Python 3.11 that encoder is a Python loop; a count's
    million codes go through kiosk.tally.bulk_codes instead.)"""
    text = base64.b32encode(data).rstrip(b"=").translate(_FROM_RFC4648).decode("ascii")
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
