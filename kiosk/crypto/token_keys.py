"""Keyed voter tokens: the per-election token key, and its delivery sealed to one station.

A voter token is HMAC-SHA256 under the election's token key, so nobody can compute one from a
personnummer or a code without that key (an unkeyed hash of a personnummer can be reversed by
hashing every personnummer of a birth range: ~18 M hashes in under two minutes).

The token key is derived from the election authority's private key and the election id, so
the authority needs no new key file and every station of one election gets the same key. It
reaches a station only sealed to that station (HPKE to the X25519 form of the station's Ed25519
key, kiosk.package.certificates), never in the public package or the published record. The tally
never needs it: it only compares tokens.
"""

from __future__ import annotations

import hashlib
import hmac

from kiosk.crypto.keys import SealKeyPair, SigningKey
from kiosk.crypto.sealing import Sealer, open_sealed

TOKEN_KEY_BYTES = 32
_P = 2**255 - 19
_KIND = "token-key"
# Test-mode ballots (never counted) are keyed with this public key instead of the election's,
# so `kiosk tally lna` can match them to the deck's made-up identities without the token key.
TEST_MODE_TOKEN_KEY = hashlib.sha256(b"kiosk/test-mode-voter-token-key/v1").digest()


def token_key_for(authority: SigningKey, election_id: str) -> bytes:
    """The election's token key: only the holder of the authority key can compute it."""
    return hmac.new(authority.to_bytes(), f"rostkiosk/token-key/v1/{election_id}".encode(),
                    hashlib.sha256).digest()


def keyed_token(token_key: bytes, election_id: str, mode: str, normalized_identity: str) -> str:
    """The voter token an outer envelope carries (64 hex characters)."""
    if len(token_key) != TOKEN_KEY_BYTES:
        raise ValueError("a token key has 32 bytes")
    return hmac.new(token_key, f"rostkiosk/voter-token/v2/{election_id}/{mode}/"
                    f"{normalized_identity}".encode(), hashlib.sha256).hexdigest()


def x25519_public_of(ed25519_public: bytes) -> bytes:
    """The Montgomery (X25519) form of an Ed25519 public key: u = (1 + y) / (1 - y) mod p."""
    if len(ed25519_public) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    y = int.from_bytes(ed25519_public, "little") & ((1 << 255) - 1)
    if y >= _P or (1 - y) % _P == 0:
        raise ValueError("not a usable Ed25519 public key")
    return ((1 + y) * pow(1 - y, -1, _P) % _P).to_bytes(32, "little")


def x25519_private_of(key: SigningKey) -> SealKeyPair:
    """The X25519 key matching `x25519_public_of(key.public.raw)` (RFC 8032's scalar)."""
    return SealKeyPair.from_bytes(hashlib.sha512(key.to_bytes()).digest()[:32])


def seal_to_station(station_public: bytes, election_id: str, secret: bytes) -> bytes:
    return Sealer(x25519_public_of(station_public), election_id).seal(_KIND, secret)


def open_as_station(station: SigningKey, election_id: str, sealed: bytes) -> bytes:
    """OpenError if it was not sealed to this station for this election."""
    return open_sealed(x25519_private_of(station), _KIND, election_id, sealed)
