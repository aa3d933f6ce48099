"""The station's side of sync: building batches of unacknowledged records, recording receipts.

`SyncOperations` runs on the writer thread; `StationBatchSource` is the adapter the sync worker
(in kiosk.sync) uses from its own thread. No record is ever deleted because of sync.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Protocol

from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.domain.audit import AuditEvent
from kiosk.domain.election import Election
from kiosk.domain.errors import KioskError
from kiosk.ledger.export_file import build_export
from kiosk.ledger.receipts import check_receipt
from kiosk.package.certificates import StationCertificate
from kiosk.station.audit_log import AuditLog
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.station_state import StationState
from kiosk.store.ballot_box import BallotBox
from kiosk.sync.worker import PendingBatch

TALLY_CONFLICT = "tally_conflict"  # setting: the tally's message id, or "" / absent


class SyncOperations:
    def __init__(self, *, election: Election, package_hash: str,
                 certificate: StationCertificate | None, key: SigningKey, chain: BallotChain,
                 box: BallotBox, audit: AuditLog, state: StationState) -> None:
        self.election = election
        self.package_hash = package_hash
        self.certificate = certificate
        self.key = key
        self.chain = chain
        self.box = box
        self.audit = audit
        self.settings = state.settings

    def synced_to(self) -> int:
        return int(self.settings.get("synced_to", "0"))

    def waiting(self) -> int:
        return self.chain.head(False).seq - self.synced_to()

    def next_batch(self, limit: int) -> PendingBatch | None:
        """The next official records the tally has not acknowledged (test ballots never sync)."""
        if self.certificate is None:
            return None
        first = self.synced_to() + 1
        last = min(self.chain.head(False).seq, first + limit - 1)
        if last < first:
            return None
        rows = list(self.box.iter_records(first, last))
        data = build_export(
            election_id=self.election.id, package_hash=self.package_hash,
            certificate=self.certificate.envelope, key=self.key,
            records=[(r.seq, r.hash, r.body, r.sig, r.outer) for r in rows],
            prev_hash=self.chain.hash_before(first),
            created=datetime.now(UTC).replace(microsecond=0).isoformat(), full=False,
            kind="sync")
        return PendingBatch(data, first, last, rows[-1].hash.hex(), sha256(data).hex())

    def acknowledge(self, batch: PendingBatch, receipt: object) -> bool:
        """Record a receipt if it is genuine and covers this batch; False (and audited) if not."""
        tally_key = VerifyKey(self.election.tally.sign_public)
        checked = check_receipt(receipt, tally_key, election=self.election.id,
                                station=self.chain.station_id, batch_hash=batch.batch_hash,
                                last_seq=batch.last_seq, head_hash=batch.head_hash)
        if checked is None:
            return False
        synced_to = max(self.synced_to(), batch.last_seq)
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        entry = self.audit.entry(AuditEvent.SYNC_ACKNOWLEDGED, {
            "first_seq": batch.first_seq, "last_seq": batch.last_seq,
            "batch_hash": batch.batch_hash})
        changes = {"synced_to": str(synced_to), "last_sync": now}
        if self.settings.get(TALLY_CONFLICT):
            changes[TALLY_CONFLICT] = ""  # the tally takes this station's records again
        self.box.record_sync({"first_seq": batch.first_seq, "last_seq": batch.last_seq,
                              "batch_hash": batch.batch_hash,
                              "receipt": json.dumps(checked.envelope, sort_keys=True),
                              "received_at": now}, entry, changes)
        self.audit.advance(entry)
        self.settings.update(changes)
        return True

    def note_conflict(self, message_id: str) -> None:
        """The tally refused a batch because two copies of this station's chain exist
        (kiosk.tally.forks): kept, audited once, until a batch is acknowledged again."""
        if self.settings.get(TALLY_CONFLICT) == message_id:
            return
        self.audit.write(AuditEvent.SYNC_REFUSED, {"error": message_id},
                         settings={TALLY_CONFLICT: message_id})
        self.settings[TALLY_CONFLICT] = message_id

    def conflict(self) -> bool:
        return bool(self.settings.get(TALLY_CONFLICT))

    def set_server(self, url: str) -> None:
        if not url.startswith(("http://", "https://")):
            raise KioskError("sync.bad_server", f"a tally server address starts with http:// "
                             f"or https://, got {url!r}")
        self.audit.write(AuditEvent.SYNC_SERVER_SET, {"server": url},
                         settings={"sync_server": url})
        self.settings["sync_server"] = url

    def server(self) -> str | None:
        return self.settings.get("sync_server") or self.election.tally_server


class SyncingStation(Protocol):
    """What StationBatchSource needs of kiosk.station.service.StationService."""

    election: Election

    def next_sync_batch(self, limit: int) -> PendingBatch | None: ...

    def acknowledge_sync(self, batch: PendingBatch, receipt: object) -> bool: ...

    def sync_waiting(self) -> int: ...

    def note_tally_conflict(self, message_id: str) -> None: ...


class StationBatchSource:
    """What the sync worker sees of a station: every call runs on the station's writer thread."""

    def __init__(self, service: SyncingStation) -> None:
        self.service = service
        self.election_id = service.election.id

    def next_batch(self, limit: int) -> PendingBatch | None:
        return self.service.next_sync_batch(limit)

    def acknowledge(self, batch: PendingBatch, receipt: object) -> bool:
        return self.service.acknowledge_sync(batch, receipt)

    def waiting(self) -> int:
        return self.service.sync_waiting()

    def tally_conflict(self, message_id: str) -> None:
        self.service.note_tally_conflict(message_id)
