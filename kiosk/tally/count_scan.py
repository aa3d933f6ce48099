"""Steps 1 and 3 of a count (kiosk.tally.counting): the one scan of the stored records.

The scan opens every outer envelope on the workers, finds voter tokens on several records and
applies the duplicate policy (kiosk.tally.dedup), and keeps each record's still sealed inner
envelope for the shuffle (kiosk.tally.count_slots). What it keeps of each record's station,
sequence number and hash is enough to hash the bulletin afterwards (`bulletin_digest`).
"""

from __future__ import annotations

import bisect
import hashlib
from array import array
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from kiosk.tally import envelopes_open as opener
from kiosk.tally.bulk_codes import tracking_codes
from kiosk.tally.dedup import Conflict, Member, TokenIndex, keep_issued, resolve
from kiosk.tally.parallel import Progress, cpu_count, ordered_map
from kiosk.tally.record_blocks import HASH_BYTES, decode_ends
from kiosk.tally.record_format import (
    BULLETIN_HEADER,
    COUNTED,
    DUPLICATE,
    FORK,
    NOT_ISSUED,
    bulletin_lines,
)
from kiosk.tally.store import TallyStore
from kiosk.tally.turnout import HourCounter

CHUNK = 2000  # records per task handed to a worker


class Numbering(dict):
    """Numbers keys 0, 1, 2... in the order they are first looked up."""

    def __missing__(self, key: str) -> int:
        number = self[key] = len(self)
        return number


@dataclass
class Scanned:
    """What the one scan of the records keeps, in the order they were stored (a record's
    position here is its id during the count): for step 2 each record's inner envelope
    (sealed), for the bulletin its station, sequence number and code.

    The inner envelopes stay in their blocks' blobs, found by (blob, start, end): a million
    separate objects scattered over the heap made handing them out in shuffled order cost
    ~3 s of cache misses in the one process that feeds the workers."""

    # (station index, first seq, position of its first record, records) of each block
    blocks: list[tuple[int, int, int, int]] = field(default_factory=list)
    stations: array = field(default_factory=lambda: array("I"))  # index into names
    seqs: array = field(default_factory=lambda: array("q"))
    prefixes: bytearray = field(default_factory=bytearray)  # each hash's first 10 bytes
    names: list[str] = field(default_factory=list)
    inner_blobs: list[bytes] = field(default_factory=list)
    inner_blob: array = field(default_factory=lambda: array("I"))  # index into inner_blobs
    inner_start: array = field(default_factory=lambda: array("I"))
    inner_end: array = field(default_factory=lambda: array("I"))
    # records counted per station and hour (kiosk.tally.turnout), if the scan was asked to
    hours: HourCounter | None = None

    def add_inner(self, blob: bytes, ends: bytes, count: int) -> None:
        """A block's inner envelopes (kiosk.tally.record_blocks: laid end to end, end
        offsets)."""
        stops = decode_ends(ends, len(blob), count)
        self.inner_blob.extend(array("I", [len(self.inner_blobs)]) * count)
        self.inner_start.extend(array("I", [0]) + stops[:-1])
        self.inner_end.extend(stops)
        self.inner_blobs.append(blob)


def first_pass(store: TallyStore, executor, election, excluded: dict[int, str], total: int,
                show_progress: bool, issued: set[bytes] | None,
                fork_from: dict[str, int] | None = None, open_outer: bool = True,
                keep_inner: bool = True, count_hours: bool = False
                ) -> tuple[Scanned, list[Conflict]]:
    """One scan of the records: outer envelopes go to the workers for the duplicate check
    (`open_outer`: the workers hold the outer-envelope key), inner envelopes stay (sealed) for
    the shuffle (`keep_inner`). Records of a forked station from its fork point on
    (`fork_from`: station id -> seq) are set aside as FORK, their envelopes unopened.
    `count_hours`: count the records not set aside by station and hour of cast_at, in
    `scanned.hours` (kiosk.tally.turnout)."""
    scanned = Scanned()
    if count_hours and open_outer:
        scanned.hours = HourCounter(scanned.stations)
    station_index = Numbering()
    fork_from = fork_from or {}

    def outer_chunks():
        """Blocks' outer envelopes with the id of each block's first record, a few blocks (at
        least CHUNK records) per task: envelopes travel as one blob per block."""
        task, size = [], 0
        for block in store.iter_blocks():
            count, first_id = block.count, len(scanned.seqs)
            station = station_index[block.station_id]
            scanned.blocks.append((station, block.first_seq, first_id, count))
            scanned.stations.extend(array("I", [station]) * count)
            scanned.seqs.extend(range(block.first_seq, block.first_seq + count))
            hashes = block.hashes
            scanned.prefixes += np.frombuffer(hashes, dtype=np.uint8) \
                .reshape(-1, HASH_BYTES)[:, :10].tobytes()
            if keep_inner:
                scanned.add_inner(block.inner, block.inner_ends, count)
            keep = count
            if block.station_id in fork_from:
                keep = min(count, max(0, fork_from[block.station_id] - block.first_seq))
                excluded.update(dict.fromkeys(range(first_id + keep, first_id + count), FORK))
            task.append((first_id, count, block.outer, block.outer_ends, keep))
            size += count
            if size >= CHUNK:
                yield task
                task, size = [], 0
        if task:
            yield task

    groups: list[list[tuple[int, int]]] = []
    if open_outer and election.eligibility.has_voter_token:
        groups = _find_duplicates(executor, outer_chunks(), excluded, total, show_progress,
                                  issued, scanned.hours)
    else:
        for _chunk in outer_chunks():
            pass
    scanned.names = sorted(station_index, key=station_index.get)
    names, stations, seqs = scanned.names, scanned.stations, scanned.seqs
    conflicts = resolve([[Member(rid, names[stations[rid]], seqs[rid], cast_at)
                          for rid, cast_at in group] for group in groups],
                        election.duplicate_policy)
    for conflict in conflicts:
        for member in conflict.excluded:
            excluded[member.record_id] = DUPLICATE
            if scanned.hours is not None:
                scanned.hours.remove(member.record_id, member.cast_at)
    return scanned, conflicts


