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
