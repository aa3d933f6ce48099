"""Check a station's ballot box from its own bytes: record chain and signatures, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.domain.tracking import tracking_code
from kiosk.ledger.chain import AUDIT_GENESIS, AUDIT_TYPE, RECORD_TYPE
from kiosk.ledger.links import check_stored_chain

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


def verify_box(service: StationService) -> BoxReport:
    box, key = service.box, service.identity.key.public
    problems: list[str] = []
    station = service.station_id
    hashes = check_stored_chain(box.iter_records(), key, service._head_genesis(), "record",
                          {"type": RECORD_TYPE, "election": service.election.id,
                           "station": station, "test": False}, problems)
    test_hashes = check_stored_chain(box.iter_records(test=True), key, service._head_genesis(True),
                               "test record", {"type": RECORD_TYPE, "election": service.election.id,
                                               "station": station, "test": True}, problems)
    audit_hashes = check_stored_chain(box.iter_audit(), key, AUDIT_GENESIS, "audit entry",
                                {"type": AUDIT_TYPE, "station": station}, problems)
    return BoxReport(not problems, len(hashes), len(test_hashes), len(audit_hashes),
                     [tracking_code(h) for h in hashes], problems)
