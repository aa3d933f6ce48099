"""The fixed set of audit events. Every state change of a station writes exactly one of these.

Details never contain a ballot's content or a voter's identity.
"""

from __future__ import annotations

from enum import StrEnum


class AuditEvent(StrEnum):
    STATION_CREATED = "station_created"
    STATION_KEY_GENERATED = "station_key_generated"
    PACKAGE_LOADED = "package_loaded"
    ENROLMENT_REQUESTED = "enrolment_requested"
    STATION_ENROLLED = "station_enrolled"
    POLLS_OPENED = "polls_opened"
    POLLS_PAUSED = "polls_paused"
    POLLS_RESUMED = "polls_resumed"
    POLLS_SUSPENDED = "polls_suspended"
    POLLS_CLOSED = "polls_closed"
    SESSION_STARTED = "session_started"
    SESSION_ABANDONED = "session_abandoned"
    SESSION_UNLOCKED = "session_unlocked"
    AUDIT_EXPORTED = "audit_exported"
    BALLOT_CAST = "ballot_cast"
    BALLOT_REFUSED = "ballot_refused"
    EXPORT_WRITTEN = "export_written"
    BOX_VERIFIED = "box_verified"
    MODE_CHANGED = "mode_changed"
    TEST_BALLOTS_WIPED = "test_ballots_wiped"
    STAFF_LOGIN = "staff_login"
    STAFF_LOGIN_FAILED = "staff_login_failed"
    STAFF_LOGOUT = "staff_logout"
    STAFF_PIN_SET = "staff_pin_set"
    SYNC_ACKNOWLEDGED = "sync_acknowledged"
    SYNC_SERVER_SET = "sync_server_set"
    SYNC_REFUSED = "sync_refused"  # the tally reports two copies of this station (a conflict)
    LNA_RECORDED = "lna_recorded"
    PAPER_RANGES_SET = "paper_ranges_set"


# Events of a voter's session. Their audit entries are timed no more finely than the
# `ballot_cast` they precede (to the minute), so the audit log cannot re-identify when a
# ballot was cast from the session that led to it.
VOTER_SESSION_EVENTS = frozenset({
    AuditEvent.SESSION_STARTED, AuditEvent.SESSION_UNLOCKED, AuditEvent.SESSION_ABANDONED,
    AuditEvent.BALLOT_CAST, AuditEvent.BALLOT_REFUSED,
})
