"""Staff PINs: stored only as a slow, salted scrypt hash."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.crypto.canonical import b64, unb64
from kiosk.crypto.hashing import constant_time_equal

# ~50 ms on this 2-core machine: slow for guessing, quick enough for a person at a PIN pad.
PIN_SCRYPT_N = 2**14


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = Scrypt(salt=salt, length=32, n=PIN_SCRYPT_N, r=8, p=1).derive(pin.encode())
    return f"scrypt${PIN_SCRYPT_N}$8$1${b64(salt)}${b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        derived = Scrypt(salt=unb64(salt), length=32, n=int(n), r=int(r), p=int(p)).derive(
            pin.encode())
    except ValueError:
        return False
    return constant_time_equal(derived, unb64(digest))
