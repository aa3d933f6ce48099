"""HPKE (RFC 9180) base mode: X25519, HKDF-SHA256, ChaCha20-Poly1305.

The info string binds a sealed envelope to its kind and election, so an inner envelope can never
be opened as an outer one or in another election.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import x25519

from kiosk.crypto.keys import SealKeyPair

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class OpenError(ValueError):
    """A sealed envelope could not be opened (wrong key, wrong context or tampered)."""


def _info(kind: str, election_id: str) -> bytes:
    return f"rostkiosk/{kind}/v1/{election_id}".encode()


class Sealer:
    """Seals to one public key. A station holds one of these, never the private key."""

    def __init__(self, public_key: bytes, election_id: str) -> None:
        self._public = x25519.X25519PublicKey.from_public_bytes(public_key)
        self._election = election_id

    def seal(self, kind: str, plaintext: bytes) -> bytes:
        return _SUITE.encrypt(plaintext, self._public, info=_info(kind, self._election))


def open_sealed(keys: SealKeyPair, kind: str, election_id: str, sealed: bytes) -> bytes:
    try:
        return _SUITE.decrypt(sealed, keys.private, info=_info(kind, election_id))
    except Exception as error:  # cryptography raises several types here
        raise OpenError(f"cannot open sealed {kind}: {type(error).__name__}") from None
