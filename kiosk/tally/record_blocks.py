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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

BLOCK_RECORDS = 4096
HASH_BYTES = 32


def encode_ends(lengths: Iterable[int]) -> bytes:
    """The end offsets of envelopes of these lengths laid end to end, as stored."""
    ends = array("I", accumulate(lengths))
    if sys.byteorder == "big":
        ends.byteswap()
    return ends.tobytes()


def decode_ends(ends_bytes: bytes, blob_length: int, count: int) -> array:
    """The stored end offsets of `count` envelopes filling a blob of `blob_length` bytes;
    ValueError if they do not (a damaged database)."""
    ends = array("I")
    try:
        ends.frombytes(ends_bytes)
    except ValueError:
        raise ValueError("a record block's envelope offsets are damaged") from None
    if sys.byteorder == "big":
        ends.byteswap()
    if len(ends) != count or (ends[-1] if ends else 0) != blob_length:
        raise ValueError("a record block's envelopes do not match its records")
    return ends


def numbered_hashes(first_seq: int, hashes: bytes) -> list[tuple[int, bytes]]:
    """(seq, hash) of consecutive records, from the first seq and the hashes laid end to end."""
    return [(first_seq + i // HASH_BYTES, hashes[i:i + HASH_BYTES])
            for i in range(0, len(hashes), HASH_BYTES)]


def split_envelopes(blob: bytes, ends_bytes: bytes, count: int) -> list[bytes]:
    """The `count` envelopes of a blob and its stored end offsets."""
    out, start = [], 0
    for end in decode_ends(ends_bytes, len(blob), count):
        out.append(blob[start:end])
        start = end
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

    def numbered_hashes(self) -> list[tuple[int, bytes]]:
        """(seq, hash) of each record."""
        return numbered_hashes(self.first_seq, self.hashes)

    def inners(self) -> list[bytes]:
        return split_envelopes(self.inner, self.inner_ends, self.count)

    def outers(self) -> list[bytes | None]:
        if self.outer is None:
            return [None] * self.count
        return split_envelopes(self.outer, self.outer_ends or b"", self.count)

    def rows(self) -> list[tuple[int, bytes, bytes, bytes | None]]:
        """(seq, hash, inner, outer) of each record."""
        return [(seq, digest, inner, outer) for (seq, digest), inner, outer in zip(
            self.numbered_hashes(), self.inners(), self.outers(), strict=True)]


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
            raise ValueError(f"a record hash is {HASH_BYTES} bytes")
        with_outer = sum(o is not None for o in outers)
        if with_outer not in (0, len(outers)):
            raise ValueError("either every record of a block has an outer envelope or none")
        blocks.append(RecordBlock(
            station_id, seqs[0], b"".join(hashes), b"".join(inners),
            encode_ends(map(len, inners)), b"".join(outers) if with_outer else None,
            encode_ends(map(len, outers)) if with_outer else None))
    return blocks

