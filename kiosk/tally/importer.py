"""Import export files into the tally: verify completely, then accept whole or reject whole.

Two steps, so the CLI can verify many files on all cores while one process writes:

- `check_export(data, package)` (kiosk.tally.file_check): pure and picklable. Everything a
  file can prove on its own (`verify_export`: certificate, signatures, chain) plus what the
  tally demands of it: made with this election package, not a test-mode file, envelopes that
  match the election's eligibility.
- `commit_checked(store, checked, data, name)`: continuity with what the station already
  delivered, in one transaction: no gap, no fork (a record that differs from one already
  imported, or a file that does not chain to the last record imported: kiosk.tally.forks
  records the fork and refuses both copies from its first differing record on), and records
  already present are only re-confirmed, never added twice.

`import_export(store, package, data, name)` does both; the HTTP intake shares it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.crypto.hashing import sha256
from kiosk.domain.errors import KioskError, VerificationError
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import stored_files
from kiosk.tally.file_check import CheckedExport, ImportRefused, check_export, refuse
from kiosk.tally.forks import ForkRefused, check_continuity
from kiosk.tally.record_blocks import make_blocks
from kiosk.tally.store import IntakeTransaction, StationRow, StoreError, TallyStore

__all__ = ["ACCEPTED", "ALREADY_PRESENT", "REJECTED", "CheckedExport", "ImportRefused",
           "ImportResult", "check_export", "commit_checked", "commit_into", "import_export",
           "log_rejection", "refuse_closed", "rejection_entry"]

ACCEPTED = "accepted"
ALREADY_PRESENT = "already_present"
REJECTED = "rejected"


@dataclass(frozen=True)
class ImportResult:
    status: str  # accepted | already_present
    station_id: str
    first_seq: int
    last_seq: int
    head_hash: str
    file_hash: str
    new_records: int

    @property
    def message(self) -> str:
        station = self.station_id[:4]
        if self.status == ALREADY_PRESENT:
            return (f"already imported, nothing changed (station {station}, records "
                    f"{self.first_seq}..{self.last_seq})")
        return (f"accepted: station {station}, records {self.first_seq}..{self.last_seq} "
                f"({self.new_records} new)")


def commit_checked(store: TallyStore, checked: CheckedExport, data: bytes | None,
                   name: str = "") -> ImportResult:
    """Continuity with the station's earlier files, then store the file whole (or nothing).
    If another import of the same station committed first (tally.retry), look once more: the
    file may now be present already, or follow on."""
    try:
        return _commit_once(store, checked, data, name)
    except StoreError as error:
        if error.message_id != "tally.retry":
            raise
        return _commit_once(store, checked, data, name)


def _commit_once(store: TallyStore, checked: CheckedExport, data: bytes | None,
                 name: str) -> ImportResult:
    with store.intake() as tx:
        if tx.state() != "open":
            raise refuse_closed()
        return commit_into(tx, checked, data, name)


def refuse_closed() -> ImportRefused:
    return refuse("tally.closed", "intake is closed: the tally accepts no more files")


def commit_into(tx: IntakeTransaction, checked: CheckedExport, data: bytes | None,
                name: str = "") -> ImportResult:
    """The continuity checks and writes of one file, inside a transaction the caller owns
    (and whose intake state the caller has checked). `data`, the file as received, is only
    needed when the file cannot be stored packed (`checked.packed` is None)."""
    station = checked.short_id
    first, last = checked.first_seq, checked.last_seq
    result = ImportResult(ALREADY_PRESENT, checked.station_id, first, last,
                          checked.head_hash.hex(), checked.file_hash, 0)
    if tx.has_file(checked.file_hash):
        return result
    row = tx.station(checked.station_id)
    known = row.last_seq if row else 0
    check_continuity(tx, checked, row)  # no fork, or refused (kiosk.tally.forks)
    if first > known + 1:
        raise refuse("tally.gap", f"station {station}: records {known + 1}..{first - 1} "
                     f"are missing (this file starts at record {first}); import the "
                     "station's earlier file first")
    if last <= known:
        return result
    blocks = checked.blocks if first > known else \
        make_blocks(checked.station_id, [r for r in checked.records if r[0] > known])
    new_records = last - max(first, known + 1) + 1
    if checked.packed is not None:
        form, stored = stored_files.PACKED, checked.packed
    elif data is not None:
        form, stored = stored_files.AS_RECEIVED, data
    else:
        raise ValueError("a file that cannot be packed needs its bytes")
    file_id = tx.add_file(file_hash=checked.file_hash, station_id=checked.station_id,
                          first_seq=first, last_seq=last, new_records=new_records,
                          name=name, data=stored, form=form)
    tx.add_blocks(file_id, blocks)
    updated = StationRow(checked.station_id, checked.label, last, checked.head_hash,
                         (row.files if row else 0) + 1,
                         (row.ballots if row else 0) + new_records)
    tx.save_station(updated, checked.certificate, new=row is None)
    return ImportResult(ACCEPTED, checked.station_id, first, last, checked.head_hash.hex(),
                        checked.file_hash, new_records)


def import_export(store: TallyStore, package: LoadedPackage, data: bytes,
                  name: str = "") -> ImportResult:
    """Verify and store one export file; on refusal log it and raise one clear KioskError."""
    checked = None
    try:
        checked = check_export(data, package)
        return commit_checked(store, checked, data, name)
    except (VerificationError, ImportRefused) as error:
        log_rejection(store, sha256(data).hex(), name, error, checked)
        raise


MAX_REASON = 300


def log_rejection(store: TallyStore, file_hash: str, name: str, error: KioskError,
                  checked: CheckedExport | None = None) -> None:
    store.log_attempt(**rejection_entry(file_hash, name, error, checked))
    if isinstance(error, ForkRefused) and error.sighting is not None:
        store.note_fork(**error.sighting.values())  # the fork is recorded, the file refused


def rejection_entry(file_hash: str, name: str, error: KioskError,
                    checked: CheckedExport | None = None) -> dict:
    """The intake log's row for a refused file: its hash and a short reason, never its content
    (a reason may quote what the file claims, so it is cut to MAX_REASON characters)."""
    return {"file_name": name[:MAX_REASON], "file_hash": file_hash,
            "station_id": checked.station_id if checked else None,
            "first_seq": checked.first_seq if checked else None,
            "last_seq": checked.last_seq if checked else None,
            "status": REJECTED, "message_id": error.message_id[:64],
            "reason": error.text[:MAX_REASON]}

