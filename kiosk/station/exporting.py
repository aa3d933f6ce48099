"""Write signed export files: atomically, read back and verified before anything is recorded."""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import SigningKey
from kiosk.domain.audit import AuditEvent
from kiosk.domain.election import Election
from kiosk.domain.errors import KioskError
from kiosk.ledger.export_file import build_export, verify_export
from kiosk.package.certificates import StationCertificate
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage
from kiosk.station.audit_log import AuditLog
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.station_state import StationState
from kiosk.store.ballot_box import BallotBox


def export_file_name(election_id: str, station_id: str, first: int, last: int, full: bool,
                     test: bool = False) -> str:
    kind = ("-full" if full else "") + ("-TEST" if test else "")
    return f"rostkiosk-{election_id}-{station_id[:4]}-{first:07d}-{last:07d}{kind}.export"


def _media_error(error: OSError, path: Path) -> KioskError:
    if error.errno == errno.ENOSPC:
        return KioskError("export.media_full", f"{path.parent}: the USB stick is full; nothing "
                          "was exported (use another stick or free some space)")
    if error.errno == errno.EROFS or error.errno == errno.EACCES:
        return KioskError("export.read_only", f"{path.parent}: cannot write there (read-only or "
                          "no permission); nothing was exported")
    if error.errno == errno.ENOENT:
        return KioskError("export.media_gone", f"{path.parent}: the folder or USB stick is not "
                          "there (was it removed?); nothing was exported")
    return KioskError("export.write_failed", f"{path}: the export could not be written "
                      f"({error.strerror}); nothing was exported")


class Exporter:
    """Signed export files of the station's records, for the USB stick."""

    def __init__(self, *, election: Election, package: LoadedPackage,
                 certificate: StationCertificate | None, key: SigningKey, chain: BallotChain,
                 box: BallotBox, audit: AuditLog, state: StationState) -> None:
        self.election = election
        self.package = package
        self.certificate = certificate
        self.key = key
        self.chain = chain
        self.box = box
        self.audit = audit
        self.state = state

    def export_new_records(self, out_dir: Path, full: bool,
                           progress: Callable[[int, int], None] | None = None) -> list[Path]:
        """Records not yet exported (or all, with full=True) as one signed file; [] if none."""
        if self.certificate is None:
            raise KioskError("export.not_enrolled", "the station is not enrolled: there is no "
                             "certificate to put in the export file")
        box, election = self.box, self.election
        test = self.state.test_mode
        head = self.chain.head(test)
        exported_to = max((e["last_seq"] for e in box.exports() if bool(e["test"]) == test),
                          default=0)
        first = 1 if full else exported_to + 1
        if head.seq < first:
            return []
        total = head.seq - first + 1
        rows = []
        for row in box.iter_records(first, head.seq, test=test):
            rows.append(row)
            if progress and (len(rows) % 1000 == 0 or len(rows) == total):
                progress(len(rows), total)
        created = datetime.now(UTC).replace(microsecond=0).isoformat()
        data = build_export(
            election_id=election.id, package_hash=self.package.package_hash,
            certificate=self.certificate.envelope, key=self.key,
            records=[(r.seq, r.hash, r.body, r.sig, r.outer) for r in rows],
            prev_hash=self.chain.hash_before(first, test), created=created, full=full,
            test=test, district=(self.state.settings.get("district") or None) if test else None)
        path = Path(out_dir) / export_file_name(election.id, self.chain.station_id, first,
                                                head.seq, full, test)
        try:
            write_atomic(path, data)
            readback = path.read_bytes()
        except OSError as error:
            raise _media_error(error, path) from None
        if readback != data:
            raise KioskError("export.readback_failed", f"{path}: the file read back differs "
                             "from what was written; the USB stick may be faulty")
        verify_export(readback, election, self.package.authority)
        if box.read_only:  # a read-only station folder: the file is written, not recorded
            return [path]
        entry = self.audit.entry(AuditEvent.EXPORT_WRITTEN, {
            "file": path.name, "first_seq": first, "last_seq": head.seq, "full": full,
            "test": test})
        box.record_export({
            "first_seq": first, "last_seq": head.seq, "head_hash": head.hash,
            "file_hash": sha256(data).hex(), "file_name": path.name, "created_at": created,
            "full": int(full), "test": int(test)}, entry)
        self.audit.advance(entry)
        return [path]
