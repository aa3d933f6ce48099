"""The station's hash-chained, signed audit log (one entry per state change)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from kiosk.crypto.keys import SigningKey
from kiosk.domain.audit import AuditEvent
from kiosk.domain.errors import KioskError
from kiosk.ledger.audit_file import build_audit_file
from kiosk.ledger.chain import AUDIT_GENESIS, ChainHead, SignedEntry, audit_body, seal_entry
from kiosk.package.files import write_atomic
from kiosk.store.ballot_box import BallotBox


class AuditLog:
    def __init__(self, box: BallotBox, key: SigningKey) -> None:
        self.box = box
        self.key = key
        last = box.last_audit()
        self.head = ChainHead(last.seq, last.hash) if last else ChainHead(0, AUDIT_GENESIS)

    def entry(self, event: AuditEvent, detail: dict, coarse_time: bool = False) -> SignedEntry:
        """Build (not store) the next entry; call `advance` once it is committed."""
        body = audit_body(self.key.public.fingerprint, self.head, event.value, detail, coarse_time)
        return seal_entry(self.key, body)

    def advance(self, entry: SignedEntry) -> None:
        self.head = ChainHead(entry.seq, entry.hash)

    def write(self, event: AuditEvent, detail: dict,
              settings: dict[str, str] | None = None) -> None:
        entry = self.entry(event, detail)
        self.box.append_audit(entry, settings)
        self.advance(entry)


class AuditOperations:
    """Reading and exporting the audit log (the staff screen, the USB stick)."""

    def __init__(self, audit: AuditLog, box: BallotBox, key: SigningKey,
                 election_id: str) -> None:
        self.audit = audit
        self.box = box
        self.key = key
        self.station_id = key.public.fingerprint
        self.election_id = election_id

    def entries(self, limit: int = 200) -> list[dict]:
        """The newest `limit` entries, newest first, as plain dicts (for the staff screen)."""
        entries = [json.loads(e.body) for e in self.box.iter_audit()]
        return list(reversed(entries[-limit:]))

    def export(self, out_dir: Path) -> Path:
        """The whole audit log as a signed file: one line per entry, then a signature line."""
        data = build_audit_file(self.key, self.election_id, self.box.iter_audit())
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = Path(out_dir) / f"rostkiosk-audit-{self.station_id[:4]}-{stamp}.jsonl"
        try:
            write_atomic(path, data)
        except OSError as error:
            raise KioskError("export.write_failed", f"{path}: the audit log could not be "
                             f"written ({error.strerror})") from None
        self.audit.write(AuditEvent.AUDIT_EXPORTED, {"file": path.name})
        return path


class BallotsToday:
    """Official ballots cast since local midnight: counted back from the newest audit entry
    once a day, then kept up to date by `add_one`."""

    def __init__(self, box: BallotBox) -> None:
        self.box = box
        self._counted: tuple[datetime, int] | None = None  # (midnight, count)

    def count(self) -> int:
        midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0,
                                                       microsecond=0)
        if self._counted is not None and self._counted[0] == midnight:
            return self._counted[1]
        count = 0
        for entry in self.box.iter_audit_newest_first():
            body = json.loads(entry.body)
            if datetime.fromisoformat(body["at"]) < midnight:
                break
            if body["event"] == "ballot_cast" and not body["detail"].get("test"):
                count += 1
        self._counted = (midnight, count)
        return count

    def add_one(self) -> None:
        if self._counted is not None:
            self._counted = (self._counted[0], self._counted[1] + 1)
