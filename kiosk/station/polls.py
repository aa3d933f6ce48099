"""Opening, pausing, resuming, closing and suspending the polls; each change audited."""

from __future__ import annotations

from kiosk.domain.audit import AuditEvent
from kiosk.domain.errors import KioskError, PollsError
from kiosk.domain.polls import PollsState, check_transition
from kiosk.station.audit_log import AuditLog
from kiosk.station.lna_record import recorded_lna
from kiosk.station.station_state import StationState

POLLS_EVENTS = {
    "open": AuditEvent.POLLS_OPENED, "pause": AuditEvent.POLLS_PAUSED,
    "resume": AuditEvent.POLLS_RESUMED, "close": AuditEvent.POLLS_CLOSED,
    "suspend": AuditEvent.POLLS_SUSPENDED,
}


class Polls:
    def __init__(self, state: StationState, audit: AuditLog, enrolled: bool) -> None:
        self.state = state
        self.audit = audit
        self.enrolled = enrolled

    def change(self, target: PollsState) -> str:
        state = self.state
        name = check_transition(state.polls, target)
        if target is PollsState.OPEN and not self.enrolled:
            raise PollsError("polls.not_enrolled", "the station is not enrolled yet (or was "
                             "enrolled by an older version, without the election's token key: "
                             "certify and enrol it again): the tally would not accept its "
                             "ballots")
        if name == "open" and not state.test_mode:
            lna = recorded_lna(state)
            if lna is not None and not lna.passed:
                # A station whose logic-and-accuracy test failed does not take real ballots
                # until a new test passes (docs/lna.md); test mode stays open to run it.
                raise PollsError("polls.lna_failed", f"this station's logic-and-accuracy test "
                                 f"failed ({lna.checked_at}); switch to test mode, cast the "
                                 "test deck again and record a passing result before opening "
                                 "the polls", checked_at=lna.checked_at)
        self.audit.write(POLLS_EVENTS[name], {"from": state.polls.value},
                         settings={"polls": target.value})
        state.polls = target
        state.settings["polls"] = target.value
        return target.value

    def suspend(self) -> None:
        """Stop casting after a storage fault; staff resume when the cause is fixed."""
        self.state.polls = PollsState.SUSPENDED
        try:
            self.audit.write(AuditEvent.POLLS_SUSPENDED, {"reason": "disk_full"},
                             settings={"polls": PollsState.SUSPENDED.value})
        except KioskError:
            pass  # the disk is full: the state is kept in memory until staff resume
