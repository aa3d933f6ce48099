"""Import export files into the tally: verify completely, then accept whole or reject whole.

Two steps, so the CLI can verify many files on all cores while one process writes:

- `check_export(data, package)`: pure and picklable. Everything a file can prove on its own
  (`verify_export`: certificate, signatures, chain) plus what the tally demands of it: made with
  this election package, not a test-mode file, envelopes that match the election's eligibility.
- `commit_checked(store, checked, data, name)`: continuity with what the station already
  delivered, in one transaction: no gap, no fork (a record that differs from one already
  imported), and records already present are only re-confirmed, never added twice.

`import_export(store, package, data, name)` does both; the HTTP intake shares it.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

from kiosk.crypto.canonical import canonical
from kiosk.crypto.hashing import sha256
from kiosk.domain.errors import KioskError, VerificationError
from kiosk.package.signed_package import LoadedPackage
from kiosk.sync.export_file import ExportRecord, verify_export
from kiosk.tally import stored_files
from kiosk.tally.store import IntakeTransaction, StationRow, StoreError, TallyStore

ACCEPTED = "accepted"
ALREADY_PRESENT = "already_present"
REJECTED = "rejected"


class ImportRefused(KioskError):
    """The tally refuses a file (gap, fork, closed intake, wrong package...)."""


@dataclass(frozen=True)
class CheckedExport:
    station_id: str
    label: str
    certificate: str  # canonical JSON of the signed certificate
    first_seq: int
    last_seq: int
    head_hash: bytes
    file_hash: str
    kind: str
    records: list[tuple[int, bytes, bytes, bytes | None]]  # seq, hash, inner, outer
    packed: bytes | None = None  # the file's packed form (kiosk.tally.stored_files), if any

    @property
    def short_id(self) -> str:
        return self.station_id[:4]


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


def _refuse(message_id: str, text: str) -> ImportRefused:
    return ImportRefused(message_id, text)


def _b64(text: object) -> bytes:
    """Strict standard base64 (padding where it belongs, nothing after it, only the alphabet);
    binascii directly: base64.b64decode's checks cost more than the decoding, a million times."""
    if not isinstance(text, str):
        raise TypeError("not a base64 string")
    return binascii.a2b_base64(text, strict_mode=True)


def _envelopes(record: ExportRecord, station: str) -> tuple[bytes, bytes | None]:
    """The sealed envelopes of a record body that is not in canonical form."""
    fields = record.fields
    if fields.get("v") != 1:
        raise _refuse("export.invalid", f"station {station}: record {record.seq} has an "
                      "unsupported version")
    try:
        inner = _b64(fields["inner"])
        outer_text = fields.get("outer")
        return inner, None if outer_text is None else _b64(outer_text)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _refuse("export.invalid", f"station {station}: record {record.seq}'s sealed "
                      "envelopes are malformed") from None


def check_export(data: bytes, package: LoadedPackage) -> CheckedExport:
    """Verify one file on its own; VerificationError / ImportRefused with one reason."""
    election = package.election
    verified = verify_export(data, election, package.authority)
    header, station = verified.header, verified.certificate.short_id
    if header.get("test"):
        raise _refuse("tally.test_file", f"station {station}: this is a test-mode file; test "
                      "ballots are never counted")
    if header.get("package_hash") != package.package_hash:
        raise _refuse("tally.wrong_package", f"station {station}: the file was made with "
                      f"another election package ({str(header.get('package_hash'))[:16]}…), "
                      f"not the one this tally counts ({package.package_hash[:16]}…)")
    needs_outer = election.eligibility.has_voter_token
    rows = []
    for record in verified.records:
        sealed = record.sealed
        inner, outer = sealed if sealed is not None else _envelopes(record, station)
        if needs_outer and outer is None:
            raise _refuse("export.invalid", f"station {station}: record {record.seq} has no "
                          "outer envelope, but this election identifies its voters")
        if not needs_outer and outer is not None:
            raise _refuse("export.invalid", f"station {station}: record {record.seq} carries "
                          "an outer envelope, but this election does not identify voters")
        rows.append((record.seq, record.hash, inner, outer))
    return CheckedExport(
        station_id=verified.station_id, label=verified.certificate.label,
        certificate=canonical(verified.certificate.envelope).decode(),
        first_seq=verified.first_seq, last_seq=verified.last_seq,
        head_hash=bytes.fromhex(header["head_hash"]), file_hash=verified.file_hash,
        kind=str(header.get("kind", "")), records=rows, packed=stored_files.pack(data, verified))


