"""The intake over the tally's own store: the same verification and commit as `kiosk tally import`.

`StoreIntake.ingest` calls `kiosk.tally.importer.import_export` — the very function the import
command's code path is built from (`check_export` + `commit_checked`) — so a batch delivered over
HTTP is verified and stored exactly like a file from a USB stick: whole or not at all, with
continuity per station, and a batch delivered twice is "already_present" (and still gets a
receipt, so a station whose earlier answer was lost can mark its records synced).

Concurrency: each intake runs in one database transaction. On PostgreSQL the station's row is
locked (SELECT … FOR UPDATE) and the file hash and (station, seq) are unique, so two workers that
receive the same or consecutive batches of one station at the same moment serialise; the loser of
a race on a station's first batch hits a unique constraint and is retried here. On SQLite every
intake takes the write lock first (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import time

from kiosk.package.signed_package import LoadedPackage
from kiosk.tally.importer import import_export
from kiosk.tally.server.intake import IntakeOutcome
from kiosk.tally.store import StoreError, TallyStore

RETRIES = 4
BATCH_NAME = "sync"


class StoreIntake:
    def __init__(self, store: TallyStore, package: LoadedPackage) -> None:
        self.store = store
        self.package = package
        self.election_id = package.election.id

    def ingest(self, data: bytes) -> IntakeOutcome:
        for attempt in range(RETRIES):
            try:
                result = import_export(self.store, self.package, data, name=BATCH_NAME)
                break
            except StoreError as error:
                if error.message_id != "tally.retry" or attempt == RETRIES - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))  # another worker won a race: look again
        return IntakeOutcome(status=result.status, station=result.station_id,
                             first_seq=result.first_seq, last_seq=result.last_seq,
                             head_hash=result.head_hash, batch_hash=result.file_hash,
                             new_records=result.new_records)
