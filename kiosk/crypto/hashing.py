"""Hashes used across the project (SHA-256)."""

from __future__ import annotations

import hashlib
import hmac

from kiosk.crypto.canonical import canonical


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keyed_hash(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def chain_genesis(election_id: str, station_id: str) -> bytes:
    """The 'previous hash' of a station's first record in an election."""
    return sha256(canonical({"type": "kiosk/chain-genesis", "v": 1, "election": election_id,
                             "station": station_id}))


def constant_time_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
