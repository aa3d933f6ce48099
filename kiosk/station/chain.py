"""Signed, hash-chained entries (ballot records and audit entries) as a station writes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.crypto.canonical import canonical
from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import SigningKey
from kiosk.store.ballot_box import StoredRecord

RECORD_TYPE = "kiosk/ballot-record"
AUDIT_TYPE = "kiosk/audit-entry"


@dataclass
class ChainHead:
    seq: int
    hash: bytes


def seal_entry(key: SigningKey, body: dict) -> StoredRecord:
    raw = canonical(body)
    return StoredRecord(body["seq"], sha256(raw), raw, key.sign(raw))


def audit_body(station_id: str, head: ChainHead, event: str, detail: dict,
               coarse_time: bool = False) -> dict:
    """An audit entry. Voter-related events get minute-resolution times only."""
    now = datetime.now(UTC).replace(microsecond=0)
    if coarse_time:
        now = now.replace(second=0)
    return {"type": AUDIT_TYPE, "v": 1, "station": station_id, "seq": head.seq + 1,
            "prev": head.hash.hex(), "at": now.isoformat(), "event": event, "detail": detail}
