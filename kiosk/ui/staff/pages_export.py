"""Export to USB (incremental or full, with progress; "done" only after the station has read the
file back and verified it) and the audit log (newest first, signed export)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.station.media import Medium, describe
from kiosk.ui.staff.background import Background
from kiosk.ui.staff.media_qt import find_media
from kiosk.ui.staff.texts import error_text, staff_text
from kiosk.ui.staff.widgets import StaffPage
from kiosk.ui.widgets.basic import Button, make_label

HEADING = staff_text("StaffExport", "Export to USB")
EXPLAIN = staff_text("StaffExport", "Put a USB stick in the station and choose it. The export "
                     "file is signed; the station reads it back and checks it before it says "
                     "done. Nothing is removed from the station.")
NO_MEDIA = staff_text("StaffExport", "No USB stick found. Put one in, then press Look again.")
MEDIUM = staff_text("StaffExport", "%1 (%2 MB free)")
MEDIUM_RO = staff_text("StaffExport", "%1 (read-only)")
RESCAN = staff_text("StaffExport", "Look again")
BROWSE = staff_text("StaffExport", "Other folder…")
CHOOSE_FOLDER = staff_text("StaffExport", "Choose the folder to export to")
NEW = staff_text("StaffExport", "Export new ballots")
FULL = staff_text("StaffExport", "Export all ballots")
EXPORTING = staff_text("StaffExport", "Exporting… Do not take out the stick.")
NOTHING_NEW = staff_text("StaffExport", "Nothing new to export: every ballot is already "
                         "exported. Use \"Export all ballots\" for a complete copy.")
DONE = staff_text("StaffExport", "Done. Written, read back and checked: %1. You can take out "
                  "the stick now.")
PROGRESS = staff_text("StaffExport", "Export progress")

AUDIT_HEADING = staff_text("StaffAudit", "Audit log")
AUDIT_EXPLAIN = staff_text("StaffAudit", "Every change on the station, newest first. It never "
                           "holds anything about how someone voted.")
AUDIT_LIST = staff_text("StaffAudit", "Audit log entries, newest first")
AUDIT_EXPORT = staff_text("StaffAudit", "Export the audit log (signed)")
AUDIT_DONE = staff_text("StaffAudit", "Done. Written: %1")
EVENTS = {
    "station_created": staff_text("StaffAudit", "Station created"),
    "station_key_generated": staff_text("StaffAudit", "Station key made"),
    "package_loaded": staff_text("StaffAudit", "Election package loaded"),
    "enrolment_requested": staff_text("StaffAudit", "Enrolment request written"),
    "station_enrolled": staff_text("StaffAudit", "Station enrolled"),
    "polls_opened": staff_text("StaffAudit", "Polls opened"),
    "polls_paused": staff_text("StaffAudit", "Polls paused"),
    "polls_resumed": staff_text("StaffAudit", "Polls resumed"),
    "polls_suspended": staff_text("StaffAudit", "Voting stopped by a fault"),
    "polls_closed": staff_text("StaffAudit", "Polls closed"),
    "session_started": staff_text("StaffAudit", "Voter session started"),
    "session_abandoned": staff_text("StaffAudit", "Voter session ended without a ballot"),
    "session_unlocked": staff_text("StaffAudit", "Voter session unlocked by staff"),
    "audit_exported": staff_text("StaffAudit", "Audit log exported"),
    "ballot_cast": staff_text("StaffAudit", "Ballot cast"),
    "export_written": staff_text("StaffAudit", "Export file written"),
    "mode_changed": staff_text("StaffAudit", "Mode changed"),
    "test_ballots_wiped": staff_text("StaffAudit", "Test ballots wiped"),
    "staff_login": staff_text("StaffAudit", "Staff logged in"),
    "staff_login_failed": staff_text("StaffAudit", "Wrong staff PIN"),
    "staff_logout": staff_text("StaffAudit", "Staff logged out"),
    "staff_pin_set": staff_text("StaffAudit", "Staff PIN set"),
    "sync_acknowledged": staff_text("StaffAudit", "Ballots received by the tally server"),
    "sync_server_set": staff_text("StaffAudit", "Tally server address set"),
    "sync_refused": staff_text("StaffAudit", "The tally reports a conflict for this station"),
    "lna_recorded": staff_text("StaffAudit", "Logic and accuracy test result recorded"),
    "paper_ranges_set": staff_text("StaffAudit", "Paper ballot sheet numbers set"),
}


class ProgressRelay(QObject):
    """The export's progress callback runs on the writer thread; this carries it to the GUI."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class MediaChooser(QWidget):
    """The USB sticks found (one big button each), "Look again" and "Other folder…"."""

    def __init__(self, page: StaffPage, prefix: str) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.prefix = prefix
        self.setObjectName(f"staff-{prefix}-media")
        self.media: list[Medium] = []
        self.chosen: Path | None = None
        self.background = Background(self, f"staff-{prefix}-media-scan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        self.none = make_label("warn", name=f"staff-{prefix}-no-media")
        layout.addWidget(self.none)
        layout.addLayout(self.list)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[Button] = []
        self.rescan = page.button(f"staff-{prefix}-rescan", RESCAN, slot=self.scan)
        self.browse = page.button(f"staff-{prefix}-browse", BROWSE, slot=self._browse)
        layout.addLayout(page.row(self.rescan, self.browse))
        self.timer = QTimer(self)
        self.timer.setInterval(3000)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.scan()
        self.timer.start()

    def _tick(self) -> None:
        if self.isVisible():
            if self.background.idle:
                self.scan()
        else:
            self.timer.stop()

    def scan(self) -> None:
        settings = self.ctx.settings
        finder = settings.find_media or (lambda: find_media(settings.extra_folders))
        self.background.run(finder, on_ok=self._found, on_error=lambda _e: self._found([]))

    def _found(self, media: list[Medium]) -> None:
        if self.chosen is not None and all(m.path != self.chosen for m in media):
            extra = describe(self.chosen)  # a folder chosen by hand stays offered
            if extra is not None:
                media = [*media, extra]
        self.media = media
        self.render()

    def render(self) -> None:
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        for index, medium in enumerate(self.media):
            button = Button(f"staff-{self.prefix}-medium-{index}", min_px=self.ctx.settings
                            .target_px,
                            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            button.setCheckable(True)
            words = self._describe(medium)
            # a long mount path may break after each "/" (a zero-width space), never overflow
            button.set_texts(words.replace("/", "/\u200b"), accessible=words)
            button.clicked.connect(lambda _=False, p=medium.path: self._choose(p))
            self.group.addButton(button)
            self.list.addWidget(button)
            self.buttons.append(button)
        if self.media and (self.chosen is None or
                           all(m.path != self.chosen for m in self.media)):
            self.chosen = self.media[0].path
        for button, medium in zip(self.buttons, self.media, strict=True):
            button.setChecked(medium.path == self.chosen)
        self.none.setText("" if self.media else self.ctx.text(NO_MEDIA))
        self.none.setVisible(not self.media)

    def _describe(self, medium: Medium) -> str:
        name = f"{medium.label} – {medium.path}" if medium.label != str(medium.path) \
            else str(medium.path)
        if medium.read_only:
            return self.ctx.text(MEDIUM_RO.arg(name))
        return self.ctx.text(MEDIUM.arg(name, f"{medium.free_mb:,}".replace(",", "\u00a0")))

    def _choose(self, path: Path) -> None:
        self.chosen = path

    def choose_folder(self, path: Path) -> None:
        """What "Other folder…" does once a folder is picked (tests call it directly)."""
        self.chosen = Path(path)
        self.scan()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.ctx.text(CHOOSE_FOLDER), str(self.chosen or Path.home()),
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog)
        if folder:
            self.choose_folder(Path(folder))

    def selected(self) -> Path | None:
        return self.chosen

    def retranslate(self) -> None:
        self.render()


class ExportPage(StaffPage):
    page_id = "export"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.outer.addWidget(self.heading(HEADING))
        self.outer.addWidget(self.label(EXPLAIN, "", "staff-export-explain"))
        self.media = MediaChooser(self, "export")
        self.outer.addWidget(self.media)
        self.new = self.button("staff-export-new", NEW, "primary", lambda: self.export(False))
        self.full = self.button("staff-export-full", FULL, slot=lambda: self.export(True))
        self.outer.addLayout(self.row(self.new, self.full))
        self.progress = QProgressBar()
        self.progress.setObjectName("staff-export-progress")
        self.progress.setMinimumHeight(32)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.outer.addWidget(self.progress)
        self.message = self.label(None, "warn", "staff-export-message")
        self.outer.addWidget(self.message)
        self.outer.addStretch(1)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._progress)
        self.running = False
        self.written: list[Path] = []
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.progress.setAccessibleName(self.ctx.text(PROGRESS))
        self.media.retranslate()

    def on_show(self) -> None:
        self.media.start()

    def export(self, full: bool) -> None:
        target = self.media.selected()
        if self.running:
            return
        if target is None:
            self.tell(self.message, lambda: self.ctx.text(error_text(_NoMedium())), ok=False)
            return
        self.running = True
        self.new.setEnabled(False)
        self.full.setEnabled(False)
        self.progress.setValue(0)
        self.tell(self.message, EXPORTING)
        self.ctx.bridge.call(self.ctx.service.export_batches.later(target, full,
                                                                   self.relay.report),
                             on_ok=self._done, on_error=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 100)

    def _finish(self) -> None:
        self.running = False
        self.new.setEnabled(True)
        self.full.setEnabled(True)
        self.ctx.refresh_status()
        self.media.scan()

    def _done(self, paths: list[Path]) -> None:
        self.written = [Path(p) for p in paths]
        self._finish()
        self.progress.setValue(100)
        if not paths:
            self.tell(self.message, NOTHING_NEW)
        else:
            names = ", ".join(Path(p).name for p in paths)
            self.tell(self.message, DONE.arg(names))

    def _failed(self, error) -> None:
        self._finish()
        self.progress.setValue(0)
        self.tell(self.message, lambda: self.ctx.error(error), ok=False)


