"""Paper ballots keyed twice at the station: agree → one sealed paper ballot; disagree →
nothing sealed until a third look agrees; a sheet number once; identities like touch voters."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kiosk.crypto.canonical import unb64
from kiosk.crypto.sealing import open_sealed
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import BallotError, EligibilityError
from kiosk.domain.paper import PaperEntry, PaperError, checked_entry, parse_choices, parse_sheet
from kiosk.domain.random_ballots import random_personnummer
from kiosk.ledger.envelopes import read_inner
from kiosk.package.authority_keys import load_tally
from kiosk.station import StationService
from tests.conftest import make_world


def entry(sheet: int, *chosen: str, language: str = "sv", identity: str = "") -> PaperEntry:
    return PaperEntry(sheet, Ballot.of(list(chosen)), language, identity)


def spoiled(sheet: int, identity: str = "") -> PaperEntry:
    return PaperEntry(sheet, None, "sv", identity)


@pytest.fixture
def world(tmp_path):
    return make_world(tmp_path)


@pytest.fixture
def station(world):
    with StationService.open(world["stations"][0]) as service:
        service.open_polls()
        yield service


def inner_envelopes(world, station) -> list[dict]:
    """The opened inner envelopes of the station's official records, with the tally key."""
    keys = load_tally(world["tally_key"], world["passphrase"])
    out = []
    for record in station._run(lambda: list(station.box.iter_records())):
        sealed = unb64(json.loads(record.body)["inner"])
        out.append(read_inner(open_sealed(keys.seal, "inner", station.election.id, sealed)))
    return out


def test_two_agreeing_entries_seal_one_paper_ballot(world, station):
    assert station.status().ballots == 0
    station.key_paper_first(entry(101, "p1", "p2"))
    assert station.status().ballots == 0  # nothing sealed after one keying
    outcome = station.key_paper_second(entry(101, "p2", "p1"))
    assert outcome.sealed and outcome.receipt.seq == 1
    assert station.status().ballots == 1
    [inner] = inner_envelopes(world, station)
    assert inner["channel"] == "paper" and inner["choices"] == ["p1", "p2"]
    assert "spoiled" not in inner and inner["assisted"] is False
    assert station.paper_waiting() == {"second": [], "third": []}


def test_touch_ballots_carry_no_channel(world, station):
    ticket = station.start_session()
    station.cast_ballot(ticket, Ballot.of(["p1"]))
    [inner] = inner_envelopes(world, station)
    assert "channel" not in inner and "spoiled" not in inner


def test_disagreement_seals_nothing_until_a_third_look_agrees(world, station):
    station.key_paper_first(entry(7, "p1"))
    outcome = station.key_paper_second(entry(7, "p1", "p2"))
    assert not outcome.sealed and outcome.differences == ["choices"]
    assert outcome.first.ballot == Ballot.of(["p1"])
    assert outcome.second.ballot == Ballot.of(["p1", "p2"])
    assert station.status().ballots == 0
    assert station.paper_waiting() == {"second": [], "third": [7]}
    again = station.resolve_paper(entry(7, "p3"))  # agrees with neither
    assert not again.sealed and station.status().ballots == 0
    final = station.resolve_paper(entry(7, "p1", "p2"))  # agrees with entry 2
    assert final.sealed and station.status().ballots == 1
    [inner] = inner_envelopes(world, station)
    assert inner["choices"] == ["p1", "p2"]
    with pytest.raises(PaperError) as caught:
        station.resolve_paper(entry(7, "p1"))
    assert caught.value.message_id == "paper.not_disputed"


def test_language_differences_count_too(station):
    station.key_paper_first(entry(8, "p1", language="sv"))
    outcome = station.key_paper_second(entry(8, "p1", language="en"))
    assert outcome.differences == ["language"] and station.status().ballots == 0


def test_a_sheet_number_is_keyed_once(station):
    station.key_paper_first(entry(5, "p1"))
    with pytest.raises(PaperError, match="waits for its second keying"):
        station.key_paper_first(entry(5, "p2"))
    station.key_paper_second(entry(5, "p1"))
    with pytest.raises(PaperError) as caught:
        station.key_paper_first(entry(5, "p1"))
    assert caught.value.message_id == "paper.sheet_keyed"
    assert str(caught.value) == ("sheet 5 has already been keyed in this election; a sheet "
                                 "number is keyed once")
    assert station.status().ballots == 1


