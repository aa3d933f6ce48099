"""Staff operations on the writer thread: PIN, login with persisted lockout, test mode, reports.

These are mixed into StationService; every state change writes an audit event.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from kiosk.crypto.pin import hash_pin, verify_pin
from kiosk.domain.audit import AuditEvent
from kiosk.domain.errors import PollsError
from kiosk.domain.polls import PollsState
from kiosk.domain.staff_pin import FREE_ATTEMPTS, PinError, check_new_pin, wait_after


class StaffOperations:
    """Writer-thread implementations (`_name`); StationService exposes the public forms."""

    def _set_staff_pin(self, pin: str) -> None:
        check_new_pin(pin)
        self.audit.write(AuditEvent.STAFF_PIN_SET, {},
                         settings={"staff_pin": hash_pin(pin), "pin_failures": "0",
                                   "pin_locked_until": "0"})
        self.settings = self.box.settings()

    def _staff_login(self, pin: str, now: float | None = None) -> None:
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

    def _staff_logout(self) -> None:
        self.audit.write(AuditEvent.STAFF_LOGOUT, {})

    def _set_test_mode(self, on: bool) -> int:
        """Switch test mode on or off (polls closed only). Leaving it wipes every test ballot;
        returns how many were wiped."""
        if self.polls is not PollsState.CLOSED:
            raise PollsError("polls.must_be_closed", "close the polls before changing between "
                             "test mode and official mode")
        if on == self.test_mode:
            return 0
        wiped = 0
        if on:
            self.audit.write(AuditEvent.MODE_CHANGED, {"mode": "test"}, settings={"mode": "test"})
        else:
            entry = self.audit.entry(AuditEvent.TEST_BALLOTS_WIPED,
                                     {"wiped": self._heads[True].seq, "mode": "official"})
            wiped = self.box.wipe_test_records(entry, {"mode": "official"})
            self.audit.advance(entry)
            self._heads[True] = self._head(True)
        self.test_mode = on
        self.settings["mode"] = "test" if on else "official"
        return wiped

    def _polls_report(self, kind: str) -> dict:
        """What a zero/opening or closing report shows (the UI renders it, e.g. as PDF)."""
        status = self._status()
        exports = self.box.exports()
        head = self._heads[self.test_mode]
        return {
            "kind": kind,
            "time": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "election_id": status.election_id, "election_title": status.election_title,
            "package_hash": status.package_hash, "authority": status.authority,
            "station_id": status.station_id, "label": status.label, "mode": status.mode,
            "polls": status.polls,
            "ballots": status.test_ballots if self.test_mode else status.ballots,
            "last_record_hash": head.hash.hex() if head.seq else None,
            "exports": len(exports), "not_exported": status.not_exported,
        }