class _NoMedium(Exception):
    message_id = "export.no_medium"
    params: dict = {}


def describe_entry(ctx, entry: dict) -> str:
    try:
        at = f"{datetime.fromisoformat(entry['at']).astimezone():%Y-%m-%d %H:%M:%S}"
    except (KeyError, ValueError):
        at = str(entry.get("at", ""))
    event = entry.get("event", "")
    name = ctx.text(EVENTS[event]) if event in EVENTS else event
    detail = entry.get("detail") or {}
    shown = ", ".join(k if v is True else f"{k}: {v}" for k, v in sorted(detail.items())
                      if v not in (False, None, ""))
    return f"{at}   #{entry.get('seq', '')}   {name}" + (f"   ({shown})" if shown else "")


class AuditPage(StaffPage):
    page_id = "audit"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.outer.addWidget(self.heading(AUDIT_HEADING))
        self.outer.addWidget(self.label(AUDIT_EXPLAIN, "", "staff-audit-explain"))
        self.list = QListWidget()
        self.list.setObjectName("staff-audit-list")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(300)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.outer.addWidget(self.list, 1)
        self.media = MediaChooser(self, "audit")
        self.outer.addWidget(self.media)
        self.export_button = self.button("staff-audit-export", AUDIT_EXPORT, "primary",
                                         self.export)
        self.outer.addLayout(self.row(self.export_button))
        self.message = self.label(None, "warn", "staff-audit-message")
        self.outer.addWidget(self.message)
        self.entries: list[dict] = []
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.list.setAccessibleName(self.ctx.text(AUDIT_LIST))
        self._fill()
        self.media.retranslate()

    def on_show(self) -> None:
        self.ctx.bridge.call(self.ctx.service.audit_entries.later(200), on_ok=self._got)
        self.media.start()

    def _got(self, entries: list[dict]) -> None:
        self.entries = entries
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(describe_entry(self.ctx, entry))

    def export(self) -> None:
        target = self.media.selected()
        if target is None:
            self.tell(self.message, lambda: self.ctx.text(error_text(_NoMedium())), ok=False)
            return
        self.export_button.setEnabled(False)
        self.ctx.bridge.call(self.ctx.service.export_audit.later(target), on_ok=self._done,
                             on_error=self._failed)

    def _done(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.tell(self.message, AUDIT_DONE.arg(Path(path).name))
        self.on_show()

    def _failed(self, error) -> None:
        self.export_button.setEnabled(True)
        self.tell(self.message, lambda: self.ctx.error(error), ok=False)

