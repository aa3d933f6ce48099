"""How the tally keeps the export files it accepted: packed where it can, as received otherwise.

Every record's sealed envelopes are stored once, in tally_record_blocks, for counting. A file whose
record bodies are all in canonical form (every station writes them so; see
`kiosk.ledger.records.RecordShape`) is kept *packed*: its header line, its signature line and
each record's 64-byte signature — the record lines themselves are rebuilt from the stored
envelopes when the file is published, byte for byte, and `publish` checks each rebuilt file's
SHA-256 against the hash of the file as received. Any other file is kept as received.

Why: a record line carries its envelopes again, base64 inside base64url (~2.4 KB a ballot).
Writing every file whole made the import's single writer write ~3.6 KB per ballot; packed, it
writes ~1.2 KB (measured: the writer's CPU per ballot fell from ~19 µs to ~9 µs).

Packed form: header line "\\n" signature line "\\n" then the records' signatures, 64 bytes each,
in sequence order.

After `kiosk tally destroy-outer` the record blocks hold each outer envelope's SHA-256 instead
of the envelope (kiosk.tally.outer_destroy), and a file kept as received is kept without its
outer envelopes (STRIPPED): either way only the published form (`strip_outer`) can be rebuilt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from kiosk.crypto.hashing import sha256
from kiosk.ledger.export_file import VerifiedExport
from kiosk.ledger.records import RecordShape, outer_hash, record_line

AS_RECEIVED = "as-received"
PACKED = "packed"
STRIPPED = "stripped"  # as received, less its outer envelopes (after destroy-outer)
SIGNATURE_BYTES = 64


class RebuildError(ValueError):
    """A packed file cannot be rebuilt from what the database holds."""


def pack(data: bytes, verified: VerifiedExport) -> bytes | None:
    """The packed form of a verified file, or None if it must be kept as received."""
    if any(r.sealed is None or len(r.sig) != SIGNATURE_BYTES for r in verified.records):
        return None
    header_end = data.index(b"\n")
    trailer_start = data.rindex(b"\n", 0, len(data) - 1) + 1
    return b"".join((data[:header_end], b"\n", data[trailer_start:-1], b"\n",
                     b"".join(r.sig for r in verified.records)))


def unpack(packed: bytes, records: Iterable[tuple[int, bytes, bytes, bytes | None]],
           election_id: str, station_id: str, with_outer: bool = True,
           outer_is_hash: bool = False) -> bytes:
    """The file as received (`with_outer`) or as published (without outer envelopes), from
    its packed form and its records' (seq, hash, inner, outer) in sequence order — outer the
    envelope's hash instead after destroy-outer (`outer_is_hash`: as published only);
    RebuildError if they do not fit together."""
    header_line, trailer_line, signatures = packed.split(b"\n", 2)
    header = json.loads(header_line)
    shape = RecordShape(election_id, station_id, header.get("test") is True)
    prev, seq = bytes.fromhex(header["prev_hash"]), header["first_seq"]
    parts = [header_line, b"\n"]
    count = 0
    for count, (stored_seq, digest, inner, outer) in enumerate(records, start=1):
        signed_outer = outer if outer_is_hash else outer_hash(outer)
        body = shape.body(inner, signed_outer, prev, seq)
        if stored_seq != seq or sha256(body) != digest:
            raise RebuildError(f"record {seq} of station {station_id[:4]} does not match its "
                               "stored hash")
        offset = (count - 1) * SIGNATURE_BYTES
        parts += [record_line(body, signatures[offset:offset + SIGNATURE_BYTES],
                              outer if with_outer and not outer_is_hash else None), b"\n"]
        prev, seq = digest, seq + 1
    if count != header["count"] or len(signatures) != count * SIGNATURE_BYTES:
        raise RebuildError(f"station {station_id[:4]}: the database holds {count} of the "
                           f"file's {header['count']} records")
    parts += [trailer_line, b"\n"]
    return b"".join(parts)
