"""A forked station: two copies of one station's chain (a copied station folder that synced or
exported first, and the genuine one) — never silently first-come.

- **Detection** (`check_continuity`, called by `kiosk.tally.importer.commit_into` for every
  file): a file whose records, or the link before its first record, differ from what the tally
  holds for that station reveals a fork at the first record the two copies disagree on. The
  file is refused (`tally.conflict`), and the fork is recorded all the same (the refusal's
  `sighting`, written where the refusal is logged): copy A is what the tally took first, copy
  B the file that disagreed.
- **Both refused from the fork point on**: while the fork is open, every file of that station
  that reaches the fork point is refused (`tally.forked`), whichever copy it comes from, and the
  count sets aside copy A's records from the fork point on (status `fork`: counted and reported
  by reason, never opened — not even their outer envelopes). Records before it are the same in
  both copies and count.
- **Resolution** (`resolve_fork`, `kiosk tally resolve-fork`): the election office decides
  which copy is genuine, with the station's own evidence (its `kiosk box verify` and audit log),
  and gives an export file of the copy it keeps (`kiosk export --all` on that station) — or
  keeps neither. Keeping copy B takes copy A's files out of the ballot tables (they stay in the
  published record, under forks/) and imports the file. The decision, with the officials'
  evidence note, goes into results.json; afterwards the copy not kept stays refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.errors import KioskError
from kiosk.tally.file_check import CheckedExport, ImportRefused
from kiosk.tally.store import IntakeTransaction, StationRow
from kiosk.tally.store.fork_rows import KEPT_A, KEPT_B, KEPT_NEITHER, ForkRow

CONFLICT = "tally.conflict"  # the file that revealed a fork
FORKED = "tally.forked"  # any later file of a forked station that reaches the fork point
CALL_OFFICE = ("the election office decides which copy is genuine (kiosk tally resolve-fork)")


@dataclass(frozen=True)
class Sighting:
    """What a refused file showed: the two copies differ at `fork_seq`."""

    station_id: str
    fork_seq: int
    stored_hash: str
    other_hash: str
    file_hash: str

    def values(self) -> dict:
        return {"station_id": self.station_id, "fork_seq": self.fork_seq,
                "stored_hash": self.stored_hash, "other_hash": self.other_hash,
                "file_hash": self.file_hash}


class ForkRefused(ImportRefused):
    """A refusal because two copies claim the station; `sighting` is recorded with it."""

    def __init__(self, message_id: str, text: str, sighting: Sighting | None = None) -> None:
        super().__init__(message_id, text)
        self.sighting = sighting


def first_difference(tx: IntakeTransaction, checked: CheckedExport, row: StationRow
                     ) -> tuple[int, bytes, bytes] | None:
    """(seq, the tally's hash, the file's hash) of the first record where the file and the
    tally's chain of this station differ, or None. The link before the file's first record
    counts: it is the file's word for record first - 1. A file that just continues the chain
    is checked against the station's head (no query: the common case of every sync batch)."""
    first, last, known = checked.first_seq, checked.last_seq, row.last_seq
    if first > known + 1:
        return None
    if first == known + 1:
        if known >= 1 and checked.prev_hash != row.head_hash:
            return known, row.head_hash, checked.prev_hash
        return None
    low, high = max(first - 1, 1), min(last, known)
    stored = tx.record_hashes(checked.station_id, low, high)
    theirs = dict(checked.hashes()[: high - first + 1])
    if first - 1 >= 1:
        theirs[first - 1] = checked.prev_hash
    for seq in range(low, high + 1):
        if seq in stored and seq in theirs and stored[seq] != theirs[seq]:
            return seq, stored[seq], theirs[seq]
    return None


def check_continuity(tx: IntakeTransaction, checked: CheckedExport, row: StationRow | None
                     ) -> None:
    """Refuse a file that disagrees with the station's chain, or reaches the fork point of a
    station two copies claim (see the module's description)."""
    if row is None:
        return
    station = checked.short_id
    fork = tx.fork(checked.station_id)
    differs = first_difference(tx, checked, row)
    if fork is None:
        if differs is None:
            return
        seq, ours, theirs = differs
        what = (f"record {seq + 1} does not chain to record {seq} already imported"
                if seq == checked.first_seq - 1 else
                f"record {seq} differs from the record {seq} already imported")
        raise ForkRefused(CONFLICT, f"station {station}: {what}: two copies of this "
                          "station's chain exist (a copied station folder?); both are set "
                          f"aside from record {seq} on until {CALL_OFFICE}",
                          Sighting(checked.station_id, seq, ours.hex(), theirs.hex(),
                                   checked.file_hash))
    if differs is not None and (fork.is_open and differs[0] < fork.fork_seq):
        seq, ours, theirs = differs  # the copies part earlier than seen so far
        raise ForkRefused(FORKED, f"station {station}: two copies of this station's chain "
                          f"disagree from record {seq} on; both are set aside from there "
                          f"until {CALL_OFFICE}",
                          Sighting(checked.station_id, seq, ours.hex(), theirs.hex(),
                                   checked.file_hash))
    if fork.is_open and checked.last_seq >= fork.fork_seq:
        copy = _which_copy(fork, checked)
        raise ForkRefused(FORKED, f"station {station}: two copies of this station's chain "
                          f"disagree from record {fork.fork_seq} on (this file is {copy}); "
                          f"both are set aside from there until {CALL_OFFICE}")
    if fork.resolution == KEPT_NEITHER and checked.last_seq >= fork.fork_seq:
        raise ForkRefused(FORKED, f"station {station}: the election office kept neither copy "
                          f"of this station's chain from record {fork.fork_seq} on; records "
                          "from there are not accepted")
    if differs is not None:
        raise ForkRefused(FORKED, f"station {station}: record {differs[0]} differs from the "
                          "record the election office ruled genuine (this copy of the "
                          "station's chain was not kept)")


def _which_copy(fork: ForkRow, checked: CheckedExport) -> str:
    theirs = dict(checked.hashes())
    if checked.first_seq - 1 >= 1:
        theirs[checked.first_seq - 1] = checked.prev_hash
    digest = theirs.get(fork.fork_seq)
    if digest is None:
        return "from after that record"
    return {fork.stored_hash: "copy A, imported first",
            fork.other_hash: "copy B"}.get(digest.hex(), "a third copy")


def fork_set_aside(forks: list[ForkRow]) -> dict[str, int]:
    """station id -> the first record the count sets aside as `fork` (open forks, and forks
    where neither copy was kept)."""
    return {f.station_id: f.fork_seq for f in forks if f.sets_aside}


def fork_entry(fork: ForkRow, files_taken_out: list[dict]) -> dict:
    """A fork as results.json and the officials' views report it."""
    return {"station": fork.station_id, "fork_seq": fork.fork_seq,
            "copy_a": fork.stored_hash, "copy_b": fork.other_hash,
            "detected_at": fork.detected_at, "revealed_by": fork.file_hash,
            "resolution": fork.resolution or "open", "kept_file": fork.kept_file,
            "evidence": fork.evidence, "resolved_at": fork.resolved_at,
            "files_not_kept": [f["file_hash"] for f in files_taken_out
                               if f["station_id"] == fork.station_id]}


class ForkError(KioskError):
    pass


__all__ = ["CONFLICT", "FORKED", "KEPT_A", "KEPT_B", "KEPT_NEITHER", "ForkError",
           "ForkRefused", "Sighting", "check_continuity", "fork_entry", "fork_set_aside"]
