"""`StationService.record_lna`: a station keeps only a result signed by its election's tally
key, for its package and naming it; about the test ballots it holds while in test mode; never
an older result over a newer one. The zero report then carries it."""

from __future__ import annotations

import pytest

from kiosk.crypto.keys import SigningKey
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import PollsError
from kiosk.ledger.lna_result import LnaResultError, make_lna_result
from kiosk.package.authority_keys import load_tally
from kiosk.station import StationService
from tests.conftest import make_world


def result(key, station, *, election, package_hash, passed=True, head="",
           at="2027-03-30T10:00:00+00:00"):
    return make_lna_result(key, election=election, package_hash=package_hash,
                           deck_sha256="d" * 64, checked_at=at,
                           stations=[{"station": station, "label": "L", "passed": passed,
                                      "ballots": 3, "test_head": head}])


def test_only_a_genuine_result_for_this_station_is_kept(tmp_path):
    world = make_world(tmp_path)
    tally = load_tally(world["tally_key"], world["passphrase"])
    with StationService.open(world["station"]) as station:
        me, election = station.station_id, station.election.id
        package_hash = station.package.package_hash
        station.set_test_mode(True)
        station.open_polls()
        ticket = station.start_session()
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        station.close_polls()
        head = station.chain.head(True).hash.hex()
        good = dict(election=election, package_hash=package_hash, head=head)
        refused = {
            "not signed by this election's tally key": result(SigningKey.generate(), me, **good),
            "another election": result(tally.sign, me, **{**good, "election": "other"}),
            "another election package": result(tally.sign, me, **{**good,
                                                                  "package_hash": "0" * 64}),
            "does not name this station": result(tally.sign, "X" * 20, **good),
            "other test ballots": result(tally.sign, me, **{**good, "head": "ab" * 32}),
        }
        for said, data in refused.items():
            with pytest.raises(LnaResultError, match=said):
                station.record_lna(data)
        assert station.polls_report("zero")["lna"] is None
        kept = station.record_lna(result(tally.sign, me, **good))
        assert kept.passed and kept.ballots == 3
        with pytest.raises(LnaResultError, match="older than the one the station already"):
            station.record_lna(result(tally.sign, me, **good, passed=False,
                                      at="2027-03-29T10:00:00+00:00"))
        station.set_test_mode(False)  # the test ballots go; the record stays
        report = station.polls_report("zero")
        assert report["lna"]["passed"] is True and report["lna"]["ballots"] == 3
        newer = station.record_lna(result(tally.sign, me, **good, passed=False,
                                          at="2027-03-31T10:00:00+00:00"))
        assert not newer.passed and station.polls_report("zero")["lna"]["passed"] is False


def test_a_failed_test_keeps_the_polls_closed_until_a_new_one_passes(tmp_path):
    """A station whose L&A failed takes no real ballots; test mode stays open to test again."""
    world = make_world(tmp_path)
    tally = load_tally(world["tally_key"], world["passphrase"])
    with StationService.open(world["station"]) as station:
        me, election = station.station_id, station.election.id
        package_hash = station.package.package_hash
        station.set_test_mode(True)
        station.open_polls()
        station.cast_ballot(station.start_session(), Ballot.of(["p1"]))
        station.close_polls()
        head = station.chain.head(True).hash.hex()
        good = dict(election=election, package_hash=package_hash, head=head)
        station.record_lna(result(tally.sign, me, **good, passed=False))
        station.set_test_mode(False)
        with pytest.raises(PollsError, match="logic-and-accuracy test failed") as error:
            station.open_polls()
        assert error.value.message_id == "polls.lna_failed"
        assert station.status().polls == "closed"  # nothing changed
        station.set_test_mode(True)
        station.open_polls()  # test mode opens: the deck can be cast again
        station.cast_ballot(station.start_session(), Ballot.of(["p1"]))
        station.close_polls()
        again = dict(good, head=station.chain.head(True).hash.hex())
        station.record_lna(result(tally.sign, me, **again, at="2027-03-31T10:00:00+00:00"))
        station.set_test_mode(False)
        assert station.open_polls() == "open"
