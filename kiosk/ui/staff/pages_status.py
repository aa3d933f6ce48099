"""The station's status (numbers, election, fingerprint with its QR code) and the sync server."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.ui.staff.setup_district import district_name
from kiosk.ui.staff.texts import staff_text
from kiosk.ui.staff.widgets import FactTable, QrCode, StaffPage

HEADING = staff_text("StaffStatus", "Station status")
REFRESH = staff_text("StaffStatus", "Refresh")
QR_NAME = staff_text("StaffStatus", "QR code of the station fingerprint")
ROWS = {
    "election": staff_text("StaffStatus", "Election"),
    "station": staff_text("StaffStatus", "Station"),
    "fingerprint": staff_text("StaffStatus", "Station fingerprint"),
    "mode": staff_text("StaffStatus", "Mode"),
    "polls": staff_text("StaffStatus", "Polls"),
    "today": staff_text("StaffStatus", "Ballots today"),
    "total": staff_text("StaffStatus", "Ballots in total"),
    "test": staff_text("StaffStatus", "Test ballots"),
    "not_exported": staff_text("StaffStatus", "Not yet exported"),
    "not_synced": staff_text("StaffStatus", "Not yet synced"),
    "last_export": staff_text("StaffStatus", "Last export"),
    "disk": staff_text("StaffStatus", "Disk free"),
    "enrolled": staff_text("StaffStatus", "Enrolled"),
    "authority": staff_text("StaffStatus", "Authority fingerprint"),
    "read_aloud": staff_text("StaffStatus", "Read-aloud"),
    "district": staff_text("StaffStatus", "District"),
}
ON_SCREEN = staff_text("StaffStatus", "none: voters choose their district on screen")
POLLS = {"open": staff_text("StaffStatus", "open"), "paused": staff_text("StaffStatus", "paused"),
         "closed": staff_text("StaffStatus", "closed"),
         "suspended": staff_text("StaffStatus", "stopped by a fault")}
MODES = {"test": staff_text("StaffStatus", "TEST"), "official": staff_text("StaffStatus",
                                                                           "official")}
YES = staff_text("StaffCommon", "Yes")
NO = staff_text("StaffStatus", "No: finish the station set-up")
NEVER = staff_text("StaffStatus", "never")
MB = staff_text("StaffStatus", "%1 MB")
SPEECH_WORKING = staff_text("StaffStatus", "Working. Voice: %1. Recorded clips: %2. Nothing: %3.")
SPEECH_BROKEN = staff_text("StaffStatus", "Not working, voters are not offered it: %1")
SPEECH_STARTING = staff_text("StaffStatus", "Starting…")
SPEECH_PLACEHOLDERS = staff_text("StaffStatus", "SYNTHETIC PLACEHOLDERS, not recordings: %1")

SYNC_HEADING = staff_text("StaffSync", "Sync with the tally server")
SYNC_ROWS = {
    "server": staff_text("StaffSync", "Server"),
    "state": staff_text("StaffSync", "State"),
    "waiting": staff_text("StaffSync", "Ballots waiting to be sent"),
    "last": staff_text("StaffSync", "Last successful sync"),
}
NO_SERVER = staff_text("StaffSync", "none: export the ballots to USB")
STATE_NO_SERVER = staff_text("StaffSync", "Offline: no server is set")
STATE_UP_TO_DATE = staff_text("StaffSync", "Up to date")
STATE_WAITING = staff_text("StaffSync", "Waiting to send (offline or not yet sent)")
TALLY_CONFLICT = staff_text("StaffStatus", "The tally reports a conflict for this station: "
                            "call the election office.")
SYNC_NOTE = staff_text("StaffSync", "Ballots are always kept on the station, also after they "
                       "are sent. Only change the server address if the election authority "
                       "tells you to.")
SERVER_FIELD = staff_text("StaffSync", "Tally server address")
SAVE = staff_text("StaffSync", "Save the address")
SAVED = staff_text("StaffSync", "Saved.")


def when(iso: str | None, never: str) -> str:
    if not iso:
        return never
    try:
        return f"{datetime.fromisoformat(iso).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return iso


def number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


class StatusPage(StaffPage):
    page_id = "status"

    def __init__(self, ctx, voter=None) -> None:
        super().__init__(ctx)
        self.voter = voter  # kiosk.ui.staff.entry.KioskVoterHooks: read-aloud's state
        self.outer.addWidget(self.heading(HEADING))
        body = QHBoxLayout()
        body.setSpacing(32)
        self.table = FactTable(ctx, "staff-status")
        body.addWidget(self.table, 1)
        side = QVBoxLayout()
        self.qr = QrCode("staff-status-qr", 200)
        side.addWidget(self.qr)
        self.refresh = self.button("staff-status-refresh", REFRESH, slot=ctx.refresh_status)
        side.addWidget(self.refresh)
        side.addStretch(1)
        body.addLayout(side)
        self.outer.addLayout(body)
        # two copies of this station's chain reached the tally (kiosk.tally.forks)
        self.conflict = self.label(TALLY_CONFLICT, "warn", "staff-status-conflict")
        self.conflict.setVisible(False)
        self.outer.addWidget(self.conflict)
        self.outer.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(ctx.settings.status_refresh_ms)
        self.timer.timeout.connect(self._tick)
        self.status = None
        ctx.status_changed.connect(self.show_status)

    def on_show(self) -> None:
        self.ctx.refresh_status()
        self.timer.start()

    def _tick(self) -> None:
        if self.isVisible():
            self.ctx.refresh_status()
        else:
            self.timer.stop()

    def show_status(self, s) -> None:
        self.status = s
        t = self.ctx.text
        rows = [
            ("election", f"{s.election_title} ({s.election_id})", False),
            ("station", s.label or "–", False),
            ("fingerprint", s.station_id, False),
            ("mode", t(MODES.get(s.mode, MODES["official"])), s.mode == "test"),
            ("polls", t(POLLS.get(s.polls, POLLS["closed"])), s.polls == "suspended"),
            ("today", number(s.ballots_today), False),
            ("total", number(s.ballots), False),
            ("test", number(s.test_ballots), s.test_ballots > 0),
            ("not_exported", number(s.not_exported), s.not_exported > 0),
            ("not_synced", number(s.not_synced), False),
            ("last_export", when(s.last_export, t(NEVER)), False),
            ("disk", t(MB.arg(number(s.disk_free_mb))), s.disk_free_mb < 500),
            ("enrolled", t(YES) if s.enrolled else t(NO), not s.enrolled),
            ("authority", s.authority, False),
        ]
        if s.has_districts:  # a package with district pots: which one this station's voters get
            rows.insert(2, ("district", district_name(self.ctx, self.ctx.service.election,
                                                      s.district) or t(ON_SCREEN), False))
        speech = self.read_aloud_row()
        if speech is not None:
            rows.append(("read_aloud", *speech))
        for key, value, warn in rows:
            self.table.set_row(key, t(ROWS[key]), value, warn)
        self.qr.set_payload(s.station_id, t(QR_NAME))
        self.conflict.setVisible(s.tally_conflict)

    def read_aloud_row(self) -> tuple[str, bool] | None:
        """Read-aloud as staff must know it: a broken engine (the voter only sees that there
        is no read-aloud) and synthetic placeholder clips (never for real voters)."""
        state = getattr(self.voter, "read_aloud", lambda: None)()
        if state is None:
            return None
        t = self.ctx.text
        if state.state == "starting":
            return t(SPEECH_STARTING), False
        if state.state != "ready":
            return t(SPEECH_BROKEN.arg(state.problem or "off")), True
        text = t(SPEECH_WORKING.arg(", ".join(state.voiced) or "–", ", ".join(state.clips)
                                    or "–", ", ".join(state.silent) or "–"))
        if state.placeholders:
            text += " " + t(SPEECH_PLACEHOLDERS.arg(", ".join(state.placeholders)))
        return text, bool(state.placeholders or state.silent)

    def retranslate(self) -> None:
        super().retranslate()
        if self.status is not None:
            self.show_status(self.status)


class SyncPage(StaffPage):
    page_id = "sync"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.outer.addWidget(self.heading(SYNC_HEADING))
        self.table = FactTable(ctx, "staff-sync")
        self.outer.addWidget(self.table)
        self.outer.addWidget(self.label(SYNC_NOTE, "", "staff-sync-note"))
        self.field = QLineEdit()
        self.field.setObjectName("staff-sync-server")
        self.field.setPlaceholderText("https://")
        self.field.returnPressed.connect(self.save)
        self.save_button = self.button("staff-sync-save", SAVE, slot=self.save)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        self.outer.addLayout(row)
        self.message = self.label(None, "warn", "staff-sync-message")
        self.outer.addWidget(self.message)
        self.outer.addStretch(1)
        self.status = None
        ctx.status_changed.connect(self.show_status)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.field.setAccessibleName(self.ctx.text(SERVER_FIELD))
        if self.status is not None:
            self.show_status(self.status)

    def on_show(self) -> None:
        self.bind(self.message, lambda: "")
        self.field.setText(self.status.sync_server or "" if self.status else "")
        self.ctx.refresh_status()

    def show_status(self, s) -> None:
        self.status = s
        t = self.ctx.text
        if s.tally_conflict:
            state = TALLY_CONFLICT
        elif not s.sync_server:
            state = STATE_NO_SERVER
        elif s.not_synced == 0:
            state = STATE_UP_TO_DATE
        else:
            state = STATE_WAITING
        rows = [("server", s.sync_server or t(NO_SERVER)), ("state", t(state)),
                ("waiting", number(s.not_synced)), ("last", when(s.last_sync, t(NEVER)))]
        for key, value in rows:
            self.table.set_row(key, t(SYNC_ROWS[key]), value)
        if not self.field.text() and s.sync_server:
            self.field.setText(s.sync_server)

    def save(self) -> None:
        url = self.field.text().strip()
        self.ctx.bridge.call(self.ctx.service.set_sync_server.later(url), on_ok=self._saved,
                             on_error=lambda e: self.tell(self.message,
                                                          lambda: self.ctx.error(e), ok=False))

    def _saved(self, _value) -> None:
        self.tell(self.message, SAVED)
        self.ctx.refresh_status()
