"""Ballot records as the tally stores them: in blocks of consecutive records of one station.

One database row holds up to BLOCK_RECORDS records: their hashes (32 bytes each, one after
another), their sealed inner envelopes one after another with each one's end offset, and their
sealed outer envelopes likewise (or none, in an election that does not identify voters).
Offsets are unsigned 32-bit little-endian integers.

Why blocks: a row per record made the import's one writer bind and insert a million rows and
keep a (station, seq) index entry for each; measured on 1M ballots, that cost the writer about
7 s of CPU and the whole import about 11 s of wall time on two cores, because the writer takes
CPU from the processes that verify signatures. A count reads the envelopes back the same way,
a block at a time. Record-level questions (a record's hash, a station's records first..last)
are answered from the blocks that cover them.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

BLOCK_RECORDS = 4096
HASH_BYTES = 32


def _ends(blobs: Sequence[bytes]) -> bytes:
    ends = array("I", accumulate(map(len, blobs)))
    if sys.byteorder == "big":
        ends.byteswap()
    return ends.tobytes()


def end_offsets(ends_bytes: bytes) -> array:
    """The end offsets as stored (unsigned 32-bit little-endian), as an array."""
    ends = array("I")
    ends.frombytes(ends_bytes)
    if sys.byteorder == "big":
        ends.byteswap()
    return ends


def _split(blob: bytes, ends_bytes: bytes) -> list[bytes]:
    ends = end_offsets(ends_bytes)
    out, start = [], 0
    for end in ends:
        out.append(blob[start:end])
        start = end
    if start != len(blob):
        raise ValueError("a record block's envelopes do not match their offsets")
    return out


@dataclass(frozen=True)
class RecordBlock:
    """Records first_seq, first_seq + 1, … of one station, as stored."""

    station_id: str
    first_seq: int
    hashes: bytes
    inner: bytes
    inner_ends: bytes
    outer: bytes | None = None
    outer_ends: bytes | None = None

    @property
    def count(self) -> int:
        return len(self.hashes) // HASH_BYTES

    @property
    def last_seq(self) -> int:
        return self.first_seq + self.count - 1

    def hash_list(self) -> list[bytes]:
        hashes = self.hashes
        return [hashes[i:i + HASH_BYTES] for i in range(0, len(hashes), HASH_BYTES)]

    def inners(self) -> list[bytes]:
        inners = _split(self.inner, self.inner_ends)
        if len(inners) != self.count:
            raise ValueError("a record block holds more hashes than envelopes")
        return inners

    def outers(self) -> list[bytes | None]:
        if self.outer is None:
            return [None] * self.count
        outers = _split(self.outer, self.outer_ends or b"")
        if len(outers) != self.count:
            raise ValueError("a record block holds more hashes than envelopes")
        return outers

    def rows(self) -> list[tuple[int, bytes, bytes, bytes | None]]:
        """(seq, hash, inner, outer) of each record."""
        return list(zip(range(self.first_seq, self.last_seq + 1), self.hash_list(),
                        self.inners(), self.outers(), strict=True))


def make_blocks(station_id: str,
                rows: Sequence[tuple[int, bytes, bytes, bytes | None]]) -> list[RecordBlock]:
    """Blocks for a station's records (seq, hash, inner, outer), consecutive and in order."""
    blocks = []
    for start in range(0, len(rows), BLOCK_RECORDS):
        part = rows[start:start + BLOCK_RECORDS]
        seqs, hashes, inners, outers = zip(*part, strict=True)
        if seqs != tuple(range(seqs[0], seqs[0] + len(seqs))):
            raise ValueError("a block's records must be consecutive")
        if any(len(h) != HASH_BYTES for h in hashes):
            raise ValueError("a record hash is 32 bytes")
        with_outer = sum(o is not None for o in outers)
        if with_outer not in (0, len(outers)):
            raise ValueError("either every record of a block has an outer envelope or none")
        blocks.append(RecordBlock(
            station_id, seqs[0], b"".join(hashes), b"".join(inners), _ends(inners),
            b"".join(outers) if with_outer else None, _ends(outers) if with_outer else None))
    return blocks


def split_envelopes(blob: bytes, ends: bytes) -> list[bytes]:
    """The envelopes of a block's (or a part's) blob and end offsets."""
    return _split(blob, ends)

