"""Staff operations on the writer thread: PIN, login with persisted lockout, test mode, reports.

Every state change writes an audit event.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk.crypto.pin import hash_pin, verify_pin
from kiosk.domain.audit import AuditEvent
from kiosk.domain.errors import PollsError
from kiosk.domain.polls import PollsState
from kiosk.domain.staff_pin import FREE_ATTEMPTS, PinError, check_new_pin, wait_after
from kiosk.station.audit_log import AuditLog
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.lna_record import recorded_lna
from kiosk.station.station_state import StationState
from kiosk.store.ballot_box import BallotBox

if TYPE_CHECKING:
    from kiosk.station.status import StationStatus


class StaffOperations:
    def __init__(self, *, state: StationState, box: BallotBox, audit: AuditLog,
                 chain: BallotChain, status: Callable[[], StationStatus]) -> None:
        self.state = state
        self.settings = state.settings
        self.box = box
        self.audit = audit
        self.chain = chain
        self.status = status

    def set_staff_pin(self, pin: str) -> None:
        check_new_pin(pin)
        self.audit.write(AuditEvent.STAFF_PIN_SET, {},
                         settings={"staff_pin": hash_pin(pin), "pin_failures": "0",
                                   "pin_locked_until": "0"})
        self.state.reload(self.box.settings())

    def staff_login(self, pin: str, now: float | None = None) -> None:
        """Accept the PIN or raise PinError ("pin.wrong" with attempts left, "pin.locked")."""
        now = time.time() if now is None else now
        stored = self.settings.get("staff_pin")
        if not stored:
            raise PinError("pin.not_set", "no staff PIN is set on this station yet")
        locked_until = float(self.settings.get("pin_locked_until", "0"))
        if now < locked_until:
            wait = int(locked_until - now) + 1
            raise PinError("pin.locked", f"too many wrong PINs: wait {wait} seconds", seconds=wait)
        if verify_pin(pin, stored):
            self.audit.write(AuditEvent.STAFF_LOGIN, {},
                             settings={"pin_failures": "0", "pin_locked_until": "0"})
            self.settings.update(pin_failures="0", pin_locked_until="0")
            return
        failures = int(self.settings.get("pin_failures", "0")) + 1
        wait = wait_after(failures)
        until = now + wait if wait else 0
        self.audit.write(AuditEvent.STAFF_LOGIN_FAILED, {"failures": failures, "wait": wait},
                         settings={"pin_failures": str(failures),
                                   "pin_locked_until": str(until)})
        self.settings.update(pin_failures=str(failures), pin_locked_until=str(until))
        if wait:
            raise PinError("pin.locked", f"wrong PIN; too many wrong PINs: wait {wait} seconds",
                           seconds=wait)
        left = FREE_ATTEMPTS - failures
        raise PinError("pin.wrong", f"wrong PIN; {left} tries before a wait", tries_left=left)

    def staff_logout(self) -> None:
        self.audit.write(AuditEvent.STAFF_LOGOUT, {})

    def set_test_mode(self, on: bool) -> int:
        """Switch test mode on or off (polls closed only). Leaving it wipes every test ballot;
        returns how many were wiped."""
        state = self.state
        if state.polls is not PollsState.CLOSED:
            raise PollsError("polls.must_be_closed", "close the polls before changing between "
                             "test mode and official mode")
        if on == state.test_mode:
            return 0
        wiped = 0
        if on:
            self.audit.write(AuditEvent.MODE_CHANGED, {"mode": "test"}, settings={"mode": "test"})
        else:
            entry = self.audit.entry(AuditEvent.TEST_BALLOTS_WIPED,
                                     {"wiped": self.chain.head(True).seq, "mode": "official"})
            wiped = self.box.wipe_test_records(entry, {"mode": "official"})
            self.audit.advance(entry)
            self.chain.reload(True)
        state.test_mode = on
        state.settings["mode"] = state.mode
        return wiped

    def polls_report(self, kind: str) -> dict:
        """What a zero/opening or closing report shows (the UI renders it, e.g. as PDF)."""
        status = self.status()
        exports = self.box.exports()
        test = self.state.test_mode
        head = self.chain.head(test)
        return {
            "kind": kind,
            "time": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "election_id": status.election_id, "election_title": status.election_title,
            "package_hash": status.package_hash, "authority": status.authority,
            "station_id": status.station_id, "label": status.label, "mode": status.mode,
            "polls": status.polls,
            "ballots": status.test_ballots if test else status.ballots,
            "last_record_hash": head.hash.hex() if head.seq else None,
            "exports": len(exports), "not_exported": status.not_exported,
            "lna": _lna_summary(recorded_lna(self.state)),
        }


def _lna_summary(lna) -> dict | None:
    """The recorded L&A test, as the reports show it (None: none recorded)."""
    if lna is None:
        return None
    return {"passed": lna.passed, "ballots": lna.ballots, "checked_at": lna.checked_at,
            "deck_sha256": lna.deck_sha256}