def _find_duplicates(executor, chunks, excluded: dict[int, str], total: int,
                     show_progress: bool, issued: set[bytes] | None,
                     hours: HourCounter | None = None) -> list[list[tuple[int, int]]]:
    """[(record id, cast_at)] of each group of records that share an issued voter token;
    `hours` counts every record whose issued voter token was read (the caller takes the
    duplicates away again)."""
    index = TokenIndex()
    progress = Progress("opening outer envelopes", total, show_progress)
    window = 2 * cpu_count()
    for tokens, packed, problems in ordered_map(executor, opener.open_outer_chunk, chunks,
                                                window):
        progress.advance(len(tokens) + len(problems))
        tokens, packed, not_issued = keep_issued(tokens, packed, issued)
        index.add_many(tokens, packed)
        if hours is not None:
            hours.add(packed)
        excluded.update(problems)
        excluded.update(dict.fromkeys(not_issued, NOT_ISSUED))
    groups = index.groups()
    index.forget()  # the voter tokens end here
    return groups


def record_ids(scanned: Scanned, rows) -> dict[int, str]:
    """{record id: reason} of the (station id, seq, reason) rows the duplicate step stored."""
    starts: dict[str, list[tuple[int, int, int]]] = {}
    for station, first_seq, first_id, count in scanned.blocks:
        starts.setdefault(scanned.names[station], []).append((first_seq, first_id, count))
    for blocks in starts.values():
        blocks.sort()
    out = {}
    for station, seq, reason in rows:
        blocks = starts.get(station, [])
        at = bisect.bisect_right(blocks, (seq, 1 << 62, 0)) - 1
        if at < 0 or not blocks[at][0] <= seq < blocks[at][0] + blocks[at][2]:
            raise ValueError(f"record {seq} of station {station[:4]} was set aside but is not "
                             "in the tally database")
        out[blocks[at][1] + seq - blocks[at][0]] = reason
    return out


def bulletin_digest(scanned: Scanned, excluded: dict[int, str]) -> tuple[str, dict]:
    """SHA-256 of bulletin.csv as `publish` will write it (in station-id byte order, then
    sequence number; not the order files arrived in); records and exclusions per station.

    A block holds consecutive records of one station and no two blocks overlap, so ordering
    the blocks orders the records."""
    names, prefixes = scanned.names, scanned.prefixes
    digest = hashlib.sha256(BULLETIN_HEADER)
    records: Counter = Counter()
    for station, first_seq, start, count in sorted(scanned.blocks,
                                                   key=lambda b: (names[b[0]], b[1])):
        codes = tracking_codes(prefixes[10 * start:10 * (start + count)])
        statuses = [excluded.get(i, COUNTED) for i in range(start, start + count)] \
            if excluded else repeat(COUNTED)
        digest.update(bulletin_lines(codes, names[station], first_seq, statuses))
        records[station] += count
    set_aside: dict[str, Counter] = {}
    for record_id, status in excluded.items():
        set_aside.setdefault(names[scanned.stations[record_id]], Counter())[status] += 1
    per_station = {names[index]: Counter({"records": n, **set_aside.get(names[index], {})})
                   for index, n in records.items()}
    return digest.hexdigest(), per_station


