"""`kiosk tally resolve-fork`: the election office decides which copy of a forked station's
chain is genuine (see kiosk.tally.forks), in one transaction, recorded for the published
record."""

from __future__ import annotations

from pathlib import Path

from kiosk.package.signed_package import LoadedPackage
from kiosk.tally.file_check import check_export
from kiosk.tally.forks import KEPT_A, KEPT_B, KEPT_NEITHER, ForkError
from kiosk.tally.importer import commit_into
from kiosk.tally.publish import as_received
from kiosk.tally.store import IntakeTransaction, TallyStore
from kiosk.tally.store.fork_rows import ForkRow, fork_of, resolve, rewind_station, take_out_files

MAX_EVIDENCE = 1000
NO_RECORD = b"\0" * 32


def find_fork(store: TallyStore, station: str) -> ForkRow:
    wanted = station.strip().upper()
    matches = [f for f in store.fork_rows() if f.station_id.upper().startswith(wanted)]
    if len(station) < 4 or not matches:
        known = ", ".join(f.station_id[:4] for f in store.fork_rows()) or "none"
        raise ForkError("fork.unknown", f"no forked station {station!r} (at least its first "
                        f"4 characters; forked stations: {known})")
    if len(matches) > 1:
        raise ForkError("fork.ambiguous", f"{station!r} names more than one forked station; "
                        "give more of its id")
    return matches[0]


def resolve_fork(store: TallyStore, package: LoadedPackage, station: str, keep: str,
                 evidence: str) -> dict:
    """`keep`: an export file of the copy to keep, or "none". Returns what was decided."""
    evidence = " ".join(evidence.split())
    if not evidence:
        raise ForkError("fork.no_evidence", "say what the decision rests on (--evidence: e.g. "
                        "the genuine station's box verification and audit log hash)")
    if len(evidence) > MAX_EVIDENCE:
        raise ForkError("fork.no_evidence", f"--evidence is longer than {MAX_EVIDENCE} "
                        "characters; put the details in the minutes and refer to them")
    fork = find_fork(store, station)
    if not fork.is_open:
        raise ForkError("fork.resolved", f"station {fork.station_id[:4]}'s fork was resolved "
                        f"already ({fork.resolution}, {fork.resolved_at})")
    if store.meta()["state"] == "counted":
        raise ForkError("tally.counted", "this election has been counted already; a fork can "
                        "no longer be resolved")
    if keep == "none":
        with store.writing("resolve the fork") as conn:
            resolve(conn, fork.station_id, KEPT_NEITHER, None, evidence)
        return {"station": fork.station_id, "resolution": KEPT_NEITHER, "records": None}
    path = Path(keep)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ForkError("fork.file", f"{path}: cannot read it ({error.strerror})") from None
    checked = check_export(data, package)
    if checked.station_id != fork.station_id:
        raise ForkError("fork.other_station", f"{path} is an export of station "
                        f"{checked.short_id}, not of the forked station "
                        f"{fork.station_id[:4]}")
    hashes = dict(checked.hashes())
    if checked.first_seq > 1:
        hashes[checked.first_seq - 1] = checked.prev_hash
    digest = hashes.get(fork.fork_seq)
    if digest is None:
        raise ForkError("fork.file_short", f"{path} does not hold record {fork.fork_seq}, "
                        "where the copies part; export the kept copy with `kiosk export --all`")
    if digest.hex() == fork.stored_hash:
        resolution = KEPT_A
    elif digest.hex() == fork.other_hash:
        resolution = KEPT_B
    else:
        raise ForkError("fork.third_copy", f"{path}: its record {fork.fork_seq} is in neither "
                        "copy the tally saw")
    originals = {}
    if resolution == KEPT_B:  # copy A's files, rebuilt as received while their records exist
        originals = {row["file_hash"]: as_received(store, package, row)
                     for row in store.file_rows() if row["station_id"] == fork.station_id
                     and row["last_seq"] >= fork.fork_seq}
    with store.writing("resolve the fork") as conn:
        tx = IntakeTransaction(conn)
        if resolution == KEPT_B:
            _moved, cut = take_out_files(conn, fork.station_id, fork.fork_seq, originals)
            if checked.first_seq > cut:
                raise ForkError("fork.file_short", f"{path} starts at record "
                                f"{checked.first_seq}; to replace copy A from record {cut} on "
                                f"it must start at or before it (export the kept copy with "
                                "`kiosk export --all`)")
            head = tx.record_hashes(fork.station_id, cut - 1, cut - 1).get(cut - 1, NO_RECORD)
            rewind_station(conn, fork.station_id, cut - 1, head)
        resolve(conn, fork.station_id, resolution, checked.file_hash, evidence)
        result = commit_into(tx, checked, data, path.name)
        assert fork_of(conn, fork.station_id).resolution == resolution
    return {"station": fork.station_id, "resolution": resolution, "records": result.last_seq,
            "new_records": result.new_records}
