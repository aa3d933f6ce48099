"""The times the ledger writes (a ballot's cast_at in its outer envelope, an audit entry's time)
come from kiosk.clock, so a test moves a fake clock instead of sleeping; the coarse audit time
still drops the seconds."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace

from kiosk.clock import use_clock
from kiosk.ledger.chain import ChainHead, audit_body
from kiosk.ledger.envelopes import outer_envelope, unpad
from tests.fakes.clock import FakeClock

WHEN = datetime(2031, 1, 2, 3, 4, 5, 678, tzinfo=UTC)


def test_cast_at_is_the_kiosk_clocks_time_to_the_second():
    election = SimpleNamespace(id="e1")
    with use_clock(FakeClock(WHEN)) as clock:
        first = json.loads(unpad(outer_envelope(election, "token")))["cast_at"]
        clock.advance(61)
        later = json.loads(unpad(outer_envelope(election, "token")))["cast_at"]
    assert first == "2031-01-02T03:04:05+00:00"
    assert later == "2031-01-02T03:05:06+00:00"


def test_audit_times_follow_the_kiosk_clock_and_coarse_ones_drop_the_seconds():
    head = ChainHead(0, b"\0" * 32)
    with use_clock(FakeClock(WHEN)):
        fine = audit_body("s1", head, "polls_opened", {})["at"]
        coarse = audit_body("s1", head, "ballot_cast", {}, coarse_time=True)["at"]
    assert fine == "2031-01-02T03:04:05+00:00"
    assert coarse == "2031-01-02T03:04:00+00:00"
