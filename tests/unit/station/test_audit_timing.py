"""The station's audit log never times a voter's session more finely than its ballot."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from kiosk.clock import use_clock
from kiosk.domain.audit import VOTER_SESSION_EVENTS, AuditEvent
from kiosk.domain.ballot import Ballot
from kiosk.ledger.chain import AUDIT_GENESIS, ChainHead, audit_body
from kiosk.station import StationService
from tests.fakes.clock import FakeClock

ODD_SECOND = datetime(2027, 4, 21, 14, 3, 37, 512000, tzinfo=UTC)  # voting is open


@pytest.mark.parametrize("event", sorted(VOTER_SESSION_EVENTS))
def test_every_voter_session_event_is_timed_to_the_minute(event):
    body = audit_body("st", ChainHead(0, AUDIT_GENESIS), event, {}, now=ODD_SECOND)
    assert body["at"] == "2027-04-21T14:03:00+00:00"


def test_staff_events_keep_their_seconds():
    body = audit_body("st", ChainHead(0, AUDIT_GENESIS), "polls_opened", {}, now=ODD_SECOND)
    assert body["at"] == "2027-04-21T14:03:37+00:00"


def test_the_session_before_a_ballot_is_no_finer_than_the_ballot(example_world):
    with use_clock(FakeClock(ODD_SECOND)), \
            StationService.open(example_world["stations"][0]) as station:
        station.open_polls()
        ticket = station.start_session("sv")
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        station.abandon_session(station.start_session("sv"))
        bodies = [json.loads(e.body) for e in station.box.iter_audit()]
    by_event = {}
    for body in bodies:
        by_event.setdefault(body["event"], []).append(body["at"])
    assert by_event["polls_opened"][-1].endswith(":37+00:00")  # the clock really was odd
    session_events = {AuditEvent.SESSION_STARTED, AuditEvent.BALLOT_CAST,
                      AuditEvent.SESSION_ABANDONED}
    for event in session_events:
        assert by_event[event], event
        for at in by_event[event]:
            assert datetime.fromisoformat(at).second == 0, (event, at)
    # the session entry right before the ballot carries exactly the ballot's time
    cast_index = next(i for i, b in enumerate(bodies) if b["event"] == "ballot_cast")
    assert bodies[cast_index - 1]["event"] == "session_started"
    assert bodies[cast_index - 1]["at"] == bodies[cast_index]["at"]
