"""With read-aloud on, a control reached with the keyboard is named aloud.

A voter who cannot see the screen moves with Tab and Shift+Tab (a USB keypad sends the same keys)
and hears each control's accessible name, which for a proposal's buttons includes the proposal
("Choose: Lit footpath along Hagabäcken"). Only focus that a Tab key moved is announced: focus
that the kiosk sets (a new screen) or that moves because the focused button went away (Choose
becomes Remove) is not, so the screen's words or what a choice changed are not cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.spoken import read_aloud, sentences

KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
MOVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class FocusReader(QObject):
    def __init__(self, ui, window: QWidget) -> None:
        super().__init__(window)  # destroyed with the window, and then no longer a filter
        self.ui = ui
        self.window = window
        self.tabbing = False  # inside the handling of a Tab key press
        self.watching = False
        ui.state.assistance_changed.connect(self._follow)

    def _follow(self) -> None:
        """Watch the application's events only while read-aloud is on: a filter on every event
        costs every voter something, and only these voters need it."""
        on = self.ui.state.assistance.read_aloud
        if on and not self.watching:
            QApplication.instance().installEventFilter(self)
        elif not on and self.watching:
            QApplication.instance().removeEventFilter(self)
        self.watching = on

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.tabbing = kind == QEvent.Type.KeyPress and event.key() in MOVING_KEYS
        elif kind == QEvent.Type.MouseButtonPress:
            self.tabbing = False
        elif (kind == QEvent.Type.FocusIn and self.tabbing and event.reason() in KEYBOARD
                and isinstance(watched, QWidget)
                and watched.window() is self.window):
            name = watched.accessibleName()
            if name:
                read_aloud(self.ui, sentences(name, watched.accessibleDescription()))
        return False
