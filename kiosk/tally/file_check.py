"""Checking an export file on its own, before any database is touched (`check_export`).

Pure and picklable: the CLI import runs it in worker processes (kiosk.tally.check_pool), the
HTTP intake in its request threads. Everything a file can prove on its own (`verify_export`:
certificate, signatures, chain) plus what the tally demands of it: made with this election
package, not a test-mode file, envelopes that match the election's eligibility. No database
here (the workers need not load one): continuity with what a station already delivered is
`kiosk.tally.importer.commit_checked`'s.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

from kiosk.crypto.canonical import canonical
from kiosk.domain.errors import KioskError
from kiosk.ledger.export_file import ExportRecord, verify_export
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import stored_files
from kiosk.tally.record_blocks import RecordBlock, make_blocks


class ImportRefused(KioskError):
    """The tally refuses a file (gap, fork, closed intake, wrong package...)."""


@dataclass(frozen=True)
class CheckedExport:
    station_id: str
    label: str
    certificate: str  # canonical JSON of the signed certificate
    first_seq: int
    last_seq: int
    prev_hash: bytes  # what record first_seq chains to
    head_hash: bytes
    file_hash: str
    kind: str
    # the records as the tally stores them (kiosk.tally.record_blocks): made here, in the
    # worker, so the one writer receives a few large values per file, not a million small ones
    blocks: list[RecordBlock]
    packed: bytes | None = None  # the file's packed form (kiosk.tally.stored_files), if any

    @property
    def short_id(self) -> str:
        return self.station_id[:4]

    def hashes(self) -> list[tuple[int, bytes]]:
        """(seq, hash) of every record, in order."""
        return [pair for block in self.blocks for pair in block.numbered_hashes()]

    @property
    def records(self) -> list[tuple[int, bytes, bytes, bytes | None]]:
        """(seq, hash, inner, outer) of every record, in order."""
        return [row for block in self.blocks for row in block.rows()]


def refuse(message_id: str, text: str) -> ImportRefused:
    return ImportRefused(message_id, text)


def _b64(text: object) -> bytes:
    """Strict standard base64 (padding where it belongs, nothing after it, only the alphabet);
    binascii directly: base64.b64decode's checks cost more than the decoding, a million times."""
    if not isinstance(text, str):
        raise TypeError("not a base64 string")
    return binascii.a2b_base64(text, strict_mode=True)


def _envelopes(record: ExportRecord, station: str) -> tuple[bytes, bytes | None]:
    """The sealed envelopes of a record body that is not in canonical form."""
    fields = record.fields  # verify_export checked its version and its outer envelope
    try:
        return _b64(fields["inner"]), record.outer
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise refuse("export.invalid", f"station {station}: record {record.seq}'s sealed "
                     "envelopes are malformed") from None


def check_export(data: bytes, package: LoadedPackage, published: bool = False) -> CheckedExport:
    """Verify one file on its own; VerificationError / ImportRefused with one reason.

    `published`: a published record's copy, without outer envelopes (only their signed
    hashes); a station's file must carry them."""
    election = package.election
    verified = verify_export(data, election, package.authority, outer_required=not published)
    header, station = verified.header, verified.certificate.short_id
    if header.get("test"):
        raise refuse("tally.test_file", f"station {station}: this is a test-mode file; test "
                     "ballots are never counted")
    if header.get("package_hash") != package.package_hash:
        raise refuse("tally.wrong_package", f"station {station}: the file was made with "
                     f"another election package ({str(header.get('package_hash'))[:16]}…), "
                     f"not the one this tally counts ({package.package_hash[:16]}…)")
    needs_outer = election.eligibility.has_voter_token
    rows = []
    for record in verified.records:
        sealed = record.sealed
        inner, outer = sealed if sealed is not None else _envelopes(record, station)
        if published:
            if needs_outer != (record.outer_hash is not None) or outer is not None:
                raise refuse("export.invalid", f"station {station}: record {record.seq} "
                             "does not match the election's eligibility, or its outer "
                             "envelope was published")
        elif needs_outer and outer is None:
            raise refuse("export.invalid", f"station {station}: record {record.seq} has no "
                         "outer envelope, but this election identifies its voters")
        if not needs_outer and outer is not None:
            raise refuse("export.invalid", f"station {station}: record {record.seq} carries "
                         "an outer envelope, but this election does not identify voters")
        rows.append((record.seq, record.hash, inner, outer))
    return CheckedExport(
        station_id=verified.station_id, label=verified.certificate.label,
        certificate=canonical(verified.certificate.envelope).decode(),
        first_seq=verified.first_seq, last_seq=verified.last_seq,
        prev_hash=bytes.fromhex(header["prev_hash"]),
        head_hash=bytes.fromhex(header["head_hash"]), file_hash=verified.file_hash,
        kind=str(header.get("kind", "")), blocks=make_blocks(verified.station_id, rows),
        packed=None if published else stored_files.pack(data, verified))
