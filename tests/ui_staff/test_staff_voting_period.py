"""Staff opening the polls outside the package's voting period are warned, in the confirmation
and by `kiosk polls open`; inside it, the confirmation has no warning. Test mode never warns."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.clock import use_clock
from kiosk.station import StationService
from tests.fakes.clock import FakeClock


@pytest.fixture
def fake_clock():
    with use_clock(FakeClock()) as clock:
        yield clock


@pytest.mark.parametrize("moment, warning", [
    ("before", "has not started yet"), ("after", "ended"), ("during", None)])
def test_opening_outside_the_voting_period_is_confirmed_with_a_warning(
        open_panel, staff_world, fake_clock, moment, warning):
    service = StationService.open(staff_world["station"])
    election = service.election
    when = {"before": election.opens - dt.timedelta(days=3),
            "after": election.closes + dt.timedelta(hours=1),
            "during": election.opens + (election.closes - election.opens) / 2}[moment]
    fake_clock.set(when)
    assert service.status().voting_phase == moment
    staff = open_panel(staff_world["station"], service=service)
    staff.login()
    staff.panel.show_page("polls")
    staff.settle()
    staff.click("staff-polls-open")
    detail = staff.panel.findChild(type(staff.find("staff-confirm-question")),
                                   "staff-confirm-detail")
    if warning is None:
        assert not detail.isVisible()
    else:
        assert detail.isVisible() and warning in detail.text()
        assert "election authority" in detail.text()
    staff.confirm()  # staff may still open: the authority can extend a period
    assert service.status().polls == "open"
    staff.close()
    service.close()


def test_polls_open_on_the_command_line_warns_outside_the_period(staff_world, fake_clock,
                                                                 capsys):
    from kiosk.cli.main import main

    with StationService.open(staff_world["station"]) as service:
        closes = service.election.closes
    fake_clock.set(closes + dt.timedelta(days=1))
    assert main(["polls", "open", "--data", str(staff_world["station"])]) == 0
    err = capsys.readouterr().err
    assert "voting period" in err and "has ended" in err
