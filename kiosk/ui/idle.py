"""Idle sessions: after a quiet time a warning with a countdown and one big "I need more time".

When the countdown ends the session is abandoned and wiped (the window's `abandon`). Any touch,
click or key restarts the quiet time, except while the warning is up: then only its button does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import ScrollingPage
from kiosk.ui.spoken import sentences
from kiosk.ui.widgets.basic import BiLabel, Button, Panel

STILL_THERE = translate("Idle", "Are you still there?")
CLEARED_IN = translate("Idle", "Seconds left: %1. Then your choices are cleared.")
MORE_TIME = translate("Idle", "I need more time")

ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel}


class IdleWatcher(QObject):
    warn = Signal()
    expired = Signal()
    tick = Signal(int)

    def __init__(self, quiet_seconds: int, warning_seconds: int) -> None:
        super().__init__()
        self.quiet_seconds = quiet_seconds
        self.warning_seconds = max(20, warning_seconds)
        self.active = False
        self.warning = False
        self.left = 0
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._start_warning)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._count)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802
        if self.active and not self.warning and event.type() in ACTIVITY:
            self.quiet.start(self.quiet_seconds * 1000)
        return False

    def set_active(self, active: bool, quiet_seconds: int | None = None) -> None:
        if quiet_seconds is not None:
            self.quiet_seconds = quiet_seconds
        self.active = active
        self.warning = False
        self.countdown.stop()
        if active:
            self.quiet.start(self.quiet_seconds * 1000)
        else:
            self.quiet.stop()

    def more_time(self) -> None:
        self.warning = False
        self.countdown.stop()
        if self.active:
            self.quiet.start(self.quiet_seconds * 1000)

    def _start_warning(self) -> None:
        if not self.active:
            return
        self.warning = True
        self.left = self.warning_seconds
        self.warn.emit()
        self.tick.emit(self.left)
        self.countdown.start()

    def _count(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.countdown.stop()
            self.warning = False
            self.active = False
            self.expired.emit()
        else:
            self.tick.emit(self.left)


class IdleWarning(ScrollingPage):
    """The overlay: one question and the countdown (scrolling if the text is very large), and
    one big button in the fixed action bar, so it is always on screen."""

    def __init__(self, ui, on_more_time) -> None:
        super().__init__("idle", (80, 40, 80, 24))
        self.ui = ui
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel = Panel("idle-panel")
        self.outer.addStretch(1)
        self.outer.addWidget(panel)
        self.outer.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(24)
        self.question = BiLabel("huge", name="idle-question")
        self.countdown = BiLabel("title", name="idle-countdown")
        layout.addWidget(self.question)
        layout.addWidget(self.countdown)
        self.button = Button("idle-more-time", "primary", min_px=ui.settings.target_px * 2)
        self.button.clicked.connect(on_more_time)
        self.add_actions(self.button, wide=True)
        self.hide()

    def spoken_text(self) -> str:
        return sentences(self.question.text(), self.countdown.text(), self.button.text())

    def show_seconds(self, seconds: int) -> None:
        self.question.set_texts(*self.ui.texts(STILL_THERE))
        self.countdown.set_texts(*self.ui.texts(CLEARED_IN.arg(seconds)))
        self.button.set_texts(*self.ui.texts(MORE_TIME))
