"""The station service: polls, sessions, casting, receipts, the voter register, box verification."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import threading
from concurrent.futures import Future
from datetime import date

import pytest

from kiosk.crypto.canonical import unb64
from kiosk.crypto.hashing import sha256
from kiosk.crypto.sealing import OpenError, open_sealed
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import BallotError, EligibilityError, KioskError, PollsError
from kiosk.domain.random_ballots import random_ballot, random_personnummer
from kiosk.ledger.envelopes import PAD_BLOCK, unpad
from kiosk.package.authority_keys import load_outer, load_tally
from kiosk.station import StationService
from tests.conftest import make_world


def open_station(world: dict, index: int = 0) -> StationService:
    return StationService.open(world["stations"][index])


def test_polls_state_machine_is_audited(example_world):
    with open_station(example_world) as station:
        assert station.status().polls == "closed"
        with pytest.raises(PollsError):
            station.start_session()
        with pytest.raises(PollsError):
            station.pause_polls()
        assert station.open_polls() == "open"
        assert station.pause_polls() == "paused"
        with pytest.raises(PollsError) as error:
            station.start_session()
        assert error.value.message_id == "polls.not_open"
        assert station.resume_polls() == "open"
        assert station.close_polls() == "closed"
        events = [json.loads(e.body)["event"] for e in station.box.iter_audit()]
    assert events[-4:] == ["polls_opened", "polls_paused", "polls_resumed", "polls_closed"]
    with open_station(example_world) as station:  # the state survives a restart
        assert station.status().polls == "closed"


def test_cast_returns_receipt_only_for_a_durable_ballot(example_world):
    with open_station(example_world) as station:
        station.open_polls()
        ticket = station.start_session("sv")
        receipt = station.cast_ballot(ticket, Ballot.of(["p1", "p2"]), language="en")
        assert receipt.seq == 1
    # a separate connection (another process would see the same) finds the record
    db = sqlite3.connect(example_world["stations"][0] + "/station.db")
    assert db.execute("SELECT count(*) FROM records").fetchone()[0] == 1
    with open_station(example_world) as station:
        report = station.verify_box()
    assert report.ok and report.tracking_codes == [receipt.tracking_code]


def test_a_session_casts_once(example_world):
    with open_station(example_world) as station:
        station.open_polls()
        ticket = station.start_session()
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        with pytest.raises(KioskError) as error:
            station.cast_ballot(ticket, Ballot.of(["p1"]))
        assert error.value.message_id == "session.unknown"


def test_invalid_ballot_is_refused_and_nothing_is_stored(example_world):
    with open_station(example_world) as station:
        station.open_polls()
        ticket = station.start_session()
        with pytest.raises(BallotError) as error:
            station.cast_ballot(ticket, Ballot.of(["p1", "p2", "p3"]))  # 550 000 > 500 000
        assert error.value.message_id == "ballot.over_budget"
        assert station.status().ballots == 0
        assert station.cast_ballot(ticket, Ballot.of(["p3"])).seq == 1  # the voter fixes it


def test_inner_envelope_holds_exactly_the_choices(tmp_path):
    world = make_world(tmp_path, rule='kind = "cumulative"\ntotal_points = 5\n'
                                      'max_per_proposal = 3')
    tally = load_tally(world["tally_key"], world["passphrase"])
    with open_station(world) as station:
        station.open_polls()
        ticket = station.start_session("sv-simple")
        station.cast_ballot(ticket, Ballot.of({"p1": 3, "p3": 2}), assisted=True)
        record = json.loads(station.box.last_record().body)
        election_id = station.election.id
    assert record["outer_hash"] is None  # open election: no voter token at all
    sealed = unb64(record["inner"])
    plaintext = open_sealed(tally.seal, "inner", election_id, sealed)
    assert len(plaintext) % PAD_BLOCK == 0
    inner = json.loads(unpad(plaintext))
    assert inner["choices"] == {"p1": 3, "p3": 2}
    assert inner["language"] == "sv-simple" and inner["assisted"] is True
    assert set(record) == {"type", "v", "election", "station", "seq", "prev", "inner",
                           "outer_hash", "test"}


def test_envelope_length_does_not_reveal_the_ballot(example_world):
    with open_station(example_world) as station:
        station.open_polls()
        lengths = set()
        for choices, language in ((["p1"], "en"), (["p1", "p2"], "sv-simple"), ([], "sv")):
            station.cast_ballot(station.start_session(), Ballot.of(choices), language=language)
            lengths.add(len(json.loads(station.box.last_record().body)["inner"]))
    assert len(lengths) == 1


PNR = 'mode = "personnummer"\nminimum_age = 16\nage_reference_date = 2027-04-21'


def test_personnummer_election_one_vote_per_person_per_station(tmp_path):
    world = make_world(tmp_path, eligibility=PNR)
    tally = load_tally(world["tally_key"], world["passphrase"])
    person = random_personnummer(random.Random(3), date(2000, 1, 1))
    with open_station(world) as station:
        station.open_polls()
        ticket = station.start_session()
        with pytest.raises(EligibilityError) as error:
            station.cast_ballot(ticket, Ballot.of(["p1"]))
        assert error.value.message_id == "eligibility.required"
        station.check_voter(ticket, person)
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        again = station.start_session()
        with pytest.raises(EligibilityError) as error:
            station.check_voter(again, person.replace("-", ""))  # same person, other spelling
        assert error.value.message_id == "eligibility.already_voted_here"
        young = station.start_session()
        with pytest.raises(EligibilityError) as error:
            station.check_voter(young, "20150101-0008", today=date(2027, 4, 10))
        assert error.value.message_id in {"pnr.too_young", "pnr.checksum"}
        stored = station.box.last_record()
        record = json.loads(stored.body)
        election_id = station.election.id
        db_bytes = b"".join(r.body for r in station.box.iter_records())
    sealed_outer = stored.outer  # beside the record; the record signs its hash
    assert record["outer_hash"] == sha256(sealed_outer).hex()
    with pytest.raises(OpenError):  # the tally key does not open outer envelopes
        open_sealed(tally.seal, "outer", election_id, sealed_outer)
    outer_key = load_outer(world["outer_key"], world["passphrase"])
    outer = json.loads(unpad(open_sealed(outer_key, "outer", election_id, sealed_outer)))
    assert len(outer["voter_token"]) == 64
    with pytest.raises(OpenError):  # nor the outer key inner ones
        open_sealed(outer_key, "inner", election_id, unb64(record["inner"]))
    digits = person.replace("-", "")
    assert digits.encode() not in db_bytes and digits[2:].encode() not in db_bytes


def test_register_check_is_enforced_at_commit_too(tmp_path):
    """Two sessions identified as the same person before either casts: only one ballot counts."""
    world = make_world(tmp_path, eligibility=PNR)
    person = random_personnummer(random.Random(5), date(2000, 1, 1))
    with open_station(world) as station:
        station.open_polls()
        first, second = station.start_session(), station.start_session()
        station.check_voter(first, person)
        station.check_voter(second, person)
        station.cast_ballot(first, Ballot.of(["p1"]))
        with pytest.raises(EligibilityError):
            station.cast_ballot(second, Ballot.of(["p2"]))
        assert station.status().ballots == 1
        assert station.verify_box().ok


def test_later_returns_futures_for_the_ui(example_world):
    with open_station(example_world) as station:
        station.open_polls()
        ticket = station.start_session.later("sv").result()
        future = station.cast_ballot.later(ticket, Ballot.of(["p1"]))
        assert isinstance(future, Future)
        assert future.result(timeout=10).seq == 1
        failing = station.cast_ballot.later("no-such-session", Ballot.of(["p1"]))
        assert isinstance(failing.exception(timeout=10), KioskError)
        # `later` never waits for the writer thread (the UI thread must not block on it)
        gate = threading.Event()
        station._writer.submit(gate.wait, 10)
        status = station.status.later()
        assert not status.done()
        gate.set()
        assert status.result(timeout=10).ballots == 1
        assert station.status().ballots == 1  # the plain call waits for the value


def test_not_enrolled_station_cannot_open_polls(tmp_path, example_world):
    import os

    os.unlink(example_world["stations"][0] + "/certificate.json")
    with open_station(example_world) as station:
        assert station.status().enrolled is False
        with pytest.raises(PollsError) as error:
            station.open_polls()
        assert error.value.message_id == "polls.not_enrolled"


def test_box_verify_finds_a_changed_record(example_world):
    with open_station(example_world) as station:
        station.open_polls()
        for _ in range(5):
            station.cast_ballot(station.start_session(), random_ballot(station.election,
                                                                      random.Random(1)))
    db = sqlite3.connect(example_world["stations"][0] + "/station.db")
    db.execute("DROP TRIGGER records_no_update")  # an attacker with the file can do this
    db.execute("UPDATE records SET body = CAST(replace(body, '\"seq\":3', '\"seq\":9') AS BLOB)"
               " WHERE seq = 3")
    db.commit()
    with open_station(example_world) as station:
        report = station.verify_box()
    assert not report.ok
    assert any(p.startswith("record 3:") for p in report.problems)


def test_records_cannot_be_deleted_or_changed_through_sql(example_world):
    with open_station(example_world) as station:
        station.open_polls()
        station.cast_ballot(station.start_session(), Ballot.of(["p1"]))
    db = sqlite3.connect(example_world["stations"][0] + "/station.db")
    for statement in ("DELETE FROM records", "UPDATE records SET sig = x'00'",
                      "DELETE FROM audit"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(statement)


def test_a_damaged_box_file_is_reported_not_crashed(example_world):
    from pathlib import Path

    from kiosk.domain.errors import BoxError

    db = Path(example_world["station"], "station.db")
    db.write_bytes(b"this is not sqlite" * 300)
    with pytest.raises(BoxError) as error:
        StationService.open(example_world["station"])
    assert error.value.message_id == "box.damaged"
    assert "do not delete it" in str(error.value)


def test_one_program_at_a_time_per_station_folder(example_world):
    """A second kiosk program on the same folder is refused in one sentence, in this process
    and from another one; the first keeps working, and the folder is free once it closes."""
    import subprocess
    import sys

    from kiosk.station.folder_lock import StationInUse

    station = example_world["stations"][0]
    first = StationService.open(station)
    try:
        with pytest.raises(StationInUse) as error:
            StationService.open(station)
        assert error.value.message_id == "station.in_use"
        assert "another kiosk program is using this station folder" in str(error.value)
        done = subprocess.run([sys.executable, "-c", "import sys; from kiosk.cli.main import "
                               "main; sys.exit(main(sys.argv[1:]))", "box", "verify",
                               "--data", str(station)], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert f"(process {os.getpid()})" in done.stderr
        first.open_polls()  # the first program is unaffected
    finally:
        first.close()
    with StationService.open(station) as again:
        assert again.status().polls == "open"
