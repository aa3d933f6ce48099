"""When the tally reports two copies of this station (kiosk.tally.forks), the staff status
page and the sync page tell staff to call the election office, in the staff's language."""

from __future__ import annotations

from kiosk.station import StationService


def test_the_status_page_says_call_the_election_office(staff_world, open_panel):
    with StationService.open(staff_world["station"]) as station:
        station.note_tally_conflict("tally.forked")
    staff = open_panel(staff_world["station"])
    staff.login()
    staff.click("staff-nav-status")
    assert staff.text("staff-status-conflict") == (
        "The tally reports a conflict for this station: call the election office.")
    staff.click("staff-nav-sync")
    assert staff.find("staff-sync").value("state").endswith("call the election office.")
    staff.close()


def test_in_swedish_and_audited_once(staff_world, open_panel):
    with StationService.open(staff_world["station"]) as station:
        station.note_tally_conflict("tally.conflict")
        station.note_tally_conflict("tally.conflict")  # audited once
        events = [e["event"] for e in station.audit_entries(20)]
        assert events.count("sync_refused") == 1
    staff = open_panel(staff_world["station"], language="sv")
    staff.login()
    staff.click("staff-nav-status")
    assert staff.text("staff-status-conflict") == (
        "Rösträkningen rapporterar en konflikt för den här stationen: ring valkansliet.")
    staff.close()
