"""Tracking codes: 16 Crockford base32 characters (80 bits) of a sealed record's hash.

The record hash covers only sealed envelopes, so the code reveals nothing about the choices.
"""

from __future__ import annotations

from kiosk.domain import base32

CODE_CHARS = 16


def tracking_code(record_hash: bytes) -> str:
    """'7K2M-Q9XD-4TNB-8C1F' from the first 80 bits of a record hash."""
    return base32.group(base32.encode(record_hash[:10], CODE_CHARS))


def normalize_code(text: str) -> str | None:
    """Accept what a person types or a scanner reads; None if it cannot be a tracking code."""
    cleaned = base32.normalize(text)
    if cleaned is None or len(cleaned) != CODE_CHARS:
        return None
    return base32.group(cleaned)


def fingerprint(key_digest: bytes) -> str:
    """Short readable fingerprint of a public key digest: 4 groups of 4 characters."""
    return base32.group(base32.encode(key_digest[:10], 16))
