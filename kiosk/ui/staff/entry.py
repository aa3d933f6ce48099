"""How staff reach staff mode from the voter touchscreen, and how the panel acts on it.

- a hidden but documented gesture: press and hold the top-left corner (80 × 80 px) for 3 s;
- a keyboard shortcut: Ctrl+Alt+S.

Both only open the PIN pad. `attach_staff_mode(window, service)` wires everything to the voter
UI's KioskWindow and returns the `StaffMode`; the voter UI needs nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.staff.context import StaffSettings
from kiosk.ui.staff.panel import StaffPanel

HOLD_MS = 3000
CORNER_PX = 80
SHORTCUT = "Ctrl+Alt+S"


class CornerHold(QObject):
    """Emits `held` after a press stays down in the window's top-left corner for `hold_ms`.

    Watches the whole application (the press lands on whatever child is in the corner) and never
    swallows events, so the voter UI behaves exactly as before for anyone who just taps there.
    """

    held = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS, corner_px: int = CORNER_PX):
        super().__init__(window)
        self.window = window
        self.corner_px = corner_px
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.held.emit)
        QApplication.instance().installEventFilter(self)

    def corner(self) -> QRect:
        return QRect(0, 0, self.corner_px, self.corner_px)

    def _window_point(self, watched, event) -> QPoint | None:
        if not isinstance(watched, QWidget) or watched.window() is not self.window.window():
            return None
        position = event.position().toPoint() if hasattr(event, "position") else None
        if position is None:
            return None
        return watched.mapTo(self.window, position) if watched is not self.window else position

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            point = self._window_point(watched, event) if kind == QEvent.Type.MouseButtonPress \
                else self._touch_point(watched, event)
            if point is not None and self.corner().contains(point):
                self.timer.start()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                      QEvent.Type.TouchCancel):
            self.timer.stop()
        elif kind in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate) and self.timer.isActive():
            point = self._window_point(watched, event) if kind == QEvent.Type.MouseMove \
                else self._touch_point(watched, event)
            if point is not None and not self.corner().contains(point):
                self.timer.stop()
        return False

    def _touch_point(self, watched, event) -> QPoint | None:
        points = event.points() if hasattr(event, "points") else []
        if not points or not isinstance(watched, QWidget):
            return None
        local = points[0].position().toPoint()
        return watched.mapTo(self.window, local) if watched is not self.window else local

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class KioskVoterHooks:
    """VoterHooks over the voter UI's KioskWindow (kiosk.ui.window)."""

    def __init__(self, window) -> None:
        self.window = window

    def session_state(self) -> str:
        if not self.window.ui.state.voter.ticket:
            return "none"
        return "waiting" if self.window.current_id == "staff-wait" else "voting"

    def unlock(self) -> None:
        self.window.page("staff-wait").unlock()

    def void(self) -> None:
        self.window.abandon()

    def read_aloud(self) -> ReadAloudState:
        """Which of the election's languages have a voice, recorded clips or nothing, and why
        read-aloud is off if it is (kiosk.ui.speech logs the same for the service log)."""
        ui = self.window.ui
        speech, clips = ui.speech, ui.clips
        languages = ui.content.languages()
        voiced = [tag for tag in languages if speech.has_voice(tag)]
        recorded = [tag for tag in languages if tag not in voiced and speech.plays_clips
                    and ((clips is not None and clips.has_clips(tag))
                         or ui.election.audio.get(tag))]
        placeholders = [tag for tag in recorded if clips is not None and clips.placeholder(tag)]
        silent = [tag for tag in languages if tag not in voiced and tag not in recorded]
        return ReadAloudState(speech.state, speech.problem, voiced, recorded, placeholders,
                              silent)


@dataclass(frozen=True)
class ReadAloudState:
    state: str          # kiosk.ui.speech.Speech.state: off, starting, ready, unavailable
    problem: str        # why it is unavailable (message id and reason, never spoken words)
    voiced: list[str]
    clips: list[str]
    placeholders: list[str]
    silent: list[str]


class StaffMode(QObject):
    """The staff panel as an overlay over the voter window, opened by gesture or shortcut."""

    opened = Signal()
    closed = Signal()

    def __init__(self, window: QWidget, service, settings: StaffSettings | None = None,
                 voter=None, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self.panel = StaffPanel(service, voter=voter, settings=settings, parent=window)
        self.panel.hide()
        self._disabled: list[QWidget] = []
        self._voter_idle_was_active = False
        self.panel.closed.connect(self.close)
        self.hold = CornerHold(window, hold_ms)
        self.hold.held.connect(self.open)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.open)
        self._filter = _Resize(self)
        window.installEventFilter(self._filter)

    @property
    def is_open(self) -> bool:
        return self.panel.isVisible()

    def open(self) -> None:
        if self.is_open:
            return
        self.panel.setGeometry(self.window.rect())
        # Keep the voter screen behind out of the tab order while staff mode is up.
        self._disabled = [w for w in self.window.findChildren(QWidget, options=Qt.FindChildOption
                                                              .FindDirectChildrenOnly)
                          if w is not self.panel and w.isEnabled()]
        for widget in self._disabled:
            widget.setEnabled(False)
        # The voter's idle countdown must not cover the staff panel (or wipe a session staff are
        # looking at); it runs again when staff mode closes, if the voter is still there.
        idle = getattr(self.window, "idle", None)
        self._voter_idle_was_active = bool(idle is not None and idle.active)
        if self._voter_idle_was_active:
            idle.set_active(False)
        self.panel.open()
        self.panel.show()
        self.panel.raise_()
        self.panel.pin.field.setFocus()
        self.opened.emit()

    def close(self) -> None:
        if not self.panel.isVisible():
            return
        self.panel.hide()
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        idle = getattr(self.window, "idle", None)
        voter = self.panel.voters.voter
        if self._voter_idle_was_active and idle is not None and voter is not None \
                and voter.session_state() != "none":
            idle.set_active(True)
        self._voter_idle_was_active = False
        focus = getattr(self.window, "stack", None)
        current = focus.currentWidget() if focus is not None else None
        (current or self.window).setFocus()
        self.closed.emit()

    def shutdown(self) -> None:
        self.hold.stop()
        self.panel.shutdown()


class _Resize(QObject):
    def __init__(self, mode: StaffMode) -> None:
        super().__init__(mode)
        self.mode = mode

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.mode.panel.isVisible():
            self.mode.panel.setGeometry(self.mode.window.rect())
        return False


def attach_staff_mode(window, service, settings: StaffSettings | None = None,
                      hold_ms: int = HOLD_MS) -> StaffMode:
    """Give the voter window (kiosk.ui.window.KioskWindow) its staff mode."""
    return StaffMode(window, service, settings, voter=KioskVoterHooks(window), hold_ms=hold_ms)