def test_sheet_register_survives_a_restart_and_holds_no_plain_number(world):
    with StationService.open(world["stations"][0]) as station:
        station.open_polls()
        station.key_paper_first(entry(424242, "p1"))
        station.key_paper_second(entry(424242, "p1"))
    db = sqlite3.connect(Path(world["stations"][0]) / "station.db")
    tags = db.execute("SELECT tag FROM paper_sheets").fetchall()
    db.close()
    assert len(tags) == 1 and b"424242" not in tags[0][0] and len(tags[0][0]) == 32
    with StationService.open(world["stations"][0]) as station, \
            pytest.raises(PaperError, match="already been keyed"):
        station.key_paper_first(entry(424242, "p2"))


def test_spoiled_sheet_is_sealed_as_spoiled_without_choices(world, station):
    station.key_paper_first(spoiled(9))
    outcome = station.key_paper_second(spoiled(9))
    assert outcome.sealed
    [inner] = inner_envelopes(world, station)
    assert inner["spoiled"] is True and inner["choices"] == [] and inner["channel"] == "paper"


def test_spoiled_against_choices_is_a_disagreement(station):
    station.key_paper_first(spoiled(10))
    assert station.key_paper_second(entry(10, "p1")).differences == ["choices"]


def test_keying_needs_open_or_paused_polls(station):
    station.pause_polls()
    station.key_paper_first(entry(1, "p1"))
    station.close_polls()
    with pytest.raises(PaperError, match="the polls are closed"):
        station.key_paper_second(entry(1, "p1"))


def test_entries_are_checked_against_the_rule(station):
    election = station.election
    with pytest.raises(BallotError) as caught:
        parse_choices(election, "p1 p2 p3")  # 550,000 kr of a 500,000 kr budget
    assert caught.value.message_id == "ballot.over_budget"
    with pytest.raises(BallotError, match="no proposal p9"):
        parse_choices(election, "p9")
    with pytest.raises(BallotError, match="gives no points"):
        parse_choices(election, "p1:2")
    assert parse_choices(election, " p2  p1 ") == Ballot.of(["p1", "p2"])
    with pytest.raises(PaperError, match="not a language"):
        checked_entry(election, 3, None, "de")
    for bad in ("0", "-3", "12a", "١٢", "99999999", ""):
        with pytest.raises(PaperError, match="a sheet number is a whole number"):
            parse_sheet(bad)
    assert parse_sheet(" 0042 ") == 42


def test_open_elections_take_no_identity(station):
    with pytest.raises(EligibilityError, match="key no identity"):
        station.key_paper_first(entry(3, "p1", identity="199001011234"))


PNR = 'mode = "personnummer"\nminimum_age = 16'


def test_identity_is_keyed_and_shares_the_touch_register(tmp_path):
    world = make_world(tmp_path, eligibility=PNR)
    person = random_personnummer(random.Random(3), date(2000, 1, 1))
    other = random_personnummer(random.Random(4), date(2000, 1, 1))
    with StationService.open(world["stations"][0]) as station:
        station.open_polls()
        ticket = station.start_session()
        station.check_voter(ticket, person)
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        with pytest.raises(EligibilityError, match="key the personnummer"):
            station.key_paper_first(entry(1, "p1"))
        with pytest.raises(EligibilityError) as caught:
            station.key_paper_first(entry(1, "p1", identity=person))
        assert caught.value.message_id == "eligibility.already_voted_here"
        station.key_paper_first(entry(2, "p2", identity=other))
        # the same person keyed in another form agrees (tokens are compared)
        digits = other.replace("-", "").replace("+", "")
        assert station.key_paper_second(entry(2, "p2", identity=digits)).sealed
        ticket = station.start_session()
        with pytest.raises(EligibilityError):
            station.check_voter(ticket, other)  # the paper voter cannot vote by touch here
        with pytest.raises(EligibilityError):
            station.key_paper_first(entry(3, "p2", identity=person))


def test_the_station_checks_each_entry_against_the_rule(station):
    with pytest.raises(BallotError) as caught:
        station.key_paper_first(entry(11, "p1", "p2", "p3"))
    assert caught.value.message_id == "ballot.over_budget"
    with pytest.raises(PaperError, match="not a language"):
        station.key_paper_first(entry(11, "p1", language="de"))
    with pytest.raises(PaperError, match="a sheet number is a whole number"):
        station.key_paper_first(entry(0, "p1"))
    assert station.paper_waiting() == {"second": [], "third": []}
