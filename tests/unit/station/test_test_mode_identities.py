"""Identities used in test mode: kept in a register of their own and forgotten with the test
ballots, so a real person or code used while testing is never "already voted" afterwards; a
codes station in test mode takes any well-formed code (the test deck's), official mode only
issued ones."""

from __future__ import annotations

import random
from datetime import date

import pytest

from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import EligibilityError
from kiosk.domain.random_ballots import random_personnummer
from kiosk.station import StationService
from tests.conftest import make_world

PERSON = random_personnummer(random.Random(7), date(1990, 1, 1))


def cast(station: StationService, identity: str) -> int:
    ticket = station.start_session()
    station.check_voter(ticket, identity)
    return station.cast_ballot(ticket, Ballot.of(["p1"])).seq


def test_a_test_identity_is_forgotten_when_the_station_goes_official(tmp_path):
    world = make_world(tmp_path, eligibility='mode = "personnummer"\nminimum_age = 16')
    with StationService.open(world["station"]) as station:
        station.set_test_mode(True)
        station.open_polls()
        assert cast(station, PERSON) == 1
        with pytest.raises(EligibilityError, match="already voted"):
            cast(station, PERSON)  # test mode still refuses a second test ballot
        assert station.box.register_size() == 0  # the official register is untouched
        station.close_polls()
        assert station.set_test_mode(False) == 1
        station.open_polls()
        assert cast(station, PERSON) == 1  # the same person votes for real
        with pytest.raises(EligibilityError, match="already voted"):
            cast(station, PERSON)
        station.close_polls()
        station.set_test_mode(True)
        station.open_polls()
        assert cast(station, PERSON) == 1  # an official vote does not block a test one


def test_codes_in_test_mode_need_only_be_well_formed(tmp_path):
    world = make_world(tmp_path, eligibility='mode = "codes"')
    made_up = "K7MA-9XHT-4TNC-HRWA-3PEN"  # well formed, on no issued list
    with StationService.open(world["station"]) as station:
        station.open_polls()
        with pytest.raises(EligibilityError):
            cast(station, made_up)
        station.close_polls()
        station.set_test_mode(True)
        station.open_polls()
        assert cast(station, made_up) == 1
        with pytest.raises(EligibilityError, match="letters and digits"):
            cast(station, "not a code")
        with pytest.raises(EligibilityError, match="typing mistake"):
            cast(station, made_up[:-1] + "K")
