"""The station's hash-chained, signed audit log (one entry per state change)."""

from __future__ import annotations

from kiosk.crypto.keys import SigningKey
from kiosk.domain.audit import AuditEvent
from kiosk.station.chain import ChainHead, audit_body, seal_entry
from kiosk.store.ballot_box import BallotBox, StoredRecord


class AuditLog:
    def __init__(self, box: BallotBox, key: SigningKey) -> None:
        self.box = box
        self.key = key
        last = box.last_audit()
        self.head = ChainHead(last.seq, last.hash) if last else ChainHead(0, b"\0" * 32)

    def entry(self, event: AuditEvent, detail: dict, coarse_time: bool = False) -> StoredRecord:
        """Build (not store) the next entry; call `advance` once it is committed."""
        body = audit_body(self.key.public.fingerprint, self.head, event.value, detail, coarse_time)
        return seal_entry(self.key, body)

    def advance(self, entry: StoredRecord) -> None:
        self.head = ChainHead(entry.seq, entry.hash)

    def write(self, event: AuditEvent, detail: dict,
              settings: dict[str, str] | None = None) -> None:
        entry = self.entry(event, detail)
        self.box.append_audit(entry, settings)
        self.advance(entry)
