"""What the HTTP server needs from the tally: verify and store one batch, all or nothing.

`Intake` is implemented over the tally's store (the same import code as `kiosk tally import`);
tests may use any object with the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # the largest batch accepted unless --max-bytes says


@dataclass(frozen=True)
class IntakeOutcome:
    status: str  # "accepted" | "already_present"
    station: str
    first_seq: int
    last_seq: int
    head_hash: str
    batch_hash: str
    new_records: int


class Intake(Protocol):
    election_id: str

    def ingest(self, data: bytes) -> IntakeOutcome:
        """Verify and store a batch; raise KioskError (with a message id) to refuse it."""
        ...