def commit_checked(store: TallyStore, checked: CheckedExport, data: bytes | None,
                   name: str = "") -> ImportResult:
    """Continuity with the station's earlier files, then store the file whole (or nothing)."""
    with store.intake() as tx:
        if tx.state() != "open":
            raise refuse_closed()
        return commit_into(tx, checked, data, name)


def refuse_closed() -> ImportRefused:
    return _refuse("tally.closed", "intake is closed: the tally accepts no more files")


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
    if first > known + 1:
        raise _refuse("tally.gap", f"station {station}: records {known + 1}..{first - 1} "
                      f"are missing (this file starts at record {first}); import the "
                      "station's earlier file first")
    if first <= known:
        stored = tx.record_hashes(checked.station_id, first, min(last, known))
        for seq, digest, _inner, _outer in checked.records[: min(last, known) - first + 1]:
            if stored.get(seq) != digest:
                raise _refuse("tally.conflict", f"station {station}: record {seq} differs "
                              f"from the record {seq} already imported (the station's "
                              "chain forked or was reset)")
    new = [r for r in checked.records if r[0] > known]
    if not new:
        return result
    if checked.packed is not None:
        form, stored = stored_files.PACKED, checked.packed
    elif data is not None:
        form, stored = stored_files.AS_RECEIVED, data
    else:
        raise ValueError("a file that cannot be packed needs its bytes")
    file_id = tx.add_file(file_hash=checked.file_hash, station_id=checked.station_id,
                          first_seq=first, last_seq=last, new_records=len(new),
                          name=name, data=stored, form=form)
    tx.add_records(checked.station_id, file_id, new)
    updated = StationRow(checked.station_id, checked.label, last, checked.head_hash,
                         (row.files if row else 0) + 1,
                         (row.ballots if row else 0) + len(new))
    tx.save_station(updated, checked.certificate, new=row is None)
    return ImportResult(ACCEPTED, checked.station_id, first, last, checked.head_hash.hex(),
                        checked.file_hash, len(new))


def import_export(store: TallyStore, package: LoadedPackage, data: bytes,
                  name: str = "") -> ImportResult:
    """Verify and store one export file; on refusal log it and raise one clear KioskError."""
    checked = None
    try:
        checked = check_export(data, package)
        try:
            return commit_checked(store, checked, data, name)
        except StoreError as error:
            if error.message_id != "tally.retry":
                raise
            return commit_checked(store, checked, data, name)  # lost a race: once more
    except (VerificationError, ImportRefused) as error:
        log_rejection(store, sha256(data).hex(), name, error, checked)
        raise


def log_rejection(store: TallyStore, file_hash: str, name: str, error: KioskError,
                  checked: CheckedExport | None = None) -> None:
    store.log_attempt(**rejection_entry(file_hash, name, error, checked))


def rejection_entry(file_hash: str, name: str, error: KioskError,
                    checked: CheckedExport | None = None) -> dict:
    """The intake log's row for a refused file."""
    return {"file_name": name, "file_hash": file_hash,
            "station_id": checked.station_id if checked else None,
            "first_seq": checked.first_seq if checked else None,
            "last_seq": checked.last_seq if checked else None,
            "status": REJECTED, "message_id": error.message_id, "reason": error.text}

