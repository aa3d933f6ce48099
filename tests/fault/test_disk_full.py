"""Disk full: a clear error, polls suspended, the box still verifies, casting resumes later."""

from __future__ import annotations

import random

import pytest

from kiosk.domain.errors import BoxError, PollsError
from kiosk.domain.random_ballots import random_ballot
from kiosk.station import StationService


def test_disk_full_suspends_then_resumes(example_world):
    rng = random.Random(4)
    with StationService.open(example_world["station"]) as station:
        station.open_polls()
        box = station.box
        station._run(box.set_page_limit, station._run(box.page_count) + 3)
        cast, error = 0, None
        for _ in range(5000):
            ticket = station.start_session()
            try:
                station.cast_ballot(ticket, random_ballot(station.election, rng))
                cast += 1
            except BoxError as failure:
                error = failure
                break
        assert error is not None, "the page limit was never reached"
        assert error.message_id == "box.disk_full"
        assert "disk is full" in str(error) and "not saved" in str(error)
        assert station.status().polls == "suspended"
        with pytest.raises(PollsError):
            station.start_session()
        report = station.verify_box()
        assert report.ok and report.ballots == cast

        station._run(box.set_page_limit, None)  # space returns
        assert station.resume_polls() == "open"
        receipt = station.cast_ballot(station.start_session(),
                                      random_ballot(station.election, rng))
        assert receipt.seq == cast + 1
        report = station.verify_box()
        assert report.ok and report.ballots == cast + 1
