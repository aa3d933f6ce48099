"""Check a station's ballot box from its own bytes: record chains and signatures, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.tracking import tracking_code
from kiosk.ledger.chain import AUDIT_GENESIS, AUDIT_TYPE, RECORD_TYPE
from kiosk.ledger.links import check_stored_chain
from kiosk.station.ballot_chain import BallotChain


@dataclass
class BoxReport:
    ok: bool
    ballots: int
    test_ballots: int
    audit_entries: int
    tracking_codes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def verify_box(chain: BallotChain) -> BoxReport:
    box, key, station = chain.box, chain.key.public, chain.station_id
    problems: list[str] = []

    def records(test: bool) -> list[bytes]:
        return check_stored_chain(
            box.iter_records(test=test), key, chain.genesis(test),
            "test record" if test else "record",
            {"type": RECORD_TYPE, "election": chain.election_id, "station": station,
             "test": test}, problems)

    hashes, test_hashes = records(False), records(True)
    audit_hashes = check_stored_chain(box.iter_audit(), key, AUDIT_GENESIS, "audit entry",
                                      {"type": AUDIT_TYPE, "station": station}, problems)
    return BoxReport(not problems, len(hashes), len(test_hashes), len(audit_hashes),
                     [tracking_code(h) for h in hashes], problems)
