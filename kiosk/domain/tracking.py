"""Tracking codes: 16 Crockford base32 characters (80 bits) of a sealed record's hash.

The record hash covers only sealed envelopes, so the code reveals nothing about the choices.
"""

from __future__ import annotations

from kiosk.domain import base32

CODE_CHARS = 16


def tracking_code(record_hash: bytes) -> str:
    """'7K2M-Q9XD-4TNB-8C1F' from the first 80 bits of a record hash."""
    return base32.group(base32.encode(record_hash[:10], CODE_CHARS))


def tracking_codes(prefixes: bytes) -> list[str]:
    """The tracking codes of many records at once, from their hashes' first 10 bytes laid end
    to end: 10 bytes are exactly 16 base32 characters, so one C call encodes them all (a count
    writes a million)."""
    if len(prefixes) % 10:
        raise ValueError("10 bytes per record")
    text = base32.encode(prefixes)
    return [f"{text[i:i + 4]}-{text[i + 4:i + 8]}-{text[i + 8:i + 12]}-{text[i + 12:i + 16]}"
            for i in range(0, len(text), CODE_CHARS)]


def normalize_code(text: str) -> str | None:
    """Accept what a person types or a scanner reads; None if it cannot be a tracking code."""
    cleaned = base32.normalize(text)
    if cleaned is None or len(cleaned) != CODE_CHARS:
        return None
    return base32.group(cleaned)


def fingerprint(key_digest: bytes) -> str:
    """Short readable fingerprint of a public key digest: 4 groups of 4 characters."""
    return base32.group(base32.encode(key_digest[:10], 16))
