"""The link check: does an entry stand at its place in its chain? Shared by the station's box
verification (kiosk.station.box_verify), export verification (kiosk.ledger.export_file), which
the tally's import runs on every file before it stores anything, and the import's check that a
file continues the records it already holds of that station (kiosk.tally.importer)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import VerifyKey
from kiosk.ledger.chain import SignedEntry

MAX_PROBLEMS = 20


def link_break(fields: dict, seq: int, prev: bytes, kind: str = "record") -> str | None:
    """Why an entry's body does not stand at place `seq` after the hash `prev`, or None."""
    if fields.get("seq") != seq:
        return (f"{kind} {fields.get('seq')} stands where {kind} {seq} belongs (a {kind} was "
                "dropped, duplicated or moved)")
    if fields.get("prev") != prev.hex():
        return f"{kind} {seq} does not chain to {kind} {seq - 1}"
    return None


def continuation_break(first: int, prev: bytes, known_seq: int, known_head: bytes) -> str | None:
    """Why records from `first` on, chained to `prev`, do not continue a chain already known up
    to record `known_seq` with hash `known_head`, or None (they start later or overlap: the
    caller checks gaps and overlapping records)."""
    if first == known_seq + 1 and known_seq > 0 and prev != known_head:
        return f"record {first} does not chain to record {known_seq}"
    return None


def check_stored_chain(rows: Iterable[SignedEntry], key: VerifyKey, genesis: bytes, kind: str,
                       expected: dict, problems: list[str]) -> list[bytes]:
    """Walk a stored chain from its genesis: numbering, hashes, signatures, links and the
    fields every entry must carry. Appends what is wrong to `problems`; returns the hashes of
    the entries walked."""
    prev, hashes = genesis, []
    for seq, row in enumerate(rows, start=1):
        label = f"{kind} {row.seq}"
        if row.seq != seq:
            problems.append(f"{label}: expected {kind} {seq} (a {kind} is missing)")
            return hashes
        if sha256(row.body) != row.hash:
            problems.append(f"{label}: its stored hash does not match its content")
        if not key.verify(row.sig, row.body):
            problems.append(f"{label}: the station signature does not verify")
        try:
            fields = json.loads(row.body)
        except ValueError:
            problems.append(f"{label}: the content is not readable")
            return hashes
        broken = link_break(fields, seq, prev, kind) if isinstance(fields, dict) else \
            "the content is not an entry"
        if broken:
            problems.append(f"{label}: {broken}")
        if isinstance(fields, dict) and "outer_hash" in fields:  # a version 2 ballot record
            outer = getattr(row, "outer", None)
            if fields["outer_hash"] != (None if outer is None else sha256(outer).hex()):
                problems.append(f"{label}: its outer envelope is not the one it signed")
        for name, value in expected.items():
            if isinstance(fields, dict) and fields.get(name) != value:
                problems.append(f"{label}: {name} is {fields.get(name)!r}, expected {value!r}")
        prev = row.hash
        hashes.append(row.hash)
        if len(problems) > MAX_PROBLEMS:
            problems.append("... more problems not listed")
            return hashes
    return hashes
