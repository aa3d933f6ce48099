"""The station's own secrets: its Ed25519 key and the key of its local voter register.

Generated on first start, stored in the data folder (mode 0600), never leave the station.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.crypto.keys import SigningKey, read_key_file, write_key_file
from kiosk.domain.errors import KeyFileError

STATION_KEY = "kiosk/station-key"
TOKEN_KEY = "kiosk/station-token-key"


@dataclass(frozen=True)
class StationIdentity:
    key: SigningKey
    register_secret: bytes

    @property
    def station_id(self) -> str:
        return self.key.public.fingerprint


def create_identity(path: Path) -> StationIdentity:
    if Path(path).exists():
        raise KeyFileError("key.exists", f"{path} already exists; this folder already has a "
                           "station", path=str(path))
    identity = StationIdentity(SigningKey.generate(), os.urandom(32))
    write_key_file(Path(path), STATION_KEY,
                   {"sign": identity.key.to_bytes(), "register": identity.register_secret},
                   {"sign": identity.key.public.raw})
    return identity


def load_identity(path: Path) -> StationIdentity:
    parts = read_key_file(Path(path), STATION_KEY)
    try:
        return StationIdentity(SigningKey.from_bytes(parts["sign"]), parts["register"])
    except (KeyError, ValueError):
        raise KeyFileError("key.malformed", f"{path}: malformed station key", path=str(path)) \
            from None


def save_token_key(path: Path, token_key: bytes) -> None:
    """Keep the election's token key (mode 0600); it never leaves the station."""
    write_key_file(Path(path), TOKEN_KEY, {"token": token_key}, {})


def load_token_key(path: Path) -> bytes | None:
    """The station's token key, or None before enrolment."""
    if not Path(path).exists():
        return None
    key = read_key_file(Path(path), TOKEN_KEY).get("token")
    if not isinstance(key, bytes) or len(key) != 32:
        raise KeyFileError("key.malformed", f"{path}: malformed token key", path=str(path))
    return key
