"""Polls (closed → open ⇄ paused → closed, each with a confirmation) with the zero and closing
reports shown on screen and written as PDF; test mode on and off."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout

from kiosk.printing.station_reports import (
    local_time,
    report_file_name,
    report_rows,
    write_station_report,
)
from kiosk.station.operations import BoundOperation
from kiosk.ui.staff.background import Background
from kiosk.ui.staff.texts import staff_text
from kiosk.ui.staff.widgets import FactTable, StaffPage
from kiosk.ui.widgets.basic import Panel

# The on-screen report's row labels (the printed PDF has Swedish and English labels).
REPORT_LABELS = {
    "Election": staff_text("StaffReport", "Election"),
    "Station": staff_text("StaffReport", "Station"),
    "Station fingerprint": staff_text("StaffReport", "Station fingerprint"),
    "Authority fingerprint": staff_text("StaffReport", "Authority fingerprint"),
    "Election package hash (SHA-256)": staff_text("StaffReport", "Election package hash "
                                                  "(SHA-256)"),
    "Mode": staff_text("StaffReport", "Mode"),
    "Polls": staff_text("StaffReport", "Polls"),
    "Time": staff_text("StaffReport", "Time"),
    "Ballots in the ballot box": staff_text("StaffReport", "Ballots in the ballot box"),
    "Ballots cast": staff_text("StaffReport", "Ballots cast"),
    "Last record hash": staff_text("StaffReport", "Last record hash"),
    "Exports made": staff_text("StaffReport", "Exports made"),
    "Ballots not exported": staff_text("StaffReport", "Ballots not exported"),
    "Ballots not synced": staff_text("StaffReport", "Ballots not synced"),
    "Logic and accuracy test": staff_text("StaffReport", "Logic and accuracy test"),
}
LNA_NONE = staff_text("StaffReport", "not recorded")
LNA_PASSED = staff_text("StaffReport", "PASSED %1 · test ballots: %2")
LNA_FAILED = staff_text("StaffReport", "FAILED %1 · test ballots: %2")
POLLS = {"open": staff_text("StaffStatus", "open"), "paused": staff_text("StaffStatus", "paused"),
         "closed": staff_text("StaffStatus", "closed"),
         "suspended": staff_text("StaffStatus", "stopped by a fault")}
MODES = {"test": staff_text("StaffStatus", "TEST"),
         "official": staff_text("StaffStatus", "official")}

HEADING = staff_text("StaffPolls", "Polls")
STATE = {
    "open": staff_text("StaffPolls", "The polls are OPEN. Voters can vote."),
    "paused": staff_text("StaffPolls", "The polls are PAUSED. Nobody can start voting."),
    "closed": staff_text("StaffPolls", "The polls are CLOSED."),
    "suspended": staff_text("StaffPolls", "Voting STOPPED by itself because of a fault (for "
                            "example a full disk). Fix the cause, then resume."),
}
OPEN = staff_text("StaffPolls", "Open the polls")
PAUSE = staff_text("StaffPolls", "Pause")
RESUME = staff_text("StaffPolls", "Resume voting")
CLOSE = staff_text("StaffPolls", "Close the polls")
ASK_OPEN = staff_text("StaffPolls", "Open the polls now? A zero report is made and saved as "
                      "PDF.")
ASK_PAUSE = staff_text("StaffPolls", "Pause the polls? Nobody can start voting until you "
                       "resume. A voter who has started can finish.")
ASK_RESUME = staff_text("StaffPolls", "Resume voting?")
ASK_CLOSE = staff_text("StaffPolls", "Close the polls? Nobody can vote after this. A closing "
                       "report is made and saved as PDF.")
OUTSIDE_BEFORE = staff_text("StaffPolls", "The voting period of this election starts %1. It has "
                            "not started yet. Open the polls only if the election authority has "
                            "told you to.")
OUTSIDE_AFTER = staff_text("StaffPolls", "The voting period of this election ended %1. Open the "
                           "polls only if the election authority has told you to.")
TEST_NOTE = staff_text("StaffPolls", "The station is in TEST mode: these ballots are test "
                       "ballots.")
ZERO_TITLE = staff_text("StaffPolls", "Zero report")
CLOSING_TITLE = staff_text("StaffPolls", "Closing report")
SAVED = staff_text("StaffPolls", "Saved as PDF: %1")
NOT_SAVED = staff_text("StaffPolls", "The report could not be saved as PDF. Write down the "
                       "numbers shown here.")
WORKING = staff_text("StaffCommon", "Working…")

MODE_HEADING = staff_text("StaffMode", "Test mode")
MODE_OFFICIAL = staff_text("StaffMode", "The station is in OFFICIAL mode. Ballots count.")
MODE_TEST = staff_text("StaffMode", "The station is in TEST mode. Test ballots are kept apart "
                       "and never counted.")
MODE_EXPLAIN = staff_text("StaffMode", "Use test mode before the polls open, to check that "
                          "voting works. Test ballots are marked as test everywhere and are "
                          "wiped when you switch to official mode.")
TO_TEST = staff_text("StaffMode", "Switch to test mode")
TO_OFFICIAL = staff_text("StaffMode", "Switch to official mode")
ASK_TEST = staff_text("StaffMode", "Switch to test mode? Ballots cast from now on are test "
                      "ballots.")
ASK_OFFICIAL = staff_text("StaffMode", "Switch to official mode?")
WIPE_WARNING = staff_text("StaffMode", "All test ballots (%1) will be wiped. This cannot be "
                          "undone.")
WIPED = staff_text("StaffMode", "Official mode. Test ballots wiped: %1.")
NOW_TEST = staff_text("StaffMode", "Test mode is on.")
CLOSE_FIRST = staff_text("StaffMode", "Close the polls before you change the mode.")


class PollsPage(StaffPage):
    page_id = "polls"
    report_written = Signal(str)  # path of the PDF

    def __init__(self, ctx, confirm, background: Background) -> None:
        super().__init__(ctx)
        self.confirm = confirm
        self.background = background
        self.outer.addWidget(self.heading(HEADING))
        self.state = self.label(None, "cardtitle", "staff-polls-state")
        self.test_note = self.label(TEST_NOTE, "warn", "staff-polls-test-note")
        self.open = self.button("staff-polls-open", OPEN, "primary", self._ask_open)
        self.pause = self.button("staff-polls-pause", PAUSE, slot=self._ask_pause)
        self.resume = self.button("staff-polls-resume", RESUME, "primary", self._ask_resume)
        self.close = self.button("staff-polls-close", CLOSE, slot=self._ask_close)
        self.message = self.label(None, "warn", "staff-polls-message")
        self.outer.addWidget(self.state)
        self.outer.addWidget(self.test_note)
        self.outer.addLayout(self.row(self.open, self.resume, self.pause, self.close))
        self.outer.addWidget(self.message)
        self.report_panel = Panel("staff-report")
        inner = QVBoxLayout(self.report_panel)
        inner.setContentsMargins(20, 14, 20, 14)
        self.report_title = self.label(None, "cardtitle", "staff-report-title")
        self.report_table = FactTable(ctx, "staff-report-table")
        self.report_file = self.label(None, "", "staff-report-file")
        inner.addWidget(self.report_title)
        inner.addWidget(self.report_table)
        inner.addWidget(self.report_file)
        self.report_panel.hide()
        self.outer.addWidget(self.report_panel)
        self.outer.addStretch(1)
        self.report: dict | None = None
        self.report_path: Path | None = None
        self.status = None
        ctx.status_changed.connect(self.show_status)

    def on_show(self) -> None:
        self.ctx.refresh_status()

    def show_status(self, status) -> None:
        self.status = status
        polls = status.polls
        self.bind(self.state, STATE.get(polls, STATE["closed"]))
        self.test_note.setVisible(status.mode == "test")
        self.open.setVisible(polls == "closed")
        self.resume.setVisible(polls in ("paused", "suspended"))
        self.pause.setVisible(polls == "open")
        self.close.setVisible(polls in ("open", "paused", "suspended"))
        for button in (self.open, self.pause, self.resume, self.close):
            button.setEnabled(True)

    # -- transitions ---------------------------------------------------------------------------
    def _ask_open(self) -> None:
        self.confirm.ask(ASK_OPEN, OPEN, lambda: self._change(self.ctx.service.open_polls, "zero"),
                         detail=self._outside_period())

    def _ask_pause(self) -> None:
        self.confirm.ask(ASK_PAUSE, PAUSE, lambda: self._change(self.ctx.service.pause_polls))

    def _ask_resume(self) -> None:
        self.confirm.ask(ASK_RESUME, RESUME, lambda: self._change(self.ctx.service.resume_polls),
                         detail=self._outside_period())

    def _ask_close(self) -> None:
        self.confirm.ask(ASK_CLOSE, CLOSE,
                         lambda: self._change(self.ctx.service.close_polls, "closing"))

    def _outside_period(self):
        """A warning for official polls opened outside the package's voting period, else None."""
        status = self.status
        if status is None or status.mode != "official" or status.voting_phase == "during":
            return None
        if status.voting_phase == "before":
            return OUTSIDE_BEFORE.arg(_when(status.voting_opens))
        return OUTSIDE_AFTER.arg(_when(status.voting_closes))

    def _change(self, operation: BoundOperation[[], str], report: str | None = None) -> None:
        for button in (self.open, self.pause, self.resume, self.close):
            button.setEnabled(False)
        self.tell(self.message, WORKING)
        self.ctx.bridge.call(operation.later(), on_ok=lambda _state: self._changed(report),
                             on_error=self._failed)

    def _changed(self, report: str | None) -> None:
        self.bind(self.message, lambda: "")
        self.ctx.refresh_status()
        if report is not None:
            self.ctx.bridge.call(self.ctx.service.polls_report.later(report),
                                 on_ok=self._got_report, on_error=self._failed)

    def _failed(self, error) -> None:
        self.tell(self.message, lambda: self.ctx.error(error), ok=False)
        self.ctx.refresh_status()

    # -- reports -------------------------------------------------------------------------------
    def _got_report(self, report: dict) -> None:
        if report["kind"] == "closing":  # what is still waiting for the tally server
            self.ctx.bridge.call(self.ctx.service.status.later(), on_ok=lambda s: self._show_report(
                {**report, "not_synced": s.not_synced}), on_error=self._failed)
        else:
            self._show_report(report)

    def _show_report(self, report: dict) -> None:
        self.report = report
        self.report_path = None
        self.report_panel.show()
        self.bind(self.report_title, ZERO_TITLE if report["kind"] == "zero" else CLOSING_TITLE)
        self.report_table.clear()
        for index, (label, value) in enumerate(self._report_rows(report)):
            self.report_table.set_row(str(index), label, _on_screen(value))
            self.report_table.rows[str(index)][0].setWordWrap(False)  # one line: never cut off
        self.bind(self.report_file, WORKING)
        folder = self.ctx.reports_dir
        self.background.run(_write_report, folder, report, on_ok=self._saved,
                            on_error=self._not_saved)

    def _saved(self, path: Path) -> None:
        self.report_path = path
        self.bind(self.report_file, SAVED.arg(path.name))
        self.report_file.setToolTip(str(path))
        self.report_written.emit(str(path))

    def _not_saved(self, _error) -> None:
        self.bind(self.report_file, NOT_SAVED)

    def retranslate(self) -> None:
        super().retranslate()
        if self.report is not None:
            for index, (label, value) in enumerate(self._report_rows(self.report)):
                self.report_table.set_row(str(index), label, _on_screen(value))

    def _report_rows(self, report: dict) -> list[tuple[str, str]]:
        """The printed report's rows in the staff language (the PDF keeps Swedish / English)."""
        rows = []
        for _sv, en, value in report_rows(report):
            if en == "Mode":
                value = self.ctx.text(MODES.get(str(report.get("mode")), MODES["official"]))
            elif en == "Polls" and str(report.get("polls")) in POLLS:
                value = self.ctx.text(POLLS[str(report.get("polls"))])
            elif en == "Logic and accuracy test":
                value = self._lna_value(report.get("lna"))
            elif value in ("inget / none",):
                value = "–"
            rows.append((self.ctx.text(REPORT_LABELS.get(en, en)), value))
        return rows

    def _lna_value(self, lna: object) -> str:
        """The recorded L&A test in the staff language (the PDF says it in Swedish / English)."""
        if not isinstance(lna, dict):
            return self.ctx.text(LNA_NONE)
        words = LNA_PASSED if lna.get("passed") else LNA_FAILED
        return self.ctx.text(words.arg(local_time(str(lna.get("checked_at", ""))),
                                       str(lna.get("ballots"))))


