"""Staff operations in the station service: PIN and lockout, test mode, polls reports."""

from __future__ import annotations

import json

import pytest

from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import PollsError
from kiosk.domain.staff_pin import PinError, check_new_pin, wait_after
from kiosk.ledger.export_file import verify_export
from kiosk.package.signed_package import load_package
from kiosk.station import StationService


@pytest.mark.parametrize("pin", ["123456", "654321", "111111", "121212", "112112", "12345",
                                 "12a456", "000000", "987654", "١٢٣٤٥٦٧"])
def test_trivial_pins_are_refused(pin):
    with pytest.raises(PinError):
        check_new_pin(pin)


@pytest.mark.parametrize("pin", ["583920", "2718281", "40917355"])
def test_reasonable_pins_are_accepted(pin):
    check_new_pin(pin)


def test_wait_doubles_after_five_misses():
    assert [wait_after(n) for n in range(1, 10)] == [0, 0, 0, 0, 30, 60, 120, 240, 480]
    assert wait_after(30) == 3600


def test_pin_lockout_survives_a_restart(example_world):
    station_dir = example_world["station"]
    with StationService.open(station_dir) as station:
        station.set_staff_pin("583920")
        assert station.settings["staff_pin"].startswith("scrypt$")
        now = 1_000_000.0
        for attempt in range(4):
            with pytest.raises(PinError) as error:
                station.staff_login("000001", now=now)
            assert error.value.message_id == "pin.wrong"
            assert error.value.params["tries_left"] == 4 - attempt
        with pytest.raises(PinError) as error:
            station.staff_login("000001", now=now)
        assert error.value.message_id == "pin.locked" and error.value.params["seconds"] == 30
    with StationService.open(station_dir) as station:  # a restart does not reset the wait
        with pytest.raises(PinError) as error:
            station.staff_login("583920", now=now + 10)
        assert error.value.message_id == "pin.locked"
        station.staff_login("583920", now=now + 31)
        with pytest.raises(PinError) as error:  # counting starts again after a good PIN
            station.staff_login("000001", now=now + 40)
        assert error.value.message_id == "pin.wrong"
        events = [json.loads(e.body)["event"] for e in station.box.iter_audit()]
    assert events.count("staff_login_failed") == 6 and events.count("staff_login") == 1
    from pathlib import Path

    assert b"583920" not in Path(example_world["station"], "station.db").read_bytes()


def test_test_ballots_are_kept_apart_marked_and_wiped(example_world, tmp_path):
    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    with StationService.open(example_world["station"]) as station:
        assert station.set_test_mode(True) == 0
        station.open_polls()
        with pytest.raises(PollsError):
            station.set_test_mode(False)  # polls must be closed first
        test_receipt = station.cast_ballot(station.start_session(), Ballot.of(["p1"]))
        assert test_receipt.test is True
        status = station.status()
        assert status.mode == "test" and status.test_ballots == 1 and status.ballots == 0
        [test_file] = station.export_batches(tmp_path)
        assert "-TEST" in test_file.name
        verified = verify_export(test_file.read_bytes(), package.election, package.authority)
        assert verified.header["test"] is True
        assert all(r.fields["test"] is True for r in verified.records)
        station.close_polls()
        assert station.set_test_mode(False) == 1
        status = station.status()
        assert status.mode == "official" and status.test_ballots == 0
        station.open_polls()
        receipt = station.cast_ballot(station.start_session(), Ballot.of(["p2"]))
        assert receipt.test is False and receipt.seq == 1
        [official] = station.export_batches(tmp_path)
        assert verify_export(official.read_bytes(), package.election,
                             package.authority).header["test"] is False
        report = station.verify_box()
        assert report.ok and report.ballots == 1 and report.test_ballots == 0
        events = [json.loads(e.body)["event"] for e in station.box.iter_audit()]
    assert "test_ballots_wiped" in events and "mode_changed" in events


def test_opening_and_closing_reports(example_world, tmp_path):
    with StationService.open(example_world["station"]) as station:
        station.open_polls()
        zero = station.polls_report("zero")
        assert zero["ballots"] == 0 and zero["last_record_hash"] is None
        assert zero["package_hash"] == station.package.package_hash
        assert zero["station_id"] == station.station_id
        for _ in range(3):
            station.cast_ballot(station.start_session(), Ballot.of(["p3"]))
        station.export_batches(tmp_path)
        station.cast_ballot(station.start_session(), Ballot.of(["p1"]))
        station.close_polls()
        closing = station.polls_report("closing")
    assert closing["ballots"] == 4 and closing["exports"] == 1 and closing["not_exported"] == 1
    assert len(closing["last_record_hash"]) == 64


def test_status_counts_today_and_unlock_and_audit_export(tmp_path):
    from tests.conftest import make_world

    world = make_world(tmp_path, eligibility='mode = "staff-unlock"')
    with StationService.open(world["station"]) as station:
        station.open_polls()
        assert station.status().ballots_today == 0
        ticket = station.start_session()
        from kiosk.domain.errors import EligibilityError

        with pytest.raises(EligibilityError) as error:
            station.cast_ballot(ticket, Ballot.of(["p1"]))
        assert error.value.message_id == "eligibility.needs_staff"
        station.unlock_session(ticket)
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        status = station.status()
        assert status.ballots_today == 1 and status.disk_free_mb > 0
        newest = station.audit_entries(limit=3)
        assert newest[0]["event"] == "ballot_cast" and newest[1]["event"] == "session_unlocked"
        path = station.export_audit(tmp_path)
        lines = path.read_bytes().splitlines()
        # header + every entry + signature line; the export itself then adds one entry
        assert len(lines) == len(list(station.box.iter_audit())) + 1
    with StationService.open(world["station"]) as station:  # counted back after a restart
        assert station.status().ballots_today == 1
