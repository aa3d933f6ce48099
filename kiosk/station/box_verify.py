"""Check a station's ballot box from its own bytes: record chain and signatures, audit chain."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.crypto.hashing import sha256
from kiosk.domain.tracking import tracking_code
from kiosk.station.chain import AUDIT_TYPE, RECORD_TYPE

if TYPE_CHECKING:
    from kiosk.station.service import StationService


@dataclass
class BoxReport:
    ok: bool
    ballots: int
    test_ballots: int
    audit_entries: int
    tracking_codes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _check_chain(rows, key, genesis: bytes, kind: str, expected: dict,
                 problems: list[str]) -> list[bytes]:
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
        if fields.get("seq") != seq or fields.get("prev") != prev.hex():
            problems.append(f"{label}: does not chain to {kind} {seq - 1}")
        for name, value in expected.items():
            if fields.get(name) != value:
                problems.append(f"{label}: {name} is {fields.get(name)!r}, expected {value!r}")
        prev = row.hash
        hashes.append(row.hash)
        if len(problems) > 20:
            problems.append("... more problems not listed")
            return hashes
    return hashes


def verify_box(service: StationService) -> BoxReport:
    box, key = service.box, service.identity.key.public
    problems: list[str] = []
    station = service.station_id
    hashes = _check_chain(box.iter_records(), key, service._head_genesis(), "record",
                          {"type": RECORD_TYPE, "election": service.election.id,
                           "station": station, "test": False}, problems)
    test_hashes = _check_chain(box.iter_records(test=True), key, service._head_genesis(True),
                               "test record", {"type": RECORD_TYPE, "election": service.election.id,
                                               "station": station, "test": True}, problems)
    audit_hashes = _check_chain(box.iter_audit(), key, b"\0" * 32, "audit entry",
                                {"type": AUDIT_TYPE, "station": station}, problems)
    return BoxReport(not problems, len(hashes), len(test_hashes), len(audit_hashes),
                     [tracking_code(h) for h in hashes], problems)