def _write_report(folder: Path, report: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_station_report(folder / report_file_name(report), report)


class TestModePage(StaffPage):
    page_id = "mode"
    __test__ = False  # not a pytest class

    def __init__(self, ctx, confirm) -> None:
        super().__init__(ctx)
        self.confirm = confirm
        self.outer.addWidget(self.heading(MODE_HEADING))
        self.state = self.label(None, "cardtitle", "staff-mode-state")
        self.outer.addWidget(self.state)
        self.outer.addWidget(self.label(MODE_EXPLAIN, "", "staff-mode-explain"))
        self.to_test = self.button("staff-mode-test", TO_TEST, slot=self._ask_test)
        self.to_official = self.button("staff-mode-official", TO_OFFICIAL, "primary",
                                       self._ask_official)
        self.outer.addLayout(self.row(self.to_test, self.to_official))
        self.note = self.label(None, "warn", "staff-mode-message")
        self.outer.addWidget(self.note)
        self.outer.addStretch(1)
        self.status = None
        ctx.status_changed.connect(self.show_status)

    def on_show(self) -> None:
        self.bind(self.note, lambda: "")
        self.ctx.refresh_status()

    def show_status(self, status) -> None:
        self.status = status
        test = status.mode == "test"
        self.bind(self.state, MODE_TEST if test else MODE_OFFICIAL)
        self.to_test.setVisible(not test)
        self.to_official.setVisible(test)
        closed = status.polls == "closed"
        self.to_test.setEnabled(closed)
        self.to_official.setEnabled(closed)
        if not closed:
            self.tell(self.note, CLOSE_FIRST, ok=False)

    def _ask_test(self) -> None:
        self.confirm.ask(ASK_TEST, TO_TEST, lambda: self._switch(True))

    def _ask_official(self) -> None:
        count = self.status.test_ballots if self.status else 0
        self.confirm.ask(ASK_OFFICIAL, TO_OFFICIAL, lambda: self._switch(False),
                         detail=WIPE_WARNING.arg(count))

    def _switch(self, on: bool) -> None:
        self.to_test.setEnabled(False)
        self.to_official.setEnabled(False)
        self.ctx.bridge.call(self.ctx.service.set_test_mode.later(on),
                             on_ok=lambda wiped: self._switched(on, wiped), on_error=self._failed)

    def _switched(self, on: bool, wiped: int) -> None:
        self.tell(self.note, NOW_TEST if on else WIPED.arg(wiped))
        self.ctx.refresh_status()

    def _failed(self, error) -> None:
        self.tell(self.note, lambda: self.ctx.error(error), ok=False)
        self.ctx.refresh_status()


def _on_screen(value: str) -> str:
    """Hashes shortened to their first 16 hex digits on screen (the PDF keeps them whole), so
    no row wraps and the report fits the 1280×800 screen in every language."""
    compact = value.replace(" ", "")
    if len(compact) == 64 and all(ch in "0123456789abcdef" for ch in compact):
        return f"{compact[:8]} {compact[8:16]} …"
    return value


def _when(iso: str) -> str:
    """2027-04-01T08:00:00+02:00 -> 2027-04-01 08:00: the time as the election package states
    it, so a station clock set to the wrong time zone cannot change what staff read."""
    return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
