"""Where a station keeps its files (one data folder per station)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StationPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "station.db"

    @property
    def key(self) -> Path:
        return self.root / "station.key"

    @property
    def package(self) -> Path:
        return self.root / "election.pkg"

    @property
    def token_key(self) -> Path:
        """The election's token key, from the certificate file (kiosk.package.certificates)."""
        return self.root / "token.key"

    @property
    def certificate(self) -> Path:
        return self.root / "certificate.json"

    @property
    def request(self) -> Path:
        return self.root / "enrolment-request.json"

    def box_files(self) -> tuple[Path, ...]:
        """The ballot box and the journal files SQLite keeps beside it."""
        return (self.db, self.db.with_name("station.db-wal"), self.db.with_name("station.db-shm"))
