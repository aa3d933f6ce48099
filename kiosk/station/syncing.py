"""The station's side of sync: building batches of unacknowledged records, recording receipts.

Writer-thread operations mixed into StationService, plus `StationBatchSource`, the adapter the
sync worker (in kiosk.sync) uses from its own thread. No record is ever deleted because of sync.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import VerifyKey
from kiosk.domain.audit import AuditEvent
from kiosk.domain.errors import KioskError
from kiosk.ledger.export_file import build_export
from kiosk.ledger.receipts import check_receipt
from kiosk.sync.worker import PendingBatch

if TYPE_CHECKING:
    from kiosk.station.service import StationService


class SyncOperations:
    def _synced_to(self) -> int:
        return int(self.settings.get("synced_to", "0"))

    def _sync_waiting(self) -> int:
        return self._heads[False].seq - self._synced_to()

    def _next_sync_batch(self, limit: int) -> PendingBatch | None:
        """The next official records the tally has not acknowledged (test ballots never sync)."""
        if self.certificate is None:
            return None
        first = self._synced_to() + 1
        last = min(self._heads[False].seq, first + limit - 1)
        if last < first:
            return None
        rows = list(self.box.iter_records(first, last))
        prev = (self._head_genesis() if first == 1
                else next(self.box.iter_records(first - 1, first - 1)).hash)
        data = build_export(
            election_id=self.election.id, package_hash=self.package.package_hash,
            certificate=self.certificate.envelope, key=self.identity.key,
            records=[(r.seq, r.hash, r.body, r.sig) for r in rows], prev_hash=prev,
            created=datetime.now(UTC).replace(microsecond=0).isoformat(), full=False,
            kind="sync")
        return PendingBatch(data, first, last, rows[-1].hash.hex(), sha256(data).hex())

    def _acknowledge_sync(self, batch: PendingBatch, receipt: object) -> bool:
        """Record a receipt if it is genuine and covers this batch; False (and audited) if not."""
        tally_key = VerifyKey(self.election.tally.sign_public)
        checked = check_receipt(receipt, tally_key, election=self.election.id,
                                station=self.station_id, batch_hash=batch.batch_hash,
                                last_seq=batch.last_seq, head_hash=batch.head_hash)
        if checked is None:
            return False
        synced_to = max(self._synced_to(), batch.last_seq)
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        entry = self.audit.entry(AuditEvent.SYNC_ACKNOWLEDGED, {
            "first_seq": batch.first_seq, "last_seq": batch.last_seq,
            "batch_hash": batch.batch_hash})
        self.box.record_sync({"first_seq": batch.first_seq, "last_seq": batch.last_seq,
                              "batch_hash": batch.batch_hash,
                              "receipt": json.dumps(checked.envelope, sort_keys=True),
                              "received_at": now}, entry,
                             {"synced_to": str(synced_to), "last_sync": now})
        self.audit.advance(entry)
        self.settings.update(synced_to=str(synced_to), last_sync=now)
        return True

    def _set_sync_server(self, url: str) -> None:
        if not url.startswith(("http://", "https://")):
            raise KioskError("sync.bad_server", f"a tally server address starts with http:// "
                             f"or https://, got {url!r}")
        self.audit.write(AuditEvent.SYNC_SERVER_SET, {"server": url},
                         settings={"sync_server": url})
        self.settings["sync_server"] = url

    def _sync_server(self) -> str | None:
        return self.settings.get("sync_server") or self.election.tally_server


class StationBatchSource:
    """What the sync worker sees of a station: every call runs on the station's writer thread."""

    def __init__(self, service: StationService) -> None:
        self.service = service
        self.election_id = service.election.id

    def next_batch(self, limit: int) -> PendingBatch | None:
        return self.service.submit("next_sync_batch", limit).result()

    def acknowledge(self, batch: PendingBatch, receipt: object) -> bool:
        return self.service.submit("acknowledge_sync", batch, receipt).result()

    def waiting(self) -> int:
        return self.service.submit("sync_waiting").result()
